import { answerCallOutRoute } from "@/modules/call-outs/answer-route";

/** A recipient's answer to a call-out (src/modules/call-outs/answer-route.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerCallOutRoute(request, (await params).id);
}
