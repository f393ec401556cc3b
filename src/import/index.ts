// The importer's public API: the page, the import worker and the tests of the whole import use this
// file only. Pieces (parseCell, decodeBytes, readShape…) are tested from their own files.
export { previewImport, MAX_IMPORT_ROWS, type ImportOptions, type ImportPreview } from './import-table.ts';
export { MAX_IMPORT_BYTES, type ImportInput } from './read-input.ts';
export type { ImportProblem, ImportProblemCode, ImportNote, ImportNoteCode } from './import-problems.ts';
export type { TextEncodingName } from './decode-text.ts';
export type { Delimiter } from './split-rows.ts';
export type { ImportShape } from './shape-types.ts';
export type { CatalogueIndicator } from './match-indicator.ts';
export type { PublishedFigure } from './published-check.ts';
