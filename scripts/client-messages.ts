// `npm run messages:client`: rewrites src/i18n/client-messages.generated.ts from the source of
// the client components (scripts/lib/client-messages.ts says what counts as used).
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { GENERATED_FILE, analyseClientMessages, renderGenerated } from "./lib/client-messages";

const report = analyseClientMessages();
for (const u of report.undeclared) {
  console.warn(
    `▸ ${u.id}: dynamic keys ${u.calls.join(", ")} — declare their subtrees in a "client-messages:" comment`,
  );
}
fs.writeFileSync(GENERATED_FILE, renderGenerated(report));
execFileSync(process.execPath, ["node_modules/prettier/bin/prettier.cjs", "--write", GENERATED_FILE], {
  stdio: "ignore",
});
console.log(`${report.components.size} client components → ${GENERATED_FILE}`);
