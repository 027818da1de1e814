import { getTranslations } from "next-intl/server";
import { PageSkeleton } from "@/components/ui/skeleton";

// Shown while the page reads its data. It sits in a route group so that it covers this page
// only: a loading boundary above a page that may answer 404 or redirect would start the response
// (status 200) before that page decides.
export default async function Loading() {
  const t = await getTranslations("common");
  return <PageSkeleton label={t("loading")} />;
}
