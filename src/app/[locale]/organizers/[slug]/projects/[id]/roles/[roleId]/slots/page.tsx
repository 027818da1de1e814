import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { roleSlotsForOrganizer } from "@/modules/shifts/queries";
import { patternFormSchema, patternSlotCount, SLOT_FORM_FIELDS } from "@/modules/shifts/schema";
import {
  addPatternFormAction,
  addSlotFormAction,
  askToCoverFormAction,
  deleteSlotFormAction,
  editSlotFormAction,
} from "@/modules/shifts/actions";
import { refusalKey, ShiftsOutcome } from "@/modules/shifts/components/outcome";
import { SlotFields } from "@/modules/shifts/components/slot-fields";
import { WEEKDAYS } from "@/domain/slot-pattern";
import { utcToZoned } from "@/domain/time";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/field";

type Props = {
  params: Promise<{ locale: string; slug: string; id: string; roleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "shifts.organizer" });
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// A role's slots for its organizer's members (and admins); for anyone else the page does not
// exist (404), like a missing role. Server HTML and plain forms: works without JavaScript.
export default async function RoleSlotsPage({ params, searchParams }: Props) {
  const { locale, slug, id, roleId } = await params;
  setRequestLocale(locale);
  const here = `/organizers/${slug}/projects/${id}/roles/${roleId}/slots`;
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}${here}` } }, locale });
  const data = await roleSlotsForOrganizer(db, viewer, roleId);
  if (!data || data.role.project.id !== id) notFound();
  const raw = await searchParams;
  const [t, tAll, format] = await Promise.all([getTranslations("shifts"), getTranslations(), getFormatter()]);
  const { role, slots } = data;
  const project = role.project;
  const open = project.status !== "CANCELLED" && project.status !== "COMPLETED";
  const now = new Date();
  const when = (s: { startsAt: Date; endsAt: Date }) =>
    format.dateTimeRange(s.startsAt, s.endsAt, { dateStyle: "full", timeStyle: "short" });

  // The pattern form is a GET to this page: its values come back in the URL with the number of
  // slots they make, and "Generate" posts them.
  const previewInput = raw.preview
    ? patternFormSchema.safeParse({
        roleId,
        from: one(raw.from),
        weekdays: raw.weekdays,
        start: one(raw.start),
        end: one(raw.end),
        weeks: one(raw.weeks),
        capacity: one(raw.capacity),
      })
    : null;
  const preview = previewInput?.success ? previewInput.data.pattern : null;
  const previewError = previewInput && !previewInput.success ? previewInput.error.issues[0]?.message : undefined;
  const today = utcToZoned(now).date;
  const hidden = (
    <>
      <input type="hidden" name="roleId" value={role.id} />
      <input type="hidden" name="projectId" value={project.id} />
      <input type="hidden" name="slug" value={slug} />
    </>
  );

  // One slot's edit form at a time, opened by its link (a GET, like the pattern's preview); a
  // refused edit comes back with the form open, what was typed and the error next to its field.
  const editing = slots.find((s) => s.id === one(raw.edit) && s.startsAt > now && open);
  const editError = editing && one(raw.error) ? tAll(refusalKey(tAll, one(raw.error)!)) : undefined;
  const editField = SLOT_FORM_FIELDS.find((f) => f === one(raw.field));
  const labels = {
    date: t("organizer.date"),
    from: t("organizer.from"),
    start: t("organizer.start"),
    end: t("organizer.end"),
    capacity: t("organizer.capacity"),
    weeks: t("organizer.weeks"),
  };

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/projects/${project.id}`} className="text-sm text-brand-700 underline">
          ← {project.title}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("organizer.heading", { role: role.title })}</h1>
        <p className="mt-1 text-slate-700">{t("organizer.lead")}</p>
      </div>
      <ShiftsOutcome
        done={one(raw.done)}
        n={one(raw.n)}
        error={(editing ? undefined : one(raw.error)) ?? previewError}
      />

      <section aria-labelledby="slots-list" className="space-y-3">
        <h2 id="slots-list" className="text-lg font-semibold">
          {t("organizer.listHeading", { count: data.total })}
        </h2>
        {slots.length === 0 ? (
          <EmptyState message={t("organizer.empty")} />
        ) : (
          <ul className="space-y-3">
            {slots.map((s) => {
              const confirmed = s.signups.filter((g) => g.status === "CONFIRMED");
              const waiting = s.signups.filter((g) => g.status === "WAITLISTED");
              const pending = s.signups.filter((g) => g.status === "PENDING");
              const future = s.startsAt > now;
              const free = s.capacity - s.acceptedCount;
              return (
                <Card as="li" key={s.id} id={`slot-${s.id}`} className="space-y-2 p-4" data-testid="organizer-slot">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="font-semibold">{when(s)}</h3>
                    <Badge tone={free > 0 ? "amber" : "green"} data-testid="slot-fill">
                      {t("organizer.fill", { taken: s.acceptedCount, capacity: s.capacity })}
                    </Badge>
                  </div>
                  {confirmed.length > 0 ? (
                    <p className="text-sm">
                      {t("organizer.confirmed")}: {confirmed.map((g) => g.volunteer.name).join(", ")}
                    </p>
                  ) : null}
                  {waiting.length > 0 ? (
                    <p className="text-sm" data-testid="slot-waitlist">
                      {t("organizer.waitlist", { count: waiting.length })}:{" "}
                      {waiting.map((g, i) => `${i + 1}. ${g.volunteer.name}`).join(", ")}
                    </p>
                  ) : null}
                  {pending.length > 0 ? (
                    <p className="text-sm text-slate-600">{t("organizer.pending", { count: pending.length })}</p>
                  ) : null}
                  {editing?.id === s.id ? (
                    <form
                      action={editSlotFormAction}
                      className="grid gap-3 border-t border-slate-200 pt-3 sm:grid-cols-2"
                      data-testid="edit-slot-form"
                    >
                      {hidden}
                      <input type="hidden" name="slotId" value={s.id} />
                      {editError && !editField ? (
                        <div className="sm:col-span-2">
                          <FormError message={editError} />
                        </div>
                      ) : null}
                      <SlotFields
                        prefix="edit"
                        fields={["date", "capacity", "start", "end"]}
                        labels={labels}
                        today={today}
                        values={
                          editError
                            ? {
                                date: one(raw.date),
                                capacity: one(raw.capacity),
                                start: one(raw.start),
                                end: one(raw.end),
                              }
                            : {
                                date: utcToZoned(s.startsAt).date,
                                capacity: s.capacity,
                                start: utcToZoned(s.startsAt).time,
                                end: utcToZoned(s.endsAt).time,
                              }
                        }
                        errors={editField ? { [editField]: editError } : undefined}
                        hints={{ capacity: t("organizer.placesTaken", { taken: s.acceptedCount }) }}
                        minPlaces={Math.max(1, s.acceptedCount)}
                      />
                      <p className="text-sm sm:col-span-2">{t("organizer.editTells", { count: s.signups.length })}</p>
                      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
                        <Button type="submit" data-testid="save-slot">
                          {t("organizer.editSave")}
                        </Button>
                        <Link href={`${here}#slot-${s.id}`} className="text-sm font-semibold text-brand-700 underline">
                          {t("organizer.editCancel")}
                        </Link>
                      </div>
                    </form>
                  ) : null}
                  {open ? (
                    <div className="flex flex-wrap items-start gap-3">
                      {future && editing?.id !== s.id ? (
                        <Link
                          href={{ pathname: here, query: { edit: s.id }, hash: `slot-${s.id}` }}
                          className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline"
                          data-testid="edit-slot"
                        >
                          {t("organizer.edit")}
                        </Link>
                      ) : null}
                      {future && free > 0 && project.status === "PUBLISHED" ? (
                        <form action={askToCoverFormAction}>
                          {hidden}
                          <input type="hidden" name="slotId" value={s.id} />
                          <Button type="submit" variant="secondary" data-testid="ask-to-cover">
                            {t("organizer.askToCover")}
                          </Button>
                        </form>
                      ) : null}
                      {/* A native disclosure: the confirmation works without JavaScript. */}
                      <details className="rounded-md border border-slate-200 px-3 py-2">
                        <summary className="cursor-pointer font-semibold text-red-800">{t("organizer.delete")}</summary>
                        <form action={deleteSlotFormAction} className="mt-2 space-y-2">
                          {hidden}
                          <input type="hidden" name="slotId" value={s.id} />
                          <p className="text-sm">
                            {s.signups.length > 0
                              ? t("organizer.deleteTells", { count: s.signups.length })
                              : t("organizer.deleteEmpty")}
                          </p>
                          <Button type="submit" variant="danger" data-testid="confirm-delete-slot">
                            {t("organizer.deleteConfirm")}
                          </Button>
                        </form>
                      </details>
                    </div>
                  ) : null}
                </Card>
              );
            })}
          </ul>
        )}
      </section>

      {open ? (
        <>
          <section aria-labelledby="add-pattern" className="space-y-3">
            <h2 id="add-pattern" className="text-lg font-semibold">
              {t("organizer.patternHeading")}
            </h2>
            <p className="text-sm text-slate-700">{t("organizer.patternLead")}</p>
            <Card
              as="form"
              method="get"
              action={`/${locale}${here}`}
              className="space-y-3 p-4"
              data-testid="pattern-form"
            >
              <input type="hidden" name="preview" value="1" />
              <fieldset>
                <legend className="block text-sm font-medium text-slate-800">{t("organizer.weekdays")}</legend>
                <div className="mt-1 flex flex-wrap gap-3">
                  {WEEKDAYS.map((d) => (
                    <label key={d} className="inline-flex min-h-11 items-center gap-2">
                      <input
                        type="checkbox"
                        name="weekdays"
                        value={d}
                        defaultChecked={preview ? preview.weekdays.includes(d) : false}
                        className="h-5 w-5"
                      />
                      {t(`weekday.${d}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
              <div className="grid gap-3 sm:grid-cols-3">
                <SlotFields
                  prefix="pattern"
                  fields={["from", "start", "end", "weeks", "capacity"]}
                  labels={labels}
                  today={today}
                  values={{
                    from: one(raw.from) ?? today,
                    start: one(raw.start) ?? "10:00",
                    end: one(raw.end) ?? "14:00",
                    weeks: one(raw.weeks) ?? "8",
                    capacity: one(raw.capacity) ?? "6",
                  }}
                />
              </div>
              <Button type="submit" variant="secondary" data-testid="pattern-preview">
                {t("organizer.preview")}
              </Button>
            </Card>
            {preview ? (
              <Card as="form" action={addPatternFormAction} className="space-y-3 p-4" data-testid="pattern-generate">
                {hidden}
                <input type="hidden" name="from" value={preview.from} />
                {preview.weekdays.map((d) => (
                  <input key={d} type="hidden" name="weekdays" value={d} />
                ))}
                <input type="hidden" name="start" value={preview.start} />
                <input type="hidden" name="end" value={preview.end} />
                <input type="hidden" name="weeks" value={preview.weeks} />
                <input type="hidden" name="capacity" value={preview.capacity} />
                <p role="status" data-testid="pattern-count">
                  {t("organizer.previewCount", { count: patternSlotCount(preview) })}
                </p>
                <Button type="submit" data-testid="pattern-confirm">
                  {t("organizer.generate", { count: patternSlotCount(preview) })}
                </Button>
              </Card>
            ) : null}
          </section>

          <section aria-labelledby="add-one" className="space-y-3">
            <h2 id="add-one" className="text-lg font-semibold">
              {t("organizer.addHeading")}
            </h2>
            <Card
              as="form"
              action={addSlotFormAction}
              className="grid gap-3 p-4 sm:grid-cols-2"
              data-testid="add-slot-form"
            >
              {hidden}
              <SlotFields
                prefix="slot"
                fields={["date", "capacity", "start", "end"]}
                labels={labels}
                today={today}
                values={{ capacity: "6", start: "10:00", end: "14:00" }}
              />
              <div>
                <Button type="submit" data-testid="add-slot">
                  {t("organizer.add")}
                </Button>
              </div>
            </Card>
          </section>
        </>
      ) : null}
    </div>
  );
}
