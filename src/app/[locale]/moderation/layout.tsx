import { notFound } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import { getViewer } from "@/modules/accounts/session";
import { staffedRegions } from "@/modules/staff/scope";

// Who may see the queue is decided here, before the page renders anything: a sign-in redirect or
// a 404 for anyone who staffs no region. The page checks again through moderationQueue; the
// viewer is read once per request (React cache).
export default async function ModerationLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/moderation` } }, locale });
  const scope = staffedRegions(viewer);
  if (scope !== "ALL" && scope.length === 0) notFound();
  return children;
}
