import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/modules/applications/csv";

/** A spreadsheet's CSV reader (RFC 4180 quotes) with the separator of the user's locale. */
function readCsv(text: string, separator: "," | ";"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === separator || (c === "\r" && text[i + 1] === "\n")) {
      row.push(cell);
      cell = "";
      if (c === "\r") {
        rows.push(row);
        row = [];
        i++;
      }
    } else cell += c;
  }
  return rows;
}

const FORMULA = /^[=+\-@\t\r]/;
const hostile = [
  "Ivan;=cmd|' /C calc'!A0",
  "Ivan,=cmd|' /C calc'!A0",
  "Ivan;+1+1",
  "a;-2;@SUM(A1)",
  "x\r=1+1",
  "x\n=1+1",
  "x\t;\t=1",
  '"quoted";=HYPERLINK("http://evil.example")',
];

describe("CSV cells", () => {
  it("quote separators and quotes and defuse formulas", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("=A1,B1")).toBe('"\'=A1,B1"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
    expect(toCsv([["Әсем", 17]])).toBe("\uFEFFӘсем,17\r\n");
  });

  it("a name with a semicolon stays one cell and no formula when read with ';' as separator (ru/kk spreadsheets)", () => {
    expect(csvCell("Ivan;=cmd|' /C calc'!A0")).toBe("\"Ivan;'=cmd|' /C calc'!A0\"");
    const csv = toCsv([["Имя", "Телефон"], ...hostile.map((name) => [name, "+7 701 000 00 00"])]).slice(1);
    for (const separator of [",", ";"] as const) {
      const cells = readCsv(csv, separator).flat();
      for (const cell of cells) {
        expect(cell, `read with "${separator}"`).not.toMatch(FORMULA);
        for (const part of cell.split(/[,;\r\n]/))
          expect(part, `"${cell}" read with "${separator}"`).not.toMatch(FORMULA);
      }
    }
  });

  it("read with ',' every cell is the original text behind the apostrophes", () => {
    const rows = readCsv(toCsv([hostile]).slice(1), ",");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.map((c) => c.replace(/(^|[,;\r\n])'/g, "$1"))).toEqual(hostile);
  });
});
