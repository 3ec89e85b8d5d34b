import { z } from "zod";
import { isoDate, taskFreeText, taskNameText } from "./task-text";

const uuid = (what: string) => z.uuid({ error: `${what} không hợp lệ` });

export const parsedSymbol = z.union([
  z.object({
    readable: z.literal(true),
    typed: z.string(),
    canonical: z.string(),
    system: z.enum(["party", "state"]),
    number: z.string(),
    year: z.int().nullable(),
    typeCode: z.string().nullable(),
    typeName: z.string().nullable(),
    issuer: z.string(),
    issuerName: z.string().nullable(),
    note: z.string().nullable(),
  }),
  z.object({ readable: z.literal(false), typed: z.string(), reason: z.string() }),
]);

export const parseSymbolQuery = z.object({
  symbol: z.string({ error: "Cần nhập số, ký hiệu" }).max(200, "Tối đa 200 ký tự"),
});

const documentFields = {
  symbol: taskNameText(100),
  issuingBody: taskNameText(300),
  issuedOn: isoDate("Ngày ban hành").nullable().optional(),
  title: taskNameText(1000),
  validFrom: isoDate("Hiệu lực từ").nullable().optional(),
  validTo: isoDate("Hiệu lực đến").nullable().optional(),
  replacedById: uuid("Văn bản thay thế").nullable().optional(),
};

const datesInOrder = (v: { validFrom?: string | null; validTo?: string | null }) =>
  !v.validFrom || !v.validTo || v.validTo >= v.validFrom;
const datesIssue = { message: "Ngày hết hiệu lực phải sau ngày có hiệu lực", path: ["validTo"] };

export const createReferenceDocumentInput = z
  .object({ councilId: uuid("Mã cơ quan chủ trì"), ...documentFields })
  .refine(datesInOrder, datesIssue);
export type CreateReferenceDocumentInput = z.input<typeof createReferenceDocumentInput>;

export const updateReferenceDocumentInput = z
  .object({ version: z.int().min(1, "Phiên bản không hợp lệ"), ...documentFields })
  .refine(datesInOrder, datesIssue);

export const listReferenceDocumentsQuery = z.object({
  q: taskFreeText(200).optional(),
  councilId: uuid("Mã cơ quan chủ trì").optional(),
});

export const referenceDocumentSummary = z.object({
  id: z.uuid(),
  councilId: z.uuid(),
  symbol: z.string(),
  symbolReadable: z.boolean(),
  canonicalSymbol: z.string().nullable(),
  system: z.enum(["party", "state"]).nullable(),
  typeCode: z.string().nullable(),
  typeName: z.string().nullable(),
  issuerCode: z.string().nullable(),
  issuingBody: z.string(),
  issuedOn: z.string().nullable(),
  title: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  replacedById: z.uuid().nullable(),
  version: z.int(),
});
export type ReferenceDocumentSummary = z.infer<typeof referenceDocumentSummary>;

const linked = z.object({ id: z.uuid(), symbol: z.string(), title: z.string() });

export const referenceDocumentView = referenceDocumentSummary.extend({
  parsed: parsedSymbol,
  replacedBy: linked.nullable(),
  replaces: z.array(linked),
  tasks: z.array(z.object({ id: z.uuid(), title: z.string(), clusterId: z.uuid() })),
  canEdit: z.boolean(),
});
export type ReferenceDocumentView = z.infer<typeof referenceDocumentView>;
