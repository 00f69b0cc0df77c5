import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { gazetteerFromData } from "../../src/extract/data-gazetteer.js";
import { curatedGold, goldIsJoint, goldIsUnnamed, knownActorOf, overall, scoreDocument, withKnownActors, type GoldRow } from "../../src/extract/evaluate.js";
import { extract } from "../../src/extract/extract.js";
import { findMoney } from "../../src/extract/money.js";
import { DocumentInputError, decodeDocument, readDocument } from "../../src/extract/read-document.js";
import { readCuratedText } from "../../src/ingest/curated.js";
import { readAll } from "../../src/ingest/load.js";

const DEV = path.resolve("test/fixtures/dev-documents");
const gazetteer = gazetteerFromData("data");
const devFiles = fs.readdirSync(DEV).filter((f) => f.endsWith(".txt")).sort();
const seedFiles = fs.readdirSync("data/documents").filter((f) => f.endsWith(".txt")).sort();

describe("money", () => {
  const one = (text: string, lang: "nb" | "nn" | "da" = "nb") => findMoney(text, lang).map((m) => [m.value.toString(), m.currency]);
  it.each([
    ["gir 24,3 millioner kroner til", "24300000", "NOK"],
    ["5 milliarder kroner foreslås", "5000000000", "NOK"],
    ["kr 35 100 000", "35100000", "NOK"],
    ["mottar 427 813,- til", "427813", "NOK"],
    ["Tilskud: 2.390.000,00 kr.", "2390000", "DKK"],
    ["Tilskud: 11.269.712,50 kr.", "11269712", "DKK"],
    ["får 1,155 millionar, Herøy", "1155000", "NOK"],
    ["får sju millionar kroner", "7000000", "NOK"],
    ["og to mio. kr. til driften", "2000000", "DKK"],
    ["Fjaler: 620 ooo kroner", "620000", "NOK"],
    ["200 mio. kr. til flere", "200000000", "DKK"],
    ["rammen er 2,5 MNOK i år", "2500000", "NOK"],
    ["MNOK 3,5 til", "3500000", "NOK"],
    ["DKK 1,2 mia. til regionerne", "1200000000", "DKK"],
    ["får tre og en halv million kroner", "3500000", "NOK"],
    ["fikk en kvart million kroner til", "250000", "NOK"],
    ["får 1\u202f200\u202f000 kroner fra", "1200000", "NOK"],
    ["og 800\u2009000 kroner til", "800000", "NOK"],
    ["får 2½ million kroner", "2500000", "NOK"],
    ["får 2 1/2 million kroner", "2500000", "NOK"],
    ["får to hundre millioner kroner", "200000000", "NOK"],
    ["får tre hundre tusen kroner", "300000", "NOK"],
    ["får tjuefem millioner kroner", "25000000", "NOK"],
    ["modtager femogtyve mio. kr.", "25000000", "DKK"],
    ["modtager halvtreds mio. kr.", "50000000", "DKK"],
    ["modtager fem hundrede tusinde kr.", "500000", "DKK"],
    ["har selv afsat trekvart million kroner", "750000", "DKK"],
    ["I alt er der fordelt 3.550 t.kr. fra", "3550000", "DKK"],
    ["får 1 milliard og 200 millioner kroner", "1200000000", "NOK"],
    ["får 2 millioner og 500 000 kroner", "2500000", "NOK"],
    ["er innvilget et tilskudd på kroner 500.000 fra", "500000", "NOK"],
    ["fikk kroner 1,2 millioner til", "1200000", "NOK"],
  ])("when the text says '%s', then the amount is %s %s", (text, value, currency) => {
    expect(one(text, currency === "DKK" ? "da" : "nb")).toEqual([[value, currency]]);
  });

  it("when an amount is given to each, or hedged, then the mention says so; years, dates, counts and phone numbers are not money", () => {
    const [each] = findMoney("har fått tildelt 300 000 statlige kroner hver fra fylkeskommunen", "nb");
    expect([each!.value, each!.each]).toEqual([300000n, true]);
    const [hedged] = findMoney("som får nærmere 1,35 milliarder kroner", "nb");
    expect([hedged!.value, hedged!.hedge, hedged!.raw]).toEqual([1350000000n, "nærmere", "nærmere 1,35 milliarder kroner"]);
    expect(findMoney("I 2019 søgte 380 søknader 13.05.2020, tlf. 7843 8530, 1,5 millioner innbyggere", "da")).toEqual([]);
    // "kroner" before a year in a table's heading is no amount.
    expect(findMoney("Beløp i kroner 2019 2020", "nb")).toEqual([]);
    // A scale's dot may run straight into the currency; the adjective "danske" names the krone in a Norwegian text.
    const [glued] = findMoney("fikk 3,5 mill.kr. til", "nb");
    expect([glued!.value, glued!.raw]).toEqual([3500000n, "3,5 mill.kr."]);
    expect(one("fikk 3 millioner danske kroner", "nb")).toEqual([["3000000", "DKK"]]);
    // A pair given "henholdsvis" stays two amounts; each figure of such a list takes the last one's unit.
    expect(one("får henholdsvis 2 millioner og 500 000 kroner")).toEqual([["2000000", "NOK"], ["500000", "NOK"]]);
    expect(one("modtager henholdsvis 2, 3 og 5 mio. kr.", "da")).toEqual([["2000000", "DKK"], ["3000000", "DKK"], ["5000000", "DKK"]]);
  });

  it("when a note above a table or a list of labelled figures states their unit ('beløp i 1000 kroner', 'angivet i t.kr.'), then each figure is read in it; without the note a bare figure is no money", () => {
    const table = "Følgende kommuner får tilskudd (beløp i 1000 kroner):\n\nKommune\tTiltak\tTilskudd\nAlta\tKoordinerende enhet\t850\nHarstad\tHverdagsrehabilitering\t1 200";
    expect(one(table)).toEqual([["850000", "NOK"], ["1200000", "NOK"]]);
    const labelled = "Beløbene er angivet i t.kr.\n\nEsbjerg Kommune: 1.450\nKolding Kommune: 980";
    expect(one(labelled, "da")).toEqual([["1450000", "DKK"], ["980000", "DKK"]]);
    expect(one("Esbjerg Kommune: 1.450\nKolding Kommune: 980", "da")).toEqual([]);
  });
});

describe("reading documents", () => {
  it("when a text has a header block, then its metadata is read and the stored text starts after it", () => {
    const d = readDocument("TITLE: Får sju millionar\nPUBLISHER: Ryfylke\nDATE: 2014-10-31 (from the URL)\n-----\nFår sju millionar\n\nSauda kommune får sju millionar kroner.");
    expect(d.format).toBe("header-text");
    expect(d.meta).toMatchObject({ title: "Får sju millionar", publisher: "Ryfylke", dateText: "2014-10-31 (from the URL)" });
    expect(d.text).toBe("Får sju millionar\n\nSauda kommune får sju millionar kroner.");
  });

  it("when a text copied from a PDF breaks its sentences and words over lines, then the stored text joins them, and a year's report dates its facts by its title", () => {
    const raw = "TITLE: Tilskudd til kommunalt rusarbeid 2015 – årsrapport\nPUBLISHER: Helsedirektoratet\nDATE: 2016-03-15\n-----\n1 Innledning\n\nOslo kommune mottok det største enkelttil-\nskuddet, 42,5 millioner kroner. Bergen kom-\nmune mottok 18 millioner kroner til\nBergen legevakt. Helse Nord-\nTrøndelag HF og Helse-\nog omsorgsdepartementet er nevnt.\n\nKommune          Beløp\nHamar            900 000\n- Stange: 450 000\n- Løten: 250 000";
    const d = readDocument(raw);
    expect(d.text).toBe("1 Innledning\n\nOslo kommune mottok det største enkelttilskuddet, 42,5 millioner kroner. Bergen kommune mottok 18 millioner kroner til Bergen legevakt. Helse Nord-Trøndelag HF og Helse- og omsorgsdepartementet er nevnt.\n\nKommune          Beløp\nHamar            900 000\n- Stange: 450 000\n- Løten: 250 000");
    const f = extract(d, gazetteer).funding.filter((x) => x.amount !== "900000" && x.amount !== "450000" && x.amount !== "250000");
    expect(f.map((x) => [x.amount, x.recipient.id, x.year])).toEqual([["42500000", "no:kommune:0301", 2015], ["18000000", "no:kommune:1201", 2015]]);
  });

  it("when a saved page names no site but its title ends with one ('… | Statsforvalteren i Innlandet'), then that is its publisher", () => {
    const html = `<!doctype html><html lang="nb"><head><title>Kompetansetilskudd 2022 | Statsforvalteren i Innlandet</title><meta property="article:published_time" content="2022-04-08"></head><body><main><article><h1>Kompetansetilskudd 2022</h1><p>Statsforvalteren har behandlet 31 søknader om kompetanse- og innovasjonstilskudd fra kommunene i fylket, og tabellen under viser tildelingene.</p><table><tr><th>Kommune</th><th>Innvilget beløp</th></tr><tr><td>Vang kommune</td><td>250 000</td></tr></table></article></main></body></html>`;
    expect(readDocument(html).meta.publisher).toBe("Statsforvalteren i Innlandet");
    const [f] = extract(readDocument(html), gazetteer).funding;
    expect([f!.amount, f!.payer.label, f!.recipient.label]).toEqual(["250000", "Statsforvalteren i Innlandet", "Vang"]);
  });

  it("when a saved page breaks a paragraph with <br>, then the break ends a line; on a municipality's own page 'Kommunen' is the publisher", () => {
    const html = `<!doctype html><html lang="no"><head><title>Harstad kommune får 1,5 millioner - Harstad kommune</title><meta property="article:published_time" content="2019-09-05"></head><body><article><h1>Harstad kommune får 1,5 millioner</h1><p>Helsedirektoratet har gitt Harstad kommune 1,5 millioner kroner fra det nasjonale velferdsteknologiprogrammet.</p><p>Pengene skal brukes til digitalt tilsyn i hjemmetjenesten.<br>Kvæfjord kommune og Tjeldsund kommune deltar i prosjektet.</p><p>Kommunen har tidligere fått 800 000 kroner fra programmet, i 2017.</p></article></body></html>`;
    const d = readDocument(html);
    expect(d.text).toContain("i hjemmetjenesten.\nKvæfjord kommune og Tjeldsund kommune deltar");
    const f = extract(d, gazetteer).funding;
    expect(f.map((x) => [x.amount, x.year, x.recipient.id])).toEqual([["1500000", 2019, "no:kommune:1903"], ["800000", 2017, "no:kommune:1903"]]);
  });

  it("when a saved page lists grants as a description list under a cookie banner, then each term and its description are one list item, the banner is gone, and 'fire projekter' stays the projects", () => {
    const html = `<!doctype html><html lang="da"><head><title>Tilskud fra regionens sundhedspulje 2021</title><meta name="date" content="2021-04-09"></head><body><div class="cookie-banner">Vi bruger cookies.</div><main><article><h1>Tilskud fra regionens sundhedspulje 2021</h1><p>Region Sjælland har uddelt 1,2 mio. kr. fra sundhedspuljen til to projekter i samarbejde med kommunerne i regionen.</p><dl><dt>Slagelse Kommune</dt><dd>Rehabilitering i eget hjem: 680.000 kr.</dd><dt>Guldborgsund Kommune</dt><dd>Sundhedshus i Nykøbing F.: 520.000 kr.</dd></dl></article></main></body></html>`;
    const d = readDocument(html);
    expect(d.text).toContain("• Slagelse Kommune: Rehabilitering i eget hjem: 680.000 kr.\n• Guldborgsund Kommune: Sundhedshus i Nykøbing F.: 520.000 kr.");
    expect(d.text).not.toContain("cookies");
    const f = extract(d, gazetteer).funding;
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["1200000", null], ["680000", "dk:kommune:0330"], ["520000", "dk:kommune:0376"]]);
  });

  it("when a scraped text glues a photo's credit to the next sentence, then they are parted; a name written in camel case elsewhere is kept", () => {
    const d = readDocument("Ordfører Ida Pinnerød er glad. Foto: Ole Berg / Avisa NordlandBodø kommune får 2,3 millioner kroner.\n\nEn gruppe står på fjellet. Foto. - Klikk for stort bildeBlant mottakerne er TrygFonden.");
    expect(d.text).toBe("Ordfører Ida Pinnerød er glad. Foto: Ole Berg / Avisa Nordland\nBodø kommune får 2,3 millioner kroner.\n\nEn gruppe står på fjellet. Foto. - Klikk for stort bilde\nBlant mottakerne er TrygFonden.");
  });

  it("when a saved page is read, then Readability keeps the article and drops navigation, sharing links and captions", () => {
    const html = `<!doctype html><html lang="nb"><head><title>Sauda får sju millionar - Ryfylke</title></head><body>
      <nav><a href="/">Forside</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a></nav>
      <article><h1>Sauda får sju millionar</h1>
      <figure><img src="a.jpg"><figcaption>Foto: arkiv</figcaption></figure>
      <p>Sauda kommune får sju millionar kroner i skjønsmidlar for 2015 frå Fylkesmannen i Rogaland. Pengane skal gå til tiltak for born og unge i kommunen, og til arbeid innan rus og psykiatri.</p>
      <p>Ein million kroner av desse pengane er øyremerka tiltak innan rus/psykiatri. Fylkesmannen fordeler skjønsmidlane kvart år etter søknad frå kommunane i fylket.</p>
      <ul><li>Sauda: 7 000 000 kroner</li><li>Suldal: 2 000 000 kroner</li></ul></article>
      <div class="share"><a href="https://facebook.com/share">Del på Facebook</a></div>
      <footer>Kontakt redaksjonen</footer></body></html>`;
    const d = readDocument(html);
    expect(d.format).toBe("html");
    expect(d.meta.language).toBe("nb");
    expect(d.text).toContain("Sauda kommune får sju millionar kroner i skjønsmidlar for 2015 frå Fylkesmannen i Rogaland.");
    expect(d.text).toContain("• Sauda: 7 000 000 kroner");
    for (const noise of ["Forside", "Del på Facebook", "Kontakt redaksjonen", "Foto: arkiv"]) expect(d.text).not.toContain(noise);
    const ex = extract(d, gazetteer);
    expect(ex.funding.map((f) => [f.amount, f.recipient.id])).toContainEqual(["7000000", "no:kommune:1135"]);
  });

  it("when a saved page has a table of grants, then its rows stay rows and each row's figure goes to its name", () => {
    const html = `<!doctype html><html lang="nb"><head><title>Tildelinger 2019</title><meta property="article:published_time" content="2019-06-20"></head><body><article><h1>Tildelinger 2019</h1>
      <p>Fylkesmannen i Rogaland har fordelt kompetanse- og innovasjonstilskudd til kommunene i fylket. Tilskuddet skal styrke kompetansen i de kommunale helse- og omsorgstjenestene, og tabellen viser tildelt beløp per kommune.</p>
      <table><thead><tr><th>Kommune</th><th>Tildelt (kr)</th></tr></thead><tbody><tr><td>Stavanger</td><td>4 500 000</td></tr><tr><td>Sandnes</td><td>650 000</td></tr></tbody></table></article></body></html>`;
    const d = readDocument(html);
    expect(d.text).toContain("Kommune\tTildelt (kr)\nStavanger\t4 500 000\nSandnes\t650 000");
    expect(extract(d, gazetteer).funding.map((f) => [f.amount, f.recipient.id, f.payer.id])).toEqual([
      ["4500000", "no:kommune:1103", "no:county-governor:fylkesmannen-i-rogaland"],
      ["650000", "no:kommune:1102", "no:county-governor:fylkesmannen-i-rogaland"],
    ]);
  });

  it.each([
    ["an empty file", () => new Uint8Array(), "EMPTY"],
    ["a zip file", () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "BINARY"],
    ["Latin-1 text", () => new Uint8Array([0x53, 0xf8, 0x72]), "ENCODING"],
    ["3 MB of text", () => new Uint8Array(3 * 1024 * 1024).fill(0x61), "TOO_LARGE"],
  ] as const)("when the input is %s, then it is refused with %s as the reason", (_what, make, code) => {
    const bytes = make();
    expect(() => decodeDocument(bytes, "x.txt")).toThrow(DocumentInputError);
    try {
      decodeDocument(bytes, "x.txt");
    } catch (e) {
      expect((e as DocumentInputError).code).toBe(code);
      expect((e as Error).message).toMatch(/^x\.txt /);
    }
  });

  it("when HTML has no main text, then it is refused", () => {
    expect(() => readDocument("<html><body><nav><a href='/'>Hjem</a></nav></body></html>", { html: true })).toThrow(/no main text/);
  });
});

describe("the extractor", () => {
  const docs = [...devFiles.map((f) => path.join(DEV, f)), ...seedFiles.map((f) => path.join("data/documents", f))];
  it.each(docs)("when %s is extracted, then every quote stands verbatim at its offsets and every amount inside its quote", (file) => {
    const d = readDocument(fs.readFileSync(file, "utf8"));
    const ex = extract(d, gazetteer);
    for (const f of [...ex.funding, ...ex.relations]) {
      expect(d.text.slice(f.start, f.end)).toBe(f.quote);
      expect(d.text.split("\n").slice(0, f.line - 1).join("\n").length + (f.line > 1 ? 1 : 0)).toBeLessThanOrEqual(f.start);
    }
    for (const f of ex.funding) {
      expect(f.amountStart >= f.start && f.amountEnd <= f.end).toBe(true);
      expect(f.partOf === null || (f.partOf >= 0 && f.partOf < ex.funding.length)).toBe(true);
      if (f.recipient.id === null && f.recipient.name === null) expect(f.recipient.members).toBeUndefined();
    }
  });

  it("when the development set is scored against its gold, then precision is at least 0.9 and recall at least 0.85", () => {
    const gold = withKnownActors(parse(fs.readFileSync(path.join(DEV, "gold.csv")), { columns: true }) as GoldRow[], gazetteer);
    const scores = devFiles.map((f) => scoreDocument(f, gold.filter((g) => g.document === f), extract(readDocument(fs.readFileSync(path.join(DEV, f), "utf8")), gazetteer).funding));
    const all = overall(scores);
    expect(all.gold).toBe(81);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("when a recipient is not named, then it is left empty, and a name the graph lacks keeps its name with no id", () => {
    const d = readDocument(fs.readFileSync(path.join(DEV, "dk_altinget_2020_boern-og-unge-i-mistrivsel.txt"), "utf8"));
    const [f] = extract(d, gazetteer).funding;
    expect(f).toMatchObject({ amount: "102900000", currency: "DKK", recipient: { id: null, name: null, mention: "37 kommuner" }, year: 2020 });
    const vest = extract(readDocument(fs.readFileSync(path.join(DEV, "dk_vest-rm_2017_kraeftindsats-hospitalsenheden-vest.txt"), "utf8")), gazetteer).funding;
    expect(vest[0]!.recipient).toMatchObject({ id: null, name: "Hospitalsenheden Vest" });
  });

  it("when a total is followed by parts that add up, then each part points at it; a list under a total that misses it is reported", () => {
    const vest = extract(readDocument(fs.readFileSync(path.join(DEV, "dk_vest-rm_2017_kraeftindsats-hospitalsenheden-vest.txt"), "utf8")), gazetteer).funding;
    const total = vest.findIndex((f) => f.amount === "9700000");
    expect(vest.filter((f) => f.partOf === total).map((f) => f.amount).sort()).toEqual(["1100000", "1600000", "2000000", "5000000"]);
    const tffk = extract(readDocument(fs.readFileSync(path.join(DEV, "no_tffk_2023_frisklivstiltak-kommuner.txt"), "utf8")), gazetteer);
    expect(tffk.discrepancies).toHaveLength(1);
    expect(tffk.discrepancies[0]).toMatchObject({ partsSum: "1487500", difference: "75000" });
  });

  it("when names are inflected, nynorsk or joint, then they resolve to the graph's actors on the document's date", () => {
    const tk = extract(readDocument(fs.readFileSync(path.join(DEV, "no_tk_2022_sykehusene-2-5-milliarder-ekstra.txt"), "utf8")), gazetteer).funding;
    expect(tk.map((f) => f.recipient.id)).toEqual(["no:rhf:helse-sor-ost", "no:rhf:helse-vest", "no:rhf:helse-midt-norge", "no:rhf:helse-nord"]);
    const syd = extract(readDocument(fs.readFileSync(path.join(DEV, "dk_tvsyd_2019_kortere-vej-til-behandling.txt"), "utf8")), gazetteer).funding;
    expect(syd.find((f) => f.amount === "7280000")!.recipient.members).toEqual([{ id: "dk:kommune:0510", name: "Haderslev Kommune" }, { id: "dk:region:dk-83", name: "Region Syddanmark" }]);
    const vik = extract(readDocument(fs.readFileSync(path.join(DEV, "no_vikebladet_2018_ulstein-helsestasjon-ekstraloyving.txt"), "utf8")), gazetteer).funding;
    expect(vik.find((f) => f.amount === "343000")!.recipient.id).toBe("no:kommune:1515"); // Herøy in Møre og Romsdal, by its neighbours
    expect(vik[0]!.payer).toMatchObject({ id: "no:body:regjeringen", name: "Regjeringa" });
  });
});

describe("names that differ in their ending", () => {
  it("when a text says 'Kommunen' (the municipality), then it is the one named before, not the group of all municipalities", () => {
    const [f] = extract(readDocument("TITLE: T\nPUBLISHER: Avisa\nDATE: 2019-05-01\n-----\nT\n\nSauda kommune har lenge arbeidet for et nytt helsehus. Kommunen får 1,2 millioner kroner i tilskudd fra Helsedirektoratet."), gazetteer).funding;
    expect(f).toMatchObject({ amount: "1200000", payer: { id: "no:directorate:helsedirektoratet" }, recipient: { id: "no:kommune:1135" } });
    // The text's own word, resolved to the one municipality the document names.
    expect(f!.recipient).toMatchObject({ name: "Kommunen", label: "Sauda" });
  });
});

describe("the language of a short text", () => {
  it("when two Danish sentences name a Danish region, then the text is Danish, its kroner DKK and the region resolves", () => {
    const ex = extract(readDocument("TITLE: T\nPUBLISHER: DR\nDATE: 2017-03-01\n-----\nT\n\nRegion Syddanmark får 12,5 millioner kroner fra satspuljen til et projekt om psykiatri. Beløbet udbetales over tre år."), gazetteer);
    expect(ex.source.language).toBe("da");
    expect(ex.funding[0]).toMatchObject({ amount: "12500000", currency: "DKK", recipient: { id: "dk:region:dk-83" } });
  });

  it("when a Danish item has none of the listed words, then its spelling ('uddelt', 'sundhedshuse', 'mio.') makes it Danish and 'Regeringen' the Danish government", () => {
    const ex = extract(readDocument("TITLE: T\nPUBLISHER: TV Syd\nDATE: 2019-05-01\n-----\nT\n\nRegeringen har i alt uddelt 209,5 millioner kroner til læge- og sundhedshuse over hele landet. Tønder Kommune får 2,4 mio. kr."), gazetteer);
    expect(ex.source.language).toBe("da");
    expect(ex.funding.map((f) => [f.amount, f.currency, f.payer.id, f.recipient.id])).toEqual([
      ["209500000", "DKK", "dk:body:regeringen", null],
      ["2400000", "DKK", "dk:body:regeringen", "dk:kommune:0550"],
    ]);
  });

  it("when a Norwegian item writes 'utdelt', 'helsestasjoner' and 'mill.', then it stays Norwegian and 'Regjeringen' the Norwegian government", () => {
    const ex = extract(readDocument("TITLE: T\nPUBLISHER: iTromsø\nDATE: 2019-05-01\n-----\nT\n\nRegjeringen har utdelt 20 mill. kroner til helsestasjoner og informasjon. Tromsø kommune får 2 mill. kroner."), gazetteer);
    expect(ex.source.language).toBe("nb");
    expect(ex.funding.map((f) => [f.amount, f.currency, f.payer.id, f.recipient.id])).toEqual([
      ["20000000", "NOK", "no:body:regjeringen", null],
      ["2000000", "NOK", "no:body:regjeringen", "no:kommune:1902"],
    ]);
  });
  it("when a short item writes 'Randers Kommune' with a capital, then it is Danish; 'Bodø kommune' keeps a Norwegian one Norwegian", () => {
    const lang = (body: string) => extract(readDocument(`TITLE: T\nPUBLISHER: P\nDATE: 2019-05-01\n-----\nT\n\n${body}`), gazetteer).source.language;
    expect(lang("Randers Kommune og Silkeborg Kommune får 4,7 millioner kroner.")).toBe("da");
    expect(lang("Bodø kommune og Fauske kommune får 4,7 millioner kroner.")).toBe("nb");
  });

  it("when a short item's words read as Norwegian but it names a body only Denmark has ('Kommunalbestyrelsen i Gribskov'), then it is Danish and its kroner DKK; a common noun ('Kommunerne') casts no such vote", () => {
    const [f] = extract(readDocument("TITLE: T\nPUBLISHER: Lokalavisen\nDATE: 2019-03-01\n-----\nT\n\nKommunalbestyrelsen i Gribskov har bevilget 800.000 kr. til demensindsatsen."), gazetteer).funding;
    expect([f!.currency, f!.payer.id]).toEqual(["DKK", "dk:kommune:0270"]);
    const dk = extract(readDocument("TITLE: Kommunerne får 1,5 milliard mere til velfærd\nPUBLISHER: DR\nDATE: 2020-06-09\n-----\nKommunerne får 1,5 milliard mere til velfærd\n\nRegeringen og KL har indgået en aftale om kommunernes økonomi for 2021. Med aftalen får kommunerne 1,5 milliard kroner mere til service."), gazetteer);
    expect(dk.source.language).toBe("da");
  });
});

describe("a list written as text", () => {
  it("when each line is a name, a comma and an amount, with no bullet, then each amount goes to its line's name", () => {
    const ex = extract(readDocument("TITLE: T\nPUBLISHER: Helsedirektoratet\nDATE: 2016-05-01\n-----\nT\n\nFølgende kommuner får tilskudd:\n\nAlta kommune, 450 000 kroner\nHammerfest kommune, 300 000 kroner"), gazetteer);
    expect(ex.funding.map((f) => [f.amount, f.recipient.id])).toEqual([["450000", "no:kommune:2012"], ["300000", "no:kommune:2004"]]);
  });
});

describe("the year of a grant", () => {
  const year = (body: string) => extract(readDocument(`TITLE: T\nPUBLISHER: Nordlys\nDATE: 2017-03-01\n-----\nT\n\n${body}`), gazetteer).funding[0]!.year;

  it("when 'i fjor' compares ('mer enn i fjor'), then the year is the document's; when it dates the money, the year before", () => {
    expect(year("Universitetssykehuset Nord-Norge får 15 millioner kroner mer enn i fjor.")).toBe(2017);
    expect(year("Universitetssykehuset Nord-Norge fikk i fjor 15 millioner kroner.")).toBe(2016);
  });

  it("when the date is written with the month's name, in the header or above the text, then it is read", () => {
    const published = (header: string, top = "") => extract(readDocument(`TITLE: T\nPUBLISHER: P\nDATE: ${header}\n-----\n${top}T\n\nTromsø kommune får 2 millioner kroner.`), gazetteer).source.published;
    expect(published("14. mars 2013")).toBe("2013-03-14");
    expect(published("onsdag 5. december 2018")).toBe("2018-12-05");
    expect(published("not stated", "3. mai 2016\n")).toBe("2016-05-03");
    expect(published("not stated", "Publisert 12.03.2019 kl. 14:32\n")).toBe("2019-03-12");
    // A word that is no month's name gives no date.
    expect(published("12. kommunestyremøte 2016")).toBeNull();
  });

  it("when a budget document's title names its year, then amounts that state none belong to it; 'i år' stays the year of writing", () => {
    const years = (title: string, body: string) => extract(readDocument(`TITLE: ${title}\nPUBLISHER: Helse- og omsorgsdepartementet\nDATE: 08.10.2012\n-----\n${title}\n\n${body}`), gazetteer).funding.map((f) => f.year);
    expect(years("Statsbudsjettet 2013: Styrker samhandlingsreformen", "Regjeringen foreslår 50 millioner kroner til Tromsø kommune. I år får Tromsø kommune 20 millioner kroner.")).toEqual([2013, 2012]);
    expect(years("Styrker samhandlingsreformen", "Regjeringen foreslår 50 millioner kroner til Tromsø kommune.")).toEqual([2012]);
  });
  it("when a release of February says 'Stortinget vedtok i desember å bevilge …', then that money is last year's; 'skal utbetales i desember' stays this year's", () => {
    const past = extract(readDocument("TITLE: t\nPUBLISHER: Adresseavisen\nDATE: 2016-02-04\n-----\nStortinget vedtok i desember å bevilge 200 millioner kroner ekstra til de regionale helseforetakene."), gazetteer).funding;
    expect(past.map((f) => [f.amount, f.year])).toEqual([["200000000", 2015]]);
    const ahead = extract(readDocument("TITLE: t\nPUBLISHER: Adresseavisen\nDATE: 2016-02-04\n-----\nHelse Midt-Norge RHF skal utbetale 15 millioner kroner til St. Olavs hospital HF i desember."), gazetteer).funding;
    expect(ahead.map((f) => [f.amount, f.year])).toEqual([["15000000", 2016]]);
  });
});

describe("who paid", () => {
  const facts = (publisher: string, body: string, date = "2016-03-01") =>
    extract(readDocument(`TITLE: T\nPUBLISHER: ${publisher}\nDATE: ${date}\n-----\nT\n\n${body}`), gazetteer).funding;

  it("when a grant comes 'fra' a body that usually receives, then that body is the payer, not the newspaper that reports it", () => {
    const fromCounty = facts("NRK Sápmi (nrk.no)", "Fem kommuner i Finnmark har fått tildelt 300 000 statlige kroner hver fra fylkeskommunen. Pengene gikk til Hammerfest, Tana, Sør-Varanger, Båtsfjord og Måsøy.");
    expect(fromCounty.length).toBeGreaterThan(0);
    for (const f of fromCounty) expect(f.payer).toMatchObject({ name: "fylkeskommunen" });
    const fromHospitals = extract(readDocument(fs.readFileSync(path.join("data/documents", "002_442032cfe7ce1a39.txt"), "utf8")), gazetteer).funding;
    expect(fromHospitals.find((f) => f.amount === "4200000000")).toMatchObject({ payer: { id: "no:group:sykehusene" }, recipient: { id: "no:group:kommunene" } });
  });

  it("when a total names no payer and all its parts name the same one, then that one pays the total", () => {
    const nrk = extract(readDocument(fs.readFileSync(path.join(DEV, "no_nrk-sapmi_undated_naermiljo-folkehelse-finnmark.txt"), "utf8")), gazetteer).funding;
    const total = nrk.find((f) => f.amount === "1500000")!;
    expect(nrk.filter((f) => f.partOf === nrk.indexOf(total))).toHaveLength(5);
    expect(total.payer).toMatchObject({ name: "fylkeskommunen" });
    expect(total.rule).toContain("payer:of-its-parts");
  });

  it("when no one is named as paying, then a publisher the graph lacks (a newspaper) is left out and the payer stays empty", () => {
    const [paper] = facts("Avisa Valdres (avisa-valdres.no)", "Vang kommune har fått 2 millioner kroner til helsestasjonen.");
    expect(paper).toMatchObject({ amount: "2000000", recipient: { id: "no:kommune:0545" }, payer: { id: null, name: null } });
    expect(paper!.rule).not.toContain("payer:publisher");
    // A public body's own release still pays out of it.
    const [own] = facts("Helse- og omsorgsdepartementet (regjeringen.no)", "Vang kommune har fått 2 millioner kroner til helsestasjonen.");
    expect(own).toMatchObject({ payer: { id: "no:ministry:hod" }, recipient: { id: "no:kommune:0545" } });
  });

  it("when a sentence that gives frames a numbered list, then its first item goes to the sentence's recipient, not to the giver as a heading", () => {
    const fm = extract(readDocument(fs.readFileSync(path.join(DEV, "no_fylkesmannen-trondelag_2020_tilskudd-rus-psykisk-helse-vold.txt"), "utf8")), gazetteer).funding;
    const first = fm.find((f) => f.amount === "35100000")!;
    expect(first).toMatchObject({ payer: { id: "no:county-governor:fylkesmannen-i-trondelag" }, recipient: { id: null, name: null } });
    expect(first.rule).toContain("recipient:list-frame");
    // Every item of the list reads the same way.
    for (const amount of ["3490000", "19377948", "4000000"]) expect(fm.find((f) => f.amount === amount)!.rule).toContain("recipient:list-frame");
  });

  it("when a municipality or region is the subject of an active giving verb, Danish spellings included, then it is the payer; the subject of an s-passive receives", () => {
    const dk = facts("Århus Stiftstidende (jp.dk)", "Byrådet har i dag besluttet at styrke indsatsen for de ældre borgere i kommunen. Aarhus Kommune bevilliger 2 mio. kr. til Sundhedshuset i Gellerup. Pengene skal bruges til flere medarbejdere, og de første ansættelser forventes at være på plads efter sommerferien. Region Midtjylland har givet 1,5 mio. kr. til det samme projekt.");
    expect(dk.map((f) => [f.amount, f.currency, f.payer.id, f.recipient.id])).toEqual([["2000000", "DKK", "dk:kommune:0751", null], ["1500000", "DKK", "dk:region:dk-82", null]]);
    const [passive] = facts("Avisa", "Sauda kommune tildeles 2 millioner kroner til et nytt helsehus i sentrum av byen.");
    expect(passive).toMatchObject({ recipient: { id: "no:kommune:1135" }, payer: { id: null } });
  });

  it("when an amount's unit ends a sentence ('… 2,1 mio. kr. Desuden …'), then the next sentence's amount has its own recipient", () => {
    const dk = facts("Sundhedsstyrelsen (sst.dk)", "Sundhedsstyrelsen har i dag fordelt midler til styrket indsats for ældre. Aarhus Kommune modtager 2,1 mio. kr. Desuden bevilliges der 800.000 kr. til Odense Kommune. Projekterne skal være afsluttet i 2021.");
    expect(dk.map((f) => [f.amount, f.recipient.id])).toEqual([["2100000", "dk:kommune:0751"], ["800000", "dk:kommune:0461"]]);
    expect(dk[0]!.quote).toBe("Aarhus Kommune modtager 2,1 mio. kr.");
  });

  it("when a sentence grants less than was applied for, then only the granted amount is a fact; a sentence with its own giver starts a fact of its own", () => {
    const no = facts("Bergens Tidende", "Helse Bergen har fått 10 millioner kroner fra Helse Vest til nye senger. Bergen kommune søkte om 2 millioner kroner, men fikk 1 million kroner. Regjeringen har satt av 150 millioner kroner i statsbudsjettet for 2020 til frisklivssentraler.");
    expect(no.map((f) => [f.amount, f.payer.id, f.recipient.id])).toEqual([
      ["10000000", "no:rhf:helse-vest", "no:hf:helse-bergen"],
      ["1000000", "no:body:regjeringen", "no:kommune:1201"],
      // Not Bergen kommune, the recipient of the sentence before.
      ["150000000", "no:body:regjeringen", null],
    ]);
  });

  it("when a Danish passive names its agent with 'af', then the agent pays, also a region", () => {
    const dk = facts("Fyens Stiftstidende", "Odense Kommune har fået 5,2 millioner kroner af Sundhedsstyrelsen til et nyt sundhedshus. Projektet er tildelt 3 mio. kr. af Region Syddanmark, oplyser kommunen.");
    expect(dk.map((f) => [f.amount, f.payer.name, f.recipient.id])).toEqual([["5200000", "Sundhedsstyrelsen", "dk:kommune:0461"], ["3000000", "Region Syddanmark", "dk:kommune:0461"]]);
  });

  it("when a sentence opens with 'heraf' and names two parts, then both are parts of the total before it, not the second of the first", () => {
    const dk = facts("Sundheds- og Ældreministeriet (sum.dk)", "Regeringen afsætter 300 mio. kr. til et løft af psykiatrien. Heraf går 100 mio. kr. til Region Hovedstaden og 50 mio. kr. til Region Nordjylland.");
    expect(dk.map((f) => [f.amount, f.recipient.id, f.partOf])).toEqual([["300000000", null, null], ["100000000", "dk:region:dk-84", 0], ["50000000", "dk:region:dk-81", 0]]);
  });

  it("when an adverbial comes first and the subject follows the giving verb, then that subject pays; after a name it is the indirect object", () => {
    const roles = (publisher: string, body: string) => facts(publisher, body).map((f) => [f.amount, f.payer.id ?? f.payer.name, f.recipient.id]);
    expect(roles("Fyens Stiftstidende", "I år giver Region Syddanmark 5 mio. kr. til Odense Kommune.")).toEqual([["5000000", "dk:region:dk-83", "dk:kommune:0461"]]);
    // A particle verb split by its subject: "deler … ut".
    expect(roles("Finnmarken", "Totalt deler fylkeskommunen ut 3,2 millionar kroner til Alta kommune.")).toEqual([["3200000", "fylkeskommunen", "no:kommune:2012"]]);
    expect(roles("Finnmarken", "Regjeringen gir Tromsø kommune 2 millioner kroner ekstra.")).toEqual([["2000000", "no:body:regjeringen", "no:kommune:1902"]]);
    // A name in the fronted subordinate clause does not stop the main clause's subject from paying.
    expect(roles("Finnmarken", "Når kommunen søker, gir Helsedirektoratet 20 millioner kroner til Alta kommune.")).toEqual([["20000000", "no:directorate:helsedirektoratet", "no:kommune:2012"]]);
  });

  it("when a body 'har innvilget' an amount, then it granted it; when the amount 'er innvilget' or someone 'har fått innvilget' it, it was received", () => {
    const roles = (body: string) => facts("Bergens Tidende", body).map((f) => [f.payer.id ?? f.payer.name, f.recipient.id ?? f.recipient.name]);
    expect(roles("Fylkesmannen i Hordaland har innvilget 1,8 millioner kroner til Bergen kommune.")).toEqual([["no:county-governor:fylkesmannen-i-hordaland", "no:kommune:1201"]]);
    expect(roles("Bergen kommune har fått innvilget 1,8 millioner kroner fra Fylkesmannen i Hordaland.")).toEqual([["no:county-governor:fylkesmannen-i-hordaland", "no:kommune:1201"]]);
  });

  it("when a sentence opens with a collective ('Kommunene i Innlandet får …'), then the collective receives, not the county inside it", () => {
    const [f] = facts("Østlendingen", "Kommunene i Innlandet får 45 millioner kroner i tilskudd til rusarbeid.");
    expect(f!.recipient).toMatchObject({ id: null, mention: "Kommunene i Innlandet" });
  });

  it("when a name is written with 'St.' ('St. Olavs hospital'), then it resolves like the registry's 'St Olavs Hospital HF'", () => {
    const [f] = facts("Adresseavisen", "Helse Midt-Norge RHF gir St. Olavs hospital 30 millioner kroner til nytt akuttmottak.");
    expect([f!.payer.id, f!.recipient.id]).toEqual(["no:rhf:helse-midt-norge", "no:hf:st-olavs-hospital"]);
  });

  it("when money is spread 'på' a counted collective, then the collective receives; 'på' before anything else names no recipient", () => {
    const [spread] = facts("Dagbladet", "Helsedirektoratet fordeler 60 millioner kroner på 40 kommuner.");
    expect(spread!.recipient).toMatchObject({ id: null, mention: "40 kommuner" });
    const [budget] = facts("Dagbladet", "Helsedirektoratet har 60 millioner kroner på budsjettet til Tromsø kommune.");
    expect(budget!.recipient.id).toBe("no:kommune:1902");
  });

  it("when two bodies named together give ('… sætter i fællesskab 10 mio. kr. af'), then both pay and neither receives", () => {
    const [f] = facts("Region Hovedstaden", "Region Hovedstaden og Københavns Kommune sætter i fællesskab 10 mio. kr. af til et nyt udgående team.");
    expect(f!.payer).toMatchObject({ id: null, members: [{ id: "dk:region:dk-84" }, { id: "dk:kommune:0101" }] });
    expect(f!.recipient.id ?? f!.recipient.name ?? null).toBeNull();
  });

  it("when a collective's place is 'i kommunene', then the whole phrase is its name, not a cut 'i kommunen'", () => {
    const [f] = facts("Regjeringen", "Regjeringen setter i år 50 millioner kroner av til frisklivssentraler i kommunene.");
    expect([f!.payer.id, f!.recipient.mention]).toEqual(["no:body:regjeringen", "frisklivssentraler i kommunene"]);
  });

  it("when 'fra' introduces a name the graph does not know ('fra Husbanken'), then that name pays; Danish 'af' before a name is not enough ('drift af PET-CT')", () => {
    const [f] = facts("Avisa Nordland", "Bodø kommune har fått tilsagn om 2 millioner kroner fra Husbanken.");
    expect([f!.payer.name, f!.recipient.id]).toEqual(["Husbanken", "no:kommune:1804"]);
    const [dk] = facts("Herning Folkeblad", "Regionen har øremærket 5 mio. kr. til drift af PET-CT scannerne.");
    expect(dk!.payer.name).toBe("Regionen");
  });

  it("when a body is named by its common noun ('departementet', 'Regionsrådet', 'kommunen'), then it is the one actor of that kind the document or its publisher names", () => {
    const parties = (publisher: string, body: string) => facts(publisher, body).map((f) => [f.payer.id ?? f.payer.name, f.recipient.id ?? f.recipient.name ?? f.recipient.mention ?? null]);
    expect(parties("Firda (firda.no)", "Førde kommune har fått 1,2 millionar kroner frå Helse- og omsorgsdepartementet. I tillegg har departementet løyvd 200 000 kroner til kommunen.")).toEqual([
      ["no:ministry:hod", "no:kommune:1432"],
      ["no:ministry:hod", "no:kommune:1432"],
    ]);
    // The region that publishes the release, also when its name comes with a unit's.
    expect(parties("Hospitalsenheden Vest, Region Midtjylland (vest.rm.dk)", "Regionsrådet har besluttet at tildele Hospitalsenheden Vest 9,7 mio. kr.")[0]![0]).toBe("dk:region:dk-82");
    // The council of a named region is that region.
    expect(parties("Nordjyske", "Regionsrådet i Region Nordjylland har besluttet at give 6 mio. kr. til Hjørring Kommune.")).toEqual([["dk:region:dk-81", "dk:kommune:0860"]]);
    // Two ministries named: "departementet" could be either, so it stays a name.
    expect(parties("Firda (firda.no)", "Helse- og omsorgsdepartementet og Kommunal- og moderniseringsdepartementet samarbeider. Departementet gir 3 millioner kroner til Førde kommune.")[0]![0]).toBe("Departementet");
    // With two municipalities, "kommunen" is no one in particular.
    expect(parties("Firda (firda.no)", "Førde kommune og Flora kommune samarbeider. Fylkesmannen i Sogn og Fjordane har løyvd 200 000 kroner til kommunen.")[0]![1]).toBeNull();
  });

  it("when a lower-case word is a letter away from a name ('kommunale', 'kommunane'), then it is not that name", () => {
    const [f] = facts("Regjeringen", "Regjeringen foreslår å bevilge 250 millioner kroner til kommunale øyeblikkelig hjelp-tilbud.");
    expect(f!.recipient.id).toBeNull();
  });

  it("when amounts go to names 'henholdsvis', then each goes to its name in order; the first takes the unit of the second", () => {
    const f = facts("Avisa Nordland", "Saltdal og Fauske kommune får henholdsvis 350 000 og 420 000 kroner fra Helsedirektoratet.");
    expect(f.map((x) => [x.amount, x.recipient.id, x.payer.id])).toEqual([
      ["350000", "no:kommune:1840", "no:directorate:helsedirektoratet"],
      ["420000", "no:kommune:1841", "no:directorate:helsedirektoratet"],
    ]);
    expect(findMoney("får henholdsvis 1,2 og 0,9 mio. kr.", "da").map((m) => m.value)).toEqual([1200000n, 900000n]);
    // Also the places a collective names.
    const dk = facts("Region Hovedstaden", "Projekterne i Helsingør og Hillerød får henholdsvis 1,2 mio. kr. og 900.000 kr.");
    expect(dk.map((x) => [x.amount, x.recipient.id])).toEqual([["1200000", "dk:kommune:0217"], ["900000", "dk:kommune:0219"]]);
    // Without "henholdsvis" a bare number before an amount is no amount ("mellom 2 og 3 millioner" is a range).
    expect(findMoney("mellom 2 og 3 millioner kroner", "nb").map((m) => m.value)).toEqual([3000000n]);
  });

  it("when 'de resterende' millions go to someone else, then they are a grant of their own, not a restatement", () => {
    const f = facts("Helse Nord RHF (helse-nord.no)", "Styret i Helse Nord RHF har vedtatt å fordele 12 millioner kroner. Universitetssykehuset Nord-Norge HF får 4,5 millioner kroner, Nordlandssykehuset HF får 3,5 millioner kroner og Helgelandssykehuset HF får 2 millioner kroner. Finnmarkssykehuset HF får de resterende 2 millionene.");
    expect(f.map((x) => [x.amount, x.payer.id, x.partOf])).toEqual([
      ["12000000", "no:rhf:helse-nord", null],
      ["4500000", "no:rhf:helse-nord", 0],
      ["3500000", "no:rhf:helse-nord", 0],
      ["2000000", "no:rhf:helse-nord", 0],
      ["2000000", "no:rhf:helse-nord", 0],
    ]);
    expect(f[4]!.recipient.name).toBe("Finnmarkssykehuset HF");
  });

  it("when a body gives 'fra puljen', then the body pays, not its pool", () => {
    const [f] = facts("Sundheds- og Ældreministeriet (sum.dk)", "Sundheds- og Ældreministeriet har nu fordelt 6,1 mio. kr. fra puljen til Aarhus Kommune.");
    expect([f!.payer.id, f!.recipient.id]).toEqual(["dk:ministry:sum", "dk:kommune:0751"]);
  });

  it("when a sentence gives with a verb of its own but names no recipient, then it does not borrow the one before", () => {
    const f = facts("Helse- og omsorgsdepartementet", "Tilskuddet på 1,5 millioner kroner til KS videreføres. Det er satt av 20 millioner kroner til forskning på samhandling.");
    expect(f.map((x) => x.recipient.id)).toEqual(["no:association:ks", null]);
  });

  it("when money is cut, lost, lent or the recipient's own share, then it is no grant", () => {
    const f = facts("Dagsavisen", "Regjeringen kutter 20 millioner kroner i tilskuddet til frisklivssentraler. Oslo kommune mister dermed 1,5 millioner kroner. Tromsø kommune får 2 millioner kroner mindre enn i fjor. Kommunen må selv dekke en egenandel på 500 000 kroner. Husbanken har gitt Drammen kommune et lån på 30 millioner kroner. Bodø kommune får 400 000 kroner fra Helsedirektoratet.");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["400000", "no:kommune:1804"]]);
  });

  it("when a name the graph lacks stands between an auxiliary and a giving participle ('har Husbanken gitt'), then it pays and the name after the verb receives", () => {
    const [f] = facts("Drammens Tidende", "Samtidig har Husbanken gitt Drammen kommune 3 millioner kroner i tilskudd.");
    expect([f!.payer.name, f!.recipient.id]).toEqual(["Husbanken", "no:kommune:0602"]);
  });

  it("when the same figure comes again in words with no one named ('Det er en halv milliard kroner'), then it restates the total, not the last fact", () => {
    const f = facts("Danske Regioner", "Med finansloven for 2021 får regionerne samlet 500 mio. kr. Region Midtjylland får DKK 110 mio., og Region Syddanmark får 105 mio. DKK. Det er en halv milliard kroner, som skal styrke samarbejdet.");
    expect(f.map((x) => [x.amount, x.recipient.id ?? x.recipient.mention])).toEqual([["500000000", "regionerne"], ["110000000", "dk:region:dk-82"], ["105000000", "dk:region:dk-83"]]);
  });

  it("when a text table lists grants under a header that names money, then each row's figure goes to its row's name and a 'Sum' row is their total", () => {
    const table = (publisher: string, body: string) => facts(publisher, body).map((x) => [x.amount, x.recipient.id ?? x.recipient.mention ?? x.recipient.name, x.partOf]);
    expect(table("Fylkesmannen i Rogaland", "Fylkesmannen i Rogaland har fordelt tilskudd til kommunene.\n\nKommune\tTildelt (kr)\nStavanger\t4 500 000\nSandnes\t650 000\nSum\t5 150 000")).toEqual([
      ["4500000", "no:kommune:1103", 2],
      ["650000", "no:kommune:1102", 2],
      // The county governor's municipalities, not the group of every municipality in the country.
      ["5150000", "kommunene", null],
    ]);
    // The column applied for is not money granted; a header's "(1000 kr.)" scales its figures and is no amount.
    expect(table("Sundhedsstyrelsen (sst.dk)", "Sundhedsstyrelsen har fordelt midler.\n\nKommune | Ansøgt beløb | Tilskud (kr.)\nTønder Kommune | 3.000.000 | 2.390.000\n\nBeløb i 1000 kr.:\nKommune\tTilskud (1000 kr.)\nVejle Kommune\t1.500")).toEqual([
      ["2390000", "dk:kommune:0550", null],
      ["1500000", "dk:kommune:0630", null],
    ]);
    // Every row of a long table is under its header, the 80th as the first.
    const rows = Array.from({ length: 80 }, (_, i) => `Stavanger\t${i + 100} 123`).join("\n");
    const long = facts("Fylkesmannen i Rogaland", `Fylkesmannen i Rogaland har fordelt tilskudd.\n\nKommune\tTildelt (kr)\n${rows}`);
    expect(long.length).toBe(80);
    expect(long[79]!.amount).toBe("179123");
    // A header that names no money makes figures none: inhabitants are not kroner.
    expect(table("Fylkesmannen i Rogaland", "Kommune\tInnbyggere\nStavanger\t130 000")).toEqual([]);
  });

  it("when money goes 'til et projekt på Sygehus Lillebælt', then the hospital receives; when bodies named before 'som hver bidrager med' an amount, then each pays it", () => {
    const f = facts("Region Syddanmark (regionsyddanmark.dk)", "Regionsrådet har bevilget 4,2 millioner kroner til et telemedicinsk projekt på Sygehus Lillebælt. Projektet gennemføres i samarbejde med Vejle Kommune og Kolding Kommune, som hver bidrager med 500.000 kroner.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.name])).toEqual([
      ["4200000", "dk:region:dk-83", "Sygehus Lillebælt"],
      ["500000", "dk:kommune:0630", null],
      ["500000", "dk:kommune:0621", null],
    ]);
  });

  it("when a title ends with a place and the next paragraph opens with a name ('… i Vestland' / 'Statsforvaltaren har delt ut …'), then they are two mentions, and the county governor gives", () => {
    const f = extract(readDocument("TITLE: Millionar til kommunane i Vestland\nPUBLISHER: Statsforvaltaren i Vestland (statsforvaltaren.no)\nDATE: 2021-03-10\n-----\nMillionar til kommunane i Vestland\n\nStatsforvaltaren har delt ut 9,4 millionar kroner til fornyings- og innovasjonsprosjekt i kommunane."), gazetteer).funding;
    expect(f.map((x) => [x.payer.name, x.payer.id, x.recipient.mention])).toEqual([["Statsforvaltaren", "no:county-governor:statsforvalteren-i-vestland", "kommunane"]]);
    expect(f[0]!.rule).toContain("payer:giver");
  });

  it("when a call offers a ceiling or a range ('kan få inntil 500 000 kroner'), then it is no grant; the call itself ('lyser ut') is announced money", () => {
    const f = facts("Helsedirektoratet (helsedirektoratet.no)", "Helsedirektoratet lyser ut 50 millioner kroner i tilskudd til kommunale akuttplasser. Kommunene kan få inntil 500 000 kroner hver. Hver kommune kan få mellom 200 000 og 500 000 kroner.");
    expect(f.map((x) => [x.amount, x.payer.id, x.status])).toEqual([["50000000", "no:directorate:helsedirektoratet", "ANNOUNCED"]]);
  });

  it("when a minister says that a body gives, then the body pays, and the minister pays nothing the text does not say", () => {
    const f = facts("Avisa", "Helse- og omsorgsminister Bent Høie sier at regjeringen vil gi 100 millioner kroner. Pengene fordeles slik:\n\n• Helse Vest RHF: 344 millioner kroner");
    expect(f.map((x) => x.payer.id)).toEqual(["no:body:regjeringen", "no:body:regjeringen"]);
  });

  it("when a recipient puts its own money in ('Kommunen selv lægger yderligere 1,5 mio. kr. i projektet'), then it pays, and the grant's payer does not", () => {
    const f = facts("JydskeVestkysten", "Tønder Kommune får 2,4 millioner kroner af regeringens pulje til læge- og sundhedshuse. Kommunen selv lægger yderligere 1,5 mio. kr. i projektet.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["2400000", "dk:body:regeringen", "dk:kommune:0550"], ["1500000", "dk:kommune:0550", null]]);
  });

  it("when a mayor says 'Vi har fått' an amount, then the body the speaker is named with receives it, from whoever paid the group it belongs to", () => {
    const f = facts("Finnmark Dagblad", "Kommunene Alta, Hammerfest og Vadsø får til sammen 3 millioner kroner fra Helse Nord RHF til interkommunal legevakt.\n\n– Vi har fått 1,2 millioner kroner, og det er vi veldig fornøyd med, sier ordfører Monica Nielsen i Alta kommune.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id ?? x.recipient.name])).toEqual([
      ["3000000", "no:rhf:helse-nord", "Alta, Hammerfest og Vadsø"],
      ["1200000", "no:rhf:helse-nord", "no:kommune:2012"],
    ]);
  });

  it("when amounts are listed in brackets after names, or a second clause leaves out its verb ('… og 500 000 kroner til Forsand'), then each goes to its own name", () => {
    const f = facts("Ryfylke (ryfylke.net)", "Fylkesmannen i Rogaland har fordelt 4 millioner kroner til rusarbeid. Følgende kommuner fikk tilskudd: Sauda (1,2 millioner kroner), Suldal (800 000 kroner) og Hjelmeland (500 000 kroner).\n\nMidlene fordeles med 1 million kroner til Strand og 500 000 kroner til Forsand.");
    expect(f.map((x) => [x.amount, x.recipient.id, x.partOf])).toEqual([
      ["4000000", null, null],
      ["1200000", "no:kommune:1135", 0],
      ["800000", "no:kommune:1134", 0],
      ["500000", "no:kommune:1133", 0],
      ["1000000", "no:kommune:1130", 0],
      ["500000", "no:kommune:1129", 0],
    ]);
  });

  it("when a sentence grants without an amount and the next opens with the grant ('Tilskuddet er på …'), then the amount has that sentence's parties", () => {
    const received = facts("Avisa Nordland", "Bodø kommune har fått tilskudd fra Helsedirektoratet til et nytt prosjekt. Tilskuddet er på 2,5 millioner kroner.");
    const granted = facts("Avisa Nordland", "Helsedirektoratet har innvilget Bodø kommune tilskudd til et nytt prosjekt. Beløpet er 2,5 millioner kroner.");
    for (const f of [received, granted]) expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["2500000", "no:directorate:helsedirektoratet", "no:kommune:1804"]]);
  });

  it("when a body 'har givet tilsagn om' an amount, then it gives it; a 'til X' after a second amount is that amount's, not the first's", () => {
    const [dk] = facts("JydskeVestkysten", "Region Syddanmark har givet tilsagn om 3 mio. kr. til Esbjerg Kommune.");
    expect([dk!.payer.id, dk!.recipient.id]).toEqual(["dk:region:dk-83", "dk:kommune:0561"]);
    const no = facts("NRK", "Av de 10 millionene går 4 millioner til Bergen kommune og 6 millioner til Stavanger kommune.");
    expect(no.map((x) => [x.amount, x.recipient.id, x.partOf])).toEqual([["10000000", null, null], ["4000000", "no:kommune:1201", 0], ["6000000", "no:kommune:1103", 0]]);
  });

  it("when an amount is a rate ('per døgn', 'pr. indlæggelse') or a body's own budget, then it is no grant; a yearly grant ('per år') is", () => {
    const f = facts("NRK", "Kommunene må betale 4 000 kroner per døgn for utskrivningsklare pasienter. Kommunerne betaler 1.200 kr. pr. indlæggelse. Tromsø kommune har et budsjett på 4 milliarder kroner. Helsedirektoratet gir Tromsø kommune 3 millioner kroner per år.");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["3000000", "no:kommune:1902"]]);
  });

  it("when a lead names who gets money and the first amount after bylines is 'tildelingen på' it, then the lead's recipient gets it; 'kommunen' later is the municipality the document is about", () => {
    const doc = "TITLE: Fikk 4,2 millioner til lokalmedisinsk senter\nPUBLISHER: NRK Nordland (nrk.no)\nDATE: 2013-09-04\n-----\nFikk 4,2 millioner til lokalmedisinsk senter\nVefsn kommune får statlige penger til å bygge opp tilbudet på Mosjøen lokalmedisinske senter.\nKari Nilsen\nJournalist\nPublisert 4. sep. 2013 kl. 12:10\nDet er Helsedirektoratet som står bak tildelingen på 4,2 millioner kroner.\nSenteret skal gi tilbud til pasienter fra Vefsn, Grane og Hattfjelldal. Helgelandssykehuset HF bidrar med 1,5 millioner kroner i driftsmidler.\nI fjor fikk kommunen 800 000 kroner til planlegging av senteret.";
    const f = extract(readDocument(doc), gazetteer).funding;
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id, x.year])).toEqual([
      ["4200000", "no:directorate:helsedirektoratet", "no:kommune:1824", 2013],
      ["1500000", "no:hf:helgelandssykehuset", null, 2013],
      // Not the health trust of the sentence before: "kommunen" is a municipality.
      ["800000", "no:directorate:helsedirektoratet", "no:kommune:1824", 2012],
    ]);
  });

  it("when a body 'har sammen med' another applied for and got money, then both receive it together", () => {
    const [f] = facts("TV Midtvest", "Holstebro Kommune har sammen med Regionshospitalet Gødstrup søgt og fået 3,8 millioner kroner fra Sundheds- og Ældreministeriets pulje.");
    expect(f!.payer.id).toBe("dk:ministry:sum");
    expect(f!.recipient).toMatchObject({ id: null, name: "Holstebro Kommune sammen med Regionshospitalet Gødstrup", members: [{ id: "dk:kommune:0661" }, { id: null, name: "Regionshospitalet Gødstrup" }] });
  });

  it("when a county governor or a health trust gives to 'kommunene' or 'helseforetakene', then they are its own, described, not the country's group", () => {
    const recipient = (body: string) => facts("Avisa", body)[0]!.recipient;
    expect(recipient("Helse- og omsorgsdepartementet gir 24 millioner kroner til kommunene.")).toMatchObject({ id: "no:group:kommunene" });
    expect(recipient("Fylkesmannen i Rogaland gir 24 millioner kroner til kommunene.")).toMatchObject({ id: null, mention: "kommunene" });
    expect(recipient("Helse Nord RHF gir 12 millioner kroner til helseforetakene.")).toMatchObject({ id: null, mention: "helseforetakene" });
  });

  it("when an abbreviation's letters are written as a word ('Sum', not 'SUM'), then it is not the actor the abbreviation names", () => {
    const ms = gazetteer.find("Sum 7 150 000 og SUM");
    expect(ms.map((m) => m.start)).toEqual([17]);
  });

  it("when 'av' is partitive ('to av kommunene'), then the municipalities are not taken for the payer", () => {
    const [f] = facts("Avisa Valdres (avisa-valdres.no)", "Helsedirektoratet gir 3 millioner kroner, og to av kommunene i Valdres får pengene.");
    expect(f!.payer).toMatchObject({ id: "no:directorate:helsedirektoratet" });
  });

  it("when a hospital is named by its towns ('Herlev og Gentofte Hospital', 'Odense Universitetshospital'), then it is one recipient, not the municipalities", () => {
    const f = facts("Region Hovedstaden (regionh.dk)", "Af beløbet går 12 mio. kr. til Bispebjerg og Frederiksberg Hospital og 10 mio. kr. til Odense Universitetshospital.");
    expect(f.map((x) => [x.amount, x.recipient.id, x.recipient.name, x.recipient.members?.length ?? 0])).toEqual([
      ["12000000", null, "Bispebjerg og Frederiksberg Hospital", 0],
      ["10000000", null, "Odense Universitetshospital", 0],
    ]);
  });

  it("when the rest of a sum 'fordeles senere', then no one named before gets it", () => {
    const f = facts("Region Hovedstaden (regionh.dk)", "Region Hovedstaden giver 12 mio. kr. til Frederiksberg Kommune. De resterende 5 mio. kr. fordeles senere.");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["12000000", "dk:kommune:0147"], ["5000000", null]]);
  });

  it("when 'henholdsvis' follows another amount in its sentence, then only the amounts after it are shared out in order", () => {
    const f = facts("Bergens Tidende", "Helse Vest RHF gir Helse Stavanger 45 millioner kroner, mens Helse Fonna og Helse Førde får henholdsvis 20 og 15 millioner kroner.");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["45000000", "no:hf:helse-stavanger"], ["20000000", "no:hf:helse-fonna"], ["15000000", "no:hf:helse-forde"]]);
  });

  it("when later clauses leave out the verb ('Helse Vest RHF med 58 millioner kroner'), then each names its own giver; one that 'bidrar selv med' money pays it", () => {
    const f = facts("Helse- og omsorgsdepartementet (regjeringen.no)", "Helse Sør-Øst RHF bidrar med 170 millioner kroner, Helse Vest RHF med 58 millioner kroner og Helse Nord RHF med 36 millioner kroner. Tromsø kommune bidrar selv med 1,5 millioner kroner.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["170000000", "no:rhf:helse-sor-ost", null],
      ["58000000", "no:rhf:helse-vest", null],
      ["36000000", "no:rhf:helse-nord", null],
      ["1500000", "no:kommune:1902", null],
    ]);
  });

  it("when the money only 'kommer fra' one body and another distributed it, then the distributor pays; a difference ('meir enn i fjor') is no grant", () => {
    const f = facts("Avisa Nordland", "Det er Fylkesmannen i Nordland som har fordelt midlene, som kommer fra Helsedirektoratet. Bodø kommune får mest, med 2 850 000 kroner. Det er 300 000 kroner mer enn i fjor.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["2850000", "no:county-governor:fylkesmannen-i-nordland", "no:kommune:1804"]]);
  });

  it("when 'Her lander' an amount after a sentence naming a municipality, then that municipality gets it; 'puljen' is the body whose pool was named", () => {
    const f = facts("Nordjyske", "Aalborg Kommune har fået 14,7 millioner kroner fra Sundheds- og Ældreministeriets pulje. Også Hjørring Kommune er blandt de heldige. Her lander 6,2 millioner kroner. I alt er der uddelt 150 millioner kroner fra puljen i år.", "2021-03-02");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["14700000", "dk:ministry:sum", "dk:kommune:0851"],
      ["6200000", "dk:ministry:sum", "dk:kommune:0860"],
      ["150000000", "dk:ministry:sum", null],
    ]);
  });

  it("when a ministry's later name was an alias of an earlier one whose end is not known, then the later one is chosen on its days", () => {
    const f = facts("TV Midtvest", "Holstebro Kommune får 5,4 millioner kroner fra Sundhedsministeriet. Ministeriet har i alt fordelt 98 mio. kr. til 22 projekter.", "2022-06-01");
    expect(f.map((x) => x.payer.id)).toEqual(["dk:ministry:sundhedsministeriet-2021", "dk:ministry:sundhedsministeriet-2021"]);
  });

  it("when the date is a labelled field of a line ('Pressemelding | Dato: 12.01.2016 | Nr: 3/2016'), then it is the document's date", () => {
    const x = extract(readDocument("TITLE: T\nPUBLISHER: HOD\nDATE: Pressemelding | Dato: 12.01.2016\n-----\nT\n\nTekst."), gazetteer);
    const y = extract(readDocument("T\nPressemelding | Dato: 12.01.2016 | Nr: 3/2016\nTekst."), gazetteer);
    expect([x.source.published, y.source.published]).toEqual(["2016-01-12", "2016-01-12"]);
  });

  it("when shares follow 'Av disse' and name no payer, then they are parts of the total before and its payer pays them", () => {
    const f = facts("Bergensavisen", "Helse Bergen HF deler ut 3 millioner kroner til samhandlingsprosjekter med kommunene.\n\nAv disse får Bergen kommune 1,2 millioner kroner, og Askøy kommune og Fjell kommune får 600 000 kroner hver.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id, x.partOf])).toEqual([
      ["3000000", "no:hf:helse-bergen", null, null],
      ["1200000", "no:hf:helse-bergen", "no:kommune:1201", 0],
      ["600000", "no:hf:helse-bergen", "no:kommune:1247", 0],
      ["600000", "no:hf:helse-bergen", "no:kommune:1246", 0],
    ]);
  });

  it("when amounts add up only by chance (one municipality's grant and another's, or another payer's), then they are not parts of it", () => {
    const f = facts("Østlendingen", "Hamar og Løten har fått tilskudd fra Helsedirektoratet, med henholdsvis 350 000 og 250 000 kroner. Hedmark fylkeskommune har i tillegg gitt 100 000 kroner til et felles kurs.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id, x.partOf])).toEqual([
      ["350000", "no:directorate:helsedirektoratet", "no:kommune:0403", null],
      ["250000", "no:directorate:helsedirektoratet", "no:kommune:0415", null],
      ["100000", "no:fylke:04", null, null],
    ]);
  });

  it("when 'De får 1,9 og 1,4 millioner kroner' follows a pair of names, then each gets its own in order; 'regionens pulje' makes the region the payer of 'puljen'", () => {
    const f = facts("Midtjyllands Avis", "Silkeborg Kommune får 2,8 millioner kroner fra regionens pulje til det nære sundhedsvæsen.\n\nOgså Viborg Kommune og Skive Kommune får del i puljen. De får 1,9 og 1,4 millioner kroner.", "2018-08-30");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["2800000", "dk:kommune:0740"], ["1900000", "dk:kommune:0791"], ["1400000", "dk:kommune:0779"]]);
    expect(findMoney("mellem 1,9 og 2,4 millioner kroner", "da").map((m) => m.value)).toEqual([2400000n]);
  });

  it("when a municipality's grant names no payer, then whoever last gave to municipalities in number pays it, not the government that set the money aside; a building sum is no grant", () => {
    const f = facts("Helse- og omsorgsdepartementet (regjeringen.no)", "Regjeringen har i 2014 satt av 412 millioner kroner til kommunalt rusarbeid. Helsedirektoratet har nå fordelt 378 millioner kroner av disse til 299 kommuner.\n\nOslo kommune får størst tilskudd, med 52,3 millioner kroner. Den samlede byggesum er 45 millioner kroner.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["412000000", "no:body:regjeringen", null],
      ["378000000", "no:directorate:helsedirektoratet", null],
      ["52300000", "no:directorate:helsedirektoratet", "no:kommune:0301"],
    ]);
  });

  it("when a proposal is split in a list that names no payer, then each share is the proposer's proposal, not the publisher's allocation", () => {
    const f = facts("Helse- og omsorgsdepartementet (regjeringen.no)", "Regjeringen foreslår å øke bevilgningene til de regionale helseforetakene med 500 millioner kroner i 2020.\n\nØkningen fordeles slik:\n\n- Helse Vest RHF: 300 millioner kroner\n- Helse Nord RHF: 200 millioner kroner");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id, x.status])).toEqual([
      ["500000000", "no:body:regjeringen", "no:group:regionale-helseforetak", "PROPOSED"],
      ["300000000", "no:body:regjeringen", "no:rhf:helse-vest", "PROPOSED"],
      ["200000000", "no:body:regjeringen", "no:rhf:helse-nord", "PROPOSED"],
    ]);
  });

  it("when a name stands in a relative clause ('Balsfjord kommune, som samarbeider med Tromsø, får …'), then the clause's subject receives; money a body 'har brukt' is no grant", () => {
    const f = facts("Nordlys", "Balsfjord kommune, som har legevaktsamarbeid med Tromsø, får 500 000 kroner fra Helsedirektoratet. Tromsø kommune har i år brukt 45 millioner kroner på legevakta.");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["500000", "no:kommune:1933"]]);
  });

  it("when one clause says 'Kommunen lægger selv …' and the next 'mens regionen bidrager med …', then the region's money does not go to the municipality", () => {
    const f = facts("Fyens Stiftstidende", "Sundheds- og Ældreministeriet har bevilget 8 millioner kroner til Svendborg Kommune. Kommunen lægger selv 4 millioner kroner i projektet, mens Region Syddanmark bidrager med 2 millioner kroner.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["8000000", "dk:ministry:sum", "dk:kommune:0479"],
      ["4000000", "dk:kommune:0479", null],
      ["2000000", "dk:region:dk-83", null],
    ]);
  });

  it("when a line names a thing in a municipality ('Flere sengepladser i Esbjerg: 15 mio. kr.'), then the municipality is where it is, not who gets it", () => {
    const f = facts("Region Syddanmark", "Region Syddanmark afsætter 25 mio. kr. til psykiatrien. Pengene fordeles således:\n\nBørne- og ungdomspsykiatrien: 10 mio. kr.\nFlere sengepladser i Esbjerg: 15 mio. kr.");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["25000000", null], ["10000000", null], ["15000000", null]]);
  });

  it("when a figure grouped in thousands follows an amount of money in its sentence ('medan Lærdal får 500 000'), then it is money; 'høvesvis' shares only as many amounts as names", () => {
    const f = facts("NRK Vestland", "Luster og Årdal får høvesvis 900 000 og 850 000 kroner, medan Lærdal får 500 000. Kommunen har 1 500 innbyggjarar.");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["900000", "no:kommune:1426"], ["850000", "no:kommune:1424"], ["500000", "no:kommune:1422"]]);
  });

  it("when 'Resten av pengane' follows the shares of a total, then it is a part of the total, not of the last share; 'der hver får' gives each its amount; 'udmøntet' gives", () => {
    const no = facts("NRK Vestland", "Fylkesmannen i Vestland har løyvd 4,2 millionar kroner til rusarbeid. Sogndal kommune får 1,6 millionar. Resten av pengane, 350 000 kroner, går til eit felles kompetanseprogram.");
    expect(no.map((x) => [x.amount, x.recipient.id, x.partOf])).toEqual([["4200000", null, null], ["1600000", "no:kommune:1420", null], ["350000", null, 0]]);
    const dk = facts("Altinget", "Sundheds- og Ældreministeriet har udmøntet 75 millioner kroner til kommunale akutpladser. De mindste tilskud går til Læsø og Samsø, der hver får 500.000 kroner.");
    expect(dk.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["75000000", "dk:ministry:sum", null], ["500000", "dk:ministry:sum", "dk:kommune:0825"], ["500000", "dk:ministry:sum", "dk:kommune:0741"]]);
  });

  it("when a body expects money, or a ceiling is per project, or a compound names a budget, then it is no grant", () => {
    const f = facts("Dagbladet Holstebro-Struer", "Holstebro Kommune forventer at få omkring 2 mio. kr. af pengene. Kommunerne kan maksimalt søge 3 mio. kr. pr. projekt. Kommunens samlede sundhedsbudget er på 420 mio. kr. Region Midtjylland giver 1 mio. kr. til Holstebro Kommune.");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["1000000", "dk:kommune:0661"]]);
  });

  it("when two bodies 'får hver' an amount, each gets it; when they 'kvar bidreg med' one, each pays it; a 'til' phrase ends at ', medan'", () => {
    // Danish by its capitalised "Kommune" alone: no other word tells the languages apart here.
    const dk = facts("Århus Stiftstidende", "Randers Kommune og Silkeborg Kommune får hver 4,7 millioner kroner.");
    expect(dk.map((x) => [x.amount, x.recipient.id])).toEqual([["4700000", "dk:kommune:0730"], ["4700000", "dk:kommune:0740"]]);
    const no = facts("Sunnhordland", "Stord kommune har sjølv sett av 300 000 kroner til prosjektet, medan Fitjar og Bømlo kvar bidreg med 100 000 kroner.");
    expect(no.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["300000", "no:kommune:1221", null], ["100000", "no:kommune:1222", null], ["100000", "no:kommune:1219", null]]);
  });

  it("when 'i år' and 'neste år' stand in one sentence, then the amount takes the nearer; a name in a fronted phrase ('Med finansloven …') does not give", () => {
    const [f] = facts("Tidens Krav", "Kristiansund kommune får 2,5 millioner kroner i år og tilsvarende beløp neste år.");
    expect(f!.year).toBe(2016);
    const [dk] = facts("DR", "Med finansloven afsætter regeringen 400 mio. kr. til sundhed.");
    expect([dk!.payer.id, dk!.recipient.id]).toEqual(["dk:body:regeringen", null]);
  });

  it("when a region shares out money 'fra puljen', then the region pays; 'fulgt af X med N' is next in a ranking, not a giver; 'Folketinget' gives what it 'har afsat'", () => {
    const [rn] = facts("Region Nordjylland (rn.dk)", "Region Nordjylland har fordelt 8 mio. kr. fra puljen til det nære sundhedsvæsen.");
    expect(rn!.payer.id).toBe("dk:region:dk-81");
    const sst = facts("Sundhedsstyrelsen (sst.dk)", "Sundhedsstyrelsen har fordelt 61,3 mio. kr. til 31 kommuner. Størst bevilling får Aarhus Kommune med 4,1 mio. kr., fulgt af Odense Kommune med 3,6 mio. kr. Puljen er en del af demenshandlingsplanen, som Folketinget har afsat 470 mio. kr. til.");
    expect(sst.map((x) => [x.amount, x.payer.name, x.recipient.id])).toEqual([
      ["61300000", "Sundhedsstyrelsen", null],
      ["4100000", "Sundhedsstyrelsen", "dk:kommune:0751"],
      ["3600000", "Sundhedsstyrelsen", "dk:kommune:0461"],
      ["470000000", "Folketinget", null],
    ]);
  });

  it("when a title shares out a pool ('Fordeling av samhandlingsmidler'), then the pool is not the payer of the shares; the body that shares it out is", () => {
    const doc = "TITLE: Fordeling av samhandlingsmidler 2014\nPUBLISHER: Helse Midt-Norge RHF\nDATE: 2014-02-27\n-----\nFordeling av samhandlingsmidler 2014\n\nStyret i Helse Midt-Norge RHF har fordelt 18 millioner kroner til samhandlingstiltak i 2014.\n\nHelseforetak\tBeløp (kr)\nSt. Olavs Hospital HF\t7 200 000\nHelse Nord-Trøndelag HF\t3 800 000";
    const f = extract(readDocument(doc), gazetteer).funding;
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["18000000", "no:rhf:helse-midt-norge"], ["7200000", "no:rhf:helse-midt-norge"], ["3800000", "no:rhf:helse-midt-norge"]]);
  });

  it("when a body decides 'at bruge' an amount on something of its own, then it pays it; 'i perioden 2016-2019' dates a total and the shares listed under it", () => {
    const [dk] = facts("DR Syd", "Region Syddanmark har besluttet at bruge 6,8 mio. kr. om året på en ny akutlægebil i Tønder.");
    expect([dk!.payer.id, dk!.recipient.id]).toEqual(["dk:region:dk-83", null]);
    const f = facts("Sundheds- og Ældreministeriet", "Regeringen har indgået en aftale, der afsætter 75 mio. kr. til psykiatrien i perioden 2016-2019.\n\n• 40 mio. kr. til flere psykologer\n• 35 mio. kr. til opsøgende teams");
    expect(f.map((x) => [x.amount, x.year])).toEqual([["75000000", 2016], ["40000000", 2016], ["35000000", 2016]]);
  });

  it("when a hospital's unit follows its name after a comma, or a unit is named '…psykiatrien', then it is one recipient; 'psykiatrien i regionen' does not make the region the recipient", () => {
    const f = facts("TV2 Østjylland", "Region Midtjylland giver Aarhus Universitetshospital, Psykiatrien 15 mio. kr. ekstra i år. Samtidig får Regionspsykiatrien Vest 5 mio. kr.\n\nSidste år fik psykiatrien i regionen i alt 2,1 mia. kr.", "2019-03-14");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.name])).toEqual([
      ["15000000", "dk:region:dk-82", "Aarhus Universitetshospital, Psykiatrien"],
      ["5000000", "dk:region:dk-82", "Regionspsykiatrien Vest"],
      ["2100000000", "dk:region:dk-82", null],
    ]);
  });

  it("when a paragraph names a ministry's pool, then its money is the ministry's, not the pool's; what a municipality 'bruker' each year is no grant", () => {
    const f = facts("Jyllands-Posten", "Horsens Kommune modtager 9,5 mio. kr. fra Sundheds- og Ældreministeriets pulje til læge- og sundhedshuse. Hedensted Kommune, der også søgte, fik 5 mio. kr.\n\nHorsens Kommune bruger totalt 600 mio. kr. på sundhed hvert år.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["9500000", "dk:ministry:sum", "dk:kommune:0615"], ["5000000", "dk:ministry:sum", "dk:kommune:0766"]]);
  });

  it("when a health trust gives in one paragraph, then it pays a grant a later paragraph names no payer for, but not one before it", () => {
    const f = facts("Fredriksstad Blad", "I statsbudsjettet er det bevilget 20 millioner kroner til psykisk helse.\n\nHelse Sør-Øst har tildelt Sykehuset Østfold kr. 12 mill. til et nytt ambulant team.\n\nAkershus universitetssykehus fikk i fjor 9 mill. kroner til et tilsvarende team.");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["20000000", "no:body:staten", null],
      ["12000000", "no:rhf:helse-sor-ost", "no:hf:sykehuset-ostfold"],
      ["9000000", "no:rhf:helse-sor-ost", "no:hf:akershus-universitetssykehus"],
    ]);
  });

  it("when a body 'har lovet å bidra med' or 'skal betale' an amount, then it pays it; 'en interkommunal legevakt' is one, not the group of them", () => {
    const f = facts("Harstad Tidende", "Kommunestyret i Harstad vedtok å bevilge 3,4 millioner kroner til en interkommunal legevakt. Kvæfjord og Ibestad kommuner skal betale 800 000 kroner. Universitetssykehuset Nord-Norge HF har lovet å bidra med 500 000 kroner.");
    expect(f.map((x) => [x.amount, x.payer.id ?? x.payer.name, x.recipient.id])).toEqual([
      ["3400000", "no:kommune:1903", null],
      ["800000", "Kvæfjord og Ibestad kommuner", null],
      ["500000", "no:hf:universitetssykehuset-nord-norge", null],
    ]);
  });

  it("when money comes 'fra en ny pulje under Sundhedsministeriet', then the ministry pays it and the shares after it, not a region named later", () => {
    const f = facts("TV SYD", "Kolding Kommune er en af 14 kommuner, der får del i 85 mio. kroner fra en ny pulje under Sundhedsministeriet.\n\nKolding får 6,4 mio. kroner til at udvide sin akutfunktion.\n\nRegion Syddanmark har i forvejen givet de tre kommuner 3 mio. kroner.", "2021-04-22");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["85000000", "dk:ministry:sundhedsministeriet-2021"], ["6400000", "dk:ministry:sundhedsministeriet-2021"], ["3000000", "dk:region:dk-83"]]);
  });

  it("when a plan 'har siden 2016 gitt kommunene' money, then the municipalities receive it, not give it; a contribution to a building is funding, not its cost", () => {
    const [no] = facts("Helse- og omsorgsdepartementet (regjeringen.no)", "Opptrappingsplanen har siden 2016 gitt kommunene om lag 1,5 milliarder kroner mer til rusarbeid.");
    expect([no!.payer.id, no!.recipient.id]).toEqual(["no:ministry:hod", "no:group:kommunene"]);
    const dk = facts("Altinget", "Dermed stiger statens samlede bidrag til byggeriet til 2,1 mia. kr. Region Nordjylland selv skal finansiere 1,3 mia. kr. af byggeriet.");
    expect(dk.map((x) => [x.amount, x.payer.id])).toEqual([["2100000000", "dk:body:staten"], ["1300000000", "dk:region:dk-81"]]);
  });

  it("when a region 'og de ti fynske kommuner' receive an amount, then they receive it together, and its shares are its parts", () => {
    const f = facts("Fyens Stiftstidende", "Region Syddanmark og de ti fynske kommuner har fået 12 mio. kr. fra Sundheds- og Ældreministeriet. Regionen får 7 mio. kr., mens kommunerne deler de resterende 5 mio. kr.");
    expect(f.map((x) => [x.amount, x.recipient.members?.map((m) => m.id ?? m.name) ?? x.recipient.id ?? x.recipient.mention, x.partOf])).toEqual([
      ["12000000", ["dk:region:dk-83", "de ti fynske kommuner"], null],
      ["7000000", "dk:region:dk-83", 0],
      ["5000000", "kommunerne", 0],
    ]);
  });

  it("when another municipality 'betalte' an amount with the same verb and no receiver, then it paid the body the sentence before paid; a budget is no payment", () => {
    const f = facts("Stavanger Aftenblad", "I fjor betalte Stavanger kommune 61,8 millioner kroner i kommunal medfinansiering til Helse Stavanger.\n\nAv Kari Nordmann\n\nSandnes kommune betalte 38,2 millioner kroner, mens Sola betalte 11,4 millioner.\n\n– Vi har budsjettert med 65 millioner kroner i år, sier rådmann Inger Hovland i Stavanger.", "2013-02-14");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["61800000", "no:kommune:1103", "no:hf:helse-stavanger"],
      ["38200000", "no:kommune:1102", "no:hf:helse-stavanger"],
      ["11400000", "no:kommune:1124", "no:hf:helse-stavanger"],
    ]);
  });

  it("when a council or 'Kommunen' puts in its own money ('av eigne midlar', 'bidrager selv med'), then its municipality pays it to no one named; a project's price is no grant", () => {
    const nn = facts("Sogn Avis", "Luster kommune har fått 250 000 kroner frå Helsedirektoratet til å etablera frisklivssentral. Kommunestyret løyvde i tillegg 150 000 kroner av eigne midlar.\n\nOgså Sogndal og Leikanger fekk tilskot, med høvesvis 200 000 og 180 000 kroner.", "2016-04-07");
    expect(nn.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["250000", "no:directorate:helsedirektoratet", "no:kommune:1426"],
      ["150000", "no:kommune:1426", null],
      ["200000", "no:directorate:helsedirektoratet", "no:kommune:1420"],
      ["180000", "no:directorate:helsedirektoratet", "no:kommune:1419"],
    ]);
    const da = facts("JydskeVestkysten", "Tønder Kommune og Region Syddanmark har fået tilsagn om 12,5 millioner kroner fra Sundheds- og Ældreministeriets pulje til læge- og sundhedshuse.\n\nDen samlede pris er anslået til 38 millioner kroner.\n\nKommunen bidrager selv med 15 mio. kr., mens regionen lægger 8 mio. kr. i projektet.\n\nOgså Aabenraa Kommune fik penge fra puljen: 6,2 millioner kroner til et nyt sundhedshus i Rødekro.", "2020-01-28");
    expect(da.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["12500000", "dk:ministry:sum", null],
      ["15000000", "dk:kommune:0550", null],
      ["8000000", "dk:region:dk-83", null],
      ["6200000", "dk:ministry:sum", "dk:kommune:0580"],
    ]);
  });

  it("when a hospital '(UNN) skal overføre' money to municipalities 'neste år', then it pays it and the shares after it, in that year", () => {
    const f = facts("Nordlys", "Universitetssykehuset Nord-Norge (UNN) skal overføre 9 millioner kroner til kommunene i Troms neste år.\n\nTromsø kommune får den største delen, 3,1 millioner kroner. Balsfjord, Karlsøy og Lyngen deler 1,2 millioner.", "2011-11-03");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id ?? x.recipient.mention ?? x.recipient.name, x.year])).toEqual([
      ["9000000", "no:hf:universitetssykehuset-nord-norge", "kommunene i Troms", 2012],
      ["3100000", "no:hf:universitetssykehuset-nord-norge", "no:kommune:1902", 2012],
      ["1200000", "no:hf:universitetssykehuset-nord-norge", "Balsfjord, Karlsøy og Lyngen", 2012],
    ]);
  });

  it("when a minister by title and name gives, then the ministry she heads pays; a clause 'og Fylkesmannen i Oppland 1,4 millioner' shares its receiving verb", () => {
    const f = facts("Helse- og omsorgsdepartementet (regjeringen.no)", "Helse- og omsorgsminister Anne-Grete Strøm-Erichsen fordeler 30 millioner kroner til kommuner som vil forberede seg på samhandlingsreformen.\n\nFylkesmannen i Hedmark får 1,3 millioner kroner og Fylkesmannen i Oppland 1,4 millioner kroner til fordeling.", "2010-06-18");
    expect(f.map((x) => [x.amount, x.payer.id, x.payer.name, x.recipient.id])).toEqual([
      ["30000000", "no:ministry:hod", "Anne-Grete Strøm-Erichsen", null],
      ["1300000", "no:ministry:hod", "Helse- og omsorgsdepartementet", "no:county-governor:fylkesmannen-i-hedmark"],
      ["1400000", "no:ministry:hod", "Helse- og omsorgsdepartementet", "no:county-governor:fylkesmannen-i-oppland"],
    ]);
  });

  it("when 'vi' received the amount after it ('de 800 000 kronene vi har fått'), then the speaker's body receives it, not a surname that is also a municipality", () => {
    const [f] = facts("Hitra-Frøya", "– Vi er veldig glade for de 800 000 kronene vi har fått fra Fylkesmannen, sier kommuneoverlege Per Strand i Hitra kommune.", "2017-09-14");
    expect([f!.payer.name, f!.recipient.id]).toEqual(["Fylkesmannen", "no:kommune:1617"]);
    // A surname is no place: "ordfører Per Strand" speaks for no municipality named Strand.
    const [g] = facts("Hitra-Frøya", "– Vi har fått 800 000 kroner fra Fylkesmannen, sier ordfører Per Strand.", "2017-09-14");
    expect(g!.recipient.id).toBeNull();
  });

  it("when nynorsk writes 'har gjeve Voss herad' and 'Ulvik herad og Eidfjord kommune får', then the heradet is the municipality and the statsforvaltar pays both", () => {
    const f = facts("Avisa Hordaland", "Statsforvaltaren i Vestland har gjeve Voss herad 1,2 millionar kroner til kvardagsrehabilitering.\n\nUlvik herad og Eidfjord kommune får til saman 600 000 kroner til eit felles prosjekt.", "2021-03-02");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id ?? x.recipient.members?.map((m) => m.id)])).toEqual([
      ["1200000", "no:county-governor:statsforvalteren-i-vestland", "no:kommune:4621"],
      ["600000", "no:county-governor:statsforvalteren-i-vestland", ["no:kommune:4620", "no:kommune:4619"]],
    ]);
  });

  it("when 'Tilskuddet på … til Aukra og Midsund går til et tilbud i Aukra' follows a proposed grant, then it goes to both, proposed by the same payer for the same year; 'har i år gitt' gives; what 'søknadene' asked for is no grant", () => {
    const f = facts("Romsdals Budstikke", "I regjeringens forslag til statsbudsjett for 2016 får Molde kommune 3 millioner kroner til kommunale akutte døgnplasser.\n\nTilskuddet på 1,5 millioner kroner til Aukra og Midsund går til et felles tilbud i Aukra.\n\nHelse Møre og Romsdal HF har i år gitt NOK 2,5 millioner til samme formål.\n\nSøknadene var på til sammen 14 millioner kroner.", "2015-10-08");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id ?? x.recipient.members?.map((m) => m.id) ?? null, x.year, x.status])).toEqual([
      ["3000000", "no:body:regjeringen", "no:kommune:1502", 2016, "PROPOSED"],
      ["1500000", "no:body:regjeringen", ["no:kommune:1547", "no:kommune:1545"], 2016, "PROPOSED"],
      ["2500000", "no:hf:helse-more-og-romsdal", null, 2015, "ALLOCATED"],
    ]);
  });

  it("when money is 'på vej til de to kommuner' after two municipalities named together, then those two receive it; a second giver 'i tillegg' to a body's staff gives to that body", () => {
    const [da] = facts("TV 2 Fyn", "Assens og Svendborg Kommune er udvalgt til at modtage støtte fra Sundheds- og Ældreministeriet. 16,5 millioner kroner fordelt på hver kommunes projekt er på vej til de to kommuner.", "2018-10-01");
    expect([da!.amount, da!.recipient.members?.map((m) => m.id)]).toEqual(["16500000", ["dk:kommune:0420", "dk:kommune:0479"]]);
    const no = facts("Budstikka", "Bærum kommune har fått innvilget et investeringstilskudd på 62 millioner kroner fra Husbanken til det nye helsehuset.\n\nStatsforvalteren i Oslo og Viken har i tillegg gitt 1,5 millioner kroner i kompetansetilskudd til de ansatte.\n\nI tillegg har Vest-Agder fylkeskommune bevilget 300 000 kroner til evaluering av prosjektet.", "2021-11-02");
    expect(no.map((x) => [x.amount, x.recipient.id])).toEqual([["62000000", "no:kommune:3024"], ["1500000", "no:kommune:3024"], ["300000", null]]);
  });

  it("when a municipality 'som kjøper legevakttjenester av Tromsø' pays, then it pays Tromsø; 'legevakten' is one clinic, not the group of all", () => {
    const f = facts("iTromsø", "Bystyret i Tromsø vedtok onsdag å øke bevilgningen til legevakten med 4 millioner kroner i 2013.\n\nKarlsøy kommune, som kjøper legevakttjenester av Tromsø, skal betale 1,3 millioner kroner for tjenesten neste år.", "2012-12-13");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id, x.year])).toEqual([
      ["4000000", "no:kommune:1902", null, 2013],
      ["1300000", "no:kommune:1936", "no:kommune:1902", 2013],
    ]);
  });

  it("when a page links to its other articles ('LES OGSÅ: …', a block under 'Relaterede artikler'), then their headlines are not facts; the prose after the block is", () => {
    const no = facts("Avisa Nordland", "Bodø kommune får 2 millioner kroner fra Helsedirektoratet.\n\nLES OGSÅ: Narvik får 5 millioner til nytt sykehjem\n\nLes også\nVefsn fikk 300 000 kroner i fjor\n\nPengene skal brukes til velferdsteknologi.", "2016-02-11");
    expect(no.map((x) => x.amount)).toEqual(["2000000"]);
    const da = facts("TV2 Nord", "Region Nordjylland giver 3 mio. kr. til Aalborg Kommune.\n\nRelaterede artikler\nFrederikshavn Kommune modtager 4 mio. kr. fra puljen\nThisted får 1 mio. kr.\n\nDesuden modtager Brønderslev Kommune 1,5 mio. kr. fra regionen, oplyser regionen i en pressemeddelelse.", "2016-02-11");
    expect(da.map((x) => [x.amount, x.recipient.id])).toEqual([["3000000", "dk:kommune:0851"], ["1500000", "dk:kommune:0810"]]);
  });

  it("when a table's rows are counties ('Fylke | Antall kommuner | Tilskudd (kr)'), then each row's money goes to the county's municipalities, not to the county authority", () => {
    const f = facts("Helse- og omsorgsdepartementet (regjeringen.no)", "Helsedirektoratet har fordelt 100 millioner kroner i tilskudd til kommuner som vil opprette øyeblikkelig hjelp-plasser.\n\nTilskuddet fordeles slik:\nFylke | Antall kommuner | Tilskudd (kr)\nØstfold | 5 | 4 200 000\nAkershus | 8 | 6 100 000", "2013-02-15");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient])).toEqual([
      ["100000000", "no:directorate:helsedirektoratet", { id: null, name: null }],
      ["4200000", "no:directorate:helsedirektoratet", { id: null, name: null, mention: "kommunene i Østfold" }],
      ["6100000", "no:directorate:helsedirektoratet", { id: null, name: null, mention: "kommunene i Akershus" }],
    ]);
  });

  it("when a share goes 'til hospitalet' after a municipality and a hospital received together, then the hospital named receives it", () => {
    const f = facts("Fyens Stiftstidende", "Odense Kommune og Odense Universitetshospital har sammen fået 8,4 mio. kr. fra Sundhedsministeriet til et akutteam.\n\nAf beløbet går 5,1 mio. kr. til kommunen og 3,3 mio. kr. til hospitalet.", "2021-09-09");
    expect(f.map((x) => [x.amount, x.recipient.id ?? x.recipient.name])).toEqual([["8400000", "Odense Kommune og Odense Universitetshospital"], ["5100000", "dk:kommune:0461"], ["3300000", "Odense Universitetshospital"]]);
  });

  it("when 'Giske, Sula og Skodje skal betale 400 000 kroner hver til Ålesund', then each of them pays Ålesund; 'mens kommunen selv tar resten' pays its own money", () => {
    const f = facts("Sunnmørsposten", "Staten og Ålesund kommune deler kostnaden for den nye legevakten. Staten betaler 3 millioner kroner gjennom Helsedirektoratet, mens kommunen selv tar resten, 2 millioner kroner.\n\nGiske, Sula og Skodje skal betale 400 000 kroner hver til Ålesund for å være med i samarbeidet.", "2013-05-06");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["3000000", "no:body:staten", null],
      ["2000000", "no:kommune:1504", null],
      ["400000", "no:kommune:1532", "no:kommune:1504"],
      ["400000", "no:kommune:1531", "no:kommune:1504"],
      ["400000", "no:kommune:1529", "no:kommune:1504"],
    ]);
  });

  it("when a pool's size stands beside a grant from it ('Fra … pulje på 100 mio. kr. har Viborg Kommune fået 2 mio. kr.'), or municipalities 'kunne søke om' a frame, then neither is a grant", () => {
    const da = facts("Viborg Folkeblad", "Fra Sundheds- og Ældreministeriets pulje på 100 mio. kr. har Viborg Kommune fået 2 mio. kr. til at tiltrække praktiserende læger.", "2019-03-21");
    expect(da.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["2000000", "dk:ministry:sum", "dk:kommune:0791"]]);
    const no = facts("Bergens Tidende", "Bergen kommune får 6,3 mill. til flere helsesøstre, viser tildelingen fra Helsedirektoratet.\n\nKommunene kunne søke om midler fra en ramme på 250 millioner kroner.", "2017-03-30");
    expect(no.map((x) => x.amount)).toEqual(["6300000"]);
  });

  it("when a body the graph lacks opens a sentence 'har gitt tilsagn om' an amount, then it pays it; 'prislappen' is a cost; a trust 'og kommunene i Vest-Agder' receive together", () => {
    const f = facts("Trønder-Avisa", "Husbanken har gitt tilsagn om investeringstilskudd på 45 millioner kroner til 30 nye sykehjemsplasser i Levanger.\n\nByggingen starter til høsten, og prislappen er beregnet til 120 millioner kroner.", "2015-06-17");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.id])).toEqual([["45000000", "Husbanken", "no:kommune:1719"]]);
    const [j] = facts("NRK Sørlandet", "Sørlandet sykehus HF og kommunene i Vest-Agder får 5 millioner kroner fra Helse Sør-Øst RHF til et forsøk med felles sengeposter.", "2010-03-12");
    expect([j!.payer.id, j!.recipient.members?.map((m) => m.id ?? m.name)]).toEqual(["no:rhf:helse-sor-ost", ["no:hf:sorlandet-sykehus", "kommunene i Vest-Agder"]]);
  });

  it("when a trust pays 'fra' in one sentence, or the government 'foreslår … å bevilge', then it pays the shares the next sentences name no payer for, not a body named later", () => {
    const rana = facts("Rana Blad", "Rana kommune får fem millioner kroner fra Helse Nord RHF til et nytt tilbud.\n\nHemnes og Nesna får vel 1,2 millioner kroner hver til lignende tilbud.", "2012-10-24");
    expect(rana.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["5000000", "no:rhf:helse-nord", "no:kommune:1833"], ["1200000", "no:rhf:helse-nord", "no:kommune:1832"], ["1200000", "no:rhf:helse-nord", "no:kommune:1828"]]);
    const hod = facts("Helse- og omsorgsdepartementet (regjeringen.no)", "Regjeringen foreslår i revidert nasjonalbudsjett å bevilge ytterligere 150 millioner kroner til kommunene.\n\nI tillegg foreslås det å øke bevilgningen til de regionale helseforetakene med i underkant av 300 millioner kroner.\n\nStortinget har allerede bevilget 1,3 milliarder kroner til reformen i 2011.", "2011-05-12");
    expect(hod.map((x) => [x.amount, x.payer.id, x.status])).toEqual([["150000000", "no:body:regjeringen", "PROPOSED"], ["300000000", "no:body:regjeringen", "PROPOSED"], ["1300000000", "no:body:stortinget", "ALLOCATED"]]);
  });

  it("when 'mens Brønderslev Kommune bidrager med' follows a region's investment, then the municipality pays its own part; 'har bevilget tilskud på' gives, not receives", () => {
    const f = facts("Nordjyske", "Som en del af aftalen investerer Region Nordjylland 45 mio. kr. i et nyt sundhedshus i Brønderslev, mens Brønderslev Kommune bidrager med 12 mio. kr.", "2016-08-18");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["45000000", "dk:region:dk-81", null], ["12000000", "dk:kommune:0810", null]]);
    const [sst] = facts("Sundhedsstyrelsen", "Sundhedsstyrelsen har bevilget tilskud på i alt 8 mio. kr. til otte kommuner, der vil styrke indsatsen for mennesker med demens.", "2017-11-02");
    expect([sst!.payer.name, sst!.recipient.mention]).toEqual(["Sundhedsstyrelsen", "otte kommuner"]);
  });

  it("when a body 'tilfører', 'sikrer', 'styrker … med' or 'opprioriterer … med' an amount, then it gives it, to the body between the verb and the amount if any; 'til legevakt' is a purpose, not the group of clinics", () => {
    const no = facts("Helse- og omsorgsdepartementet (regjeringen.no)", "Regjeringen styrker kommunenes økonomi med 1 milliard kroner i 2016. Helse Vest RHF tilfører Helse Bergen 40 millioner kroner til nye senger. Staten sikrer Tromsø kommune 5 millioner kroner til legevakt.", "2015-10-07");
    expect(no.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["1000000000", "no:body:regjeringen", "no:group:kommunene"],
      ["40000000", "no:rhf:helse-vest", "no:hf:helse-bergen"],
      ["5000000", "no:body:staten", "no:kommune:1902"],
    ]);
    const da = facts("Region Midtjylland", "Regionen tilfører psykiatrien 20 mio. kr. ekstra. Aarhus Kommune opprioriterer sundhedsområdet med 12 mio. kr.", "2019-03-01");
    expect(da.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["20000000", "dk:region:dk-82", null], ["12000000", "dk:kommune:0751", null]]);
  });

  it("when the money 'kommer fra' one body 'og går til' another, or a body 'er blant kommunene som får' an amount, or 'Med bevillingen på … kan Holbæk Kommune' use it, then that body receives it", () => {
    const no = facts("Avisa Nordland", "Pengene, 3 millioner kroner, kommer fra Helsedirektoratet, og går til Vefsn kommune. Bodø kommune er blant kommunene som får penger: 1,1 millioner kroner fra Helsedirektoratet.", "2016-05-01");
    expect(no.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["3000000", "no:directorate:helsedirektoratet", "no:kommune:1824"], ["1100000", "no:directorate:helsedirektoratet", "no:kommune:1804"]]);
    const [da] = facts("TV Midtvest", "Med bevillingen på 3 mio. kr. fra Sundhedsstyrelsen kan Holbæk Kommune ansætte to sygeplejersker.", "2018-05-01");
    expect([da!.payer.name, da!.recipient.id]).toEqual(["Sundhedsstyrelsen", "dk:kommune:0316"]);
    // A share of a group's total stays the group's: "en af 14 kommuner, der får del i 85 mio. kroner".
    const [share] = facts("TV SYD", "Kolding Kommune er en af 14 kommuner, der får del i 85 mio. kroner fra en ny pulje under Sundhedsministeriet.", "2021-04-22");
    expect(share!.recipient).toMatchObject({ id: null, mention: "14 kommuner" });
  });

  it("when 'Pengene til Svendborg Kommune, i alt 2,2 mio. kr.' names whom the money is for before its amount, then that body receives it", () => {
    const [f] = facts("Fyens Stiftstidende", "Pengene til Svendborg Kommune, i alt 2,2 mio. kr., kommer fra satspuljen.", "2017-05-01");
    expect([f!.payer.name, f!.recipient.id]).toEqual(["satspuljen", "dk:kommune:0479"]);
  });

  it("when a text of 2022 says what bodies gone by then did 'i 2018', then they are the bodies of that name in 2018", () => {
    const [f] = facts("Firda", "Førde kommune fekk 1 million kroner frå Fylkesmannen i Sogn og Fjordane i 2018.", "2022-03-01");
    expect([f!.year, f!.payer.id, f!.recipient.id]).toEqual([2018, "no:county-governor:fylkesmannen-i-sogn-og-fjordane", "no:kommune:1432"]);
    // Without a year the text states, a name gone by the document's day stays unresolved, with the reason.
    const [g] = facts("Firda", "Førde kommune fekk 1 million kroner frå Fylkesmannen i Sogn og Fjordane.", "2022-03-01");
    expect(g!.recipient).toMatchObject({ id: null, unresolved: expect.stringMatching(/^no actor of this name is valid on 2022-03-01/) });
  });

  it("when 'Formannskapet i Eidskog har sagt ja til å bevilge' an amount, then Eidskog pays it; in 'til projektet, hvoraf Region Sjælland betaler 8 mio. kr.' the region pays a part, it is not the project", () => {
    const [no] = facts("Glåmdalen", "Formannskapet i Eidskog har sagt ja til å bevilge 300 000 kroner til prosjektet.", "2019-03-01");
    expect([no!.payer.id, no!.recipient.id]).toEqual(["no:kommune:0420", null]);
    const da = facts("Sjællandske", "Der er afsat 12 mio. kr. til projektet, hvoraf Region Sjælland betaler 8 mio. kr.", "2019-03-01");
    expect(da.map((x) => [x.amount, x.recipient.id, x.partOf])).toEqual([["12000000", null, null], ["8000000", null, 0]]);
    expect(da[1]!.payer.id).toBe("dk:region:dk-85");
  });

  it("when money goes 'til et projekt, hvor praktiserende læger i Aalborg kan ringe … på Aalborg Universitetshospital', then no body in the clause of where is paid", () => {
    const [f] = facts("Region Nordjylland", "Praksisplanudvalget i Region Nordjylland har bevilget 1,8 mio. kr. til et projekt, hvor praktiserende læger i Aalborg kan ringe direkte til en vagthavende speciallæge på Aalborg Universitetshospital.", "2021-06-02");
    expect([f!.amount, f!.payer.id, f!.recipient.name]).toEqual(["1800000", "dk:region:dk-81", null]);
    // The bodies the clause opens with run the project.
    const [g] = facts("TrygFonden", "TrygFonden har bevilget kr. 3.200.000 til et projekt, hvor Aarhus Kommune og Aarhus Universitetshospital sammen skal følge hjertepatienter.", "2022-04-08");
    expect(g!.recipient.members?.map((m) => m.name)).toEqual(["Aarhus Kommune", "Aarhus Universitetshospital"]);
  });

  it("when two municipalities 'har hver fået 1,5 mio. kr.', then each gets it", () => {
    const f = facts("Sjællandske", "Odsherred Kommune og Holbæk Kommune har hver fået 1,5 mio. kr. fra Sundhedsstyrelsen til at styrke indsatsen.", "2019-11-14");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.id])).toEqual([["1500000", "Sundhedsstyrelsen", "dk:kommune:0306"], ["1500000", "Sundhedsstyrelsen", "dk:kommune:0316"]]);
  });

  it("when a body 'bidrager selv med 1 mio. kr. til uddannelse af de frivillige', then that is its own money, no part of the grant before it", () => {
    const f = facts("Sundhedsministeriet", "Sundhedsminister Magnus Heunicke har i dag givet tilsagn om 7,4 mio. kr. til Region Hovedstaden.\n\nBornholms Regionskommune bidrager selv med 1 mio. kr. til uddannelse af de frivillige førstehjælpere på øen.", "2021-03-09");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id, x.partOf])).toEqual([["7400000", "dk:ministry:sundhedsministeriet-2021", "dk:region:dk-84", null], ["1000000", "dk:kommune:0400", null, null]]);
  });

  it("when a trust 'har fått beskjed om å spare 120 millioner kroner' or a building 'blir 12 millioner kroner dyrere', then neither is a grant", () => {
    expect(facts("Bergens Tidende", "Helse Bergen har fått beskjed om å spare 120 millioner kroner i løpet av året.", "2015-12-17")).toEqual([]);
    expect(facts("Sunnmørsposten", "Den nye interkommunale legevakten i Ålesund blir 12 millioner kroner dyrere enn planlagt.", "2020-09-14")).toEqual([]);
  });

  it("when a lead tells that a board 'vedtok budsjettet for 2016', then the page's undated amounts are 2016's, and 'I tillegg settes det av' one more is the same giver's", () => {
    const f = facts("Bergens Tidende", "Styret i Helse Vest RHF vedtok onsdag budsjettet for 2016. Helse Bergen HF får 10,3 milliarder kroner i basisramme.\n\nI tillegg settes det av 150 millioner kroner til nytt bygg for barne- og ungdomssjukehuset i Bergen.", "2015-12-17");
    expect(f.map((x) => [x.amount, x.year, x.payer.id, x.recipient.id])).toEqual([["10300000000", 2016, "no:rhf:helse-vest", "no:hf:helse-bergen"], ["150000000", 2016, "no:rhf:helse-vest", null]]);
  });

  it("when 'Derudover er der afsat 75 mio. kr. til en pulje, som kommunerne kan søge om midler fra', then who may apply withholds nothing, and the government just named sets it aside", () => {
    const f = facts("KL", "Med aftalen om kommunernes økonomi for 2019 løfter regeringen det nære sundhedsvæsen. Kommunerne får 200 mio. kr. i 2019 til at styrke sygeplejen.\n\nDerudover er der afsat 75 mio. kr. til en pulje, som kommunerne kan søge om midler fra til akutfunktioner.", "2018-06-05");
    expect(f.map((x) => [x.amount, x.payer.label])).toEqual([["200000000", "Regeringen (Danmark)"], ["75000000", "Regeringen (Danmark)"]]);
  });

  it("when money 'kommer fra den statslige psykiatripulje på i alt 600 mio. kr.', then the region publishing the page does not pay that pool", () => {
    const f = facts("Region Sjælland", "Regionsrådet har i dag godkendt, at Psykiatrien i Region Sjælland får 14,5 mio. kr. ekstra om året til 12 nye sengepladser.\n\nPengene kommer fra den statslige psykiatripulje på i alt 600 mio. kr., hvoraf Region Sjælland har fået 52 mio. kr.", "2022-01-27");
    expect(f.find((x) => x.amount === "600000000")!.payer).toMatchObject({ id: null, name: null });
  });

  it("when a region 'tilbyder nu 1 mio. kr. i etableringstilskud', then it gives them", () => {
    const [f] = facts("Folketidende", "Region Sjælland tilbyder nu 1 mio. kr. i etableringstilskud til praktiserende læger, der nedsætter sig i Lolland Kommune.", "2018-02-16");
    expect([f!.amount, f!.payer.id]).toEqual(["1000000", "dk:region:dk-85"]);
  });

  it("when 'sundhedsudgifter udgjorde 115 mia. kr.' and 'Heraf gik 24 mia. kr. til praksissektoren', then both are spending; a part 'fordelt til' bodies after a cost is still a grant", () => {
    const dk = facts("Danske Regioner", "Regionernes samlede sundhedsudgifter udgjorde 115 mia. kr. i 2019. Heraf gik 24 mia. kr. til praksissektoren.\n\nStaten finansierede størstedelen gennem et bloktilskud til regionerne på 92 mia. kr.", "2020-05-14");
    expect(dk.map((x) => x.amount)).toEqual(["92000000000"]);
    const no = facts("Helse Sør-Øst RHF", "I 2020 ble det brukt 42 millioner kroner på samhandlingstiltak i regionen. Av disse ble 18 millioner kroner fordelt til helseforetakene.", "2021-03-15");
    expect(no.map((x) => x.amount)).toEqual(["18000000"]);
  });

  it("when a table's amount column is headed 'Beløb (1.000 kr.)' under a title 'Budgetaftale 2023', then its figures are thousands of kroner, of 2023", () => {
    const f = extract(readDocument("TITLE: Budgetaftale 2023: Nye initiativer\nPUBLISHER: Region Nordjylland\nDATE: 2022-09-21\n-----\nBudgetaftale 2023: Nye initiativer\n\nAftalen indeholder følgende nye initiativer:\n\nInitiativ | Beløb (1.000 kr.)\nFlere akutlæger i Vendsyssel | 6.500\nSundhedshus i Brønderslev | 2.000"), gazetteer).funding;
    expect(f.map((x) => [x.amount, x.year, x.payer.id])).toEqual([["6500000", 2023, "dk:region:dk-81"], ["2000000", 2023, "dk:region:dk-81"]]);
  });

  it("when a trust 'har vedtatt å investere MNOK 240 i et felles journalsystem', then it pays, not receives", () => {
    const [f] = facts("E24", "Helse Nord RHF har vedtatt å investere MNOK 240 i et felles journalsystem for helseforetakene i regionen.", "2016-06-22");
    expect([f!.amount, f!.payer.id, f!.recipient.id]).toEqual(["240000000", "no:rhf:helse-nord", null]);
  });

  it("when a list names a patient association's branch by its place ('LHL Lillehammer', 'Mental Helse Lillehammer'), then the branch receives, not the municipality", () => {
    const f = facts("Lillehammer kommune", "Lillehammer kommune har fordelt kr. 170.000,- til frivillige organisasjoner.\n\nFølgende har fått tilskudd:\n- Mental Helse Lillehammer: kr. 80.000,-\n- LHL Lillehammer: kr. 90.000,-", "2021-06-15");
    expect(f.slice(1).map((x) => [x.amount, x.recipient.name, x.payer.id])).toEqual([["80000", "Mental Helse Lillehammer", "no:kommune:3405"], ["90000", "LHL Lillehammer", "no:kommune:3405"]]);
  });

  it("when an interview answers 'Hvor mye fikk Grue kommune i tilskudd fra Fylkesmannen i Hedmark i år?' with '– 300 000 kroner', then the question's bodies give and receive it; an answer to 'Hva koster tilbudet?' is a cost", () => {
    const f = facts("Glåmdalen", "Hvor mye fikk Grue kommune i tilskudd fra Fylkesmannen i Hedmark i år?\n– 300 000 kroner til dagaktivitetstilbudet. Det er like mye som i fjor.\n\nHva koster tilbudet?\n– Rundt 1,1 millioner kroner i året.", "2019-05-03");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.id])).toEqual([["300000", "Fylkesmannen i Hedmark", "no:kommune:0423"]]);
  });

  it("when a numbered list closes its lines with amounts after a dash ('2) Porsgrunn kommune – 1,2 mill.' then '3) Notodden kommune – 900 000'), then the bare figure is money like the one above", () => {
    const f = facts("Telemarksavisa", "Sykehuset Telemark HF har fordelt samhandlingsmidler. Disse kommunene får penger:\n\n1) Porsgrunn kommune – 1,2 mill.\n2) Notodden kommune – 900 000\n3) Vinje kommune – 450 000", "2015-02-11");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["1200000", "no:kommune:0805"], ["900000", "no:kommune:0807"], ["450000", "no:kommune:0834"]]);
  });

  it("when 'I 2015 fekk kommunen vel 2 millionar, og i 2014 nærare 1,5 millionar kroner', then the clause without verb or subject is the same receiver's, of 2014", () => {
    const f = facts("Sunnhordland", "Stord kommune får snaue tre millionar kroner frå Helse Fonna HF til eit felles observasjonsteam. I 2015 fekk kommunen vel 2 millionar, og i 2014 nærare 1,5 millionar kroner til same formål.\n\nFitjar kommune (0,4 mill.) får òg pengar frå helseføretaket.", "2016-05-18");
    expect(f.map((x) => [x.amount, x.year, x.recipient.id, x.payer.id])).toEqual([["3000000", 2016, "no:kommune:1221", "no:hf:helse-fonna"], ["2000000", 2015, "no:kommune:1221", "no:hf:helse-fonna"], ["1500000", 2014, "no:kommune:1221", "no:hf:helse-fonna"], ["400000", 2016, "no:kommune:1222", "no:hf:helse-fonna"]]);
  });

  it("when an amount is said alone ('DKK 8,5 mio.') and the next sentence says what it is, then they are read as one", () => {
    const [f] = facts("Nordvestnyt", "DKK 8,5 mio. Det er, hvad Region Sjælland har afsat til at udvide Akutmodtagelsen på Holbæk Sygehus med ti nye behandlingsrum.", "2020-10-01");
    expect([f!.amount, f!.payer.id, f!.recipient.name]).toEqual(["8500000", "dk:region:dk-85", "Holbæk Sygehus"]);
  });

  it("when municipalities 'betalte 4000 kroner døgnet' and 'Oslo kommune alene har betalt 46 millioner kroner', then the rate is none, and Oslo pays its own", () => {
    const f = facts("VG", "Kommunene betalte 4000 kroner døgnet for utskrivningsklare pasienter. Oslo kommune alene har betalt 46 millioner kroner.", "2012-11-20");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["46000000", "no:kommune:0301"]]);
  });

  it("when 'Også Viborg Kommune har fået tilsagn. Her udgør tilskuddet 1,7 mio. kr.', then the grant is Viborg's, not the one told before", () => {
    const f = facts("Sundhedsstyrelsen", "Skive Kommune har fået tilskud fra Sundhedsstyrelsen til et projekt. Tilskuddet udgør 2,3 mio. kr.\n\nOgså Viborg Kommune har fået tilsagn. Her udgør tilskuddet 1,7 mio. kr.", "2018-08-16");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["2300000", "dk:kommune:0779"], ["1700000", "dk:kommune:0791"]]);
  });

  it("when a county governor 'avslo søknaden fra Hattfjelldal kommune om 800 000 kroner', then nothing is granted", () => {
    expect(facts("Helgelendingen", "Fylkesmannen i Nordland avslo samtidig søknaden fra Hattfjelldal kommune om 800 000 kroner til et lignende tiltak.", "2017-06-08")).toEqual([]);
  });

  it("when 'Pengene – i alt 12 mio. kr. over fire år – kommer fra satspuljen' after a body 'åbner' the thing, then that body receives", () => {
    const [f] = facts("DR Trekanten", "Psykiatrien i Region Syddanmark åbner en psykiatrisk skadestue i Vejle. Pengene – i alt 12 mio. kr. over fire år – kommer fra satspuljen.", "2016-11-02");
    expect([f!.amount, f!.recipient.name]).toEqual(["12000000", "Psykiatrien i Region Syddanmark"]);
  });

  it("when 'Beløbet fordeles ligeligt mellem' listed municipalities, 'så hver kommune får 1 mio. kr.', then they share the total and each gets its part; 'hver af de fire kommuner' after a hospital and four towns is each town", () => {
    const f = facts("Region Midtjylland", "Region Midtjylland afsætter 3 mio. kr. til kommunale akutteams i 2019. Beløbet fordeles ligeligt mellem Randers, Norddjurs og Syddjurs kommuner, så hver kommune får 1 mio. kr.", "2018-11-07");
    expect(f.map((x) => [x.amount, x.recipient.members?.length ?? x.recipient.id])).toEqual([["3000000", 3], ["1000000", "dk:kommune:0730"], ["1000000", "dk:kommune:0707"], ["1000000", "dk:kommune:0706"]]);
    const g = facts("Jyllands-Posten", "Regionshospitalet Gødstrup og Herning, Holstebro, Ikast-Brande og Ringkøbing-Skjern kommuner har fået 7 mio. kr. fra Sundhedsstyrelsen.\n\nHospitalet får 3 mio. kr., og hver af de fire kommuner får 1 mio. kr.", "2022-02-03");
    expect(g.map((x) => [x.amount, x.recipient.members?.length ?? x.recipient.id ?? x.recipient.name])).toEqual([["7000000", 5], ["3000000", "Regionshospitalet Gødstrup"], ["1000000", "dk:kommune:0657"], ["1000000", "dk:kommune:0661"], ["1000000", "dk:kommune:0756"], ["1000000", "dk:kommune:0760"]]);
  });

  it("when a trust gives an amount 'til hvert av de tre helseforetakene i regionen', then each named after it gets it", () => {
    const f = facts("Adresseavisen", "Helse Midt-Norge RHF tildeler 2 millioner kroner til hvert av de tre helseforetakene i regionen, St. Olavs hospital HF, Helse Nord-Trøndelag HF og Helse Møre og Romsdal HF, for å styrke samarbeidet.", "2015-03-05");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["2000000", "no:hf:st-olavs-hospital"], ["2000000", "no:hf:helse-nord-trondelag"], ["2000000", "no:hf:helse-more-og-romsdal"]]);
  });

  it("when a list gives for things in towns with the amounts in brackets ('digital hjemmeoppfølging i Arendal (NOK 420 000)'), then the town is where the thing is; a fee 'for hvert opsøgende besøg' is a rate", () => {
    const f = facts("Fædrelandsvennen", "Sørlandet sykehus HF har gitt penger til to samarbeidsprosjekter: et ambulant rusteam i Kristiansand (NOK 650 000) og digital hjemmeoppfølging i Arendal (NOK 420 000).", "2020-02-12");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["650000", null], ["420000", null]]);
    expect(facts("Region Hovedstaden", "Praktiserende læger kan fremover få et honorar på 1.100 kr. for hvert opsøgende besøg hos ældre patienter.", "2017-04-04")).toEqual([]);
  });

  it("when bodies 'skyder 2 mio. kr. i', 'spytter 6 mio. kr. i kassen', 'spytter inn' or 'må selv finne' money, then they pay it", () => {
    const dk = facts("JydskeVestkysten", "Region Syddanmark skyder 2 mio. kr. i det nye sundhedshus i Aabenraa, mens Aabenraa Kommune spytter 6 mio. kr. i kassen.", "2019-04-11");
    expect(dk.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["2000000", "dk:region:dk-83", null], ["6000000", "dk:kommune:0580", null]]);
    const [no] = facts("NRK Vestland", "Voss herad spytter inn 500 000 kroner for å holde legevakta på Voss sjukehus åpen om natta.", "2019-11-05");
    expect([no!.payer.id, no!.recipient.id]).toEqual(["no:kommune:1235", null]);
    const own = facts("Trønder-Avisa", "Fylkesmannen i Sør-Trøndelag har sagt ja til å gi Ørland kommune 750 000 kroner til hverdagsrehabilitering.\n\nKommunen må selv finne de resterende 400 000 kronene.", "2016-06-21");
    expect(own.map((x) => [x.amount, x.payer.label, x.recipient.label ?? null])).toEqual([["750000", "Fylkesmannen i Sør-Trøndelag", "Ørland"], ["400000", "Ørland", null]]);
  });

  it("when a headline gives '42 millioner til ny akutklinik i Kolding' and the body says the council 'har godkendt pengene til en ny akutklinik på Kolding Sygehus', then the hospital receives from the region", () => {
    const f = extract(readDocument("TITLE: 42 millioner til ny akutklinik i Kolding\nPUBLISHER: TV SYD\nDATE: 2020-08-20\n-----\n42 millioner til ny akutklinik i Kolding\n\nRegionsrådet i Region Syddanmark har torsdag godkendt pengene til en ny akutklinik på Kolding Sygehus."), gazetteer).funding;
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.name])).toEqual([["42000000", "dk:region:dk-83", "Kolding Sygehus"]]);
  });

  it("when a municipality lists grants to a place's volunteer bodies ('Alta frivilligsentral', 'Kåfjord helselag'), then those bodies receive, not the towns", () => {
    const f = facts("Alta kommune", "Alta kommune har innvilget følgende tilskudd:\n\n• Alta frivilligsentral: kr 125 000,50\n• Kåfjord helselag: kr 12 000,-", "2022-02-25");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.name, x.recipient.id])).toEqual([["125000", "no:kommune:5403", "Alta frivilligsentral", null], ["12000", "no:kommune:5403", "Kåfjord helselag", null]]);
  });

  it("when 'Odense Kommune har bidraget med 1,2 mio. kr., mens de øvrige ni kommuner tilsammen har betalt 1,8 mio. kr.', then each subject pays its amount", () => {
    const f = facts("Fyens Stiftstidende", "Region Syddanmark har i år afsat 8 mio. kr. til klyngens fælles projekter. Odense Kommune har bidraget med 1,2 mio. kr., mens de øvrige ni kommuner tilsammen har betalt 1,8 mio. kr.", "2022-11-08");
    expect(f.map((x) => [x.amount, x.payer.id ?? x.payer.mention, x.recipient.id])).toEqual([["8000000", "dk:region:dk-83", null], ["1200000", "dk:kommune:0461", null], ["1800000", "de øvrige ni kommuner", null]]);
  });

  it("when a municipality 'får halvannan million kroner' (nynorsk), then that is 1 500 000", () => {
    const [f] = facts("Firda", "Sunnfjord kommune får halvannan million kroner frå Statsforvaltaren i Vestland.", "2021-04-14");
    expect([f!.amount, f!.recipient.id]).toEqual(["1500000", "no:kommune:4647"]);
  });

  it("when a table's first column is headed 'Sundhedsklynge' and its cells name towns, then each row's body is the cluster named by its town, not the municipality", () => {
    const f = facts("Sundhedsstyrelsen", "Sundhedsstyrelsen har givet tilsagn om tilskud til to sundhedsklynger:\n\nSundhedsklynge\tProjekt\tTilsagn (kr.)\nAalborg\tFælles akutteam\t2.450.000\nViborg\tDigital hjemmemonitorering\t1.800.000", "2023-05-30");
    expect(f.map((x) => [x.amount, x.recipient.name, x.recipient.id])).toEqual([["2450000", "Sundhedsklynge Aalborg", null], ["1800000", "Sundhedsklynge Viborg", null]]);
  });

  it("when a region 'har nu udbetalt 3,6 mio. kr. til kommunernes akutfunktioner', then it pays, and a municipality that 'har fået udbetalt' receives", () => {
    const f = facts("Region Midtjylland", "Region Midtjylland har nu udbetalt 3,6 mio. kr. til kommunernes akutfunktioner. Herning Kommune har fået udbetalt 2,2 mio. kr.", "2020-12-15");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["3600000", "dk:region:dk-82", null], ["2200000", "dk:region:dk-82", "dk:kommune:0657"]]);
  });

  it("when 'Dette får kommunene:' introduces a table 'Kommune⇥2019⇥2020' of figures grouped in thousands, then each figure is that year's grant", () => {
    const f = facts("Bergens Tidende", "Regjeringen foreslår øremerkede tilskudd til flere sykehjemsplasser. Dette får kommunene:\n\nKommune\t2019\t2020\nBergen\t12 400 000\t14 100 000", "2019-10-08");
    expect(f.map((x) => [x.amount, x.year, x.recipient.id])).toEqual([["12400000", 2019, "no:kommune:1201"], ["14100000", 2020, "no:kommune:1201"]]);
  });

  it("when a municipality 'har takket nej til 1,2 mio. kr.' or a council decides 'at bygge et sundhedshus i Karup for 14 mio. kr.', then neither is a grant", () => {
    expect(facts("Sjællandske Nyheder", "Ringsted Kommune har takket nej til 1,2 mio. kr. fra Region Sjælland til et fælles akutteam.", "2020-09-09")).toEqual([]);
    const f = facts("Viborg Kommune", "Byrådet har besluttet at bygge et sundhedshus i Karup for 14 mio. kr. Kommunen har fået 4 mio. kr. fra Sundheds- og Ældreministeriets pulje til læge- og sundhedshuse.", "2018-10-02");
    expect(f.map((x) => x.amount)).toEqual(["4000000"]);
  });

  it("when 'Denne gang drejer det sig om 650.000 kr.' follows a grant told without an amount, then it is that grant's; 'den årlige udgift på 3,2 mio. kr.' is a cost", () => {
    const f = facts("Fyens Stiftstidende", "For anden gang i år får Nyborg Kommune penge fra Sundhedsstyrelsen til sit akutteam. Denne gang drejer det sig om 650.000 kr.", "2017-09-14");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["650000", "dk:kommune:0450"]]);
    expect(facts("Region Midtjylland", "Region Midtjylland overtager fra 2023 den årlige udgift på 3,2 mio. kr. til akutbilen i Lemvig.", "2022-04-20")).toEqual([]);
  });

  it("when 'Heradsstyret vedtok … å setje av 22 millionar kroner' after a herad is named, then the herad pays", () => {
    const f = facts("Hardanger Folkeblad", "Husbanken har gitt Kvam herad tilsegn om investeringstilskot på 18,6 millionar kroner til 12 nye sjukeheimsplassar.\n\nHeradsstyret vedtok i vinter å setje av 22 millionar kroner til resten av prosjektet.", "2013-05-02");
    expect(f.map((x) => [x.amount, x.payer.id ?? x.payer.name])).toEqual([["18600000", "Husbanken"], ["22000000", "no:kommune:1238"]]);
  });

  it("when 'Midlene forvaltes av' a body 'som har fordelt dem slik:' over rows 'Bodø kommune | 1 400 000', then the body holds the total and pays the rows; 'Øvrige kommuner' are unnamed", () => {
    const body = "Helsedirektoratet har fordelt 2,6 millioner kroner til kompetanseheving i kommunehelsetjenesten i Nordland i 2013. Midlene forvaltes av Fylkesmannen i Nordland, som har fordelt dem slik:\n\nBodø kommune | 1 400 000\nØvrige kommuner | 1 200 000";
    const f = facts("Helsedirektoratet", body, "2013-03-04");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id ?? x.recipient.mention ?? null])).toEqual([
      ["2600000", "no:directorate:helsedirektoratet", "no:county-governor:fylkesmannen-i-nordland"],
      ["1400000", "no:county-governor:fylkesmannen-i-nordland", "no:kommune:1804"],
      ["1200000", "no:county-governor:fylkesmannen-i-nordland", "Øvrige kommuner"],
    ]);
  });

  it("when 'Byrådet i Bergen' raises the grant 'til Bergen legevakt', then the town pays its clinic; a trust that pays 'for at legevakten skal ta imot' pays that clinic", () => {
    const body = "Byrådet i Bergen foreslår å øke bevilgningen til Bergen legevakt med 12 millioner kroner neste år.\n\nSamtidig har Helse Bergen sagt ja til å betale 3 millioner kroner for at legevakten skal ta imot flere pasienter fra akuttmottaket.";
    const f = facts("Bergensavisen", body, "2014-10-21");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id ?? x.recipient.name ?? null])).toEqual([
      ["12000000", "no:kommune:1201", "Bergen legevakt"],
      ["3000000", "no:hf:helse-bergen", "Bergen legevakt"],
    ]);
  });

  it("when a list names 'Sundhedsklynge Nordsjælland' and 'Sundhedsklynge Vejle', then each cluster receives, not the town it is named by", () => {
    const body = "Sundhedsstyrelsen har givet tilsagn om i alt 12 mio. kr. til to projekter i sundhedsklyngerne.\n\nBlandt de projekter, der modtager støtte, er:\n• Sundhedsklynge Nordsjælland: 6,2 mio. kr. til et fælles KOL-team\n• Sundhedsklynge Vejle: 5,8 mio. kr. til telemedicin";
    const f = facts("Sundhedsstyrelsen", body, "2022-09-19");
    expect(f.slice(1).map((x) => [x.amount, x.recipient.id, x.recipient.name])).toEqual([
      ["6200000", null, "Sundhedsklynge Nordsjælland"],
      ["5800000", null, "Sundhedsklynge Vejle"],
    ]);
  });

  it("when a town 'har så langt i år betalt' an amount, then two adverbials between auxiliary and verb still leave the town the payer", () => {
    const f = facts("Nordlys", "Tromsø kommune har så langt i år betalt 48 millioner kroner i kommunal medfinansiering til Universitetssykehuset Nord-Norge.", "2012-11-14");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["48000000", "no:kommune:1902", "no:hf:universitetssykehuset-nord-norge"]]);
  });

  it("when a region offers doctors 'en etableringsbonus på 500.000 kr.', then the bonus each doctor may earn is no grant", () => {
    expect(facts("DR Nord", "Nu vil regionen i stedet give nyuddannede læger en etableringsbonus på 500.000 kr., hvis de køber en praksis i området.", "2019-01-09")).toEqual([]);
  });

  it("when a budget list has '40 millioner kroner til nytt sykehus i Kirkenes', then the one new hospital is a purpose of its total's recipient; 'Senter for samisk helseforskning ved UiT' is a body", () => {
    const body = "Regjeringen foreslår å bevilge 135 millioner kroner til Helse Nord RHF i 2014. Forslaget innebærer blant annet:\n• 95 millioner kroner til økt pasientbehandling\n• 40 millioner kroner til nytt sykehus i Kirkenes\n\nI tillegg foreslås 4,5 millioner kroner til Senter for samisk helseforskning ved UiT.";
    const f = facts("Helse- og omsorgsdepartementet", body, "2013-10-14");
    expect(f.map((x) => [x.amount, x.recipient.id ?? x.recipient.name ?? null])).toEqual([
      ["135000000", "no:rhf:helse-nord"],
      ["95000000", "no:rhf:helse-nord"],
      ["40000000", "no:rhf:helse-nord"],
      ["4500000", "Senter for samisk helseforskning"],
    ]);
  });

  it("when 'Region Midtjylland og de 19 midtjyske kommuner har afsat henholdsvis 10 og 5 mio. kr.', then each pays its own amount", () => {
    const f = facts("Region Midtjylland", "Region Midtjylland og de 19 midtjyske kommuner har afsat henholdsvis 10 og 5 mio. kr. til fælles projekter under sundhedsaftalen.", "2017-03-08");
    expect(f.map((x) => [x.amount, x.payer.id ?? x.payer.mention])).toEqual([["10000000", "dk:region:dk-82"], ["5000000", "de 19 midtjyske kommuner"]]);
  });

  it("when 'Drifta kostar 4 millionar' and 'Kommunen betaler 60 prosent, 2,4 millionar kroner, og helseføretaket resten, 1,6 millionar kroner', then the cost is no grant and the trust pays the rest", () => {
    const body = "Helse Førde og Sunnfjord kommune opprettar fire nye intermediære senger ved Førde helsehus. Drifta kostar 4 millionar kroner i året.\n\nKommunen betaler 60 prosent, 2,4 millionar kroner, og helseføretaket resten, 1,6 millionar kroner.";
    const f = facts("Firda", body, "2020-08-22");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["2400000", "no:kommune:4647"], ["1600000", "no:hf:helse-forde"]]);
  });

  it("when a trust pays for 'kommunale akutte døgnplasser, som St. Olavs hospital i dag betaler 1,2 millioner kroner i året for' in the one town named, then the town receives; 'Hele byggeprosjektet er beregnet til' is a cost", () => {
    const body = "Oppdal kommune får 22,5 millioner kroner i investeringstilskudd fra Husbanken til et nytt helsehus.\n\nHelsehuset skal også romme kommunale akutte døgnplasser, som St. Olavs hospital i dag betaler 1,2 millioner kroner i året for.\n\nHele byggeprosjektet er beregnet til 140 millioner kroner.";
    const f = facts("NRK", body, "2018-04-12");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.id])).toEqual([["22500000", "Husbanken", "no:kommune:5021"], ["1200000", "St. Olavs hospital", "no:kommune:5021"]]);
  });

  it("when a trust 'skal dekke 35 millioner kroner av kostnadene når kommunene i Vestland og Rogaland tar i bruk' a system, then those towns receive, and 'Resten … må kommunene selv finansiere' is their own money", () => {
    const body = "Helse Vest RHF skal dekke 35 millioner kroner av kostnadene når kommunene i Vestland og Rogaland tar i bruk samme pasientjournal som sykehusene.\n\nResten, anslagsvis 120 millioner kroner, må kommunene selv finansiere over fem år.";
    const f = facts("Teknisk Ukeblad", body, "2020-11-03");
    expect(f.map((x) => [x.amount, x.payer.label, x.recipient.mention ?? null])).toEqual([["35000000", "Helse Vest RHF", "kommunene i Vestland og Rogaland"], ["120000000", "Kommunene", null]]);
  });

  it("when a region sets money aside 'til, at akutklinikken på Sygehus Vendsyssel i Frederikshavn kan holde åbent', then the hospital receives; a nurse the town puts in 'svarer til en udgift for kommunen på ca. 600.000 kr.' is the town's contribution in kind", () => {
    const body = "Regionsrådet har i budgettet for 2021 afsat 3,8 mio. kr. til, at akutklinikken på Sygehus Vendsyssel i Frederikshavn kan holde åbent til kl. 22.\n\nFrederikshavn Kommune har tilbudt at stille en akutsygeplejerske til rådighed, hvilket svarer til en udgift for kommunen på ca. 600.000 kr. om året.";
    const f = facts("Region Nordjylland", body, "2020-10-29");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.name])).toEqual([["3800000", "dk:region:dk-81", "Sygehus Vendsyssel"], ["600000", "dk:kommune:0813", null]]);
  });

  it("when a county governor 'har fått 4,2 millionar kroner frå Helsedirektoratet' and 'Midlane er fordelte slik:' over rows, then the governor pays the rows", () => {
    const body = "Fylkesmannen i Hordaland har fått 4,2 millionar kroner frå Helsedirektoratet til å støtte samhandlingstiltak i kommunane. Midlane er fordelte slik:\n\n- Voss kommune: 900 000 kroner til interkommunal intermediæravdeling\n- Stord kommune: 650 000 kroner";
    const f = facts("Fylkesmannen i Hordaland", body, "2010-06-15");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["4200000", "no:directorate:helsedirektoratet", "no:county-governor:fylkesmannen-i-hordaland"],
      ["900000", "no:county-governor:fylkesmannen-i-hordaland", "no:kommune:1235"],
      ["650000", "no:county-governor:fylkesmannen-i-hordaland", "no:kommune:1221"],
    ]);
  });

  it("when 'Regeringen og satspuljepartierne har indgået aftale om' a pool over a table of its initiatives, then the government pays them", () => {
    const body = "Regeringen og satspuljepartierne har indgået aftale om udmøntning af satspuljen for 2017-2018.\n\nTabel 1. Udvalgte initiativer (mio. kr.)\nInitiativ\t2017\t2018\nStyrket indsats for mennesker med demens\t15,5\t10,0";
    const f = facts("Sundheds- og Ældreministeriet", body, "2016-11-04");
    expect(f.map((x) => [x.amount, x.year, x.payer.id])).toEqual([["15500000", 2017, "dk:body:regeringen"], ["10000000", 2018, "dk:body:regeringen"]]);
  });

  it("when 'Helse Nord RHF tildeles 13,2 milliarder kroner', then the trust that is allotted money pays none of the document's grants", () => {
    const f = facts("Helse- og omsorgsdepartementet", "Helse Midt-Norge RHF tildeles 16,1 milliarder kroner i basisbevilgning for 2015. Helse Nord RHF tildeles 13,2 milliarder kroner.", "2015-01-20");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["16100000000", "no:ministry:hod"], ["13200000000", "no:ministry:hod"]]);
  });

  it("when 'Hver part betaler halvdelen, dvs. 1,5 mio. kr.' after two partners, then each pays the amount in apposition", () => {
    const body = "Region Syddanmark og Kolding Kommune har indgået et partnerskab om et fælles udgående team.\n\nTeamet koster 3 mio. kr. om året. Hver part betaler halvdelen, dvs. 1,5 mio. kr.";
    const f = facts("Region Syddanmark", body, "2021-03-11");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["1500000", "dk:region:dk-83"], ["1500000", "dk:kommune:0621"]]);
  });

  it("when 'Fitjar kommune skal betale 200 000 kroner og Bømlo kommune 350 000 kroner til Stord', then both pay Stord", () => {
    const f = facts("Sunnhordland", "Fitjar kommune skal betale 200 000 kroner og Bømlo kommune 350 000 kroner til Stord, som er vertskommune for teamet.", "2017-06-21");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["200000", "no:kommune:1222", "no:kommune:1221"], ["350000", "no:kommune:1219", "no:kommune:1221"]]);
  });

  it("when a mayor asks 'hvordan vi finansierer de sidste 6 mio. kr.', then the open question is no grant", () => {
    const body = "Odder Kommune har fået 12 mio. kr. fra Sundheds- og Ældreministeriets pulje til læge- og sundhedshuse.\n\n- Vi må nu se på, hvordan vi finansierer de sidste 6 mio. kr., siger borgmesteren.";
    expect(facts("Århus Stiftstidende", body, "2019-05-23").map((x) => x.amount)).toEqual(["12000000"]);
  });

  it("when 'Et flertal i Aalborg Byråd har lavet en budgetaftale' and then 'tilføres ældreområdet 15 mio. kr. ekstra', then the town pays", () => {
    const body = "Et flertal i Aalborg Byråd har lavet en budgetaftale for 2024.\n\nI stedet tilføres ældreområdet 15 mio. kr. ekstra, blandt andet til flere sygeplejersker.";
    expect(facts("TV2 Nord", body, "2023-09-14").map((x) => [x.amount, x.payer.id])).toEqual([["15000000", "dk:kommune:0851"]]);
  });

  it("when 'Helsefellesskapet Innlandet har fått 4 millioner kroner' and a town 'får 1,5 millioner av midlene', then the health community passes that share on", () => {
    const body = "Helsefellesskapet Innlandet har fått 4 millioner kroner fra Helsedirektoratet til å prøve ut digital hjemmeoppfølging.\n\nKongsvinger kommune er prosjekteier og får 1,5 millioner av midlene.";
    const f = facts("Glåmdalen", body, "2021-10-07");
    expect(f.map((x) => [x.amount, x.payer.id ?? x.payer.name, x.recipient.id ?? x.recipient.name])).toEqual([
      ["4000000", "no:directorate:helsedirektoratet", "Helsefellesskapet Innlandet"],
      ["1500000", "Helsefellesskapet Innlandet", "no:kommune:3401"],
    ]);
  });

  it("when 'Pengene findes ved at flytte 9 mio. kr. fra Amager Hospital og 12 mio. kr. fra' a pool, then where the grant is found is no grant of its own", () => {
    const body = "Regionsrådet har vedtaget at give Hvidovre Hospital 21 mio. kr. om året til 16 ekstra akutsenge.\n\nPengene findes ved at flytte 9 mio. kr. fra Amager Hospital og 12 mio. kr. fra regionens fælles pulje til udvikling.";
    expect(facts("Region Hovedstaden", body, "2017-08-31").map((x) => x.amount)).toEqual(["21000000"]);
  });

  it("when 'staten kompenserer kommuner og regioner' before what each gets, then the state pays; 'deres ekstraudgifter til over 2 mia. kr.' are costs", () => {
    const body = "Regeringen har aftalt med KL og Danske Regioner, at staten kompenserer kommuner og regioner for en del af deres udgifter til corona.\n\nKommunerne får 1 mia. kr., og regionerne får 500 mio. kr.\n\nRegionerne havde selv opgjort deres ekstraudgifter til over 2 mia. kr.";
    const f = facts("DR", body, "2020-06-15");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["1000000000", "dk:body:staten"], ["500000000", "dk:body:staten"]]);
  });

  it("when two towns 'har søgt Sundhedsministeriet om 7 mio. kr.', then what they applied for is no grant", () => {
    expect(facts("Jyllands-Posten", "Vejle Kommune og Fredericia Kommune har søgt Sundhedsministeriet om 7 mio. kr. til et fælles akuthus med 12 pladser.", "2022-01-20")).toEqual([]);
  });

  it("when a budget list gives '150 mill. kroner til investeringstilskudd til 1 500 heldøgns omsorgsplasser', then the count of places is no amount; 'Til sammen innebærer forslaget en økning på 1,4 mrd. kroner' is the proposal's", () => {
    const body = "Regjeringen foreslår i statsbudsjettet for 2020:\n\n- 150 mill. kroner til investeringstilskudd til 1 500 heldøgns omsorgsplasser\n\nTil sammen innebærer forslaget en økning på 1,4 mrd. kroner på eldreområdet.";
    expect(facts("Helse- og omsorgsdepartementet", body, "2019-10-07").map((x) => x.amount)).toEqual(["150000000", "1400000000"]);
  });

  it("when 'Helseføretaket gjev 2,5 mill. kr i året, og kommunen legg inn 3 mill. kr.' and more towns are named later, then 'kommunen' is the one named before; 'kjøper seg inn med' gives", () => {
    const body = "Helse Bergen og Voss kommune skal drive ei felles intermediæravdeling. Helseføretaket gjev 2,5 mill. kr i året, og kommunen legg inn 3 mill. kr.\n\nGranvin, Ulvik og Vaksdal kjøper seg inn med til saman 900 000 kr i året, som går til Voss kommune.";
    const f = facts("Avisa Hordaland", body, "2015-11-26");
    expect(f.map((x) => [x.amount, x.payer.id ?? x.payer.name])).toEqual([["2500000", "no:hf:helse-bergen"], ["3000000", "no:kommune:1235"], ["900000", "Granvin, Ulvik og Vaksdal"]]);
  });

  it("when doctors get 'et tillæg på 150 kr. pr. vagttime', then the rate is no grant", () => {
    expect(facts("Region Midtjylland", "Lægerne får et tillæg på 150 kr. pr. vagttime for den nye arbejdsform.", "2018-06-20")).toEqual([]);
  });

  it("when 'Kristiansand kommune' is named and one registry name is a letter apart (Kristiansund), then the name spelt right is the one meant", () => {
    const f = facts("Fædrelandsvennen", "Sørlandet sykehus HF har betalt Kristiansand kommune 2,8 millioner kroner.", "2016-09-08");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["2800000", "no:kommune:1001"]]);
  });

  it("when 'Til sammenligning betalte kommunene i Agder i fjor 11 millioner kroner til sykehuset', then the group after the verb pays and the hospital receives", () => {
    const body = "Kristiansand kommune tok imot pasienter fra Sørlandet sykehus HF.\n\nTil sammenligning betalte kommunene i Agder i fjor 11 millioner kroner til sykehuset.";
    const f = facts("Fædrelandsvennen", body, "2016-09-08");
    expect(f.map((x) => [x.amount, x.payer.mention ?? x.payer.id, x.recipient.id])).toEqual([["11000000", "kommunene i Agder", "no:hf:sorlandet-sykehus"]]);
  });

  it("when 'Horsens Byråd har tirsdag aften godkendt en anlægsbevilling på 28 mio. kr.', then the town pays", () => {
    const f = facts("Horsens Folkeblad", "Horsens Byråd har tirsdag aften godkendt en anlægsbevilling på 28 mio. kr. til et nyt sundhedshus i Torsted.", "2019-04-24");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["28000000", "dk:kommune:0615", null]]);
  });

  it("when a headline 'Vejle Kommune får 3,2 mio. kr.' is told in the body as 'Vi har fået 3,2 mio. kr. fra Sundhedsstyrelsen', then the headline names the receiver", () => {
    const f = extract(readDocument("TITLE: Vejle Kommune får 3,2 mio. kr. til rehabilitering i eget hjem\nPUBLISHER: Vejle Kommune\nDATE: 2017-12-05\n-----\nVejle Kommune får 3,2 mio. kr. til rehabilitering i eget hjem\n\nVi har fået 3,2 mio. kr. fra Sundhedsstyrelsen til at udvikle rehabilitering i eget hjem."), gazetteer).funding;
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.id])).toEqual([["3200000", "Sundhedsstyrelsen", "dk:kommune:0630"]]);
  });

  it("when a trust 'skal betale 8 millioner kroner i året for å disponere ti av sengene' in the centre the one town named builds, then the town receives", () => {
    const body = "Bystyret i Bodø vedtok torsdag å bygge et lokalmedisinsk senter ved Nordlandssykehuset.\n\nNordlandssykehuset HF skal betale 8 millioner kroner i året for å disponere ti av sengene.";
    const f = facts("Avisa Nordland", body, "2011-12-15");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["8000000", "no:kommune:1804"]]);
  });

  it("when a headline says 'Sykehusene deler ut samhandlingsmidler' over trusts that each get money, then the group pays none of its own members; the regional trust that set the money aside does", () => {
    const body = "Helse Sør-Øst RHF har satt av 40 millioner kroner til samhandlingsprosjekter i 2012.\n\nSykehuset Innlandet HF får 9 millioner kroner, Vestre Viken HF 8 millioner kroner og Sykehuset Østfold HF 6 millioner kroner.";
    const f = extract(readDocument(`TITLE: Sykehusene deler ut samhandlingsmidler\nPUBLISHER: Helse Sør-Øst RHF\nDATE: 2012-04-18\n-----\nSykehusene deler ut samhandlingsmidler\n\n${body}`), gazetteer).funding;
    expect(f.slice(1).map((x) => [x.amount, x.payer.id])).toEqual([["9000000", "no:rhf:helse-sor-ost"], ["8000000", "no:rhf:helse-sor-ost"], ["6000000", "no:rhf:helse-sor-ost"]]);
  });

  it("when 'mens hospitalet får 600.000 kr.' after 'Hospitalsenheden Vest' is named, then the hospital unit receives", () => {
    const body = "Struer Kommune og Hospitalsenheden Vest har fået 1,6 mio. kr. fra Sundhedsstyrelsen til en fælles akutfunktion.\n\nAf beløbet går 1 mio. kr. til kommunens akutteam, mens hospitalet får 600.000 kr. til telemedicinsk udstyr.";
    const f = facts("TV MIDTVEST", body, "2018-02-08");
    expect(f.map((x) => [x.amount, x.recipient.id ?? x.recipient.name])).toEqual([["1600000", "Struer Kommune og Hospitalsenheden Vest"], ["1000000", "dk:kommune:0671"], ["600000", "Hospitalsenheden Vest"]]);
  });

  it("when 'Agdenes, Meldal og Skaun får bruke sengene mot å betale 150 000 kroner hver til Orkdal', then 'får' is a modal and each town pays Orkdal", () => {
    const f = facts("Avisa Sør-Trøndelag", "Agdenes, Meldal og Skaun får bruke sengene mot å betale 150 000 kroner hver til Orkdal.", "2017-03-30");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([
      ["150000", "no:kommune:1622", "no:kommune:1638"],
      ["150000", "no:kommune:1636", "no:kommune:1638"],
      ["150000", "no:kommune:1657", "no:kommune:1638"],
    ]);
  });

  it("when a region 'har indgået en driftsaftale med Hospice Nordsjælland' and 'betaler 1,9 mio. kr. pr. plads om året, i alt 22,8 mio. kr.', then the hospice gets the total; the rate per place and money 'doneret af private fonde' are not the region's", () => {
    const body = "Region Hovedstaden har indgået en driftsaftale med Hospice Nordsjælland om 12 pladser. Regionen betaler 1,9 mio. kr. pr. plads om året, i alt 22,8 mio. kr.\n\nHospicet er bygget for 45 mio. kr., som er doneret af private fonde.";
    const f = facts("Region Hovedstaden", body, "2016-05-19");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.name])).toEqual([["22800000", "dk:region:dk-84", "Hospice Nordsjælland"], ["45000000", null, "Hospice Nordsjælland"]]);
  });

  it("when 'Statsforvaltaren i Vestland har på vegner av Helsedirektoratet tildelt' an amount, then the governor gives it, not the one it acts for", () => {
    const f = facts("Statsforvalteren i Vestland", "Statsforvaltaren i Vestland har på vegner av Helsedirektoratet tildelt 31,4 millionar kroner til kommunalt rusarbeid i 2023.", "2023-04-12");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["31400000", "no:county-governor:statsforvalteren-i-vestland"]]);
  });

  it("when a town 'har fakturert St. Olavs hospital for 3,4 millioner kroner' and 'Sykehuset har betalt 1,9 millioner kroner', then the invoice is no grant and the payment goes to the town", () => {
    const body = "Trondheim kommune har fakturert St. Olavs hospital for 3,4 millioner kroner for pasienter som ble sendt hjem for tidlig.\n\nSykehuset har betalt 1,9 millioner kroner og bestrider resten.";
    const f = facts("Adresseavisen", body, "2013-06-06");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["1900000", "no:hf:st-olavs-hospital", "no:kommune:1601"]]);
  });

  it("when a list reads 'Region Hovedstaden (kommunerne): 32,0 mio. kr.', then the region's municipalities receive, not the region", () => {
    const body = "Sundheds- og Ældreministeriet har fordelt 54,6 mio. kr. til kommunale akutfunktioner. Pengene er fordelt efter indbyggertal:\n\nRegion Hovedstaden (kommunerne): 32,0 mio. kr.\nRegion Midtjylland (kommunerne): 22,6 mio. kr.";
    const f = facts("Sundheds- og Ældreministeriet", body, "2018-06-28");
    expect(f.slice(1).map((x) => [x.amount, x.recipient.id, x.recipient.mention])).toEqual([["32000000", null, "kommunerne i Region Hovedstaden"], ["22600000", null, "kommunerne i Region Midtjylland"]]);
  });

  it("when a town 'havde tilbudt at betale 500.000 kr. om året, men regionen takkede nej til tilbuddet', then the refused offer is no grant", () => {
    expect(facts("Fyens Stiftstidende", "Langeland Kommune havde tilbudt at betale 500.000 kr. om året, men regionen takkede nej til tilbuddet.", "2023-03-09")).toEqual([]);
  });

  it("when 'Kommunane skal i tillegg betale 50 000 kroner kvar' after six towns got money together, then each town pays its own share", () => {
    const body = "Flå, Nes og Gol har fått 850 000 kroner frå Fylkesmannen i Buskerud til ein felles samhandlingskoordinator.\n\nKommunane skal i tillegg betale 50 000 kroner kvar.";
    const f = facts("Hallingdølen", body, "2014-02-20");
    expect(f.slice(1).map((x) => [x.amount, x.payer.id, x.recipient.id ?? x.recipient.name])).toEqual([["50000", "no:kommune:0615", null], ["50000", "no:kommune:0616", null], ["50000", "no:kommune:0617", null]]);
  });

  it("when a trust and a town named together agree on a sick bay and 'Sykehuset betaler 6,5 millioner kroner i året for de fire spesialisthelsetjenestesengene', then the town receives", () => {
    const body = "Universitetssykehuset Nord-Norge HF og Nordreisa kommune har blitt enige om driften av sykestua på Storslett. Sykehuset betaler 6,5 millioner kroner i året for de fire spesialisthelsetjenestesengene.";
    const f = facts("NRK Troms", body, "2017-11-09");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["6500000", "no:hf:universitetssykehuset-nord-norge", "no:kommune:1942"]]);
  });

  it("when a grant 'er redusert fra 1 million til 600 000 kroner', then only the amount it changed to is a grant", () => {
    const f = facts("Helsedirektoratet", "Tilskuddet til Lyngen kommune er redusert fra 1 million til 600 000 kroner.", "2018-06-01");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["600000", "no:kommune:1938"]]);
  });

  it("when a trust is written by its registered name without 'HF' ('Finnmarkssykehuset'), then it resolves to that trust", () => {
    const [f] = facts("Nordlys", "Helse Nord RHF gir Finnmarkssykehuset 5 millioner kroner til forskning.", "2016-12-08");
    expect([f!.payer.id, f!.recipient.id]).toEqual(["no:rhf:helse-nord", "no:hf:helse-finnmark"]);
  });

  it("when 'Til sammen utgjør tildelingen 45 millioner' follows grants to two trusts, then 'til sammen' is a total, not the two together", () => {
    const f = facts("Adresseavisen", "Styret i Helse Midt-Norge vedtok å gi St. Olavs hospital 25 millioner kroner ekstra. Helse Møre og Romsdal og Helse Nord-Trøndelag får 10 millioner kroner hver. Til sammen utgjør tildelingen 45 millioner kroner.", "2015-03-01");
    expect(f.find((x) => x.amount === "45000000")!.recipient).toEqual({ id: null, name: null });
  });

  it("when 'Dei resterande midlane, kr 900 000, er fordelt på åtte andre kommunar', then those eight receive them, not the municipality named last", () => {
    const f = facts("Fylkesmannen i Vestland", "Fylkesmannen har tildelt kr 2 450 000 i skjønnsmidler til fornyingsprosjekt i kommunane. Bergen kommune har fått kr 800 000, Askøy kr 450 000 og Voss kr 300 000. Dei resterande midlane, kr 900 000, er fordelt på åtte andre kommunar.", "2019-03-01");
    expect(f.find((x) => x.amount === "900000")!.recipient).toMatchObject({ id: null, mention: "åtte andre kommunar" });
  });

  it("when a sentence refuses one amount and grants another ('fik afslag på … 1,5 mio. kr., men fik i stedet 500.000 kr.'), then only the refused clause is void", () => {
    const da = facts("Fyens Stiftstidende", "Nyborg Kommune fik afslag på sin ansøgning om 1,5 mio. kr., men fik i stedet 500.000 kr. fra Region Syddanmark.", "2018-03-01");
    expect(da.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["500000", "dk:region:dk-83", "dk:kommune:0450"]]);
    const no = facts("Bergens Tidende", "Bergen fikk ikke støtte, mens Os fikk 500 000 kroner og Fjell 300 000 kroner fra Helsedirektoratet. Fjell kommune fikk ikke de 2 millionene de hadde håpet på. Kommunen søkte om 2 millioner, men fikk ikke innvilget søknaden.", "2018-03-01");
    expect(no.map((x) => [x.amount, x.recipient.id])).toEqual([["500000", "no:kommune:1243"], ["300000", "no:kommune:1246"]]);
  });

  it("when 'Nå får de 4,5 millioner kroner fra Helse Sør-Øst' follows 'Sykehuset i Vestfold og kommunene i fylket', then 'de' is who gets it, both of them, and the trust pays", () => {
    const f = facts("Tønsbergs Blad", "Sykehuset i Vestfold og kommunene i fylket skal sammen lage bedre utskrivningsrutiner. Nå får de 4,5 millioner kroner fra Helse Sør-Øst.", "2015-03-12");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.members?.map((m) => m.name)])).toEqual([["4500000", "no:rhf:helse-sor-ost", ["Sykehuset i Vestfold", "kommunene i fylket"]]]);
  });

  it("when a sentence's cost stands in another clause than a body's own money, then the money stands and the cost does not; 'når innbyggerne bruker sykehus' spends nothing", () => {
    const da = facts("Fyens Stiftstidende", "Middelfart Kommune lægger selv 15 mio. kr. i projektet, og byggeriet ventes at koste i alt 61 mio. kr.", "2022-06-21");
    expect(da.map((x) => [x.amount, x.payer.id, x.recipient.name])).toEqual([["15000000", "dk:kommune:0410", null]]);
    const no = facts("Kommunal Rapport", "Regjeringen overfører 5,1 milliarder kroner til kommunene for at de skal betale en del av regningen når innbyggerne bruker sykehus.", "2011-10-06");
    expect(no.map((x) => x.amount)).toEqual(["5100000000"]);
    expect(facts("Jyllands-Posten", "Horsens Kommune bruger 600 mio. kr. på sundhed hvert år.", "2019-03-01")).toEqual([]);
  });

  it("when no region is named, then 'regionen' that pays is the one health region the text names", () => {
    const [f] = facts("Tønsbergs Blad", "Ifølge Helse Sør-Øst vil regionen bruke til sammen 30 millioner kroner på samhandlingsprosjekter i år.", "2015-03-12");
    expect(f!.payer).toMatchObject({ id: "no:rhf:helse-sor-ost", name: "regionen" });
  });

  it("when a paragraph opens with a later year's money, then the undated amounts of the next sentence, and of one the next paragraph opens with 'I tillegg', are of that year and proposed like it; 'nå' dates its own", () => {
    const f = facts("Kommunal Rapport", "Regjeringen foreslår å overføre 5,1 milliarder kroner til kommunene i 2012. Oslo kommune får 647 millioner kroner og Bergen 283 millioner.\n\nI tillegg får kommunene 234 millioner kroner til utskrivningsklare pasienter.", "2011-10-06");
    expect(f.map((x) => [x.amount, x.year, x.status])).toEqual([["5100000000", 2012, "PROPOSED"], ["647000000", 2012, "PROPOSED"], ["283000000", 2012, "PROPOSED"], ["234000000", 2012, "PROPOSED"]]);
    const now = facts("Kommunal Rapport", "Regjeringen foreslår å overføre 5,1 milliarder kroner til kommunene i 2012. Nå får Oslo kommune 20 millioner kroner til et forsøk.", "2011-10-06");
    expect(now.find((x) => x.amount === "20000000")!.year).toBe(2011);
  });

  it("when an amount is 'for' a body named right after it, or 'for hver av kommunene X, Y og Z', then that body gets it, each of them their own", () => {
    const f = facts("Helsedirektoratet", "Tilskuddet er på 2,5 mill. kr for Narvik og 1,2 mill. kr for hver av kommunene Hamar, Gjøvik og Lillehammer.", "2014-02-11");
    expect(f.map((x) => [x.amount, x.recipient.name])).toEqual([["2500000", "Narvik"], ["1200000", "Hamar"], ["1200000", "Gjøvik"], ["1200000", "Lillehammer"]]);
  });

  it("when 'af pengene' follows one region's share and another's comes after 'mens', then both are parts of the total before, and take its payer and year", () => {
    const f = facts("DR Nyheder", "Med finansloven for 2021 har Folketinget afsat 1,5 mia. kr. til det nære sundhedsvæsen.\n\nRegion Hovedstaden får 480 mio. kr. af pengene, mens Region Nordjylland får 155 mio. kr.", "2020-12-03");
    const total = f.findIndex((x) => x.amount === "1500000000");
    expect(f.filter((x) => x.partOf !== null).map((x) => [x.amount, x.partOf, x.payer.name, x.year])).toEqual([["480000000", total, "Folketinget", 2021], ["155000000", total, "Folketinget", 2021]]);
  });

  it("when a proposal is one the decision replaced ('Oprindeligt havde regeringen foreslået 1 mia. kr.'), then it is no fact", () => {
    expect(facts("DR Nyheder", "Oprindeligt havde regeringen foreslået 1 mia. kr. til de fem regioner.", "2020-12-03")).toEqual([]);
    expect(facts("NRK", "Regjeringen hadde foreslått 300 millioner kroner til kommunene.", "2020-12-03")).toEqual([]);
  });

  it("when two bodies 'deler resten, 8 millioner kroner', then they receive it together; a body that 'deler pengene mellom' others gives", () => {
    const [f] = facts("NRK Nordland", "Finnmarkssykehuset og Helgelandssykehuset deler resten, 8 millioner kroner.", "2018-06-20");
    expect(f!.recipient.members?.map((m) => m.id)).toEqual(["no:hf:helse-finnmark", "no:hf:helgelandssykehuset"]);
    const [g] = facts("NRK Nordland", "Helse Nord deler pengene mellom sykehusene, i alt 8 millioner kroner.", "2018-06-20");
    expect(g!.payer.id).toBe("no:rhf:helse-nord");
  });

  it("when the money is for something the payer does itself ('til å byggja om lokala til legevakta på Voss sjukehus'), then the hospital is where it is, not who is paid", () => {
    const [f] = facts("Avisa Hordaland", "Kommunestyret i Voss løyvde 2,4 millionar kroner til å byggja om lokala til den interkommunale legevakta på Voss sjukehus.", "2016-09-29");
    expect([f!.payer.id, f!.recipient.name]).toEqual(["no:kommune:1235", null]);
  });

  it("when a counted group pays ('Dei tre nabokommunane betaler …'), then the payers are the ones of that number named before", () => {
    const f = facts("Avisa Hordaland", "Legevaktsamarbeidet omfattar òg Granvin, Ulvik og Vaksdal.\n\nDei tre nabokommunane betaler til saman 600 000 kroner i året.", "2016-09-29");
    expect(f.map((x) => [x.amount, x.payer.members?.map((m) => m.name)])).toEqual([["600000", ["Granvin", "Ulvik", "Vaksdal"]]]);
  });

  it("when 'Aarhus Byråd' or 'Byrådet' decides, then the municipality pays", () => {
    const [f] = facts("Århus Stiftstidende", "Aarhus Byråd afsætter 8,5 mio. kr. årligt til et nyt kommunalt akutteam.", "2023-09-28");
    expect(f!.payer).toMatchObject({ id: "dk:kommune:0751" });
    const [g] = facts("Aarhus Kommune", "Byrådet afsætter 8,5 mio. kr. årligt til et nyt kommunalt akutteam.", "2023-09-28");
    expect(g!.payer).toMatchObject({ id: "dk:kommune:0751", name: "Byrådet" });
  });

  it("when 'Hver kommune lægger selv 1,5 mio. kr. i projektet' follows two municipalities named together, then each pays its own, to no one named", () => {
    const f = facts("Folketidende", "Lolland Kommune og Guldborgsund Kommune får sammen 6 mio. kr. fra Sundheds- og Ældreministeriet. Hver kommune lægger selv 1,5 mio. kr. i projektet.", "2019-04-09");
    expect(f.filter((x) => x.amount === "1500000").map((x) => [x.payer.id, x.recipient.name])).toEqual([["dk:kommune:0360", null], ["dk:kommune:0376", null]]);
  });

  it("when 'Vi setter av …, sier helse- og omsorgsminister Bent Høie', then the minister's ministry pays; 'sier ordfører … i Alta kommune' makes the municipality pay", () => {
    const [f] = facts("NTB", "– Vi setter av 50 millioner kroner slik at 30 nye kommuner kan bli med i ordningen, sier helse- og omsorgsminister Bent Høie (H).", "2016-08-22");
    expect(f!.payer.id).toBe("no:ministry:hod");
    const [g] = facts("Finnmarken", "– Vi bevilger 400 000 kroner til prosjektet, sier ordfører Monica Nielsen i Alta kommune.", "2019-05-14");
    expect(g!.payer.id).toBe("no:kommune:2012");
  });

  it("when the money is for something 'i Finnmark', then the county is where it is, not its authority receiving it", () => {
    const [f] = facts("Finnmarken", "Troms og Finnmark fylkeskommune har tildelt i alt 1,9 millioner kroner til frisklivstiltak i Finnmark.", "2019-05-14");
    expect(f!.recipient).toEqual({ id: null, name: null });
  });

  it("when grants are records of labelled lines ('Ansøger: …', 'Bevilget beløb: …'), then each amount goes to its own record's party; an amount applied for is no grant", () => {
    const da = facts("Sundhedsstyrelsen", "Projekt: Akutfunktion i hjemmeplejen\nAnsøger: Randers Kommune\nBevilget beløb: 1.850.000 kr.\n\nProjekt: Telemedicin\nAnsøger: Sygehus Lillebælt\nBevilget beløb: 2.000.000 kr.", "2017-06-29");
    expect(da.map((x) => [x.amount, x.recipient.name])).toEqual([["1850000", "Randers Kommune"], ["2000000", "Sygehus Lillebælt"]]);
    const no = facts("Fylkesmannen i Troms", "Søker: Lenvik kommune\nTiltak: Hverdagsrehabilitering\nSøkt beløp: kr 900 000\nTildelt: kr 600 000", "2015-06-10");
    expect(no.find((x) => x.amount === "600000")!.recipient.name).toBe("Lenvik kommune");
    expect(no.find((x) => x.amount === "900000")?.recipient.name ?? null).toBeNull();
  });

  it("when a list of 'Østfold: 6,4 millioner kroner' hangs from 'Fylkesvis fordeling:', then each county's municipalities receive, not the county authority", () => {
    const f = facts("Helse- og omsorgsdepartementet", "Regjeringen har fordelt 120 millioner kroner til kompetanseheving i kommunene.\n\nFylkesvis fordeling:\nØstfold: 6,4 millioner kroner\nHedmark: 5,1 millioner kroner", "2013-02-12");
    expect(f.slice(1).map((x) => [x.amount, x.recipient.id, x.recipient.mention ?? x.recipient.name])).toEqual([["6400000", null, "kommunene i Østfold"], ["5100000", null, "kommunene i Hedmark"]]);
  });

  it("when 'hhv.' stands for 'henholdsvis', then the sentence goes on after it and the amounts go to the names in order", () => {
    const f = facts("Romerikes Blad", "Statsforvalteren i Oslo og Viken har gitt tilskudd til legevaktsamarbeid. Lørenskog og Lillestrøm får hhv. 2,1 og 1,7 millioner kroner.", "2021-11-18");
    expect(f.map((x) => [x.amount, x.recipient.name])).toEqual([["2100000", "Lørenskog"], ["1700000", "Lillestrøm"]]);
  });

  it("when amounts bound a range ('fra 200 000 til 1,2 millioner kroner', 'mellom 2 og 3 millioner'), then neither is a grant; what a grant changed to still is", () => {
    expect(facts("Romerikes Blad", "Kommunene får fra 200 000 til 1,2 millioner kroner hver i ordningen. Prosjektene får mellom 2 og 3 millioner kroner.", "2021-11-18")).toEqual([]);
    expect(facts("Nordlys", "Tilskuddet til Lyngen kommune er redusert fra 1 million til 600 000 kroner.", "2021-11-18").map((x) => x.amount)).toEqual(["600000"]);
  });

  it("when an abbreviation is defined after a name ('Universitetssykehuset Nord-Norge (UNN)') or spells its initials, then it is that name's actor", () => {
    const f = facts("Nordlys", "Universitetssykehuset Nord-Norge og Tromsø kommune har fått 6,5 millioner kroner fra Helsedirektoratet. Av pengene går 4 millioner til UNN og 2,5 millioner til kommunen.", "2016-04-12");
    expect(f.find((x) => x.amount === "4000000")!.recipient).toMatchObject({ id: "no:hf:universitetssykehuset-nord-norge", name: "UNN" });
    const [g] = facts("Stavanger Aftenblad", "Helse Vest RHF har gitt Helse Stavanger (SUS) et nytt tilskudd. Senere fikk SUS 2 millioner kroner til.", "2016-04-12");
    expect(g!.recipient).toMatchObject({ id: "no:hf:helse-stavanger", name: "SUS" });
  });

  it("when the state budget gives ('I forslaget til statsbudsjett for 2023 får …'), then the government that proposes it pays, or the state whose budget it is; a body that gives from it ('fra statsbudsjettet') pays itself", () => {
    const [f] = facts("Dagsavisen", "I forslaget til statsbudsjett for 2023 får de fire regionale helseforetakene til sammen 1,6 mrd. kroner mer enn i år.", "2022-10-06");
    expect(f!.payer.id).toBe("no:body:regjeringen");
    const [g] = facts("Dagsavisen", "Helsedirektoratet fordeler 40 millioner kroner fra statsbudsjettet til kommunene.", "2022-10-06");
    expect(g!.payer.id).toBe("no:directorate:helsedirektoratet");
    const [n] = facts("Dagsavisen", "I statsbudsjettet for 2023 får kommunene 300 millioner kroner til rusarbeid.", "2022-10-06");
    expect(n!.payer.id).toBe("no:body:staten");
    const [d] = facts("Altinget", "Regeringen har fremlagt sit finanslovsforslag. I finanslovsforslaget får de fem regioner 1,5 mia. kr. til det nære sundhedsvæsen.", "2020-08-31");
    expect(d!.payer.id).toBe("dk:body:regeringen");
  });

  it("when 'et statlig tilskudd' gives the money, then the state pays; '300 000 statlige kroner hver fra fylkeskommunen' stays the county's", () => {
    const [f] = facts("Bodø kommune", "I tillegg kommer et statlig tilskudd på halvannen million kroner til tilbudet.", "2019-06-20");
    expect([f!.amount, f!.payer.id]).toEqual(["1500000", "no:body:staten"]);
    const [g] = facts("NRK Sápmi", "Fem kommuner i Finnmark har fått tildelt 300 000 statlige kroner hver fra fylkeskommunen.", "2019-06-20");
    expect(g!.payer.name).toBe("fylkeskommunen");
  });

  it("when amounts are a deficit, a salary or a monthly rate ('underskud på 40 mio. kr.', 'tjener 1,1 millioner kroner i året', '38.000 kr. om måneden'), then they are no grants", () => {
    expect(facts("JydskeVestkysten", "Region Syddanmark har et underskud på 40 mio. kr. på sygehusområdet. En sygeplejerske i regionen tjener i gennemsnit 38.000 kr. om måneden.", "2018-09-12")).toEqual([]);
    expect(facts("Romsdals Budstikke", "Rådmannen i Rauma kommune tjener 1,1 millioner kroner i året.", "2016-11-20")).toEqual([]);
    expect(facts("Århus Stiftstidende", "Region Midtjylland bidrager med 2 mio. kr. om året til teamets sygeplejersker.", "2023-09-28").map((x) => x.amount)).toEqual(["2000000"]);
  });

  it("when a table has a column per year ('2020 (kr)', '2021 (kr)'), then each figure is of its column's year, and a row's two figures are two grants", () => {
    const f = facts("Helsedirektoratet", "Tilskudd til kommunalt rusarbeid:\n\nKommune\t2020 (kr)\t2021 (kr)\nBergen\t9 800 000\t10 300 000\nTrondheim\t7 100 000\t7 600 000", "2021-02-15");
    expect(f.map((x) => [x.amount, x.year, x.recipient.name])).toEqual([["9800000", 2020, "Bergen"], ["10300000", 2021, "Bergen"], ["7100000", 2020, "Trondheim"], ["7600000", 2021, "Trondheim"]]);
  });

  it("when an amount is one 'som regeringen har afsat til puljen', then the relative clause's subject pays and the pool is no recipient; 'fra puljen' still pays as the pool's owner", () => {
    const f = facts("TV2 Nord", "Hjørring Kommune har fået 6,2 mio. kroner fra Sundheds- og Ældreministeriets pulje til læge- og sundhedshuse. Det er en del af de i alt 200 mio. kr., som regeringen har afsat til puljen.", "2018-05-03");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["6200000", "dk:ministry:sum", "dk:kommune:0860"], ["200000000", "dk:body:regeringen", null]]);
  });

  it("when 'styrelsen' follows the one agency the text names and the graph lacks, then it is that agency by name; 'TrygFonden' is a body that gives", () => {
    const f = facts("Dagens Medicin", "Odense Kommune har fået bevilget 2,3 mio. kr. af Sundhedsstyrelsen til et projekt om demens. Også Kolding Kommune er blevet tildelt midler af styrelsen. Kommunen får 1,1 mio. kr.\n\nTrygFonden støtter desuden projektet i Odense med 500.000 kr.", "2021-05-27");
    expect(f.map((x) => [x.amount, x.payer.name])).toEqual([["2300000", "Sundhedsstyrelsen"], ["1100000", "Sundhedsstyrelsen"], ["500000", "TrygFonden"]]);
  });

  it("when nynorsk 'bidreg òg med' gives, then the subject pays; money 'til eit felles prosjekt for Førde, Naustdal og Jølster' goes to the three together", () => {
    const f = facts("Firda", "Fylkesmannen i Sogn og Fjordane har løyvd 2,8 millionar kroner til eit felles velferdsteknologiprosjekt for Førde, Naustdal og Jølster.\n\nHelse Førde bidreg òg med 400 000 kroner til opplæring av tilsette.", "2017-11-08");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.members?.length ?? x.recipient.name])).toEqual([["2800000", "Fylkesmannen i Sogn og Fjordane", 3], ["400000", "Helse Førde", null]]);
  });

  it("when a body 'har søgt om 2 mio. kr. …, men har endnu ikke fået svar', then the amount applied for is no grant", () => {
    expect(facts("TV2 Østjylland", "Favrskov Kommune har søgt om 2 mio. kr. fra samme pulje, men har endnu ikke fået svar.", "2019-01-17")).toEqual([]);
    expect(facts("TV2 Østjylland", "Favrskov Kommune søgte om 2 mio. kr. og har nu fået dem.", "2019-01-17").map((x) => x.amount)).toEqual(["2000000"]);
  });

  it("when money is taken back ('har trukket tilbake 400 000 kroner som Hitra fikk', 'kræver 1 mio. kr. tilbage'), then it is no grant", () => {
    expect(facts("Hitra-Frøya", "Fylkesmannen har samtidig trukket tilbake 400 000 kroner som Hitra fikk i 2018.", "2019-10-01")).toEqual([]);
    expect(facts("Fyens Stiftstidende", "Region Syddanmark kræver 1 mio. kr. tilbagebetalt fra Nyborg Kommune.", "2019-10-01")).toEqual([]);
  });

  it("when a grant answers 'søknaden fra Lenvik kommune', then the applicant receives and the granter pays; 'til kommunens rusteam' is the municipality named last", () => {
    const f = facts("Folkebladet", "Fylkesmannen i Troms har innvilget søknaden fra Lenvik kommune på 1,2 millioner kroner.\n\nFylkesmannen i Troms innvilget i går 800 000 kroner etter søknad fra Berg kommune.\n\nOgså Sørreisa kommune får penger: Fylkesmannen har innvilget 450 000 kroner til kommunens rusteam.", "2016-04-21");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.label])).toEqual([
      ["1200000", "Fylkesmannen i Troms", "Lenvik"],
      ["800000", "Fylkesmannen i Troms", "Berg (Troms)"],
      ["450000", "Fylkesmannen", "Sørreisa"],
    ]);
  });

  it("when two bodies 'har sammen bevilget' money 'til et nyt akuttilbud for ældre på Gentofte Hospital', then they pay together and the hospital receives; 'af VIVE, som får 400.000 kr.' receives", () => {
    const f = facts("Villabyerne", "Region Hovedstaden og Gentofte Kommune har sammen bevilget 6 mio. kr. til et nyt akuttilbud for ældre på Gentofte Hospital.\n\nProjektet evalueres af VIVE, som får 400.000 kr. for opgaven.", "2022-03-29");
    expect(f[0]!.payer.members?.map((m) => m.name)).toEqual(["Region Hovedstaden", "Gentofte Kommune"]);
    expect(f[0]!.recipient.name).toBe("Gentofte Hospital");
    expect([f[1]!.amount, f[1]!.recipient.name]).toEqual(["400000", "VIVE"]);
  });

  it("when a change is told beside an amount ('…, en økning på 5 millioner fra i fjor'), then it is no grant; 'Helse Nord får en økning på 50 millioner kroner' still is", () => {
    const f = facts("Nordlys", "Skjønnsrammen for kommunene i fylket er på 185 millioner kroner i 2020, en økning på 5 millioner fra i fjor.", "2020-02-11");
    expect(f.map((x) => x.amount)).toEqual(["185000000"]);
    expect(facts("Nordlys", "Helse Nord får en økning på 50 millioner kroner i 2021.", "2020-02-11").map((x) => x.amount)).toEqual(["50000000"]);
  });

  it("when a list item names a project 'i Vejen Kommune (2,5 mio. kr.)', then the municipality named with its kind owns it; 'Flere sengepladser i Esbjerg' stays a place", () => {
    const f = facts("Region Syddanmark", "Region Syddanmark har fordelt 4,3 millioner kroner til projekter:\n\n• Fælles sygeplejeklinik i Vejen Kommune (2,5 mio. kr.)\n• Telemedicin til KOL-patienter i Nyborg Kommune (1,8 mio. kr.)", "2023-03-02");
    expect(f.slice(1).map((x) => [x.amount, x.recipient.id])).toEqual([["2500000", "dk:kommune:0575"], ["1800000", "dk:kommune:0450"]]);
  });

  it("when 'puljen' names no owner and one ministry is named before it, then the pool is that ministry's", () => {
    const f = facts("TV SYD", "Kolding Kommune har fået tilsagn om 1,6 millioner kroner fra Sundhedsministeriet til et sundhedshus.\n\nDet er andet år i træk, at kommunen får penge fra puljen. Sidste år fik Kolding 2,1 millioner kroner til et lægehus.", "2022-06-14");
    expect(f.map((x) => [x.amount, x.payer.label, x.year])).toEqual([["1600000", "Sundhedsministeriet", 2022], ["2100000", "Sundhedsministeriet", 2021]]);
  });

  it("when a breakdown 'Av dette går …' goes on in the paragraph's next sentence, then those shares are parts of the total too, with its year; money that 'holdes tilbake' is no grant", () => {
    const f = facts("Helse Nord RHF", "Styret i Helse Nord RHF vedtok i dag å sette av 20 millioner kroner til samhandlingstiltak i 2015.\n\nAv dette går 8 millioner kroner til Universitetssykehuset Nord-Norge HF og 5 millioner kroner til Nordlandssykehuset HF. Helgelandssykehuset HF og Finnmarkssykehuset HF får 3,25 millioner kroner hver.\n\nDe siste 0,5 millionene holdes tilbake til felles evaluering.", "2014-12-17");
    expect(f.map((x) => [x.amount, x.partOf, x.year])).toEqual([["20000000", null, 2015], ["8000000", 0, 2015], ["5000000", 0, 2015], ["3250000", 0, 2015], ["3250000", 0, 2015]]);
    // A share that comes in addition, or would pass the total, is not continued into it.
    const g = facts("Helse Nord RHF", "Helse Nord RHF setter av 10 millioner kroner til samhandling i 2015.\n\nAv dette går 6 millioner kroner til Universitetssykehuset Nord-Norge HF. Nordlandssykehuset HF får i tillegg 3 millioner kroner.", "2014-12-17");
    expect(g.map((x) => x.partOf)).toEqual([null, 0, null]);
  });

  it("when a project 'løber frem til 2024', then that end year does not date the grant", () => {
    const [f] = facts("Fyens Stiftstidende", "Fra Region Syddanmark kommer der yderligere 1,1 mio. kr. til projektet, som løber frem til 2024.", "2021-06-08");
    expect([f!.amount, f!.year]).toEqual(["1100000", 2021]);
  });

  it("when a row reads 'Randers Kommune: \"a project's title\" – 3.450.000 kr.', then the body at its start receives; two bodies there receive together", () => {
    const f = facts("Sundheds- og Ældreministeriet", "Følgende projekter har fået tilsagn:\n\nRanders Kommune: \"Fælles akutplejeteam på tværs af sektorer\" – 3.450.000 kr.\nHerning Kommune og Ikast-Brande Kommune: \"Akutfunktion Midt\" – 5.100.000 kr.", "2020-06-23");
    expect(f.map((x) => [x.amount, x.recipient.id ?? x.recipient.members?.map((m) => m.name)])).toEqual([["3450000", "dk:kommune:0730"], ["5100000", ["Herning Kommune", "Ikast-Brande Kommune"]]]);
  });

  it("when an example is given ('En kommune med 10 000 innbyggere vil få om lag 280 000 kroner'), then it is no grant", () => {
    const f = facts("Helse- og omsorgsdepartementet", "Regjeringen foreslår å bevilge 150 millioner kroner til rehabilitering i kommunene.\n\nPengene skal fordeles etter innbyggertall. En kommune med 10 000 innbyggere vil få om lag 280 000 kroner.", "2019-10-07");
    expect(f.map((x) => x.amount)).toEqual(["150000000"]);
  });

  it("when money 'er afsat' after an empty subject ('…, hvor der er afsat 35 mio. kr.'), then the body before is not its receiver but the main clause's subject gives", () => {
    const [f] = facts("KbhNyt", "Regionsrådet i Region Hovedstaden har vedtaget budgettet for 2021, hvor der er afsat 35 mio. kr. til at styrke samarbejdet mellem psykiatrien og kommunerne.", "2020-09-22");
    expect([f!.payer.id, f!.recipient.id, f!.year]).toEqual(["dk:region:dk-84", null, 2021]);
  });

  it("when money goes 'til et udgående team fra Psykiatrisk Center København', then the provider receives and does not give", () => {
    const [f] = facts("KbhNyt", "Region Hovedstaden giver 10 mio. kr. til et udgående team fra Psykiatrisk Center København.", "2020-09-22");
    expect([f!.payer.id, f!.recipient.name]).toEqual(["dk:region:dk-84", "Psykiatrisk Center København"]);
    const [g] = facts("Helsedirektoratet", "Tromsø kommune får 2 millioner kroner til et prosjekt fra Helsedirektoratet.", "2020-09-22");
    expect([g!.payer.label, g!.recipient.label]).toEqual(["Helsedirektoratet", "Tromsø"]);
  });

  it("when a heading speaks of 'tildelingene over 1 million kroner', then that bound is no grant; 'mot 2 millioner kroner i fjor' is last year's", () => {
    expect(facts("Statsforvalteren i Vestland", "Her er tildelingene over 1 million kroner:", "2022-03-15")).toEqual([]);
    const f = facts("Nordlys", "Tromsø kommune fikk 1,2 millioner kroner fra Fylkesmannen i Troms til rusarbeid i år, mot 2 millioner kroner i fjor.", "2018-02-08");
    expect(f.map((x) => [x.amount, x.year])).toEqual([["1200000", 2018], ["2000000", 2017]]);
  });

  it("when a body 'medfinansierer projektet med 250.000 kr. af egne midler' or 'bidrar i tillegg med', then it gives; a name in the genitive ('fra Sundhedsstyrelsens pulje') is the body itself", () => {
    const f = facts("Horsens Kommune", "Horsens Kommune har fået bevilget kr. 750.000,- fra Sundhedsstyrelsens pulje til forebyggende hjemmebesøg.\n\nKommunen medfinansierer projektet med yderligere 250.000 kr. af egne midler.", "2018-04-12");
    expect(f.map((x) => [x.amount, x.payer.id ?? x.payer.name, x.recipient.id])).toEqual([["750000", "Sundhedsstyrelsen", "dk:kommune:0615"], ["250000", "dk:kommune:0615", null]]);
    const [g] = facts("KS", "Helse Sør-Øst RHF bidrar i tillegg med 1,5 millioner kroner til nettverkene i sin region.", "2019-01-10");
    expect([g!.payer.id, g!.recipient.id]).toEqual(["no:rhf:helse-sor-ost", null]);
  });

  it("when a city passes money on to 'Bydel Gamle Oslo', then the district receives, not the city it names; a pot's size in 'som i år er på 8 millioner kroner' is no grant", () => {
    const f = facts("Aftenposten", "Oslo kommune har fordelt 9 millioner kroner videre til bydelene.\n\nBydel Gamle Oslo får mest, 3,4 millioner kroner. Bydel Søndre Nordstrand får 2,9 millioner og Bydel Alna 2,7 millioner.", "2021-05-04");
    expect(f.slice(1).map((x) => [x.amount, x.payer.id, x.recipient.id, x.recipient.name])).toEqual([
      ["3400000", "no:kommune:0301", null, "Bydel Gamle Oslo"],
      ["2900000", "no:kommune:0301", null, "Bydel Søndre Nordstrand"],
      ["2700000", "no:kommune:0301", null, "Bydel Alna"],
    ]);
    expect(facts("Oppland Arbeiderblad", "Pengene kommer fra sykehusets egen samhandlingspott, som i år er på 8 millioner kroner.", "2017-09-20")).toEqual([]);
  });

  it("when a council 'har fordelt midlerne fra Region Syddanmarks pulje' over a list, then the region gives the list and its total, and receives nothing", () => {
    const f = facts("Lokalavisen", "Regionsrådet har fordelt midlerne fra Region Syddanmarks pulje til sundhedssamarbejde med kommunerne. Beløbene er angivet i t.kr.\n\nEsbjerg Kommune: 1.450\nKolding Kommune: 980\n\nI alt er der fordelt 2.430 t.kr.", "2021-01-28");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id, x.partOf])).toEqual([["1450000", "dk:region:dk-83", "dk:kommune:0561", 2], ["980000", "dk:region:dk-83", "dk:kommune:0621", 2], ["2430000", "dk:region:dk-83", null, null]]);
  });

  it("when a page dated before a rename is published under the body's later name, then the body is the one of that day", () => {
    const [f] = facts("Statsforvalteren i Troms og Finnmark", "Alta kommune får 850 000 kroner til koordinerende enhet.", "2020-05-27");
    expect([f!.payer.id, f!.payer.label]).toEqual(["no:county-governor:fylkesmannen-i-troms-og-finnmark", "Fylkesmannen i Troms og Finnmark"]);
    const [g] = facts("Statsforvalteren i Troms og Finnmark", "Alta kommune får 850 000 kroner til koordinerende enhet.", "2021-05-27");
    expect(g!.payer.id).toBe("no:county-governor:statsforvalteren-i-troms-og-finnmark");
  });

  it("when a foundation with a hyphen ('Nordea-fonden') grants, a body 'dekker' a share, or a municipality 'har i forvejen afsat … til byggeriet', then each gives", () => {
    const f = facts("Fyens Stiftstidende", "Nordea-fonden bevilger 8,4 millioner kroner til et nyt sundhedshus i Svendborg.\n\nSvendborg Kommune har i forvejen afsat 22 millioner kroner til byggeriet.", "2020-10-05");
    expect(f.map((x) => [x.amount, x.payer.id ?? x.payer.name])).toEqual([["8400000", "Nordea-fonden"], ["22000000", "dk:kommune:0479"]]);
    const [g] = facts("Romsdals Budstikke", "Prosjektet har en samlet ramme på 3 millioner kroner, hvorav Molde kommune dekker 1 million kroner.", "2019-06-18");
    expect([g!.amount, g!.payer.id, g!.recipient.id]).toEqual(["1000000", "no:kommune:1502", null]);
    // A building's price is still no grant.
    expect(facts("Fyens Stiftstidende", "Ombygningen er budgetteret til 16,6 mio. kr.", "2020-10-05")).toEqual([]);
  });

  it("when one figure is paid 'i 2019 og … i 2020', then each payment has the year right after it; an agency publishing its own grant letter pays, and a pool in 'som ikke modtager midler fra puljen' does not", () => {
    const f = facts("Sundhedsstyrelsen", "Der gives hermed tilsagn om tilskud på 1.250.000 kr. til Region Midtjylland.\n\nTilskuddet udbetales i to rater: 625.000 kr. i 2019 og 625.000 kr. i 2020.\n\nProjektet gennemføres med Viborg Kommune, som ikke modtager midler fra puljen.", "2019-08-30");
    expect(f.map((x) => [x.amount, x.year, x.payer.name, x.partOf])).toEqual([["1250000", 2019, "Sundhedsstyrelsen", null], ["625000", 2019, "Sundhedsstyrelsen", 0], ["625000", 2020, "Sundhedsstyrelsen", 0]]);
    // A newspaper reporting a grant is still no party to it.
    expect(facts("Fyens Stiftstidende", "Region Midtjylland får 1.250.000 kr.", "2019-08-30")[0]!.payer).toEqual({ id: null, name: null });
  });

  it("when a cap says 'kan maksimalt være 2 millioner kroner' or a correction quotes an earlier version's figure, then neither is a grant; a year in a clause of its own after the amount does not date it", () => {
    const f = facts("Bergensavisen", "Askøy kommune har fått NOK 1 200 000 fra Fylkesmannen i Hordaland til et nytt demensteam.\n\nTilskuddet utgjør 40 prosent av kostnadene, og kan maksimalt være 2 millioner kroner per kommune.\n\nRettelse: I en tidligere versjon av saken sto det at Askøy fikk 1,5 millioner kroner. Riktig beløp er 1,2 millioner kroner.", "2018-11-22");
    expect(f.map((x) => x.amount)).toEqual(["1200000"]);
    const [g] = facts("Nordjyske", "Hjørring Kommune selv betaler 18 mio kr, og huset ventes at stå klar i 2025.", "2023-05-09");
    expect([g!.amount, g!.year]).toEqual(["18000000", 2023]);
  });

  it("when a body 'søker Helsedirektoratet om 1,5 mill. kr', then the amount applied for is no grant", () => {
    expect(facts("Lyngdal kommune", "Farsund kommune, som er vertskommune, søker Helsedirektoratet om 1,5 mill. kr i tilskudd.", "2017-06-14")).toEqual([]);
    expect(facts("Lyngdal kommune", "Helsedirektoratet har innvilget Farsund kommune 1,5 mill. kr i tilskudd.", "2017-06-14").map((x) => x.amount)).toEqual(["1500000"]);
  });

  it("when a giver's sentence goes on 'så hver klynge får 2 mio. kr.', then the giver is not the receiver of that share but pays it", () => {
    const f = facts("Sundhedsministeriet", "Sundhedsministeriet har fordelt 42 mio. kr. til de 21 sundhedsklynger, så hver klynge får 2 mio. kr. til at styrke samarbejdet.", "2021-03-03");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.id])).toEqual([["42000000", "Sundhedsministeriet", null], ["2000000", "Sundhedsministeriet", null]]);
  });

  it("when a budget proposition is cited ('Ifølge Prop. 1 S (2019–2020) får Helse Vest RHF …'), then it is the government's proposal for the session's second year; 'foreslo' proposes", () => {
    const [f] = facts("Bergens Tidende", "Ifølge Prop. 1 S (2019–2020) får Helse Vest RHF 1,2 mrd. kroner mer.", "2019-10-08");
    expect([f!.amount, f!.year, f!.payer.id, f!.recipient.id]).toEqual(["1200000000", 2020, "no:body:regjeringen", "no:rhf:helse-vest"]);
    const [g] = facts("Helse- og omsorgsdepartementet", "I St. meld. nr. 47 (2008–2009) foreslo regjeringen å overføre 2 milliarder kroner til kommunene.", "2009-06-19");
    expect([g!.amount, g!.status, g!.payer.id]).toEqual(["2000000000", "PROPOSED", "no:body:regjeringen"]);
  });

  it("when a sentence opens 'Af de 10 mio. kr. går …', then the amounts after are its parts; 'det dobbelte af sidste år' compares and dates nothing", () => {
    const f = facts("JydskeVestkysten", "Af de 10 mio. kr. går 4 mio. kr. til Esbjerg Kommune og 3 mio. kr. til Varde Kommune.", "2019-05-05");
    expect(f.map((x) => [x.amount, x.partOf])).toEqual([["10000000", null], ["4000000", 0], ["3000000", 0]]);
    const [g] = facts("JydskeVestkysten", "Esbjerg Kommune får nu 1,8 mio. kr. – det dobbelte af sidste år.", "2019-05-05");
    expect([g!.amount, g!.year]).toEqual(["1800000", 2019]);
  });

  it("when one body got a total and passes a share 'av disse pengene' on to others, then that body pays the share", () => {
    const f = facts("Tidens Krav", "Helse Møre og Romsdal HF har fått 6 millioner kroner fra Helse Midt-Norge RHF for å utvikle helsefellesskapet.\n\nKristiansund kommune og Averøy kommune får til sammen 1,2 millioner kroner av disse pengene.", "2020-11-27");
    expect(f.map((x) => [x.amount, x.payer.label, x.partOf])).toEqual([["6000000", "Helse Midt-Norge RHF", null], ["1200000", "Helse Møre og Romsdal HF", 0]]);
  });

  it("when a later sentence says who is behind the grant ('Bak tildelingen står Sparebankstiftelsen DNB', '… som står bak tildelingen'), then that body pays", () => {
    const [f] = facts("Folkebladet", "Lenvik kommune får 900 000 kroner til et nytt ambulant team.\n\nBak tildelingen står Sparebankstiftelsen DNB.", "2016-05-05");
    expect([f!.payer.name, f!.recipient.label]).toEqual(["Sparebankstiftelsen DNB", "Lenvik"]);
    const [g] = facts("Folkebladet", "Lenvik kommune får 900 000 kroner.\n\nDet er Sparebankstiftelsen DNB som står bak tildelingen.", "2016-05-05");
    expect(g!.payer.name).toBe("Sparebankstiftelsen DNB");
  });

  it("when a foundation 'har doneret' money, then it gives; 'har givet Region Hovedstaden og Region Sjælland hver 10 mio. kr.' gives each of them", () => {
    const [f] = facts("Nordjyske", "TrygFonden har doneret 4 mio. kr. til Aalborg Universitetshospital.", "2020-05-05");
    expect([f!.payer.name, f!.recipient.name]).toEqual(["TrygFonden", "Aalborg Universitetshospital"]);
    const g = facts("Sundheds- og Ældreministeriet", "Sundheds- og Ældreministeriet har givet Region Hovedstaden og Region Sjælland hver 10 mio. kr.", "2020-05-05");
    expect(g.map((x) => [x.amount, x.recipient.label])).toEqual([["10000000", "Region Hovedstaden"], ["10000000", "Region Sjælland"]]);
  });

  it("when a grant 'økes med 500 000 kroner til 2,5 millioner kroner', then the increase is part of the new total; money that 'reduseres med' is no grant", () => {
    const f = facts("Avisa Nordland", "Tilskuddet til Bodø kommune økes med 500 000 kroner til 2,5 millioner kroner.", "2020-05-05");
    expect(f.map((x) => [x.amount, x.partOf])).toEqual([["500000", 1], ["2500000", null]]);
    expect(facts("Avisa Nordland", "Bevilgningen til kommunene reduseres med 20 millioner kroner.", "2020-05-05")).toEqual([]);
  });

  it("when 'kommunen' is the subject after a fronted phrase ('I tillegg får kommunen …') in a text naming two municipalities, then it is the last one named before it", () => {
    const f = facts("iFinnmark", "Husbanken har gitt Alta kommune tilsagn om 27,6 millioner kroner i investeringstilskudd.\n\nBoligene skal etter planen stå ferdige i 2019. Prislappen er beregnet til 92 millioner kroner.\n\nI tillegg får kommunen kompensasjon for renter og avdrag, om lag 1,1 millioner kroner årlig.\n\nHammerfest kommune søkte om tilskudd til 16 plasser.", "2017-04-21");
    expect(f.map((x) => [x.amount, x.recipient.label])).toEqual([["27600000", "Alta"], ["1100000", "Alta"]]);
  });

  it("when a minister 'varsler 2 milliarder kroner', then her ministry announces them; 'Region Syddanmarks andel' is a share of the total no single body got, and 'samtidig' keeps that total's year", () => {
    const [f] = facts("VG", "Helse- og omsorgsminister Bent Høie varsler 2 milliarder kroner ekstra til sykehusene i revidert nasjonalbudsjett.", "2021-05-11");
    expect([f!.payer.id, f!.status]).toEqual(["no:ministry:hod", "ANNOUNCED"]);
    const g = facts("Fyens Stiftstidende", "Regeringen og dens støttepartier er enige om finansloven for 2020, der giver regionerne 1,2 mia. kr. ekstra til sundhed.\n\nRegion Syddanmarks andel bliver omkring 270 mio. kr.\n\nKommunerne får samtidig 400 mio. kr. til flere hænder i ældreplejen.", "2019-12-04");
    expect(g.map((x) => [x.amount, x.year, x.partOf])).toEqual([["1200000000", 2020, null], ["270000000", 2020, 0], ["400000000", 2020, null]]);
    const h = facts("Region Hovedstaden", "Sundheds- og Ældreministeriet har fordelt 100 mio. kr. til regionerne.\n\nRegion Hovedstadens andel udgør 35 mio. kr. Region Sjællands andel er 12 mio. kr.", "2016-11-10");
    expect(h.map((x) => [x.amount, x.partOf, x.payer.label])).toEqual([["100000000", null, "Sundheds- og Ældreministeriet"], ["35000000", 0, "Sundheds- og Ældreministeriet"], ["12000000", 0, "Sundheds- og Ældreministeriet"]]);
  });

  it("when three hospitals 'modtager henholdsvis 2, 3 og 5 mio. kr.', then each gets its own, 'Hospitalsenhed Midt' included", () => {
    const f = facts("Region Midtjylland", "Hospitalsenhed Midt, Regionshospitalet Randers og Aarhus Universitetshospital modtager henholdsvis 2, 3 og 5 mio. kr.", "2022-02-24");
    expect(f.map((x) => [x.amount, x.recipient.name])).toEqual([["2000000", "Hospitalsenhed Midt"], ["3000000", "Regionshospitalet Randers"], ["5000000", "Aarhus Universitetshospital"]]);
  });

  it("when bodies the graph lacks open a sentence ('KL og Danske Regioner har aftalt at bruge 20 mio. kr.'), then they are named as its payer; 'Sundhedsklyngen i Nordsjælland' is a body with its whole place", () => {
    const f = facts("KL", "KL og Danske Regioner har aftalt at bruge 20 mio. kr. på at udvikle samarbejdet i de 21 sundhedsklynger.\n\nSundhedsklyngen i Nordsjælland er udpeget som forsøgsklynge og får 1,5 mio. kr. af pengene.", "2020-10-15");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.name, x.partOf])).toEqual([["20000000", "KL og Danske Regioner", null, null], ["1500000", "KL og Danske Regioner", "Sundhedsklyngen i Nordsjælland", 0]]);
  });

  it("when two items of a list add up to a third ('120 000' and '180 000' under '300 000'), then they are its siblings, and all are parts of the list's total", () => {
    const f = facts("Helgelendingen", "Fylkesmannen i Nordland har fordelt kompetansemidler til kommunene på Helgeland. Her er oversikten:\n\n• Vefsn kommune – 450 000 kroner til hverdagsrehabilitering\n• Grane og Hattfjelldal – 300 000 kroner til felles demensteam\n• Leirfjord kommune – 120 000 kroner til kurs\n• Rana kommune – 180 000 kroner til videreutdanning\n\nTotalt: 1,05 millioner kroner.", "2019-03-28");
    expect(f.map((x) => [x.amount, x.partOf])).toEqual([["450000", 4], ["300000", 4], ["120000", 4], ["180000", 4], ["1050000", null]]);
  });

  it("when a quote of two sentences says «Vi søkte om 2 millioner, men fikk bare 800 000 kroner» and names its speaker after the second, then the speaker's municipality got it and the amount applied for is no grant", () => {
    const f = facts("Østlendingen", "Fylkesmannen i Hedmark har fordelt årets skjønnsmidler.\n\n«Vi søkte om 2 millioner, men fikk bare 800 000 kroner. Det er skuffende,» sier rådmann Kjell Aukrust i Trysil kommune.", "2018-06-07");
    expect(f.map((x) => [x.amount, x.recipient.label])).toEqual([["800000", "Trysil"]]);
  });

  it("when a dash quote runs on past its amount ('- Vi har fået 1,2 millioner kroner. Det betyder meget for os, siger … fra Varde Kommune'), then the speaker's body got it", () => {
    const f = facts("TV Syd", "Region Syddanmark har fordelt 5 mio. kr. til kommunerne.\n\n- Vi har fået 1,2 millioner kroner. Det betyder meget for os, siger borgmester Jens Ejner Christensen fra Varde Kommune.", "2019-03-03");
    expect(f.map((x) => [x.amount, x.recipient.label ?? null])).toEqual([["5000000", null], ["1200000", "Varde"]]);
  });

  it("when a scraped page keeps the paper's offer ('Abonner fra 1 kr første måned – deretter 299 kr/mnd'), then its prices are no grants", () => {
    const f = facts("Avisa Sør-Trøndelag", "Hjem › Nyheter › Orkland\nAbonner fra 1 kr første måned – deretter 299 kr/mnd\nOrkland får penger til legevakt\n\nOrkland kommune får 1,3 millioner kroner fra Statsforvalteren i Trøndelag for å styrke legevakten.", "2021-09-15");
    expect(f.map((x) => x.amount)).toEqual(["1300000"]);
  });

  it("when records of labelled lines give 'Tilskuddsbeløp: kr 1 250 000' under 'Tilskuddsmottaker: Sandnes kommune', then the receiver is the record's party; 'Tilskuddsbeløp: kr 0' is no grant", () => {
    const f = facts("Helsedirektoratet", "Tilskuddsmottaker: Sandnes kommune\nTilskuddsbeløp: kr 1 250 000\nFormål: Opplæring\n\nTilskuddsmottaker: Gjesdal kommune\nSøkt beløp: kr 900 000\nTilskuddsbeløp: kr 0", "2022-05-30");
    expect(f.map((x) => [x.amount, x.recipient.label])).toEqual([["1250000", "Sandnes"]]);
    // A record's year field dates its amount.
    const [g] = facts("Helsedirektoratet", "Tilskuddsmottaker: Sandnes kommune\nTilskuddsbeløp: kr 1 250 000\nTilskuddsår: 2022", "2023-01-10");
    expect([g!.amount, g!.year]).toEqual(["1250000", 2022]);
  });

  it("when money is given 'for å dekke underskuddet', then it is a grant; a deficit itself is not", () => {
    const [f] = facts("Avisa Nordland", "Helse Nord RHF tilfører Nordlandssykehuset HF 40 millioner kroner for å dekke underskuddet.", "2022-10-06");
    expect([f!.amount, f!.payer.id, f!.recipient.id]).toEqual(["40000000", "no:rhf:helse-nord", "no:hf:nordlandssykehuset"]);
    expect(facts("Avisa Nordland", "Nordlandssykehuset HF har et underskudd på 40 millioner kroner.", "2022-10-06")).toEqual([]);
  });

  it("when a second verb joined by 'og' gives ('Tønder Kommune stiller lokaler til rådighed og har desuden bevilget 350.000 kr.'), then the sentence's subject pays", () => {
    const f = facts("JydskeVestkysten", "Region Syddanmark afsætter 4,5 mio. kr. om året til klinikken.\n\nTønder Kommune stiller lokaler til rådighed gratis og har desuden bevilget 350.000 kr. til indretning.", "2022-01-19");
    expect(f.map((x) => [x.amount, x.payer.label])).toEqual([["4500000", "Region Syddanmark"], ["350000", "Tønder"]]);
  });

  it("when a table has a column for the body and one for its county ('Kommune⇥Fylke⇥Beløp (kr)'), then the body column's municipality receives, not the county named nearer the amount", () => {
    const f = facts("Helsedirektoratet", "Helsedirektoratet har fordelt 18 millioner kroner til legevakt i distriktene.\n\nKommune\tFylke\tBeløp (kr)\nHammerfest\tFinnmark\t2 400 000\nVoss\tVestland\t1 750 000", "2023-04-19");
    expect(f.slice(1).map((x) => [x.amount, x.recipient.id])).toEqual([["2400000", "no:kommune:5406"], ["1750000", "no:kommune:4621"]]);
  });

  it("when a table row's purpose cell says 'fra Slagelse', then that place does not pay the row's money", () => {
    const f = facts("Region Sjælland", "Regionsrådet i Region Sjælland har fordelt 2,7 mio. kr. fra puljen.\n\nModtager\tBeløb (kr.)\tFormål\nHolbæk Kommune\t1.500.000\tAkutteam\nNæstved Kommune\t1.200.000\tTelemedicin til KOL-patienter fra Slagelse", "2021-09-30");
    expect(f.slice(1).map((x) => [x.amount, x.payer.label, x.recipient.label])).toEqual([["1500000", "Region Sjælland", "Holbæk"], ["1200000", "Region Sjælland", "Næstved"]]);
  });

  it("when a table's amounts carry their unit ('3.412.000 kr.') and a purpose cell says 'og', then the body column's municipality receives, and the body that gives from the title's pool pays", () => {
    const f = facts("Sundhedsstyrelsen", "Tilskud fra puljen til demensvenlige kommuner 2021\n\nSundhedsstyrelsen har nu fordelt de 24 mio. kr. fra puljen til demensvenlige kommuner.\n\nKommune\tProjekt\tBevilget beløb\nSkive Kommune\tMad og måltider\t1.640.000 kr.\nThisted Kommune\tDemenscafé og netværk\t2.310.000 kr.", "2021-11-02");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.id])).toEqual([["24000000", "Sundhedsstyrelsen", null], ["1640000", "Sundhedsstyrelsen", "dk:kommune:0779"], ["2310000", "Sundhedsstyrelsen", "dk:kommune:0787"]]);
  });

  it("when a passive's auxiliary stands before its subject ('I statsbudsjettet for 2013 er Helse Nord RHF tildelt 18 mill. kroner'), then that subject receives; with an empty subject ('Det er i år tildelt …') the money goes where 'til' says", () => {
    for (const text of ["I statsbudsjettet for 2013 er Helse Nord RHF tildelt 18 mill. kroner til samhandling.", "Helse Nord RHF er i statsbudsjettet for 2013 tildelt 18 mill. kroner til samhandling."]) {
      const [f] = facts("Helse Nord RHF", text, "2013-04-24");
      expect([f!.payer.id, f!.recipient.id]).toEqual(["no:body:staten", "no:rhf:helse-nord"]);
    }
    const [g] = facts("Nordlys", "Det er i år tildelt 18 mill. kroner til Helse Nord RHF.", "2013-04-24");
    expect([g!.payer.id, g!.recipient.id]).toEqual([null, "no:rhf:helse-nord"]);
  });

  it("when a board paper lists how the money it was given is shared ('fordeles slik:') and then resolves to share it, then the list's items are parts of what it shares, not of what it got", () => {
    const f = facts("Helse Nord RHF", "I statsbudsjettet for 2013 er Helse Nord RHF tildelt 18 mill. kroner til samhandling.\n\nAdministrerende direktør foreslår at midlene fordeles slik:\n\nHelgelandssykehuset HF: 2,9 mill. kroner\nNordlandssykehuset HF: 4,8 mill. kroner\nHelse Finnmark HF: 10,3 mill. kroner\n\nStyret i Helse Nord RHF fordeler 18 mill. kroner i samhandlingsmidler til helseforetakene.", "2013-04-24");
    const [state, north] = ["no:body:staten", "no:rhf:helse-nord"];
    expect(f.map((x) => [x.amount, x.payer.id, x.partOf])).toEqual([["18000000", state, null], ["2900000", north, 4], ["4800000", north, 4], ["10300000", north, 4], ["18000000", north, null]]);
  });

  it("when 'Kommunen setter selv av 150 000 kroner', then the municipality pays its own money", () => {
    const f = facts("Lyngdal kommune", "Helsedirektoratet har innvilget Lyngdal kommune 650 000 kroner til digital hjemmeoppfølging.\n\nKommunen setter selv av 150 000 kroner til prosjektet.", "2021-06-14");
    expect(f.map((x) => [x.amount, x.payer.label ?? x.payer.name, x.recipient.label ?? null])).toEqual([["650000", "Helsedirektoratet", "Lyngdal"], ["150000", "Lyngdal", null]]);
  });

  it("when two bodies named together give 'hver' before the amount ('Aabenraa og Sønderborg kommuner lægger hver 500.000 kroner oveni'), then each pays its own", () => {
    const f = facts("JydskeVestkysten", "Region Syddanmark har bevilget fire millioner kroner til projektet. Aabenraa og Sønderborg kommuner lægger hver 500.000 kroner oveni.", "2018-05-03");
    expect(f.map((x) => [x.amount, x.payer.label ?? x.payer.name])).toEqual([["4000000", "Region Syddanmark"], ["500000", "Aabenraa"], ["500000", "Sønderborg"]]);
  });

  it("when a grant 'økes' with words between the verb and 'fra' ('økes tilskuddet til kommunalt rusarbeid fra 300 millioner kroner til 350'), or its old amount is dated ('fra 300 millioner kroner i 2017 til …'), then only the amount it changed to is a grant", () => {
    const f = facts("Dagsavisen", "I forslaget til statsbudsjett for 2018 økes tilskuddet til kommunalt rusarbeid fra 300 millioner kroner til 350 millioner kroner.", "2017-10-12");
    expect(f.map((x) => [x.amount, x.year, x.payer.id])).toEqual([["350000000", 2018, "no:body:regjeringen"]]);
    expect(facts("Dagsavisen", "Bevilgningen økes fra 300 millioner kroner i 2017 til 350 millioner kroner i 2018.", "2017-10-12").map((x) => x.amount)).toEqual(["350000000"]);
  });

  it("when a body 'supplerer med' an amount 'fra regionens forskningspulje', then it pays, and is no recipient", () => {
    const f = facts("Fyens Stiftstidende", "TrygFonden donerer 10 mio. kr. til et forskningsprojekt.\n\nRegion Syddanmark supplerer med 2,5 mio. kr. fra regionens forskningspulje.", "2021-03-09");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["10000000", null, null], ["2500000", "dk:region:dk-83", null]]);
  });

  it("when lines under a cost add up to it ('Kostnaden … er beregnet til 14,6 millioner kroner' over 'Lillestrøm kommune: 10 220 000 kroner' …), then each named body pays its share; lines that do not add up stay grants to the bodies", () => {
    const paper = (third: string) => facts("Lillestrøm kommune", `Kostnaden for 2021 er beregnet til 14,6 millioner kroner.\n\nFordeling etter innbyggertall:\nLillestrøm kommune: 10 220 000 kroner\nNittedal kommune: 2 480 000 kroner\nRælingen kommune: ${third} kroner`, "2021-05-05");
    expect(paper("1 900 000").map((x) => [x.amount, x.payer.label, x.recipient.id])).toEqual([["10220000", "Lillestrøm", null], ["2480000", "Nittedal", null], ["1900000", "Rælingen", null]]);
    expect(paper("1 800 000").map((x) => [x.amount, x.recipient.label])).toEqual([["10220000", "Lillestrøm"], ["2480000", "Nittedal"], ["1800000", "Rælingen"]]);
  });

  it("when a fact box lists a period's money by year ('• 2018: 30 mio. kr.' and '• 2019: 30 mio. kr.'), then each line is its year's part, and the same figure in two years is two parts", () => {
    const f = facts("Sundheds- og Ældreministeriet", "Regeringen afsætter i alt 85 mio. kr. i perioden 2018-2020 til kommunernes opsporende hjemmebesøg.\n\nFAKTA\nPuljens midler fordeler sig således:\n• 2018: 30 mio. kr.\n• 2019: 30 mio. kr.\n• 2020: 25 mio. kr.", "2018-03-05");
    expect(f.map((x) => [x.amount, x.year, x.partOf])).toEqual([["85000000", 2018, null], ["30000000", 2018, 0], ["30000000", 2019, 0], ["25000000", 2020, 0]]);
  });

  it("when a region 'giver ½ mio. kr. til et samarbejde mellem Herning Kommune og Gødstrup Hospital', then the half million goes to both, the municipality the graph knows kept whole", () => {
    const [f] = facts("TV Midtvest", "Region Midtjylland giver ½ mio. kr. til et samarbejde mellem Herning Kommune og Gødstrup Hospital om sårbare gravide.", "2020-09-22");
    expect([f!.amount, f!.recipient.members?.map((m) => [m.id, m.name])]).toEqual(["500000", [["dk:kommune:0657", "Herning Kommune"], [null, "Gødstrup Hospital"]]]);
  });

  it.each([
    ["nb", "Lenvik kommune har mottatt 2,3 millioner kroner i statstilskudd til rusarbeid.", "no:body:staten"],
    ["nb", "Lenvik kommune har fått 2,3 millioner kroner i statlige midler til rusarbeid.", "no:body:staten"],
    ["nb", "Lenvik kommune får et statlig tilskudd på 2,3 millioner kroner.", "no:body:staten"],
    ["da", "Esbjerg Kommune får et statsligt tilskud på 2 mio. kr.", "dk:body:staten"],
    ["da", "Esbjerg Kommune har modtaget 2 mio. kr. i statsstøtte.", "dk:body:staten"],
  ])("when money is named the state's by its kind (%s: '%s'), then the state pays and the municipality receives", (_lang, text, state) => {
    const [f] = facts("Avisa", text, "2019-05-01");
    expect([f!.payer.id, f!.recipient.label]).toEqual([state, text.startsWith("Lenvik") ? "Lenvik" : "Esbjerg"]);
  });

  it("when an agency's page lists 'Projektholder: Aarhus Kommune' over 'Bevilget: 1.845.000 kr.' under a title 'Bevillinger fra puljen …', then each record's party receives (a short record too, not the one before) and the agency, not the unnamed pool, pays", () => {
    const f = facts("Sundhedsstyrelsen", "Bevillinger fra puljen til styrket indsats for borgere med demens 2019\n\nProjektholder: Aarhus Kommune\nProjekttitel: Demensvenlig hverdag\nBevilget: 1.845.000 kr.\n\nProjektholder: Faxe Kommune\nBevilget: 960.000 kr.", "2019-06-20");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.label])).toEqual([["1845000", "Sundhedsstyrelsen", "Aarhus"], ["960000", "Sundhedsstyrelsen", "Faxe"]]);
    // A newspaper that reports such a list pays nothing: the pool stays the payer.
    expect(facts("Fyens Stiftstidende", "Bevillinger fra puljen til demens\n\nProjektholder: Faxe Kommune\nBevilget: 960.000 kr.", "2019-06-20").map((x) => x.payer.name)).toEqual(["puljen"]);
  });

  it("when a table's columns are years under a caption that gives the unit ('Tabel 1. Initiativer (mio. kr.)' over 'Initiativ⇥2016⇥2017⇥2018'), then each cell is its year's money, the same figure in two years twice, and the agreement's government pays", () => {
    const f = facts("Sundheds- og Ældreministeriet", "Regeringen og satspuljepartierne har indgået aftale om at afsætte midler til psykiatrien.\n\nTabel 1. Initiativer (mio. kr.)\nInitiativ\t2016\t2017\t2018\nFlere udgående teams i regionerne\t20,0\t25,0\t25,0\nRecovery-orienteret indsats i kommunerne\t8,5\t8,5\t0,0\n\nMidlerne udmøntes via puljer, som administreres af Sundhedsstyrelsen.", "2015-11-06");
    expect(f.map((x) => [x.amount, x.year, x.payer.id])).toEqual([["20000000", 2016, "dk:body:regeringen"], ["25000000", 2017, "dk:body:regeringen"], ["25000000", 2018, "dk:body:regeringen"], ["8500000", 2016, "dk:body:regeringen"], ["8500000", 2017, "dk:body:regeringen"]]);
  });

  it("when 'Ramma for Nordland var 3,2 millioner kroner' heads a table of municipalities, then the frame is the county's municipalities' money and the rows are its parts", () => {
    const f = facts("Statsforvalteren i Nordland", "Statsforvalteren i Nordland har behandlet søknadene om tilskudd til rehabilitering. Ramma for Nordland var 3,2 millioner kroner.\n\nKommune\tSøkt beløp\tTildelt beløp\nBodø\t1 500 000\t1 100 000\nVefsn\t2 900 000\t2 100 000", "2022-04-27");
    expect(f.map((x) => [x.amount, x.recipient.id, x.partOf])).toEqual([["3200000", null, null], ["1100000", "no:kommune:1804", 0], ["2100000", "no:kommune:1824", 0]]);
    expect(f[0]!.rule).toContain("recipient:the-county's-municipalities");
  });

  it("when the recipient of a grant 'skal bruke 3 millioner av pengene på' something, then that share is still the grant's money to it", () => {
    const f = facts("Nordlys", "Helse Nord RHF gir Universitetssykehuset Nord-Norge (UNN) 10 millioner kroner for å utvikle bedre pasientforløp.\n\nUNN skal bruke 3 millioner av pengene på et samarbeid med Tromsø kommune.", "2017-02-09");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id, x.partOf])).toEqual([["10000000", "no:rhf:helse-nord", "no:hf:universitetssykehuset-nord-norge", null], ["3000000", "no:rhf:helse-nord", "no:hf:universitetssykehuset-nord-norge", 0]]);
  });

  it("when a region's council gives 'til Psykiatrien i Region Syddanmark', then the region's psychiatry receives, not the region that pays", () => {
    const [f] = facts("Region Syddanmark", "Regionsrådet har bevilget 15 mio. kr. til Psykiatrien i Region Syddanmark, som skal bruge pengene på fælles teams.", "2021-04-20");
    expect([f!.payer.id, f!.recipient.id, f!.recipient.name]).toEqual(["dk:region:dk-83", null, "Psykiatrien i Region Syddanmark"]);
  });

  it("when a paper lists what a proposed budget gives ('Sykehuset Innlandet HF: 12,4 milliarder kroner (+340 millioner)'), then the government whose proposal it is pays, and the change in parentheses is no grant", () => {
    const f = facts("Gudbrandsdølen Dagningen", "Statsbudsjettet 2021: Dette får Innlandet\n\nRegjeringen la onsdag fram forslaget til statsbudsjett for 2021. Her er noe av det som gjelder helse i Innlandet:\n\n• Sykehuset Innlandet HF: 12,4 milliarder kroner (+340 millioner)\n• Gjøvik kommune: 2,2 millioner kroner til rusomsorg", "2020-10-07");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["12400000000", "no:body:regjeringen"], ["2200000", "no:body:regjeringen"]]);
  });

  it("when a region's budget agreement gives ('Med budgetaftalen for 2021 i Region Hovedstaden får Bornholms Hospital 5 mio. kr.'), then the region pays; 'Bornholms Regionskommune' is Bornholm; the region's budget is no grant", () => {
    const f = facts("TV 2 Bornholm", "Med budgetaftalen for 2021 i Region Hovedstaden får Bornholms Hospital 5 mio. kr. ekstra til et samarbejde.\n\nBornholms Regionskommune har selv afsat 1,5 mio. kr. til projektet.\n\nRegionens samlede budget for sundhed er på 42 mia. kr.", "2020-09-18");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["5000000", "dk:region:dk-84"], ["1500000", "dk:kommune:0400"]]);
  });

  it("when a total is 'fordelt på tre projekter: 1,2 mio. kr. til …, 1,4 mio. kr. til … og 0,8 mio. kr. til …', then the three parts go where the total goes, not to 'tre projekter'", () => {
    const f = facts("Folketidende", "Lolland Kommune modtager i alt 3,4 mio. kr. fra Sundhedsstyrelsen fordelt på tre projekter: 1,2 mio. kr. til et rygestopforløb, 1,4 mio. kr. til hjemmebesøg og 0,8 mio. kr. til en sundhedscafé.", "2019-12-03");
    expect(f.map((x) => [x.amount, x.recipient.label, x.partOf])).toEqual([["3400000", "Lolland", null], ["1200000", "Lolland", 0], ["1400000", "Lolland", 0], ["800000", "Lolland", 0]]);
  });

  it("when a sentence with an empty subject follows a grant ('I fjor ble det fordelt 4,9 millioner kroner'), then it does not continue the grant before it", () => {
    const f = facts("Telemarksavisa", "Fylkesmannen i Telemark har fordelt 5,6 millioner kroner til 17 kommuner. Minst fikk Fyresdal, med 40 000 kroner.\n\nI fjor ble det fordelt 4,9 millioner kroner.", "2018-04-24");
    expect(f.map((x) => [x.amount, x.recipient.label ?? null, x.year])).toEqual([["5600000", null, 2018], ["40000", "Fyresdal", 2018], ["4900000", null, 2017]]);
  });

  it("when two give 'tilsammen 6 mio. kr., hvoraf TrygFonden står for 4 mio kroner', then that share is the foundation's, not a grant to it; a municipality that 'stiller med DKK 750.000' pays", () => {
    const f = facts("Nordjyske", "TrygFonden og Region Nordjylland giver tilsammen 6 mio. kr. til et nyt forløb for hjertepatienter, hvoraf TrygFonden står for 4 mio kroner.\n\nAalborg Kommune stiller med DKK 750.000 i form af personale og lokaler.", "2019-10-01");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.name, x.partOf])).toEqual([["6000000", "TrygFonden og Region Nordjylland", null, null], ["4000000", "TrygFonden", null, 0], ["750000", "Aalborg Kommune", null, null]]);
  });

  it("when a council gives to a charity ('til Kirkens Bymisjon', 'Bergen Røde Kors (250 000 kroner)'), then the charity receives; when a thing receives next ('Tilbudet får også 800 000 kroner fra …'), then no one is named", () => {
    const f = facts("Adresseavisen", "Bystyret i Trondheim vedtok torsdag å gi 2 millioner kroner til Kirkens Bymisjon for et lavterskeltilbud.\n\nTilbudet får også 800 000 kroner fra Fylkesmannen i Trøndelag.", "2019-06-20");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.name])).toEqual([["2000000", "no:kommune:5001", "Kirkens Bymisjon"], ["800000", "no:county-governor:fylkesmannen-i-trondelag", null]]);
    const [g] = facts("Vestland fylkeskommune", "Mellom dei som fekk tilskot frå fylkeskommunen er Bergen Røde Kors (250 000 kroner).", "2022-03-29");
    expect(g!.recipient.name).toBe("Bergen Røde Kors");
  });

  it("when two items of one list state the same amount ('- 50 millioner kroner til kompetanseheving', '- 50 millioner kroner til forskning'), then both are parts, not one restated", () => {
    const f = facts("Helse- og omsorgsdepartementet", "Regjeringen foreslår å øke bevilgningen til rehabilitering i kommunene med 300 millioner kroner i 2015.\n\nØkningen fordeles slik:\n- 200 millioner kroner til kommunene gjennom rammetilskuddet\n- 50 millioner kroner til kompetanseheving\n- 50 millioner kroner til forskning på rehabilitering", "2014-10-15");
    expect(f.map((x) => [x.amount, x.year, x.partOf])).toEqual([["300000000", 2015, null], ["200000000", 2015, 0], ["50000000", 2015, 0], ["50000000", 2015, 0]]);
  });

  it("when a table is written with bars and a rule under its header ('| Kommune | Tilskudd 2019 |' over '|---|---|'), then each row's figure goes to its municipality", () => {
    const f = facts("Altaposten", "Fylkesmannen i Finnmark har fordelt tilskudd til kommunalt rusarbeid for 2019:\n\n| Kommune | Tilskudd 2019 |\n|---|---|\n| Alta | 1 200 000 |\n| Loppa | 150 000 |", "2019-04-03");
    expect(f.map((x) => [x.amount, x.recipient.label, x.year])).toEqual([["1200000", "Alta", 2019], ["150000", "Loppa", 2019]]);
  });

  it("when a table's body column names a body the graph lacks ('Børne- og Ungdomspsykiatrisk Center' under 'Ansøger'), then that cell is the row's recipient, not the row above's; a 'Sum' row names no one", () => {
    const f = facts("Region Hovedstaden", "Region Hovedstaden har bevilget midler til tværsektorielle projekter.\n\nProjekt\tAnsøger\tBeløb\nHjem efter hofteoperation\tGentofte Kommune\t1.200.000 kr.\nMental sundhed for unge\tBørne- og Ungdomspsykiatrisk Center\t850.000 kr.\nI alt\t\t2.050.000 kr.", "2021-02-15");
    expect(f.map((x) => [x.amount, x.recipient.name])).toEqual([["1200000", "Gentofte Kommune"], ["850000", "Børne- og Ungdomspsykiatrisk Center"], ["2050000", null]]);
  });

  it("when a worked example opens with 'For en kommune med 10 000 innbyggere betyr det rundt 500 000 kroner', then it is no grant", () => {
    expect(facts("Dagens Medisin", "Regjeringen har bevilget 100 millioner kroner til legevaktene i 2016.\n\nFor en kommune med 10 000 innbyggere betyr det rundt 500 000 kroner.", "2016-03-02").map((x) => x.amount)).toEqual(["100000000"]);
  });

  it("when money comes 'fra den nationale pulje til læge- og sundhedshuse', then the pool pays", () => {
    const [f] = facts("TV Midtvest", "Struer Kommune har fået tilsagn om 6,2 mio. kr. fra den nationale pulje til læge- og sundhedshuse.", "2019-05-13");
    expect([f!.payer.id, f!.recipient.label]).toEqual(["dk:pool:laege-og-sundhedshuse", "Struer"]);
  });

  it("when a hospital is where the thing paid for comes from ('til at udbrede hjemmebehandling af børn med kræft fra Aalborg Universitetshospital'), then the council that gives pays, not the hospital", () => {
    const [f] = facts("Aalborg Universitetshospital, Region Nordjylland (aalborguh.rn.dk, nyhedsbrev)", "Regionsrådet har bevilget 3,8 mio. kr. til at udbrede hjemmebehandling af børn med kræft fra Aalborg Universitetshospital.", "2018-10-02");
    expect(f!.payer.id).toBe("dk:region:dk-81");
  });

  it("when 'Pengene kommer fra en pott på 30 millioner kroner', then the pot's size is no grant", () => {
    const f = facts("Hamar Arbeiderblad", "Stange og Løten får til sammen 1,4 millioner kroner fra Helsedirektoratet til legevakten.\n\nPengene kommer fra en pott på 30 millioner kroner som ble satt av i statsbudsjettet for 2017.", "2017-03-01");
    expect(f.map((x) => x.amount)).toEqual(["1400000"]);
  });

  it("when list lines give the amount first ('• 1,2 millioner kroner: Lenvik kommune, digital hjemmeoppfølging'), then the name after the amount receives, not the list frame's municipalities", () => {
    const f = facts("Folkebladet", "Fylkesmannen i Troms har fordelt skjønnsmidler til fornyingsprosjekter i kommunene. Disse fikk penger i Midt-Troms:\n\n• 1,2 millioner kroner: Lenvik kommune, digital hjemmeoppfølging\n• 350 000 kroner: Sørreisa og Dyrøy, felles demensteam", "2018-02-22");
    expect(f.map((x) => [x.amount, x.recipient.label ?? x.recipient.name, x.payer.label])).toEqual([["1200000", "Lenvik", "Fylkesmannen i Troms"], ["350000", "Sørreisa og Dyrøy", "Fylkesmannen i Troms"]]);
  });

  it("when a second giver's verb is left out ('Region Midtjylland betaler 5 mio. kr. og Aarhus Kommune 3 mio. kr.', '… og kommunerne tilsammen 5 mio. kr.'), then it pays its own amount, the same figure too; a receiver left out stays a receiver", () => {
    const f = facts("Region Midtjylland", "Udgiften deles, så Region Midtjylland betaler 5 mio. kr. og Aarhus Kommune 3 mio. kr.", "2020-03-04");
    expect(f.map((x) => [x.amount, x.payer.label, x.recipient.id])).toEqual([["5000000", "Region Midtjylland", null], ["3000000", "Aarhus", null]]);
    const same = facts("Region Midtjylland", "Udgiften deles ligeligt, så regionen betaler 5 mio. kr. og kommunerne tilsammen 5 mio. kr.", "2020-03-04");
    expect(same.map((x) => [x.amount, x.payer.id ?? x.payer.name])).toEqual([["5000000", "dk:region:dk-82"], ["5000000", null]]);
    const given = facts("Region Midtjylland", "Region Midtjylland giver Aarhus Kommune 5 mio. kr. og Odense Kommune 3 mio. kr.", "2020-03-04");
    expect(given.map((x) => [x.amount, x.payer.label, x.recipient.label])).toEqual([["5000000", "Region Midtjylland", "Aarhus"], ["3000000", "Region Midtjylland", "Odense"]]);
  });

  it("when only the headline has the amount ('Får 3 millioner til nytt helsehus') and the body tells the grant without one ('Hadsel kommune har fått tilskuddet fra Husbanken.'), then the headline's amount is that grant", () => {
    const f = extract(readDocument("TITLE: Får 3 millioner til nytt helsehus\nPUBLISHER: Vesteraalens Avis\nDATE: 2020-11-03\n-----\nFår 3 millioner til nytt helsehus\n\nHadsel kommune har fått tilskuddet fra Husbanken.\n\nHelsehuset skal stå ferdig i 2022."), gazetteer).funding;
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.label])).toEqual([["3000000", "Husbanken", "Hadsel"]]);
  });

  it("when a receiver 'lægger selv 1 mio. kr. i projektet' in a clause after '– og', then it pays that, not the giver its first clause named; 'Hospice Sydfyn' is a body", () => {
    const f = facts("Sjællandske Nyheder", "Ringsted Kommune får 2 mio. kr. fra Region Sjælland til et nyt akutteam – og lægger selv 1 mio. kr. i projektet.\n\nOgså Hospice Sydfyn får penge, nemlig 1,1 mio. kr.", "2021-01-19");
    expect(f.map((x) => [x.amount, x.payer.label, x.recipient.label ?? x.recipient.name])).toEqual([["2000000", "Region Sjælland", "Ringsted"], ["1000000", "Ringsted", null], ["1100000", "Region Sjælland", "Hospice Sydfyn"]]);
  });

  it.each([
    ["Novo Nordisk Fonden har bevilget 15 mio. kr. til Steno Diabetes Center Odense.", "Novo Nordisk Fonden", "Steno Diabetes Center Odense"],
    ["Det Obelske Familiefond donerer 25 mio. kr. til Psykiatrisk Center København.", "Det Obelske Familiefond", "Psykiatrisk Center København"],
    ["Stiftelsen Dam har gitt 1,2 millioner kroner til Sykehuset Innlandet.", "Stiftelsen Dam", "Sykehuset Innlandet"],
  ])("when a foundation the graph lacks gives ('%s'), then it is the payer under its whole name", (text, payer, recipient) => {
    const [f] = facts("Fyens Stiftstidende", text, "2021-05-18");
    expect([f!.payer.name, f!.recipient.name]).toEqual([payer, recipient]);
  });

  it("when a budget story says 'helseforetaket' after naming Helse Nord RHF, and money goes 'til et nytt pasienthotell i Bodø, som Nordlandssykehuset skal bygge', then the trust named receives each", () => {
    const f = facts("Nordlys", "Regjeringens forslag til statsbudsjett for 2019 gir Helse Nord RHF en økning på 253 millioner kroner. Til sammen får helseforetaket 19,2 milliarder kroner i basisbevilgning.\n\nI tillegg foreslår regjeringen 15 millioner kroner til et nytt pasienthotell i Bodø, som Nordlandssykehuset skal bygge.", "2018-10-08");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["253000000", "no:rhf:helse-nord"], ["19200000000", "no:rhf:helse-nord"], ["15000000", "no:hf:nordlandssykehuset"]]);
  });

  it("when a text tells what is still missing ('Der mangler derfor fortsat omkring 10 mio. kr.'), a salary ('Løna … ligg på om lag 700 000 kroner'), or a grant's share of a building ('Af beløbet går 7,8 mio. kr. til kommunens del af byggeriet'), then only the grant and its shares are facts", () => {
    expect(facts("Sjællandske Nyheder", "Næstved Kommune har fået 8 mio. kr. fra puljen til læge- og sundhedshuse.\n\nDer mangler derfor fortsat omkring 10 mio. kr.", "2017-11-28").map((x) => x.amount)).toEqual(["8000000"]);
    expect(facts("Hallingdølen", "Ål og Hol kommunar har fått 590 000 kroner i tilskot frå Helsedirektoratet.\n\nLøna til ein psykolog ligg på om lag 700 000 kroner i året.", "2019-01-22").map((x) => x.amount)).toEqual(["590000"]);
    const shares = facts("JydskeVestkysten", "Haderslev Kommune og Region Syddanmark har fået 11,3 mio. kr. fra Sundheds- og Ældreministeriets pulje til et nyt sundhedshus.\n\nAf beløbet går 7,8 mio. kr. til kommunens del af byggeriet og 3,5 mio. kr. til regionens.", "2020-06-16");
    expect(shares.map((x) => [x.amount, x.recipient.label ?? null, x.partOf])).toEqual([["11300000", null, null], ["7800000", "Haderslev", 0], ["3500000", "Region Syddanmark", 0]]);
  });

  it("when 'henholdsvis 900 000 og 1,2 millioner kroner' pairs a figure in whole kroner with one in millions, then the first stays 900 000, not 900 000 millions; extra expenses are no grant", () => {
    const f = facts("Glåmdalen", "Kongsvinger kommune er tildelt 3,1 millioner kroner fra Statsforvalteren i Innlandet.\n\nNabokommunene Eidskog og Sør-Odal får henholdsvis 900 000 og 1,2 millioner kroner.\n\nKommunens merutgifter er anslått til 8 millioner kroner.", "2020-06-09");
    expect(f.map((x) => [x.amount, x.recipient.label])).toEqual([["3100000", "Kongsvinger"], ["900000", "Eidskog"], ["1200000", "Sør-Odal"]]);
  });

  it("when an apposition stands between the giver and its verb ('Fredrikstad kommune, den største, skal betale 640 000 kroner'), then the giver pays", () => {
    const f = facts("Smaalenenes Avis", "Sykehuset Østfold betaler 2,4 millioner kroner det første året.\n\nFredrikstad kommune, den største, skal betale 640 000 kroner.", "2016-05-03");
    expect(f.map((x) => [x.amount, x.payer.label])).toEqual([["2400000", "Sykehuset Østfold HF"], ["640000", "Fredrikstad"]]);
  });

  it("when 'Puljen' opens a ministry's own release with no owner named before it, then the ministry pays, not a body called 'Puljen'; 'Sundhedsministeriet' in 2021 is the ministry of that name", () => {
    const f = facts("Sundhedsministeriet", "Puljen på 60 mio. kr. til styrkede akutfunktioner er nu fordelt mellem regionerne. Midlerne fordeles således:\n\nRegion Hovedstaden: 18,4 mio. kr.\nRegion Sjælland: 10,1 mio. kr.", "2021-06-30");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["60000000", "dk:ministry:sundhedsministeriet-2021"], ["18400000", "dk:ministry:sundhedsministeriet-2021"], ["10100000", "dk:ministry:sundhedsministeriet-2021"]]);
  });

  it("when a body 'har mottatt tilsagnsbrev fra Helsedirektoratet' and the next sentence has the directorate give with no receiver, then that body receives", () => {
    const f = facts("Sel kommune", "Sel kommune har mottatt tilsagnsbrev fra Helsedirektoratet. Direktoratet gir tilsagn om tilskudd på kr 395 000 til rekruttering av psykolog i kommunen for 2016.\n\nOgså nabokommunen Nord-Fron fikk tilsagn, på kr 280 000.", "2016-02-11");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.label])).toEqual([["395000", "no:directorate:helsedirektoratet", "Sel"], ["280000", "no:directorate:helsedirektoratet", "Nord-Fron"]]);
  });

  it("when 'I revidert nasjonalbudsjett fekk Helse Vest RHF auka basisramma med 48 mill. kr' under the region's own list, then the state pays the region and the region pays its list", () => {
    const f = facts("Helse Vest RHF", "Styret sluttar seg til at den auka basisramma vert fordelt slik:\n\n1. Helse Bergen HF får 19,6 mill. kr\n2. Helse Førde HF får 6,1 mill. kr\n\nI revidert nasjonalbudsjett fekk Helse Vest RHF auka basisramma med 25,7 mill. kr.", "2017-04-26");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["19600000", "no:rhf:helse-vest", "no:hf:helse-bergen"], ["6100000", "no:rhf:helse-vest", "no:hf:helse-forde"], ["25700000", "no:body:staten", "no:rhf:helse-vest"]]);
    // A budget the paying subject acts in is no payer of its own.
    const [proposed] = facts("Helse- og omsorgsdepartementet", "Regjeringen foreslår i statsbudsjettet å bevilge 150 millioner kroner til kommunene.", "2011-10-06");
    expect(proposed!.payer.id).toBe("no:body:regjeringen");
  });

  it("when list rows read 'Vefsn kommune – interkommunal legevakt: 1 200 000 kroner', with a note in brackets after a body that sounds like a payer ('Lofotrådet (på vegne av seks kommuner) – …'), then each row's body receives and none pays the rows below it", () => {
    const f = facts("Fylkesmannen i Nordland", "Følgende tiltak får tilskudd:\n\nVefsn kommune – interkommunal legevakt: 1 200 000 kroner\nLofotrådet (på vegne av seks kommuner) – felles samhandlingskoordinator: 950 000 kroner\nNarvik kommune – kompetanseheving i hjemmetjenesten: 600 000 kroner", "2010-06-14");
    expect(f.map((x) => [x.amount, x.payer.label, x.recipient.label ?? x.recipient.name])).toEqual([["1200000", "Fylkesmannen i Nordland", "Vefsn"], ["950000", "Fylkesmannen i Nordland", "Lofotrådet"], ["600000", "Fylkesmannen i Nordland", "Narvik"]]);
  });

  it("when municipalities 'bidrager tilsammen med 2 mio. kr.', then they pay it; when 'Helse Bergen bidrar med ytterligere 4 millioner kroner', then it goes to whom the fact before went", () => {
    const [together] = facts("Region Hovedstaden", "Kommunerne Helsingør, Fredensborg og Hillerød bidrager tilsammen med 2 mio. kr.", "2023-03-09");
    expect([together!.payer.name, together!.recipient]).toEqual(["Helsingør, Fredensborg og Hillerød", { id: null, name: null }]);
    const further = facts("Bergens Tidende", "Bergen kommune får 11,3 millioner kroner i statlige tilskudd i år. Helse Bergen bidrar med ytterligere 4 millioner kroner.", "2014-01-22");
    expect(further.map((x) => [x.amount, x.payer.id, x.recipient.label])).toEqual([["11300000", "no:body:staten", "Bergen"], ["4000000", "no:hf:helse-bergen", "Bergen"]]);
  });

  it("when a list line names a body with an aside in brackets ('• Asker kommune (vertskommune for Røyken og Hurum): 1,5 millioner kroner'), then the body receives, not the names in the aside", () => {
    const f = facts("Helse- og omsorgsdepartementet (regjeringen.no)", "Følgende kommuner får midler:\n• Oslo kommune: 4,5 millioner kroner\n• Asker kommune (vertskommune for Røyken og Hurum): 1,5 millioner kroner", "2013-06-20");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["4500000", "no:kommune:0301"], ["1500000", "no:kommune:0220"]]);
  });

  it("when 'Pengene, i alt 12 mio. kr., kommer fra Sundheds- og Ældreministeriet' follows 'Psykiatrien i Region Syddanmark får penge til …', then the money is that grant", () => {
    const [f] = facts("DR Syd", "Psykiatrien i Region Syddanmark får penge til et nyt udgående team i Sønderborg.\n\nPengene, i alt 12 mio. kr., kommer fra Sundheds- og Ældreministeriet.", "2018-03-07");
    expect([f!.payer.id, f!.recipient.name]).toEqual(["dk:ministry:sum", "Psykiatrien i Region Syddanmark"]);
  });

  it("when a sum 'er steget med 300.000 kr. på et år', or a body says 'Vi har bedt om 20 millioner', then neither is a grant", () => {
    expect(facts("JydskeVestkysten", "Kolding Kommune skal betale 1,2 mio. kr. i kommunal medfinansiering til Region Syddanmark.\n\nBeløbet er steget med 300.000 kr. på et år.", "2016-04-12").map((x) => x.amount)).toEqual(["1200000"]);
    expect(facts("Stavanger Aftenblad", "Stavanger universitetssjukehus får 12 millioner kroner ekstra fra Helse Vest.\n\n– Vi har bedt om 20 millioner, sier direktøren.", "2018-09-05").map((x) => x.amount)).toEqual(["12000000"]);
  });

  it("when 'To kommuner … får tilsammen 11,2 millioner kroner' and the next sentence gives each of two municipalities a part, then the total goes to those two together", () => {
    const f = facts("TV2 Østjylland", "To kommuner på Djursland får tilsammen 11,2 millioner kroner fra Sundheds- og Ældreministeriet.\n\nSyddjurs Kommune får 6,5 millioner kroner, mens Norddjurs Kommune får 4,7 millioner kroner.", "2019-06-04");
    expect(f.map((x) => [x.amount, x.recipient.id ?? x.recipient.members?.map((m) => m.id)])).toEqual([["11200000", ["dk:kommune:0706", "dk:kommune:0707"]], ["6500000", "dk:kommune:0706"], ["4700000", "dk:kommune:0707"]]);
  });

  it("when a region's whole budget is told ('Det samlede budget på sundhedsområdet er på 11,8 mia. kr.'), then it is no grant", () => {
    const f = facts("Region Nordjylland", "Det samlede budget på sundhedsområdet er på 11,8 mia. kr.\n\n- 3,5 mio. kr. til Frederikshavn Kommune til et fælles sundhedshus", "2019-09-24");
    expect(f.map((x) => x.amount)).toEqual(["3500000"]);
  });

  it("when list lines give a project's title with its owners in brackets ('- Felles akutteam (Finnmarkssykehuset og Alta kommune) – 400 000 kroner'), then the owners receive", () => {
    const f = facts("Helse Nord RHF", "Følgende prosjekter får midler:\n\n- Felles akutteam (Finnmarkssykehuset og Alta kommune) – 400 000 kroner\n- Læringsnettverk for kols (Helgelandssykehuset) – 300 000 kroner", "2015-03-11");
    expect(f.map((x) => [x.amount, x.recipient.id ?? x.recipient.members?.map((m) => m.id)])).toEqual([["400000", ["no:hf:helse-finnmark", "no:kommune:2012"]], ["300000", "no:hf:helgelandssykehuset"]]);
  });

  it("when 'Region Syddanmark og Esbjerg Kommune har hver afsat 1,5 mio. kr.', then each pays that amount", () => {
    const f = facts("JydskeVestkysten", "Region Syddanmark og Esbjerg Kommune har hver afsat 1,5 mio. kr. til et nyt projekt.", "2021-08-30");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["1500000", "dk:region:dk-83"], ["1500000", "dk:kommune:0561"]]);
  });

  it("when 'Sydvestjysk Sygehus i Esbjerg får penge', or 'Bydel Alna i Oslo kommune får …', then the hospital or the district receives, not the town it stands in", () => {
    const [f] = facts("Fyens Stiftstidende", "Også Sydvestjysk Sygehus i Esbjerg får penge fra Region Syddanmark: 2,8 mio. kr. til telemedicin.", "2017-09-14");
    expect([f!.recipient.id, f!.recipient.name]).toEqual([null, "Sydvestjysk Sygehus"]);
    const [district] = facts("Aftenposten", "Bydel Alna i Oslo kommune får 1,5 millioner kroner fra Statsforvalteren i Oslo og Viken.", "2019-08-15");
    expect([district!.recipient.id, district!.recipient.name]).toEqual([null, "Bydel Alna"]);
  });

  it("when an amount names no receiver and the next sentence says 'Pengene går til Region Hovedstadens Psykiatri', then that service receives it and the council is still its region", () => {
    const [f] = facts("Region Hovedstaden", "Regionsrådet har i dag besluttet at bruge 22 mio. kr. på et nyt akuttilbud i psykiatrien. Pengene går til Region Hovedstadens Psykiatri, som skal åbne tilbuddet i Glostrup.", "2018-02-08");
    expect([f!.payer.id, f!.recipient.name]).toEqual(["dk:region:dk-84", "Region Hovedstadens Psykiatri"]);
  });

  it("when one sentence has two givers each with its own verb and the same figure ('Sykehuset betaler 1,4 millioner kroner, mens kommunene til sammen betaler 1,4 millioner kroner'), then both are facts, each from its giver", () => {
    const f = facts("Rana Blad", "Helgelandssykehuset og kommunene deler på kostnadene. Sykehuset betaler 1,4 millioner kroner, mens kommunene til sammen betaler 1,4 millioner kroner etter innbyggertall.", "2019-06-13");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["1400000", "no:hf:helgelandssykehuset"], ["1400000", "no:group:kommunene"]]);
  });

  it("when list lines name health houses by their towns ('* Sundhedshus Faaborg: 2,5 mio. kr.'), then each house receives, not a municipality nor the line before", () => {
    const f = facts("Region Syddanmark", "Regionsrådet har bevilget i alt 6 mio. kr. til to sundhedshuse:\n\n* Sundhedshus Tønder: 3,5 mio. kr.\n* Sundhedshus Faaborg: 2,5 mio. kr.", "2020-03-05");
    expect(f.map((x) => [x.amount, x.recipient.id, x.recipient.name])).toEqual([["6000000", null, null], ["3500000", null, "Sundhedshus Tønder"], ["2500000", null, "Sundhedshus Faaborg"]]);
  });

  it("when money goes 'til hver av de fire kommunene Lyngen, Storfjord, Kåfjord og Nordreisa', then each named municipality gets it", () => {
    const f = facts("Framtid i Nord", "Midlene fordeles med 500 000 kroner til hver av de fire kommunene Lyngen, Storfjord, Kåfjord og Nordreisa.", "2012-02-09");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["500000", "no:kommune:1938"], ["500000", "no:kommune:1939"], ["500000", "no:kommune:1940"], ["500000", "no:kommune:1942"]]);
  });

  it("when a body 'dekker selv 1 million kroner av kostnadene', then that share is money it pays; what a project costs is still no grant", () => {
    const f = facts("Nordlys", "Universitetssykehuset Nord-Norge gir Tromsø kommune 2 millioner kroner til to koordinatorer.\n\nKommunen dekker selv 1 million kroner av kostnadene. Prosjektet koster 3,5 millioner kroner.", "2019-10-17");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["2000000", "no:hf:universitetssykehuset-nord-norge", "no:kommune:1902"], ["1000000", "no:kommune:1902", null]]);
  });

  it("when a centre is named by its place in lower case ('Valdres lokalmedisinske senter'), then it receives; rent ('leier lokaler … for 1,2 millioner kroner') and the total of costs shared in per cent ('af de samlede udgifter på 10 mio. kr.') are no grants", () => {
    const [lms] = facts("Avisa Valdres", "Valdres lokalmedisinske senter på Fagernes får 3,6 millioner kroner av Helsedirektoratet.", "2011-11-24");
    expect(lms!.recipient.name).toBe("Valdres lokalmedisinske senter");
    expect(facts("Arbeidets Rett", "Tynset kommune får 28 millioner kroner fra Husbanken.\n\nSykehuset Innlandet leier lokaler i bygget for 1,2 millioner kroner i året.", "2016-08-25").map((x) => x.amount)).toEqual(["28000000"]);
    expect(facts("Region Nordjylland", "Regionen betaler 60 procent og kommunerne 40 procent af de samlede udgifter på 10 mio. kr.", "2017-05-23")).toEqual([]);
  });

  it("when 'Aalborg Kommune har tidligere afsat 12 mio. kr. til byggeriet' follows a region's grant, or a trust 'har i flere år gitt' an amount, then the subject pays", () => {
    const f = facts("Nordjyske", "Region Nordjylland har bevilget 8,4 mio. kr. til et nyt sundhedshus i Aalborg Øst. Aalborg Kommune har tidligere afsat 12 mio. kr. til byggeriet.", "2021-03-25");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["8400000", "dk:region:dk-81"], ["12000000", "dk:kommune:0851"]]);
    const [years] = facts("Oppland Arbeiderblad", "Sykehuset Innlandet har i flere år gitt kommunene i Gjøvik-regionen til sammen 3 millioner kroner i året.", "2016-11-10");
    expect(years!.payer.id).toBe("no:hf:sykehuset-innlandet");
  });

  it("when a row names a branch and its town ('Nasjonalforeningen for folkehelsen, Tromsø: 250 000 kroner'), then the branch receives, not the town", () => {
    const f = facts("Tromsø kommune", "Tromsø kommune har fordelt tilskudd til frivillige organisasjoner:\n\nRøde Kors Tromsø: 450 000 kroner\nNasjonalforeningen for folkehelsen, Tromsø: 250 000 kroner", "2018-03-01");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.name])).toEqual([["450000", "no:kommune:1902", "Røde Kors"], ["250000", "no:kommune:1902", "Nasjonalforeningen for folkehelsen"]]);
  });

  it("when 'Husbanken har i 2014 gitt tilsagn' opens a page, then the body pays its total and the list under it; '1 200 sykehjemsplasser' is a count", () => {
    const f = facts("Helse- og omsorgsdepartementet (regjeringen.no, pressemelding)", "Husbanken har i 2014 gitt tilsagn om investeringstilskudd på til sammen 2,1 milliarder kroner til 1 200 sykehjemsplasser og omsorgsboliger.\n\nBlant kommunene som har fått tilsagn, er:\n\nTrondheim kommune: 186 millioner kroner til 120 plasser\nBodø kommune: 55 millioner kroner", "2014-12-18");
    expect(f.map((x) => [x.amount, x.payer.name])).toEqual([["2100000000", "Husbanken"], ["186000000", "Husbanken"], ["55000000", "Husbanken"]]);
  });

  it("when rows 'Bergen kommune<TAB>4 200 000' follow a line that introduces grants, then each figure is money to its row's body", () => {
    const f = facts("Helsedirektoratet", "Helsedirektoratet har fordelt 398 millioner kroner til kommunalt rusarbeid i 2015.\n\nEksempler på tildelinger i Hordaland:\n\nBergen kommune\t4 200 000\nStord kommune\t820 000", "2015-04-14");
    expect(f.map((x) => [x.amount, x.currency, x.payer.id, x.recipient.id])).toEqual([["398000000", "NOK", "no:directorate:helsedirektoratet", null], ["4200000", "NOK", "no:directorate:helsedirektoratet", "no:kommune:1201"], ["820000", "NOK", "no:directorate:helsedirektoratet", "no:kommune:1221"]]);
    // Without such a line the figures are no money: they may count anything.
    expect(facts("Helsedirektoratet", "Innbyggertall i Hordaland:\n\nBergen kommune\t4 200 000\nStord kommune\t820 000", "2015-04-14")).toEqual([]);
  });

  it("when 'Naustdal får 250 000, medan Gaular og Jølster får 225 000 kroner kvar', then the bare figure is money too", () => {
    const f = facts("Firda", "Naustdal kommune får 250 000, medan Gaular og Jølster får 225 000 kroner kvar.", "2017-06-21");
    expect(f.map((x) => [x.amount, x.recipient.name])).toEqual([["250000", "Naustdal kommune"], ["225000", "Gaular"], ["225000", "Jølster"]]);
  });

  it("when 'Kommunen søkte om 3,5 millioner, men fikk altså noe mindre', then the amount applied for is no grant", () => {
    const f = facts("Avisa Nordland", "Sparebankstiftelsen SMN har gitt Bodø kommune 2 millioner kroner til et treningsrom.\n\nKommunen søkte om 3,5 millioner, men fikk altså noe mindre.", "2018-11-05");
    expect(f.map((x) => x.amount)).toEqual(["2000000"]);
  });

  it("when 'Helse Bergen HF skal i tillegg bruke 800 000 kroner av eget budsjett', then the subject pays its own money", () => {
    const f = facts("Bergensavisen", "Helse Vest RHF har gitt 6 millioner kroner til samhandlingsprosjekter i Bergensområdet.\n\nHelse Bergen HF skal i tillegg bruke 800 000 kroner av eget budsjett på en koordinator.", "2013-02-14");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["6000000", "no:rhf:helse-vest", null], ["800000", "no:hf:helse-bergen", null]]);
  });

  it("when a headline's figure is what the body says a thing costs ('Byggeriet koster 25 mio. kr.'), then it is no grant; one the body gives 'for å dekke økte kostnader' still is", () => {
    const page = (title: string, body: string, date: string) => extract(readDocument(`TITLE: ${title}\nPUBLISHER: P\nDATE: ${date}\n-----\n${title}\n\n${body}`), gazetteer).funding.map((x) => x.amount);
    expect(page("Hirtshals får sundhedshus til 25 millioner", "Hjørring Kommune bygger et nyt sundhedshus i Hirtshals. Byggeriet koster 25 mio. kr.\n\nKommunen har fået kr. 4.000.000 fra Sundheds- og Ældreministeriets pulje til nære sundhedstilbud.", "2020-01-09")).toEqual(["4000000"]);
    expect(page("Helgelandssykehuset får 25 millioner ekstra", "Styret i Helse Nord vedtok onsdag å gi Helgelandssykehuset 25 millioner kroner ekstra i år for å dekke økte kostnader under pandemien.", "2021-06-17")).toEqual(["25000000"]);
  });

  it("when the next paragraph says 'Aabenraa Kommune er tovholder og modtager pengene', then it receives; 'bidrager hver med' makes each of the bodies named a payer", () => {
    const f = facts("JydskeVestkysten", "Projektet har fået 3,6 millioner kroner fra Region Syddanmarks pulje for nære sundhedstilbud.\n\nAabenraa Kommune er tovholder og modtager pengene på vegne af partnerskabet.\n\nHaderslev Kommune, Sønderborg Kommune og Tønder Kommune bidrager hver med 250.000 kroner.", "2018-06-12");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["3600000", "dk:region:dk-83", "dk:kommune:0580"], ["250000", "dk:kommune:0510", null], ["250000", "dk:kommune:0540", null], ["250000", "dk:kommune:0550", null]]);
  });

  it("when 'Helse Midt-Norge RHF legger i tillegg inn 2 millioner kroner', then it gives them; 'Helse- og omsorgsdepartementet foreslår i statsbudsjettet' pays, not the state", () => {
    const f = facts("Adresseavisen", "St. Olavs hospital og Trondheim kommune får sammen 10 millioner kroner fra Helsedirektoratet til et felles prosjekt.\n\nHelse Midt-Norge RHF legger i tillegg inn 2 millioner kroner gjennom sin forskningsfond.", "2015-08-27");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["10000000", "no:directorate:helsedirektoratet"], ["2000000", "no:rhf:helse-midt-norge"]]);
    const [budget] = facts("Dagsavisen", "Helse- og omsorgsdepartementet foreslår i statsbudsjettet for 2010 å bruke 40 millioner kroner på å prøve ut samhandlingsreformen i utvalgte kommuner.", "2009-10-14");
    expect([budget!.payer.id, budget!.year]).toEqual(["no:ministry:hod", 2010]);
  });

  it("when a body the registry lacks is named by its legal form ('Helse Sunnmøre HF') in a list of receivers, then all of them receive together; 'eigenandel' is no grant", () => {
    const f = facts("Sunnmørsposten", "Fylkesmannen i Møre og Romsdal har tildelt kr 1 000 000,- til eit samarbeidsprosjekt mellom Ålesund kommune, Giske kommune, Sula kommune og Helse Sunnmøre HF.\n\nÅlesund kommune er vertskommune. Kvar av dei andre kommunane betaler kr 50 000,- i eigenandel.", "2011-03-09");
    expect(f.map((x) => [x.amount, x.recipient.members?.map((m) => m.id ?? m.name)])).toEqual([["1000000", ["no:kommune:1504", "no:kommune:1532", "no:kommune:1531", "Helse Sunnmøre HF"]]]);
  });

  it("when a row reads 'A HF og B kommune – a title – 2 400 000 kroner', then the bodies the row opens with receive together", () => {
    const f = facts("Helse Midt-Norge RHF", "Helse Midt-Norge RHF har satt av 20 millioner kroner til samhandlingstiltak i 2012.\n\nTildelingene i første runde:\n\nHelse Nord-Trøndelag HF og Levanger kommune – felles intermediærenhet – 2 400 000 kroner\nSt. Olavs Hospital HF og Orkdal kommune – ambulant team for eldre – 1 800 000 kroner", "2012-05-10");
    expect(f.slice(1).map((x) => [x.amount, x.recipient.members?.map((m) => m.id)])).toEqual([["2400000", ["no:hf:helse-nord-trondelag", "no:kommune:1719"]], ["1800000", ["no:hf:st-olavs-hospital", "no:kommune:1638"]]]);
  });

  it("when a total for four named bodies is split '… til Næstved, … til Slagelse og 1,5 millioner kroner til hver af de to andre kommuner', then the others are the two not yet named, each a part of the total", () => {
    const f = facts("Sjællandske Medier", "Næstved, Vordingborg, Faxe og Slagelse kommuner har tilsammen fået 7,2 millioner kroner fra Sundheds- og Ældreministeriet.\n\nPengene fordeles med 2,4 millioner kroner til Næstved, 1,8 millioner kroner til Slagelse og 1,5 millioner kroner til hver af de to andre kommuner.", "2018-03-14");
    expect(f.map((x) => [x.amount, x.recipient.id ?? x.recipient.members?.length, x.partOf])).toEqual([["7200000", 4, null], ["2400000", "dk:kommune:0370", 0], ["1800000", "dk:kommune:0330", 0], ["1500000", "dk:kommune:0390", 0], ["1500000", "dk:kommune:0320", 0]]);
  });

  it("when the next sentence says 'Midlene kommer fra Helse Nord RHF', then that body pays the amount whose sentence named no payer", () => {
    const [f] = facts("Altaposten", "Alta kommune får 4,5 millioner kroner til planleggingen av et nytt helsehus. Midlene kommer fra Helse Nord RHF.\n\nHelsehuset skal stå ferdig i 2019.", "2016-08-24");
    expect([f!.payer.id, f!.recipient.id]).toEqual(["no:rhf:helse-nord", "no:kommune:2012"]);
  });

  it("when money 'til kommunene' is then split by county ('Nordland: 9,8 millioner kroner'), then each row goes to the county's municipalities; 'regionerne selv skal lægge' pays their own money", () => {
    const f = facts("Helse- og omsorgsdepartementet (regjeringen.no, pressemelding)", "Regjeringen fordeler 145 millioner kroner i kompetansetilskudd til kommunene gjennom fylkesmennene i 2013. Slik fordeles pengene:\n\nNordland: 9,8 millioner kroner\nTroms: 6,1 millioner kroner", "2013-02-20");
    expect(f.slice(1).map((x) => [x.amount, x.recipient])).toEqual([["9800000", { id: null, name: null, mention: "kommunene i Nordland" }], ["6100000", { id: null, name: null, mention: "kommunene i Troms" }]]);
    const [, own] = facts("Jyllands-Posten", "Regeringen og Danske Regioner er blevet enige om at afsætte 1 mia. kr. til nærhospitaler.\n\nSundhedsminister Magnus Heunicke (S) siger, at regionerne selv skal lægge yderligere 500 mio. kr.", "2021-05-04");
    expect([own!.amount, own!.payer.mention, own!.recipient]).toEqual(["500000000", "regionerne", { id: null, name: null }]);
  });

  it("when 'UNN' follows the full name 'Universitetssykehuset Nord-Norge HF', then 'fra UNN' is that trust, not an unknown body", () => {
    const f = facts("Harstad Tidende", "Universitetssykehuset Nord-Norge HF har fått 3 millioner kroner fra Helse Nord RHF til å utvide dialysetilbudet.\n\nHarstad kommune skal samtidig få 500 000 kroner fra UNN for å følge opp pasientene hjemme.", "2019-04-02");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["3000000", "no:rhf:helse-nord", "no:hf:universitetssykehuset-nord-norge"], ["500000", "no:hf:universitetssykehuset-nord-norge", "no:kommune:1903"]]);
  });

  it("when a trust's page is about 'inntektsramma for 2019', then its amounts are that year's; a body the registry lacks and a group it works with receive together", () => {
    const page = (title: string, publisher: string, date: string, body: string) => extract(readDocument(`TITLE: ${title}\nPUBLISHER: ${publisher}\nDATE: ${date}\n-----\n${title}\n\n${body}`), gazetteer).funding;
    const [frame] = page("Styret har vedteke fordelinga av inntektsramma for 2019", "Helse Vest RHF", "2018-10-26", "Helse Bergen HF får 10,2 milliardar kroner.");
    expect([frame!.year, frame!.recipient.id]).toEqual([2019, "no:hf:helse-bergen"]);
    const [joint] = page("T", "Region Sjælland", "2018-12-04", "Regionsrådet har i dag godkendt, at Psykiatrien i Region Sjælland og de 17 kommuner i regionen får 10 mio. kr. til en fælles indsats.");
    expect(joint!.recipient.members?.map((m) => m.name)).toEqual(["Psykiatrien i Region Sjælland", "de 17 kommuner i regionen"]);
  });

  it("when two lists each open with where their money comes from ('Fra Sundhedsstyrelsens pulje …:'), then each list's rows have that payer; a body that cuts is the one that pays 'Samtidig'", () => {
    const f = facts("Region Hovedstaden", "I år er der uddelt tilskud fra to puljer.\n\nFra regionens egen samarbejdspulje:\nFuresø Kommune: 450.000 kr.\n\nFra Sundhedsstyrelsens pulje til nære sundhedstilbud:\nHvidovre Kommune: 1.200.000 kr.\nAlbertslund Kommune: 900.000 kr.", "2020-04-21");
    expect(f.map((x) => [x.amount, x.payer.id ?? x.payer.name])).toEqual([["450000", "dk:region:dk-84"], ["1200000", "Sundhedsstyrelsen"], ["900000", "Sundhedsstyrelsen"]]);
    const [extra] = facts("NRK Nordland", "Helse Nord RHF kutter 30 millioner kroner i tilskudd til samhandlingsprosjekter neste år.\n\nSamtidig får Helgelandssykehuset HF 12 millioner kroner ekstra til rekruttering.", "2018-10-30");
    expect([extra!.amount, extra!.payer.id]).toEqual(["12000000", "no:rhf:helse-nord"]);
  });

  it("when 'Regeringen og Dansk Folkeparti har med finansloven for 2017 afsat' money, then the government gives it; 'har kommunen så langt betalt' makes the municipality the payer", () => {
    const [law] = facts("Sundheds- og Ældreministeriet", "Regeringen og Dansk Folkeparti har med finansloven for 2017 afsat 50 mio. kr. til at forbedre lægedækningen i yderområderne.", "2016-10-19");
    expect([law!.payer.id, law!.year]).toEqual(["dk:body:regeringen", 2017]);
    const [paid] = facts("Bergensavisen", "For utskrivningsklare pasienter har kommunen så langt betalt 4,2 millioner kroner.\n\nBergen kommune må betale mer neste år.", "2012-08-14");
    expect([paid!.payer.id, paid!.recipient]).toEqual(["no:kommune:1201", { id: null, name: null }]);
  });

  it("when 'Sundhedshuset i Rødekro og Sundhedshuset i Skærbæk hver får 4 millioner kroner', then each house named by its town gets them", () => {
    const f = facts("TV SYD", "Sundhedsministeriet har givet tilsagn om i alt 14 millioner kroner til tre nye sundhedshuse i Sønderjylland.\n\nSundhedshuset i Gram får 6 millioner kroner, mens Sundhedshuset i Rødekro og Sundhedshuset i Skærbæk hver får 4 millioner kroner.", "2021-09-08");
    expect(f.slice(1).map((x) => [x.amount, x.recipient.name, x.partOf])).toEqual([["6000000", "Sundhedshuset i Gram", 0], ["4000000", "Sundhedshuset i Rødekro", 0], ["4000000", "Sundhedshuset i Skærbæk", 0]]);
  });

  it("when 'KS mener kommunene trenger minst 1 milliard kroner mer', then the need is no grant; 'Av økningen er 200 millioner kroner …' is a part of the increase before", () => {
    const f = facts("Kommunal Rapport", "Regjeringen foreslår i statsbudsjettet for 2020 å øke kommunenes frie inntekter med 1,3 milliarder kroner. KS mener kommunene trenger minst 1 milliard kroner mer.\n\nAv økningen er 200 millioner kroner begrunnet med opptrappingsplanen for rusfeltet.", "2019-10-08");
    expect(f.map((x) => [x.amount, x.year, x.partOf])).toEqual([["1300000000", 2020, null], ["200000000", 2020, 0]]);
  });

  it("when a sentence opens with 'Dersom', then its amount is no grant, nor the headline's that restates it; 'Med økonomiaftalen for 2020' the state pays", () => {
    const page = extract(readDocument("TITLE: Sarpsborg kan få 5 millioner\nPUBLISHER: Sarpsborg Arbeiderblad\nDATE: 2017-03-29\n-----\nSarpsborg kan få 5 millioner\n\nDersom Sarpsborg kommune bygger et nytt helsehus, kan kommunen få 5 millioner kroner fra Husbanken.\n\nSykehuset Østfold HF har allerede gitt 1,5 millioner kroner til planleggingen av en ny legevakt."), gazetteer).funding;
    expect(page.map((x) => x.amount)).toEqual(["1500000"]);
    const [deal] = facts("Dagens Medicin", "Med økonomiaftalen for 2020 får regionerne 1,5 mia. kr. mere til sundhed.", "2019-06-07");
    expect([deal!.payer.id, deal!.year]).toEqual(["dk:body:staten", 2020]);
  });

  it("when a table of grants, each row naming its giver, stands under 'Aarhus Kommune har modtaget tilskud …', then that body receives every row; 'hver part betaler' makes each of the two parties just named a payer", () => {
    const table = facts("Aarhus Kommune", "Aarhus Kommune har modtaget tilskud fra flere statslige puljer til sundhedsindsatser i 2022.\n\nPulje\tBevilgende myndighed\tBeløb (kr.)\nStyrket indsats for ensomme ældre\tSundhedsstyrelsen\t2.450.000\nAkutfunktioner i hjemmeplejen\tSundhedsministeriet\t1.800.000", "2022-03-03");
    expect(table.map((x) => [x.amount, x.payer.id ?? x.payer.name, x.recipient.id])).toEqual([["2450000", "Sundhedsstyrelsen", "dk:kommune:0751"], ["1800000", "dk:ministry:sundhedsministeriet-2021", "dk:kommune:0751"]]);
    const parts = facts("Fyens Stiftstidende", "Regningen deles ligeligt mellem Svendborg Kommune og Odense Universitetshospital.\n\nDet betyder, at hver part betaler 2 mio. kr. årligt.", "2016-04-26");
    expect(parts.map((x) => [x.amount, x.payer.id ?? x.payer.name])).toEqual([["2000000", "dk:kommune:0479"], ["2000000", "Odense Universitetshospital"]]);
  });

  it("when 'Helse Nord RHF har i tillegg gitt 3 millioner kroner', then it gives them; an amount 'mot anslått 8 millioner' is an estimate, no grant", () => {
    const f = facts("Nordlys", "I fjor ble regningen for slike døgn på 2,1 millioner kroner, mot anslått 8 millioner.\n\nHelse Nord RHF har i tillegg gitt 3 millioner kroner til et felles prosjekt om hjemmesykehus for barn.", "2013-01-05");
    expect(f.map((x) => x.amount)).toEqual(["2100000", "3000000"]);
    expect(f[1]!.payer.id).toBe("no:rhf:helse-nord");
  });

  it("when 'Ålesund kommune dekkjer sjølv 800 000 kroner av kostnadene' (nynorsk), then the municipality pays its share", () => {
    const f = facts("Helse Møre og Romsdal HF", "1. Styret i Helse Møre og Romsdal HF løyver 2,4 millionar kroner til felles prosjekt for heimesjukehus med Ålesund kommune i 2020.\n2. Ålesund kommune dekkjer sjølv 800 000 kroner av kostnadene.", "2020-06-18");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["2400000", "no:hf:helse-more-og-romsdal"], ["800000", "no:kommune:1507"]]);
  });

  it("when the amounts come first and the names after 'til henholdsvis', then each amount goes to its name in order", () => {
    const f = facts("Sundheds- og Ældreministeriet", "Sundheds- og Ældreministeriet har givet 3,5 mio. kr., 2,1 mio. kr. og 1,4 mio. kr. til henholdsvis Vesthimmerlands Kommune, Skive Kommune og Tønder Kommune til etablering af sundhedshuse.", "2019-03-12");
    expect(f.map((x) => [x.amount, x.recipient.id, x.partOf])).toEqual([["3500000", "dk:kommune:0820", null], ["2100000", "dk:kommune:0779", null], ["1400000", "dk:kommune:0550", null]]);
  });

  it("when 'Regionerne havde krævet 3,5 mia. kr.', then the demand is no grant", () => {
    const f = facts("Politiken", "Regeringen og Danske Regioner har indgået en aftale, der giver regionerne 2,4 mia. kr. i kompensation.\n\nRegionerne havde krævet 3,5 mia. kr.", "2020-06-23");
    expect(f.map((x) => x.amount)).toEqual(["2400000000"]);
  });

  it("when money 'i statlige midler' is followed by 'Det er Helsedirektoratet som står bak tildelingen', then the directorate pays, not the state by the kind of money; 'har selv finansieret' gives", () => {
    const [grant] = facts("Tønsbergs Blad", "Tønsberg kommune får 3,2 millioner kroner i statlige midler til en pilot for legevakt. Det er Helsedirektoratet som står bak tildelingen.", "2018-05-08");
    expect([grant!.payer.id, grant!.recipient.id]).toEqual(["no:directorate:helsedirektoratet", "no:kommune:0704"]);
    const [own] = facts("TV SYD", "Kolding Kommune har selv finansieret byggeriet for 60 mio. kr.", "2022-11-03");
    expect([own!.payer.id, own!.recipient]).toEqual(["dk:kommune:0621", { id: null, name: null }]);
  });

  it("when a body overspent ('et merforbrug på 14 millioner'), had a surplus ('eit overskot på 450 millionar'), spends ('bruker i dag om lag 600 millioner') or pays its own travel, then none of it is a grant", () => {
    const dk = facts("TV Midtvest", "Holstebro Kommune har fået 2,8 millioner kroner fra Sundhedsstyrelsen.\n\nSidste år havde kommunen et merforbrug på ældreområdet på 14 millioner kroner.", "2022-11-02");
    expect(dk.map((x) => x.amount)).toEqual(["2800000"]);
    const nn = facts("Helse Vest RHF", "Styret i Helse Vest RHF vedtok å fordele 20 millionar kroner til Helse Bergen HF.\n\nHelse Vest hadde i 2016 eit overskot på 450 millionar kroner.", "2017-02-15");
    expect(nn.map((x) => x.amount)).toEqual(["20000000"]);
    const spend = facts("Avisa Nordland", "Bodø kommune får 1,4 millioner kroner fra Fylkesmannen i Nordland.\n\nBodø kommune har 50 000 innbyggere og bruker i dag om lag 600 millioner kroner i året på helse og omsorg.\n\nKommunene må selv dekke reise og opphold for sine deltakere, anslagsvis 20 000 kroner per kommune.", "2014-03-12");
    expect(spend.map((x) => x.amount)).toEqual(["1400000"]);
  });

  it("when 'Prosjektet har en total ramme på 7 millioner kroner', then the budget is no grant; 'Gjøvik kommune går inn med 1,5 millioner kroner' gives", () => {
    const f = facts("Oppland Arbeiderblad", "Sykehuset Innlandet HF har fått 3 millioner kroner fra Helsedirektoratet til et ambulant team.\n\nProsjektet har en total ramme på 7 millioner kroner over tre år. Gjøvik kommune går inn med 1,5 millioner kroner, og sykehuset dekker resten.", "2015-09-03");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["3000000", "no:directorate:helsedirektoratet", "no:hf:sykehuset-innlandet"], ["1500000", "no:kommune:0502", null]]);
  });

  it("when money 'fra satspuljen' is followed by a paragraph 'Pengene kommer fra Sundheds- og Ældreministeriet', then the ministry pays, not the pool", () => {
    const [f] = facts("JydskeVestkysten", "Haderslev Kommune har fået tilsagn om 2,4 millioner kroner fra satspuljen til et projekt.\n\nPengene kommer fra Sundheds- og Ældreministeriet og fordeles over årene 2018 og 2019.", "2017-12-11");
    expect([f!.payer.name, f!.recipient.id]).toEqual(["Sundheds- og Ældreministeriet", "dk:kommune:0510"]);
  });

  it("when 'Begge kommunene betalte …' follows two municipalities named together, then those two pay", () => {
    const f = facts("Trønder-Avisa", "Helse Nord-Trøndelag HF har bevilget 2,2 millioner kroner til Levanger kommune og Verdal kommune for 2013.\n\nBegge kommunene betalte i 2012 til sammen 6,1 millioner kroner for utskrivningsklare pasienter.", "2013-01-22");
    expect(f.find((x) => x.amount === "6100000")!.payer.members?.map((m) => m.name)).toEqual(["Levanger kommune", "Verdal kommune"]);
  });

  it("when 'Viborg Byråd har på mødet onsdag givet … til ombygning … på Viborg Sundhedscenter', then the council gives and its own place receives nothing; 'Samtidig' after two years takes neither; 'af kommunens' is no giver", () => {
    const f = facts("Viborg Kommune", "Viborg Byråd har på mødet onsdag givet en anlægsbevilling på 4,5 mio. kr. til ombygning af akutpladserne på Viborg Sundhedscenter, og et rådighedsbeløb på 1,2 mio. kr. til drift i 2022.\n\nSamtidig har Region Midtjylland givet tilsagn om 800.000 kr. til en fælles uddannelse af kommunens akutsygeplejersker.", "2021-05-27");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id, x.year])).toEqual([["4500000", "dk:kommune:0791", null, 2021], ["1200000", "dk:kommune:0791", null, 2022], ["800000", "dk:region:dk-82", null, 2021]]);
  });

  it("when 'Totalkostnaden for prosjektet er beregnet til 190 millioner kroner', then the cost is no grant", () => {
    const f = facts("Østlendingen", "Elverum kommune har fått tilsagn om investeringstilskudd på 54 millioner kroner fra Husbanken.\n\nTotalkostnaden for prosjektet er beregnet til 190 millioner kroner. Resten finansieres med lån.", "2020-02-14");
    expect(f.map((x) => x.amount)).toEqual(["54000000"]);
  });

  it("when a party's members propose an amount, then it is no grant; 'medlemmene fra Arbeiderpartiet' give nothing, the government whose proposal they back does", () => {
    const f = facts("Stortinget", "Komiteens flertall, medlemmene fra Arbeiderpartiet og Senterpartiet, slutter seg til regjeringens forslag om 75 millioner kroner til øyeblikkelig hjelp-tilbud i kommunene.\n\nKomiteens medlemmer fra Fremskrittspartiet foreslår å øke bevilgningen med 100 millioner kroner.\n\nDansk Folkeparti vil give 500 mio. kr. til ældreplejen.", "2011-11-24");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["75000000", "no:body:regjeringen"]]);
  });

  it("when a trust states its investment need, money 'skal bruges' with no one named, or a sector's 'samlede udgifter', then none is a grant", () => {
    const f = facts("Adresseavisen", "St. Olavs hospital HF får 420 mill. kr fra Helse Midt-Norge RHF.\n\nHelseforetaket har et investeringsbehov på over 3 mrd. kr de neste fem årene.\n\nIfølge ministeriet skal der i alt bruges op mod 1,5 mia. kr. på nærhospitaler frem mod 2025.\n\nKommunernes samlede udgifter til sundhed udgør i dag omkring 30 mia. kr.", "2018-10-08");
    expect(f.map((x) => x.amount)).toEqual(["420000000"]);
  });

  it("when a trust shares out money 'i samhandlingsmidler' and 'Bodø fikk 1,2 millioner' follows, then the trust pays the shares, not the pool the paragraph named", () => {
    const f = facts("Avisa Nordland", "Nordlandssykehuset HF har fordelt 3 millioner kroner i samhandlingsmidler til kommunene i Salten. Bodø fikk 1,2 millioner, Saltdal 400 000 og Meløy 350 000 kroner.\n\nDe øvrige kommunene deler resten, 1,05 millioner kroner.", "2012-09-19");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["3000000", "no:hf:nordlandssykehuset"], ["1200000", "no:hf:nordlandssykehuset"], ["400000", "no:hf:nordlandssykehuset"], ["350000", "no:hf:nordlandssykehuset"], ["1050000", "no:hf:nordlandssykehuset"]]);
  });

  it("when a region 'vil alligevel ikke give de 4 mio. kr.', money goes 'til økt basistilskudd, som kommunene betaler ut', or a cost is one 'de anslår til', then only what is given counts, to no one named", () => {
    const dk = facts("Jyllands-Posten", "Region Midtjylland vil alligevel ikke give de 4 mio. kr. til en akutklinik i Grenaa.\n\nI stedet går pengene til et udgående team. Teamet får 3,2 mio. kr. om året.", "2018-02-21");
    expect(dk.map((x) => x.amount)).toEqual(["3200000"]);
    const no = facts("NRK", "Regjeringen foreslår å bruke 1,6 milliarder kroner mer på fastlegeordningen i år. Av dette går 1,3 milliarder kroner til økt basistilskudd, som kommunene betaler ut til legene.\n\nKS mener kommunene også må få kompensert utgiftene til legevakt, som de anslår til 800 millioner kroner.", "2022-05-12");
    expect(no.map((x) => [x.amount, x.recipient.id])).toEqual([["1600000000", null], ["1300000000", null]]);
  });

  it("when a hospital is named with its site ('Sjællands Universitetshospital, Køge,'), then the site is no municipality", () => {
    const [f] = facts("MedWatch", "Klyngen omkring Sjællands Universitetshospital, Køge, modtager i alt DKK 2,1 mio.", "2021-11-18");
    expect(f!.recipient.id).not.toBe("dk:kommune:0259");
  });

  it("when a municipality's budget says 'Rådmannen foreslår … å sette av 2 millioner kroner', then the municipality gives; its 'netto driftsutgifter' are no grant", () => {
    const f = facts("Lillehammer kommune", "Kommunen mottar 4,2 millioner kroner i tilskudd fra Helsedirektoratet til rekruttering av sykepleiere i 2020. Rådmannen foreslår i tillegg å sette av 2 millioner kroner til velferdsteknologi.\n\nNetto driftsutgifter til helse og omsorg er budsjettert til 780 millioner kroner.", "2019-10-24");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["4200000", "no:directorate:helsedirektoratet", "no:kommune:0501"], ["2000000", "no:kommune:0501", null]]);
  });

  it("when 'Kommunen lægger selv to og en halv million kroner oven i, så projektet i alt råder over tre millioner kroner', then the town gives its share and what the project has is no grant", () => {
    const f = facts("Skive Folkeblad", "Skive Kommune har fået en halv million kroner af Region Midtjylland til et samarbejde om hjemmebehandling.\n\nKommunen lægger selv to og en halv million kroner oven i, så projektet i alt råder over tre millioner kroner.", "2017-05-04");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["500000", "dk:region:dk-82", "dk:kommune:0779"], ["2500000", "dk:kommune:0779", null]]);
  });

  it("when '…, mens kommunen stiller bygningen til rådighed og betaler 800.000 kroner', then the municipality of the clause pays, though the text names two; 'har budsjettert med et eget bidrag' gives", () => {
    const f = facts("DR Nordjylland", "Region Nordjylland og Jammerbugt Kommune deler udgiften til en ny lægeklinik i Fjerritslev. Regionen betaler 2 millioner kroner til driften, mens kommunen stiller bygningen til rådighed og betaler 800.000 kroner til istandsættelse.\n\nI Brønderslev Kommune åbner regionen også en klinik.", "2021-04-27");
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["2000000", "dk:region:dk-81"], ["800000", "dk:kommune:0849"]]);
    const [own] = facts("Telemarksavisa", "Notodden kommune har budsjettert med et eget bidrag på kr 35 mill.", "2016-11-24");
    expect([own!.payer.id, own!.recipient.id]).toEqual(["no:kommune:0807", null]);
  });

  it("when a town saved money, a patient got damages or a trust was fined, then none of it is a grant", () => {
    const f = facts("Sarpsborg Arbeiderblad", "Sarpsborg kommune sparte 3,2 millioner kroner i fjor fordi færre pasienter ble liggende på sykehuset.\n\nI år har kommunen fått 1,5 millioner kroner fra Fylkesmannen i Østfold.\n\nSykehuset Østfold HF ble i mars ilagt en bot på 200 000 kroner av Arbeidstilsynet. En pasient fikk i fjor 450 000 kroner i erstatning fra Norsk pasientskadeerstatning.", "2013-06-05");
    expect(f.map((x) => x.amount)).toEqual(["1500000"]);
  });

  it("when 'Puljen er på 40 mio. kr.' stands on the page of the agency that runs it, then the agency fills it; 'A.P. Møller Fonden' is one name across its initials", () => {
    const [pool] = facts("Sundhedsstyrelsen", "Sundhedsstyrelsen åbner i dag for ansøgninger til puljen til styrkede sundhedsklynger. Puljen er på 40 mio. kr. i 2022.", "2022-02-10");
    expect([pool!.amount, pool!.payer.name ?? pool!.payer.label]).toEqual(["40000000", "Sundhedsstyrelsen"]);
    const [gift] = facts("JydskeVestkysten", "A.P. Møller Fonden har doneret 5 millioner kroner til Sydvestjysk Sygehus.", "2016-09-08");
    expect(gift!.payer.name).toBe("A.P. Møller Fonden");
  });

  it("when a mayor's office says 'Det er ikke riktig at kommunen har fått 5 millioner kroner', then that is no grant; the one it confirms is", () => {
    const f = facts("Bergens Tidende", "– Det er ikke riktig at kommunen har fått 5 millioner kroner til legevakten, sier rådmann Jan Eide i Askøy kommune.\n\nIfølge rådmannen har Askøy kommune fått 1,2 millioner kroner fra Helsedirektoratet.", "2020-02-20");
    expect(f.map((x) => x.amount)).toEqual(["1200000"]);
  });

  it("when 'Regionsrådet har … prioriteret 12 mio. kr.' stands on the region's page, then the region gives; a budget's difference 'Sammenlignet med' and money left unspent are no grants", () => {
    const dk = facts("Region Syddanmark", "Regionsrådet har i budgettet for 2022 prioriteret 12 mio. kr. til det nære sundhedsvæsen.", "2021-09-20");
    expect(dk.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["12000000", "dk:region:dk-83", null]]);
    const no = facts("Dagbladet", "Stortinget har vedtatt 355,1 mill. kroner til kompetanse og innovasjon. Sammenlignet med regjeringens forslag er posten økt med 15 mill. kroner.\n\nNorske kommuner hadde ved utgangen av 2017 til sammen 300 millioner kroner i ubrukte øremerkede tilskudd. Oslo kommune hadde 41 millioner kroner som ikke var brukt.", "2018-08-14");
    expect(no.map((x) => x.amount)).toEqual(["355100000"]);
  });

  it("when 'Aftalen er finansieret af de to parter i fællesskab med 1,5 mio. kr. hver', then each of the two named before pays; 'Regionsrådet har godkendt, at …' gives way to 'Pengene … er givet af' the ministry", () => {
    const f = facts("Nordvestnyt", "Holbæk Kommune og Region Sjælland har indgået en aftale om et tættere samarbejde. Aftalen er finansieret af de to parter i fællesskab med 1,5 mio. kr. hver.", "2017-10-26");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["1500000", "dk:kommune:0316", null], ["1500000", "dk:region:dk-85", null]]);
    const [approved] = facts("Region Sjælland", "Regionsrådet har i dag godkendt, at Psykiatrien i Region Sjælland får 10 mio. kr. til en fælles indsats.\n\nPengene kommer fra satspuljen og er givet af Sundheds- og Ældreministeriet.", "2018-12-04");
    expect(approved!.payer.name).toBe("Sundheds- og Ældreministeriet");
  });

  it("when a board's table lists 'Innherred samkommune' and 'Namdal regionråd', then those bodies receive; rent 'i leie' and a rate 'pr. konsultation på 120 kr.' are no grants; 'kommunene i 2014 betalte' pay", () => {
    const table = facts("Helse Nord-Trøndelag HF", "Styret godkjenner følgende fordeling av samhandlingsmidler for 2012:\n\nInnherred samkommune\t1 100 000\nNamdal regionråd\t800 000\nSteinkjer kommune\t600 000", "2012-05-24");
    expect(table.map((x) => [x.amount, x.recipient.name])).toEqual([["1100000", "Innherred samkommune"], ["800000", "Namdal regionråd"], ["600000", "Steinkjer kommune"]]);
    const other = facts("iFinnmark", "Finnmarkssykehuset HF betaler 9 millioner kroner i året i leie til Alta kommune.\n\nPengene udbetales af regionerne som et tillæg pr. konsultation på 120 kr.\n\nUndersøkelsen viser at kommunene i 2014 betalte 4,8 milliarder kroner i medfinansiering.", "2021-11-09");
    expect(other.map((x) => [x.amount, x.payer.id])).toEqual([["4800000000", "no:group:kommunene"]]);
  });

  it("when 'Fra neste år må Giske, Sula og Skodje betale 450 000 kroner hver, mot 380 000 kroner i år', then each pays both, next year's and this year's", () => {
    const f = facts("Sunnmørsposten", "Fra neste år må Giske, Sula og Skodje betale 450 000 kroner hver, mot 380 000 kroner i år.", "2014-09-18");
    expect(f.map((x) => [x.amount, x.payer.name, x.year])).toEqual([["450000", "Giske", 2015], ["450000", "Sula", 2015], ["450000", "Skodje", 2015], ["380000", "Giske", 2014], ["380000", "Sula", 2014], ["380000", "Skodje", 2014]]);
  });

  it("when a trust's money rises 'med 25 millioner kroner neste år, til totalt 1,6 milliarder kroner', then the level is the same trust's; a table's 'Mio. kr. 2020' and a party's 'havde ønsket' are no amounts given", () => {
    const no = facts("Helgelendingen", "Helse Nord RHF øker bevilgningen til Helgelandssykehuset HF med 25 millioner kroner neste år, til totalt 1,6 milliarder kroner.", "2018-12-14");
    expect(no.map((x) => [x.amount, x.recipient.id])).toEqual([["25000000", "no:hf:helgelandssykehuset"], ["1600000000", "no:hf:helgelandssykehuset"]]);
    const dk = facts("Sundheds- og Ældreministeriet", "Samlet afsættes 1,2 mia. kr. i 2020.\n\nInitiativ\tMio. kr. 2020\nFlere sygeplejersker\t450\n\nEnhedslisten havde ønsket 2 mia. kr. til psykiatrien.", "2019-12-02");
    expect(dk.map((x) => x.amount)).toEqual(["1200000000", "450000000"]);
  });

  it("when 'I 2016 ga Husbanken tilsagn om …' and 'Husbanken ga i 2019 tilsagn om …', then the housing bank gives; a cap per place is no grant; 'i Husbanken' is where a scheme is kept", () => {
    const f = facts("Husbanken", "Tilskuddet utgjør inntil 55 prosent av godkjente anleggskostnader, oppad begrenset til 1 721 000 kroner per sykehjemsplass.\n\nI 2016 ga Husbanken tilsagn om tilskudd til 2 617 plasser, til sammen 2,6 milliarder kroner.\n\nHusbanken ga i 2019 tilsagn om totalt 2,9 milliarder kroner i investeringstilskudd.", "2017-01-12");
    expect(f.map((x) => [x.amount, x.payer.name, x.recipient.id])).toEqual([["2600000000", "Husbanken", null], ["2900000000", "Husbanken", null]]);
    const [scheme] = facts("Helse- og omsorgsdepartementet", "Regjeringen foreslår 450 millioner kroner til investeringstilskudd til heldøgns omsorgsplasser i Husbanken.", "2019-10-07");
    expect([scheme!.payer.id, scheme!.recipient]).toEqual(["no:body:regjeringen", { id: null, name: null }]);
  });

  it("when list lines give the amount first ('1,2 mill. – Bodø kommune', '400 000 – Fauske kommune'), then each bare figure is money like the first", () => {
    const f = facts("Avisa Nordland", "Helsedirektoratet har fordelt midler. Dette får kommunene i Salten:\n\n1,2 mill. – Bodø kommune\n400 000 – Fauske kommune\n350 000 – Saltdal kommune", "2020-06-04");
    expect(f.map((x) => [x.amount, x.recipient.id])).toEqual([["1200000", "no:kommune:1804"], ["400000", "no:kommune:1841"], ["350000", "no:kommune:1840"]]);
  });

  it("when 'Helse- og omsorgsminister Bent Høie kunne torsdag dele ut 30 millioner kroner', then the ministry gives, and the grants told after it with no payer are the ministry's; a minister never receives", () => {
    const f = extract(readDocument("TITLE: T\nPUBLISHER: NRK\nDATE: 2016-03-10\n-----\nT\n\nHelse- og omsorgsminister Bent Høie kunne torsdag dele ut 30 millioner kroner til velferdsteknologi.\n\nHan lovet også at Molde kommune får 2,5 millioner kroner til et nytt trygghetsalarmsystem."), gazetteer).funding;
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["30000000", "no:ministry:hod", null], ["2500000", "no:ministry:hod", "no:kommune:1502"]]);
  });

  it("when 'Hareid kommune fekk 700 000.' follows an amount in millions, then the bare figure after 'fekk' is money; 'den danske regjeringen' is Denmark's; 'I tillegg betaler A og B 300 000 kroner hver' makes each pay", () => {
    const nn = facts("Vikebladet Vestposten", "Ulstein kommune fekk 1,2 millionar frå Fylkesmannen i Møre og Romsdal til kvardagsrehabilitering. Hareid kommune fekk 700 000.", "2017-04-20");
    expect(nn.map((x) => [x.amount, x.recipient.id])).toEqual([["1200000", "no:kommune:1516"], ["700000", "no:kommune:1517"]]);
    const [dk] = facts("Dagens Næringsliv", "Den danske regjeringen har satt av 6 milliarder danske kroner til det nære sundhedsvæsen.", "2019-11-21");
    expect(dk!.payer.id).toBe("dk:body:regeringen");
    const each = facts("Østlendingen", "Kongsvinger kommune får 900 000 kroner fra Sykehuset Innlandet HF til legevakten.\n\nI tillegg betaler Eidskog kommune og Sør-Odal kommune 300 000 kroner hver i året for å være med i ordningen.", "2015-08-13");
    expect(each.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["900000", "no:hf:sykehuset-innlandet", "no:kommune:0402"], ["300000", "no:kommune:0420", null], ["300000", "no:kommune:0419", null]]);
  });

  it("when a headline restates only what was applied for ('– Vi søkte om fire millioner, fikk to'), then it is no grant either", () => {
    const f = extract(readDocument("TITLE: – Vi søkte om fire millioner, fikk to\nPUBLISHER: Tønsbergs Blad\nDATE: 2014-11-27\n-----\n– Vi søkte om fire millioner, fikk to\n\n– Vi søkte om fire millioner kroner, men fikk to millioner. Det er likevel godt nytt for Horten, sier ordfører Are Karlsen (Ap)."), gazetteer).funding;
    expect(f.map((x) => x.amount)).toEqual(["2000000"]);
  });

  it("when 'Region Sjælland flytter 20 mio. kr. fra sygehusenes budgetter til …', then the region gives; a pool 'som kommunerne kan søge' is not theirs; a price per day is no grant", () => {
    const f = facts("Sjællandske", "Region Sjælland flytter 20 mio. kr. fra sygehusenes budgetter til indsatser i det nære sundhedsvæsen i 2020.\n\nAf beløbet går 12 mio. kr. til en pulje, som kommunerne kan søge.\n\nDøgnprisen for en udskrivningsklar patient er 4.885 kroner.", "2019-10-03");
    expect(f.map((x) => [x.amount, x.payer.id, x.recipient.id ?? x.recipient.mention ?? null])).toEqual([["20000000", "dk:region:dk-85", null], ["12000000", "dk:region:dk-85", null]]);
  });

  it("when 'Vennesla kommune har ansatt to nye sykepleiere. Stillingene er finansiert med et tilskudd på 1,4 millioner kroner', then the municipality that hired receives; a giver that only opened the sentence before does not", () => {
    const [f] = facts("Fædrelandsvennen", "Vennesla kommune har ansatt to nye psykiatriske sykepleiere. Stillingene er finansiert med et tilskudd på 1,4 millioner kroner fra Fylkesmannen i Vest-Agder.", "2016-02-18");
    expect([f!.payer.name, f!.recipient.id]).toEqual(["Fylkesmannen i Vest-Agder", "no:kommune:1014"]);
    const [g] = facts("Fædrelandsvennen", "Helsedirektoratet har startet et nytt program. Prosjektet får 1,4 millioner kroner.", "2016-02-18");
    expect(g!.recipient).toEqual({ id: null, name: null });
  });

  it("when list items name their owners before a colon ('– Helse Førde HF: kompetanseprogram for kommunane i Sogn og Fjordane (1,2 mill. kr)'), then the owners receive, also past a compound's 'lærings- og'", () => {
    const f = facts("Helse Vest RHF", "Helse Vest RHF har delt ut 10 millionar kroner til samhandlingsprosjekt i 2013. Desse prosjekta får midlar:\n\n– Helse Fonna HF og Haugesund kommune: lærings- og meistringssenter (1,8 mill. kr)\n– Helse Førde HF: kompetanseprogram for kommunane i Sogn og Fjordane (1,2 mill. kr)", "2013-03-14");
    expect(f.slice(1).map((x) => [x.amount, x.recipient.id ?? x.recipient.members?.map((m) => m.id).join("+")])).toEqual([["1800000", "no:hf:helse-fonna+no:kommune:1106"], ["1200000", "no:hf:helse-forde"]]);
  });

  it("when a headline 'Mer penger til legevakta' stands over 'Tilskuddet fra Sykehuset Innlandet HF til …', then the trust the money comes from pays; the headline's 'til' is no thing it provides", () => {
    const f = extract(readDocument("TITLE: Mer penger til legevakta\nPUBLISHER: Oppland Arbeiderblad\nDATE: 2017-12-07\n-----\nMer penger til legevakta\n\nTilskuddet fra Sykehuset Innlandet HF til Gjøvik interkommunale legevakt økes fra 1,2 til 1,5 millioner kroner neste år."), gazetteer).funding;
    expect(f.map((x) => [x.amount, x.payer.id])).toEqual([["1500000", "no:hf:sykehuset-innlandet"]]);
  });

  it("when a Danish table's amount column is headed 'Beløb', then its figures are money; 'Hospitalet' is the one hospital named with its town ('Regionshospitalet Gødstrup')", () => {
    const table = facts("Region Syddanmark", "Midlerne fordeles således (kr.):\n\nProjekt\tSamarbejdspartner\tBeløb\nUdgående team Esbjerg\tEsbjerg Kommune\t3.200.000", "2019-01-31");
    expect(table.map((x) => [x.amount, x.recipient.id])).toEqual([["3200000", "dk:kommune:0561"]]);
    const hospital = facts("Jyllands-Posten", "Regionshospitalet Gødstrup og fire kommuner har fået 7 mio. kr. fra Sundhedsstyrelsen. Hospitalet får 3 mio. kr.", "2022-02-03");
    expect(hospital.find((x) => x.amount === "3000000")!.recipient.name).toBe("Regionshospitalet Gødstrup");
  });

  it("when 'Struer Kommune skal betale 600.000 kroner tilbage til Sundhedsstyrelsen', then the repayment is no grant and the town gives none of the text's money; 'Helse Stavanger HF (SUS) og Sandnes kommune' receive together", () => {
    const dk = facts("TV Midtvest", "Struer Kommune skal betale 600.000 kroner tilbage til Sundhedsstyrelsen, fordi et projekt ikke blev gennemført.\n\nLemvig Kommune, der fik 900.000 kroner til et lignende projekt, har brugt alle pengene.", "2020-11-19");
    expect(dk.map((x) => [x.amount, x.payer.id, x.recipient.id])).toEqual([["900000", null, "dk:kommune:0665"]]);
    const [joint] = facts("Stavanger Aftenblad", "Helse Stavanger HF (SUS) og Sandnes kommune har fått 2,2 millioner kroner fra Helse Vest RHF til et felles team.", "2018-10-25");
    expect(joint!.recipient.members?.map((m) => m.id)).toEqual(["no:hf:helse-stavanger", "no:kommune:1102"]);
  });

  it("when 'regionen' names no region the document knows, then it is a place, not a recipient", () => {
    const [f] = facts("Bergens Tidende", "Styret i Helse Vest RHF vedtok å fordele 140 millioner kroner til psykisk helsevern i regionen.");
    expect([f!.payer.id, f!.recipient]).toEqual(["no:rhf:helse-vest", { id: null, name: null }]);
  });
});

describe("minister terms", () => {
  const heads = (date: string, body: string) =>
    extract(readDocument(`TITLE: T\nPUBLISHER: P\nDATE: ${date}\n-----\nT\n\n${body}`), gazetteer).relations.map((r) => [r.subject.id, r.object.id, r.validOn]);

  it("when a minister's title opens a sentence, then the person heads the health ministry valid on the document's date", () => {
    expect(heads("2016-01-15", "Helse- og omsorgsminister Bent Høie (H) sier at regjeringen vil gi 100 millioner kroner.")).toEqual([["no:person:bent-hoie", "no:ministry:hod", "2016-01-15"]]);
  });

  it("when two Danish health ministries are valid on the day, then the one the title names is the one the minister heads", () => {
    expect(heads("2022-03-15", "Sundhedsminister Magnus Heunicke glæder sig over aftalen.")).toEqual([["dk:person:magnus-heunicke", "dk:ministry:sundhedsministeriet-2021", "2022-03-15"]]);
  });
});

describe("scoring against a gold file", () => {
  const gold: GoldRow = { document: "d", payer: "Fylkesmannen i Rogaland", recipient: "Sauda kommune", amount: "7000000", currency: "NOK", year: "2015" };
  const [fact] = extract(readDocument("TITLE: T\nPUBLISHER: Ryfylke\nDATE: 2014-10-31\n-----\nT\n\nSauda kommune får sju millionar kroner i skjønsmidlar for 2015 frå Fylkemannen i Rogaland."), gazetteer).funding;

  it("when the source misspells a payer the extractor resolved to the right actor, then the payer counts as right; another actor does not", () => {
    expect(fact!.payer).toMatchObject({ id: "no:county-governor:fylkesmannen-i-rogaland", name: "Fylkemannen i Rogaland" });
    expect(scoreDocument("d", [gold], [fact!]).payerCorrect).toBe(1);
    const other = { ...fact!, payer: { id: "no:county-governor:fylkesmannen-i-hordaland", name: "Fylkemannen i Rogaland", label: "Fylkesmannen i Hordaland" } };
    expect(scoreDocument("d", [{ ...gold, payer: "Fylkesmannen i Hordaland" }], [fact!]).payerCorrect).toBe(0);
    expect(scoreDocument("d", [{ ...gold, payer: "Fylkesmannen i Vestland" }], [other]).payerCorrect).toBe(0);
    // The wrong ones are listed, for --verbose.
    const wrong = scoreDocument("d", [{ ...gold, payer: "Fylkesmannen i Vestland" }], [other]).wrongPayer;
    expect(wrong.map((w) => [w.gold.payer, w.extracted.payer.label])).toEqual([["Fylkesmannen i Vestland", "Fylkesmannen i Hordaland"]]);
    expect(scoreDocument("d", [gold], [fact!]).wrongPayer).toEqual([]);
  });

  it("when a gold recipient is a named body ('Hitra kommune'), then an extraction that names no one does not match it; a described collective is matched so", () => {
    for (const named of ["Hitra kommune", "Sauda kommune (tiltak innan rus/psykiatri)", "Tønder Kommune og Region Syddanmark (joint)", "Odense Universitetshospital"]) expect([named, goldIsUnnamed(named)]).toEqual([named, false]);
    for (const unnamed of ["kommunene", "Kommunene i Troms", "de ti fynske kommuner", "18 kommuner (not named)", "Sykehusene", "projektet (not named; own money)", ""]) expect([unnamed, goldIsUnnamed(unnamed)]).toEqual([unnamed, true]);
    const nobody = { ...fact!, recipient: { id: null, name: null } };
    expect(scoreDocument("d", [gold], [nobody]).matched).toBe(0);
  });

  it("when the extractor gives money to a municipality ('Bergen'), then it does not match a gold row for the trust named after the place ('Helse Bergen HF')", () => {
    const city = { ...fact!, recipient: { id: "no:kommune:1201", name: "Bergen", label: "Bergen" } };
    const row = (recipient: string) => scoreDocument("d", [{ ...gold, recipient }], [city]).matched;
    expect([row("Helse Bergen HF"), row("Haukeland universitetssjukehus i Bergen"), row("Bergen kommune"), row("Bergen kommune (sykehjem)")]).toEqual([0, 0, 1, 1]);
  });

  it("when the extractor reads a group as the payer ('regionerne selv'), then it is right for a gold row naming that group as a collective, and for no other", () => {
    const group = { ...fact!, payer: { id: null, name: null, mention: "regionerne" } };
    const payerRight = (payer: string) => scoreDocument("d", [{ ...gold, payer }], [group]).payerCorrect;
    expect([payerRight("regionerne (collective)"), payerRight("Regionerne (collective)"), payerRight("kommunerne (collective)"), payerRight("Region Midtjylland"), payerRight("(not named)")]).toEqual([1, 1, 0, 0, 1]);
  });

  it("when the extractor names bodies together, then they match only a gold row for them together; an actor it resolved does not match a row that names no one", () => {
    const joint = { ...fact!, recipient: { id: null, name: "Odense Kommune og Odense Universitetshospital", members: [{ id: "dk:kommune:0461", name: "Odense Kommune" }, { id: null, name: "Odense Universitetshospital" }] } };
    const row = (recipient: string) => scoreDocument("d", [{ ...gold, recipient }], [joint]).matched;
    expect([row("Odense Universitetshospital"), row("Odense Kommune og Odense Universitetshospital (joint)"), row("Odense Kommune og Odense Universitetshospital")]).toEqual([0, 1, 1]);
    expect([goldIsJoint("Haderslev Kommune og Region Syddanmark"), goldIsJoint("Herlev og Gentofte Hospital"), goldIsJoint("Helse Møre og Romsdal HF")]).toEqual([true, false, false]);
    const county = { ...fact!, recipient: { id: "no:fylke:01", name: "Østfold", label: "Østfold fylkeskommune" } };
    expect(scoreDocument("d", [{ ...gold, recipient: "kommunene i Østfold (not named)" }], [county]).matched).toBe(0);
  });

  it("when a gold row writes a trust's other name and the text calls it 'helseforetaket', then the actor the graph knows by that name matches; a name it does not know wholly does not", () => {
    const [, later] = extract(readDocument("TITLE: T\nPUBLISHER: Finnmarken\nDATE: 2019-10-03\n-----\nT\n\nStyret i Helse Nord RHF vedtok å gi Finnmarkssykehuset HF 12 millioner kroner ekstra.\n\nTidligere i år fikk helseforetaket 5 millioner kroner til samme formål."), gazetteer).funding;
    expect(later!.recipient).toMatchObject({ id: "no:hf:helse-finnmark", name: "helseforetaket" });
    const row = { document: "d", payer: "Helse Nord RHF", recipient: "Finnmarkssykehuset HF", amount: "5000000", currency: "NOK", year: "2019" };
    expect(scoreDocument("d", [row], [later!]).matched).toBe(0);
    expect(scoreDocument("d", withKnownActors([row], gazetteer), [later!]).matched).toBe(1);
    expect([knownActorOf("Finnmarkssykehuset HF (ekstra)", gazetteer), knownActorOf("Finnmarkssykehuset HF og Hammerfest kommune", gazetteer), knownActorOf("sykehuset", gazetteer)]).toEqual(["no:hf:helse-finnmark", null, null]);
  });
});

describe("the extractor on the seeds", () => {
  const seed = (f: string) => extract(readDocument(fs.readFileSync(path.join("data/documents", f), "utf8")), gazetteer).funding;

  it("when a page's headline restates an amount of its body, then only the body's statement is a fact", () => {
    const hod = seed("000_6501fc31acd92d74.txt");
    expect(hod.map((f) => f.amount)).not.toContain("24000000");
    expect(hod.filter((f) => f.amount === "24300000")).toHaveLength(1);
  });

  it("when a total is split by purpose in parts that name no one, then the parts go where the total goes", () => {
    const f2008 = seed("001_6658acab72c1650a.txt");
    const total = f2008.findIndex((f) => f.amount === "95000000");
    for (const amount of ["40000000", "5000000"]) {
      const part = f2008.find((f) => f.amount === amount)!;
      expect(part.partOf).toBe(total);
      expect(part.recipient.id).toBe(f2008[total]!.recipient.id);
      expect(part.rule).toContain("recipient:of-its-total");
    }
  });

  it("when the seeds are scored against the curated facts, then precision is at least 0.9 and recall at least 0.85", () => {
    const { gold } = curatedGold("data", readAll("data").batches);
    const all = overall(seedFiles.map((f) => scoreDocument(f, gold.filter((g) => g.document === f), seed(f))));
    expect(all.gold).toBe(19);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("when a pool is written as its purpose ('satsningen på samhandling'), then it is the recipient, not the payer", () => {
    const hod = seed("002_442032cfe7ce1a39.txt");
    for (const amount of ["200000000", "580000000"]) {
      expect(hod.find((f) => f.amount === amount)).toMatchObject({ payer: { id: "no:body:regjeringen" }, recipient: { id: "no:pool:samhandlingsmidler" } });
    }
  });

  it("when an increase is named with the total it reaches, or sub-items are indented under a list item, then they are its parts", () => {
    const hod = extract(readDocument(fs.readFileSync(path.join("data/documents", "002_442032cfe7ce1a39.txt"), "utf8")), gazetteer);
    const at = (amount: string) => hod.funding.findIndex((f) => f.amount === amount);
    expect(hod.funding[at("200000000")]!.partOf).toBe(at("580000000"));
    expect(hod.funding[at("4200000000")]!.partOf).toBe(at("5000000000"));
    expect(hod.funding[at("560000000")]!.partOf).toBe(at("5000000000"));
    // The 260 million is the next bullet of the same list, not a sub-item, and "totalt" on its
    // neighbour's line does not make it a part of the 580.
    expect(hod.funding[at("260000000")]!.partOf).toBeNull();
    expect(hod.discrepancies).toEqual([{ total: at("5000000000"), parts: [at("4200000000"), at("560000000")], partsSum: "4760000000", difference: "240000000" }]);
  });

  it("when an amount opens a section heading, then no name from the section above is taken for its recipient", () => {
    const dk = seed("004_87f8dc0fea770b70.txt");
    expect(dk.find((f) => f.amount === "600000000")!.recipient).toEqual({ id: null, name: null });
  });
});

describe("candidate files", () => {
  const base = `sources:\n  - id: doc:x\n    kind: DOCUMENT\n    title: X\nfunding:\n  - id: flow:no:2020:x-1\n    payer: no:body:staten\n    recipient: REC\n    amount: 5\n    currency: NOK\n    flowType: GRANT\n    status: ALLOCATED\n    evidence:\n      - source: doc:x\n        quote: "Staten gir 5 kroner."\n    review:\n      status: STATUS\n      confidence: 0.8\n      recipientName: Sauda kommune\n`;
  it("when a candidate is not reviewed, then loading refuses it at its line; rejected ones are left out; accepted ones need every id", () => {
    const unreviewed = readCuratedText(base.replace("REC", "no:kommune:1135").replace("STATUS", "candidate"), "c.yaml");
    expect(unreviewed.errors.map(String)).toEqual([expect.stringMatching(/^c\.yaml:17 funding\[0\] \(flow:no:2020:x-1\) field 'review\.status': an extracted candidate/)]);
    const rejected = readCuratedText(base.replace("REC", "null").replace("STATUS", "rejected"), "c.yaml");
    expect([rejected.errors, rejected.batch.funding]).toEqual([[], []]);
    const accepted = readCuratedText(base.replace("REC", "null").replace("STATUS", "accepted"), "c.yaml");
    expect(accepted.errors.map(String)).toEqual([expect.stringMatching(/^c\.yaml:8 .* field 'recipient': no actor id: the extractor read 'Sauda kommune'/)]);
    const ok = readCuratedText(base.replace("REC", "no:kommune:1135").replace("STATUS", "accepted"), "c.yaml");
    expect([ok.errors, ok.batch.funding.length]).toEqual([[], 1]);
  });
});
