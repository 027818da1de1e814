"use client";
import { useActionButton } from "@/components/forms/use-action-button";
import type { ActionFn } from "@/components/forms/action-outcome";

/** A destructive button: asks for confirmation, runs the action, reports a refusal. */
export function ConfirmButton<Input>({
  label,
  confirm,
  action,
  input,
}: {
  label: string;
  confirm: string;
  action: ActionFn<Input, unknown>;
  input: Input;
}) {
  const { run, pending, error } = useActionButton(action);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        className="rounded border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50"
        onClick={() => {
          if (window.confirm(confirm)) void run(input);
        }}
      >
        {label}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
