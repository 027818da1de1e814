import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { exportMyData } from "@/modules/records/export";
import { documentLocale, privateFile, signInRedirect } from "@/modules/records/http";

/** "Download my data": everything stored about the signed-in person, as one JSON file. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return signInRedirect(documentLocale(request), "/my/data");
  const data = await exportMyData(db, viewer);
  const day = data.exportedAt.slice(0, 10);
  return privateFile(JSON.stringify(data, null, 2), "application/json; charset=utf-8", `asar-my-data-${day}.json`);
}
