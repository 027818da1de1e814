"use client";
import { useLocale, useTranslations } from "next-intl";
import { FieldErrorText, FormSuccess } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { domainLabel, optionsOf } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { DAY_PARTS, WEEK_DAYS } from "@/domain/week-slots";
import { availabilitySchema, type AvailabilityInput } from "../schema";
import { saveAvailabilityAction } from "../actions";

const TRAVEL_RANGES = ["SETTLEMENT", "REGION", "ANYWHERE"] as const;
const box = "h-5 w-5 shrink-0 accent-brand-600";

/**
 * When the volunteer can come, how far they go, which regions' call-outs they want and whether
 * organizers may find them: its own form on the profile, saved by its own action. Every group is a
 * fieldset with a legend, so a screen reader says "Monday, Morning (06–12)".
 */
export function AvailabilityForm({
  initial,
  ownRegion,
  minor,
}: {
  initial: AvailabilityInput;
  ownRegion: string;
  minor: boolean;
}) {
  const t = useTranslations("volunteerSearch.availability");
  const tAll = useTranslations();
  const locale = useLocale() as Locale;
  const { form, onSubmit, summary, success, fieldError, pending } = useActionForm(
    saveAvailabilityAction,
    availabilitySchema,
    { defaultValues: initial, onSuccess: () => t("saved"), id: "availability" },
  );
  const { register } = form;
  const otherRegions = optionsOf("region").filter((r) => r !== ownRegion);
  const otherChosen = (initial.callOutRegions ?? []).some((r) => r !== ownRegion);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" data-testid="availability-form">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />

      <div className="space-y-2">
        <h3 className="font-semibold">{t("weekly")}</h3>
        <p className="text-sm text-slate-600">{t("weeklyHint")}</p>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
          {WEEK_DAYS.map((day, d) => (
            <fieldset key={day} className="rounded-md border border-slate-200 p-2">
              <legend className="px-1 text-sm font-medium text-slate-800">{t(`days.${day}`)}</legend>
              {DAY_PARTS.map((part, p) => (
                <label key={part} className="flex min-h-11 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    id={d === 0 && p === 0 ? "weeklyAvailability" : `weeklyAvailability-${day}_${part}`}
                    value={`${day}_${part}`}
                    className={box}
                    {...register("weeklyAvailability")}
                  />
                  {t(`parts.${part}`)}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        <FieldErrorText name="weeklyAvailability" message={fieldError("weeklyAvailability")} />
      </div>

      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("travel.legend")}</legend>
        {TRAVEL_RANGES.map((range, i) => (
          <label key={range} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              id={i === 0 ? "travelRange" : `travelRange-${range}`}
              value={range}
              className={box}
              {...register("travelRange")}
            />
            {t(`travel.${range}`)}
          </label>
        ))}
        <FieldErrorText name="travelRange" message={fieldError("travelRange")} />
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("callOuts.legend")}</legend>
        <p className="text-sm text-slate-600" id="callOutRegions-hint">
          {t("callOuts.hint")}
        </p>
        {minor ? (
          <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("callOuts.minorNote")}
          </p>
        ) : null}
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            id="callOutRegions"
            value={ownRegion}
            className={box}
            aria-describedby="callOutRegions-hint"
            {...register("callOutRegions")}
          />
          {t("callOuts.ownRegion", { region: domainLabel("region", ownRegion, locale) })}
        </label>
        <details className="rounded-md border border-slate-200 p-2" open={otherChosen}>
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-brand-700">
            {t("callOuts.otherRegions")}
          </summary>
          <div className="grid gap-x-4 sm:grid-cols-2">
            {otherRegions.map((code) => (
              <label key={code} className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  id={`callOutRegions-${code}`}
                  value={code}
                  className={box}
                  {...register("callOutRegions")}
                />
                {domainLabel("region", code, locale)}
              </label>
            ))}
          </div>
        </details>
        <FieldErrorText name="callOutRegions" message={fieldError("callOutRegions")} />
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("findable.legend")}</legend>
        {minor ? (
          <p className="text-sm text-slate-700" data-testid="findable-minor">
            {t("findable.minor")}
          </p>
        ) : (
          <>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                id="findable"
                className={box}
                aria-describedby="findable-hint"
                {...register("findable")}
              />
              {t("findable.label")}
            </label>
            <p id="findable-hint" className="text-sm text-slate-600">
              {t("findable.hint")}
            </p>
          </>
        )}
      </fieldset>

      <Button type="submit" disabled={pending}>
        {pending ? tAll("common.wait") : t("save")}
      </Button>
    </form>
  );
}
