type Issue = { path: string; message: string };

/** The one error class of the app: rendered as { error: code, message } with the given status. */
export class AppError extends Error {
  readonly issues?: Issue[];
  /** The issues worded in English where a `messageEn` was given, for a client that asks for English. */
  readonly issuesEn?: Issue[];
  constructor(
    readonly code: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503,
    message: string,
    issues?: (Issue & { messageEn?: string })[],
  ) {
    super(message);
    this.name = "AppError";
    this.issues = issues?.map((i) => ({ path: i.path, message: i.message }));
    this.issuesEn = issues?.map((i) => ({ path: i.path, message: i.messageEn ?? i.message }));
  }
}

export const unauthenticated = () =>
  new AppError(
    "unauthenticated",
    401,
    "Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.",
  );
export const forbidden = () => new AppError("forbidden", 403, "Bạn không có quyền thực hiện thao tác này.");
export const notFound = (what = "Dữ liệu") => new AppError("not_found", 404, `${what} không tồn tại.`);
export const conflict = (message: string) => new AppError("conflict", 409, message);
