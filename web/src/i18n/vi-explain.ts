/** Giải trình: the banner on the unit's assessment page (Vietnamese). */
export const viExplain = {
  label: "Yêu cầu giải trình",
  title: "Người thẩm định đề nghị đơn vị giải trình",
  sentTitle: "Đơn vị đã gửi giải trình",
  note: "Ý kiến của {{who}}: «{{note}}»",
  criteria: "Các tiêu chí có điểm thẩm định khác điểm tự chấm:",
  answered: "đã giải trình",
  howTo: "Ghi giải trình ở từng tiêu chí (có thể bổ sung minh chứng), rồi gửi cho người thẩm định.",
  send: "Gửi giải trình",
  sendNote: "Lời nhắn kèm theo (không bắt buộc)",
  unanswered:
    "Chưa ghi giải trình cho tiêu chí {{codes}}: điểm thẩm định của các tiêu chí này sẽ được giữ nếu đơn vị không giải trình.",
  sentAt: "Đã gửi lúc {{at}} ({{who}}). Người thẩm định sẽ xem và chốt điểm.",
  waiting: "Đang chờ đơn vị giải trình.",
  sentEvent: "Đã gửi giải trình",
};
