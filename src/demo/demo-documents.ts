import type { Db } from "../db/types";
import { systemActor } from "../modules/auth/actor";
import { setDocumentIssuer, setDocumentSettings } from "../modules/documents/document-settings";
import { issueClusterDocument } from "../modules/documents/issue-document";

/** The council's Party committee term opened with the provincial congress of October 2020 (date illustrative). */
export const DEMO_PARTY_TERM_START = "2020-10-14";

/**
 * The council writes in the Party layout; the provincial department and Hạ Long's (the 2020 cluster head)
 * head their documents as Party bodies do. Cụm 1's 2020 year-end report and proposal are issued with numbers
 * after the conference of 24 November 2020.
 */
export async function createDemoDocuments(
  db: Db,
  ids: {
    councilId: string;
    councilOrgId: string;
    headUnitId: string;
    cluster2020Id: string;
    /** The other member units, each heading its own report as its Party committee's department. */
    units?: { id: string; place: string; committee: string }[];
  },
) {
  const actor = systemActor("demo");
  await setDocumentSettings({
    db,
    actor,
    councilId: ids.councilId,
    input: { layout: "party", partyTermStart: DEMO_PARTY_TERM_START, version: 1 },
  });
  await setDocumentIssuer({
    db,
    actor,
    orgId: ids.councilOrgId,
    input: {
      superiorBody: "Tỉnh ủy Quảng Ninh",
      issuingBody: "Ban Tuyên giáo",
      symbol: "BTGTU",
      place: "Hạ Long",
    },
  });
  await setDocumentIssuer({
    db,
    actor,
    orgId: ids.headUnitId,
    input: {
      superiorBody: "Thành ủy Hạ Long",
      issuingBody: "Ban Tuyên giáo",
      symbol: "BTGThU",
      place: "Hạ Long",
    },
  });
  for (const u of ids.units ?? []) {
    if (u.id === ids.headUnitId) continue;
    await setDocumentIssuer({
      db,
      actor,
      orgId: u.id,
      input: {
        superiorBody: `${u.committee} ${u.place}`,
        issuingBody: "Ban Tuyên giáo",
        symbol: u.committee === "Thành ủy" ? "BTGThU" : "BTGTU",
        place: u.place,
      },
    });
  }
  await issueClusterDocument({
    db,
    actor,
    clusterId: ids.cluster2020Id,
    kind: "year-end-report",
    input: {
      date: "2020-11-24",
      results:
        "Năm 2020, trong bối cảnh phòng, chống dịch Covid-19, các đơn vị trong cụm đã chủ động đổi mới nội dung, hình thức tuyên truyền, tổ chức tốt việc học tập, quán triệt các nghị quyết, chỉ thị của Đảng; tuyên truyền đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025.\n\nCông tác nắm bắt tình hình dư luận xã hội được duy trì thường xuyên; nhiều mô hình, cách làm hay được các đơn vị chia sẻ và nhân rộng.",
      shortcomings:
        "Việc cập nhật minh chứng ở một số đơn vị còn chậm; một số chỉ tiêu về tuyên truyền trên mạng xã hội chưa đạt kế hoạch. Nguyên nhân chủ yếu do ảnh hưởng của dịch bệnh và lực lượng cán bộ còn mỏng.",
      nextYearTasks: [
        "Tuyên truyền kết quả Đại hội Đảng bộ tỉnh lần thứ XV và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
        "Tiếp tục thực hiện Nghị quyết số 11-NQ/TU ngày 09/3/2018 của Ban Chấp hành Đảng bộ tỉnh.",
        "Nâng cao chất lượng nắm bắt, định hướng dư luận xã hội.",
      ],
    },
  });
  await issueClusterDocument({
    db,
    actor,
    clusterId: ids.cluster2020Id,
    kind: "proposal",
    input: { date: "2020-11-25" },
  });
}
