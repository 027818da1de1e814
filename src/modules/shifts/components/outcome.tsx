import { getTranslations } from "next-intl/server";
import { FormError, FormSuccess } from "@/components/ui/field";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/** The message key of a refusal that came back in the query, when it is one; else the generic error. */
export function refusalKey(t: Translator, error: string): string {
  return /^[a-zA-Z]+(\.[A-Za-z0-9_]+)+$/.test(error) && t.has(error) ? error : "errors.INVALID_INPUT";
}

/**
 * What a plain form post of the shifts pages did, from the query it came back with: `done` (and
 * a count `n`) said as shifts.done.<done>, or the refusal's message key translated. An unknown
 * key is said as the generic error, never echoed.
 */
export async function ShiftsOutcome({ done, n, error }: { done?: string; n?: string; error?: string }) {
  const t = await getTranslations();
  if (error) {
    const key = refusalKey(t, error);
    return (
      <div data-testid="shifts-error" data-key={key}>
        <FormError message={t(key)} />
      </div>
    );
  }
  if (done && t.has(`shifts.done.${done}`)) {
    const count = Number.parseInt(n ?? "0", 10);
    return (
      <div data-testid="shifts-done">
        <FormSuccess message={t(`shifts.done.${done}`, { count: Number.isFinite(count) ? count : 0 })} />
      </div>
    );
  }
  return null;
}
