"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionButton } from "@/components/forms/use-action-button";
import { hideTestimonialAction } from "../actions";

/** Staff's choice on a testimonial: hide it, or keep (show) it; either settles its reports. */
export function TestimonialVisibility({ testimonialId, hidden }: { testimonialId: string; hidden: boolean }) {
  const t = useTranslations("testimonials.moderation");
  const run = useActionButton(hideTestimonialAction);
  const act = (hide: boolean) => {
    if (hide && !window.confirm(t("confirmHide"))) return;
    void run.run({ testimonialId, hidden: hide });
  };
  return (
    <div className="space-y-2">
      <FormError message={run.error} />
      <div className="flex flex-wrap gap-2">
        {hidden ? null : (
          <Button type="button" variant="danger" disabled={run.pending} onClick={() => act(true)}>
            {t("hide")}
          </Button>
        )}
        <Button type="button" variant="secondary" disabled={run.pending} onClick={() => act(false)}>
          {hidden ? t("show") : t("keep")}
        </Button>
      </div>
    </div>
  );
}
