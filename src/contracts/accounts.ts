import { z } from "zod";
import { createUserInput, role } from "./auth";
import { safeString } from "./text";

// The accounts a council's admin manages (Quản trị → Tài khoản) and the password changes.

const UNIT_ROLES = new Set(["unit_editor", "unit_viewer"]);

/** One role asked for in a council: the scope each role takes is checked here, field by field. */
export const accountGrantInput = z
  .object({
    role,
    unitId: z.uuid({ error: "Mã đơn vị không hợp lệ" }).nullish(),
    clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }).nullish(),
  })
  .superRefine((g, ctx) => {
    const issue = (path: "unitId" | "clusterId", message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message, input: g[path] });
    if (UNIT_ROLES.has(g.role)) {
      if (!g.unitId) issue("unitId", "Hãy chọn đơn vị");
      if (g.clusterId) issue("clusterId", "Vai trò của đơn vị không gắn với cụm");
    } else if (g.role === "cluster_head") {
      if (!g.clusterId) issue("clusterId", "Hãy chọn cụm");
      if (g.unitId) issue("unitId", "Cụm trưởng thuộc đơn vị trưởng cụm, không chọn đơn vị riêng");
    } else {
      if (g.unitId) issue("unitId", "Vai trò này không gắn với đơn vị");
      if (g.clusterId) issue("clusterId", "Vai trò này không gắn với cụm");
    }
  });
export type AccountGrantInput = z.infer<typeof accountGrantInput>;

const password = (min: string) => safeString().min(10, min).max(200, "Tối đa 200 ký tự");

export const createAccountInput = z.object({
  username: createUserInput.shape.username,
  displayName: createUserInput.shape.displayName,
  password: createUserInput.shape.password,
  grants: z
    .array(accountGrantInput)
    .min(1, "Cần ít nhất một vai trò")
    .max(10, "Tối đa 10 vai trò")
    .superRefine((grants, ctx) => {
      const seen = new Set<string>();
      for (const [i, g] of grants.entries()) {
        const key = `${g.role}|${g.unitId ?? ""}|${g.clusterId ?? ""}`;
        if (seen.has(key))
          ctx.addIssue({ code: "custom", path: [i, "role"], message: "Vai trò này đã có ở trên", input: g });
        seen.add(key);
      }
    }),
});
export type CreateAccountInput = z.infer<typeof createAccountInput>;

export const resetPasswordInput = z.object({
  password: password("Mật khẩu cần ít nhất 10 ký tự"),
});

export const changePasswordInput = z
  .object({
    currentPassword: safeString().min(1, "Hãy nhập mật khẩu hiện tại").max(200, "Tối đa 200 ký tự"),
    newPassword: password("Mật khẩu mới cần ít nhất 10 ký tự"),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword === v.currentPassword)
      ctx.addIssue({
        code: "custom",
        path: ["newPassword"],
        message: "Mật khẩu mới phải khác mật khẩu hiện tại",
        input: v.newPassword,
      });
  });

export const accountGrant = z.object({
  role,
  clusterId: z.uuid().nullable(),
  clusterName: z.string().nullable(),
  clusterYear: z.int().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
});

export const account = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  createdAt: z.string(),
  /** Only the grants in the council asked about. */
  grants: z.array(accountGrant),
});
export type Account = z.infer<typeof account>;

export const sessionsEnded = z.object({ sessionsEnded: z.int().min(0) });
