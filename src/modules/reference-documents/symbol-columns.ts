import { parseSymbol } from "../../core/documents/parse-symbol";

/** The parsed parts of a typed symbol as columns; all null (and flagged) when it cannot be read. */
export function symbolColumns(symbol: string) {
  const parsed = parseSymbol(symbol);
  if (!parsed.readable) {
    return {
      symbol: parsed.typed,
      symbolReadable: false,
      canonicalSymbol: null,
      system: null,
      number: null,
      typeCode: null,
      typeName: null,
      issuerCode: null,
    };
  }
  return {
    symbol: parsed.typed,
    symbolReadable: true,
    canonicalSymbol: parsed.canonical,
    system: parsed.system,
    number: parsed.number,
    typeCode: parsed.typeCode,
    typeName: parsed.typeName,
    issuerCode: parsed.issuer,
  };
}
