// The importer's public API: the UI imports from this file only.
export { previewImport, MAX_IMPORT_ROWS, type ImportOptions, type ImportPreview } from './import-table.ts';
export { MAX_IMPORT_BYTES, type ImportInput } from './read-input.ts';
export {
  IMPORT_PROBLEM_CODES,
  IMPORT_NOTE_CODES,
  CLIP_LENGTH,
  type ImportProblem,
  type ImportProblemCode,
  type ImportNote,
  type ImportNoteCode,
} from './import-problems.ts';
export { decodeBytes, type DecodedText, type TextEncodingName } from './decode-text.ts';
export { parseCell, isBlankCell, type ParsedCell, type CellNumber, type CellProblemCode } from './parse-number.ts';
export { fitToUnit, combineUnits, type FitResult } from './fit-unit.ts';
export { readUnitWord, type CellUnit, type UnitDimension } from './unit-words.ts';
export type { Delimiter } from './split-rows.ts';
export type { ImportShape } from './shape-types.ts';
export type { CatalogueIndicator } from './match-indicator.ts';
export type { ExactDecimal } from './exact-decimal.ts';
