// The check-in actions' input. Messages: "checkIn.*".
import { z } from "zod";

const id = z.string().min(1).max(40);

/** The button of the scanning page: the code from the URL and the step it showed. */
export const scanSchema = z.object({
  code: z.string().min(1).max(100),
  step: z.enum(["IN", "OUT"]),
});

/** The organizer confirms the proposed hours shown (at most a page of them). */
export const confirmProposedSchema = z.object({
  projectId: id,
  checkInIds: z.array(id).min(1, "hours.validation.chooseSome").max(200),
});
