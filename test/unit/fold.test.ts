import { describe, expect, it } from "vitest";
import { fold, slug } from "../../src/text/fold.js";
import { luceneQuery } from "../../src/graph/graph.repository.js";

describe("folding text for search", () => {
  it.each([
    ["  Helse  Sør-Øst RHF ", "helse sor-ost rhf"],
    ["Helse Sor-Ost RHF", "helse sor-ost rhf"],
    ["Strøm-Erichsen", "strom-erichsen"],
    ["Æbeltoft Kommune", "aebeltoft kommune"],
    ["Sundheds- og Ældreministeriet", "sundheds- og aeldreministeriet"],
    ["Tromsø\tkommune\n", "tromso kommune"],
    ["HOD", "hod"],
    ["", ""],
  ])("when %j is folded, then it reads %j", (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it("when plain and accented spellings are searched, then they give the same Lucene query", () => {
    expect(luceneQuery("Strøm-Erichsen samhandling")).toBe(luceneQuery("strom-erichsen  SAMHANDLING"));
    expect(luceneQuery("hod")).toBe("(hod^3 OR hod*)");
    expect(luceneQuery(" - ")).toBeNull();
    expect(slug("Helse Sør-Øst RHF")).toBe("helse-sor-ost-rhf");
  });
});
