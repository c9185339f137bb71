import fc from 'fast-check';

/** Cases per property: 10,000 in CI (`npm test`); `npm run fuzz` raises it through FC_NUM_RUNS. */
export const numRuns = Number(process.env.FC_NUM_RUNS ?? 10_000);

/** Pieces that exercise the parsers' special cases, mixed with arbitrary Unicode. */
const pieces = [
  '“', '”', '"', '‘', '’', "'", '«', '»', ' said ', ' told Reuters ', ', according to ', ' Ana Lund', ' he ', ', ', '. ', ': ',
  '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u200f', '\u202e', '\u0301', '\u0000', '\ud800', '\udc00', '😀', '👩‍👩‍👧',
  '$', 'US$', '€', '£', '¥', '1', '12', '1,234', '3.5', '2024', 'billion', ' million', ' percent', '%', ' tons', ' per year',
  'May 16', 'Jan. 31, 2021', 'first', 'COP29', '٣', '４', '(', ')', '((', 'Photo: Xinhua', 'GT Voice: ', '## ', '---', '__proto__',
  'constructor', 'President', ' Minister ', 'Ministry of Commerce (MOFCOM)', 'the company', 'experts said',
];

/** Arbitrary text: full Unicode (lone surrogates included) and the pieces above, up to a few hundred characters. */
export const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join('')),
);
