import { fold } from "../text/fold.js";

/** An actor the graph knows, as the extractor needs it: names, kind, country and validity. */
export interface KnownActor {
  id: string;
  name: string;
  kind: string;
  country: string;
  aliases: string[];
  validFrom: string | null;
  validTo: string | null;
  /** For a group of all actors of a kind ("Kommunene"), that kind. */
  memberKind?: string | null;
  /** The body this one was before a rename ("Fylkesmannen i Troms og Finnmark" for its Statsforvalteren). */
  renamedFrom?: KnownActor;
}

/** The body as it was named on `date`: itself, or what it was before a rename; null when neither existed then. */
function asOn(a: KnownActor, date: string | null): KnownActor | null {
  for (let x: KnownActor | undefined = a; x; x = x.renamedFrom) if (validOn(x, date)) return x;
  return null;
}

/**
 * The distinct bodies `candidates` name on `date`: a page kept under a body's later name but dated
 * before the rename ("Statsforvalteren i Troms og Finnmark" on 2020-05-27) names the body as it
 * then was ("Fylkesmannen i Troms og Finnmark").
 */
export function namedOn(candidates: KnownActor[], date: string | null): KnownActor[] {
  return [...new Set(candidates.map((a) => asOn(a, date)).filter((a): a is KnownActor => a !== null))];
}

/**
 * A body renamed after an earlier name whose end was never collected: "Sundhedsministeriet" in
 * 2022 is the ministry of that name from 2021, not the open-ended Sundheds- og
 * Ældreministeriet that has it as an alias. Not for places, whose namesakes are peers.
 */
export function latestOfRenamed(valid: KnownActor[]): KnownActor[] {
  if (valid.length < 2 || !valid.every((a) => a.kind === valid[0]!.kind && a.kind !== "MUNICIPALITY")) return valid;
  const latest = [...valid].sort((a, b) => (b.validFrom ?? "").localeCompare(a.validFrom ?? ""));
  return (latest[0]!.validFrom ?? "") > (latest[1]!.validFrom ?? "") && valid.some((a) => a !== latest[0] && !a.validTo) ? [latest[0]!] : valid;
}

/** Whether the actor exists on `date` (a null date accepts every actor). */
export const validOn = (a: KnownActor, date: string | null): boolean => !date || ((!a.validFrom || a.validFrom <= date) && (!a.validTo || a.validTo >= date));

/** A word of the text with its place. */
export interface Token {
  start: number;
  end: number;
  text: string;
  folded: string;
  /** Written with a capital: only such a word may be a name with a typo. */
  capitalised: boolean;
}

/** A place where the text names an actor the graph knows. */
export interface KnownMatch {
  start: number;
  end: number;
  /** Every actor with that name; one is chosen later by country, date and context. */
  candidates: KnownActor[];
}

interface Form {
  tokens: string[];
  actor: KnownActor;
  /** Short one-word names ("Tana", "Eid", "Time") match only when written with a capital. */
  needsCapital: boolean;
  /** Names of places and people take no definite or plural ending, only the genitive. */
  properName: boolean;
  /** An abbreviation ("SUM", "HOD", "KS") matches only in capitals: "Sum" heads a table's total row. */
  acronym: boolean;
}

const PROPER_KINDS = new Set(["MUNICIPALITY", "COUNTY", "REGION", "PERSON"]);

const CAPITAL = /^\p{Lu}/u;
const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*-?/gu;
// Endings of the definite, plural and genitive forms of a name's last word: "kommunes",
// "Helsedirektoratets", "Region Syddanmarks", "fylkeskommunen".
const ENDINGS = new Set(["s", "en", "et", "a", "ene", "ane", "ens", "ets", "erne", "es", "e", "n", "r", "er", "ar", "ernes"]);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], folded: fold(m[0]), capitalised: CAPITAL.test(m[0]) });
  return out;
}

/** The names of every actor, with the inflected and suffixed forms a text writes them in. */
export class Gazetteer {
  private readonly byPrefix = new Map<string, Form[]>();
  readonly actors: KnownActor[];

  constructor(actors: KnownActor[]) {
    this.actors = actors;
    for (const actor of actors) {
      for (const form of formsOf(actor)) {
        const tokens = tokenize(form).map((t) => t.folded);
        if (tokens.length === 0 || tokens.join("").length < 2) continue;
        const key = tokens[0]!.slice(0, 2);
        const list = this.byPrefix.get(key) ?? [];
        const properName = PROPER_KINDS.has(actor.kind) && !/kommune|fylke/i.test(form);
        // Bodies are common nouns too ("pressemeldingen fra regjeringen"); places need the capital.
        list.push({ tokens, actor, needsCapital: properName && tokens.length === 1 && /^\p{Lu}/u.test(form) && tokens[0]!.length < 12, properName, acronym: /^\p{Lu}{2,6}$/u.test(form) });
        this.byPrefix.set(key, list);
      }
    }
  }

  get size(): number {
    return this.actors.length;
  }

  /** The longest known name starting at each word, left to right, never overlapping. */
  find(text: string, tokens: Token[] = tokenize(text)): KnownMatch[] {
    const out: KnownMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = this.longestAt(text, tokens, i);
      if (!best) {
        i += 1;
        continue;
      }
      out.push({ start: tokens[i]!.start, end: tokens[i + best.length - 1]!.end, candidates: best.actors });
      i += best.length;
    }
    return out;
  }

  private longestAt(text: string, tokens: Token[], i: number): { length: number; actors: KnownActor[]; typo: boolean } | null {
    const first = tokens[i]!;
    let best: { length: number; actors: KnownActor[]; typo: boolean } | null = null;
    for (const form of this.byPrefix.get(first.folded.slice(0, 2)) ?? []) {
      const n = form.tokens.length;
      if (i + n > tokens.length || (best && n < best.length)) continue;
      if (form.needsCapital && !first.capitalised) continue;
      if (form.acronym && !/^\p{Lu}+s?$/u.test(first.text)) continue;
      let ok = true;
      let typo = false;
      for (let k = 0; k < n && ok; k += 1) {
        const t = tokens[i + k]!;
        if (k > 0 && !joinsName(tokens[i + k - 1]!, text.slice(tokens[i + k - 1]!.end, t.start))) ok = false;
        else {
          const same = sameWord(t.folded, form.tokens[k]!, k === n - 1, form.properName, t.capitalised);
          ok = same !== null;
          typo ||= same === "typo";
        }
      }
      if (!ok) continue;
      // A name spelt right beats one a letter apart: "Kristiansand" is not also Kristiansund.
      if (!best || n > best.length || (best.typo && !typo)) best = { length: n, actors: [form.actor], typo };
      else if (!best.actors.includes(form.actor) && (typo === best.typo)) best.actors.push(form.actor);
    }
    return best;
  }
}

/**
 * Words of one name are separated by spaces only, never by a comma or a full stop, except the
 * full stop of "St." ("St. Olavs hospital" for St Olavs Hospital HF).
 */
function joinsName(prev: Token, gap: string): boolean {
  return /^[ \u00a0]+$/.test(gap) || (prev.folded === "st" && /^\.[ \u00a0]+$/.test(gap));
}

function formsOf(actor: KnownActor): string[] {
  const names = new Set<string>();
  for (const n of [actor.name, ...actor.aliases]) {
    const base = n.replace(/\s*\([^)]*\)\s*/g, " ").replace(/\s+/g, " ").trim();
    if (!base) continue;
    names.add(base);
    // "Deatnu - Tana", "Hammerfest - Hámmerfeasta": each language's form alone
    if (base.includes(" - ")) base.split(" - ").forEach((p) => names.add(p.trim()));
  }
  const out = new Set(names);
  for (const n of names) {
    if (actor.kind === "MUNICIPALITY" && !/kommune$/i.test(n)) {
      out.add(`${n} kommune`);
      // Some official names put the place in the genitive: "Københavns Kommune".
      if (!/s$/i.test(n)) out.add(`${n}s kommune`);
      // Some Norwegian municipalities call themselves "herad": "Voss herad", "Ulvik herad".
      if (actor.country === "NO") out.add(`${n} herad`);
      // Bornholm calls itself a regional municipality: "Bornholms Regionskommune".
      if (actor.country === "DK") out.add(`${/s$/i.test(n) ? n : `${n}s`} regionskommune`);
    }
    if (actor.kind === "COUNTY") {
      out.add(`${n} fylkeskommune`);
      out.add(`${n} fylke`);
    }
    if (actor.kind === "POOL") poolPhrases(n).forEach((p) => out.add(p));
  }
  return [...out];
}

/**
 * A Norwegian pool named as a compound of its purpose and "midler" ("Samhandlingsmidler") is
 * written out as the purpose in texts: "midler til samhandling", "satsingen på samhandling".
 */
function poolPhrases(name: string): string[] {
  const m = /^(\p{L}{4,}?)s?mid(?:ler|lar|lene|lane)$/iu.exec(name);
  if (!m || / /.test(name)) return [];
  const purpose = m[1]!.toLowerCase();
  return [
    ...["midler", "midlar", "midlene", "midla"].map((w) => `${w} til ${purpose}`),
    ...["satsing", "satsingen", "satsinga", "satsning", "satsningen"].map((w) => `${w} på ${purpose}`),
  ];
}

/**
 * Equal after folding ("same"); the last word may carry an inflection; long capitalised words may
 * have one typo ("typo"); null when the word is another.
 */
function sameWord(text: string, form: string, last: boolean, properName: boolean, capitalised: boolean): "same" | "typo" | null {
  if (text === form) return "same";
  // A short proper name takes only the genitive: "Tanas", never "Kleppa" for Klepp.
  if (properName) return last && text === `${form}s` ? "same" : null;
  if (last && text.startsWith(form) && ENDINGS.has(text.slice(form.length))) return "same";
  // Nynorsk writes the definite forms bokmål writes -en and -ene as -a and -ane: "regjeringa", "kommunane".
  if (last && form.endsWith("ene") && text === `${form.slice(0, -3)}ane`) return "same";
  if (last && form.endsWith("en") && text === `${form.slice(0, -2)}a`) return "same";
  // One typo in a long word; a word that only lacks or adds a last letter differs in its
  // ending, which is grammar ("kommunen", the municipality, is not "kommunene", all of them).
  // Only in a word written as a name: in lower case a letter apart is another word
  // ("kommunale", municipal, is not "kommunane").
  if (capitalised && form.length >= 8 && text[0] === form[0] && Math.abs(text.length - form.length) <= 1 && !text.startsWith(form) && !form.startsWith(text)) return withinOneEdit(text, form) ? "typo" : null;
  return null;
}

function withinOneEdit(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}
