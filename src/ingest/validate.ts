import { sourceTexts, type SourceTexts } from "./locate.js";
import { DataError, type Batch, type EvidenceFact, type Loc } from "./facts.js";
import { CURRENCY, CURRENCY_HINT } from "../funding/money.js";

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
/** The shortest quote accepted: "å" or "" states nothing, and would match almost any text. */
const MIN_QUOTE = 10;

interface Definition {
  file: string;
  loc: Loc;
}

/**
 * Checks every batch against all the others: ids defined once, references resolve, quotes
 * stand verbatim in their source, amounts and dates are sane. Returns the errors of each
 * file; a file that refers to a record of a failing file fails too, so nothing dangles.
 */
export function validateBatches(dataDir: string, batches: Batch[], known: { actorIds?: Set<string>; texts?: SourceTexts } = {}): Map<string, DataError[]> {
  const errors = new Map<string, DataError[]>(batches.map((b) => [b.file, []]));
  const add = (file: string, e: DataError) => errors.get(file)!.push(e);

  const defs = { source: new Map<string, Definition>(), actor: new Map<string, Definition>(), programme: new Map<string, Definition>(), record: new Map<string, Definition>() };
  const define = (map: Map<string, Definition>, what: string, id: string, file: string, loc: Loc) => {
    const prior = map.get(id);
    if (prior) add(file, new DataError(loc, "id", `${what} '${id}' is already defined at ${prior.loc.file}:${prior.loc.line}`));
    else map.set(id, { file, loc });
  };
  for (const b of batches) {
    for (const s of b.sources) define(defs.source, "source", s.id, b.file, s.loc);
    for (const a of b.actors) define(defs.actor, "actor", a.id, b.file, a.loc);
    for (const p of b.programmes) define(defs.programme, "programme", p.id, b.file, p.loc);
    for (const f of b.funding) define(defs.record, "record", f.id, b.file, f.loc);
    for (const r of b.relations) define(defs.record, "record", r.id, b.file, r.loc);
  }

  // Files are written in order, so what a file refers to must come from it or an earlier one.
  const order = new Map(batches.map((b, i) => [b.file, i]));
  const later = (file: string, def: Definition | undefined) => def !== undefined && (order.get(def.file) ?? 0) > (order.get(file) ?? 0);

  const rawText = known.texts ?? sourceTexts(dataDir, batches);
  const normalised = new Map<string, string | null>();
  const textOf = (sourceId: string): string | null => {
    if (!normalised.has(sourceId)) {
      const raw = rawText(sourceId);
      normalised.set(sourceId, raw === null ? null : norm(raw));
    }
    return normalised.get(sourceId)!;
  };
  const checkEvidence = (file: string, loc: Loc, field: string, ev: EvidenceFact) => {
    // The one rule for what a quote is, for data files and API writes alike.
    if (ev.quote.replace(/\s+/g, "").length < MIN_QUOTE) {
      add(file, new DataError(loc, `${field}.quote`, `must be the verbatim sentence that states the fact: at least ${MIN_QUOTE} characters besides spaces`));
      return;
    }
    if (!defs.source.has(ev.sourceId)) {
      add(file, new DataError(loc, `${field}.source`, `source '${ev.sourceId}' is not defined (add it to data/curated/sources.yaml)`));
      return;
    }
    if (later(file, defs.source.get(ev.sourceId))) {
      add(file, new DataError(loc, `${field}.source`, `source '${ev.sourceId}' is defined in ${defs.source.get(ev.sourceId)!.file}, which loads after this file; define it in data/curated/sources.yaml`));
    }
    const text = textOf(ev.sourceId);
    if (text === null) {
      // Without stored text a quote cannot be checked, and a check against an arbitrary path would tell whether a string is in it.
      add(file, new DataError(loc, `${field}.source`, `source '${ev.sourceId}' has no stored text inside the data folder (its 'file', or 'text' given with the source), so the quote cannot be checked`));
    } else if (!text.includes(norm(ev.quote))) {
      add(file, new DataError(loc, `${field}.quote`, `the quote does not stand verbatim in source '${ev.sourceId}': "${ev.quote.slice(0, 80)}"`));
    }
  };
  const ref = (file: string, loc: Loc, field: string, map: Map<string, Definition>, what: string, id: string | null) => {
    if (id === null) return;
    if (!map.has(id) && !(what === "actor" && known.actorIds?.has(id))) add(file, new DataError(loc, field, `refers to ${what} '${id}', which is not defined`));
    else if (later(file, map.get(id))) add(file, new DataError(loc, field, `refers to ${what} '${id}', defined in ${map.get(id)!.file}, which loads after this file`));
  };
  const checkDates = (file: string, loc: Loc, from: string | null, to: string | null) => {
    if (from && to && from > to) add(file, new DataError(loc, "validTo", `ends (${to}) before it starts (${from})`));
  };

  for (const b of batches) {
    for (const a of b.actors) {
      if (!a.name.trim()) add(b.file, new DataError(a.loc, "name", "must not be empty"));
      checkDates(b.file, a.loc, a.validFrom, a.validTo);
      a.evidence.forEach((e, i) => checkEvidence(b.file, a.loc, `evidence[${i}]`, e));
    }
    const fundingById = new Map(batches.flatMap((x) => x.funding).map((f) => [f.id, f]));
    for (const f of b.funding) {
      if (f.amount < 0n) add(b.file, new DataError(f.loc, "amount", f.note ?? "must not be negative"));
      if (!CURRENCY.test(f.currency)) add(b.file, new DataError(f.loc, "currency", `'${f.currency}' is not ${CURRENCY_HINT}`));
      ref(b.file, f.loc, "payer", defs.actor, "actor", f.payerId);
      ref(b.file, f.loc, "recipient", defs.actor, "actor", f.recipientId);
      ref(b.file, f.loc, "programme", defs.programme, "programme", f.programmeId);
      for (const [field, id] of [["partOf", f.partOfId], ["passesOn", f.passesOnId]] as const) {
        if (id === null) continue;
        const other = fundingById.get(id);
        if (!other) add(b.file, new DataError(f.loc, field, `refers to funding flow '${id}', which is not defined`));
        else if (other.currency !== f.currency) add(b.file, new DataError(f.loc, field, `'${id}' is in ${other.currency}, this flow in ${f.currency}: parts and totals share a currency`));
        else if (id === f.id) add(b.file, new DataError(f.loc, field, "a flow cannot refer to itself"));
      }
      f.evidence.forEach((e, i) => checkEvidence(b.file, f.loc, `evidence[${i}]`, e));
    }
    for (const r of b.relations) {
      ref(b.file, r.loc, "subject", defs.actor, "actor", r.subjectId);
      ref(b.file, r.loc, "object", defs.actor, "actor", r.objectId);
      checkDates(b.file, r.loc, r.validFrom, r.validTo);
      r.evidence.forEach((e, i) => checkEvidence(b.file, r.loc, `evidence[${i}]`, e));
    }
    for (const at of b.attachments) {
      if (!defs.record.has(at.recordId) && !defs.actor.has(at.recordId)) add(b.file, new DataError(at.loc, "record", `refers to record '${at.recordId}', which is not defined`));
      checkEvidence(b.file, at.loc, "quote", at.evidence);
    }
  }

  // A file that leans on a failing file fails with it, so nothing is written half-linked.
  let changed = true;
  while (changed) {
    changed = false;
    const failing = new Set([...errors].filter(([, e]) => e.length > 0).map(([f]) => f));
    for (const b of batches) {
      if (failing.has(b.file)) continue;
      const dependsOn = (id: string | null, map: Map<string, Definition>) => (id ? map.get(id)?.file : undefined);
      const deps = new Set<string>();
      for (const f of b.funding) [dependsOn(f.payerId, defs.actor), dependsOn(f.recipientId, defs.actor), dependsOn(f.programmeId, defs.programme), dependsOn(f.partOfId, defs.record), dependsOn(f.passesOnId, defs.record), ...f.evidence.map((e) => dependsOn(e.sourceId, defs.source))].forEach((d) => d && deps.add(d));
      for (const r of b.relations) [dependsOn(r.subjectId, defs.actor), dependsOn(r.objectId, defs.actor), ...r.evidence.map((e) => dependsOn(e.sourceId, defs.source))].forEach((d) => d && deps.add(d));
      for (const a of b.actors) a.evidence.forEach((e) => { const d = dependsOn(e.sourceId, defs.source); if (d) deps.add(d); });
      for (const at of b.attachments) [dependsOn(at.recordId, defs.record), dependsOn(at.evidence.sourceId, defs.source)].forEach((d) => d && deps.add(d));
      const bad = [...deps].find((d) => d !== b.file && failing.has(d));
      if (bad) {
        add(b.file, new DataError({ file: b.file, line: 1, record: "file" }, "(dependencies)", `refers to records of '${bad}', which has errors; fix that file first`));
        changed = true;
      }
    }
  }
  return errors;
}
