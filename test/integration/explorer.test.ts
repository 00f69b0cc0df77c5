import { mkdtemp, readFile, rm, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildExplorer, EXPLORER_OUT, writeExplorer } from "../../explorer/build.js";
import { launchChromium } from "../../tools/chromium.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

/**
 * The explorer in Debian's Chromium against the real server and database. Every step waits on
 * what the page marks when a panel is drawn (`data-view`, `data-record`, `data-actor`), never on a timer.
 */
const SHOTS = path.resolve("test-output/explorer");
const HOD = "no:ministry:hod";
const STROM_ERICHSEN_HEADS = "rel:heads:no:person:anne-grete-strom-erichsen:no:ministry:hod:2009-10-20";
const HANSSEN_HEADS = "rel:heads:no:person:bjarne-hakon-hanssen:no:ministry:hod:2008-06-20";
const QUOTE = "Jeg er glad for at vi kan støtte opp under dette arbeidet, sier helse- og omsorgsminister Anne-Grete Strøm-Erichsen.";
const TOTAL_133 = "flow:no:2011:samhandling-133";

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let assetsDir: string;
let problems: string[] = [];

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${server.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const drawn = (actor: string, depth: number, asOf: string | null) => `#drawing[data-view="${actor}|${depth}|${asOf ?? "any"}|300"]`;
const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

beforeAll(async () => {
  // The page under test is built from the sources as they are now, into a folder of its own.
  assetsDir = await mkdtemp(path.join(os.tmpdir(), "explorer-"));
  await writeExplorer(assetsDir);
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer({ EXPLORER_DIR: assetsDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(assetsDir, { recursive: true, force: true });
});

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  await context?.close();
  context = await browser.newContext({ viewport });
  page = await context.newPage();
  problems = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  return page;
}

afterEach(() => {
  // Every state of every test: no console error, no failed request, no error shown to the user.
  expect(problems).toEqual([]);
});

describe("the explorer at /explore", () => {
  it("loads with no console errors and invites a search", async () => {
    await newPage();
    const res = await page.goto(`${server.base}/explore`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["content-security-policy"]).toContain("default-src 'self'");
    await page.locator("#actor p", { hasText: "Search for an actor to begin" }).waitFor();
    await shot("01-empty");
  });

  it("finds Sandnes by search and opens the municipality", async () => {
    await newPage();
    await page.goto(`${server.base}/explore`);
    await page.fill("#search-text", "sandnes");
    await page.press("#search-text", "Enter");
    const hit = page.locator('#search-results button[data-actor="no:kommune:1102"]');
    await hit.waitFor();
    await hit.click();
    await page.waitForSelector(drawn("no:kommune:1102", 1, null));
    await page.waitForSelector('#actor[data-actor="no:kommune:1102"]');
    expect(await page.locator("#actor-name").textContent()).toBe("Sandnes");
    expect(await page.locator('#actor [data-field="kind"]').textContent()).toBe("municipality");
    expect(new URL(page.url()).searchParams.get("actor")).toBe("no:kommune:1102");
    await shot("02-sandnes");
  });

  it("draws HOD's neighbourhood with the nodes the API returns, and changes its head when the date moves", async () => {
    const expected = await gql<{ neighbourhood: { nodes: { id: string }[]; edges: unknown[] } }>(
      `query($asOf: Date) { neighbourhood(ids: ["${HOD}"], depth: 1, asOf: $asOf, limit: 300) { nodes { id } edges { id } } }`,
      { asOf: "2011-06-23" },
    );
    await newPage();
    await page.goto(`${server.base}/explore?actor=${HOD}&depth=1&asOf=2011-06-23`);
    await page.waitForSelector(drawn(HOD, 1, "2011-06-23"));
    const drawnIds = await page.evaluate(() => (window as unknown as { explorer: { nodeIds(): string[] } }).explorer.nodeIds());
    expect(drawnIds.sort()).toEqual(expected.neighbourhood.nodes.map((n) => n.id).sort());
    expect(drawnIds.length).toBeGreaterThan(5);
    expect(await page.locator('#graph-list ul[aria-label="Actors in the drawing"] li').count()).toBe(expected.neighbourhood.nodes.length);
    expect(drawnIds).toContain("no:person:anne-grete-strom-erichsen");
    expect(await page.locator(`#graph-list button[data-record="${STROM_ERICHSEN_HEADS}"]`).count()).toBe(1);
    await shot("03-hod-2011-06-23");

    await page.fill("#as-of", "2008-10-07");
    await page.waitForSelector(drawn(HOD, 1, "2008-10-07"));
    const later = await page.evaluate(() => (window as unknown as { explorer: { nodeIds(): string[] } }).explorer.nodeIds());
    expect(later).toContain("no:person:bjarne-hakon-hanssen");
    expect(later).not.toContain("no:person:anne-grete-strom-erichsen");
    expect(await page.locator(`#graph-list button[data-record="${HANSSEN_HEADS}"]`).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("asOf")).toBe("2008-10-07");
    await shot("04-hod-2008-10-07");
  });

  it("shows the HEADS edge's record when it is clicked in the drawing, and highlights the quote in its source", async () => {
    await newPage();
    await page.goto(`${server.base}/explore?actor=${HOD}&depth=1&asOf=2011-06-23`);
    await page.waitForSelector(drawn(HOD, 1, "2011-06-23"));
    const at = await page.evaluate((id) => (window as unknown as { explorer: { edgeMidpoint(id: string): { x: number; y: number } | null } }).explorer.edgeMidpoint(id), STROM_ERICHSEN_HEADS);
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await page.waitForSelector(`#record[data-record="${STROM_ERICHSEN_HEADS}"]`);
    expect(await page.locator("#record-title").textContent()).toContain("HEADS");
    const quote = page.locator("#record blockquote", { hasText: QUOTE });
    expect(await quote.count()).toBe(1);
    await quote.locator("xpath=..").locator("button[data-evidence]").click();
    const mark = page.locator("#source mark");
    await mark.waitFor();
    expect(await mark.textContent()).toBe(QUOTE);
    // The mark sits at the evidence's own offsets in Source.text.
    const { source } = await gql<{ source: { text: string } }>(`{ source(id: "doc:hod-2011-24-millioner-samhandling") { text } }`);
    const [start, end] = await mark.evaluate((m) => [Number((m as HTMLElement).dataset.start), Number((m as HTMLElement).dataset.end)]);
    expect(source.text.slice(start, end)).toBe(QUOTE);
    expect(new URL(page.url()).searchParams.get("sel")).toBe(STROM_ERICHSEN_HEADS);
    await shot("05-heads-evidence");
  });

  it("draws the 133 million as a Sankey of its stated parts", async () => {
    const { fundingFlow } = await gql<{ fundingFlow: { parts: { id: string }[] } }>(`{ fundingFlow(id: "${TOTAL_133}") { parts { id } } }`);
    expect(fundingFlow.parts.length).toBe(4);
    await newPage();
    await page.goto(`${server.base}/explore?actor=no:body:regjeringen&depth=1&sel=${TOTAL_133}`);
    await page.waitForSelector(`#record[data-record="${TOTAL_133}"]`);
    const links = await page.locator("#record svg.sankey path.link").evaluateAll((ps) => ps.map((p) => (p as SVGElement).dataset.flow));
    expect(links.sort()).toEqual([TOTAL_133, ...fundingFlow.parts.map((p) => p.id)].sort());
    expect(await page.locator('#record [data-field="discrepancy"]').textContent()).toContain("134.3 mill. NOK");
    await shot("06-sankey-133");
    // A part opens its own record, which leads back to its total.
    await page.locator('#record svg.sankey path.link[data-flow="flow:no:2011:ks-4"]').click();
    await page.waitForSelector('#record[data-record="flow:no:2011:ks-4"]');
    expect(await page.locator("#record-title").textContent()).toContain("4 mill. NOK");
  });

  it("draws an actor's money without double counting a total and its parts", async () => {
    const { actor } = await gql<{ actor: { fundingReceived: { totals: { value: string; currency: string; status: string }[] } } }>(
      `{ actor(id: "no:group:kommunene") { fundingReceived(filter: { yearFrom: 2011, yearTo: 2011, status: [ALLOCATED], currency: "NOK" }, first: 100) { totals { value currency status } } } }`,
    );
    await newPage();
    await page.goto(`${server.base}/explore?actor=no:group:kommunene&depth=1`);
    await page.waitForSelector('#actor[data-actor="no:group:kommunene"]');
    const figure = page.locator('#money figure[data-key="NOK · 2011 · ALLOCATED"]');
    const drawnTotal = await figure.locator("svg").getAttribute("aria-label");
    const apiTotal = Number(actor.fundingReceived.totals[0]!.value) / 1_000_000;
    expect(drawnTotal).toContain(`${apiTotal} mill. NOK`);
  });

  it("restores a view from its deep link, paths included", async () => {
    await newPage();
    await page.goto(`${server.base}/explore?actor=${HOD}&depth=2&asOf=2011-06-23&sel=${STROM_ERICHSEN_HEADS}&to=no:kommune:1102`);
    await page.waitForSelector(drawn(HOD, 2, "2011-06-23"));
    await page.waitForSelector(`#record[data-record="${STROM_ERICHSEN_HEADS}"]`);
    await page.waitForSelector("#paths-result[data-paths]");
    expect(await page.locator("#depth").inputValue()).toBe("2");
    expect(await page.locator("#as-of").inputValue()).toBe("2011-06-23");
    expect(Number(await page.getAttribute("#paths-result", "data-paths"))).toBeGreaterThan(0);
    expect(await page.locator("#paths-result").textContent()).toContain("Sandnes");
    // The export links carry what is on screen, and the server answers them.
    const gexf = await page.getAttribute('#exports a[data-format="gexf"]', "href");
    expect(gexf).toBe(`/export/gexf?seed=${encodeURIComponent(HOD)}&depth=2&asOf=2011-06-23`);
    const res = await fetch(`${server.base}${gexf}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<gexf");
    await shot("07-deep-link");

    // Re-centring by keyboard from the text list, then Back, restores the first view.
    await page.locator('#graph-list button[data-actor="no:directorate:helsedirektoratet"]').first().focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(drawn("no:directorate:helsedirektoratet", 2, "2011-06-23"));
    await page.goBack();
    await page.waitForSelector(drawn(HOD, 2, "2011-06-23"));
    await page.waitForSelector(`#actor[data-actor="${HOD}"]`);
  });

  it("says when the drawing is truncated", async () => {
    await newPage();
    await page.goto(`${server.base}/explore?actor=no:group:kommunene&depth=1&limit=50`);
    await page.waitForSelector('#drawing[data-view="no:group:kommunene|1|any|50"]');
    expect(await page.locator("#truncated").isVisible()).toBe(true);
    expect(await page.locator("#truncated").textContent()).toContain("Truncated");
    expect(await page.getAttribute("#drawing", "data-nodes")).toBe("50");
  });

  it("fits a phone-sized screen without sideways scrolling", async () => {
    await newPage({ width: 390, height: 844 });
    await page.goto(`${server.base}/explore?actor=${HOD}&depth=1&asOf=2011-06-23`);
    await page.waitForSelector(drawn(HOD, 1, "2011-06-23"));
    const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll).toBeLessThanOrEqual(width);
    await shot("08-phone");
  });
});

describe("the explorer's build", () => {
  it("serves exactly what a build of the current sources produces", async () => {
    const fresh = await buildExplorer();
    for (const name of ["index.html", "app.js", "app.css"]) {
      const res = await fetch(`${server.base}/explore/${name === "index.html" ? "" : name}`);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(fresh.files.get(name)!)).toBe(true);
      // What `npm start` serves (dist/explorer, written by `npm run build`) is current too.
      const built = await readFile(path.join(EXPLORER_OUT, name)).catch(() => Buffer.alloc(0));
      expect(built.equals(fresh.files.get(name)!), `dist/explorer/${name} is stale: run npm run build`).toBe(true);
    }
    const manifest = JSON.parse(fresh.files.get("manifest.json")!.toString()) as { files: Record<string, { gzipBytes: number }> };
    const gzipped = Object.values(manifest.files).reduce((s, f) => s + f.gzipBytes, 0);
    expect(gzipped).toBeLessThan(500 * 1024);
  });

  it("answers unknown files with 404 and writes with 405", async () => {
    expect((await fetch(`${server.base}/explore/secret.txt`)).status).toBe(404);
    expect((await fetch(`${server.base}/explore/../package.json`)).status).toBe(404);
    expect((await fetch(`${server.base}/explore`, { method: "POST" })).status).toBe(405);
  });
});
