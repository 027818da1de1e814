import type { Viewer } from "@/modules/accounts/viewer";

export function canAppointStaff(viewer: Viewer | null): boolean {
  return Boolean(viewer?.isAdmin);
}
