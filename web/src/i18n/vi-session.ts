/** Tài khoản và phiên đăng nhập (Vietnamese). */
export const viSession = {
  accountMenu: "Tài khoản của {{name}}",
  signedInAs: "Đăng nhập với tên {{username}}",
  signOutOthers: "Đăng xuất khỏi các thiết bị khác",
  signedOutOthers_zero: "Không có phiên đăng nhập nào khác.",
  signedOutOthers_other: "Đã đăng xuất {{count}} phiên trên thiết bị khác.",
  signOutOthersFailed: "Không đăng xuất được các thiết bị khác",
};
