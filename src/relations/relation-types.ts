/**
 * Every relation type the graph holds, with what it means. Curated files, API writes and
 * export selectors are checked against this one list, so a misspelt type is an error, not an
 * empty answer. FUNDS is the projected edge of a funding flow.
 */
export const RELATION_TYPES = {
  HEADS: "a person heads a ministry or body (a term of office)",
  OWNS: "a regional health trust owns a health trust",
  SUBORDINATE_TO: "a body or unit answers to another",
  SUPERVISES: "a county governor office supervises a municipality",
  COVERS: "a county governor office covers a county",
  LOCATED_IN: "a municipality lies in a county",
  SUCCEEDED_BY: "an actor is continued by another (merger, split, renumbering, rename of an office)",
  RENAMED: "an actor continued under a new name (subject and object are the same)",
  MEMBER_OF: "an actor is a member of a body or group",
  LEADS: "a person or body leads a body",
  REPORTS_TO: "a body reports to another",
  AGREEMENT_WITH: "two actors made an agreement",
  ADVISES: "an actor informs and advises another",
  COOPERATES_WITH: "two actors cooperate",
  GOVERNS: "an actor governs another",
  INITIATED: "an actor initiated another",
  HANDLES_COMPLAINTS_FOR: "an actor handles complaints about another's services",
  STRENGTHENS: "an actor gives another a resource (see quantity)",
} as const;

export type RelationType = keyof typeof RELATION_TYPES;

export const isRelationType = (t: string): t is RelationType => Object.hasOwn(RELATION_TYPES, t);

/** The projected edge types a traversal or export may select: the relation types and FUNDS. */
export const isEdgeType = (t: string) => t === "FUNDS" || isRelationType(t);

export const RELATION_TYPE_LIST = Object.keys(RELATION_TYPES).join(", ");
