"use client";
import { useEffect, useState } from "react";

/**
 * Suggestions for a search box, as the options of its <datalist>: fetched from
 * /api/search/suggest as the person types. Without JavaScript the box is a plain input of a GET
 * form and works as before; this only adds the list.
 */
export function SearchSuggestions({ inputId, listId, locale }: { inputId: string; listId: string; locale: string }) {
  const [options, setOptions] = useState<string[]>([]);
  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        controller?.abort();
        controller = new AbortController();
        const q = input.value.trim();
        if (q.length < 2) return setOptions([]);
        try {
          const url = `/api/search/suggest?locale=${locale}&q=${encodeURIComponent(q)}`;
          const response = await fetch(url, { signal: controller.signal });
          if (response.ok) setOptions((await response.json()) as string[]);
        } catch {
          // Aborted by the next keystroke, or offline: the box still searches.
        }
      }, 150);
    };
    input.addEventListener("input", onInput);
    return () => {
      input.removeEventListener("input", onInput);
      clearTimeout(timer);
      controller?.abort();
    };
  }, [inputId, locale]);
  return (
    <datalist id={listId}>
      {options.map((o) => (
        <option key={o} value={o} />
      ))}
    </datalist>
  );
}
