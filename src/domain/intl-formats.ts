// Building an Intl formatter costs far more than using one (~1–2 ms against microseconds: the
// locale's data is looked up and compiled each time). Each locale and option set is built once
// per process and shared: the email worker renders tens of thousands of call-out dates in a burst
// (building one per email was a quarter of its CPU), pages format dozens of dates, a report a
// thousand numbers. Formatters are immutable, so sharing them is safe.

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}
