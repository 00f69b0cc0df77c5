import { fold } from "../text/fold.js";
import type { ExtractedRelation } from "./extraction.model.js";
import { validOn, type Gazetteer, type KnownActor } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import type { Sentence } from "./segments.js";
import { lineAt } from "../text/lines.js";

// A minister's title before a name: "helse- og omsorgsminister Anne-Grete Strøm-Erichsen",
// "sundhedsminister Ellen Trane Nørby", also opening a sentence ("Sundhedsminister Magnus
// Heunicke glæder sig …"). The title says which ministry the person heads.
const MINISTER = /(?<![\p{L}-])([hH]else- og omsorgsminister(?:en)?|[hH]elseminister(?:en)?|[sS]undhedsminister(?:en)?|[sS]undheds- og ældreminister(?:en)?|[sS]undheds- og forebyggelsesminister(?:en)?|[iI]ndenrigs- og sundhedsminister(?:en)?)\s+(?:\([^)]*\)\s+)?(?:fra \p{Lu}\p{L}+\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,3})/gu;

/** "X is minister" sentences as HEADS relations from the person to the ministry valid on the date. */
export function relationFacts(text: string, sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer, opts: { country: string; date: string | null }): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(MINISTER)) {
    const nameStart = m.index! + m[0].length - m[2]!.length;
    const sentence = sentences.find((s) => s.start <= m.index! && s.end >= nameStart + m[2]!.length);
    if (!sentence) continue;
    const person = mentions.find((x) => x.start === nameStart && x.actor?.kind === "PERSON")?.actor ?? personNamed(gazetteer, m[2]!, opts.country);
    const ministry = healthMinistry(gazetteer, opts.country, opts.date, m[1]!);
    const key = fold(person?.name ?? m[2]!);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      type: "HEADS",
      subject: { id: person?.id ?? null, name: m[2]!, label: person?.name ?? null, ...(person ? {} : { unresolved: "not in the graph" }) },
      object: { id: ministry?.id ?? null, name: ministry?.name ?? null, label: ministry?.name ?? null, ...(ministry ? {} : { unresolved: opts.date ? `no health ministry valid on ${opts.date}` : "the document's date is not known" }) },
      validOn: opts.date,
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
      line: lineAt(text, sentence.start),
      confidence: person && ministry ? 0.9 : 0.6,
      rule: `relation:minister-title(${fold(m[1]!)})`,
    });
  }
  return out;
}

function personNamed(g: Gazetteer, name: string, country: string): KnownActor | null {
  const f = fold(name);
  return g.actors.find((a) => a.kind === "PERSON" && a.country === country && [a.name, ...a.aliases].some((n) => fold(n) === f)) ?? null;
}

/**
 * The ministry responsible for health in the country on the date, as the graph dates it. Where
 * two are valid that day (Sundheds- og Ældreministeriet and Sundhedsministeriet in 2021–2022),
 * the one the title names: a "sundhedsminister" heads the "Sundhedsministeriet".
 */
function healthMinistry(g: Gazetteer, country: string, date: string | null, title: string): KnownActor | null {
  if (!date) return null;
  const word = country === "DK" ? "sundhed" : "helse";
  const valid = g.actors.filter((a) => a.kind === "MINISTRY" && a.country === country && fold(a.name).includes(word) && validOn(a, date));
  if (valid.length === 1) return valid[0]!;
  const named = `${fold(title).replace(/en$/, "")}iet`;
  const byTitle = valid.filter((a) => fold(a.name) === named);
  return byTitle.length === 1 ? byTitle[0]! : null;
}
