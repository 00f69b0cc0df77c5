/**
 * Which stored properties a statement returns for a record. Reading only what the query
 * selects matters: unpacking a property from Bolt costs the server more than Neo4j spends
 * finding it, so a page of flows shown as id and amount should not carry all nineteen.
 *
 * A projection is interned per record kind (same properties, same object) and carries a bit
 * mask, so "does what was fetched cover what is needed" is one AND.
 */
export interface Projection {
  /** The properties, in the record kind's canonical order. */
  readonly props: readonly string[];
  /** Bit i set when property i of the canonical list is included. */
  readonly mask: number;
  /** Stable text for DataLoader cache keys. */
  readonly key: string;
  /** True when every stored property is included. */
  readonly complete: boolean;
}

export interface Projector {
  /** Every property, for callers that hand the model on (caches, writes, exports). */
  readonly all: Projection;
  /** The properties the selected GraphQL fields read; an unknown field reads everything. */
  forFields(fields: ReadonlySet<string>): Projection;
  /** The smallest projection covering all of these (a DataLoader batch's union). */
  union(projections: readonly Projection[]): Projection;
}

export const covers = (fetched: Projection, needed: Projection) => (fetched.mask & needed.mask) === needed.mask;

/**
 * @param properties every stored property of the record kind (at most 31)
 * @param always read whatever is selected (the id, and what type resolution or cursors need)
 * @param reads for each GraphQL field, the properties it reads; fields that only follow the
 *   record's id to other records read none. A field missing here reads every property, so a
 *   field added to the schema and not to this table costs speed, never correctness.
 */
export function projector(properties: readonly string[], always: readonly string[], reads: Readonly<Record<string, readonly string[]>>): Projector {
  if (properties.length > 31) throw new Error("a projection mask holds at most 31 properties");
  const bit = new Map(properties.map((p, i) => [p, 1 << i]));
  const maskOf = (props: readonly string[]) =>
    props.reduce((m, p) => {
      const b = bit.get(p);
      if (b === undefined) throw new Error(`unknown property '${p}' in a projection`);
      return m | b;
    }, 0);
  const fullMask = maskOf(properties);
  const interned = new Map<number, Projection>();
  const ofMask = (mask: number): Projection => {
    let p = interned.get(mask);
    if (!p) {
      const props = properties.filter((_x, i) => mask & (1 << i));
      p = { props, mask, key: props.join(","), complete: mask === fullMask };
      interned.set(mask, p);
    }
    return p;
  };
  const readMask = new Map(Object.entries(reads).map(([field, props]) => [field, maskOf(props)]));
  const alwaysMask = maskOf(always);
  const byFields = new WeakMap<ReadonlySet<string>, Projection>();
  return {
    all: ofMask(fullMask),
    forFields(fields) {
      let p = byFields.get(fields);
      if (!p) {
        let mask = alwaysMask;
        for (const f of fields) mask |= f === "__typename" ? 0 : (readMask.get(f) ?? fullMask);
        p = ofMask(mask);
        byFields.set(fields, p);
      }
      return p;
    },
    union: (projections) => ofMask(projections.reduce((m, p) => m | p.mask, alwaysMask)),
  };
}

/** `v {.a, .b}`: property names come from a projector's fixed list, never from a request. */
export const mapProjection = (v: string, projection: Projection) => `${v} {${projection.props.map((p) => `.${p}`).join(", ")}}`;

/**
 * `[v.a, v.b]`: the same properties as a list, in the projection's order. Bolt spells out a
 * map's keys in every row, and decoding them is most of a slim row's cost, so statements
 * that return many records return lists and `fromTuple` restores the names. `nullable` is
 * for an OPTIONAL MATCH variable, which gives null rather than a list of nulls.
 */
export const tupleProjection = (v: string, projection: Projection, nullable = false) => {
  const list = `[${projection.props.map((p) => `${v}.${p}`).join(", ")}]`;
  return nullable ? `CASE WHEN ${v} IS NULL THEN null ELSE ${list} END` : list;
};

/** The record `tupleProjection` returned, as an object keyed by property name. */
export function fromTuple(projection: Projection, tuple: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = projection.props;
  for (let i = 0; i < props.length; i++) out[props[i]!] = tuple[i];
  return out;
}
