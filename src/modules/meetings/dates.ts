const vnDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });
const vnTime = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** The meeting's day in Vietnam as YYYY-MM-DD: posts are taken as held on that day. */
export const meetingDay = (at: Date): string => vnDate.format(at);

/** "24/11/2020". */
export const dayVi = (at: Date): string => meetingDay(at).split("-").reverse().join("/");

/** "14 giờ 00" in Vietnam's time. */
export function timeVi(at: Date): string {
  const [h, m] = vnTime.format(at).split(":");
  return `${h} giờ ${m}`;
}

/** "ngày 24 tháng 11 năm 2020". */
export function dateInWords(at: Date): string {
  const [y, m, d] = meetingDay(at).split("-");
  return `ngày ${Number(d)} tháng ${Number(m)} năm ${y}`;
}
