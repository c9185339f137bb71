import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../../properties/arbitraries';
import { articles, extractFigures, GtCorpusArgumentError, type Figure } from '../../../src/index';
import { FigureSchema } from '../../../src/schemas';
import { paragraphsOf } from '../../../src/extract/input';

const ref = '2024-04-18';
const all = (text: string, referenceDate: string | undefined = ref) => extractFigures(text, referenceDate === undefined ? undefined : { referenceDate });
/** [text, kind, value, unit] of every figure. */
const brief = (text: string, referenceDate?: string) => all(text, referenceDate).map((f) => [f.text, f.kind, f.value, f.unit]);
const one = (text: string) => {
  const figures = all(text);
  expect(figures).toHaveLength(1);
  return figures[0]!;
};

describe('extractFigures: numerals', () => {
  it('reads thousands separators, decimals and scale words', () => {
    expect(brief('The port handled 1,234,567 containers and 2.75 million tons of grain.')).toEqual([
      ['1,234,567 containers', 'count', 1234567, 'container'],
      ['2.75 million tons', 'quantity', 2750000, 'ton'],
    ]);
    expect(brief('Reserves stood at $3.2 trillion, up from 890 billion yuan.')).toEqual([
      ['$3.2 trillion', 'money', 3.2e12, 'USD'],
      ['890 billion yuan', 'money', 8.9e11, 'CNY'],
    ]);
  });

  it('multiplies scale suffixes out without floating-point noise', () => {
    expect(brief('A £3m grant, a $1.5bn loan, $2.498 billion in sales and a $50k prize.')).toEqual([
      ['£3m', 'money', 3e6, 'GBP'],
      ['$1.5bn', 'money', 1.5e9, 'USD'],
      ['$2.498 billion', 'money', 2498000000, 'USD'],
      ['$50k', 'money', 50000, 'USD'],
    ]);
  });

  it('knows currency symbols, prefixed dollars, codes and words', () => {
    expect(brief('It cost €40, US$12, HK$7.5 billion, A$3m, ¥900, RMB 5 billion, 300 roubles and 20 rubles.')).toEqual([
      ['€40', 'money', 40, 'EUR'],
      ['US$12', 'money', 12, 'USD'],
      ['HK$7.5 billion', 'money', 7.5e9, 'HKD'],
      ['A$3m', 'money', 3e6, 'AUD'],
      ['¥900', 'money', 900, 'JPY'],
      ['RMB 5 billion', 'money', 5e9, 'CNY'],
      ['300 roubles', 'money', 300, 'RUB'],
      ['20 rubles', 'money', 20, 'RUB'],
    ]);
    expect(brief('The fee is 40 euros, or 4,000 yen, or 35 pounds.')).toEqual([
      ['40 euros', 'money', 40, 'EUR'],
      ['4,000 yen', 'money', 4000, 'JPY'],
      ['35 pounds', 'money', 35, 'GBP'],
    ]);
  });

  it('turns cents into the currency of the sentence, defaulting to US dollars', () => {
    expect(brief('Shares rose 45 cents to $12.10.')).toEqual([
      ['45 cents', 'money', 0.45, 'USD'],
      ['$12.10', 'money', 12.1, 'USD'],
    ]);
    expect(brief('The fare rose 20 cents to €2.10.')[0]).toEqual(['20 cents', 'money', 0.2, 'EUR']);
  });

  it('reads percentages, percentage points and basis points', () => {
    expect(brief('Turnout was 61.5 percent, 2.3 percentage points above 2019, and yields fell 15 basis points; 9% said no; 8 per cent agreed.')).toEqual([
      ['61.5 percent', 'percent', 61.5, 'percent'],
      ['2.3 percentage points', 'percent', 2.3, 'percentage point'],
      ['2019', 'year', 2019, null],
      ['15 basis points', 'percent', 15, 'basis point'],
      ['9%', 'percent', 9, 'percent'],
      ['8 per cent', 'percent', 8, 'percent'],
    ]);
  });

  it('reads negative numbers and "minus"', () => {
    expect(brief('The rate moved from -0.25% to 0.1%; it was minus 8 degrees and -40 F outside.')).toEqual([
      ['-0.25%', 'percent', -0.25, 'percent'],
      ['0.1%', 'percent', 0.1, 'percent'],
      ['minus 8 degrees', 'quantity', -8, 'degree'],
      ['-40 F', 'quantity', -40, 'degree Fahrenheit'],
    ]);
  });
});

describe('extractFigures: number words and compounds', () => {
  it('reads number words and hyphenated compounds', () => {
    expect(brief('They waited forty-two days; a dozen villages and two hundred farmers joined; twenty-five years on.')).toEqual([
      ['forty-two days', 'duration', 42, 'day'],
      ['a dozen villages', 'count', 12, 'village'],
      ['two hundred farmers', 'count', 200, 'farmer'],
      ['twenty-five years', 'duration', 25, 'year'],
    ]);
  });

  it('keeps the unit of a dimension compound and drops "-long"', () => {
    expect(brief('Three-hundred-meter-long piers and a twenty-foot wall; a 90-km road; a 75-year lease; a 24-hour strike.')).toEqual([
      ['Three-hundred-meter', 'quantity', 300, 'meter'],
      ['twenty-foot', 'quantity', 20, 'foot'],
      ['90-km', 'quantity', 90, 'kilometer'],
      ['75-year', 'duration', 75, 'year'],
      ['24-hour', 'duration', 24, 'hour'],
    ]);
  });

  it('takes the twenty-foot equivalent unit as TEU, with a parenthetical and the containers', () => {
    expect(brief('The ship carried 400 twenty-foot equivalent unit (TEU) containers and 9,000 TEUs overall.')).toEqual([
      ['400 twenty-foot equivalent unit (TEU) containers', 'quantity', 400, 'TEU'],
      ['9,000 TEUs', 'quantity', 9000, 'TEU'],
    ]);
  });

  it('counts with the singular head noun, adjectives and a parenthetical abbreviation included', () => {
    expect(brief('The fund backs 120 small local firms in three Nordic and Baltic (NB) states and 13m people.')).toEqual([
      ['120 small local firms', 'count', 120, 'firm'],
      ['three Nordic and Baltic (NB) states', 'count', 3, 'state'],
      ['13m people', 'count', 13e6, 'person'],
    ]);
    expect(brief('Officials counted 14 ferries, 3 churches, 70 taxes and 6 companies.').map((f) => f[3])).toEqual(['ferry', 'church', 'tax', 'company']);
  });

  it('leaves out definite references, "one of" and pronoun uses', () => {
    expect(brief('The two ministers met; these three towns agreed; one of them left; both sides and the other one stayed.')).toEqual([]);
    expect(brief('Both teams sent two delegates.')).toEqual([['two delegates', 'count', 2, 'delegate']]);
  });

  it('reads fractions and proportions', () => {
    expect(brief('Roughly a third of voters, two-thirds of members and one in four adults; profits fell by a fifth.')).toEqual([
      ['a third', 'quantity', 1 / 3, 'fraction'],
      ['two-thirds', 'quantity', 2 / 3, 'fraction'],
      ['one in four', 'quantity', 0.25, 'fraction'],
      ['a fifth', 'quantity', 0.2, 'fraction'],
    ]);
    expect(all('a third of it')[0]!.exact).toBe(false);
    expect(all('a quarter of it')[0]!.exact).toBe(true);
  });
});

describe('extractFigures: units, rates and durations', () => {
  it('normalizes units to singular US spelling', () => {
    expect(brief('It rained 40 millimetres over 12 sq km, 3 square kilometres and 500 hectares; the mast is 80 metres and 2 km away.').map((f) => [f[0], f[3]])).toEqual([
      ['40 millimetres', 'millimeter'],
      ['12 sq km', 'square kilometer'],
      ['3 square kilometres', 'square kilometer'],
      ['500 hectares', 'hectare'],
      ['80 metres', 'meter'],
      ['2 km', 'kilometer'],
    ]);
  });

  it('keeps a rate denominator in the span and in `per`', () => {
    const got = all('The mine makes 80,000 tonnes per year, oil sold at $81.20 a barrel, winds hit 60 mph, output was 2.1 million bpd and levels reached 300 micrograms per cubic metre.');
    expect(got.map((f) => [f.text, f.unit, f.per])).toEqual([
      ['80,000 tonnes per year', 'ton', 'year'],
      ['$81.20 a barrel', 'USD', 'barrel'],
      ['60 mph', 'mile', 'hour'],
      ['2.1 million bpd', 'barrel', 'day'],
      ['300 micrograms per cubic metre', 'microgram', 'cubic meter'],
    ]);
  });

  it('does not read "a year earlier" as a rate', () => {
    expect(all('Sales were 4.1% higher than 3.9% a year earlier.').map((f) => [f.text, f.per])).toEqual([
      ['4.1%', null],
      ['3.9%', null],
    ]);
  });

  it('reads exchange rates as money in the sentence’s other currency', () => {
    expect(all('The rupee weakened to 83.4 per dollar.').map((f) => [f.text, f.kind, f.value, f.unit, f.per])).toEqual([['83.4 per dollar', 'money', 83.4, 'INR', 'dollar']]);
    // A later bare quote at the same precision and close by is the same rate, even in the next paragraph.
    expect(all('The won ended at 1,385.25 per dollar.\n\nThe central bank set its guidance rate at 1,380.50 and expects 2.75 percent growth.').map((f) => [f.text, f.kind, f.unit, f.per])).toEqual([
      ['1,385.25 per dollar', 'money', 'KRW', 'dollar'],
      ['1,380.50', 'quantity', null, null],
      ['2.75 percent', 'percent', 'percent', null],
    ]);
    expect(all('The yuan closed at 7.2435 per dollar after opening at 7.2501; a 3.1415 ratio.').map((f) => [f.text, f.unit])).toEqual([
      ['7.2435 per dollar', 'CNY'],
      ['7.2501', 'CNY'],
      ['3.1415', null],
    ]);
  });

  it('reads durations with adjectives and after a missing space', () => {
    expect(brief('It has led for 11 straight years, after8 months of talks and three weeks of strikes.')).toEqual([
      ['11 straight years', 'duration', 11, 'year'],
      ['8 months', 'duration', 8, 'month'],
      ['three weeks', 'duration', 3, 'week'],
    ]);
  });
});

describe('extractFigures: ordinals', () => {
  it('reads numeric and word ordinals with their ranked noun', () => {
    expect(brief('It marks the 60th anniversary; the city is the third largest port, hosts the Ninth Session of the forum and enters its second decade.')).toEqual([
      ['60th anniversary', 'ordinal', 60, 'anniversary'],
      ['third largest port', 'ordinal', 3, 'port'],
      ['Ninth Session', 'ordinal', 9, 'session'],
      ['second decade', 'ordinal', 2, 'decade'],
    ]);
    expect(brief('Profit in the first quarter beat the fourth-quarter figure; Acme is the No. 2 supplier.')).toEqual([
      ['first quarter', 'ordinal', 1, 'quarter'],
      ['fourth-quarter', 'ordinal', 4, 'quarter'],
      ['No. 2 supplier', 'ordinal', 2, 'supplier'],
    ]);
  });

  it('leaves out list markers, "the first" meaning earliest, idioms and names', () => {
    expect(brief('First, we agree. Second, we act. It was the first such deal, the first port to open.')).toEqual([]);
    expect(brief('No third party may join, and Northern Fourth Bank and the Sixth Engineering Corps bid.')).toEqual([]);
  });
});

describe('extractFigures: years and dates', () => {
  it('reads years in year context, split fiscal years and fiscal labels', () => {
    expect(brief('Output rose in 2019, by 2030 it will double, and 2026 marks a turning point; the 2024-25 budget and fiscal 2023.')).toEqual([
      ['2019', 'year', 2019, null],
      ['2030', 'year', 2030, null],
      ['2026', 'year', 2026, null],
      ['2024-25', 'year', 2024, null],
      ['fiscal 2023', 'year', 2023, null],
    ]);
  });

  it('reads full dates, month-year, day-first and ISO dates', () => {
    expect(brief('Signed on Jan. 31, 2021, effective 4 March 2022, reviewed in July 2023 and due 2025-06-30.')).toEqual([
      ['Jan. 31, 2021', 'date', '2021-01-31', null],
      ['4 March 2022', 'date', '2022-03-04', null],
      ['July 2023', 'date', '2023-07', null],
      ['2025-06-30', 'date', '2025-06-30', null],
    ]);
  });

  it('completes a date without a year from the reference date and the sentence', () => {
    expect(brief('The talks on May 2 will go well; since mid-October prices fell; the vote is due by June.', '2024-04-18')).toEqual([
      ['May 2', 'date', '2024-05-02', null],
      ['mid-October', 'date', '2023-10', null],
      ['June', 'date', '2024-06', null],
    ]);
    expect(brief('Work began at the end of May last year.', '2024-04-18')).toEqual([['May', 'date', '2023-05', null]]);
    expect(brief('This December the plant opens.', '2024-04-18')).toEqual([['December', 'date', '2024-12', null]]);
    // Past tense puts a later month in the year before.
    expect(brief('Talks were held on Nov. 15 and prices rose in August.', '2024-04-18').map((f) => f[2])).toEqual(['2023-11-15', '2023-08']);
  });

  it('gives --MM-DD without a reference date, and --MM for a recurring month', () => {
    expect(extractFigures('The fair opens on Sept. 9.').map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([['Sept. 9', 'date', '--09-09', null]]);
    expect(brief('Snow usually falls from mid-November until late March.', '2024-04-18')).toEqual([
      ['mid-November', 'date', '--11', null],
      ['March', 'date', '--03', null],
    ]);
  });

  it('reads year-precision "mid-2023" and ranges of days', () => {
    expect(brief('Prices fell from mid-2021; the fair runs from June 3 to 5.')).toEqual([
      ['mid-2021', 'date', '2021', null],
      ['June 3', 'date', '2024-06-03', null],
      ['5', 'date', '2024-06-05', null],
    ]);
  });

  it('leaves out weekdays, relative dates and clock times', () => {
    expect(brief('On Thursday, last month and this week, at 1015 GMT and 9 a.m., nothing happened.')).toEqual([]);
  });

  it('uses the article publication date as the reference', () => {
    const article = articles.find((a) => a.id === 'closer-partnership-between-china-serbia-hungary')!;
    const may = extractFigures(article).find((f) => f.text === 'May')!;
    expect(may.value).toBe('2023-05');
  });
});

describe('extractFigures: names, codes and non-figures', () => {
  it('skips digits inside names and codes, and phone numbers', () => {
    expect(brief('At COP28 the G7, COVID-19 rules, PM2.5 levels, Windows 11, Flight MH17, a Boeing 737, Route 66, Section 301 and 1-888-555-0100 came up.')).toEqual([]);
  });

  it('skips version numbers and lists of digits', () => {
    expect(brief('Version 1.2.3 and the codes 4,5,6 and 24/7 service.')).toEqual([]);
  });
});

describe('extractFigures: ranges, qualifiers and change', () => {
  it('splits ranges into endpoints sharing scale and currency', () => {
    expect(brief('The deal is worth $20-25 million, between 4 and 6 percent of sales, from 3 to 5 years.')).toEqual([
      ['$20', 'money', 2e7, 'USD'],
      ['25 million', 'money', 2.5e7, 'USD'],
      ['4', 'percent', 4, 'percent'],
      ['6 percent', 'percent', 6, 'percent'],
      ['3', 'duration', 3, 'year'],
      ['5 years', 'duration', 5, 'year'],
    ]);
  });

  it('keeps qualifier words out of the span and says which bound they set', () => {
    const got = all('More than 500 people, nearly $4 billion, up to 30 km, at least 12 ships and about 8% were counted.');
    expect(got.map((f) => [f.text, f.qualifier])).toEqual([
      ['500 people', { text: 'More than', bound: 'lower' }],
      ['$4 billion', { text: 'nearly', bound: 'approximate' }],
      ['30 km', { text: 'up to', bound: 'upper' }],
      ['12 ships', { text: 'at least', bound: 'lower' }],
      ['8%', { text: 'about', bound: 'approximate' }],
    ]);
  });

  it('marks the size of a change, not a level reached', () => {
    const got = all('Exports slipped 3.4 percent to $120 billion, while imports were up 2.1%, rose 80 cents, or 1.2%, and shed a further 4,000 jobs, up from 5.5%.');
    expect(got.map((f) => [f.text, f.change])).toEqual([
      ['3.4 percent', 'down'],
      ['$120 billion', null],
      ['2.1%', 'up'],
      ['80 cents', 'up'],
      ['1.2%', 'up'],
      ['4,000 jobs', 'down'],
      ['5.5%', null],
    ]);
  });

  it('fills in a noun the sentence elides', () => {
    expect(brief('It sold 4m cars, up from 2m in 2021; over 60 trains were late and at least three were cancelled.').map((f) => [f[0], f[1], f[3]])).toEqual([
      ['4m cars', 'count', 'car'],
      ['2m', 'count', 'car'],
      ['2021', 'year', null],
      ['60 trains', 'count', 'train'],
      ['three', 'count', 'train'],
    ]);
  });

  it('reads the measure and the period when the sentence states them', () => {
    const [a, b] = all('In 2022, steel output reached 96 million tons, and exports of $3.1 billion in 2021 were a record.');
    expect([a!.text, a!.period]).toEqual(['2022', null]);
    expect([b!.text, b!.measure, b!.period]).toEqual(['96 million tons', 'steel output', '2022']);
    const c = all('Imports fell 2% this year, to a value of $9 billion in 2023.');
    expect(c.map((f) => [f.text, f.period])).toEqual([
      ['2%', null],
      ['$9 billion', '2023'],
      ['2023', null],
    ]);
  });
});

describe('extractFigures: output contract', () => {
  it('gives ids <paragraphId>:f<n>, offsets that slice back, and text:pN paragraphs for strings', () => {
    const text = 'It rose 5% in 2023.\n\nThen 3 ports and $4m.';
    const figures = extractFigures(text);
    expect(figures.map((f) => f.id)).toEqual(['text:p1:f1', 'text:p1:f2', 'text:p2:f1', 'text:p2:f2']);
    const paragraphs = new Map(paragraphsOf(text).map((p) => [p.id, p.text]));
    for (const f of figures) {
      expect(paragraphs.get(f.paragraphId)!.slice(f.start, f.end)).toBe(f.text);
      expect(f.articleId).toBe('text');
      expect(FigureSchema.parse(f)).toEqual(f);
    }
  });

  it('returns a deeply frozen array and does not touch the article', () => {
    const article = articles[1]!;
    const before = JSON.stringify(article);
    const figures = extractFigures(article);
    expect(JSON.stringify(article)).toBe(before);
    expect(Object.isFrozen(figures)).toBe(true);
    expect(Object.isFrozen(figures[0])).toBe(true);
    expect(Object.isFrozen(figures.find((f) => f.qualifier)!.qualifier)).toBe(true);
    const copy = structuredClone(article);
    extractFigures(copy);
    expect(copy).toEqual(article);
  });

  it('throws GtCorpusArgumentError for wrong argument types and a bad reference date', () => {
    for (const bad of [42, null, undefined, ['text'], { paragraphs: 'x' }]) expect(() => extractFigures(bad as never)).toThrow(GtCorpusArgumentError);
    expect(() => extractFigures('x', 'options' as never)).toThrow(GtCorpusArgumentError);
    expect(() => extractFigures('x', { referenceDate: 20240418 as never })).toThrow(/options\.referenceDate/);
    expect(() => extractFigures('x', { referenceDate: 'April 18' })).toThrow(GtCorpusArgumentError);
    expect(() => extractFigures('x', { referenceDate: '2024-13-01' })).toThrow(GtCorpusArgumentError);
  });

  it('accepts reference dates at year, month, day and timestamp precision', () => {
    for (const referenceDate of ['2024', '2024-04', '2024-04-18', '2024-04-18T09:30:00Z', '2024-04-18T09:30+08:00']) {
      expect(extractFigures('on May 3', { referenceDate })[0]!.value).toBe('2024-05-03');
    }
  });
});

describe('extractFigures: bad input', () => {
  const valid = (text: string, figures: readonly Figure[]) => {
    const paragraphs = new Map(paragraphsOf(text).map((p) => [p.id, p.text]));
    for (const f of figures) {
      const p = paragraphs.get(f.paragraphId);
      expect(p).toBeDefined();
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(p!.length);
      expect(p!.slice(f.start, f.end)).toBe(f.text);
    }
  };

  it('keeps a 10,000-digit number with its exact text, the nearest finite double and exact: false', () => {
    const digits = '9'.repeat(10_000);
    const [f] = extractFigures(`a ${digits} tons load`);
    expect(f!.text).toBe(`${digits} tons`);
    expect(f!.value).toBe(Number.MAX_VALUE);
    expect(f!.exact).toBe(false);
  });

  it('marks values beyond Number.MAX_SAFE_INTEGER as inexact', () => {
    const [big, fine] = extractFigures('It owes $9,007,199,254,740,993 and $9,007,199,254,740,991.');
    expect([big!.value, big!.exact]).toEqual([9007199254740992, false]);
    expect([fine!.value, fine!.exact]).toEqual([9007199254740991, true]);
  });

  it('handles "$$$", "1,2,3,4,…", "1.2.3" and empty text without figures', () => {
    for (const text of ['$$$', '1,2,3,4,…', '1.2.3', '', '   ', '\n\n\n', '%%%', '- - -', '$', '$-', 'minus', 'No.', 'a third']) {
      expect(extractFigures(text)).toEqual([]);
    }
  });

  it('normalizes Arabic-Indic and full-width digits, with offsets into the original text', () => {
    const text = 'نسبة ٣٥ percent و ١٬٢٠٠ workers, ５０ percent and １２３ km.';
    const figures = extractFigures(text);
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['٣٥ percent', 35, 'percent'],
      ['١٬٢٠٠ workers', 1200, 'worker'],
      ['５０ percent', 50, 'percent'],
      ['１２３ km', 123, 'kilometer'],
    ]);
    valid(text, figures);
  });

  it('finishes 1 MB of digits and commas, a 100,000-character "$$$…" and a 10,000-digit number with valid output', () => {
    let noise = '';
    for (let i = 0; noise.length < 1_000_000; i++) noise += i % 3 === 0 ? ',' : String((i * 7) % 10);
    const figures = extractFigures(noise);
    valid(noise, figures);
    expect(extractFigures('$'.repeat(100_000))).toEqual([]);
    expect(extractFigures('1'.repeat(10_000))).toHaveLength(1);
  });

  it('never throws on arbitrary full-Unicode strings and always slices back (fast-check, 1,000+ runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const figures = extractFigures(text, { referenceDate: ref });
        valid(text, figures);
        for (const f of figures) FigureSchema.parse(f);
      }),
      { numRuns },
    );
  });

  it('never throws on strings built from figure-like pieces (fast-check)', () => {
    const piece = fc.constantFrom('$', 'US', 'HK', '€', '5', '1,234', '2023', '-', '24', '.', ',', ' ', '%', 'percent', 'million', 'bn', 'm', 'May', '16', 'mid', 'two', 'hundred', 'first', 'a', 'third', 'of', 'to', 'and', 'between', 'No', 'fiscal', 'years', 'people', 'the', '\n\n', '(', ')', 'per', 'km', 'F', '°', '٣', '０', '\ud800', 'One', 'in');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('', ' '), (pieces, sep) => {
        const text = pieces.join(sep);
        const figures = extractFigures(text, { referenceDate: ref });
        valid(text, figures);
        for (const f of figures) FigureSchema.parse(f);
      }),
      { numRuns },
    );
  });
});
