import { z } from "zod";
import { RegionCode } from "@/generated/prisma/enums";

export const removeStaffSchema = z.object({ userId: z.string().min(1).max(40), regionCode: z.enum(RegionCode) });
