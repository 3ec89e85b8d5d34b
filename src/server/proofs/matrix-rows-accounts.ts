import type { Row } from "./matrix-rows";

// Rows of the accounts (Quản trị → Tài khoản) and the password changes. None of the matrix's actors
// administers the fixture's council: its other accounts hear 403, another council's admin 404.
// The reset's target ({id}) is units[1]'s editor.

const ADMIN_ONLY = [403, 403, 403, 404] as const;

export const ACCOUNT_ROWS: Record<string, Row> = {
  "GET /api/councils/{id}/accounts": { expect: ADMIN_ONLY },
  "POST /api/councils/{id}/accounts": {
    expect: ADMIN_ONLY,
    body: {
      username: "tai-khoan-moi",
      displayName: "Cán bộ mới",
      password: "mat-khau-du-muoi-ky-tu",
      grants: [{ role: "unit_editor", unitId: "$unit" }],
    },
  },
  // Only an admin of every council the account acts in may reset it; the others are not told it exists.
  "PUT /api/accounts/{id}/password": { expect: [404, 404, 404, 404], body: { password: "mat-khau-dat-lai" } },
  // Everyone may change their own password: a wrong current one is refused at its field, and nothing changes.
  "PUT /api/auth/password": {
    expect: [400, 400, 400, 400],
    body: { currentPassword: "khong-phai-mat-khau", newPassword: "mat-khau-moi-du-dai" },
  },
};
