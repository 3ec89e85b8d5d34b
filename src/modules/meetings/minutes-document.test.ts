import { describe, expect, it } from "vitest";
import type { MinutesContent } from "../../contracts/minutes";
import { validateDocument } from "../../core/documents";
import { minutesDocument } from "./minutes-document";

// The Bad-input clause for the minutes: what the Party layout needs and the record lacks is named.

const content = (): MinutesContent => ({
  header: {
    superiorBody: "Tỉnh ủy Quảng Ninh",
    issuingBody: "Ban Tuyên giáo",
    motto: "ĐẢNG CỘNG SẢN VIỆT NAM",
  },
  number: "Số -BB/CTĐ",
  placeDate: "Hạ Long, ngày 24 tháng 11 năm 2020",
  title: "BIÊN BẢN\nHội nghị tổng kết năm 2020",
  opening: {
    time: "14 giờ 00, ngày 24/11/2020",
    place: "Hội trường Tỉnh ủy",
    purpose: "Tổng kết công tác thi đua năm 2020",
    convener: "Ban Tuyên giáo Tỉnh ủy",
    chair: { name: "Trương Công Ngàn", post: "Phó trưởng Ban Thường trực" },
    secretary: { name: "Nguyễn Thư Ký", post: "Chuyên viên" },
  },
  attendance: { summary: "Có mặt 6/6 đại biểu.", present: [], absent: [] },
  items: [],
  votes: [],
  decisions: [],
  conclusions: { text: "Hội nghị thống nhất.", keyTasks: [] },
  closing: "",
  signers: [
    { role: "Thư ký", name: "Nguyễn Thư Ký", post: "" },
    { role: "Chủ trì hội nghị", name: "Trương Công Ngàn", post: "" },
  ],
});

describe("minutes missing what the layout requires", () => {
  it("renders a complete record", () => {
    expect(validateDocument(minutesDocument(content(), "2020-11-24", true))).toEqual([]);
  });

  it("names the missing issuing body, place and the secretary not yet named", () => {
    const c = content();
    c.header.issuingBody = " ";
    c.placeDate = ", ngày 24 tháng 11 năm 2020";
    c.signers[0]!.name = "…";
    const issues = validateDocument(minutesDocument(c, "2020-11-24", false));
    expect(issues).toEqual([
      { path: "header.issuingBody", message: "Thiếu tên cơ quan ban hành văn bản" },
      { path: "place", message: "Thiếu địa danh ban hành văn bản" },
      { path: "signatures[0].name", message: "Thiếu họ và tên người ký" },
    ]);
  });

  it("names a date that does not exist", () => {
    expect(validateDocument(minutesDocument(content(), "2020-02-30", true))).toEqual([
      { path: "date", message: "Ngày ban hành không hợp lệ (cần dạng YYYY-MM-DD)" },
    ]);
  });
});
