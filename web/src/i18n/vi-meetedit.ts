/** Sửa hội nghị đã triệu tập; tài khoản của chủ trì, thư ký (Vietnamese). */
export const viMeetedit = {
  account: "Tài khoản đăng nhập ({{role}})",
  accountHint: "Người này dùng tài khoản để duyệt biên bản với tư cách {{role}}",
  accountLinked: "Tự động gắn tài khoản của cán bộ này: {{name}}",
  noAccount: "Không gắn tài khoản (chỉ ký giấy)",
  keep: "Giữ nguyên: {{name}}",
  edit: "Sửa thông tin hội nghị",
  editTitle: "Sửa thông tin hội nghị",
  editHint: "Tên, mục đích, thời gian, địa điểm, chủ trì và thư ký; sửa được đến khi hội nghị kết thúc.",
  save: "Lưu thông tin",
  staleMeeting: "Đã có người khác sửa hội nghị",
  staleDelegate: "Đã có người khác cập nhật đại biểu này",
  noAccountYet: "chưa gắn tài khoản",
  end: "Kết thúc hội nghị",
  endConfirm: "Kết thúc hội nghị?",
  endHint:
    "Sau khi kết thúc không thay đổi chương trình, điểm danh, phát biểu, biểu quyết hay kết luận được nữa; biên bản và tin bài vẫn hoàn thiện tiếp.",
  endYes: "Kết thúc",
};
