import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  createReferenceDocumentInput,
  listReferenceDocumentsQuery,
  parsedSymbol,
  parseSymbolQuery,
  referenceDocumentSummary,
  referenceDocumentView,
  updateReferenceDocumentInput,
} from "../../contracts/reference-documents";
import { dataResponse, errorResponses } from "../../server/router";

const tags = ["reference-documents"];
const idParam = z.object({ id: z.uuid({ error: "Mã văn bản không hợp lệ" }) });
const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});

export const parseSymbolRoute = createRoute({
  method: "get",
  path: "/api/reference-documents/parse",
  tags,
  summary: "Đọc số, ký hiệu văn bản (11-NQ/TU, 30/2020/NĐ-CP); không đọc được thì nói rõ lý do",
  request: { query: parseSymbolQuery },
  responses: { ...dataResponse(parsedSymbol), ...errorResponses(400, 401) },
});

export const listDocumentsRoute = createRoute({
  method: "get",
  path: "/api/reference-documents",
  tags,
  summary: "Danh mục văn bản chỉ đạo (tìm theo ký hiệu, trích yếu, cơ quan ban hành)",
  request: { query: listReferenceDocumentsQuery },
  responses: { ...dataResponse(z.array(referenceDocumentSummary)), ...errorResponses(400, 401) },
});

export const createDocumentRoute = createRoute({
  method: "post",
  path: "/api/reference-documents",
  tags,
  summary: "Thêm văn bản vào danh mục",
  request: { body: jsonBody(createReferenceDocumentInput) },
  responses: { ...dataResponse(referenceDocumentSummary), ...errorResponses(400, 401, 403, 404) },
});

export const getDocumentRoute = createRoute({
  method: "get",
  path: "/api/reference-documents/{id}",
  tags,
  summary: "Một văn bản: thay thế bởi, thay thế cho, các nhiệm vụ thực hiện",
  request: { params: idParam },
  responses: { ...dataResponse(referenceDocumentView), ...errorResponses(400, 401, 404) },
});

export const updateDocumentRoute = createRoute({
  method: "put",
  path: "/api/reference-documents/{id}",
  tags,
  summary: "Sửa văn bản (xung đột phiên bản → 409)",
  request: { params: idParam, body: jsonBody(updateReferenceDocumentInput) },
  responses: { ...dataResponse(referenceDocumentSummary), ...errorResponses(400, 401, 403, 404, 409) },
});
