import type { Figure } from "../report";
import { dateTimeFormat as dateFormat, numberFormat } from "@/domain/intl-formats";

// Numbers and dates for the statistics pages, with the platform's locale (kk, ru, en) through
// Intl directly, so the charts (client) and the tables (server) write them the same way.

/** A figure as the pages write it: whole people and things, hours to 2 decimals, tenge whole. */
export function formatFigure(locale: string, figure: Figure, value: number): string {
  if (figure === "economicValueKzt") return formatTenge(locale, value);
  return numberFormat(locale, { maximumFractionDigits: figure === "confirmedHours" ? 2 : 0 }).format(value);
}

export function formatTenge(locale: string, value: number): string {
  return numberFormat(locale, {
    style: "currency",
    currency: "KZT",
    currencyDisplay: "narrowSymbol",
    maximumFractionDigits: 0,
  }).format(value);
}

/** "March 2026" or "2026". */
export function periodLabel(locale: string, year: number, month: number | null): string {
  return month
    ? dateFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
        new Date(Date.UTC(year, month - 1, 15)),
      )
    : String(year);
}

/** The month's name as a table row or a chart label writes it: "Қаңтар", "Январь", "January". */
export function monthName(locale: string, month: number, style: "long" | "short" = "long"): string {
  const name = dateFormat(locale, { month: style, timeZone: "UTC" }).format(new Date(Date.UTC(2001, month - 1, 15)));
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function formatInstant(locale: string, instant: Date): string {
  return dateFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Almaty" }).format(instant);
}
