import fs from "node:fs";

export default function removeTemporaryDatabase() {
  const dir = process.env.E2E_DATA_DIR;
  if (dir?.includes("claimmark-e2e-")) fs.rmSync(dir, { recursive: true, force: true });
}
