/**
 * Lexicons: units of measure (→ singular US-spelled unit), durations, and
 * currencies (symbols, prefixed dollars, ISO codes, currency words → ISO 4217).
 * General knowledge only; multiword entries ("sq km", "twenty-foot equivalent
 * unit", "Hong Kong dollars") are matched token by token.
 */
import { tokenize, touching, type Token } from './tokens';

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
  exactCase: boolean;
  info: T;
}

/** A token-sequence lexicon keyed by the first token. */
export class Lexicon<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  add(forms: readonly string[], info: T, exactCase = false): this {
    for (const form of forms) {
      const parts = tokenize(form).map((t) => (exactCase ? t.text : t.lower));
      const key = parts[0]!.toLowerCase();
      const list = this.byFirst.get(key) ?? [];
      list.push({ parts, exactCase, info });
      // Longest first, so "square km" wins over "square".
      list.sort((a, b) => b.parts.length - a.parts.length);
      this.byFirst.set(key, list);
    }
    return this;
  }

  /** The longest entry starting at token `i`, with the index of its last token. */
  match(tokens: readonly Token[], i: number): { info: T; last: number } | null {
    const first = tokens[i];
    if (!first) return null;
    const list = this.byFirst.get(first.lower);
    if (!list) return null;
    for (const entry of list) {
      let ok = true;
      for (let k = 0; k < entry.parts.length; k++) {
        const t = tokens[i + k];
        // Punctuation inside an entry ("km/h", "°C", "twenty-foot", "sq. km") must touch the token before it.
        if (!t || (entry.exactCase ? t.text : t.lower) !== entry.parts[k] || (k > 0 && t.type === 'punct' && !touching(tokens[i + k - 1], t))) {
          ok = false;
          break;
        }
      }
      if (ok) return { info: entry.info, last: i + entry.parts.length - 1 };
    }
    return null;
  }
}

const quantity = (unit: string, per?: string): UnitInfo => (per ? { unit, kind: 'quantity', per } : { unit, kind: 'quantity' });
const duration = (unit: string): UnitInfo => ({ unit, kind: 'duration' });

/** Spelled-out units, matched case-insensitively. */
export const unitWords = new Lexicon<UnitInfo>()
  .add(['meter', 'meters', 'metre', 'metres'], quantity('meter'))
  .add(['kilometer', 'kilometers', 'kilometre', 'kilometres'], quantity('kilometer'))
  .add(['centimeter', 'centimeters', 'centimetre', 'centimetres'], quantity('centimeter'))
  .add(['millimeter', 'millimeters', 'millimetre', 'millimetres'], quantity('millimeter'))
  .add(['mile', 'miles'], quantity('mile'))
  .add(['nautical mile', 'nautical miles'], quantity('nautical mile'))
  .add(['foot', 'feet'], quantity('foot'))
  .add(['inch', 'inches'], quantity('inch'))
  .add(['yard', 'yards'], quantity('yard'))
  .add(['light-year', 'light-years'], quantity('light-year'))
  .add(['square meter', 'square meters', 'square metre', 'square metres'], quantity('square meter'))
  .add(['square kilometer', 'square kilometers', 'square kilometre', 'square kilometres', 'square km'], quantity('square kilometer'))
  .add(['square mile', 'square miles'], quantity('square mile'))
  .add(['square foot', 'square feet'], quantity('square foot'))
  .add(['hectare', 'hectares'], quantity('hectare'))
  .add(['acre', 'acres'], quantity('acre'))
  .add(['liter', 'liters', 'litre', 'litres'], quantity('liter'))
  .add(['milliliter', 'milliliters', 'millilitre', 'millilitres'], quantity('milliliter'))
  .add(['cubic meter', 'cubic meters', 'cubic metre', 'cubic metres'], quantity('cubic meter'))
  .add(['cubic foot', 'cubic feet'], quantity('cubic foot'))
  .add(['gallon', 'gallons'], quantity('gallon'))
  .add(['barrel', 'barrels'], quantity('barrel'))
  .add(['barrels per day', 'barrels a day'], quantity('barrel', 'day'))
  .add(['twenty-foot equivalent unit', 'twenty-foot equivalent units', 'twenty foot equivalent units'], quantity('TEU'))
  .add(['ton', 'tons', 'tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'], quantity('ton'))
  .add(['kilogram', 'kilograms', 'kilogramme', 'kilogrammes'], quantity('kilogram'))
  .add(['gram', 'grams', 'gramme', 'grammes'], quantity('gram'))
  .add(['milligram', 'milligrams'], quantity('milligram'))
  .add(['microgram', 'micrograms'], quantity('microgram'))
  .add(['ounce', 'ounces'], quantity('ounce'))
  .add(['carat', 'carats'], quantity('carat'))
  .add(['knot', 'knots'], quantity('knot'))
  .add(['watt', 'watts'], quantity('watt'))
  .add(['kilowatt', 'kilowatts'], quantity('kilowatt'))
  .add(['megawatt', 'megawatts'], quantity('megawatt'))
  .add(['gigawatt', 'gigawatts'], quantity('gigawatt'))
  .add(['terawatt', 'terawatts'], quantity('terawatt'))
  .add(['kilowatt-hour', 'kilowatt-hours', 'kilowatt hour', 'kilowatt hours'], quantity('kilowatt-hour'))
  .add(['megawatt-hour', 'megawatt-hours', 'megawatt hour', 'megawatt hours'], quantity('megawatt-hour'))
  .add(['gigawatt-hour', 'gigawatt-hours', 'gigawatt hour', 'gigawatt hours'], quantity('gigawatt-hour'))
  .add(['terawatt-hour', 'terawatt-hours', 'terawatt hour', 'terawatt hours'], quantity('terawatt-hour'))
  .add(['volt', 'volts'], quantity('volt'))
  .add(['kilovolt', 'kilovolts'], quantity('kilovolt'))
  .add(['horsepower'], quantity('horsepower'))
  .add(['byte', 'bytes'], quantity('byte'))
  .add(['kilobyte', 'kilobytes'], quantity('kilobyte'))
  .add(['megabyte', 'megabytes'], quantity('megabyte'))
  .add(['gigabyte', 'gigabytes'], quantity('gigabyte'))
  .add(['terabyte', 'terabytes'], quantity('terabyte'))
  .add(['petabyte', 'petabytes'], quantity('petabyte'))
  .add(['degree', 'degrees'], quantity('degree'))
  .add(['degree Celsius', 'degrees Celsius', 'degree centigrade', 'degrees centigrade', 'degrees C'], quantity('degree Celsius'))
  .add(['degree Fahrenheit', 'degrees Fahrenheit', 'degrees F'], quantity('degree Fahrenheit'))
  .add(['decibel', 'decibels'], quantity('decibel'))
  .add(['point', 'points'], quantity('point'))
  .add(['calorie', 'calories'], quantity('calorie'))
  .add(['kilocalorie', 'kilocalories'], quantity('kilocalorie'))
  .add(['year', 'years'], duration('year'))
  .add(['month', 'months'], duration('month'))
  .add(['week', 'weeks'], duration('week'))
  .add(['day', 'days'], duration('day'))
  .add(['hour', 'hours'], duration('hour'))
  .add(['minute', 'minutes'], duration('minute'))
  .add(['second', 'seconds'], duration('second'))
  .add(['decade', 'decades'], duration('decade'))
  .add(['century', 'centuries'], duration('century'))
  .add(['fortnight', 'fortnights'], duration('fortnight'))
  .add(['millennium', 'millennia'], duration('millennium'));

/** Abbreviations and symbols, matched with their case ("MW" is not "mw"); may be glued to the digits. */
export const unitAbbreviations = new Lexicon<UnitInfo>()
  .add(['km', 'kms'], quantity('kilometer'), true)
  .add(['cm'], quantity('centimeter'), true)
  .add(['mm'], quantity('millimeter'), true)
  .add(['ft'], quantity('foot'), true)
  .add(['sq km', 'sq. km', 'sqkm', 'km2', 'km²'], quantity('square kilometer'), true)
  .add(['sq m', 'sq. m', 'sqm', 'm2', 'm²'], quantity('square meter'), true)
  .add(['sq mi', 'sq miles'], quantity('square mile'), true)
  .add(['sq ft', 'sq. ft'], quantity('square foot'), true)
  .add(['ha'], quantity('hectare'), true)
  .add(['mu'], quantity('mu'), true)
  .add(['ml'], quantity('milliliter'), true)
  .add(['cu m'], quantity('cubic meter'), true)
  .add(['bbl'], quantity('barrel'), true)
  .add(['bpd', 'b/d'], quantity('barrel', 'day'), true)
  .add(['TEU', 'TEUs'], quantity('TEU'), true)
  .add(['kg', 'kgs'], quantity('kilogram'), true)
  .add(['mg'], quantity('milligram'), true)
  .add(['µg', 'μg', 'mcg'], quantity('microgram'), true)
  .add(['lb', 'lbs'], quantity('pound'), true)
  .add(['oz'], quantity('ounce'), true)
  .add(['mph'], quantity('mile', 'hour'), true)
  .add(['km/h', 'kph', 'kmh'], quantity('kilometer', 'hour'), true)
  .add(['kW'], quantity('kilowatt'), true)
  .add(['MW'], quantity('megawatt'), true)
  .add(['GW'], quantity('gigawatt'), true)
  .add(['TW'], quantity('terawatt'), true)
  .add(['kWh'], quantity('kilowatt-hour'), true)
  .add(['MWh'], quantity('megawatt-hour'), true)
  .add(['GWh'], quantity('gigawatt-hour'), true)
  .add(['TWh'], quantity('terawatt-hour'), true)
  .add(['kV'], quantity('kilovolt'), true)
  .add(['hp'], quantity('horsepower'), true)
  .add(['MB'], quantity('megabyte'), true)
  .add(['GB'], quantity('gigabyte'), true)
  .add(['TB'], quantity('terabyte'), true)
  .add(['dB'], quantity('decibel'), true)
  .add(['kcal'], quantity('kilocalorie'), true)
  .add(['°C', 'C'], quantity('degree Celsius'), true)
  .add(['°F', 'F'], quantity('degree Fahrenheit'), true)
  .add(['°'], quantity('degree'), true)
  .add(['yrs', 'yr'], duration('year'), true)
  .add(['hrs', 'hr'], duration('hour'), true)
  .add(['mins'], duration('minute'), true);

/** The unit at token `i` (words, then abbreviations). */
export function matchUnit(tokens: readonly Token[], i: number): { info: UnitInfo; last: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const hit = unitWords.match(tokens, i) ?? unitAbbreviations.match(tokens, i);
  // A lone "C"/"F" is a temperature only when nothing word-like follows ("-30 F in", not "F-16").
  if (hit && (t.text === 'C' || t.text === 'F') && hit.last === i) {
    const next = tokens[i + 1];
    if (next && touching(t, next) && next.type !== 'punct') return null;
    if (next && touching(t, next) && (next.text === '-' || next.text === '.')) return null;
  }
  return hit;
}

/** Units written against the digits ("10km", "3.5GW", "20C"); never "m" (that is million) or "g" ("5G"). */
export function matchAttachedUnit(tokens: readonly Token[], i: number): { info: UnitInfo; last: number } | null {
  return unitAbbreviations.match(tokens, i);
}

const money = (code: string | null, factor = 1): CurrencyInfo => ({ code, factor });

/** Currency symbols written before the amount. */
const currencySymbols = new Map<string, string>([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['￥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'], ['₺', 'TRY'],
  ['₱', 'PHP'], ['₦', 'NGN'], ['₴', 'UAH'], ['₪', 'ILS'], ['₫', 'VND'], ['₸', 'KZT'], ['₼', 'AZN'],
]);

/** Letters glued before "$" that name the dollar ("US$", "HK$"). */
const dollarPrefixes = new Map<string, string>([
  ['US', 'USD'], ['HK', 'HKD'], ['A', 'AUD'], ['AU', 'AUD'], ['C', 'CAD'], ['CA', 'CAD'], ['NZ', 'NZD'], ['S', 'SGD'], ['SG', 'SGD'],
  ['NT', 'TWD'], ['R', 'BRL'], ['MOP', 'MOP'], ['Mex', 'MXN'],
]);

/** ISO codes (and a few customary abbreviations) that may stand before or after an amount. */
const currencyCodes = new Map<string, string>(
  [
    'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'HKD', 'RUB', 'INR', 'KRW', 'AUD', 'CAD', 'CHF', 'SGD', 'NZD', 'TWD', 'BRL', 'ZAR', 'TRY', 'SEK', 'NOK',
    'DKK', 'PLN', 'HUF', 'AED', 'SAR', 'ILS', 'UAH', 'KZT', 'AZN', 'NGN', 'KES', 'VND', 'IDR', 'THB', 'MYR', 'PHP', 'MXN', 'ARS', 'PKR', 'EGP',
    'RSD', 'PGK', 'KHR', 'BDT', 'CZK', 'RON', 'QAR', 'KWD',
  ].map((c) => [c, c] as [string, string]).concat([['RMB', 'CNY'], ['Rs', 'INR'], ['Rp', 'IDR'], ['RM', 'MYR']]),
);

/** Currency names written after the amount, case-insensitive. */
export const currencyWords = new Lexicon<CurrencyInfo>()
  .add(['dollar', 'dollars', 'US dollar', 'US dollars', 'U.S. dollar', 'U.S. dollars', 'American dollars'], money('USD'))
  .add(['Hong Kong dollar', 'Hong Kong dollars', 'HK dollars'], money('HKD'))
  .add(['Australian dollar', 'Australian dollars'], money('AUD'))
  .add(['Canadian dollar', 'Canadian dollars'], money('CAD'))
  .add(['Singapore dollar', 'Singapore dollars'], money('SGD'))
  .add(['New Zealand dollar', 'New Zealand dollars'], money('NZD'))
  .add(['Taiwan dollar', 'Taiwan dollars', 'New Taiwan dollars'], money('TWD'))
  .add(['euro', 'euros'], money('EUR'))
  .add(['yuan', 'Chinese yuan', 'renminbi', 'yuan renminbi'], money('CNY'))
  .add(['ruble', 'rubles', 'rouble', 'roubles', 'Russian rubles', 'Russian roubles'], money('RUB'))
  .add(['yen', 'Japanese yen'], money('JPY'))
  .add(['pound', 'pounds', 'pound sterling', 'pounds sterling', 'British pounds', 'sterling'], money('GBP'))
  .add(['Egyptian pound', 'Egyptian pounds'], money('EGP'))
  .add(['pence'], money('GBP', 0.01))
  .add(['cent', 'cents'], money(null, 0.01))
  .add(['won', 'South Korean won'], money('KRW'))
  .add(['rupee', 'rupees', 'Indian rupees'], money('INR'))
  .add(['Pakistani rupees'], money('PKR'))
  .add(['rupiah'], money('IDR'))
  .add(['baht'], money('THB'))
  .add(['ringgit'], money('MYR'))
  .add(['peso', 'pesos', 'Mexican pesos'], money('MXN'))
  .add(['Philippine peso', 'Philippine pesos'], money('PHP'))
  .add(['Argentine peso', 'Argentine pesos'], money('ARS'))
  .add(['reais', 'Brazilian real', 'Brazilian reais'], money('BRL'))
  .add(['rand'], money('ZAR'))
  .add(['lira', 'liras', 'lire', 'Turkish lira'], money('TRY'))
  .add(['franc', 'francs', 'Swiss francs'], money('CHF'))
  .add(['CFA francs'], money('XOF'))
  .add(['krona', 'kronor', 'Swedish kronor', 'Swedish krona'], money('SEK'))
  .add(['Norwegian krone', 'Norwegian kroner'], money('NOK'))
  .add(['Danish krone', 'Danish kroner'], money('DKK'))
  .add(['zloty', 'zlotys'], money('PLN'))
  .add(['forint', 'forints'], money('HUF'))
  .add(['dirham', 'dirhams'], money('AED'))
  .add(['riyal', 'riyals'], money('SAR'))
  .add(['shekel', 'shekels'], money('ILS'))
  .add(['hryvnia', 'hryvnias'], money('UAH'))
  .add(['tenge'], money('KZT'))
  .add(['manat'], money('AZN'))
  .add(['naira'], money('NGN'))
  .add(['Kenyan shilling', 'Kenyan shillings'], money('KES'))
  .add(['dong'], money('VND'))
  .add(['riel', 'riels'], money('KHR'))
  .add(['kina'], money('PGK'))
  .add(['taka'], money('BDT'))
  .add(['Serbian dinar', 'Serbian dinars'], money('RSD'));

/** Lowercased words that can open a prefixed currency ("US" of "US$", "RMB"), for a quick first check. */
export const currencyPrefixWords: ReadonlySet<string> = new Set([...dollarPrefixes.keys(), ...currencyCodes.keys()].map((w) => w.toLowerCase()));

/**
 * A currency written before the amount at token `i`: a symbol ("$", "€"), a
 * prefixed dollar ("US$", "HK$") or a code followed by the number ("RMB 5").
 * Returns the ISO code and the index of the first token after it.
 */
export function matchCurrencyPrefix(tokens: readonly Token[], i: number): { code: string; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === 'punct') {
    const code = currencySymbols.get(t.text);
    return code ? { code, next: i + 1 } : null;
  }
  if (t.type !== 'word') return null;
  const next = tokens[i + 1];
  if (next?.text === '$' && touching(t, next)) {
    const code = dollarPrefixes.get(t.text);
    if (code) return { code, next: i + 2 };
  }
  const code = currencyCodes.get(t.text);
  if (code) {
    // "Rs. 500", "RMB 5 billion", "USD10".
    let k = i + 1;
    if (tokens[k]?.text === '.' && touching(t, tokens[k])) k++;
    if (tokens[k]?.type === 'num') return { code, next: k };
  }
  return null;
}

/** A currency name or code written after the amount ("yuan", "US dollars", "cents", "EUR"). */
export function matchCurrencyWord(tokens: readonly Token[], i: number): { info: CurrencyInfo; last: number } | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  const code = currencyCodes.get(t.text);
  if (code && t.text.length === 3) return { info: money(code), last: i };
  return currencyWords.match(tokens, i);
}

/** ISO code of any currency named at token `i` (symbol, prefixed dollar, code or word), for context lookups. */
export function currencyAt(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === 'punct') return currencySymbols.get(t.text) ?? null;
  if (t.type !== 'word') return null;
  if (tokens[i + 1]?.text === '$' && touching(t, tokens[i + 1])) return dollarPrefixes.get(t.text) ?? null;
  const code = currencyCodes.get(t.text);
  if (code && t.text.length === 3) return code;
  const hit = currencyWords.match(tokens, i);
  return hit?.info.code ?? null;
}
