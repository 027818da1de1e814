import type { Locale, MemberRole, RegionCode } from "@/generated/prisma/enums";

/** Who is asking: the input of every policy check. */
export type Viewer = {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isAdmin: boolean;
  /** The sign-up address was confirmed through its emailed link. */
  emailConfirmed: boolean;
  volunteer: { birthDate: Date; regionCode: RegionCode; guardianConsentAt: Date | null } | null;
  memberships: { organizerId: string; role: MemberRole; slug: string; name: string }[];
  staffRegions: RegionCode[];
  /** The session (token sid) this request came with; absent for viewers built outside a request. */
  sessionId?: string;
};
