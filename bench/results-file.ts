import fs from "node:fs";

/**
 * Writes one section of bench/results.md in place, between `<!-- name:begin -->` and
 * `<!-- name:end -->`, and keeps everything else: each bench command owns its sections, so a
 * large-scale run sits beside the medium one instead of replacing the file. A section met for
 * the first time is appended under `heading`.
 */
export function writeSection(resultsFile: string, name: string, heading: string, lines: string[]): void {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${begin}\n${lines.join("\n")}\n${end}`;
  const old = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, "utf8") : "# Benchmark results\n";
  const at = old.indexOf(begin);
  const stop = old.indexOf(end);
  const next = at >= 0 && stop > at ? old.slice(0, at) + block + old.slice(stop + end.length) : `${old.trimEnd()}\n\n${heading}\n\n${block}\n`;
  fs.writeFileSync(resultsFile, next);
}
