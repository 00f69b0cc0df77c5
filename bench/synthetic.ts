/**
 * Deterministic synthetic graph for the benchmark, in the same model as the real one
 * (actors, FundingFlow and Relation records with their projections and evidence).
 */
export interface Scale {
  name: string;
  actors: number;
  flows: number;
  relations: number;
}

export const SCALES: Record<string, Scale> = {
  small: { name: "small", actors: 5_000, flows: 10_000, relations: 12_000 },
  medium: { name: "medium", actors: 20_000, flows: 100_000, relations: 110_000 },
  large: { name: "large", actors: 50_000, flows: 1_000_000, relations: 400_000 },
};

export function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const KINDS: [string, string, number][] = [
  // kind, label, share of actors
  ["MINISTRY", "Ministry", 0.002],
  ["DIRECTORATE", "Directorate", 0.004],
  ["REGIONAL_HEALTH_TRUST", "RegionalHealthTrust", 0.001],
  ["HEALTH_TRUST", "HealthTrust", 0.01],
  ["COUNTY_GOVERNOR", "CountyGovernor", 0.004],
  ["COUNTY", "County", 0.004],
  ["GROUP", "Group", 0.002],
  ["POOL", "Pool", 0.003],
  ["PERSON", "Person", 0.02],
  ["ORGANISATION", "Organisation", 0.05],
  ["MUNICIPALITY", "Municipality", 0],
];

const WORDS = ["Helse", "Samhandling", "Kommune", "Fylke", "Sykehus", "Omsorg", "Nord", "Sør", "Vest", "Øst", "Frisklivs", "Legevakt", "Sundhed", "Region", "Pleje"];

export interface SyntheticActor {
  id: string;
  kind: string;
  label: string;
  name: string;
  aliases: string[];
  country: string;
  searchText: string;
  validFrom: string | null;
  validTo: string | null;
}

export function actors(scale: Scale): SyntheticActor[] {
  const r = rng(7);
  const out: SyntheticActor[] = [];
  let left = scale.actors;
  for (const [kind, label, share] of KINDS) {
    const n = share > 0 ? Math.max(3, Math.round(scale.actors * share)) : left;
    for (let i = 0; i < n; i++) {
      const name = `${WORDS[Math.floor(r() * WORDS.length)]}${kind === "MUNICIPALITY" ? " kommune" : ""} ${kind.toLowerCase().replace(/_/g, " ")} ${i}`;
      const id = `bench:${kind.toLowerCase()}:${i}`;
      out.push({ id, kind, label, name, aliases: [`${kind.slice(0, 3)}${i}`], country: r() < 0.85 ? "NO" : "DK", searchText: name.toLowerCase().replace(/ø/g, "o") + ` | ${kind.slice(0, 3).toLowerCase()}${i}`, validFrom: r() < 0.5 ? "2000-01-01" : null, validTo: r() < 0.1 ? "2019-12-31" : null });
    }
    left -= n;
  }
  return out;
}

export interface SyntheticFlow {
  id: string;
  payerId: string;
  recipientId: string;
  amount: number;
  currency: string;
  year: number;
  status: string;
  sourceId: string;
  quote: string;
}

export function* flows(scale: Scale, all: SyntheticActor[]): Generator<SyntheticFlow> {
  const r = rng(11);
  const payers = all.filter((a) => ["MINISTRY", "DIRECTORATE", "POOL", "REGIONAL_HEALTH_TRUST"].includes(a.kind));
  const recipients = all.filter((a) => ["MUNICIPALITY", "HEALTH_TRUST", "GROUP", "POOL", "ORGANISATION"].includes(a.kind));
  for (let i = 0; i < scale.flows; i++) {
    const p = payers[Math.floor(r() * payers.length)]!;
    const q = recipients[Math.floor(r() * recipients.length)]!;
    yield {
      id: `bench:flow:${i}`,
      payerId: p.id,
      recipientId: q.id,
      amount: Math.floor(r() * 50_000_000) + 1000,
      currency: r() < 0.9 ? "NOK" : "DKK",
      year: 2008 + Math.floor(r() * 13),
      status: ["PROPOSED", "ANNOUNCED", "ALLOCATED", "DISBURSED"][Math.floor(r() * 4)]!,
      sourceId: `bench:source:${i % 100}`,
      quote: `Flow ${i}: ${p.name} gir ${q.name} midler.`,
    };
  }
}

export interface SyntheticRelation {
  id: string;
  type: string;
  category: string;
  subjectId: string;
  objectId: string;
  validFrom: string | null;
  validTo: string | null;
  sourceId: string;
  quote: string;
}

const REL_TYPES: [string, string, string, string][] = [
  ["LOCATED_IN", "GOVERNANCE", "MUNICIPALITY", "COUNTY"],
  ["SUPERVISES", "GOVERNANCE", "COUNTY_GOVERNOR", "MUNICIPALITY"],
  ["OWNS", "GOVERNANCE", "REGIONAL_HEALTH_TRUST", "HEALTH_TRUST"],
  ["HEADS", "GOVERNANCE", "PERSON", "MINISTRY"],
  ["SUBORDINATE_TO", "GOVERNANCE", "DIRECTORATE", "MINISTRY"],
  ["MEMBER_OF", "MEMBERSHIP", "ORGANISATION", "GROUP"],
  ["COOPERATES_WITH", "COOPERATION", "MUNICIPALITY", "HEALTH_TRUST"],
];

export function* relations(scale: Scale, all: SyntheticActor[]): Generator<SyntheticRelation> {
  const r = rng(13);
  const byKind = new Map<string, SyntheticActor[]>();
  for (const a of all) byKind.set(a.kind, [...(byKind.get(a.kind) ?? []), a]);
  for (let i = 0; i < scale.relations; i++) {
    const [type, category, sk, ok] = REL_TYPES[i % REL_TYPES.length]!;
    const s = byKind.get(sk)!;
    const o = byKind.get(ok)!;
    const from = 2005 + Math.floor(r() * 10);
    yield {
      id: `bench:rel:${i}`,
      type,
      category,
      subjectId: s[Math.floor(r() * s.length)]!.id,
      objectId: o[Math.floor(r() * o.length)]!.id,
      validFrom: `${from}-01-01`,
      validTo: r() < 0.3 ? `${from + 1 + Math.floor(r() * 8)}-12-31` : null,
      sourceId: `bench:source:${i % 100}`,
      quote: `Relation ${i} (${type}).`,
    };
  }
}
