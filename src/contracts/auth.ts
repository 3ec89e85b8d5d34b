import { z } from "zod";
import { roleNames } from "../db/schema/accounts";
import { nameText, safeString } from "./text";

export const loginInput = z.object({
  username: safeString().trim().min(1, "Hãy nhập tên đăng nhập").max(100, "Tối đa 100 ký tự"),
  password: safeString().min(1, "Hãy nhập mật khẩu").max(200, "Tối đa 200 ký tự"),
});

export const role = z.enum(roleNames);
export const grantInput = z.object({
  role,
  councilId: z.uuid(),
  clusterId: z.uuid().nullable().default(null),
  unitId: z.uuid().nullable().default(null),
});

export const createUserInput = z.object({
  username: safeString()
    .trim()
    .min(3, "Tên đăng nhập cần ít nhất 3 ký tự")
    .max(60, "Tối đa 60 ký tự")
    .regex(/^[a-z0-9._-]+$/, "Chỉ dùng chữ thường không dấu, số và . _ -"),
  displayName: nameText(200),
  password: safeString().min(10, "Mật khẩu cần ít nhất 10 ký tự").max(200, "Tối đa 200 ký tự"),
  grants: z.array(grantInput).min(1, "Cần ít nhất một vai trò"),
});

export const me = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  grants: z.array(
    z.object({
      role,
      councilId: z.uuid(),
      councilName: z.string(),
      clusterId: z.uuid().nullable(),
      unitId: z.uuid().nullable(),
      unitName: z.string().nullable(),
    }),
  ),
});
export type Me = z.infer<typeof me>;
