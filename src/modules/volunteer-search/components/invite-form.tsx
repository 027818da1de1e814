"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormSuccess, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { INVITATION_MESSAGE_MAX, inviteVolunteerSchema } from "../schema";
import { inviteVolunteerAction } from "../actions";

/** Invites one listed volunteer to the role, with an optional short note. */
export function InviteForm({ roleId, volunteerId, name }: { roleId: string; volunteerId: string; name: string }) {
  const t = useTranslations("volunteerSearch.find");
  const tAll = useTranslations();
  const [sent, setSent] = useState(false);
  const fieldId = `message-${volunteerId}`;
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(inviteVolunteerAction, inviteVolunteerSchema, {
    defaultValues: { roleId, volunteerId, message: "" },
    onSuccess: () => setSent(true),
    id: fieldId,
  });
  if (sent) return <FormSuccess message={t("sent", { name })} />;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" data-testid="invite-form">
      <ErrorSummary summary={summary} />
      <input type="hidden" {...form.register("roleId")} />
      <input type="hidden" {...form.register("volunteerId")} />
      <Field id={fieldId} label={t("message")} hint={t("messageHint")} error={fieldError("message")}>
        <textarea
          id={fieldId}
          rows={2}
          maxLength={INVITATION_MESSAGE_MAX}
          className={inputClass}
          {...form.register("message")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? tAll("common.wait") : t("invite", { name })}
      </Button>
    </form>
  );
}
