import { emptyBatch, type Batch, type RelationFact } from "./facts.js";

export const KIND_MEMBERSHIPS = "derived/memberships-by-kind";

/**
 * "Kommunene", "Fylkesmennene", "De regionale helseforetakene" stand for every actor of a kind
 * in their country. Each such member gets a MEMBER_OF record of its own, valid while the member
 * is, so that paths and neighbourhoods walk from a group to its members on the date asked like
 * any other hop. The record says it is derived by rule (`byKind`), and cites the rows that make
 * the member what it is, so traversals can leave these hops out.
 */
export function kindMemberships(batches: Batch[]): Batch {
  const batch = emptyBatch(KIND_MEMBERSHIPS);
  const actors = batches.flatMap((b) => b.actors);
  for (const group of actors.filter((a) => a.memberKind)) {
    for (const member of actors.filter((a) => a.kind === group.memberKind && a.country === group.country)) {
      const fact: RelationFact = {
        loc: { file: KIND_MEMBERSHIPS, line: 0, record: `${member.id} in ${group.id}` },
        id: `rel:member-by-kind:${member.id}:${group.id}`,
        type: "MEMBER_OF",
        category: "MEMBERSHIP",
        subjectId: member.id,
        objectId: group.id,
        role: `member by kind: every ${group.memberKind} of ${group.country}, valid on the date`,
        note: `derived by rule: ${group.name} stands for every actor of kind ${group.memberKind} valid on the date asked`,
        validFrom: member.validFrom,
        validFromPrecision: member.validFromPrecision,
        validTo: member.validTo,
        validToPrecision: member.validToPrecision,
        validityNote: "the member's own validity",
        openStart: member.validFrom === null,
        byKind: true,
        evidence: member.evidence.slice(0, 1).map((e) => ({ ...e })),
      };
      batch.relations.push(fact);
    }
  }
  return batch;
}
