// npm run bench:extract — times the document extractor and updates its section of bench/results.md.
import path from "node:path";
import { ROOT_DIR } from "../src/config.js";
import { measureExtraction, writeExtractionSection } from "./extraction.js";

const section = measureExtraction(ROOT_DIR);
writeExtractionSection(path.join(ROOT_DIR, "bench", "results.md"), section);
process.stdout.write(`${section.join("\n")}\n`);
