/**
 * The six units' 2020 reports, drawn from the seed article (Cụm 1's briefing of 24 November 2020): the year's
 * theme and the province's major events, Covid-19 prevention, the Party congresses at every level and the
 * 13th National Congress, propaganda combined with grasping public opinion. Figures are illustrative.
 */
export type UnitReport = {
  code: string;
  place: string;
  conferences: number;
  articles: number;
  learners: number;
  opinionPoints: number;
  highlight: string;
  shortcoming: string;
  model: string;
};

export const unitReports: UnitReport[] = [
  {
    code: "HL",
    place: "Hạ Long",
    conferences: 62,
    articles: 1450,
    learners: 18500,
    opinionPoints: 33,
    highlight:
      "phối hợp với Trung tâm Chính trị thành phố tổ chức học tập nghị quyết bằng hình thức trực tuyến đến 100% chi bộ",
    shortcoming: "một số chi bộ ở phường mới sáp nhập sinh hoạt chuyên đề còn hình thức",
    model: "Học tập nghị quyết trực tuyến kết nối đến từng chi bộ",
  },
  {
    code: "UB",
    place: "Uông Bí",
    conferences: 48,
    articles: 980,
    learners: 11200,
    opinionPoints: 24,
    highlight:
      "đưa vào vận hành trang thông tin điện tử tuyên giáo và nhóm Zalo cộng tác viên dư luận xã hội ở 11 phường, xã",
    shortcoming:
      "đội ngũ cộng tác viên dư luận xã hội ở khu dân cư còn kiêm nhiệm, thiếu kỹ năng tổng hợp thông tin",
    model: "Nhóm Zalo cộng tác viên dư luận xã hội ở khu dân cư",
  },
  {
    code: "QY",
    place: "Quảng Yên",
    conferences: 41,
    articles: 760,
    learners: 9800,
    opinionPoints: 21,
    highlight: "tổ chức Cuộc thi tìm hiểu lịch sử Đảng bộ thị xã thu hút hơn 15.000 bài dự thi",
    shortcoming: "tuyên truyền trên mạng xã hội ở một số xã nông thôn còn ít, chưa có người phụ trách riêng",
    model: "Cuộc thi tìm hiểu lịch sử Đảng bộ địa phương trên nền tảng trực tuyến",
  },
  {
    code: "DT",
    place: "Đông Triều",
    conferences: 45,
    articles: 820,
    learners: 10400,
    opinionPoints: 26,
    highlight:
      "gắn tuyên truyền Đại hội Đảng bộ thị xã với xây dựng văn hóa, con người Đông Triều theo Nghị quyết số 11-NQ/TU",
    shortcoming:
      "sân khấu hóa tuyên truyền ở khu dân cư chưa được tổ chức thường xuyên do ảnh hưởng của dịch Covid-19",
    model: "Sân khấu hóa tuyên truyền Đại hội Đảng tại nhà văn hóa khu dân cư",
  },
  {
    code: "CP",
    place: "Cẩm Phả",
    conferences: 58,
    articles: 1210,
    learners: 16300,
    opinionPoints: 30,
    highlight:
      "phối hợp với các doanh nghiệp ngành Than tuyên truyền phòng, chống dịch Covid-19 đến từng phân xưởng",
    shortcoming: "nắm tình hình tư tưởng công nhân lao động ngoài thành phố chưa thật đầy đủ",
    model: "Tuyên truyền viên phân xưởng trong doanh nghiệp ngành Than",
  },
  {
    code: "MC",
    place: "Móng Cái",
    conferences: 39,
    articles: 690,
    learners: 8700,
    opinionPoints: 20,
    highlight:
      "duy trì loa truyền thanh song ngữ Việt – Trung ở khu vực cửa khẩu phục vụ phòng, chống dịch Covid-19",
    shortcoming: "thông tin đối ngoại ở khu vực biên giới còn thiếu bản tin chuyên đề cho người nước ngoài",
    model: "Loa truyền thanh song ngữ ở khu vực cửa khẩu",
  },
];

const n = (x: number) => x.toLocaleString("vi-VN");

/** The report's sections for one unit, in the propaganda fields. */
export function sectionsFor(u: UnitReport) {
  return {
    fields: {
      "tuyen-truyen": `<p>Tập trung tuyên truyền chủ đề công tác năm 2020 và các hoạt động, sự kiện lớn của tỉnh; phòng, chống dịch bệnh Covid-19; Đại hội Đảng bộ các cấp và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Phối hợp đăng, phát <strong>${n(u.articles)}</strong> tin, bài, phóng sự; treo, thay mới băng rôn, pa-nô trên các tuyến phố chính.</p>`,
      "hoc-tap-nghi-quyet": `<p>Tham mưu tổ chức <strong>${u.conferences}</strong> hội nghị học tập, quán triệt các chỉ thị, nghị quyết của Đảng với <strong>${n(u.learners)}</strong> lượt cán bộ, đảng viên tham gia; kết hợp hình thức trực tiếp và trực tuyến trong thời gian giãn cách xã hội.</p>`,
      "du-luan": `<p>Duy trì ${u.opinionPoints} điểm nắm bắt dư luận xã hội; định kỳ tổng hợp, báo cáo tình hình tư tưởng của cán bộ, đảng viên và nhân dân, nhất là trước, trong và sau Đại hội Đảng bộ ${u.place}.</p>`,
      "ly-luan":
        "<p>Phối hợp mở các lớp bồi dưỡng lý luận chính trị cho đảng viên mới, cảm tình đảng; đổi mới phương pháp giảng dạy, tăng tính tương tác.</p>",
      "khoa-giao":
        "<p>Theo dõi, tham mưu công tác giáo dục, y tế, khoa học và công nghệ; chú trọng tuyên truyền công tác y tế dự phòng, tiêm chủng và chuyển đổi số trong trường học.</p>",
      "van-hoa": `<p>Tiếp tục tham mưu triển khai Nghị quyết số 11-NQ/TU ngày 9/3/2018 về “Xây dựng và phát triển văn hóa, con người Quảng Ninh đáp ứng yêu cầu phát triển bền vững”; tổ chức các hoạt động văn hóa, văn nghệ chào mừng Đại hội Đảng bộ ${u.place}.</p>`,
      "dau-tranh":
        "<p>Củng cố Ban Chỉ đạo 35; duy trì lực lượng cốt cán đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng; chia sẻ tin, bài chính thống về Đại hội Đảng.</p>",
    },
    highlights: `<p>Nổi bật là ${u.highlight}. Công tác tuyên truyền kết hợp nắm tình hình dư luận được đổi mới bằng nhiều hình thức phong phú, đa dạng.</p>`,
    shortcomings: `<p>Bên cạnh kết quả đạt được, ${u.shortcoming}.</p>`,
    causes:
      "<p>Dịch bệnh Covid-19 diễn biến phức tạp làm gián đoạn nhiều hoạt động tập trung; cán bộ tuyên giáo cơ sở còn kiêm nhiệm nhiều việc.</p>",
    lessons:
      "<p>Bám sát sự lãnh đạo của cấp ủy; chủ động nắm dư luận để định hướng kịp thời; phối hợp chặt chẽ với các cơ quan báo chí và các ngành.</p>",
    models: `<p>${u.model}.</p>`,
    proposals:
      "<p>Đề nghị Ban Tuyên giáo Tỉnh ủy tiếp tục mở lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho cán bộ tuyên giáo cơ sở.</p>",
  };
}
