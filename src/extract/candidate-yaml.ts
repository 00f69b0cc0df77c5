import { stringify } from "yaml";
import { slug } from "../text/fold.js";
import type { Extraction, ExtractedFunding, PartyRef } from "./extraction.model.js";

/** Ids of a document's source and candidates, readable and stable for the same file name. */
export function candidateIds(docSlug: string, country: string) {
  const c = country === "DK" ? "dk" : "no";
  return {
    sourceId: `doc:${docSlug}`,
    flowId: (f: ExtractedFunding, i: number) => `flow:${c}:${f.year ?? "undated"}:${docSlug}-${i + 1}`,
    relationId: (i: number) => `rel:heads:${docSlug}-${i + 1}`,
  };
}

export const docSlugOf = (fileName: string) => slug(fileName.replace(/\.[a-z]+$/i, "")).slice(0, 80) || "document";

const nameOf = (p: PartyRef) => p.name ?? p.mention ?? null;

/**
 * The extraction as a curated file: the source (its stored text in `textFile`) and every fact
 * as a record marked `review.status: candidate`. `db:load` refuses a candidate until a person
 * sets it to `accepted` (after filling in any id the extractor could not resolve) or `rejected`.
 */
export function candidateYaml(ex: Extraction, opts: { docSlug: string; textFile: string; country: string }): string {
  const ids = candidateIds(opts.docSlug, opts.country);
  const sourceId = ids.sourceId;
  const published = ex.source.published ?? undefined;
  const doc = {
    sources: [{
      id: sourceId,
      kind: "DOCUMENT",
      title: ex.source.title ?? opts.docSlug,
      ...(ex.source.publisher ? { publisher: ex.source.publisher } : {}),
      ...(published ? { published } : {}),
      language: ex.source.language,
      ...(ex.source.url && /^https?:\/\//.test(ex.source.url) ? { url: ex.source.url } : {}),
      file: opts.textFile,
      note: "added by npm run ingest; every quote below stands verbatim in this file",
    }],
    funding: ex.funding.map((f, i) => ({
      id: ids.flowId(f, i),
      payer: f.payer.id,
      recipient: f.recipient.id,
      amount: f.amount,
      currency: f.currency,
      flowType: "GRANT",
      status: f.status,
      ...(f.year ? { fiscalYear: f.year } : {}),
      ...(f.partOf !== null ? { partOf: ids.flowId(ex.funding[f.partOf]!, f.partOf) } : {}),
      ...(f.approximate ? { note: `the text gives the amount as '${f.approximate}' this figure` } : {}),
      evidence: [{ source: sourceId, quote: f.quote, locator: `line ${f.line}, characters ${f.start}-${f.end}` }],
      review: {
        status: "candidate",
        confidence: f.confidence,
        rule: f.rule,
        ...(nameOf(f.payer) && !f.payer.id ? { payerName: nameOf(f.payer)! } : {}),
        ...(nameOf(f.recipient) && !f.recipient.id ? { recipientName: nameOf(f.recipient)! } : {}),
      },
    })),
    relations: ex.relations.map((r, i) => ({
      id: ids.relationId(i),
      type: r.type,
      category: "GOVERNANCE",
      subject: r.subject.id,
      object: r.object.id,
      // The text shows the term holding on its own date, no more: the registries date the term.
      ...(r.validOn ? { validFrom: r.validOn, validTo: r.validOn } : {}),
      evidence: [{ source: sourceId, quote: r.quote, locator: `line ${r.line}, characters ${r.start}-${r.end}` }],
      review: {
        status: "candidate",
        confidence: r.confidence,
        rule: r.rule,
        ...(!r.subject.id && r.subject.name ? { subjectName: r.subject.name } : {}),
        ...(!r.object.id && r.object.name ? { objectName: r.object.name } : {}),
      },
    })),
  };
  const header = [
    `# Candidates extracted from ${opts.textFile} by npm run ingest.`,
    "# Review each record against its quote: fix what is wrong, fill in every null id (the",
    "# extractor's reading of the name is in review.payerName / recipientName), then set",
    "# review.status to accepted, or to rejected to leave the record out. db:load refuses",
    "# records still marked candidate.",
    "",
  ].join("\n");
  return header + stringify(doc, { lineWidth: 0 });
}
