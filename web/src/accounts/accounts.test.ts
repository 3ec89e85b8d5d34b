import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { viAccounts } from "../i18n/vi-accounts";
import { checkPassword, checkUsername } from "./account-rules";
import type { AccountGrant } from "./accounts-api";
import { grantLabel } from "./grant-label";

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({
    showSupportNotice: false,
    lng: "vi",
    resources: { vi: { translation: { accounts: viAccounts } } },
  });
});

const grant = (g: Partial<AccountGrant> & Pick<AccountGrant, "role">): AccountGrant => ({
  clusterId: null,
  clusterName: null,
  clusterYear: null,
  unitId: null,
  unitName: null,
  ...g,
});

describe("a grant as the accounts table says it", () => {
  it("names a unit role's unit, a cluster head's cluster and year, and nothing for council-wide roles", () => {
    const tt = t.t.bind(t) as Parameters<typeof grantLabel>[0];
    expect(
      grantLabel(
        tt,
        grant({ role: "unit_editor", unitId: "u", unitName: "Ban Tuyên giáo Thành ủy Uông Bí" }),
      ),
    ).toBe("Biên tập viên · Ban Tuyên giáo Thành ủy Uông Bí");
    const head = grant({
      role: "cluster_head",
      clusterId: "c",
      clusterName: "Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy",
      clusterYear: 2021,
      unitId: "u",
      unitName: "Ban Tuyên giáo Thành ủy Hạ Long",
    });
    expect(grantLabel(tt, head, new Map([["c", "Cụm 1"]]))).toBe("Cụm trưởng · Cụm 1 (2021)");
    expect(grantLabel(tt, head)).toBe("Cụm trưởng · Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy (2021)");
    expect(grantLabel(tt, grant({ role: "council_admin" }))).toBe("Quản trị cơ quan chủ trì");
    expect(grantLabel(tt, grant({ role: "observer" }))).toBe("Quan sát");
  });
});

describe("the form's own checks mirror the contract", () => {
  it("refuses usernames the server refuses, and short passwords", () => {
    const tt = t.t.bind(t) as Parameters<typeof checkUsername>[0];
    expect(checkUsername(tt, "ub")).toBe("Tên đăng nhập cần ít nhất 3 ký tự");
    expect(checkUsername(tt, "Uong Bi")).toBe("Chỉ dùng chữ thường không dấu, số và . _ -");
    expect(checkUsername(tt, "uông.bí")).toBe("Chỉ dùng chữ thường không dấu, số và . _ -");
    expect(checkUsername(tt, "a".repeat(61))).toBe("Tối đa 60 ký tự");
    expect(checkUsername(tt, " hoa.uongbi_2-x ")).toBeNull();
    expect(checkPassword(tt, "123456789")).toBe("Mật khẩu cần ít nhất 10 ký tự");
    expect(checkPassword(tt, "1234567890")).toBeNull();
  });
});
