/**
 * Lexicons: units of measure (→ singular US-spelled unit), durations, and
 * currencies (symbols, prefixed dollars, ISO codes, currency words → ISO 4217).
 * General knowledge only; multiword entries ("sq km", "twenty-foot equivalent
 * unit", "Hong Kong dollars") are matched token by token.
 */
import { pairs, tokenize, words, type Tokens } from './tokens';

export interface UnitInfo {
  unit: string;
  kind: 'quantity' | 'duration';
  /** Built-in rate denominator: "mph" → hour, "bpd" → day. */
  per?: string;
}

export interface CurrencyInfo {
  /** ISO 4217 code, or null for "cents", whose currency comes from the context. */
  code: string | null;
  /** Multiplier to the main unit: 0.01 for cents and pence. */
  factor: number;
}

interface Entry<T> {
  parts: string[];
  info: T;
}

/** A token-sequence lexicon keyed by the first token. */
export class Lexicon<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  /** `exactCase` entries match with their case ("MW" is not "mw"); others in any case. */
  constructor(private readonly exactCase = false) {}

  add(forms: readonly string[], info: T): this {
    const { exactCase } = this;
    for (const form of forms) {
      const tokens = tokenize(form);
      const parts = Array.from({ length: tokens.length }, (_, k) => (exactCase ? tokens.text(k) : tokens.lower(k))!);
      const key = parts[0]!.toLowerCase();
      const list = this.byFirst.get(key) ?? [];
      list.push({ parts, info });
      // Longest first, so "square km" wins over "square".
      list.sort((a, b) => b.parts.length - a.parts.length);
      this.byFirst.set(key, list);
    }
    return this;
  }

  /**
   * Adds a table of `name = form, form, …` entries separated by ";" (the name
   * is the first form's when left out); "(s)" or "(es)" in a form is an
   * optional plural ending: "degree(s) Celsius", "inch(es)".
   */
  addTable(table: string, info: (name: string) => T): this {
    const list = (text: string, separator: string) => text.split(separator).map((part) => part.trim());
    for (const entry of list(table, ';')) {
      const [name, forms] = entry.includes('=') ? list(entry, '=') : ['', entry];
      const expanded = list(forms!, ',').flatMap((f) => (f.includes('(') ? [f.replace(/\(\w+\)/, ''), f.replace(/\((\w+)\)/, '$1')] : [f]));
      this.add(expanded, info(name || expanded[0]!));
    }
    return this;
  }

  /** The longest entry starting at token `i`, with the index of its last token. */
  match(tokens: Tokens, i: number): { info: T; last: number } | null {
    const list = this.byFirst.get(tokens.lower(i)!);
    if (!list) return null;
    for (const entry of list) {
      let ok = true;
      for (let k = 0; k < entry.parts.length && ok; k++) {
        // Punctuation inside an entry ("km/h", "°C", "twenty-foot", "sq. km") must touch the token before it.
        ok = (this.exactCase ? tokens.text(i + k) : tokens.lower(i + k)) === entry.parts[k] && !(k > 0 && tokens.isPunct(i + k) && !tokens.touching(i + k - 1, i + k));
      }
      if (ok) return { info: entry.info, last: i + entry.parts.length - 1 };
    }
    return null;
  }
}

const durations = words('year month week day hour minute second decade century fortnight millennium');

/** A unit name, with a built-in rate after "/" ("barrel/day"); durations by name. */
function unitInfo(name: string): UnitInfo {
  const [unit, per] = name.split('/') as [string, string?];
  if (durations.has(unit)) return { unit, kind: 'duration' };
  return per ? { unit, kind: 'quantity', per } : { unit, kind: 'quantity' };
}

/** Spelled-out units, matched case-insensitively. */
export const unitWords = new Lexicon<UnitInfo>().addTable(
  `meter(s), metre(s); kilometer(s), kilometre(s); centimeter(s), centimetre(s); millimeter(s), millimetre(s); mile(s); nautical mile(s);
  foot, feet; inch(es); yard(s); light-year(s); square meter(s), square metre(s); square kilometer(s), square kilometre(s), square km;
  square mile(s); square foot, square feet; hectare(s); acre(s); liter(s), litre(s); milliliter(s), millilitre(s); cubic meter(s), cubic metre(s);
  cubic foot, cubic feet; gallon(s); barrel(s); barrel/day = barrels per day, barrels a day;
  TEU = twenty-foot equivalent unit(s), twenty foot equivalent units; ton(s), tonne(s), metric ton(s), metric tonne(s); kilogram(s), kilogramme(s);
  gram(s), gramme(s); milligram(s); microgram(s); ounce(s); carat(s); knot(s); watt(s); kilowatt(s); megawatt(s); gigawatt(s); terawatt(s);
  kilowatt-hour(s), kilowatt hour(s); megawatt-hour(s), megawatt hour(s); gigawatt-hour(s), gigawatt hour(s); terawatt-hour(s), terawatt hour(s);
  volt(s); kilovolt(s); horsepower; byte(s); kilobyte(s); megabyte(s); gigabyte(s); terabyte(s); petabyte(s); degree(s);
  degree(s) Celsius, degree(s) centigrade, degrees C; degree(s) Fahrenheit, degrees F; decibel(s); point(s); calorie(s); kilocalorie(s);
  year(s); month(s); week(s); day(s); hour(s); minute(s); second(s); decade(s); century, centuries; fortnight(s); millennium, millennia`,
  unitInfo,
);

/** Abbreviations and symbols, matched with their case ("MW" is not "mw"); may be glued to the digits. */
export const unitAbbreviations = new Lexicon<UnitInfo>(true).addTable(
  `kilometer = km, kms; centimeter = cm; millimeter = mm; foot = ft; square kilometer = sq km, sq. km, sqkm, km2, km²;
  square meter = sq m, sq. m, sqm, m2, m²; square mile = sq mi, sq miles; square foot = sq ft, sq. ft; hectare = ha; mu; milliliter = ml;
  cubic meter = cu m; barrel = bbl; barrel/day = bpd, b/d; TEU(s); kilogram = kg, kgs; milligram = mg; microgram = µg, μg, mcg;
  pound = lb, lbs; ounce = oz; mile/hour = mph; kilometer/hour = km/h, kph, kmh; kilowatt = kW; megawatt = MW; gigawatt = GW; terawatt = TW;
  kilowatt-hour = kWh; megawatt-hour = MWh; gigawatt-hour = GWh; terawatt-hour = TWh; kilovolt = kV; horsepower = hp; megabyte = MB;
  gigabyte = GB; terabyte = TB; decibel = dB; kilocalorie = kcal; degree Celsius = °C, C; degree Fahrenheit = °F, F; degree = °;
  year = yrs, yr; hour = hrs, hr; minute = mins`,
  unitInfo,
);

/** Percent signs and words, and basis points, with their unit; "bps" and "bp" only in lowercase. */
const percentWords = new Lexicon<string>().addTable('percent = %, ％, percent, pct, per cent; percentage point(s); basis point(s)', String);
const percentAbbreviations = new Lexicon<string>(true).addTable('basis point = bps, bp', String);

/** "%", "percent", "per cent", "pct", "percentage point(s)", "basis point(s)", "bps" at token `i`. */
export function matchPercent(tokens: Tokens, i: number): { info: string; last: number } | null {
  return percentWords.match(tokens, i) ?? percentAbbreviations.match(tokens, i);
}

/** The unit at token `i` (words, then abbreviations). */
export function matchUnit(tokens: Tokens, i: number): { info: UnitInfo; last: number } | null {
  const t = tokens.text(i);
  const hit = unitWords.match(tokens, i) ?? unitAbbreviations.match(tokens, i);
  // A lone "C"/"F" is a temperature only when nothing word-like follows ("-30 F in", not "F-16").
  if (hit && (t === 'C' || t === 'F') && hit.last === i && tokens.touching(i, i + 1)) {
    const next = tokens.text(i + 1);
    if (!tokens.isPunct(i + 1) || next === '-' || next === '.') return null;
  }
  return hit;
}

/** Units written against the digits ("10km", "3.5GW", "20C"); never "m" (that is million) or "g" ("5G"). */
export function matchAttachedUnit(tokens: Tokens, i: number): { info: UnitInfo; last: number } | null {
  return unitAbbreviations.match(tokens, i);
}

const money = (code: string | null, factor = 1): CurrencyInfo => ({ code, factor });

/** Currency symbols written before the amount. */
const currencySymbols = pairs('$:USD €:EUR £:GBP ¥:JPY ￥:JPY ₹:INR ₽:RUB ₩:KRW ₺:TRY ₱:PHP ₦:NGN ₴:UAH ₪:ILS ₫:VND ₸:KZT ₼:AZN');

/** Marks that may open an amount: currency symbols and signs. */
export const amountMarks: ReadonlySet<string> = new Set([...currencySymbols.keys(), '-', '−', '+']);

/** Letters glued before "$" that name the dollar ("US$", "HK$"). */
const dollarPrefixes = pairs('US:USD HK:HKD A:AUD AU:AUD C:CAD CA:CAD NZ:NZD S:SGD SG:SGD NT:TWD R:BRL MOP:MOP Mex:MXN');

/** ISO codes (and a few customary abbreviations) that may stand before or after an amount. */
const currencyCodes = pairs(
  'USD EUR GBP JPY CNY HKD RUB INR KRW AUD CAD CHF SGD NZD TWD BRL ZAR TRY SEK NOK DKK PLN HUF AED SAR ILS UAH KZT AZN NGN KES VND IDR THB MYR PHP MXN ARS PKR EGP RSD PGK KHR BDT CZK RON QAR KWD'.replace(/\w+/g, '$&:$&') +
    ' RMB:CNY Rs:INR Rp:IDR RM:MYR',
);

/** Currency names written after the amount, case-insensitive. */
export const currencyWords = new Lexicon<CurrencyInfo>()
  .addTable(
    `USD = dollar(s), US dollar(s), U.S. dollar(s), American dollars; HKD = Hong Kong dollar(s), HK dollars; AUD = Australian dollar(s);
    CAD = Canadian dollar(s); SGD = Singapore dollar(s); NZD = New Zealand dollar(s); TWD = Taiwan dollar(s), New Taiwan dollars; EUR = euro(s);
    CNY = yuan, Chinese yuan, renminbi, yuan renminbi; RUB = ruble(s), rouble(s), Russian rubles, Russian roubles; JPY = yen, Japanese yen;
    GBP = pound(s), pound sterling, pounds sterling, British pounds, sterling; EGP = Egyptian pound(s); KRW = won, South Korean won;
    INR = rupee(s), Indian rupees; PKR = Pakistani rupees; IDR = rupiah; THB = baht; MYR = ringgit; MXN = peso(s), Mexican pesos;
    PHP = Philippine peso(s); ARS = Argentine peso(s); BRL = reais, Brazilian real, Brazilian reais; ZAR = rand; TRY = lira, liras, lire, Turkish lira;
    CHF = franc(s), Swiss francs; XOF = CFA francs; SEK = krona, kronor, Swedish kronor, Swedish krona; NOK = Norwegian krone, Norwegian kroner;
    DKK = Danish krone, Danish kroner; PLN = zloty(s); HUF = forint(s); AED = dirham(s); SAR = riyal(s); ILS = shekel(s); UAH = hryvnia(s);
    KZT = tenge; AZN = manat; NGN = naira; KES = Kenyan shilling(s); VND = dong; KHR = riel(s); PGK = kina; BDT = taka; RSD = Serbian dinar(s)`,
    money,
  )
  .add(['pence'], money('GBP', 0.01))
  .add(['cent', 'cents'], money(null, 0.01));

/** Lowercased words that can open a prefixed currency ("US" of "US$", "RMB"), for a quick first check. */
export const currencyPrefixWords: ReadonlySet<string> = new Set([...dollarPrefixes.keys(), ...currencyCodes.keys()].map((w) => w.toLowerCase()));

/**
 * A currency written before the amount at token `i`: a symbol ("$", "€"), a
 * prefixed dollar ("US$", "HK$") or a code followed by the number ("RMB 5").
 * Returns the ISO code and the index of the first token after it.
 */
export function matchCurrencyPrefix(tokens: Tokens, i: number): { code: string; next: number } | null {
  if (tokens.isPunct(i)) {
    const code = currencySymbols.get(tokens.text(i)!);
    return code ? { code, next: i + 1 } : null;
  }
  if (!tokens.isWord(i)) return null;
  const t = tokens.text(i)!;
  if (tokens.text(i + 1) === '$' && tokens.touching(i, i + 1)) {
    const code = dollarPrefixes.get(t);
    if (code) return { code, next: i + 2 };
  }
  const code = currencyCodes.get(t);
  if (code) {
    // "Rs. 500", "RMB 5 billion", "USD10".
    let k = i + 1;
    if (tokens.text(k) === '.' && tokens.touching(i, k)) k++;
    if (tokens.isNum(k)) return { code, next: k };
  }
  return null;
}

/** A currency name or code written after the amount ("yuan", "US dollars", "cents", "EUR"). */
export function matchCurrencyWord(tokens: Tokens, i: number): { info: CurrencyInfo; last: number } | null {
  if (!tokens.isWord(i)) return null;
  const t = tokens.text(i)!;
  const code = currencyCodes.get(t);
  if (code && t.length === 3) return { info: money(code), last: i };
  return currencyWords.match(tokens, i);
}

/** ISO code of any currency named at token `i` (symbol, prefixed dollar, code or word), for context lookups. */
export function currencyAt(tokens: Tokens, i: number): string | null {
  if (tokens.isPunct(i)) return currencySymbols.get(tokens.text(i)!) ?? null;
  if (tokens.isWord(i) && tokens.text(i + 1) === '$' && tokens.touching(i, i + 1)) return dollarPrefixes.get(tokens.text(i)!) ?? null;
  return matchCurrencyWord(tokens, i)?.info.code ?? null;
}
