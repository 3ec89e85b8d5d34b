import type { SheetImportResult } from "../../contracts/rankings";
import { saveInputsFromSheet } from "../assessments/save-inputs-from-sheet";
import { checkScoringSheet } from "./import-scoring-sheet";
import { cellPlace } from "./sheet-layout";

/**
 * The upload of a filled scoring sheet: every cell checked (`checkScoringSheet`), then every input saved
 * at the sheet's stage in one transaction by the assessment workflow, all or nothing. Only values that
 * differ from what is stored are written (and audited); a blank note keeps the stored one. A value someone
 * saved after the sheet was downloaded (its version, kept in the hidden column H, differs) is never
 * overwritten: the whole file is refused (409) naming each such cell and the value now stored.
 */
export async function saveScoringSheet(
  args: Parameters<typeof checkScoringSheet>[0],
): Promise<SheetImportResult> {
  const { clusterId, stage, units } = await checkScoringSheet(args);
  const inputs = units.flatMap((u) =>
    Object.entries(u.inputs).map(([criterionCode, value]) => {
      const cell = u.cells.get(criterionCode);
      return {
        unitId: u.unit.unitId,
        criterionCode,
        value,
        note: cell?.note ?? null,
        version: cell?.version ?? 0,
        place: cell ? cellPlace(u.sheet, cell.row, cell.column) : cellPlace(u.sheet),
      };
    }),
  );
  const { count } = await saveInputsFromSheet({ db: args.db, actor: args.actor, clusterId, stage, inputs });
  return {
    stage,
    saved: true,
    count,
    units: units.map((u) => ({ unit: u.unit.code, unitId: u.unit.unitId, sheet: u.sheet, inputs: u.inputs })),
  };
}
