import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { binaryResponse, dataResponse, errorResponses } from "../../server/router";
import {
  type ClusterDocumentKind,
  clusterDocumentsResponse,
  clusterIssuers,
  documentSettingsInput,
  documentSettingsResponse,
  draftQuery,
  ISSUABLE_KINDS,
  issuedSummary,
  issueInput,
  issuerInput,
} from "./contracts";

// The OpenAPI descriptions of the documents' endpoints; the handlers are in routes.ts.

const tags = ["documents"];
const idParam = z.object({ id: z.uuid({ error: "Mã cụm không hợp lệ" }) });
const councilParam = z.object({ id: z.uuid({ error: "Mã cơ quan chủ trì không hợp lệ" }) });
const orgParam = z.object({ id: z.uuid({ error: "Mã tổ chức không hợp lệ" }) });
const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});
const incomplete = {
  422: { description: "Văn bản thiếu thành phần bắt buộc (cơ quan ban hành, ngày, người ký…)" },
};

export const MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  zip: "application/zip",
} as const;

const KIND_TEXT: Record<ClusterDocumentKind, string> = {
  pact: "Giao ước thi đua có bảng chữ ký của các đơn vị",
  "year-end-report": "Báo cáo tổng kết năm của cụm (kết quả, bảng xếp hạng, tồn tại, nhiệm vụ năm sau)",
  proposal: "Tờ trình đề nghị công nhận đơn vị dẫn đầu",
};

/** GET /api/clusters/{id}/{kind}.{format}: the issued document, or a draft from today's data. */
export const downloadRoute = (kind: ClusterDocumentKind, format: "pdf" | "docx") =>
  createRoute({
    method: "get",
    path: `/api/clusters/{id}/${kind}.${format}`,
    tags,
    summary: `${KIND_TEXT[kind]} (${format.toUpperCase()}; bản đã ban hành, hoặc dự thảo theo ngày ?date=)`,
    request: { params: idParam, query: draftQuery },
    responses: {
      ...binaryResponse(MIME[format], "Tệp văn bản"),
      ...errorResponses(400, 401, 404),
      ...incomplete,
    },
  });

export const dossierRoute = (format: "pdf" | "zip") =>
  createRoute({
    method: "get",
    path: `/api/clusters/{id}/proposal-dossier.${format}`,
    tags,
    summary:
      format === "pdf"
        ? "Hồ sơ đề nghị (tờ trình, báo cáo, biên bản khi có) trong một tệp PDF"
        : "Hồ sơ đề nghị: các tệp Word trong một tệp ZIP",
    request: { params: idParam, query: draftQuery },
    responses: {
      ...binaryResponse(MIME[format], "Tệp hồ sơ"),
      ...errorResponses(400, 401, 404),
      ...incomplete,
    },
  });

export const listRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/documents",
  tags,
  summary: "Các văn bản của cụm: đã ban hành hay dự thảo, đường dẫn tải",
  request: { params: idParam },
  responses: { ...dataResponse(clusterDocumentsResponse), ...errorResponses(400, 401, 404) },
});

export const issueRoute = createRoute({
  method: "post",
  path: "/api/clusters/{id}/documents/{kind}/issue",
  tags,
  summary: "Ban hành văn bản: cấp số trong sổ của cơ quan ban hành (theo nhiệm kỳ hoặc năm), lưu nguyên bản",
  request: {
    params: idParam.extend({ kind: z.enum(ISSUABLE_KINDS, { error: "Loại văn bản không ban hành được" }) }),
    body: jsonBody(issueInput),
  },
  responses: { ...dataResponse(issuedSummary), ...errorResponses(400, 401, 403, 404, 409), ...incomplete },
});

export const getSettingsRoute = createRoute({
  method: "get",
  path: "/api/councils/{id}/document-settings",
  tags,
  summary: "Thể thức văn bản của cơ quan chủ trì (Đảng: HD 36-HD/VPTW; Nhà nước: NĐ 30/2020/NĐ-CP)",
  request: { params: councilParam },
  responses: { ...dataResponse(documentSettingsResponse), ...errorResponses(400, 401, 404) },
});

export const putSettingsRoute = createRoute({
  method: "put",
  path: "/api/councils/{id}/document-settings",
  tags,
  summary: "Chọn thể thức văn bản và ngày bắt đầu nhiệm kỳ (xung đột phiên bản → 409)",
  request: { params: councilParam, body: jsonBody(documentSettingsInput) },
  responses: { ...dataResponse(documentSettingsResponse), ...errorResponses(400, 401, 403, 404, 409) },
});

export const putIssuerRoute = createRoute({
  method: "put",
  path: "/api/organizations/{id}/document-issuer",
  tags,
  summary: "Tên cơ quan trên văn bản: cơ quan cấp trên, cơ quan ban hành, chữ viết tắt, địa danh",
  request: { params: orgParam, body: jsonBody(issuerInput) },
  responses: { ...dataResponse(issuerInput), ...errorResponses(400, 401, 403, 404) },
});

export const listIssuersRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/document-issuers",
  tags,
  summary:
    "Tên cơ quan trên văn bản của cơ quan chủ trì và các đơn vị trong cụm (đã thiết lập, hoặc giá trị mặc định)",
  request: { params: idParam },
  responses: { ...dataResponse(clusterIssuers), ...errorResponses(400, 401, 404) },
});
