import type { Criterion, Rules } from "../../../contracts/cluster-year";

/**
 * A 100-point table for a cluster of district-level propaganda departments, built from the work the
 * seed article names: propaganda on the year's themes and events, studying resolutions, public opinion,
 * political theory, fighting wrong views, organisation and reporting; then bonus and penalty points.
 */
export const propagandaCriteria: Criterion[] = [
  {
    code: "I",
    title: "Công tác tuyên truyền chủ đề năm, các sự kiện lớn và nhiệm vụ chính trị",
    max: 25,
    children: [
      {
        code: "I.1",
        title: "Tuyên truyền chủ đề công tác năm và các hoạt động, sự kiện lớn của tỉnh",
        method: "levels",
        max: 8,
        levels: [
          { label: "Hoàn thành xuất sắc", ratio: 1 },
          { label: "Hoàn thành tốt", ratio: 0.85 },
          { label: "Hoàn thành", ratio: 0.7 },
          { label: "Không hoàn thành", ratio: 0 },
        ],
      },
      { code: "I.2", title: "Tuyên truyền phòng, chống dịch bệnh Covid-19", method: "manual", max: 6 },
      {
        code: "I.3",
        title:
          "Tuyên truyền Đại hội Đảng bộ các cấp và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng (số tin, bài, chuyên mục)",
        method: "perOccurrence",
        max: 6,
        pointsEach: 0.25,
      },
      {
        code: "I.4",
        title:
          "Tin, bài đăng trên cổng thông tin điện tử, trang tin của cấp ủy (số bài, so với đơn vị dẫn đầu)",
        method: "leaderRelative",
        max: 5,
        target: 120,
      },
    ],
  },
  {
    code: "II",
    title: "Học tập, quán triệt, triển khai thực hiện chỉ thị, nghị quyết của Đảng",
    max: 20,
    children: [
      {
        code: "II.1",
        title: "Tổ chức học tập, quán triệt nghị quyết, chỉ thị đúng kế hoạch, đúng thời gian",
        method: "passFail",
        max: 6,
      },
      {
        code: "II.2",
        title: "Tỷ lệ cán bộ, đảng viên tham gia học tập, quán triệt nghị quyết (%)",
        method: "target",
        max: 8,
        target: 95,
      },
      {
        code: "II.3",
        title:
          "Tham mưu triển khai Nghị quyết số 11-NQ/TU ngày 9/3/2018 về xây dựng và phát triển văn hóa, con người Quảng Ninh",
        method: "levels",
        max: 6,
        levels: [
          { label: "Tốt", ratio: 1 },
          { label: "Khá", ratio: 0.75 },
          { label: "Trung bình", ratio: 0.5 },
          { label: "Chưa đạt", ratio: 0 },
        ],
      },
    ],
  },
  {
    code: "III",
    title: "Nắm tình hình dư luận xã hội",
    max: 15,
    children: [
      {
        code: "III.1",
        title: "Báo cáo tình hình dư luận xã hội định kỳ hằng tháng đúng hạn (số báo cáo)",
        method: "perOccurrence",
        max: 9,
        pointsEach: 0.75,
      },
      {
        code: "III.2",
        title: "Chất lượng báo cáo, đề xuất xử lý các vấn đề dư luận quan tâm",
        method: "manual",
        max: 6,
      },
    ],
  },
  {
    code: "IV",
    title: "Công tác lý luận chính trị, hoạt động của Trung tâm chính trị",
    max: 15,
    children: [
      {
        code: "IV.1",
        title: "Số lớp bồi dưỡng lý luận chính trị đã mở (so với chỉ tiêu đơn vị đăng ký)",
        method: "target",
        max: 8,
        target: 10,
      },
      {
        code: "IV.2",
        title: "Chất lượng đội ngũ báo cáo viên, giảng viên kiêm chức",
        method: "levels",
        max: 7,
        levels: [
          { label: "Tốt", ratio: 1 },
          { label: "Khá", ratio: 0.8 },
          { label: "Trung bình", ratio: 0.6 },
        ],
      },
    ],
  },
  {
    code: "V",
    title: "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
    max: 15,
    children: [
      {
        code: "V.1",
        title: "Bài viết đấu tranh, phản bác quan điểm sai trái, thù địch trên không gian mạng",
        method: "leaderRelative",
        max: 10,
        target: 30,
      },
      { code: "V.2", title: "Hoạt động của Ban Chỉ đạo 35 và lực lượng nòng cốt", method: "manual", max: 5 },
    ],
  },
  {
    code: "VI",
    title: "Kiện toàn tổ chức bộ máy, xây dựng đội ngũ và thực hiện chế độ thông tin, báo cáo",
    max: 10,
    children: [
      {
        code: "VI.1",
        title: "Kiện toàn tổ chức bộ máy, xây dựng đội ngũ cán bộ làm công tác tuyên giáo",
        method: "manual",
        max: 5,
      },
      {
        code: "VI.2",
        title: "Thực hiện chế độ thông tin, báo cáo đầy đủ, đúng hạn",
        method: "passFail",
        max: 5,
      },
    ],
  },
  {
    code: "T.1",
    title: "Điểm thưởng: mô hình, cách làm hay được cấp trên ghi nhận, nhân rộng",
    method: "bonus",
    max: 3,
  },
  {
    code: "T.2",
    title: "Điểm thưởng: được cấp trên khen thưởng về công tác tuyên giáo",
    method: "bonus",
    max: 2,
  },
  {
    code: "TR.1",
    title: "Điểm trừ: mỗi báo cáo chậm, thiếu hoặc sai sót phải chỉnh sửa",
    method: "penalty",
    pointsEach: 0.5,
    max: 5,
  },
];

export const propagandaRules: Rules = {
  bonusCap: 5,
  tieBreak: ["group:I", "fewerPenalties", "moreBonus"],
  bands: [
    { label: "Xuất sắc", min: 95 },
    { label: "Tốt", min: 85 },
    { label: "Khá", min: 70 },
    { label: "Trung bình", min: 50 },
  ],
  leading: { minTotal: 90 },
};

export const pactTemplates = {
  propaganda: {
    title: "Cụm Ban Tuyên giáo cấp huyện (100 điểm)",
    criteria: propagandaCriteria,
    rules: propagandaRules,
    /** Default deadlines of a cluster-year (month-day), which the council may change per cluster-year. */
    calendar: {
      pactSignedBy: "03-31",
      selfAssessmentDue: "10-31",
      reviewDue: "11-15",
      conferenceOn: "11-30",
    },
  },
} as const;
export type PactTemplateId = keyof typeof pactTemplates;
