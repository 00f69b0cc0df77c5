import { kroneOf, type Language } from "./language.js";
import { sentenceEnds } from "./segments.js";
import { labelledFigureReader, tableReader } from "./tables.js";

/** One amount of money as the text writes it, with its exact place. */
export interface MoneyMention {
  start: number;
  end: number;
  /** The text of the amount, `text.slice(start, end)`. */
  raw: string;
  /** Whole currency units; øre and cents are dropped, as the graph stores whole units. */
  value: bigint;
  currency: string;
  /** False when only the language implies the currency ("427 813,-", "81,6 millioner"). */
  currencyStated: boolean;
  /** "nærmere", "over", "ca.": the figure is approximate. */
  hedge: string | null;
  /** "300 000 kroner hver": the amount is given to each of several recipients. */
  each: boolean;
  /** Written to the unit ("4 850 000") rather than rounded with a scale word ("4,85 millionar"). */
  exact: boolean;
  /** In a table column whose header names a year ("2021 (kr)"): that year. */
  columnYear: number | null;
  /** Significant digits as written, to prefer the most precise of two restatements. */
  significant: number;
}

// Fractions of a scale, as a fraction [numerator, denominator], so "halvannen" (1½) stays exact.
const FRACTION_WORDS: Record<string, [bigint, bigint]> = {
  halv: [1n, 2n], halvannen: [3n, 2n], halvanna: [3n, 2n], halvannan: [3n, 2n], halvanden: [3n, 2n],
  kvart: [1n, 4n], trekvart: [3n, 4n], "tre kvart": [3n, 4n], "tre fjerdedels": [3n, 4n],
  // "½ mio. kr.", "¼ million": the sign alone, as the words are.
  "½": [1n, 2n], "¼": [1n, 4n], "¾": [3n, 4n],
};
// Whole numbers in words, Norwegian and Danish: "to hundre", "tjuefem", "femogtyve", "halvtreds".
const UNIT_WORDS: Record<string, number> = {
  en: 1, ein: 1, ett: 1, eitt: 1, "én": 1, et: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, "åtte": 8, otte: 8, ni: 9,
  ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19,
};
const TENS_WORDS: Record<string, number> = {
  tjue: 20, tyve: 20, tretti: 30, tredve: 30, tredive: 30, "førti": 40, fyrre: 40, femti: 50, halvtreds: 50, seksti: 60, tres: 60,
  sytti: 70, halvfjerds: 70, "åtti": 80, firs: 80, nitti: 90, halvfems: 90,
};
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const ONE_TO_NINE = alternatives(Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w]! < 10 && w !== "et" && w !== "én"));
const BELOW_HUNDRED = String.raw`(?:(?:${ONE_TO_NINE})og(?:${alternatives(Object.keys(TENS_WORDS))})|(?:${alternatives(Object.keys(TENS_WORDS))})(?:${ONE_TO_NINE})?|${alternatives(Object.keys(UNIT_WORDS))})`;
const NUMBER_WORDS = String.raw`(?:(?:${alternatives(Object.keys(UNIT_WORDS))})\s*)?hundre(?:de)?(?:\s+(?:og\s+)?${BELOW_HUNDRED})?|${BELOW_HUNDRED}`;

const HEDGE = String.raw`(?:tett opp mot|opp mot|op mod|godt over|mer enn|meir enn|mere end|nærmere|nærare|drøyt|drygt|nesten|næsten|nærmare|ca\.|cirka|rundt|omkring|om lag|knapt|knap|over|vel|små|i underkant av|i overkant av)`;
// "kroner 500.000" as forms write it: the word before a grouped figure or one with its scale, not before a year.
const PRE_CURRENCY = String.raw`(?:kr\.?|MNOK|MDKK|NOK|DKK|(?:kroner|kronar)(?=\s\d{1,3}(?:[ \u00a0.]\d{3})+(?![\d])|\s\d+(?:,\d+)?\s(?:mill|mio|mrd|milliard)))`;
// What groups thousands: a space (plain, no-break, thin or narrow no-break, as pages write it) or a dot.
const GROUP = String.raw`[ \u00a0\u2009\u202f.]`;
const GOT_BEFORE = /(?<![\p{L}])(?:får|fekk|fikk|fik|fått|fået|mottar|mottek|mottok|modtager|modtog)\s+(?:(?:også|òg|ogso|derimot|berre|bare|kun|nå|no|nu)\s+)?$/iu;
const GROUPED = new RegExp(String.raw`^\d{1,3}(?:${GROUP}\d{3})+$`);
const GROUPED_WITH_DECIMALS = new RegExp(String.raw`^\d{1,3}(?:${GROUP}\d{3})+(?:,\d{1,2})?$`);
const ONE_THOUSAND = new RegExp(String.raw`^1${GROUP}?000$`);
const GROUP_MARKS = new RegExp(GROUP, "g");
const DIGITS = String.raw`\d{1,3}(?:${GROUP}(?:\d{3}|[oO]{3}))+(?:,\d{1,2}(?!\d))?|\d+(?:[.,]\d+)?`;
const WORDS = String.raw`(?:${alternatives(Object.keys(FRACTION_WORDS))}|${NUMBER_WORDS})(?![\p{L}])`;
const SCALE = String.raw`(?:t\.\s?kr\.?|tkr\.?|milliard(?:erne|ane|ene|en|er|ar)?|mrd\.?|mia\.?|million(?:erne|ane|ene|en|er|ar)?|mill\.?|mio\.?|MNOK|MDKK|tusen|tusinde|tusind)`;
const ADJECTIVE = String.raw`(?:statlige|statlege|statslige|ekstra|nye|friske|norske|danske|øyremerka|øyremerkte|øremerkede|øremærkede)`;
const POST_CURRENCY = String.raw`(?:kronene|kronane|kronerne|kroner|kronar|krone|kr\.|kr\b|NOK\b|DKK\b)`;

const AMOUNT = new RegExp(
  String.raw`(?:(?<![\p{L}])(?<hedge>${HEDGE})\s+)?(?:(?<![\p{L}])(?<pre>${PRE_CURRENCY})\s?)?(?<![\p{L}\p{N}.,])(?:(?<digits>${DIGITS})|(?<words>${WORDS}))(?![\p{Nd}]|[.,]\d)(?<dash>,-)?(?<half>\s+og\s+(?:en|ein|ei|et)\s+halv|\s?½|\s1\/2(?!\d))?(?:\s*(?<scale>${SCALE})(?:(?<=\.)|(?![\p{L}])))?(?:\s+(?<adj>${ADJECTIVE}))?(?:\s*(?<post>${POST_CURRENCY}))?`,
  "giu",
);

const SCALES: [RegExp, bigint][] = [
  [/^(milliard|mrd|mia)/i, 1_000_000_000n],
  [/^(million|mill|mio|MNOK|MDKK)/i, 1_000_000n],
  [/^(tusen|tusind|t\.\s?kr|tkr)/i, 1_000n],
];

// Nouns that make a scaled number a count, not money: "1,5 millioner innbyggere".
const COUNT_NOUNS = /^\s*(innbyggere|innbyggjarar|indbyggere|mennesker|menneske|personer|pasienter|patienter|brukere|borgere|besøk|kunder|timer|tonn|liter|km|kilometer|kvadratmeter|år|dollar|euro|stemmer|visninger|kroner?\s+per\s+innbygger)\b/i;
// A noun right before the number that says it is an amount of money: "Søknadsbeløpet på 250.000".
const MONEY_NOUN_BEFORE = /(beløp\p{L}*|tilskudd\p{L}*|tilskot\p{L}*|tilskud\p{L}*|støtte|bevilgning\p{L}*|ramme)\s*(?:på|:|av|of)?\s*$/iu;
// A plural noun right after a bare figure counts things: "til 1 200 sykehjemsplasser og omsorgsboliger".
// Also after a word that describes them: "1 500 heldøgns omsorgsplasser".
const COUNTED_AFTER = /^[^\S\n]+(?:(?!(?:til|i|fra|frå|for|på|av|af|og|hver|hvert|kvar|per|pr|som|mens|medan|etter|efter|over|under|eller|mer|meir|mere|sier|siger|seier|kroner|kronar|kr)(?![\p{L}]))\p{Ll}{3,}[^\S\n]+)?(?!(?:hver|over|etter|efter|eller|under|mer|meir|mere|per|sier|siger|seier)(?![\p{L}]))\p{Ll}{3,}(?:er|ar)(?![\p{L}])/u;
const EACH_AFTER = /^\s*(hver|hvert|kvar|kvart|hver især|kvar for seg|stykk|stk\.?|per kommune|pr\.? kommune|each)\b/iu;

// "henholdsvis 1,2 og 0,9 mio. kr.": the first of a pair takes the scale and currency of the second.
const RESPECTIVELY_BEFORE = /(?<![\p{L}])(?:henholdsvis|høvesvis|hhv\.|respektive)\s+$/iu;
const PAIR_GAP = /^\s*(?:,|og|eller)\s*$/iu;
const RANGE_BEFORE = /(?<![\p{L}])(?:mellom|mellem|fra|frå|between|from)\s+$/iu;

/** Every amount of money in the text, in order, with its value and currency. */
export function findMoney(text: string, language: Language): MoneyMention[] {
  const out: MoneyMention[] = [];
  // The scale each amount in `out` was written with, to join "1 milliard og 200 millioner".
  const scales: (bigint | null)[] = [];
  // The figures inside a list given "henholdsvis" after its first ("henholdsvis 2, 3 og 5 mio. kr.").
  const inRespectiveList = new Set<number>();
  const matches = [...text.matchAll(AMOUNT)];
  const tableCell = tableReader(text);
  const labelledFigure = labelledFigureReader(text);
  for (const [i, m] of matches.entries()) {
    const g = m.groups ?? {};
    // "MNOK 3,5", "2,5 MNOK": millions of the currency it names.
    let scaleWord = g.scale ?? (g.pre && /^M(NOK|DKK)$/.test(g.pre) ? g.pre : undefined);
    // "3.550 t.kr.": thousands of kroner.
    let currencyWord = g.pre ?? g.post ?? (g.scale && /^(?:M(NOK|DKK)|t\.\s?kr\.?|tkr\.?)$/i.test(g.scale) ? g.scale : null);
    const numberAt = m.index! + m[0].indexOf((g.digits ?? g.words)!);
    const before = text.slice(Math.max(0, numberAt - 40), numberAt);
    const next = matches[i + 1];
    const paired = next && PAIR_GAP.test(text.slice(m.index! + m[0].length, next.index!))
      && (RESPECTIVELY_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!)) || inRespectiveList.has(i)
        // "De får 1,9 og 1,4 millioner kroner": a decimal joined by "og" to an amount with a scale, not a range.
        || (/,\d/.test(g.digits ?? "") && /^\s*og\s*$/iu.test(text.slice(m.index! + m[0].length, next.index!)) && !!next.groups?.scale && !RANGE_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))));
    if (g.digits && !scaleWord && !currencyWord && !g.dash && paired) {
      // "henholdsvis 2, 3 og 5 mio. kr.": every figure of the list takes the unit of the last.
      let k = i + 1;
      while (k + 1 < matches.length && !matches[k]!.groups?.scale && !matches[k]!.groups?.pre && !matches[k]!.groups?.post && PAIR_GAP.test(text.slice(matches[k]!.index! + matches[k]![0].length, matches[k + 1]!.index!))) k += 1;
      const unit = matches[k]!.groups ?? {};
      // "henholdsvis 900 000 og 1,2 millioner kroner": a figure grouped in thousands is whole
      // kroner already; it takes the currency, not the scale.
      scaleWord = GROUPED.test(g.digits) ? undefined : unit.scale;
      currencyWord = unit.pre ?? unit.post ?? null;
      for (let x = i + 1; x < k; x += 1) inRespectiveList.add(x);
    }
    let scale = scaleWord ? SCALES.find(([re]) => re.test(scaleWord!))![1] : null;
    if (g.words && !scale) continue; // "to", "ni", "en" are words first; only "to mio." is money
    let moneyByContext = MONEY_NOUN_BEFORE.test(before);
    let columnYear: number | null = null;
    if (g.digits && !currencyWord && !scale && !g.dash && !moneyByContext) {
      const cell = tableCell(numberAt, numberAt + g.digits.length);
      if (cell && !(cell.scale === 1n && /^(?:19|20)\d{2}$/.test(g.digits))) {
        moneyByContext = true;
        if (cell.scale !== 1n) scale = cell.scale;
        columnYear = cell.year;
      }
      // "Beløbene er angivet i t.kr." over "Esbjerg Kommune: 1.450".
      const noted = cell ? null : labelledFigure(numberAt, numberAt + g.digits.length);
      if (noted !== null) {
        moneyByContext = true;
        if (noted !== 1n) scale = noted;
      }
    }
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    const previous = out[out.length - 1];
    // A figure grouped in thousands with no unit of its own, which its neighbours may show is money.
    const bareGrouped = !currencyWord && !g.dash && !scale && g.digits !== undefined && GROUPED.test(g.digits);
    const counted = COUNT_NOUNS.test(after) || COUNTED_AFTER.test(after);
    // "Luster og Årdal får høvesvis 900 000 og 850 000 kroner, medan Lærdal får 500 000.": a figure
    // grouped in thousands in the sentence of an amount of money is money too.
    if (bareGrouped && !moneyByContext && previous && !counted) {
      // With the figure's first character, which may be what shows a sentence ended before it.
      const gap = text.slice(previous.end, m.index! + 1);
      moneyByContext = gap.length < 200 && !gap.includes("\n") && sentenceEnds(gap).length === 0;
    }
    // "Ulstein kommune fekk 1,2 millionar frå Fylkesmannen … Hareid kommune fekk 700 000.": a
    // figure right after a verb of getting, in the paragraph of an amount of money, is money too.
    if (bareGrouped && !moneyByContext && previous && GOT_BEFORE.test(before) && !counted) {
      const gap = text.slice(previous.end, numberAt);
      moneyByContext = gap.length < 300 && !gap.includes("\n");
    }
    // "1,2 mill. – Bodø kommune" over "400 000 – Fauske kommune": a figure that opens its line as
    // the amount opened the line above is money like it.
    if (bareGrouped && !moneyByContext && previous && /^\s*[–—-]\s/u.test(after)) {
      const lineStart = text.lastIndexOf("\n", numberAt - 1) + 1;
      const aboveStart = text.lastIndexOf("\n", lineStart - 2) + 1;
      moneyByContext = lineStart > 0 && /^[\s•·▪◦*–-]*$/u.test(text.slice(lineStart, numberAt)) && previous.start >= aboveStart && previous.start < lineStart && /^[\s•·▪◦*–-]*$/u.test(text.slice(aboveStart, previous.start));
    }
    // "2) Porsgrunn kommune – 1,2 mill." over "3) Notodden kommune – 900 000": a figure that
    // closes its line after a dash, as the amount closed the line above, is money like it.
    if (bareGrouped && !moneyByContext && previous && /^[^\S\n]*(?:\n|$)/u.test(after)) {
      const lineStart = text.lastIndexOf("\n", numberAt - 1) + 1;
      const aboveStart = text.lastIndexOf("\n", lineStart - 2) + 1;
      moneyByContext = lineStart > 0 && /\S[^\S\n]+[–—-][^\S\n]+$/u.test(text.slice(lineStart, numberAt)) && previous.start >= aboveStart && previous.end < lineStart
        && /\S[^\S\n]+[–—-][^\S\n]+$/u.test(text.slice(aboveStart, previous.start)) && /^[^\S\n]*\.?[^\S\n]*\n$/u.test(text.slice(previous.end, lineStart));
    }
    // And before one: "Naustdal får 250 000, medan Gaular og Jølster får 225 000 kroner kvar."
    if (bareGrouped && !moneyByContext && next && (next.groups?.pre || next.groups?.post) && !counted) {
      const gap = text.slice(m.index! + m[0].length, next.index! + 1);
      moneyByContext = gap.length < 120 && !gap.includes("\n") && sentenceEnds(gap).length === 0;
    }
    if (!currencyWord && !g.dash && !scale && !moneyByContext) continue;
    if (!currencyWord && scale && COUNT_NOUNS.test(after)) continue;
    if (g.digits && /^\d{4}$/.test(g.digits) && !currencyWord && !scale) continue; // a year
    // "Initiativ⇥Mio. kr. 2020": a column's unit over its year, not an amount.
    if (g.pre && !scale && g.digits && /^(?:19|20)\d{2}$/.test(g.digits) && /(?:mio|mill|mia|mrd|1[ .]?000|t)\.?\s*(?:kr\.?|kroner|DKK|NOK)\s*$/iu.test(text.slice(Math.max(0, numberAt - 20), numberAt))) continue;
    // "Beløb i 1000 kr.", "(1 000 kr)": the unit of a table's figures, not an amount.
    if (g.digits && ONE_THOUSAND.test(g.digits) && /(?:(?<![\p{L}])i|\()\s*$/iu.test(before)) continue;
    let value = g.digits ? scaled(g.digits, scale) : wordValue(g.words!, scale!);
    if (value === null) continue;
    // "tre og en halv million": the half of the scale is added.
    if (g.half) {
      if (!scale) continue;
      value += scale / 2n;
    }
    // "3 millioner danske kroner": the adjective names the krone.
    const currency = currencyWord && /NOK/i.test(currencyWord) ? "NOK" : currencyWord && /DKK/i.test(currencyWord) ? "DKK" : g.adj && /^dansk/i.test(g.adj) ? "DKK" : g.adj && /^norsk/i.test(g.adj) ? "NOK" : kroneOf(language);
    const start = m.index!;
    const raw = m[0].replace(/\s+$/, "");
    // "1 milliard og 200 millioner kroner", "2 millioner og 500 000 kroner": a larger unit and a
    // smaller one joined by "og" are one amount, unless they are a pair given "henholdsvis".
    const last = out[out.length - 1];
    const lastScale = scales[scales.length - 1];
    if (last && lastScale && last.end <= start && /^\s+og\s+$/iu.test(text.slice(last.end, start)) && !last.currencyStated && value < lastScale
      && !RESPECTIVELY_BEFORE.test(text.slice(Math.max(0, last.start - 20), last.start)) && !RANGE_BEFORE.test(text.slice(Math.max(0, last.start - 20), last.start))) {
      Object.assign(last, { end: start + raw.length, raw: text.slice(last.start, start + raw.length), value: last.value + value, currency, currencyStated: currencyWord !== null, exact: last.exact && scale === null, significant: last.significant + significantDigits(g.digits ?? "1") });
      continue;
    }
    out.push({
      start,
      end: start + raw.length,
      raw,
      value,
      currency,
      currencyStated: currencyWord !== null,
      hedge: g.hedge ? g.hedge.toLowerCase() : null,
      each: EACH_AFTER.test(after),
      exact: scale === null && !g.hedge,
      significant: significantDigits(g.digits ?? "1"),
      columnYear,
    });
    scales.push(scale);
  }
  return out;
}

/** "4 850 000" → 4850000; "24,3" with millions → 24300000; "11.269.712,50" → 11269712. */
function scaled(digits: string, scale: bigint | null): bigint | null {
  const clean = digits.replace(/[oO]/g, "0");
  let intPart: string;
  let frac = "";
  if (GROUPED_WITH_DECIMALS.test(clean)) {
    const [i, f] = clean.split(",");
    intPart = i!.replace(GROUP_MARKS, "");
    frac = f ?? "";
  } else {
    const [i, f] = clean.split(/[.,]/);
    intPart = i!;
    frac = f ?? "";
  }
  if (!/^\d+$/.test(intPart) || (frac && !/^\d+$/.test(frac))) return null;
  const s = scale ?? 1n;
  const denom = 10n ** BigInt(frac.length);
  return (BigInt(intPart) * denom + (frac ? BigInt(frac) : 0n)) * s / denom;
}

function wordValue(words: string, scale: bigint): bigint | null {
  const w = words.toLowerCase().replace(/\s+/g, " ").trim();
  const fraction = FRACTION_WORDS[w];
  if (fraction) return (fraction[0] * scale) / fraction[1];
  const hundreds = /^(?:(\S+?)\s*)?hundre(?:de)?(?:\s+(?:og\s+)?(.+))?$/u.exec(w);
  const value = hundreds ? (hundreds[1] ? belowHundred(hundreds[1]) : 1) * 100 + (hundreds[2] ? belowHundred(hundreds[2]) : 0) : belowHundred(w);
  return Number.isNaN(value) ? null : BigInt(value) * scale;
}

/** "tjuefem" (25, Norwegian), "femogtyve" (25, Danish), "tolv"; NaN for anything else. */
function belowHundred(w: string): number {
  if (w in UNIT_WORDS) return UNIT_WORDS[w]!;
  if (w in TENS_WORDS) return TENS_WORDS[w]!;
  for (const [tens, t] of Object.entries(TENS_WORDS)) {
    if (w.startsWith(tens) && w.slice(tens.length) in UNIT_WORDS) return t + UNIT_WORDS[w.slice(tens.length)]!;
    if (w.endsWith(`og${tens}`) && w.slice(0, -tens.length - 2) in UNIT_WORDS) return t + UNIT_WORDS[w.slice(0, -tens.length - 2)]!;
  }
  return Number.NaN;
}

function significantDigits(digits: string): number {
  const d = digits.replace(/[^\doO]/g, "").replace(/^0+/, "").replace(/0+$/, "");
  return Math.max(1, d.length);
}
