/**
 * General geographic knowledge: sovereign states and a few widely used
 * regions, with their demonyms. Nothing here is specific to any corpus.
 */

const countries = `
Afghanistan|Afghan;Albania|Albanian;Algeria|Algerian;Andorra|Andorran;Angola|Angolan;Argentina|Argentine,Argentinian;
Armenia|Armenian;Australia|Australian;Austria|Austrian;Azerbaijan|Azerbaijani;Bahamas|Bahamian;Bahrain|Bahraini;
Bangladesh|Bangladeshi;Barbados|Barbadian;Belarus|Belarusian;Belgium|Belgian;Belize|Belizean;Benin|Beninese;Bhutan|Bhutanese;
Bolivia|Bolivian;Bosnia and Herzegovina|Bosnian;Botswana|Botswanan;Brazil|Brazilian;Brunei|Bruneian;Bulgaria|Bulgarian;
Burkina Faso|Burkinabe;Burundi|Burundian;Cambodia|Cambodian;Cameroon|Cameroonian;Canada|Canadian;Cape Verde|Cape Verdean;
Central African Republic|Central African;Chad|Chadian;Chile|Chilean;China|Chinese;Colombia|Colombian;Comoros|Comoran;
Congo|Congolese;Costa Rica|Costa Rican;Croatia|Croatian;Cuba|Cuban;Cyprus|Cypriot;Czech Republic|Czech;Czechia|Czech;
Denmark|Danish;Djibouti|Djiboutian;Dominica|Dominican;Dominican Republic|Dominican;Ecuador|Ecuadorian;Egypt|Egyptian;
El Salvador|Salvadoran;Equatorial Guinea|Equatoguinean;Eritrea|Eritrean;Estonia|Estonian;Eswatini|Swazi;Ethiopia|Ethiopian;
Fiji|Fijian;Finland|Finnish;France|French;Gabon|Gabonese;Gambia|Gambian;Georgia|Georgian;Germany|German;Ghana|Ghanaian;
Greece|Greek;Grenada|Grenadian;Guatemala|Guatemalan;Guinea|Guinean;Guinea-Bissau|Bissau-Guinean;Guyana|Guyanese;Haiti|Haitian;
Honduras|Honduran;Hungary|Hungarian;Iceland|Icelandic;India|Indian;Indonesia|Indonesian;Iran|Iranian;Iraq|Iraqi;
Ireland|Irish;Israel|Israeli;Italy|Italian;Ivory Coast|Ivorian;Jamaica|Jamaican;Japan|Japanese;Jordan|Jordanian;
Kazakhstan|Kazakh,Kazakhstani;Kenya|Kenyan;Kiribati|I-Kiribati;Kosovo|Kosovar;Kuwait|Kuwaiti;Kyrgyzstan|Kyrgyz;Laos|Lao,Laotian;
Latvia|Latvian;Lebanon|Lebanese;Lesotho|Basotho;Liberia|Liberian;Libya|Libyan;Liechtenstein|Liechtensteiner;
Lithuania|Lithuanian;Luxembourg|Luxembourgish;Madagascar|Malagasy;Malawi|Malawian;Malaysia|Malaysian;Maldives|Maldivian;
Mali|Malian;Malta|Maltese;Marshall Islands|Marshallese;Mauritania|Mauritanian;Mauritius|Mauritian;Mexico|Mexican;
Micronesia|Micronesian;Moldova|Moldovan;Monaco|Monegasque;Mongolia|Mongolian;Montenegro|Montenegrin;Morocco|Moroccan;
Mozambique|Mozambican;Myanmar|Myanmar,Burmese;Namibia|Namibian;Nauru|Nauruan;Nepal|Nepali,Nepalese;Netherlands|Dutch;
New Zealand|New Zealander;Nicaragua|Nicaraguan;Niger|Nigerien;Nigeria|Nigerian;North Korea|North Korean;
North Macedonia|Macedonian;Norway|Norwegian;Oman|Omani;Pakistan|Pakistani;Palau|Palauan;Palestine|Palestinian;Panama|Panamanian;
Papua New Guinea|Papua New Guinean;Paraguay|Paraguayan;Peru|Peruvian;Philippines|Filipino,Philippine;Poland|Polish;
Portugal|Portuguese;Qatar|Qatari;Romania|Romanian;Russia|Russian;Rwanda|Rwandan;Samoa|Samoan;San Marino|Sammarinese;
Saudi Arabia|Saudi;Senegal|Senegalese;Serbia|Serbian;Seychelles|Seychellois;Sierra Leone|Sierra Leonean;Singapore|Singaporean;
Slovakia|Slovak;Slovenia|Slovenian;Solomon Islands|Solomon Islander;Somalia|Somali;South Africa|South African;
South Korea|South Korean;South Sudan|South Sudanese;Spain|Spanish;Sri Lanka|Sri Lankan;Sudan|Sudanese;Suriname|Surinamese;
Sweden|Swedish;Switzerland|Swiss;Syria|Syrian;Taiwan|Taiwanese;Tajikistan|Tajik;Tanzania|Tanzanian;Thailand|Thai;
Timor-Leste|Timorese;Togo|Togolese;Tonga|Tongan;Trinidad and Tobago|Trinidadian;Tunisia|Tunisian;Turkey|Turkish;Turkiye|Turkish;
Turkmenistan|Turkmen;Tuvalu|Tuvaluan;Uganda|Ugandan;Ukraine|Ukrainian;United Arab Emirates|Emirati;
United Kingdom|British;UK|British;Britain|British;United States|American;US|American;USA|American;Uruguay|Uruguayan;
Uzbekistan|Uzbek;Vanuatu|Vanuatuan;Vatican City|Vatican;Venezuela|Venezuelan;Vietnam|Vietnamese;Yemen|Yemeni;
Zambia|Zambian;Zimbabwe|Zimbabwean;Hong Kong|Hongkonger;Macao|Macanese;Macau|Macanese;Scotland|Scottish;Wales|Welsh;England|English`;

/** Regions and groupings commonly named in news. */
const regions = `Europe|European;Asia|Asian;Africa|African;Eastern Europe|Eastern European;Western Europe|Western European;
Central Asia|Central Asian;Southeast Asia|Southeast Asian;South Asia|South Asian;East Asia|East Asian;Middle East|Middle Eastern;
Latin America|Latin American;North America|North American;South America|South American;Asia-Pacific|Asia-Pacific;
Pacific|Pacific;Caribbean|Caribbean;Balkans|Balkan;Eurasia|Eurasian;Global South|;Arctic|Arctic;Antarctica|Antarctic;
Scandinavia|Scandinavian;Gulf|Gulf;Sahel|Sahelian;Central and Eastern Europe|;Indo-Pacific|`;

function parse(list: string): Map<string, string> {
  const places = new Map<string, string>();
  for (const entry of list.split(';')) {
    const [name] = entry.trim().split('|');
    if (name) places.set(name.trim(), name.trim());
  }
  return places;
}

/** Country and region names → canonical name ("US" → "United States" is kept as written; aliases map below). */
export const placeNames: ReadonlyMap<string, string> = parse(`${countries};${regions}`);

/** Short forms of countries, mapped to the name used as the entity's canonical name. */
export const placeAliases: ReadonlyMap<string, string> = new Map([
  ['US', 'United States'],
  ['U.S.', 'United States'],
  ['USA', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['Turkiye', 'Turkey'],
  ['Czechia', 'Czech Republic'],
  ['Macau', 'Macao'],
]);

/** Demonyms ("Chinese", "Azerbaijani"): adjectives, not place mentions, but they tell a title's country. */
export const demonyms: ReadonlySet<string> = new Set(
  `${countries};${regions}`
    .split(';')
    .flatMap((entry) => (entry.split('|')[1] ?? '').split(','))
    .map((d) => d.trim())
    .filter(Boolean),
);
