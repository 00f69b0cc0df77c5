import { parseLooseDate } from "../dates.js";
import { readCsv } from "../csv.js";
import { rowEvidence } from "../evidence.js";
import { emptyBatch, type ActorFact, type Batch } from "../facts.js";
import { slug } from "../../text/fold.js";
import type { Country } from "../../graphql/generated/types.js";

export interface MinistryTerm {
  ministryId: string;
  from: string | null;
  to: string | null;
}

export interface MinisterTable {
  file: string;
  country: Country;
  /** The health ministry under its successive names (defined in data/curated/actors.yaml). */
  ministries: MinistryTerm[];
}

export const MINISTER_TABLES: MinisterTable[] = [
  {
    file: "reference/no_health_ministers.csv",
    country: "NO",
    ministries: [
      { ministryId: "no:ministry:helsedepartementet", from: "2002-01-01", to: "2004-09-30" },
      { ministryId: "no:ministry:hod", from: "2004-10-01", to: null },
    ],
  },
  {
    file: "reference/dk_health_ministers.csv",
    country: "DK",
    ministries: [
      { ministryId: "dk:ministry:ministeriet-for-sundhed-og-forebyggelse", from: "2007-11-01", to: "2015-06-27" },
      { ministryId: "dk:ministry:sum", from: "2015-06-28", to: null },
    ],
  },
];

export const personId = (country: Country, name: string) => `${country.toLowerCase()}:person:${slug(name)}`;

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Health ministers and their terms as HEADS relations to the ministry under the name it bore
 * during each part of the term. The tables give a term's end as the successor's first day,
 * so the last day of a term is the day before: on any date exactly one minister heads.
 */
export function importMinisters(dataDir: string, table: MinisterTable): Batch {
  const batch = emptyBatch(table.file);
  const people = new Map<string, ActorFact>();
  for (const row of readCsv(dataDir, table.file)) {
    const v = row.values;
    const name = v.name!;
    const id = personId(table.country, name);
    const start = parseLooseDate(v.start_date, "start");
    const end = parseLooseDate(v.end_date, "end");
    const party = v.party && !v.party.startsWith("(") ? v.party.replace(/\s*\(.*\)$/, "") : null;
    const known = people.get(id);
    if (known) known.evidence.push(rowEvidence(row));
    else people.set(id, {
      loc: row.loc,
      id,
      kind: "PERSON",
      name,
      aliases: [],
      country: table.country,
      officialIdScheme: null,
      officialId: null,
      number: null,
      description: [party && `party: ${party}`, v.cabinet && `cabinet: ${v.cabinet}`].filter(Boolean).join("; ") || null,
      validFrom: null,
      validFromPrecision: null,
      validTo: null,
      validToPrecision: null,
      validityNote: null,
      evidence: [rowEvidence(row)],
    });
    const termEnd = end.date && end.precision === "DAY" ? dayBefore(end.date) : end.date;
    for (const m of table.ministries) {
      // The part of the term during which the ministry bore this name; an unknown start
      // stays unknown rather than borrowing the ministry's.
      const from = start.date === null ? null : m.from === null || start.date > m.from ? start.date : m.from;
      const to = termEnd === null ? m.to : m.to === null || termEnd < m.to ? termEnd : m.to;
      const startsInTime = m.to === null || from === null || from <= m.to;
      const endsInTime = m.from === null || to === null || to >= m.from;
      if (!startsInTime || !endsInTime) continue;
      batch.relations.push({
        loc: row.loc,
        id: `rel:heads:${id}:${m.ministryId}:${from ?? "unknown"}`,
        type: "HEADS",
        category: "GOVERNANCE",
        subjectId: id,
        objectId: m.ministryId,
        role: table.country === "NO" ? "helse- og omsorgsminister / helseminister" : "sundhedsminister",
        note: [start.note, end.note].filter(Boolean).join("; ") || null,
        validFrom: from,
        validFromPrecision: from === start.date ? start.precision : "DAY",
        validTo: to,
        validToPrecision: to === null ? null : "DAY",
        validityNote: end.date ? "the table's end date is the successor's first day; the term's last day is the day before" : null,
        evidence: [rowEvidence(row)],
      });
    }
  }
  batch.actors.push(...people.values());
  return batch;
}
