"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TRAININGS } from "@/domain/trainings";
import { certificateSchema } from "../schema";
import { addCertificateAction, removeCertificateAction } from "../actions";

/** Dates come formatted by the server: browsers lack Kazakh date formats, and formatting them
 * here would differ from the server's HTML (a hydration mismatch on /kk pages). */
type Held = { id: string; code: string; issuedBy: string | null; issuedOn: string; expiresOn: string | null };

/** The trainings a volunteer holds: some roles require one. */
export function Certificates({ held }: { held: Held[] }) {
  const t = useTranslations();
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(addCertificateAction, certificateSchema, {
    defaultValues: { training: "", issuedBy: "", issuedOn: "", expiresOn: "" },
    onSuccess: (): void => form.reset(),
  });
  const errors = form.formState.errors;

  return (
    <section
      id="certificates"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
      aria-labelledby="certificates-title"
    >
      <h2 id="certificates-title" className="text-lg font-semibold">
        {t("certificates.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("certificates.lead")}</p>
      {held.length === 0 ? (
        <p className="text-slate-600">{t("certificates.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200" data-testid="certificates">
          {held.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{t(`projects.training.${c.code}`)}</span>
                <span className="text-sm text-slate-600">
                  {" "}
                  · {c.issuedOn}
                  {c.issuedBy ? ` · ${c.issuedBy}` : ""}
                  {c.expiresOn ? ` · ${t("certificates.until", { date: c.expiresOn })}` : ""}
                </span>
              </span>
              <ConfirmButton
                label={t("certificates.remove")}
                confirm={t("certificates.confirmRemove")}
                action={removeCertificateAction}
                input={{ certificateId: c.id }}
              />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} noValidate className="space-y-4 border-t border-slate-200 pt-4">
        <ErrorSummary summary={summary} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="training" label={t("certificates.training")} error={fieldError("training")} required>
            <select
              id="training"
              className={inputClass}
              aria-invalid={!!errors.training}
              {...form.register("training")}
            >
              <option value="">{t("common.choose")}</option>
              {TRAININGS.map((tr) => (
                <option key={tr.code} value={tr.code}>
                  {t(`projects.training.${tr.code}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="issuedBy" label={t("certificates.issuedBy")} error={fieldError("issuedBy")}>
            <input id="issuedBy" className={inputClass} {...form.register("issuedBy")} />
          </Field>
          <Field id="issuedOn" label={t("certificates.issuedOn")} error={fieldError("issuedOn")} required>
            <input
              id="issuedOn"
              type="date"
              className={inputClass}
              aria-invalid={!!errors.issuedOn}
              {...form.register("issuedOn")}
            />
          </Field>
          <Field id="expiresOn" label={t("certificates.expiresOn")} error={fieldError("expiresOn")}>
            <input
              id="expiresOn"
              type="date"
              className={inputClass}
              aria-invalid={!!errors.expiresOn}
              {...form.register("expiresOn")}
            />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("certificates.add")}
        </Button>
      </form>
    </section>
  );
}
