import type { Criterion, Rules } from "../../contracts/cluster-year";
import type { PactStatus } from "../../contracts/pacts";
import type { ImpactRow } from "../../contracts/publication";
import { AppError, notFound } from "../../server/errors";
import { describeImpact } from "./amendment-impact";
import type { PactRow } from "./repo";
import { diffTables, showValue } from "./table-diff";

const STATUS_NAMES: Record<PactStatus, string> = {
  draft: "đang soạn thảo",
  signing: "đang lấy chữ ký",
  locked: "đã khóa (mọi thành viên đã ký)",
};

export const statusName = (status: PactStatus): string => STATUS_NAMES[status];

export const pactNotFound = () => notFound("Giao ước thi đua của cụm");

/** A moment as people in Vietnam read it: "24/11/2020, 14:30". */
export const atVn = (date: Date): string =>
  date.toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" });

/**
 * Someone saved the pact after the version this edit started from: nothing is written, and the body
 * shows the other's version and, criterion by criterion, what they saved that differs from this edit.
 */
export function versionConflict(
  current: PactRow,
  sentVersion: number,
  sent?: { criteria: unknown; rules?: unknown },
): AppError {
  const issues = [
    {
      path: "version",
      message: `Phiên bản hiện tại là ${current.version}; bạn sửa từ phiên bản ${sentVersion}`,
    },
  ];
  const theirs = { criteria: current.criteria as Criterion[], rules: current.rules as Rules };
  if (sent && Array.isArray(sent.criteria)) {
    try {
      const yours = { criteria: sent.criteria as Criterion[], rules: (sent.rules ?? theirs.rules) as Rules };
      const diff = diffTables(yours, theirs);
      for (const change of diff.changes) issues.push(describeChange(change));
      if (diff.rulesChanged)
        issues.push({ path: "rules", message: `Quy chế đã lưu: ${showValue(theirs.rules)}` });
    } catch {
      // A malformed edit cannot be compared; the version is enough to tell the user to reload.
    }
  }
  return new AppError(
    "conflict",
    409,
    `Giao ước đã được người khác lưu trước bạn: phiên bản ${current.version}, lúc ${atVn(current.updatedAt)}. ` +
      "Thay đổi của bạn chưa được lưu; hãy tải lại để xem bản mới nhất rồi sửa tiếp.",
    issues,
  );
}

function describeChange(change: ReturnType<typeof diffTables>["changes"][number]): {
  path: string;
  message: string;
} {
  switch (change.kind) {
    case "added":
      return { path: change.path, message: `Bản đã lưu có thêm tiêu chí ${change.code} "${change.title}"` };
    case "removed":
      return { path: change.path, message: `Bản đã lưu không còn tiêu chí ${change.code}` };
    case "reordered":
      return { path: change.path, message: "Bản đã lưu có thứ tự tiêu chí khác" };
    case "changed": {
      const fields = Object.entries(change.values).map(
        ([field, [yours, theirs]]) => `${field}: đã lưu ${showValue(theirs)}, bạn gửi ${showValue(yours)}`,
      );
      return { path: change.path, message: `Tiêu chí ${change.code} — ${fields.join("; ")}` };
    }
  }
}

/** The pact is not in the status this action needs. */
export function wrongStatus(status: PactStatus, needed: string): AppError {
  return new AppError("conflict", 409, `Giao ước ${statusName(status)}: ${needed}`);
}

/** An amendment that would change published results: nothing is saved; every result concerned is listed. */
export function publishedResultsAffected(rows: ImpactRow[]): AppError {
  const published = rows.filter((r) => r.published);
  return new AppError(
    "published_results_affected",
    409,
    `Sửa đổi này làm thay đổi kết quả đã công bố của ${published.length} đơn vị (${published.map((r) => r.unitName).join(", ")}), nên chưa được lưu. Muốn sửa đổi, Hội đồng phải mở lại kết quả đã công bố (có ghi lý do) trước.`,
    rows.map((r) => ({ path: `impact.${r.unitCode}`, message: describeImpact(r) })),
  );
}
