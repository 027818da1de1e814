import { expect, test } from "@playwright/test";

// A 15-year-old on a cheap phone (320 px is the narrowest common screen): nothing may need
// sideways scrolling, and no text may spill out of its box.
test.use({ viewport: { width: 320, height: 740 }, isMobile: true, hasTouch: true });

for (const path of [
  "/kk",
  "/ru/sign-up/volunteer",
  "/kk/sign-up/organizer",
  "/en/sign-in",
  "/ru/organizers/e2e-astana-group",
  "/kk/projects",
]) {
  test(`${path} fits a 320 px screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const spilling = await page.evaluate(() =>
      [...document.querySelectorAll("main *, header *")]
        .filter(
          (el) =>
            el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible" && el.clientWidth > 0,
        )
        .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 40)}`),
    );
    expect(spilling).toEqual([]);
  });
}
