/** The scoring form: inputs labelled by method, formulas, one save (Vietnamese). */
export const viForm = {
  stage: { self: "tự chấm", review: "thẩm định" },
  label: {
    points: "Điểm — {{stage}} {{code}}",
    result: "Kết quả thực hiện — {{stage}} {{code}}",
    resultIn: "Kết quả thực hiện ({{unit}}) — {{stage}} {{code}}",
    percent: "% — {{stage}} {{code}}",
    count: "Số lần — {{stage}} {{code}}",
    violations: "Số lần vi phạm — {{stage}} {{code}}",
    passFail: "Đạt/Không đạt — {{stage}} {{code}}",
    level: "Mức đạt được — {{stage}} {{code}}",
  },
  unitArticles: "bài",
  formula: {
    passed: "Đạt → {{max}}",
    failed: "Không đạt → 0",
    atTarget: "{{a}} ≥ chỉ tiêu {{t}} → {{max}}",
    leaderAbove:
      "{{a}} / {{t}} vượt chỉ tiêu: 0,5 × {{max}} + phần vượt so với đơn vị dẫn đầu (đơn vị dẫn đầu được {{max}})",
    noTarget:
      "Đơn vị không đăng ký chỉ tiêu: {{max}} × kết quả / kết quả cao nhất của các đơn vị không có chỉ tiêu",
    capped: "{{calc}} → tối đa {{max}}",
  },
  reviewPoints: "Giá trị thẩm định cho {{n}} điểm",
  saveBar: "Lưu bảng điểm",
  saveAll: "Lưu tất cả",
  unsavedCount_one: "{{count}} tiêu chí chưa lưu",
  unsavedCount_other: "{{count}} tiêu chí chưa lưu",
  partialReview_one: "{{count}} tiêu chí chưa được thẩm định ({{codes}}): các tiêu chí này giữ điểm tự chấm.",
  partialReview_other:
    "{{count}} tiêu chí chưa được thẩm định ({{codes}}): các tiêu chí này giữ điểm tự chấm.",
  keepSelfConfirm: "Tôi xác nhận các tiêu chí chưa thẩm định giữ điểm tự chấm",
  reviewTotal: "Tổng điểm thẩm định",
};
