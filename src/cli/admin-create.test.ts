import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/open";
import { login } from "../modules/auth/login";
import { resolveSession } from "../modules/auth/sessions";
import { listClusters } from "../modules/clusters/list-clusters";
import { runAdminCreate } from "./admin-create";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-admin-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("thidua admin create", () => {
  it("makes a new council and its first admin, who can sign in to an installation without the demo", async () => {
    const env = { THIDUA_DATA_DIR: dataDir };
    await runAdminCreate(
      {
        councilCode: "BTGTU-X",
        councilName: "Ban Tuyên giáo Tỉnh ủy X",
        username: "quantri",
        password: "mat-khau-dai-du",
      },
      env,
    );
    await expect(
      runAdminCreate(
        { councilCode: "BTGTU-Y", councilName: "Y", username: "quantri", password: "mat-khau-dai-du" },
        env,
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      const { token } = await login({
        db: database.db,
        input: { username: "quantri", password: "mat-khau-dai-du" },
        address: "127.0.0.1",
      });
      const session = await resolveSession(database.db, token);
      expect(session?.me.grants).toEqual([
        expect.objectContaining({ role: "council_admin", councilName: "Ban Tuyên giáo Tỉnh ủy X" }),
      ]);
      expect(await listClusters({ db: database.db, actor: session!.actor })).toEqual([]);
    } finally {
      await database.close();
    }
  }, 240_000);

  it("refuses a short password with a located message", async () => {
    await expect(
      runAdminCreate(
        { councilCode: "C2", councilName: "C2", username: "quantri2", password: "ngan" },
        { THIDUA_DATA_DIR: dataDir },
      ),
    ).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "password", message: "Mật khẩu cần ít nhất 10 ký tự" }],
    });
  });
});
