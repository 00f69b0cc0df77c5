import fs from "node:fs";
import path from "node:path";

/** A source file's path as given: relative, inside the data folder, no ".." and no backslashes. */
export function isDataPath(file: string): boolean {
  return file.length > 0 && !path.isAbsolute(file) && !file.includes("\\") && !file.includes("\0") && !file.split("/").some((p) => p === ".." || p === "");
}

/**
 * The file a source names, if it really lies inside the data folder: the path is checked as
 * written and again after symlinks are resolved, so neither "../" nor a link can point out of
 * it. Anything else reads as "no stored text", which validation then refuses.
 */
export function dataFile(dataDir: string, file: string): string | null {
  if (!isDataPath(file)) return null;
  const full = path.join(dataDir, file);
  if (!fs.existsSync(full)) return null;
  const root = fs.realpathSync(dataDir);
  const real = fs.realpathSync(full);
  return real.startsWith(root + path.sep) && fs.statSync(real).isFile() ? real : null;
}

/** The text of a file in the data folder, or null when the path is not one (see dataFile); read without blocking, for requests. */
export async function readDataFile(dataDir: string, file: string): Promise<string | null> {
  const full = dataFile(dataDir, file);
  return full ? fs.promises.readFile(full, "utf8") : null;
}
