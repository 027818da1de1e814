import type { InputHTMLAttributes } from "react";
import { Field, inputClass } from "@/components/ui/field";

type Props = { id: string; label: string; error?: string; hint?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "className"
>;

/**
 * One labelled input of the slots page's plain forms (add, pattern, edit), required, with its
 * hint and the refusal next to it. Server HTML: the page translates the words it is given.
 */
export function SlotField({ id, label, error, hint, ...input }: Props) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input id={id} required className={inputClass} {...input} />
    </Field>
  );
}
