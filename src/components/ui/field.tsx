import {
  Children,
  cloneElement,
  isValidElement,
  type InputHTMLAttributes,
  type ReactElement,
  type ReactNode,
} from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600";

/** Space-separated ids without blanks or repeats, or undefined when none is left. */
export function describedBy(...ids: (string | null | undefined | false)[]): string | undefined {
  const all = [...new Set(ids.flatMap((id) => (id ? id.split(/\s+/) : [])).filter(Boolean))];
  return all.length ? all.join(" ") : undefined;
}

type ControlProps = { "aria-describedby"?: string; "aria-invalid"?: unknown };

/**
 * A labelled form control with its hint and its error, tied together for screen readers: the
 * control (the one element inside) gets aria-describedby naming the hint and the error, and
 * aria-invalid while there is an error, so a screen reader says why it is invalid. A control
 * that is a component (CodeSelect) passes both props on to its element.
 */
export function Field(props: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
  required?: boolean;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const only = Children.count(props.children) === 1 ? Children.toArray(props.children)[0] : null;
  const control = isValidElement<ControlProps>(only)
    ? cloneElement(only as ReactElement<ControlProps>, {
        "aria-describedby": describedBy(only.props["aria-describedby"], hintId, errorId),
        "aria-invalid": only.props["aria-invalid"] ?? (props.error ? true : undefined),
      })
    : props.children;
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
        {props.required ? <span className="text-red-700"> *</span> : null}
      </label>
      {control}
      {props.hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {props.hint}
        </p>
      ) : null}
      <FieldErrorText id={errorId} name={props.id} message={props.error} />
    </div>
  );
}

/**
 * The error under a control. Not a live region: after a submit the form's error summary takes
 * the focus and is read out, and the control names this text in its aria-describedby.
 */
export function FieldErrorText({ id, name, message }: { id?: string; name: string; message?: string | null }) {
  if (!message) return null;
  return (
    <p id={id ?? `${name}-error`} className="text-sm font-medium text-red-700" data-field-error={name}>
      {message}
    </p>
  );
}

export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
      {message}
    </div>
  );
}

/**
 * What an action did. Marked as the place focus goes after the action when the element that had
 * focus is gone (src/components/forms/focus-after-action.ts), so the next Tab starts here.
 */
export function FormSuccess({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div
      role="status"
      tabIndex={-1}
      data-focus-after-action=""
      className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-800"
    >
      {message}
    </div>
  );
}

/**
 * A <Field> around a plain <input> registered with react-hook-form: the markup every text,
 * email, password and date field repeats. The other props go to the input.
 */
export function InputField({
  id,
  label,
  hint,
  error,
  required,
  registration,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  registration: UseFormRegisterReturn;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "required">) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <input id={id} className={inputClass} {...input} {...registration} />
    </Field>
  );
}
