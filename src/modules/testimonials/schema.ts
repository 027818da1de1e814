// The testimonial forms and their actions share these. Messages: "validation.*" (core) and
// "testimonials.validation.*" (this capability's namespace).
import { z } from "zod";

const id = z.string().min(1).max(40);
const required = "validation.required";
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: required, abort: true })
    .min(min, "testimonials.validation.tooShort")
    .max(max, "validation.tooLong");

export const TESTIMONIAL_MAX = 1000;

/** A volunteer's rating and words about a project they took part in, once per application. */
export const writeTestimonialSchema = z.object({
  applicationId: id,
  rating: z.coerce
    .number({ message: "testimonials.validation.rating" })
    .int("testimonials.validation.rating")
    .min(1, "testimonials.validation.rating")
    .max(5, "testimonials.validation.rating"),
  body: text(10, TESTIMONIAL_MAX),
});
export type WriteTestimonialInput = z.input<typeof writeTestimonialSchema>;

/** The organizer's one reply. */
export const replyTestimonialSchema = z.object({ testimonialId: id, reply: text(2, TESTIMONIAL_MAX) });
export type ReplyTestimonialInput = z.input<typeof replyTestimonialSchema>;

/** Anyone signed in tells the region's staff what is wrong with one. */
export const reportTestimonialSchema = z.object({ testimonialId: id, reason: text(5, 500) });
export type ReportTestimonialInput = z.input<typeof reportTestimonialSchema>;

/** Staff hide a testimonial (or show it again). */
export const hideTestimonialSchema = z.object({ testimonialId: id, hidden: z.boolean() });
