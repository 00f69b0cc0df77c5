import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { BULLET } from "./segments.js";

/** What a document says about itself before its text: a header block or the HTML's metadata. */
export interface DocumentMeta {
  title: string | null;
  publisher: string | null;
  /** The DATE header or HTML date as written ("13.05.2020", "not stated; 2018 by context"). */
  dateText: string | null;
  url: string | null;
  language: string | null;
}

export interface ReadDocument {
  /** The stored text: every quote and offset of an extraction refers to it, character for character. */
  text: string;
  meta: DocumentMeta;
  format: "text" | "header-text" | "html";
}

/** Input the extractor refuses, with the reason a person can act on. Nothing is written for it. */
export class DocumentInputError extends Error {
  constructor(
    message: string,
    readonly code: "EMPTY" | "BINARY" | "ENCODING" | "TOO_LARGE" | "NO_MAIN_TEXT",
  ) {
    super(message);
    this.name = "DocumentInputError";
  }
}

/** 2 MB: a press release is a few kB; a larger file is almost surely not one document's text. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

const HEADER_LINE = /^([A-Z][A-Z_]{1,30}):[ \t]?(.*)$/;
const HEADER_END = /^-{3,}\s*$/;

/**
 * Decodes bytes as UTF-8, refusing what is not text: NUL bytes (binary), invalid UTF-8
 * (another encoding: the stored text must be exact, so nothing is guessed), or nothing at all.
 */
export function decodeDocument(bytes: Uint8Array, name = "the document"): string {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentInputError(`${name} is ${bytes.byteLength} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes (one document's text)`, "TOO_LARGE");
  }
  if (bytes.byteLength === 0) throw new DocumentInputError(`${name} is empty`, "EMPTY");
  if (bytes.includes(0)) throw new DocumentInputError(`${name} is binary (it contains NUL bytes); give a text or HTML file`, "BINARY");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentInputError(`${name} is not valid UTF-8; convert it first (for example: iconv -f latin1 -t utf-8)`, "ENCODING");
  }
  return text.replace(/^\uFEFF/, "");
}

const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) || /<(p|div|article|h1)[\s>][\s\S]*<\/(p|div|article|h1)>/i.test(text.slice(0, 20_000));

/** Reads a plain text, a text with a `KEY: value` header ended by `-----`, or a saved HTML page. */
export function readDocument(raw: string, opts: { html?: boolean; name?: string } = {}): ReadDocument {
  const name = opts.name ?? "the document";
  if (opts.html ?? looksLikeHtml(raw)) return readHtml(raw, name);
  const lines = raw.split(/\r?\n/);
  const meta: DocumentMeta = { title: null, publisher: null, dateText: null, url: null, language: null };
  let format: ReadDocument["format"] = "text";
  let bodyStart = 0;
  const end = lines.findIndex((l) => HEADER_END.test(l));
  if (end > 0 && lines.slice(0, end).every((l) => HEADER_LINE.test(l) || l.trim() === "")) {
    format = "header-text";
    for (const l of lines.slice(0, end)) {
      const m = HEADER_LINE.exec(l);
      if (!m) continue;
      const value = m[2]!.trim() || null;
      switch (m[1]) {
        case "TITLE": meta.title = value ? value.replace(/\s*\[[^\]]*\]\s*$/, "") : null; break;
        case "PUBLISHER": meta.publisher = value; break;
        case "DATE": meta.dateText = value; break;
        case "SOURCE_URL": case "URL": meta.url = value; break;
        case "LANGUAGE": meta.language = value; break;
      }
    }
    bodyStart = end + 1;
  }
  const text = unwrapHardBreaks(normaliseText(lines.slice(bodyStart).join("\n")));
  if (!/\p{L}{2}/u.test(text)) throw new DocumentInputError(`${name} has no text to read`, "EMPTY");
  return { text, meta, format };
}

// A run of file names at the start of a line ("config.properties dump-articles.sh README.md …")
// is a scraper's artefact, not the page's text.
const FILE_LISTING = /^(?:[\w.~-]+\.(?:properties|sh|md|txt|json|xml|ya?ml|js|py|html?|cfg|ini|log)~?\s+(?:[a-z]+\s+)?){3,}/gm;

// A scraped page glues a photo's credit to the next sentence: "Foto: Ole Berg / Avisa
// NordlandBodø kommune får …", "Klikk for stort bildeBlant tilskuddsmottakerne …".
const GLUED_CAPTION = /((?:Foto|FOTO|Photo|Bilde|Illustrasjon|Illustration|Grafikk)\s*[:.][^\n]{0,80}?\p{Ll}|Klikk for stort bilde|Klik for stort billede)(?=\p{Lu}\p{Ll})/gu;

/** One newline style, no trailing blanks, no file-listing artefacts, glued captions parted; the words are kept exactly. */
function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(FILE_LISTING, "").replace(GLUED_CAPTION, "$1\n").replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim();
}

// Text taken from a PDF keeps the page's line breaks, mid-sentence and mid-word ("Bergen kom-" /
// "mune mottok 18 millioner kroner"). A line that stops without a sentence's end and goes on in
// the next (in lower case, or after a word that cannot end one) is one line with it.
const TABLE_GAP = /\t| {3,}/;
const LINE_END = /[.!?:;»”"')\]]$/u;
const OPEN_WORD = /(?<![\p{L}])(?:til|fra|frå|og|i|på|for|av|af|med|en|et|ei|ein|eit|den|det|de|dei|som|der|at|å|om|ved|hos|under|mellom|mellem|samt|eller)$/iu;

/** A PDF's hard line breaks inside a paragraph joined; a word broken over two lines made whole. */
function unwrapHardBreaks(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.length > 0 ? out[out.length - 1]! : "";
    const wrapped = prev.trim().length >= 25 && line.trim() !== "" && !LINE_END.test(prev) && !TABLE_GAP.test(prev.trim()) && !TABLE_GAP.test(line.trim()) && !BULLET.test(line)
      && (/^\s*\p{Ll}/u.test(line) || (/\p{L}-$/u.test(prev) && /^\s*\p{L}/u.test(line)) || (OPEN_WORD.test(prev) && /^\s*\p{Lu}/u.test(line)));
    if (!wrapped) {
      out.push(line);
      continue;
    }
    out[out.length - 1] = joinWrapped(prev, line.trimStart());
  }
  return out.join("\n");
}

/** "kom-" + "mune" is one word; "Nord-" + "Trøndelag" keeps its hyphen; "Helse-" + "og omsorg" its space. */
function joinWrapped(prev: string, next: string): string {
  if (!/\p{L}-$/u.test(prev)) return `${prev} ${next}`;
  if (/^\p{Ll}/u.test(next) && !/^(?:og|eller|samt|and)(?![\p{L}])/u.test(next)) return prev.slice(0, -1) + next;
  return /^\p{Lu}/u.test(next) ? prev + next : `${prev} ${next}`;
}

/** The site a page's title names after its own: "Kompetansetilskudd 2022 | Statsforvalteren i Innlandet". */
function titleSuffix(title: string): string | null {
  const parts = title.split(/\s+[|–—-]\s+/);
  const last = parts.length > 1 ? parts[parts.length - 1]!.trim() : "";
  return last.length >= 2 && last.length <= 60 ? last : null;
}

const BREAK = "\uE000";
/** A block's text on one line, but for the line breaks its `<br>`s made. */
const foldSpaces = (text: string) => text.replace(/\s+/g, " ").replace(/ ?\uE000 ?/g, "\n").replace(/\n+/g, "\n").trim();

/**
 * The main text of a saved page, by Mozilla's Readability (the reader view of Firefox) on a
 * linkedom DOM: navigation, sharing links, captions and footers are dropped by a maintained
 * heuristic rather than by regexes here. Block elements become paragraphs, list items keep a
 * bullet, so lists read as lists, and table rows become lines of tab-separated cells.
 */
function readHtml(html: string, name: string): ReadDocument {
  const { document } = parseHTML(html);
  const meta: DocumentMeta = {
    title: null,
    publisher: document.querySelector('meta[property="og:site_name"]')?.getAttribute("content") ?? null,
    dateText: document.querySelector('meta[property="article:published_time"], meta[name="date"], time[datetime]')?.getAttribute("content") ?? document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? document.querySelector('meta[property="og:url"]')?.getAttribute("content") ?? null,
    language: document.documentElement?.getAttribute("lang") ?? null,
  };
  // A cookie or consent banner is the site's, not the article's.
  for (const el of document.querySelectorAll('[class*="cookie" i], [id*="cookie" i], [class*="consent" i], [id*="consent" i]')) el.remove();
  // linkedom has no layout, so Readability's visibility checks see every node as visible.
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!article?.content) throw new DocumentInputError(`${name} is HTML with no main text that a reader could find`, "NO_MAIN_TEXT");
  meta.title = article.title?.trim() || null;
  meta.publisher ??= article.siteName ?? titleSuffix(document.querySelector("title")?.textContent ?? "");
  meta.dateText ??= article.publishedTime ?? null;
  meta.language ??= article.lang ?? null;
  const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
  for (const el of content.querySelectorAll("figcaption, figure, script, style, noscript, button, nav")) el.remove();
  // A line break inside a paragraph ends a line: "…i hjemmetjenesten.<br>Kvæfjord kommune …" is
  // two sentences, not "hjemmetjenesten.Kvæfjord". A private-use mark survives the whitespace
  // folding below and becomes the newline.
  for (const br of content.querySelectorAll("br")) br.replaceWith(content.createTextNode(BREAK));
  const blocks: string[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName.toLowerCase();
      // A table stays a table: a row a line, its cells separated by tabs, as the extractor reads text tables.
      if (tag === "table" && !child.querySelector("table")) {
        const rows = Array.from(child.querySelectorAll("tr")).map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? "").replaceAll(BREAK, " ").replace(/\s+/g, " ").trim()).join("\t").trim()).filter((r) => r.length > 0);
        if (rows.length > 0) blocks.push(rows.join("\n"));
        continue;
      }
      // A description list names each item, then tells of it: "Guldborgsund Kommune" over
      // "Sundhedshus i Nykøbing F.: 520.000 kr." is one list item, "• Guldborgsund Kommune: …".
      if (tag === "dl" && !child.querySelector("p, li, table, dl")) {
        const items: string[] = [];
        for (const part of Array.from(child.children)) {
          const line = foldSpaces(part.textContent ?? "");
          if (!line) continue;
          if (part.tagName.toLowerCase() === "dt" || items.length === 0) items.push(`• ${line}`);
          else items[items.length - 1] += `${/[:.]$/.test(items[items.length - 1]!) ? "" : ":"} ${line}`;
        }
        if (items.length > 0) blocks.push(items.join("\n"));
        continue;
      }
      if (/^(p|h[1-6]|li|blockquote|pre|td|th|dt|dd)$/.test(tag) && !child.querySelector("p, li, h1, h2, h3, h4, table")) {
        const line = foldSpaces(child.textContent ?? "");
        if (line) blocks.push(tag === "li" ? `• ${line}` : line);
      } else {
        walk(child);
      }
    }
  };
  walk(content.body);
  const body = blocks.length > 0 ? blocks.join("\n\n") : (content.body.textContent ?? "").replace(/[ \t]+/g, " ").replaceAll(BREAK, "\n");
  const title = meta.title && !body.startsWith(meta.title) ? `${meta.title}\n\n` : "";
  const text = normaliseText(title + body);
  if (!/\p{L}{2}/u.test(body)) throw new DocumentInputError(`${name} is HTML with no main text that a reader could find`, "NO_MAIN_TEXT");
  return { text, meta, format: "html" };
}
