// The one CSV writer for every download (applications, statistics): RFC 4180 quoting, CRLF line
// ends, a UTF-8 byte order mark so Excel reads Cyrillic and Kazakh letters, and a guard against
// formula injection (OWASP "CSV injection").
//
// We write commas, but Excel and LibreOffice in Russian and Kazakh read ";" as the separator by
// default, and a cell that is one field for us may be split there: "Ivan;=cmd|…" becomes "Ivan"
// and a formula. So a cell holding either separator (or a line break or tab) is quoted, and every
// part that a reader may see as the start of a cell — the field's start and whatever follows a
// separator or line break — gets an apostrophe before = + - @ tab or carriage return, which makes
// spreadsheets show it as text. Phone numbers like "+7 701…" get it too.

const FORMULA_AT_PART_START = /(^|[,;\r\n])(?=[=+\-@\t\r])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  const s = (value === null || value === undefined ? "" : String(value)).replace(FORMULA_AT_PART_START, "$1'");
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
