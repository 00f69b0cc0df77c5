import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Sink } from "./export.model.js";

/** Writes to a Node stream, waiting for 'drain' so memory stays flat on slow consumers. */
export function streamSink(stream: Writable): Sink {
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, "drain");
    },
  };
}

export class ExportTooLargeError extends Error {}

/** Collects into a string, refusing to grow past `maxBytes` (GraphQL answers hold small exports only). */
export function stringSink(maxBytes: number): Sink & { text(): string } {
  const parts: string[] = [];
  let size = 0;
  return {
    async write(text) {
      size += Buffer.byteLength(text);
      if (size > maxBytes) throw new ExportTooLargeError(`The export exceeds ${maxBytes} bytes; download it from /export instead.`);
      parts.push(text);
    },
    text: () => parts.join(""),
  };
}
