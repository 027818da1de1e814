// After an action the element that had focus (the submit button, the form) is often gone: the
// form turned into its result, or the page changed. The browser then leaves focus on <body> and
// the next Tab starts from where the button was, in the middle of the new page. So the focus goes
// to what happened: a new result message (FormSuccess, or any element marked
// data-focus-after-action), else the heading of a page the action navigated to.

const RESULT = "[data-focus-after-action]";
const HEADING = "main h1";
/** A navigation after an action takes a server round trip; past this the page is not changing. */
const WAIT_MS = 10_000;

function lost(before: Element | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === before || !active.isConnected;
}

/**
 * Call when an action has succeeded, with what had focus when it was submitted. Waits (frame by
 * frame) for a result message or a page heading that was not there before and focuses it, unless
 * the person has meanwhile moved the focus somewhere else.
 */
export function focusAfterAction(before: Element | null): void {
  if (typeof document === "undefined") return;
  const oldResults = new Set(document.querySelectorAll(RESULT));
  const oldHeading = document.querySelector(HEADING);
  const started = performance.now();
  const tick = () => {
    if (!lost(before)) return;
    const result = [...document.querySelectorAll<HTMLElement>(RESULT)].find((e) => !oldResults.has(e));
    const heading = document.querySelector<HTMLElement>(HEADING);
    const target = result ?? (heading && heading !== oldHeading ? heading : null);
    if (target) {
      if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
      target.focus();
      return;
    }
    if (performance.now() - started < WAIT_MS) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
