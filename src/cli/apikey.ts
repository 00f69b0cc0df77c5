import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { hashKey, ROLES } from "../auth/api-keys.js";

// Prints a new random API key once, and the API_KEYS entry (with only its hash) to configure.
const { values } = parseArgs({ options: { name: { type: "string" }, role: { type: "string", default: "editor" } } });
if (!values.name || !/^[\w.-]{1,64}$/.test(values.name) || !(ROLES as string[]).includes(values.role!)) {
  process.stderr.write(`Usage: npm run apikey -- --name <name> --role <${ROLES.join("|")}>\n`);
  process.exit(2);
}
const key = `kg_${crypto.randomBytes(24).toString("base64url")}`;
process.stdout.write(`API key for ${values.name} (shown once; give it to the client):\n  ${key}\n\nAdd to API_KEYS (comma-separated):\n  ${values.name}:${values.role}:${hashKey(key)}\n`);
