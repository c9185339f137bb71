/**
 * General English knowledge the quote extractor relies on: reporting verbs,
 * titles, group nouns and organisation words. Nothing here is specific to any
 * corpus.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs that can close a sentence as its attribution ("…, X said.") or introduce a clause. */
export const reportingVerbs = set(`
  said says say told tells noted notes added adds stressed stresses emphasized emphasised emphasizes emphasises
  stated states explained explains argued argues warned warns insisted insists observed remarked commented
  concluded continued cautioned claimed claims maintained acknowledged admitted predicted estimated replied
  asked recalled reported reports wrote writes tweeted posted believes believed
`);

/** Verbs that report a clause directly, without "that" ("X said the talks failed"). */
export const clauseVerbs = set('said says say told tells added adds noted notes wrote writes insisted insists argued argues warned warns');

/** Verbs that report speech only with a that-clause ("announced that …"); with a noun object they are not speech. */
export const thatVerbs = set(`
  announced announces confirmed confirms revealed reveals disclosed discloses suggested suggests hoped hopes
  expects expected proposed propose proposes indicated indicates signalled signaled signals highlighted
  underlined underscored agreed agrees believes believed thinks thought said says told noted added stressed
  emphasized emphasised explained argued warned insisted claimed stated predicted estimated acknowledged
  admitted recalled reported wrote assured promised pledged vowed complained feared fears
`);

/** Participles that extend an attribution with a further statement (", noting that …"). */
export const participleCues = set(`
  noting saying adding stressing emphasizing emphasising arguing explaining warning insisting claiming
  stating telling asserting suggesting
`);

/** Words for people who speak as a group; the group stays a group ("experts said"). */
export const groupNouns = set(`
  experts analysts observers officials sources economists scholars critics residents researchers diplomats
  insiders people executives investors lawmakers legislators activists witnesses authorities leaders
  representatives traders scientists commentators insiders participants delegates organizers organisers
  campaigners protesters spokespeople academics industry-insiders reports media riders passengers commuters
  voters workers employees staff students parents teachers doctors nurses patients farmers fishermen villagers
  locals shoppers customers consumers users fans players survivors families demonstrators shareholders
  creditors bankers lenders economists engineers inspectors prosecutors investigators police rescuers
  volunteers tenants landlords owners drivers pilots soldiers troops
`);

/** Role nouns that refer back to someone introduced with that role ("the envoy" → the ambassador). */
export const roleSynonyms: Record<string, string[]> = {
  envoy: ['ambassador', 'envoy', 'consul', 'diplomat'],
  ambassador: ['ambassador', 'envoy'],
  diplomat: ['ambassador', 'envoy', 'diplomat', 'consul'],
  minister: ['minister'],
  mayor: ['mayor'],
  president: ['president'],
  premier: ['premier', 'prime minister'],
  chancellor: ['chancellor'],
  governor: ['governor'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
  spokesman: ['spokesperson', 'spokesman'],
  spokeswoman: ['spokesperson', 'spokeswoman'],
  professor: ['professor'],
  chairman: ['chairman', 'chair'],
  ceo: ['ceo', 'chief executive'],
  secretary: ['secretary'],
  official: ['official', 'spokesperson', 'minister', 'director'],
  expert: ['expert', 'fellow', 'professor', 'researcher', 'scholar', 'analyst'],
  analyst: ['analyst', 'expert'],
  director: ['director', 'head'],
  coach: ['coach', 'manager'],
  chief: ['chief', 'head', 'director'],
  leader: ['leader', 'head', 'chief'],
};

/** Nouns for organisations referred back to with "the" ("the company said"). */
/** Role nouns for a company: "the chipmaker said" refers back to the latest organisation named. */
export const companyNouns = set(`
  company firm group carmaker automaker manufacturer chipmaker operator consortium lender bank insurer retailer
  airline developer producer supplier maker miner exporter importer startup conglomerate utility broadcaster
`);

/** Nouns that can refer back to whatever organisation was named last ("the group said"). */
export const genericOrganizationNouns = set('group organization organisation association body coalition alliance union federation council committee');

/** Words capitalised only because they open a sentence or clause. */
export const sentenceOpeners = set(
  'the a an this that these those in on at as by for from with of to and but or so yet however meanwhile since when while during after before despite against along also although though if unless until once under over through among amid both each every some many most several such there here it its their his her our we they he she i you what which who how why where according currently recently today yesterday last next first second third then thus therefore moreover furthermore specifically similarly likewise instead still already only even just not no more less unlike like faced asked speaking looking recalling',
);

export const organizationRoleNouns = set(`
  company firm group embassy ministry agency bank government council committee commission authority
  institute university association union department office organization organisation carmaker automaker
  manufacturer chipmaker operator consortium cooperative club party court regulator trust newspaper
  broadcaster outlet network lender insurer retailer airline developer producer supplier maker miner exporter
  importer startup conglomerate utility
`);

/** Titles that stand before a name ("Commerce Minister Wang Wentao", "Mayor of San Francisco London Breed"). */
export const titleWords = set(`
  president vice premier minister secretary ambassador envoy consul mayor governor chancellor chairman
  chairwoman chair ceo cfo coo cto founder director spokesperson spokesman spokeswoman professor prof dr mr mrs
  ms miss sir dame lord lady senator sen rep representative congressman congresswoman general gen admiral
  colonel captain commissioner chief head coordinator councillor councilor judge justice king queen prince
  princess emperor sheikh pope bishop father deputy commander officer manager coach fellow researcher
  analyst economist editor correspondent reporter leader speaker inspector superintendent sergeant detective
  gov prime foreign finance commerce defense defence trade interior health education treasury state lawmaker
  legislator mp mep councilman councilwoman councillor alderman activist campaigner strategist scientist
  chancellor lt atty attorney advocate governor-general mayor-elect president-elect candidate nominee
  commissioner administrator chairperson principal dean rector provost
`);

/** Words that mark a capitalised phrase as an organisation rather than a person. */
export const organizationWords = set(`
  group co corp corporation company inc ltd llc plc doo gmbh ag sa ministry agency bank institute institutes
  university academy association council committee commission forum organization organisation union embassy
  center centre school administration department office party government times news post journal daily
  tribune herald press television tv radio network railway railways authority authorities court parliament
  congress senate assembly federation foundation fund trust board bureau service services club team league
  alliance labs lab laboratory laboratories systems technologies technology industries holdings airlines
  airways motors energy mining police army navy force forces reuters xinhua politico tass afp bloomberg
  cabinet secretariat society hospital
`);

/** Personal pronouns that can stand as a speaker. */
export const personPronouns = new Set(['he', 'she', 'i', 'we', 'they']);

/** Determiners and quantifiers stripped from group speakers ("several analysts" → "analysts"). */
export const groupDeterminers = set('the some several many most few a an two three four other others various numerous certain');

/** Expressions after which a quoted phrase is a name or term, not speech. */
export const termMarkers =
  /(?:\b(?:titled|entitled|named|dubbed|nicknamed|branded|labell?ed|termed|so-called|known(?:\s+\w+)?\s+as(?:\s+(?:the|a|an))?|called(?:\s+(?:the|a|an))?|the|a|an|this|that|these|those|its|their|his|her|our|of|on|for|under)\s*)$/i;
