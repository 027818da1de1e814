import { describe, expect, it } from "vitest";
import { parseEnv } from "../../src/server/env-schema";

describe("settings", () => {
  it("stop a production start without AUTH_SECRET, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://a:b@localhost:5432/asar" })).toThrow(
      /AUTH_SECRET/,
    );
  });

  it("name a bad DATABASE_URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });

  it("accept a complete production configuration", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://a:b@localhost:5432/asar",
      AUTH_SECRET: "x".repeat(40),
    });
    expect(env.APP_URL).toBe("http://localhost:3000");
  });
});
