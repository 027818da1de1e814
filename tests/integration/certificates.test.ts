import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { createUser, createVolunteer } from "../../prisma/seed/factories";
import { certificateSchema } from "../../src/modules/accounts/schema";
import { addCertificate, listCertificates, removeCertificate } from "../../src/modules/accounts/certificates";

describe("a volunteer's trainings", () => {
  it("are added once per training, listed, and removable only by their holder", async () => {
    const a = await viewerOf((await createVolunteer(db())).id);
    const b = await viewerOf((await createVolunteer(db())).id);
    await addCertificate(
      db(),
      a,
      certificateSchema.parse({ training: "FIRST_AID", issuedBy: "Красный Полумесяц", issuedOn: "2025-03-01" }),
    );
    await addCertificate(
      db(),
      a,
      certificateSchema.parse({ training: "FIRST_AID", issuedOn: "2026-03-01", expiresOn: "2028-03-01" }),
    );
    const held = await listCertificates(db(), a);
    expect(held).toHaveLength(1);
    expect(held[0]?.expiresOn?.toISOString().slice(0, 10)).toBe("2028-03-01");

    expect(await errorCode(removeCertificate(db(), b, held[0]!.id))).toBe("NOT_FOUND");
    expect(await listCertificates(db(), a)).toHaveLength(1);
    await removeCertificate(db(), a, held[0]!.id);
    expect(await listCertificates(db(), a)).toHaveLength(0);
  });

  it("refuse unknown trainings, accounts without a volunteer profile, and an end before the start", async () => {
    const v = await viewerOf((await createVolunteer(db())).id);
    expect(
      await errorCode(addCertificate(db(), v, certificateSchema.parse({ training: "NOPE", issuedOn: "2025-01-01" }))),
    ).toBe("NOT_FOUND");
    const plain = await viewerOf((await createUser(db())).id);
    expect(
      await errorCode(
        addCertificate(db(), plain, certificateSchema.parse({ training: "FIRST_AID", issuedOn: "2025-01-01" })),
      ),
    ).toBe("FORBIDDEN");
    expect(
      certificateSchema.safeParse({ training: "FIRST_AID", issuedOn: "2025-01-01", expiresOn: "2024-01-01" }).success,
    ).toBe(false);
  });
});
