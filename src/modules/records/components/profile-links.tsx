import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";

/** On the profile page: the way to the record and certificates (volunteers) and to the personal-data page (everyone). */
export async function ProfileRecordLinks({ volunteer = true }: { volunteer?: boolean }) {
  const t = await getTranslations("records.profile");
  return (
    <Card as="section" aria-labelledby="record-links" className="p-6">
      <h2 id="record-links" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-6">
        {volunteer ? (
          <li>
            <Link href="/my/record" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              {t("record")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link
            href="/my/data"
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
            data-testid="my-data-link"
          >
            {t("data")}
          </Link>
        </li>
      </ul>
    </Card>
  );
}
