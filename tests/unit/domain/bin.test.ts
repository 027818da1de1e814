import { describe, it, expect } from "vitest";
import { binCheckDigit, hasValidCheckDigit, isValidBin, isValidIin, makeBin } from "../../../src/domain/bin";

describe("BIN check digit", () => {
  it("accepts real BINs of registered legal entities", () => {
    // Published BINs of two Kazakh banks.
    expect(isValidBin("971240001315")).toBe(true);
    expect(isValidBin("940140000385")).toBe(true);
  });

  it("computes the check digit with the first weights", () => {
    expect(binCheckDigit("12034000123")).toBe(0);
    expect(binCheckDigit("99014000038")).toBe(4);
    expect(binCheckDigit("20064001234")).toBe(3);
    expect(isValidBin("200640012343")).toBe(true);
  });

  it("falls back to the second weights when the first give 10", () => {
    // 2,0,0,3,4,0,0,0,0,2,1 weighted 1..11 gives 10 mod 11; weighted 3..11,1,2 gives 1.
    expect(binCheckDigit("20034000021")).toBe(1);
    expect(isValidBin("200340000211")).toBe(true);
  });

  it("has no check digit when both weightings give 10", () => {
    expect(binCheckDigit("20034000020")).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidBin(`20034000020${d}`)).toBe(false);
  });

  it("rejects a wrong check digit, a wrong length, letters and a non-entity type digit", () => {
    expect(isValidBin("971240001316")).toBe(false);
    expect(isValidBin("200640012344")).toBe(false);
    expect(isValidBin("97124000131")).toBe(false);
    expect(isValidBin("9712400013150")).toBe(false);
    expect(isValidBin("")).toBe(false);
    expect(isValidBin("97124000131A")).toBe(false);
    expect(isValidBin("9712 4000131")).toBe(false);
    expect(binCheckDigit("1234")).toBeNull();
    expect(binCheckDigit("1203400012a")).toBeNull();
    // A valid checksum but a 5th digit that is not 4, 5 or 6: an IIN, not a BIN.
    const personal = makeBin("88010230012");
    expect(hasValidCheckDigit(personal)).toBe(true);
    expect(isValidBin(personal)).toBe(false);
  });

  it("makes valid BINs from any 11-digit prefix", () => {
    expect(makeBin("12034000123")).toBe("120340001230");
    expect(makeBin("20034000020")).toBe("200340000211");
    for (let i = 0; i < 500; i++) {
      const prefix = `2406400${String(i).padStart(4, "0")}`;
      const bin = makeBin(prefix);
      expect(bin.slice(0, 9)).toBe(prefix.slice(0, 9));
      expect(isValidBin(bin)).toBe(true);
    }
    expect(() => makeBin("123")).toThrow();
  });
});

describe("IIN", () => {
  it("checks the check digit, the birth date and the century digit", () => {
    expect(isValidIin("880102300125")).toBe(true); // born 1988-01-02, a man born in the 20th century
    expect(isValidIin("880102300126")).toBe(false); // wrong check digit
    expect(isValidIin(makeBin("04022950001"))).toBe(true); // 2004-02-29, a leap day
    expect(isValidIin(makeBin("05022950001"))).toBe(false); // 2005-02-29 does not exist
    expect(isValidIin(makeBin("88013230012"))).toBe(false); // 32 January
    expect(isValidIin(makeBin("88010270012"))).toBe(false); // century digit 7
  });
});
