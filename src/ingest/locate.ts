import fs from "node:fs";
import { dataFile } from "../text/data-files.js";
import { lineAt } from "../text/lines.js";
import type { Batch, EvidenceFact } from "./facts.js";

/** The stored text of every source that has one: given with the source, or its file in the data folder. */
export type SourceTexts = (sourceId: string) => string | null;

export function sourceTexts(dataDir: string, batches: Batch[]): SourceTexts {
  const cache = new Map<string, string | null>();
  const sources = new Map(batches.flatMap((b) => b.sources).map((s) => [s.id, s]));
  return (sourceId) => {
    if (!cache.has(sourceId)) {
      const s = sources.get(sourceId);
      const file = s?.file ? dataFile(dataDir, s.file) : null;
      cache.set(sourceId, s?.text ?? (file ? fs.readFileSync(file, "utf8") : null));
    }
    return cache.get(sourceId)!;
  };
}

/**
 * Gives each quote its place in its source's stored text (`textOf`, the reader validation used): the first place it stands verbatim,
 * as character offsets (String.slice, so `text.slice(start, end) === quote`) and the line it
 * starts on. A quote that stands only with other spacing keeps no offsets, and a source with no
 * stored text gives none. A locator the file states is kept; otherwise it becomes "line N".
 */
export function locateEvidence(textOf: SourceTexts, batches: Batch[]): void {
  const locate = (ev: EvidenceFact) => {
    const text = textOf(ev.sourceId);
    const start = text === null ? -1 : text.indexOf(ev.quote);
    if (start < 0) return;
    ev.start = start;
    ev.end = start + ev.quote.length;
    ev.line = lineAt(text!, start);
    ev.locator ??= `line ${ev.line}`;
  };
  for (const b of batches) {
    for (const x of [...b.actors, ...b.funding, ...b.relations]) x.evidence.forEach(locate);
    b.attachments.forEach((a) => locate(a.evidence));
  }
}
