import fs from "node:fs";
import path from "node:path";
import { ROOT_DIR } from "../config.js";

export const SCHEMA_DIR = path.join(ROOT_DIR, "schema");

/** The SDL contract: every schema/*.graphql file, in name order. */
export function loadTypeDefs(dir = SCHEMA_DIR): string {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
    .join("\n");
}
