import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { FormSuccess } from "@/components/ui/field";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, preferenceKey, type OptOuts } from "../kinds";
import { savePreferencesFormAction } from "../actions";

/**
 * The profile's notification switches: one fieldset per kind (its legend names it), one checkbox
 * per channel. Server HTML and a plain form post, so it works without JavaScript and stays light;
 * on a narrow phone the three boxes of a kind wrap under its name.
 */
export async function NotificationSettings({
  optOuts,
  outcome,
  children,
}: {
  optOuts: OptOuts;
  /** From the redirect after saving. */
  outcome?: "saved" | "failed";
  /** The devices for push (a client island), shown under the switches. */
  children?: React.ReactNode;
}) {
  const t = await getTranslations("notifications.settings");
  return (
    <Card
      as="section"
      id="notification-settings"
      aria-labelledby="notification-settings-title"
      className="space-y-4 p-4 sm:p-6"
    >
      <h2 id="notification-settings-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {outcome === "saved" ? <FormSuccess message={t("saved")} /> : null}
      {outcome === "failed" ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
          {t("failed")}
        </p>
      ) : null}
      <form action={savePreferencesFormAction} className="space-y-3" data-testid="notification-settings-form">
        {NOTIFICATION_KINDS.map((kind) => (
          <fieldset
            key={kind}
            className="rounded-md border border-slate-200 px-3 pb-3 pt-1"
            aria-describedby={`kind-${kind}-hint`}
            data-kind={kind}
          >
            <legend className="px-1 font-semibold">{t(`kind.${kind}.title`)}</legend>
            <p id={`kind-${kind}-hint`} className="text-sm text-slate-600">
              {t(`kind.${kind}.hint`)}
            </p>
            <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
              {NOTIFICATION_CHANNELS.map((channel) => {
                const key = preferenceKey(kind, channel);
                return (
                  <label key={channel} className="inline-flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      name="on"
                      value={key}
                      defaultChecked={!optOuts.has(key)}
                      className="h-5 w-5 accent-brand-600"
                    />
                    {t(`channel.${channel}`)}
                  </label>
                );
              })}
            </div>
          </fieldset>
        ))}
        <p className="text-sm text-slate-600">{t("security")}</p>
        <Button type="submit">{t("save")}</Button>
      </form>
      {children}
    </Card>
  );
}
