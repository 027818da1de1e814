"use client";
import { useTranslations } from "next-intl";
import { Link, useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormSuccess, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { duplicateProjectSchema, saveTemplateSchema } from "../schema";
import { duplicateProjectAction, saveTemplateAction } from "../actions";

/** On the organizer's project page: "Duplicate this project" to a date, and "Save as template". */
export function CopyProject({
  projectId,
  slug,
  defaultName,
}: {
  projectId: string;
  slug: string;
  defaultName: string;
}) {
  const t = useTranslations("projectTemplates.copy");
  const router = useRouter();
  const duplicate = useActionForm(duplicateProjectAction, duplicateProjectSchema, {
    defaultValues: { projectId, startDate: "" },
    onSuccess: (data) => router.push(`/projects/${data.id}?created=1`),
  });
  const save = useActionForm(saveTemplateAction, saveTemplateSchema, {
    defaultValues: { projectId, name: defaultName.slice(0, 120) },
    onSuccess: () => t("saved"),
  });
  return (
    <section
      className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
      aria-label={t("title")}
      data-testid="copy-project"
    >
      <form onSubmit={duplicate.onSubmit} noValidate className="space-y-2">
        <h2 className="font-semibold">{t("duplicate")}</h2>
        <p className="text-sm text-slate-600">{t("duplicateLead")}</p>
        <ErrorSummary summary={duplicate.summary} />
        <Field id="duplicate-startDate" label={t("startDate")} error={duplicate.fieldError("startDate")}>
          <input
            id="duplicate-startDate"
            type="date"
            className={inputClass}
            {...duplicate.form.register("startDate")}
          />
        </Field>
        <Button type="submit" disabled={duplicate.pending}>
          {t("duplicateSubmit")}
        </Button>
      </form>
      <form onSubmit={save.onSubmit} noValidate className="space-y-2">
        <h2 className="font-semibold">{t("template")}</h2>
        <p className="text-sm text-slate-600">{t("templateLead")}</p>
        <ErrorSummary summary={save.summary} />
        <Field id="template-name" label={t("name")} error={save.fieldError("name")}>
          <input id="template-name" className={inputClass} {...save.form.register("name")} />
        </Field>
        <Button type="submit" variant="secondary" disabled={save.pending}>
          {t("templateSubmit")}
        </Button>
        <FormSuccess message={save.success} />
        <p className="text-sm">
          <Link href={`/organizers/${slug}/templates`} className="text-brand-700 underline">
            {t("allTemplates")}
          </Link>
        </p>
      </form>
    </section>
  );
}
