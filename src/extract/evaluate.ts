import path from "node:path";
import type { Batch } from "../ingest/facts.js";
import { fold } from "../text/fold.js";
import type { ExtractedFunding } from "./extraction.model.js";
import type { Gazetteer } from "./gazetteer.js";
import { findMoney } from "./money.js";

/** One hand-read funding fact: the payer and recipient as a person wrote them. */
export interface GoldRow {
  document: string;
  payer: string;
  recipient: string;
  amount: string;
  currency: string;
  year: string;
  /** Ids, when the gold comes from the curated files rather than from a person's reading. */
  payerId?: string | null;
  recipientId?: string | null;
  /**
   * The actor the graph knows by the row's whole name, when it knows one: a person may write a
   * trust's other name ("Finnmarkssykehuset HF" for Helse Finnmark HF) where the text refers to it
   * as "helseforetaket", which the extractor resolved to that actor.
   */
  payerKnown?: string | null;
  recipientKnown?: string | null;
}

/** How many facts the gold has, the extractor found, and the two share, with the ratios. */
export interface Counts {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentScore extends Counts {
  document: string;
  payerCorrect: number;
  /** Matched facts whose payer is not the gold row's: the row and what the extractor named. */
  wrongPayer: { gold: GoldRow; extracted: ExtractedFunding }[];
  missed: GoldRow[];
  spurious: ExtractedFunding[];
}

// A gold recipient a person described instead of naming: "kommunene i Trøndelag (not named)",
// "37 kommuner (not named)", "hospitalerne i Region Midtjylland (collective)", "11 kommuner … (total)".
const UNNAMED_MARK = /\((?:[^)]*;\s*)?(?:[^)]*\b(?:not named|collective|nationwide)\b[^)]*)\)/i;
const COLLECTIVE_HEAD = /^(?:\d+\s+|de\s+|dei\s+|the\s+)?(?:\p{L}+\s+){0,2}(kommun|fylkeskommun|prosjekt|projekt|samhandlingsprosjekt|hospital|sykehus|helsestasjon|sundhedshus|læge- og sundhedshus|helseforetak)/iu;
const STOP = new Set(["og", "and", "i", "in", "the", "de", "til", "for", "af", "av", "together", "joint", "jointly"]);

// A head noun after a capitalised word is that body's name: "Hitra kommune", "Odense Universitetshospital".
const NAMED_HEAD = /^(?!(?:De|Dei|The|Alle|Kommun\p{L}*|Fylkeskommun\p{L}*|Prosjekt\p{L}*|Projekt\p{L}*|Samhandlingsprosjekt\p{L}*|Hospital\p{L}*|Sykehus\p{L}*|Helsestasjon\p{L}*|Sundhedshus\p{L}*|Helseforetak\p{L}*)\s)\p{Lu}[\p{L}-]*\s+\p{L}/u;

/** A gold name without the reader's notes in brackets: "Sauda kommune (tiltak innan rus)" → "Sauda kommune ". */
const withoutNotes = (name: string) => name.replace(/\([^)]*\)/g, "");

/** Gold recipient with no name of its own: matched only by an extraction that names no one. */
export function goldIsUnnamed(recipient: string): boolean {
  const r = recipient.trim();
  const head = withoutNotes(r).trim();
  return r === "" || UNNAMED_MARK.test(r) || (COLLECTIVE_HEAD.test(fold(head)) && !NAMED_HEAD.test(head));
}

// A gold row for bodies that receive together: marked so, or two names each with its kind
// ("Haderslev Kommune og Region Syddanmark"); not one body named with "og" ("Herlev og Gentofte
// Hospital", "Helse Møre og Romsdal HF").
const JOINT_MARK = /\((?:[^)]*\b(?:joint|jointly|together)\b[^)]*)\)/i;
const KIND_WORD = /(?<![\p{L}])(?:kommune|kommuner|kommunar|herad|region|regionen|hospital|sygehus|sykehus|hf|rhf|fylkeskommune|universitetshospital)(?![\p{L}])/iu;
export function goldIsJoint(recipient: string): boolean {
  if (JOINT_MARK.test(recipient)) return true;
  const parts = withoutNotes(recipient).split(/\s+(?:og|and)\s+|,\s+/);
  return parts.length >= 2 && parts.every((p) => KIND_WORD.test(p));
}

/** Folded content words, with plural and definite endings taken off: "Ulstein kommune" → {ulstein}. */
export function nameWords(name: string): Set<string> {
  const words = fold(name.replace(/\([^)]*\)/g, " ")).split(/[^a-z0-9]+/).filter(Boolean);
  const content = new Set(words.map(stem).filter((w) => w.length > 1 && !STOP.has(w)));
  // "kommune" tells only the kind: "Ulstein kommune" is Ulstein, but "kommunene" is itself the name.
  if (content.size > 1) content.delete("kommun");
  return content;
}

function stem(w: string): string {
  if (/^kommun/.test(w)) return "kommun";
  return w.replace(/(erne|ene|ane|ens|ets|en|et|er|ar|s|e)$/, (m) => (w.length - m.length >= 4 ? "" : m));
}

/**
 * A folded name match: every content word of the shorter name is in the longer one. A null
 * name matches only a gold row without a named recipient, and such a row matches only a null
 * name or an unnamed collective the extractor gave no id.
 */
export function sameRecipient(gold: string, extracted: ExtractedFunding["recipient"]): boolean {
  if (extracted.name === null) return goldIsUnnamed(gold);
  // Bodies that receive together are not one of them: "Odense Kommune og Odense
  // Universitetshospital" does not match a gold row for the hospital alone.
  if ((extracted.members?.length ?? 0) >= 2 && !goldIsJoint(gold) && !goldIsUnnamed(gold)) return false;
  // A row the reader marked as naming no one is not matched by one actor the extractor resolved
  // ("kommunene i Østfold (not named)" is not Østfold fylkeskommune); a group may be it.
  if (UNNAMED_MARK.test(gold) && extracted.id && !extracted.id.includes(":group:")) return false;
  // A place and the trust named after it are two bodies: the municipality Bergen is not "Helse
  // Bergen HF", though every word of one is in the other.
  if (extracted.id && /:kommune:/.test(extracted.id) && TRUST_WORD.test(withoutNotes(gold))) return false;
  return sameNameOrActor(gold, extracted);
}

const TRUST_WORD = /(?<![\p{L}])(?:HF|RHF|[Hh]else\s+\p{Lu}|\p{L}*[Ss]ykehus\p{L}*|\p{L}*[Ss]jukehus\p{L}*|\p{L}*[Ss]ygehus\p{L}*|\p{L}*[Hh]ospital\p{L}*)(?![\p{L}])/u;

export function samePayer(gold: string, extracted: ExtractedFunding["payer"]): boolean {
  if (extracted.name !== null) return sameNameOrActor(gold, extracted);
  // A group that pays, as the text names it ("regionerne selv skal lægge …"): the gold row that
  // names the same group as a collective.
  if (extracted.mention && UNNAMED_MARK.test(gold) && /collective/i.test(gold) && sameName(gold, extracted.mention)) return true;
  return /not named/i.test(gold) || gold.trim() === "";
}

/**
 * The name as the text spells it, or the graph's name of the actor it was resolved to: a
 * source's misspelling ("Fylkemannen i Rogaland") resolved to the right actor is the right party.
 */
function sameNameOrActor(gold: string, extracted: { name: string | null; label?: string | null }): boolean {
  return sameName(gold, extracted.name!) || (!!extracted.label && sameName(gold, extracted.label));
}

function sameName(x: string, y: string): boolean {
  const a = nameWords(x);
  const b = nameWords(y);
  if (a.size === 0 || b.size === 0) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return [...small].every((w) => large.has(w));
}

/** The one actor the gazetteer knows by the whole of a gold name (its notes in brackets aside), or null. */
export function knownActorOf(name: string, gazetteer: Gazetteer): string | null {
  const bare = withoutNotes(name).trim();
  const found = gazetteer.find(bare);
  if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.end !== bare.length) return null;
  const ids = new Set(found[0]!.candidates.map((a) => a.id));
  return ids.size === 1 ? [...ids][0]! : null;
}

/** Gold rows with the actors their names are, where the graph knows them by those names. */
export function withKnownActors(gold: GoldRow[], gazetteer: Gazetteer): GoldRow[] {
  return gold.map((g) => ({ ...g, payerKnown: knownActorOf(g.payer, gazetteer), recipientKnown: knownActorOf(g.recipient, gazetteer) }));
}

const sameKnown = (known: string | null | undefined, extracted: { id: string | null }) => !!known && known === extracted.id;

/** Matches one document's facts to its gold rows one to one, by amount, currency and recipient. */
export function scoreDocument(document: string, gold: GoldRow[], facts: ExtractedFunding[]): DocumentScore {
  const used = new Set<number>();
  let matched = 0;
  const missed: GoldRow[] = [];
  const wrongPayer: DocumentScore["wrongPayer"] = [];
  // Named gold rows first, so an unnamed extraction is not spent on a row a named one fits.
  const order = [...gold].sort((x, y) => Number(goldIsUnnamed(x.recipient)) - Number(goldIsUnnamed(y.recipient)));
  for (const g of order) {
    const fits = (f: ExtractedFunding) => (g.recipientId && f.recipient.id ? g.recipientId === f.recipient.id : sameRecipient(g.recipient, f.recipient) || sameKnown(g.recipientKnown, f.recipient));
    const i = facts.findIndex((f, k) => !used.has(k) && f.amount === g.amount && f.currency === g.currency && fits(f));
    if (i < 0) {
      missed.push(g);
      continue;
    }
    used.add(i);
    matched += 1;
    const p = facts[i]!.payer;
    if (!(g.payerId && p.id ? g.payerId === p.id : samePayer(g.payer, p) || sameKnown(g.payerKnown, p))) wrongPayer.push({ gold: g, extracted: facts[i]! });
  }
  const precision = facts.length === 0 ? (gold.length === 0 ? 1 : 0) : matched / facts.length;
  const recall = gold.length === 0 ? 1 : matched / gold.length;
  return {
    document, gold: gold.length, extracted: facts.length, matched, precision, recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    payerCorrect: matched - wrongPayer.length, wrongPayer, missed, spurious: facts.filter((_, k) => !used.has(k)),
  };
}

export interface OverallScore extends Counts {
  payerAccuracy: number;
}

export function overall(scores: DocumentScore[]): OverallScore {
  const sum = (f: (s: DocumentScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const gold = sum((s) => s.gold);
  const extracted = sum((s) => s.extracted);
  const matched = sum((s) => s.matched);
  const precision = extracted === 0 ? 0 : matched / extracted;
  const recall = gold === 0 ? 0 : matched / gold;
  return { gold, extracted, matched, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), payerAccuracy: matched === 0 ? 0 : sum((s) => s.payerCorrect) / matched };
}

/**
 * Gold rows of the seeds: the curated funding records, each cited to its document's file. A
 * record whose amount its quotes do not state (a base the curators derived by subtraction) is
 * not something a reader of the text can find, so it is not gold.
 */
export function curatedGold(dataDir: string, batches: Batch[]): { dir: string; gold: GoldRow[] } {
  const actors = new Map(batches.flatMap((b) => b.actors).map((a) => [a.id, a.name]));
  const files = new Map(batches.flatMap((b) => b.sources).filter((s) => s.file?.startsWith("documents/")).map((s) => [s.id, path.basename(s.file!)]));
  const gold: GoldRow[] = [];
  for (const f of batches.flatMap((b) => b.funding)) {
    const doc = f.evidence.map((e) => files.get(e.sourceId)).find(Boolean);
    if (!doc) continue;
    const stated = f.evidence.some((e) => (["nb", "da"] as const).some((lang) => findMoney(e.quote, lang).some((m) => m.value === f.amount)));
    if (!stated) continue;
    gold.push({ document: doc, payer: actors.get(f.payerId) ?? f.payerId, recipient: actors.get(f.recipientId) ?? f.recipientId, amount: f.amount.toString(), currency: f.currency, year: f.fiscalYear ? String(f.fiscalYear) : "", payerId: f.payerId, recipientId: f.recipientId });
  }
  return { dir: path.join(dataDir, "documents"), gold };
}
