import { getTranslations } from "next-intl/server";
import { PageSkeleton } from "@/components/ui/skeleton";

// Shown while the queue loads; who may see it is decided before, in layout.tsx.
export default async function Loading() {
  const t = await getTranslations("common");
  return <PageSkeleton label={t("loading")} cards={2} />;
}
