import { expect, test } from "@playwright/test";

// A 15-year-old on a cheap phone: nothing may need sideways scrolling.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const path of ["/kk", "/ru/sign-up/volunteer", "/kk/sign-up/organizer", "/en/sign-in", "/ru/organizers/e2e-astana-group"]) {
  test(`${path} fits a 360 px screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
