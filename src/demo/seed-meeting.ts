/** The seed article's meeting (Báo Quảng Ninh, 24/11/2020), as the demo records it. */
export const meeting = {
  kind: "giao_ban" as const,
  title: "Hội nghị giao ban Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy năm 2020",
  purpose: "Đánh giá kết quả thực hiện công tác tuyên giáo năm 2020, triển khai nhiệm vụ công tác năm 2021",
  startsAt: "2020-11-24T14:00:00+07:00",
  place: "TP Hạ Long",
};

/** The year's results as the meeting concluded them (the article's second and third paragraphs). */
export const results = [
  "Năm 2020, Ban Tuyên giáo các đơn vị trong Cụm 1 (gồm 6 đơn vị là Hạ Long, Uông Bí, Quảng Yên, Đông Triều, Cẩm Phả, Móng Cái) đã có nhiều quyết tâm phấn đấu nỗ lực cao, cùng với các cơ quan, ban, ngành, các ban tuyên giáo cơ sở làm tốt nhiệm vụ tham mưu cho cấp ủy về công tác xây dựng Đảng. Nổi bật là tập trung tuyên truyền chủ đề công tác năm 2020 và các hoạt động, sự kiện lớn của tỉnh; phòng, chống dịch bệnh Covid-19; Đại hội Đảng bộ các cấp và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
  "Bên cạnh đó, Ban Tuyên giáo các đơn vị trong Cụm 1 đã đổi mới, nâng cao hiệu quả công tác tuyên truyền kết hợp nắm tình hình dư luận bằng nhiều hình thức phong phú, đa dạng; tăng cường giáo dục chính trị tư tưởng, đạo đức lối sống trong cán bộ, đảng viên, củng cố lòng tin của nhân dân đối với Đảng, với đường lối đổi mới của đất nước; kiện toàn tổ chức bộ máy và xây dựng đội ngũ cán bộ làm công tác tuyên giáo; tích cực phối hợp với các ngành, đơn vị trong thực hiện nhiệm vụ trên từng lĩnh vực công tác tuyên giáo.",
];

/** What the units said in the discussion, as the article sums it up. */
export const discussionGist =
  "Thảo luận, làm rõ những kết quả nổi bật, tồn tại, hạn chế và chia sẻ những mô hình, kinh nghiệm, cách làm hay, sáng tạo, hiệu quả cùng các giải pháp trong thực hiện công tác tuyên giáo";

/** The 2021 key tasks exactly as the article lists them. */
export const keyTasks2021 = [
  "Đổi mới nội dung, hình thức nâng cao chất lượng học tập, quán triệt các chỉ thị, nghị quyết của Đảng",
  "Tuyên truyền về Đại hội Đảng toàn quốc lần thứ XIII, bầu cử Quốc hội và HĐND các cấp nhiệm kỳ 2021-2026, các hoạt động kỷ niệm lớn trong năm 2021",
  "Tiếp tục tham mưu, triển khai thực hiện Nghị quyết số 11-NQ/TU ngày 9/3/2018 về “Xây dựng và phát triển văn hóa, con người Quảng Ninh đáp ứng yêu cầu phát triển bền vững”",
];

/** The article as published: the demo's news report, edited from the draft to read exactly so. */
export const article = {
  title: "Giao ban Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy năm 2020",
  dateline: "Thứ Ba, 24/11/2020, 18:50 [GMT+7]",
  byline: "Hoàng Nga",
  paragraphs: [
    "Chiều 24/11, tại TP Hạ Long, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy năm 2020 (gọi tắt là Cụm 1). Hội nghị nhằm đánh giá kết quả thực hiện công tác tuyên giáo năm 2020, triển khai nhiệm vụ công tác năm 2021. Đồng chí Trương Công Ngàn, Phó trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.",
    ...results,
    "Tại hội nghị, đại diện Ban Tuyên giáo các đơn vị trong Cụm 1 đã thảo luận, làm rõ những kết quả nổi bật, tồn tại, hạn chế và chia sẻ những mô hình, kinh nghiệm, cách làm hay, sáng tạo, hiệu quả cùng các giải pháp trong thực hiện công tác tuyên giáo.",
    "Đồng thời, thống nhất những nhiệm vụ trọng tâm năm 2021, trong đó tập trung vào những nhiệm vụ cụ thể sau: Đổi mới nội dung, hình thức nâng cao chất lượng học tập, quán triệt các chỉ thị, nghị quyết của Đảng; tuyên truyền về Đại hội Đảng toàn quốc lần thứ XIII, bầu cử Quốc hội và HĐND các cấp nhiệm kỳ 2021-2026, các hoạt động kỷ niệm lớn trong năm 2021; tiếp tục tham mưu, triển khai thực hiện Nghị quyết số 11-NQ/TU ngày 9/3/2018 về “Xây dựng và phát triển văn hóa, con người Quảng Ninh đáp ứng yêu cầu phát triển bền vững”…",
  ],
  captions: [
    "Đồng chí Trương Công Ngàn, Phó trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy phát biểu tại hội nghị.",
    "Đồng chí Phan Thị Hải Hường, Trưởng ban Tuyên giáo Thành ủy Hạ Long, Giám đốc Trung tâm chính trị thành phố Hạ Long phát biểu ý kiến tại hội nghị.",
  ],
};
