import { describe, expect, it } from "vitest";
import { changedValues, isSecretField, takeStash, writeStash } from "@/components/forms/form-stash";

/** sessionStorage's interface over a Map, as the browser has it. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as unknown as Storage & { map: Map<string, string> };
}

describe("what a form keeps across a language switch", () => {
  it("keeps only what the person changed, never a password or a token", () => {
    const defaults = { locale: "kk", name: "", email: "", password: "", birthDate: "", languages: [] };
    const values = {
      locale: "kk",
      name: "Әлия",
      email: "aliya@example.kz",
      password: "secret-words-here",
      birthDate: "",
      languages: ["kk", "ru"],
    };
    expect(changedValues(values, defaults)).toEqual({
      name: "Әлия",
      email: "aliya@example.kz",
      languages: ["kk", "ru"],
    });
    expect(changedValues({ newPassword: "x", confirmPassword: "x", token: "t" }, {})).toBeNull();
    expect(changedValues(defaults, defaults)).toBeNull();
    for (const name of ["password", "currentPassword", "newPassword", "confirmPassword", "token"])
      expect(isSecretField(name), name).toBe(true);
    expect(isSecretField("name")).toBe(false);
  });

  it("gives the values back once, to the same key, and only while fresh", () => {
    const storage = memoryStorage();
    writeStash("/sign-up/volunteer#email,name", { name: "Әлия" }, storage);
    expect(takeStash("/sign-up/organizer#email,name", storage)).toBeNull();
    expect(takeStash("/sign-up/volunteer#email,name", storage)).toEqual({ name: "Әлия" });
    expect(takeStash("/sign-up/volunteer#email,name", storage)).toBeNull();

    writeStash("k", { name: "old" }, storage);
    expect(takeStash("k", storage, Date.now() + 6 * 60 * 1000)).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it("drops a password even if something wrote one, and survives garbage", () => {
    const storage = memoryStorage();
    storage.setItem("asar:form:k", JSON.stringify({ at: Date.now(), values: { name: "A", password: "p" } }));
    expect(takeStash("k", storage)).toEqual({ name: "A" });
    storage.setItem("asar:form:k", "{not json");
    expect(takeStash("k", storage)).toBeNull();
    storage.setItem("asar:form:k", JSON.stringify({ at: Date.now(), values: ["a"] }));
    expect(takeStash("k", storage)).toBeNull();
  });

  it("forgets the values when a submit succeeded (null)", () => {
    const storage = memoryStorage();
    writeStash("k", { name: "A" }, storage);
    writeStash("k", null, storage);
    expect(takeStash("k", storage)).toBeNull();
  });
});
