import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { MIN_GROUP_SIZE } from "@/modules/statistics/suppression";
import { OPEN_DATA_LICENSE } from "@/modules/statistics/open-data";
import { HELP_OPEN_DATA_FIELDS } from "@/modules/help/open-data";
import { currentYear } from "@/modules/statistics/schema";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "statistics.openData" });
  return { title: t("title") };
}

// Every field of the JSON, in the order it appears; the descriptions are in the message files.
const FIELDS = [
  ["dataset", "dataset"],
  ["version", "version"],
  ["year", "year"],
  ["asOf", "asOf"],
  ["license", "license"],
  ["documentation", "documentation"],
  ["methods", "methods"],
  ["wages[]", "wages"],
  ["wageStandIn", "wageStandIn"],
  ["definitions[]", "definitions"],
  ["national.year", "nationalYear"],
  ["national.months[]", "nationalMonths"],
  ["regions[]", "regions"],
  ["regions[].code", "regionCode"],
  ["regions[].name", "regionName"],
  ["regions[].months[]", "regionMonths"],
  ["…month", "month"],
  ["…activeVolunteers", "activeVolunteers"],
  ["…confirmedHours", "confirmedHours"],
  ["…economicValueKzt", "economicValueKzt"],
  ["…projects", "projects"],
  ["…events", "events"],
  ["…sdg[]", "sdg"],
  ["…sdg[].directHours, …sdg[].indirectHours", "sdgHours"],
  ["…withheld, …sdg[].withheld", "withheld"],
] as const;

const EXAMPLE = `{
  "dataset": "asar-volunteering-statistics",
  "version": 2,
  "year": 2026,
  "asOf": "2026-03-14T09:40:00.000Z",
  "national": {
    "year": { "activeVolunteers": 48210, "confirmedHours": 201344.5, "economicValueKzt": 512003400, "projects": 812, "events": 1530, "sdg": [ … ], "withheld": {} },
    "months": [ { "month": "2026-01", "activeVolunteers": 9120, … } ]
  },
  "regions": [
    { "code": "ULYTAU", "name": { "kk": "Ұлытау облысы", "ru": "область Ұлытау", "en": "Ulytau Region" },
      "months": [ { "month": "2026-01", "activeVolunteers": null, "confirmedHours": null, "economicValueKzt": null,
                    "projects": 2, "events": 1, "sdg": [ … ],
                    "withheld": { "activeVolunteers": "SMALL_GROUP", "confirmedHours": "SMALL_GROUP", "economicValueKzt": "SMALL_GROUP" } } ] }
  ]
}`;

/** How to use the open data: the endpoint, every field, the suppression rule and the license. */
export default async function OpenDataPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("statistics.openData");
  const url = `/api/open-data/statistics?year=${currentYear()}`;
  const helpUrl = `/api/open-data/help-requests?year=${currentYear()}`;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </header>

      <section aria-labelledby="endpoint" className="space-y-2">
        <h2 id="endpoint" className="text-xl font-semibold">
          {t("endpointTitle")}
        </h2>
        <p>
          <code className="rounded bg-slate-100 px-2 py-1 text-sm [overflow-wrap:anywhere]">
            GET /api/open-data/statistics?year=YYYY
          </code>
        </p>
        <p className="text-slate-800">{t("endpointText")}</p>
        <ul className="list-disc space-y-1 pl-6 text-slate-800">
          <li>{t("paramYear")}</li>
          <li>{t("caching")}</li>
          <li>{t("errors")}</li>
        </ul>
        <p>
          <a
            href={url}
            className="font-semibold text-brand-700 underline [overflow-wrap:anywhere]"
            data-testid="open-data-link"
          >
            {url}
          </a>
        </p>
      </section>

      <section aria-labelledby="fields" className="space-y-2">
        <h2 id="fields" className="text-xl font-semibold">
          {t("fieldsTitle")}
        </h2>
        <p className="text-slate-800">{t("fieldsLead")}</p>
        <FieldsTable
          label={t("fieldsTitle")}
          headings={[t("field"), t("meaning")]}
          rows={FIELDS.map(([path, key]) => [path, t(`fields.${key}`, { min: MIN_GROUP_SIZE })])}
        />
      </section>

      <section aria-labelledby="suppression" className="space-y-2">
        <h2 id="suppression" className="text-xl font-semibold">
          {t("suppressionTitle")}
        </h2>
        <p className="text-slate-800">{t("suppressionText", { min: MIN_GROUP_SIZE, max: MIN_GROUP_SIZE - 1 })}</p>
        <p className="text-slate-800">{t("complementaryText")}</p>
        <p className="text-slate-800">{t("privacyText")}</p>
      </section>

      <section id="help-requests" aria-labelledby="help-requests-title" className="space-y-2">
        <h2 id="help-requests-title" className="text-xl font-semibold">
          {t("help.title")}
        </h2>
        <p className="text-slate-800">{t("help.lead")}</p>
        <p>
          <code className="rounded bg-slate-100 px-2 py-1 text-sm [overflow-wrap:anywhere]">
            GET /api/open-data/help-requests?year=YYYY[&amp;format=csv&amp;table=cells|first-action|fields]
          </code>
        </p>
        <p className="text-slate-800">{t("help.endpointText")}</p>
        <p>
          <a
            href={helpUrl}
            className="font-semibold text-brand-700 underline [overflow-wrap:anywhere]"
            data-testid="open-data-help-link"
          >
            {helpUrl}
          </a>
        </p>
        <p className="text-slate-800">{t("help.fieldsLead")}</p>
        <FieldsTable
          label={t("help.title")}
          headings={[t("field"), t("meaning")]}
          rows={HELP_OPEN_DATA_FIELDS.map((key) => [key, t(`help.fields.${key}`, { min: MIN_GROUP_SIZE })])}
        />
        <p className="text-slate-800">{t("help.suppressionText", { min: MIN_GROUP_SIZE, max: MIN_GROUP_SIZE - 1 })}</p>
        <p className="text-slate-800">{t("help.privacyText")}</p>
      </section>

      <section aria-labelledby="license" className="space-y-2">
        <h2 id="license" className="text-xl font-semibold">
          {t("licenseTitle")}
        </h2>
        <p className="text-slate-800">
          {t("licenseText", { license: OPEN_DATA_LICENSE.name, attribution: OPEN_DATA_LICENSE.attribution })}{" "}
          <a href={OPEN_DATA_LICENSE.url} className="font-semibold text-brand-700 underline" rel="license">
            {OPEN_DATA_LICENSE.url}
          </a>
        </p>
      </section>

      <section aria-labelledby="example" className="space-y-2">
        <h2 id="example" className="text-xl font-semibold">
          {t("exampleTitle")}
        </h2>
        <pre
          className="overflow-x-auto rounded-xl bg-slate-900 p-4 text-xs text-slate-100"
          tabIndex={0}
          role="group"
          aria-label={t("exampleTitle")}
        >
          <code>{EXAMPLE}</code>
        </pre>
      </section>

      <p>
        <Link href="/statistics" className="font-semibold text-brand-700 underline">
          {t("toStatistics")}
        </Link>
      </p>
    </article>
  );
}

/** A published file's fields and what each means (the statistics and the requests for help). */
function FieldsTable({ label, headings, rows }: { label: string; headings: [string, string]; rows: string[][] }) {
  return (
    <ScrollRegion label={label}>
      <table className="w-full min-w-[34rem] text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {headings.map((h) => (
              <th key={h} scope="col" className="px-3 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map(([path, meaning]) => (
            <tr key={path} className="align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <code className="[overflow-wrap:anywhere]">{path}</code>
              </th>
              <td className="px-3 py-2">{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
