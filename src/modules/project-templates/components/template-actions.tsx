"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { createFromTemplateSchema } from "../schema";
import { createFromTemplateAction, deleteTemplateAction } from "../actions";

/** One template's controls: a new project from it at a date, and delete (after confirming). */
export function TemplateActions({ templateId, name }: { templateId: string; name: string }) {
  const t = useTranslations("projectTemplates.list");
  const router = useRouter();
  const create = useActionForm(createFromTemplateAction, createFromTemplateSchema, {
    id: `template-${templateId}`,
    defaultValues: { templateId, startDate: "" },
    onSuccess: (data) => router.push(`/projects/${data.id}?created=1`),
  });
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <form onSubmit={create.onSubmit} noValidate className="flex flex-wrap items-end gap-2">
        <ErrorSummary summary={create.summary} />
        <Field id={`startDate-${templateId}`} label={t("startDate")} error={create.fieldError("startDate")}>
          <input
            id={`startDate-${templateId}`}
            type="date"
            className={inputClass}
            {...create.form.register("startDate")}
          />
        </Field>
        <Button type="submit" disabled={create.pending}>
          {t("create")}
        </Button>
      </form>
      <ConfirmButton
        label={t("delete")}
        confirm={t("confirmDelete", { name })}
        action={deleteTemplateAction}
        input={{ templateId }}
      />
    </div>
  );
}
