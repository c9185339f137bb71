import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const rawDump = readFileSync(`${root}/corpus/raw/global-times-2024.txt`, 'utf8');

/** The dump's headlines in order, as a reader sees them (checked by hand against the dump). */
export const expectedHeadlines = [
  'Stable devt of China-Russia ties beneficial to world peace, prosperity: Global Times editorial',
  'Closer partnership between China, Serbia, Hungary to bear more fruits, creating many shared benefits',
  'Azerbaijani ambassador praises China’s stance on new-energy collaboration, hoping for strengthened ties to boost green transformation',
  'China will continue to assist Asia-Pacific countries to rapidly develop their economies under BRI framework: experts',
  'China expects more economic, sci-tech cooperation with San Francisco, Breed visit sends positive signs for bilateral exchanges',
  'China’s anti-dumping probe into EU brandy doesn’t target any member: commerce minister',
  'GT Voice: China-Russia trade can withstand escalating pressure from the West',
  'Trade with China mainly settled in yuan, rubles: Russian deputy PM',
];
