"use client";
import { useActionState, useId, useState } from "react";
import type { ComposerState } from "../actions";

type Option = { value: string; label: string };

/**
 * The send form of a thread and the team's "message everyone": a plain form posting to a server
 * action through useActionState, so it works before (or without) JavaScript, and what was typed
 * stays when the server refuses (the state carries it back; the fields are controlled, so React's
 * reset after the action does not empty them). The words come from the server page as props: no
 * messages are shipped to the browser.
 */
export function MessageComposer({
  action,
  hidden,
  labels,
  maxLength,
  initialBody = "",
  select,
  testId,
}: {
  action: (state: ComposerState, formData: FormData) => Promise<ComposerState>;
  hidden: Record<string, string>;
  labels: { body: string; hint: string; submit: string; sending: string };
  maxLength: number;
  initialBody?: string;
  select?: { name: string; label: string; placeholder: string; groups: { label: string; options: Option[] }[] };
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null, body: initialBody });
  const [body, setBody] = useState(state.body);
  const [target, setTarget] = useState(state.target ?? "");
  // A new answer from the server puts back what it carries (adjusting state while rendering).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setBody(state.body);
    setTarget(state.target ?? "");
  }
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <form action={formAction} className="space-y-2" data-testid={testId}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.error ? (
        <p id={errorId} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      {select ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-select`} className="block font-medium">
            {select.label}
          </label>
          <select
            id={`${id}-select`}
            name={select.name}
            required
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{select.placeholder}</option>
            {select.groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      ) : null}
      <label htmlFor={`${id}-body`} className="block font-medium">
        {labels.body}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={4}
        required
        maxLength={maxLength}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-describedby={state.error ? `${errorId} ${hintId}` : hintId}
        aria-invalid={state.error ? true : undefined}
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
      />
      <p id={hintId} className="text-sm text-slate-600">
        {labels.hint}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:bg-slate-400"
      >
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
