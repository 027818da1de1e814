import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { domainLabel, optionsOf, type DomainKind, placeLabel } from "@/i18n/labels";
import { ageOn } from "@/domain/age";
import { SDGS, sdgByNumber } from "@/domain/sdg";
import { sdgStyle } from "@/domain/sdg-colors";
import type { Locale } from "@/domain/locales";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import {
  effectiveSort,
  parseSearchParams,
  searchQueryString,
  SORTS,
  type SearchFilters,
} from "@/modules/search/schema";
import { searchProjects, type SearchItem } from "@/modules/search/queries";
import { SearchSuggestions } from "@/modules/search/components/search-suggestions";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

// A plain GET form: the filters are the URL, so a search can be shared, the back button
// works and nothing needs JavaScript.

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "search" });
  return { title: t("title") };
}

const FILTER_SELECTS = [
  { name: "region", kind: "region" },
  { name: "direction", kind: "direction" },
  { name: "composition", kind: "composition" },
  { name: "scope", kind: "scope" },
  { name: "duration", kind: "duration" },
  { name: "orgType", kind: "organizerForm" },
  { name: "tag", kind: "birgemizTag" },
] as const satisfies readonly { name: keyof SearchFilters; kind: DomainKind }[];
const FILTER_KEYS = [
  ...FILTER_SELECTS.map((f) => f.name),
  "sdg",
  "from",
  "to",
  "age",
  "online",
] as const satisfies readonly (keyof SearchFilters)[];

export default async function ProjectSearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const l = locale as Locale;
  const [t, viewer, raw] = await Promise.all([getTranslations("search"), getViewer(), searchParams]);
  const filters = parseSearchParams(raw);
  const viewerAge = viewer?.volunteer ? ageOn(viewer.volunteer.birthDate, new Date()) : null;
  const result = await searchProjects(db, filters, { viewerAge });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const sort = effectiveSort(filters);
  const filtering = FILTER_KEYS.some((key) => filters[key] !== undefined);
  const selectClass = `${inputClass} min-h-11`;

  const chips = activeFilters(filters, l, t, viewerAge);

  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </header>

      <Card as="form" method="get" role="search" className="space-y-2 p-4">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1 space-y-1">
            <label htmlFor="q" className="block text-sm font-medium text-slate-800">
              {t("query")}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              list="q-suggestions"
              autoComplete="off"
              defaultValue={filters.q ?? ""}
              maxLength={200}
              placeholder={t("queryPlaceholder")}
              className={`${inputClass} min-h-11`}
            />
            <SearchSuggestions inputId="q" listId="q-suggestions" locale={l} />
          </div>
          <button
            type="submit"
            className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            {t("submit")}
          </button>
        </div>

        {/* Closed until asked for, on every screen: the chosen filters show as chips above the
            results, so the first result is not pushed a phone's height down. */}
        <details data-testid="search-filters">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700">
            {chips.length > 0 ? t("filtersActive", { count: chips.length }) : t("filters")}
          </summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {FILTER_SELECTS.map(({ name, kind }) => (
              <div key={name} className="min-w-0 space-y-1">
                <label htmlFor={`f-${name}`} className="block text-sm font-medium text-slate-800">
                  {t(name)}
                </label>
                <select id={`f-${name}`} name={name} defaultValue={filters[name] ?? ""} className={selectClass}>
                  <option value="">{t("any")}</option>
                  {optionsOf(kind).map((code) => (
                    <option key={code} value={code}>
                      {domainLabel(kind, code, l)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <div className="min-w-0 space-y-1">
              <label htmlFor="f-sdg" className="block text-sm font-medium text-slate-800">
                {t("sdg")}
              </label>
              <select
                id="f-sdg"
                name="sdg"
                defaultValue={filters.sdg ? String(filters.sdg) : ""}
                className={selectClass}
              >
                <option value="">{t("any")}</option>
                {SDGS.map((g) => (
                  <option key={g.number} value={g.number}>
                    {t("sdgOption", { number: g.number, name: g.name[l] })}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="min-w-0 space-y-1 sm:col-span-2 lg:col-span-1" aria-describedby="dates-hint">
              <div className="grid grid-cols-2 gap-2">
                <div className="min-w-0 space-y-1">
                  <label htmlFor="f-from" className="block text-sm font-medium text-slate-800">
                    {t("from")}
                  </label>
                  <input
                    id="f-from"
                    name="from"
                    type="date"
                    defaultValue={filters.from ?? ""}
                    className={selectClass}
                  />
                </div>
                <div className="min-w-0 space-y-1">
                  <label htmlFor="f-to" className="block text-sm font-medium text-slate-800">
                    {t("to")}
                  </label>
                  <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} className={selectClass} />
                </div>
              </div>
              <p id="dates-hint" className="text-sm text-slate-600">
                {t("datesHint")}
              </p>
            </fieldset>
            {viewerAge !== null && typeof filters.age !== "number" ? (
              <label className="flex min-h-11 items-center gap-2 self-end text-sm">
                <input
                  type="checkbox"
                  name="age"
                  value="me"
                  defaultChecked={filters.age === "me"}
                  className="h-5 w-5 shrink-0 accent-brand-600"
                />
                {t("myAge", { age: viewerAge })}
              </label>
            ) : (
              <div className="min-w-0 space-y-1">
                <label htmlFor="f-age" className="block text-sm font-medium text-slate-800">
                  {t("age")}
                </label>
                <input
                  id="f-age"
                  name="age"
                  type="number"
                  inputMode="numeric"
                  min={14}
                  max={100}
                  defaultValue={typeof filters.age === "number" ? filters.age : ""}
                  aria-describedby="age-hint"
                  className={selectClass}
                />
                <p id="age-hint" className="text-sm text-slate-600">
                  {t("ageHint")}
                </p>
              </div>
            )}
            <label className="flex min-h-11 items-center gap-2 self-end text-sm">
              <input
                type="checkbox"
                name="online"
                value="1"
                defaultChecked={filters.online === true}
                className="h-5 w-5 shrink-0 accent-brand-600"
              />
              {t("online")}
            </label>
            <div className="min-w-0 space-y-1">
              <label htmlFor="f-sort" className="block text-sm font-medium text-slate-800">
                {t("sort")}
              </label>
              <select id="f-sort" name="sort" defaultValue={sort} className={selectClass}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`sorts.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </details>
      </Card>

      <section aria-labelledby="results-count" className="space-y-3">
        <h2 id="results-count" className="text-lg font-semibold">
          {/* A status inside the heading: a heading given role="status" is no longer a heading. */}
          <span role="status" data-testid="results-count">
            {t("count", { count: result.total })}
          </span>
        </h2>
        {result.searchedFor ? (
          <p className="text-slate-800" data-testid="searched-for">
            {t(result.searchedFor.mode === "corrected" ? "searchedForCorrected" : "searchedForBroadened", {
              query: result.searchedFor.query,
            })}
          </p>
        ) : null}
        {chips.length > 0 ? (
          <div className="flex flex-wrap items-center gap-2">
            <ul className="flex flex-wrap gap-2" aria-label={t("activeFilters")}>
              {chips.map((chip) => (
                <li key={chip.key}>
                  <a
                    href={`/${l}/projects${searchQueryString(filters, { [chip.key]: undefined, page: undefined })}`}
                    aria-label={t("removeFilter", { filter: chip.label })}
                    className="filter-chip"
                    data-testid="filter-chip"
                  >
                    {chip.label}
                    <span aria-hidden>×</span>
                  </a>
                </li>
              ))}
            </ul>
            <a
              href={`/${l}/projects`}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
            >
              {t("clear")}
            </a>
          </div>
        ) : null}
        {result.items.length === 0 ? (
          <EmptyState
            centered
            message={t("empty")}
            hint={t("emptyHint")}
            actions={
              filtering || filters.q || filters.page > 1 ? (
                <Link
                  href="/projects"
                  className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
                >
                  {t("clear")}
                </Link>
              ) : null
            }
          />
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {result.items.map((item) => (
              <ProjectCard key={item.id} item={item} locale={l} />
            ))}
          </ul>
        )}
      </section>

      <Pagination
        page={filters.page}
        pages={pages}
        href={(page) => `/projects${searchQueryString(filters, { page })}`}
      />
    </div>
  );
}

type Chip = { key: keyof SearchFilters; label: string };

/** The filters in use, each as the words of a chip that removes it. */
function activeFilters(
  filters: SearchFilters,
  locale: Locale,
  t: Awaited<ReturnType<typeof getTranslations<"search">>>,
  viewerAge: number | null,
): Chip[] {
  const chips: Chip[] = [];
  for (const { name, kind } of FILTER_SELECTS) {
    const value = filters[name];
    if (value) chips.push({ key: name, label: `${t(name)}: ${domainLabel(kind, value, locale)}` });
  }
  if (filters.sdg)
    chips.push({ key: "sdg", label: `${t("sdg")}: ${filters.sdg}. ${sdgByNumber(filters.sdg)?.name[locale] ?? ""}` });
  if (filters.from) chips.push({ key: "from", label: `${t("from")}: ${filters.from}` });
  if (filters.to) chips.push({ key: "to", label: `${t("to")}: ${filters.to}` });
  if (filters.age === "me" && viewerAge !== null) chips.push({ key: "age", label: t("myAge", { age: viewerAge }) });
  else if (typeof filters.age === "number") chips.push({ key: "age", label: `${t("age")}: ${filters.age}` });
  if (filters.online) chips.push({ key: "online", label: t("online") });
  return chips;
}

async function ProjectCard({ item, locale }: { item: SearchItem; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("search"), getFormatter()]);
  return (
    <Card as="li" className="flex min-w-0 flex-col gap-2 p-4" data-testid="search-result">
      <Badge tone="brand" className="self-start">
        {domainLabel("direction", item.primaryDirection, locale)}
      </Badge>
      <h3 className="text-lg font-semibold [overflow-wrap:anywhere]">
        <a href={`/${locale}/projects/${item.id}`} className="text-brand-700 underline-offset-2 hover:underline">
          {item.title}
        </a>
      </h3>
      <p className="text-sm text-slate-700">
        <a href={`/${locale}/organizers/${item.organizer.slug}`} className="underline">
          {item.organizer.name}
        </a>
        {item.organizer.verified ? (
          <Badge tone="green" size="sm" className="ml-2" data-testid="verified-badge">
            <span aria-hidden>✓</span>
            {t("verified")}
          </Badge>
        ) : null}
      </p>
      <p className="text-slate-800 [overflow-wrap:anywhere]">{item.excerpt}</p>
      <div className="mt-auto space-y-1 text-sm text-slate-700">
        <p>{format.dateTimeRange(item.startsAt, item.endsAt, { dateStyle: "medium", timeStyle: "short" })}</p>
        <p>{item.isOnline ? t("online_place") : placeLabel(item.settlement, item.regionCode, locale)}</p>
        <p
          className={`font-semibold ${item.placesLeft > 0 ? "text-green-800" : "text-slate-600"}`}
          data-testid="places-left"
        >
          {t("placesLeft", { count: item.placesLeft })}
        </p>
        {item.sdgs.length > 0 ? (
          <ul className="flex flex-wrap gap-1" aria-label={t("sdgs")}>
            {item.sdgs.map((n) => {
              const goal = sdgByNumber(n);
              return (
                <li key={n} title={goal?.name[locale]} className="sdg-chip" style={sdgStyle(n)}>
                  {n}
                  <span className="sr-only"> {goal?.name[locale]}</span>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
