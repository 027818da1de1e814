import { addDays, utcToZoned } from "@/domain/time";
import type { RegionCode } from "@/generated/prisma/enums";
import type { CallOutInput } from "./schema";

type Prefill = {
  helpRequestId: string;
  regions: RegionCode[];
  settlements: string;
  description: string;
  peopleNeeded: string;
  startDate: string;
  organizerId: string;
};

/**
 * The new call-out form's first values: from a request for help when there is one; tomorrow
 * 09:00–18:00 by default, answers until 20:00 the day before (Kazakhstan time).
 */
export function initialCallOut(prefill: Prefill | null, regions: RegionCode[], now = new Date()): CallOutInput {
  const today = utcToZoned(now).date;
  const startDate = prefill?.startDate && prefill.startDate > today ? prefill.startDate : addDays(today, 1);
  return {
    title: "",
    description: prefill?.description ?? "",
    direction: "EMERGENCY",
    regions: prefill?.regions ?? (regions.length === 1 ? regions : []),
    settlements: prefill?.settlements ?? "",
    startDate,
    startTime: "09:00",
    endDate: startDate,
    endTime: "18:00",
    answerByDate: addDays(startDate, -1),
    answerByTime: "20:00",
    peopleNeeded: prefill?.peopleNeeded ?? "10",
    minAge: "18",
    skills: "",
    requiredTraining: "",
    organizerId: prefill?.organizerId ?? "",
    helpRequestId: prefill?.helpRequestId ?? "",
  };
}
