import fs from "node:fs";
import path from "node:path";
import { isRelationType, RELATION_TYPE_LIST } from "../relations/relation-types.js";
import { isDataPath } from "../text/data-files.js";
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from "yaml";
import { z } from "zod";
import { parseLooseDate } from "./dates.js";
import { DataError, emptyBatch, type Batch, type EvidenceFact, type Loc } from "./facts.js";
import { CURRENCY, CURRENCY_HINT } from "../funding/money.js";

const ID = z.string().regex(/^[a-z][a-z0-9-]*(:[\p{L}\p{N}._@-]+)+$/u, "must be a readable id like 'no:ministry:hod' (lower-case prefix, colon-separated)");
const LOOSE_DATE = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");
const COUNTRY = z.enum(["NO", "DK"]);
const KIND = z.enum(["MINISTRY", "PERSON", "DIRECTORATE", "MUNICIPAL_ASSOCIATION", "REGIONAL_HEALTH_TRUST", "HEALTH_TRUST", "COUNTY_GOVERNOR", "COUNTY", "REGION", "MUNICIPALITY", "BODY", "ORGANISATION", "GROUP", "POOL"]);

const evidence = z.strictObject({
  source: ID,
  // How long a quote must be is checked with every other evidence rule in validate.ts, for files and API writes alike.
  quote: z.string(),
  locator: z.string().optional(),
});

const source = z.strictObject({
  id: ID,
  kind: z.enum(["DOCUMENT", "DATASET"]),
  title: z.string().min(1),
  publisher: z.string().optional(),
  published: LOOSE_DATE.optional(),
  publishedDerivation: z.string().optional(),
  language: z.string().optional(),
  url: z.string().url().optional(),
  licence: z.string().optional(),
  file: z.string().refine(isDataPath, "must be a path inside the data folder: relative, without '..'").optional(),
  /** The stored text itself, for facts imported through the API, which cannot add files. */
  text: z.string().min(1).max(2_000_000).optional(),
  note: z.string().optional(),
});

const actor = z.strictObject({
  id: ID,
  kind: KIND,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  country: COUNTRY,
  officialId: z.strictObject({ scheme: z.string(), value: z.string() }).optional(),
  validFrom: LOOSE_DATE.optional(),
  validTo: LOOSE_DATE.optional(),
  validityNote: z.string().optional(),
  description: z.string().optional(),
  memberKind: KIND.optional(),
  evidence: z.array(evidence).min(1, "every actor cites at least one source"),
});

const programme = z.strictObject({ id: ID, name: z.string().min(1), country: COUNTRY, description: z.string().optional() });

/** How an extracted record was reviewed (npm run ingest writes `candidate`; a person decides). */
const review = z.strictObject({
  status: z.enum(["candidate", "accepted", "rejected"]),
  confidence: z.number().min(0).max(1).optional(),
  rule: z.string().optional(),
  payerName: z.string().optional(),
  recipientName: z.string().optional(),
  subjectName: z.string().optional(),
  objectName: z.string().optional(),
  note: z.string().optional(),
});

const funding = z.strictObject({
  id: ID,
  payer: ID,
  recipient: ID,
  amount: z.union([z.string(), z.number()]).transform((v) => String(v)).pipe(z.string().regex(/^\d+$/, "must be a whole, non-negative number of currency units (no decimals, no separators)")),
  currency: z.string().regex(CURRENCY, `must be ${CURRENCY_HINT}`),
  flowType: z.enum(["BUDGET_ALLOCATION", "GRANT", "TRANSFER", "POOL", "CO_FINANCING"]),
  status: z.enum(["PROPOSED", "ANNOUNCED", "ALLOCATED", "DISBURSED"]),
  fiscalYear: z.number().int().min(1900).max(2100).optional(),
  date: LOOSE_DATE.optional(),
  purpose: z.string().optional(),
  programme: ID.optional(),
  partOf: ID.optional(),
  passesOn: ID.optional(),
  note: z.string().optional(),
  evidence: z.array(evidence).min(1, "every amount cites the sentence that states it"),
  review: review.optional(),
});

const relation = z.strictObject({
  id: ID,
  type: z.string().refine(isRelationType, `must be one of the relation types: ${RELATION_TYPE_LIST}`),
  category: z.enum(["GOVERNANCE", "COOPERATION", "SUCCESSION", "MEMBERSHIP"]),
  subject: ID,
  object: ID,
  validFrom: LOOSE_DATE.optional(),
  validTo: LOOSE_DATE.optional(),
  validityNote: z.string().optional(),
  role: z.string().optional(),
  note: z.string().optional(),
  quantity: z.strictObject({ value: z.number().positive(), unit: z.string().min(1) }).optional(),
  evidence: z.array(evidence).min(1, "every relation cites the sentence that states it"),
  review: review.optional(),
});

const attachment = z.strictObject({ record: ID, source: ID, quote: z.string(), locator: z.string().optional() });

const SECTIONS = { sources: source, actors: actor, programmes: programme, funding, relations: relation, evidence: attachment } as const;
type Section = keyof typeof SECTIONS;

const ISO_CURRENCIES = new Set(["NOK", "DKK", "SEK", "EUR", "USD", "GBP", "ISK", "CHF"]);

function toEvidence(e: z.infer<typeof evidence>): EvidenceFact {
  return { sourceId: e.source, quote: e.quote, locator: e.locator ?? null };
}

/**
 * Reads one curated YAML file into a batch. Every problem is reported with the file, the
 * line of the offending record, the record's index and id, and the field.
 */
export function readCuratedFile(dataDir: string, relPath: string): { batch: Batch; errors: DataError[] } {
  return readCuratedText(fs.readFileSync(path.join(dataDir, relPath), "utf8"), relPath);
}

/** The same for a YAML document given as text (the importFacts mutation); `name` labels errors. */
export function readCuratedText(text: string, relPath: string, opts: { fromApi?: boolean } = {}): { batch: Batch; errors: DataError[] } {
  const batch = emptyBatch(relPath);
  const errors: DataError[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  for (const err of doc.errors) {
    // prettyErrors is off (its message embeds the source), so the line comes from the error's offset.
    errors.push(new DataError({ file: relPath, line: err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line, record: "document" }, "(yaml)", err.message.split("\n")[0]!));
  }
  if (errors.length > 0) return { batch, errors };
  const root = doc.contents;
  if (!isMap(root)) {
    errors.push(new DataError({ file: relPath, line: 1, record: "document" }, "(root)", `must be a mapping with sections ${Object.keys(SECTIONS).join(", ")}`));
    return { batch, errors };
  }
  // Plain values with YAML anchors and aliases resolved; nodes are kept for line numbers.
  let js: Record<string, unknown[]>;
  try {
    js = doc.toJS() as Record<string, unknown[]>;
  } catch (e) {
    // The yaml library refuses aliases that would expand beyond its limit (a "billion laughs").
    errors.push(new DataError({ file: relPath, line: 1, record: "document" }, "(yaml)", `cannot be expanded: ${(e as Error).message}`));
    return { batch, errors };
  }
  for (const pair of root.items) {
    const section = String((pair.key as { value?: unknown })?.value ?? pair.key) as Section;
    const keyLine = lineOf(pair.key as YamlNode);
    if (!(section in SECTIONS)) {
      errors.push(new DataError({ file: relPath, line: keyLine, record: "document" }, section, `unknown section; expected one of ${Object.keys(SECTIONS).join(", ")}`));
      continue;
    }
    const seq = pair.value;
    if (!isSeq(seq)) {
      errors.push(new DataError({ file: relPath, line: keyLine, record: section }, section, "must be a list"));
      continue;
    }
    seq.items.forEach((item, index) => {
      const json = (js[section] ?? [])[index] as Record<string, unknown>;
      const id = typeof json?.id === "string" ? json.id : typeof json?.record === "string" ? json.record : undefined;
      const loc: Loc = { file: relPath, line: lineOf(item as YamlNode), record: `${section}[${index}]${id ? ` (${id})` : ""}` };
      const decision = reviewDecision(json, item, lineOf, loc);
      if (decision === "skip") return;
      if (decision) {
        errors.push(...decision);
        return;
      }
      const parsed = SECTIONS[section].safeParse(json);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          // Point at the field's own line when the YAML node can be found.
          const fieldNode = isMap(item) ? (item.get(issue.path[0] as string, true) as YamlNode | undefined) : undefined;
          errors.push(new DataError({ ...loc, line: fieldNode ? lineOf(fieldNode) : loc.line }, issue.path.join(".") || "(record)", issue.message));
        }
        return;
      }
      if (opts.fromApi && section === "sources" && (parsed.data as { file?: string }).file !== undefined) {
        const fieldNode = isMap(item) ? (item.get("file", true) as YamlNode | undefined) : undefined;
        errors.push(new DataError({ ...loc, line: fieldNode ? lineOf(fieldNode) : loc.line }, "file", "a source imported through the API gives its stored text as 'text', not a path"));
        return;
      }
      addRecord(batch, section, parsed.data, loc, errors);
    });
  }
  return { batch, errors };
}

const PARTY_FIELDS = [["payer", "payerName"], ["recipient", "recipientName"], ["subject", "subjectName"], ["object", "objectName"]] as const;

/**
 * Extracted records carry `review`: a rejected one is left out, an unreviewed candidate is an
 * error until a person decides, and an accepted one must have every party's id filled in.
 */
function reviewDecision(json: Record<string, unknown>, item: unknown, lineOf: (n: YamlNode | null | undefined) => number, loc: Loc): "skip" | DataError[] | null {
  const r = json?.review as Record<string, unknown> | undefined;
  if (!r || typeof r !== "object") return null;
  const at = (field: string) => ({ ...loc, line: isMap(item) ? lineOf(item.get(field, true) as YamlNode | undefined) : loc.line });
  if (r.status === "rejected") return "skip";
  if (r.status === "candidate") {
    return [new DataError(at("review"), "review.status", `an extracted candidate (confidence ${String(r.confidence ?? "?")}) that nobody has reviewed: check it against its quote, then set review.status to accepted, or to rejected to leave it out`)];
  }
  const missing = PARTY_FIELDS.filter(([field]) => field in json && (json[field] === null || json[field] === ""));
  if (missing.length > 0) {
    return missing.map(([field, nameField]) => new DataError(at(field), field, `no actor id: the extractor read ${r[nameField] ? `'${String(r[nameField])}'` : "no name"}; give the actor's id (npm run db:load lists ids in errors; the API's search finds them), or add the actor to data/curated/actors.yaml`));
  }
  return null;
}

function loose(value: string | undefined, edge: "start" | "end") {
  return parseLooseDate(value, edge);
}

function addRecord(batch: Batch, section: Section, data: unknown, loc: Loc, errors: DataError[]): void {
  switch (section) {
    case "sources": {
      const s = data as z.infer<typeof source>;
      const pub = loose(s.published, "start");
      batch.sources.push({
        loc, id: s.id, kind: s.kind, title: s.title, publisher: s.publisher ?? null, published: pub.date, publishedPrecision: pub.precision,
        publishedDerivation: s.publishedDerivation ?? null, language: s.language ?? null, url: s.url ?? null, licence: s.licence ?? null, file: s.file ?? null, note: s.note ?? null,
        ...(s.text ? { text: s.text } : {}),
      });
      return;
    }
    case "actors": {
      const a = data as z.infer<typeof actor>;
      const from = loose(a.validFrom, "start");
      const to = loose(a.validTo, "end");
      batch.actors.push({
        loc, id: a.id, kind: a.kind, name: a.name, aliases: a.aliases, country: a.country,
        officialIdScheme: a.officialId?.scheme ?? null, officialId: a.officialId?.value ?? null,
        number: a.kind === "MUNICIPALITY" ? a.officialId?.value ?? null : null, description: a.description ?? null, memberKind: a.memberKind ?? null,
        validFrom: from.date, validFromPrecision: from.precision, validTo: to.date, validToPrecision: to.precision, validityNote: a.validityNote ?? null,
        evidence: a.evidence.map(toEvidence),
      });
      return;
    }
    case "programmes": {
      const p = data as z.infer<typeof programme>;
      batch.programmes.push({ loc, id: p.id, name: p.name, country: p.country, description: p.description ?? null });
      return;
    }
    case "funding": {
      const f = data as z.infer<typeof funding>;
      if (!ISO_CURRENCIES.has(f.currency)) errors.push(new DataError(loc, "currency", `'${f.currency}' is not a currency this graph knows (${[...ISO_CURRENCIES].join(", ")})`));
      const d = loose(f.date, "start");
      batch.funding.push({
        loc, id: f.id, payerId: f.payer, recipientId: f.recipient, amount: BigInt(f.amount), currency: f.currency, flowType: f.flowType, status: f.status,
        fiscalYear: f.fiscalYear ?? null, date: d.date, datePrecision: d.precision, purpose: f.purpose ?? null, programmeId: f.programme ?? null,
        partOfId: f.partOf ?? null, passesOnId: f.passesOn ?? null, note: f.note ?? null, evidence: f.evidence.map(toEvidence),
      });
      return;
    }
    case "relations": {
      const r = data as z.infer<typeof relation>;
      const from = loose(r.validFrom, "start");
      const to = loose(r.validTo, "end");
      batch.relations.push({
        loc, id: r.id, type: r.type, category: r.category, subjectId: r.subject, objectId: r.object, role: r.role ?? null, note: r.note ?? null,
        validFrom: from.date, validFromPrecision: from.precision, validTo: to.date, validToPrecision: to.precision, validityNote: r.validityNote ?? null,
        quantity: r.quantity ?? null, evidence: r.evidence.map(toEvidence),
      });
      return;
    }
    case "evidence": {
      const e = data as z.infer<typeof attachment>;
      batch.attachments.push({ loc, recordId: e.record, evidence: { sourceId: e.source, quote: e.quote, locator: e.locator ?? null } });
      return;
    }
  }
}
