import { describe, expect, it } from "vitest";
import { clickTarget, notificationFromPush, sameOriginUrl } from "../../src/modules/pwa/push-payload";

const ORIGIN = "https://asar.kz";

describe("a push message's notification", () => {
  it("shows the contract's title, body, tag and answer buttons, each with its own link", () => {
    const payload = JSON.stringify({
      title: "Су тасқыны: Атырау",
      body: "12 адам керек, ертең 09:00",
      url: "/kk/call-outs/co_1",
      tag: "call-out-co_1",
      actions: [
        { action: "coming", title: "Барамын", url: "/kk/call-outs/co_1?answer=coming" },
        { action: "cant", title: "Бара алмаймын", url: "/kk/call-outs/co_1?answer=cant" },
      ],
    });
    const { title, options } = notificationFromPush(payload, ORIGIN);
    expect(title).toBe("Су тасқыны: Атырау");
    expect(options.body).toBe("12 адам керек, ертең 09:00");
    expect(options.tag).toBe("call-out-co_1");
    expect(options.icon).toBe("/icons/icon-192.png");
    expect(options.actions).toEqual([
      { action: "coming", title: "Барамын" },
      { action: "cant", title: "Бара алмаймын" },
    ]);
    expect(options.data).toEqual({
      url: "https://asar.kz/kk/call-outs/co_1",
      actions: {
        coming: "https://asar.kz/kk/call-outs/co_1?answer=coming",
        cant: "https://asar.kz/kk/call-outs/co_1?answer=cant",
      },
    });
  });

  it("drops links to other sites: the notification opens the home page, the button is not shown", () => {
    const { options } = notificationFromPush(
      JSON.stringify({
        title: "t",
        body: "b",
        url: "https://evil.example/kk",
        actions: [
          { action: "go", title: "Go", url: "javascript:alert(1)" },
          { action: "go2", title: "Go", url: "//evil.example/x" },
          { action: "ok", title: "OK", url: "/en/notifications" },
        ],
      }),
      ORIGIN,
    );
    expect(options.data.url).toBe("https://asar.kz/");
    expect(options.actions).toEqual([{ action: "ok", title: "OK" }]);
    expect(options.data.actions).toEqual({ ok: "https://asar.kz/en/notifications" });
  });

  it("still shows an Asar notification for an empty or broken message (browsers require one)", () => {
    for (const payload of [null, "", "not json", "[1,2]", "null", JSON.stringify({ title: 5, body: {} })]) {
      const { title, options } = notificationFromPush(payload, ORIGIN);
      expect(title).toBe("Asar");
      expect(options.body).toBe("");
      expect(options.data.url).toBe("https://asar.kz/");
      expect(options.actions).toEqual([]);
    }
  });

  it("keeps at most two buttons and cuts oversized text", () => {
    const actions = ["a", "b", "c"].map((a) => ({ action: a, title: a, url: `/kk/${a}` }));
    const { title, options } = notificationFromPush(
      JSON.stringify({ title: "x".repeat(500), body: "y".repeat(5000), url: "/kk", actions }),
      ORIGIN,
    );
    expect(options.actions.map((a) => a.action)).toEqual(["a", "b"]);
    expect(title.length).toBe(120);
    expect(options.body.length).toBe(500);
  });
});

describe("where a click goes", () => {
  const data = {
    url: "https://asar.kz/ru/call-outs/co_1",
    actions: { coming: "https://asar.kz/ru/call-outs/co_1?answer=coming" },
  };

  it("opens the clicked button's link, or the notification's for a click on its body", () => {
    expect(clickTarget(data, "coming", ORIGIN)).toBe("https://asar.kz/ru/call-outs/co_1?answer=coming");
    expect(clickTarget(data, "", ORIGIN)).toBe("https://asar.kz/ru/call-outs/co_1");
    expect(clickTarget(data, "unknown", ORIGIN)).toBe("https://asar.kz/ru/call-outs/co_1");
    // Not a property every object has.
    expect(clickTarget(data, "toString", ORIGIN)).toBe("https://asar.kz/ru/call-outs/co_1");
  });

  it("never leaves the site, whatever the notification's data says", () => {
    expect(clickTarget({ url: "https://evil.example/", actions: { a: "https://evil.example/" } }, "a", ORIGIN)).toBe(
      "https://asar.kz/",
    );
    expect(clickTarget(null, "", ORIGIN)).toBe("https://asar.kz/");
    expect(clickTarget({ url: 42 }, "", ORIGIN)).toBe("https://asar.kz/");
  });

  it("resolves site paths and refuses other schemes", () => {
    expect(sameOriginUrl("/kk/my?x=1#top", ORIGIN)).toBe("https://asar.kz/kk/my?x=1#top");
    expect(sameOriginUrl("data:text/html,hi", ORIGIN)).toBeNull();
    expect(sameOriginUrl("https://asar.kz.evil.example/", ORIGIN)).toBeNull();
    expect(sameOriginUrl("/" + "a".repeat(3000), ORIGIN)).toBeNull();
  });
});
