import { fold } from "../text/fold.js";
import type { Extraction, PartyRef } from "./extraction.model.js";
import { fundingFacts } from "./funding-facts.js";
import { latestOfRenamed, namedOn, validOn, type Gazetteer, type KnownActor } from "./gazetteer.js";
import { countryOf, detectLanguage, type Language } from "./language.js";
import { findMentions, resolveDefiniteMentions, resolveMentions, type Mention } from "./mentions.js";
import { findMoney, type MoneyMention } from "./money.js";
import type { ReadDocument } from "./read-document.js";
import { relationFacts } from "./relation-facts.js";
import { linesOf, sentencesOf, withQuestionsAnswered, type Line, type Sentence } from "./segments.js";

/**
 * Reads a document's funding facts and minister terms against the graph's actors. Nothing is
 * guessed beyond the text: a name the graph lacks stays a name with no id, and an amount whose
 * recipient the text does not name has an empty recipient.
 */
export function extract(doc: ReadDocument, gazetteer: Gazetteer): Extraction {
  const { text, meta } = doc;
  const found = findMentions(text, gazetteer);
  const language = meta.language ? detectLanguage(text, meta.language) : languageByNames(detectLanguage(text), found);
  const country = countryOf(language);
  const lines = linesOf(text);
  const published = documentDate(meta.dateText, lines);
  const contextYear = published ? Number(published.slice(0, 4)) : yearIn(meta.dateText);
  // Names are resolved on the document's day, or mid-year when only its year is known.
  const on = published?.length === 10 ? published : published?.length === 7 ? `${published}-15` : contextYear ? `${contextYear}-06-30` : null;
  resolveMentions(found, { country, date: on });
  const publisher = readPublisher(meta.publisher, gazetteer, country, on);
  const mentions = resolveDefiniteMentions(text, found, publisher.actors);
  const sentences = withQuestionsAnswered(text, lines.flatMap(sentencesOf));
  const money = findMoney(text, language);
  const heads = headlines(lines, meta.title);
  const budgetYear = budgetYearOf(meta.title ?? lines[0]?.text ?? null) ?? budgetYearOfLead(sentences, heads, money);
  const { funding, discrepancies } = fundingFacts({
    text, lines, sentences, mentions, money, year: contextYear, month: published && published.length >= 7 ? Number(published.slice(5, 7)) : null, budgetYear, headlines: heads, publisher: publisher.party,
  });
  const relations = relationFacts(text, sentences, mentions, gazetteer, { country, date: on });
  // "Helse- og omsorgsminister Anne-Grete Strøm-Erichsen fordeler 30 millioner kroner": a
  // minister gives her ministry's money, so the payer is the ministry the title says she heads.
  for (const f of funding) {
    const heads = f.payer.id ? relations.find((r) => r.subject.id === f.payer.id && r.object.id) : undefined;
    if (!heads) continue;
    f.payer = { id: heads.object.id, name: f.payer.name, label: heads.object.label };
    f.rule = `${f.rule} payer:the-ministers-ministry`;
  }
  // "Sundhedsminister Magnus Heunicke uddelte i dag 45 millioner kroner … Blandt modtagerne er
  // Vejle Kommune, der får 3,2 millioner kroner": what the text tells after the minister gave,
  // with no payer of its own, is from the same ministry, as the document's giver.
  const ministers = funding.filter((f) => / payer:the-ministers-ministry/.test(f.rule) && /payer:giver/.test(f.rule));
  if (ministers.length > 0 && new Set(ministers.map((f) => f.payer.id)).size === 1) {
    const first = funding.indexOf(ministers[0]!);
    for (const f of funding.slice(first + 1)) {
      if (f.payer.id || f.payer.name || f.payer.mention || f.recipient.id === ministers[0]!.payer.id) continue;
      f.payer = { ...ministers[0]!.payer };
      f.rule = `${f.rule} payer:the-ministers-ministry-of-the-document`;
    }
  }
  // "Førde kommune fekk 1 million kroner … i 2018" in a text of 2022: a body gone by the
  // document's day is the one of that name in the year the fact states.
  for (const f of funding) {
    if (!/year:(stated|last-year)/.test(f.rule) || f.year === null) continue;
    for (const part of ["payer", "recipient"] as const) {
      const ref = f[part];
      if (ref.id || !ref.name || !ref.unresolved?.startsWith("no actor of this name is valid")) continue;
      const then = inYear(gazetteer, ref.name, country, f.year);
      if (!then) continue;
      f[part] = { id: then.id, name: ref.name, label: then.name };
      f.rule = `${f.rule} ${part}:named-as-in-${f.year}`;
    }
  }
  return {
    source: { title: meta.title ?? lines[0]?.text ?? null, publisher: meta.publisher, published, language, url: meta.url },
    funding,
    relations,
    discrepancies,
  };
}

// Kinds whose names are common nouns: a group, a body, a pool.
const GENERIC_KINDS = new Set(["GROUP", "BODY", "POOL"]);

/**
 * A short text's words may not tell Danish from Norwegian ("Kommunalbestyrelsen i Gribskov har
 * bevilget 800.000 kr."), but the bodies it names can: names the graph knows in one country only
 * outvote the language's country when none of its own are named.
 */
function languageByNames(language: Language, mentions: Mention[]): Language {
  const votes = new Map<string, number>();
  for (const m of mentions.flatMap((x) => (x.type === "joint" ? x.members : [x]))) {
    // Proper names only: a group or a body is a common noun ("Kommunerne" is a letter from "Kommunene").
    const countries = new Set(m.candidates.filter((a) => !GENERIC_KINDS.has(a.kind)).map((a) => a.country));
    if (countries.size === 1) votes.set([...countries][0]!, (votes.get([...countries][0]!) ?? 0) + 1);
  }
  const own = votes.get(countryOf(language)) ?? 0;
  if (own > 0) return language;
  if ((votes.get("DK") ?? 0) > 0 && language !== "da") return "da";
  if ((votes.get("NO") ?? 0) > 0 && language === "da") return "nb";
  return language;
}

/** The one actor the whole name resolves to in the middle of `year`, if exactly one. */
function inYear(g: Gazetteer, name: string, country: string, year: number): KnownActor | null {
  const [match] = g.find(name);
  if (!match || match.start !== 0 || match.end !== name.length) return null;
  const valid = match.candidates.filter((a) => a.country === country && validOn(a, `${year}-06-30`));
  return valid.length === 1 ? valid[0]! : null;
}

/** ISO date (or YYYY-MM, YYYY) from a header such as "13.05.2020 (as stated…)", or a date line at the top. */
export function documentDate(dateText: string | null, lines: Line[]): string | null {
  const fromHeader = dateText && !/^not stated/i.test(dateText) ? parseDate(dateText) ?? labelledDate(dateText) : null;
  if (fromHeader) return fromHeader;
  for (const l of lines.slice(0, 3)) {
    // "Pressemelding | Dato: 12.01.2016 | Nr: 3/2016": a date its label names, within a line of other fields.
    const labelled = l.text.length < 160 ? labelledDate(l.text) : null;
    if (labelled) return labelled;
    // "Publisert 12.03.2019 kl. 14:32", "Opdateret 5. december 2018": a dateline, with its label and time.
    const dateline = l.text.trim().replace(/^(?:publisert|publiseret|publicert|oppdatert|opdateret|udgivet|published|updated)\s*:?\s*/iu, "").replace(/\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}\s*$/u, "");
    if (/^\d{1,2}[.-]\d{1,2}[.-]\d{4}$/.test(dateline) || /^\d{4}-\d{2}-\d{2}$/.test(dateline) || (NAMED_MONTH_DATE.test(dateline) && dateline.length < 40)) return parseDate(dateline);
  }
  return null;
}

const LABELLED_DATE = /(?<![\p{L}])(?:dato|date|publisert|publiseret|publicert|udgivet|published)\s*:?\s*(\d{1,2}[.-]\d{1,2}[.-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4})(?!\d)/iu;

/** The date after a label such as "Dato:" anywhere in a line. */
function labelledDate(s: string): string | null {
  const m = LABELLED_DATE.exec(s);
  return m ? parseDate(m[1]!) : null;
}

// Norwegian, Danish and English month names and their usual abbreviations.
const MONTHS: Record<string, number> = {
  januar: 1, january: 1, jan: 1, februar: 2, february: 2, feb: 2, mars: 3, marts: 3, march: 3, mar: 3, april: 4, apr: 4,
  mai: 5, maj: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, desember: 12, december: 12, des: 12, dec: 12,
};
// "14. mars 2013", "onsdag 5. december 2018", "Publisert 3. mai 2016".
const NAMED_MONTH_DATE = /^(?:[\p{L}:]+\s+){0,2}(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})(?!\d)/u;

function parseDate(s: string): string | null {
  let m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = NAMED_MONTH_DATE.exec(s.trim());
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  if (m && month && Number(m[1]) >= 1 && Number(m[1]) <= 31) return `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  m = /^\s*(\d{1,2})[.-](\d{1,2})[.-](\d{4})/.exec(s);
  if (m) return `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  m = /^\s*(\d{4})-(\d{2})(?!\d)/.exec(s);
  if (m) return `${m[1]}-${m[2]}`;
  m = /^\s*(\d{4})(?!\d)/.exec(s);
  return m ? m[1]! : null;
}

// "Statsbudsjettet 2013: …", "Finansloven for 2019", "2023-budsjettet", "Forslag til finanslov 2018".
// A trust's yearly frame too: "Styret har vedteke fordelinga av inntektsramma for 2019".
// A year's report as well: "Tilskudd til kommunalt rusarbeid 2015 – årsrapport", "Årsmelding 2019".
const BUDGET_TITLE = /(?<![\p{L}])(?:(?:stats|nasjonal|kommune)?budsjett\p{L}*|finanslov\p{L}*|budget\p{L}*|inntektsramm\p{L}*|årsrapport|årsmelding|årsberetning|årsregnskap)\s+(?:for\s+)?((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})-(?:stats)?budsjett\p{L}*|(?<!\d)((?:19|20)\d{2})\s*[–—-]\s*(?:årsrapport|årsmelding|årsberetning|årsregnskap)(?![\p{L}])/iu;

/** The year a budget document's title is about: its facts belong to that year, not to the year it was published. */
function budgetYearOf(title: string | null): number | null {
  const m = title ? BUDGET_TITLE.exec(title) : null;
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null;
}

/** A year a header gives "by context" is still the year the document belongs to. */
function yearIn(s: string | null): number | null {
  const m = s ? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(s) : null;
  return m ? Number(m[1]) : null;
}

/**
 * The title line, and the short lines above the first sentence or list (a page's headline,
 * kicker and bylines): their amounts restate the body's.
 */
// "Styret i Helse Vest RHF vedtok onsdag budsjettet for 2016.": a lead that tells of a budget's
// adoption, with no amount of its own, dates the page's undated amounts as its title would.
const BUDGET_ADOPTED = /(?<![\p{L}])(?:vedtok|vedtog|vedtatt|vedtaget|vedtek|vedtar|godkjente|godkendte|godkendt|godkjent|la fram|la frem|lagt fram|lagt frem|fremla|fremlagde|presenterte|præsenterede)(?![\p{L}])/iu;
function budgetYearOfLead(sentences: Sentence[], heads: Line[], money: MoneyMention[]): number | null {
  const lead = sentences.find((s) => !heads.includes(s.line));
  if (!lead || !BUDGET_ADOPTED.test(lead.text) || money.some((m) => m.start >= lead.start && m.end <= lead.end)) return null;
  return budgetYearOf(lead.text);
}

function headlines(lines: Line[], title: string | null): Line[] {
  const out: Line[] = [];
  const t = title ? fold(title) : null;
  const titled = t ? lines.slice(0, 6).find((l) => fold(l.text) === t) : undefined;
  if (titled) out.push(titled);
  for (const l of lines) {
    if (l.listItem || /[.!?]$/.test(l.text.trim())) break;
    if (l !== titled && l.text.length < 140 && !/^\s*[\d.-]+\s*$/.test(l.text)) out.push(l);
  }
  return out;
}

/**
 * The publisher line read against the graph: as a party when the whole line is an actor's name
 * (the payer of last resort for a body's own release), and the actors named anywhere in it
 * ("Hospitalsenheden Vest, Region Midtjylland" names the region).
 */
function readPublisher(publisher: string | null, g: Gazetteer, country: string, on: string | null): { party: PartyRef | null; actors: KnownActor[] } {
  const name = publisher?.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  if (!name) return { party: null, actors: [] };
  const found = g.find(name);
  const whole = found.find((k) => k.start === 0 && k.end === name.length);
  const then = (candidates: KnownActor[]) => latestOfRenamed(namedOn(candidates.filter((a) => a.country === country), on));
  const actor = whole ? then(whole.candidates)[0] : undefined;
  const actors = found.flatMap((k) => {
    const fits = then(k.candidates);
    return fits.length === 1 ? fits : [];
  });
  return { party: { id: actor?.id ?? null, name, label: actor?.name ?? null, ...(actor ? {} : { unresolved: "not in the graph" }) }, actors };
}
