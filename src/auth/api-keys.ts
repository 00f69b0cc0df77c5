import crypto from "node:crypto";

export type Role = "reader" | "editor" | "admin";
export const ROLES: Role[] = ["reader", "editor", "admin"];

export interface ApiKeyEntry {
  name: string;
  role: Role;
  /** sha256 of the key, hex: keys are never stored or configured in clear. */
  sha256: string;
}

export interface Principal {
  name: string;
  role: Role;
}

export function hashKey(key: string): string {
  return crypto.createHash("sha256").update(key, "utf8").digest("hex");
}

/** Parses API_KEYS: comma-separated `name:role:sha256hex` entries. */
export function parseApiKeys(raw: string | undefined, problems: string[]): ApiKeyEntry[] {
  if (!raw || raw.trim() === "") return [];
  const out: ApiKeyEntry[] = [];
  raw.split(",").map((s) => s.trim()).filter(Boolean).forEach((entry, i) => {
    const [name, role, sha256, ...rest] = entry.split(":");
    if (!name || !role || !sha256 || rest.length > 0) {
      problems.push(`API_KEYS entry ${i + 1} must be name:role:sha256hex (create one with 'npm run apikey -- --name NAME --role editor')`);
      return;
    }
    if (!(ROLES as string[]).includes(role)) problems.push(`API_KEYS entry ${i + 1} ('${name}') has role '${role}'; roles are ${ROLES.join(", ")}`);
    else if (!/^[0-9a-f]{64}$/.test(sha256)) problems.push(`API_KEYS entry ${i + 1} ('${name}') must give the key's sha256 as 64 hex digits, not the key itself`);
    else out.push({ name, role: role as Role, sha256 });
  });
  return out;
}

export class AuthError extends Error {}

/**
 * Resolves the Authorization header: no header → anonymous (null); a bearer key that matches
 * → its principal; anything else → AuthError. Compared in constant time.
 */
export function authenticate(header: string | undefined, keys: ApiKeyEntry[]): Principal | null {
  if (header === undefined || header.trim() === "") return null;
  const m = /^Bearer\s+(\S{8,512})$/i.exec(header.trim());
  if (!m) throw new AuthError("The Authorization header must be 'Bearer <API key>'.");
  const given = Buffer.from(hashKey(m[1]!), "hex");
  for (const k of keys) {
    if (crypto.timingSafeEqual(given, Buffer.from(k.sha256, "hex"))) return { name: k.name, role: k.role };
  }
  throw new AuthError("The API key is not valid.");
}

export function hasRole(p: Principal | null, needed: Role): boolean {
  if (!p) return false;
  return ROLES.indexOf(p.role) >= ROLES.indexOf(needed);
}
