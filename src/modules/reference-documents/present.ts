import type { ReferenceDocumentSummary } from "../../contracts/reference-documents";
import type { ReferenceDocumentRow } from "./repo";

export const presentDocument = (row: ReferenceDocumentRow): ReferenceDocumentSummary => ({
  id: row.id,
  councilId: row.councilId,
  symbol: row.symbol,
  symbolReadable: row.symbolReadable,
  canonicalSymbol: row.canonicalSymbol,
  system: row.system,
  typeCode: row.typeCode,
  typeName: row.typeName,
  issuerCode: row.issuerCode,
  issuingBody: row.issuingBody,
  issuedOn: row.issuedOn,
  title: row.title,
  validFrom: row.validFrom,
  validTo: row.validTo,
  replacedById: row.replacedById,
  version: row.version,
});
