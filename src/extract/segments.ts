/** A span of the stored text: a line, a sentence or a clause. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Line extends Span {
  index: number;
  /** A bullet ("•", "-", "*") or numbered ("1.") item. */
  listItem: boolean;
  /** Leading spaces and tabs: a list item indented under another is its sub-item. */
  indent: number;
  /** Index of the paragraph (lines separated by blank lines belong to different ones). */
  paragraph: number;
  /**
   * A link to another page ("Les også: Narvik får 5 millioner …") or a title in a block of such
   * links ("Relaterte saker"): what it says is that page's news, not this one's.
   */
  elsewhere: boolean;
}

export interface Sentence extends Span {
  line: Line;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(["mill", "mio", "kr", "prop", "prp", "meld", "innst", "ot", "mrd", "mia", "bl.a", "ca", "nr", "tlf", "jf", "evt", "inkl", "ekskl", "pga", "f.eks", "fx", "m.m", "osv", "etc", "dvs", "tom", "t.o.m", "ifm", "vedr", "mv", "m.fl", "st", "dr", "prof", "kap", "pkt", "ref", "hhv", "resp", "jfr", "iflg", "ift", "mht", "vha", "bl", "o.l", "m.v", "iht", "tilsv"]);
export const BULLET = /^\s*(?:[•·▪◦*–-]|\d{1,2}[.)])\s+/;

// The labels news pages put before links to their other articles.
const LINK_LABEL = /^\s*(?:les også|les òg|les meir|les mer|les flere|sjå også|se også|læs også|læs mere|også interessant|relatert|relaterte saker|relaterte artikler|relaterede artikler|relateret|mest lest|mest lese|mest læst|mest læste|flere nyheter|flere saker|fleire saker|andre leser|andre har også lest|siste nytt|seneste nyt)(?![\p{L}])\s*[:–-]?\s*/iu;

// A newspaper's offer to its readers, which a scraper keeps with the article: "Abonner fra 1 kr
// første måned – deretter 299 kr/mnd".
const SALES_LINE = /^\s*(?:abonner|abonnér|bli abonnent|kjøp abonnement|køb abonnement|prøv\s+(?:\p{L}+\s+){0,3}for|få\s+(?:\p{L}+\s+){0,3}for\s+\d|tilbud:|abonnement\p{L}*)(?![\p{L}])[^\n]*\d[^\n]*(?:kr|kroner)/iu;

/** The text's lines with their offsets; a line is a paragraph in most press releases. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let paragraph = 0;
  let index = 0;
  // After a bare label ("LES OGSÅ", "Relaterte saker"), the link titles under it: short lines,
  // which seldom end a sentence. The first line that reads as prose (a sentence of eight words
  // or more, or a long line) ends the block.
  let inLinks = false;
  for (const raw of text.split("\n")) {
    if (raw.trim() === "") paragraph += 1;
    else {
      const label = LINK_LABEL.exec(raw);
      const bare = label !== null && label[0].length === raw.length;
      if (!label && inLinks && (raw.trim().length > 150 || (/[.!?]["”»]?\s*$/u.test(raw) && raw.trim().split(/\s+/).length >= 8))) inLinks = false;
      const elsewhere = label !== null || inLinks || SALES_LINE.test(raw);
      if (label) inLinks = bare;
      lines.push({ start: offset, end: offset + raw.length, text: raw, index: index++, listItem: BULLET.test(raw), indent: /^[ \t]*/.exec(raw)![0].length, paragraph, elsewhere });
    }
    offset += raw.length + 1;
  }
  return lines;
}

/** A line's sentences: a full stop, ! or ? before a capital, digit, dash or quote ends one. */
export function sentencesOf(line: Line): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const cut of sentenceEnds(line.text)) {
    push(out, line, from, cut);
    from = cut;
  }
  push(out, line, from, line.text.length);
  return out;
}

/** Where sentences end in a text: just after each full stop, ! or ? that ends one (not "kr." or "bl.a."). */
export function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?](?=\s+[\p{Lu}\d–«"”“-])/gu)) {
    const cut = m.index! + 1;
    const before = text.slice(from, m.index!);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    if (m[0] === "." && !unitEndsSentence(before, text.slice(cut)) && (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word) || /^\d{1,2}$/.test(before.trim()))) continue;
    out.push(cut);
    from = cut;
  }
  return out;
}

/**
 * An amount's unit followed by a capitalised word ends its sentence: "… modtager 2,1 mio. kr.
 * Desuden bevilliges …". A number or another unit after it does not ("kr. 500", "mio. Kr.",
 * "105 mio. DKK").
 */
function unitEndsSentence(before: string, after: string): boolean {
  if (!/\d[\d\s.,]*(?:\p{L}+\.?\s+)?(?:mill|mio|mrd|mia|kr)$/iu.test(before)) return false;
  const next = after.trimStart();
  return /^\p{Lu}/u.test(next) && !/^(?:kr|kroner|DKK|NOK)\b/iu.test(next);
}

/**
 * An interview's answer with the question it answers, as one sentence: in "Hvor mye fikk Grue
 * kommune i tilskudd fra Fylkesmannen i Hedmark i år?" then "– 300 000 kroner til
 * dagaktivitetstilbudet." the amount's giver and receiver are the question's. The answer's line
 * is a reply, not a list item. So is an amount said alone with the sentence after it that says
 * what it is. Other sentences are kept as they are.
 */
export function withQuestionsAnswered(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i += 1) {
    const q = sentences[i]!;
    const a = sentences[i + 1];
    const answers = a && q.text.endsWith("?") && q.end === q.line.start + q.line.text.trimEnd().length && !BULLET.test(q.line.text)
      && a.line.index === q.line.index + 1 && a.line.paragraph === q.line.paragraph && a.start === a.line.start + a.line.text.length - a.line.text.trimStart().length && ANSWER.test(a.line.text);
    // "DKK 8,5 mio. Det er, hvad Region Sjælland har afsat til …": an amount said alone, then what it is.
    const told = a && q.line === a.line && AMOUNT_ALONE.test(q.text) && WHAT_IT_IS.test(a.text);
    if (!answers && !told) {
      out.push(q);
      continue;
    }
    out.push({ start: q.start, end: a!.end, text: text.slice(q.start, a!.end), line: answers ? { ...a!.line, listItem: false } : a!.line });
    i += 1;
  }
  return out;
}
const ANSWER = /^\s*[–-]\s+\S/u;
const AMOUNT_ALONE = /^(?:(?:DKK|NOK|kr\.?)\s*)?\d[\d .,]*\s*(?:mio|mill|mia|mrd|millioner|millionar|milliarder|milliardar|kroner|kronar|kr)\.?(?:\s*(?:kr|kroner|kronar|DKK|NOK)\.?)?[.!]$/iu;
const WHAT_IT_IS = /^(?:Det er|Det var|Det blir|Det bliver|Så mye|Så mykje|Så meget|Så mange penge|Det beløb|Det beløp|Sådan lyder)(?![\p{L}])/u;

function push(out: Sentence[], line: Line, from: number, to: number): void {
  const slice = line.text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const text = slice.trim();
  if (!/\p{L}/u.test(text)) return;
  out.push({ start: line.start + from + lead, end: line.start + from + lead + text.length, text, line });
}
