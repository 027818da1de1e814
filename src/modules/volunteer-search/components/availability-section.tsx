import { getTranslations } from "next-intl/server";
import { db } from "@/server/db";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { isMinor } from "@/domain/age";
import type { Viewer } from "@/modules/accounts/viewer";
import { getMyAvailability } from "../availability";
import { AvailabilityForm } from "./availability-form";

/** The profile's availability part: its own card, form and action (the profile form is separate). */
export async function AvailabilitySection({ viewer }: { viewer: Viewer }) {
  const [data, t] = await Promise.all([getMyAvailability(db, viewer), getTranslations("volunteerSearch.availability")]);
  if (!data) return null;
  return (
    <Card as="section" id="availability" aria-labelledby="availability-title" className="space-y-4 p-6">
      <div>
        <h2 id="availability-title" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
      </div>
      <ClientMessages components={["modules/volunteer-search/components/availability-form"]}>
        <AvailabilityForm
          initial={{
            weeklyAvailability: data.weeklyAvailability,
            travelRange: data.travelRange,
            callOutRegions: data.callOutRegions,
            findable: data.findable,
          }}
          ownRegion={data.regionCode}
          minor={isMinor(data.birthDate, new Date())}
        />
      </ClientMessages>
    </Card>
  );
}
