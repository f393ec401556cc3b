// The shipped data as the build checks it: the four seed CSVs are parsed, validated and fingerprinted
// once, when the app is built, and the page fetches the rows ready to use. Parsing them in the page
// was ~60 ms of the script the first chart waited for (four times that on a phone). The rows are
// exactly what `loadDataset` gives (a test holds the two equal), so the page, the CLI (which reads
// the CSVs) and a link's fingerprint agree.
import { dataVersion } from './data-version.ts';
import { LOADER_FIELDS, loadDataset } from './load-dataset.ts';
import { ACTUALS_SCHEMA, INDICATORS_SCHEMA, PLANS_SCHEMA, TARGETS_SCHEMA } from './seed-schemas.ts';
import type { TableSchema } from './table-schema.ts';
import type { Dataset, SeedTexts } from './types.ts';

/** One table, column names once and each row as its values in that order (a third of the size of row objects). */
interface PackedTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/** The seed data as the build writes it: format version, fingerprint, the four tables and any problems. */
export interface SeedBundle {
  format: 1;
  version: string;
  tables: Record<keyof SeedTexts, PackedTable>;
  problems: Dataset['problems'];
}

const SCHEMAS: Record<keyof SeedTexts, TableSchema> = { plans: PLANS_SCHEMA, indicators: INDICATORS_SCHEMA, targets: TARGETS_SCHEMA, actuals: ACTUALS_SCHEMA };
const TABLES = ['plans', 'indicators', 'targets', 'actuals'] as const;


/** Every row's fields: the line it came from, the schema's columns, then what the loader adds. */
function columnsOf(name: keyof SeedTexts): string[] {
  return ['line', ...SCHEMAS[name].columns.map((c) => c.name), ...LOADER_FIELDS[name]];
}

/**
 * Load the seed CSVs as the page would and pack them for shipping.
 *
 * @param texts - The four seed files' text.
 */
export function packSeeds(texts: SeedTexts): SeedBundle {
  const dataset = loadDataset(texts);
  const pack = (name: keyof SeedTexts): PackedTable => {
    const columns = columnsOf(name);
    const rows = dataset[name] as unknown as Record<string, string | number | null>[];
    return { columns, rows: rows.map((row) => columns.map((c) => row[c] ?? null)) };
  };
  return {
    format: 1,
    version: dataVersion(texts),
    tables: { plans: pack('plans'), indicators: pack('indicators'), targets: pack('targets'), actuals: pack('actuals') },
    problems: dataset.problems,
  };
}

/** Why a fetched bundle was refused (a truncated download, a file from another build). */
export class SeedBundleError extends Error {}

/**
 * Unpack a fetched bundle into the dataset and its fingerprint. The bundle is the build's own file,
 * so its values are not re-validated; its shape is, so a damaged or stale file is refused whole
 * rather than read into wrong columns.
 *
 * @param value - The parsed JSON.
 * @throws SeedBundleError when the shape is not this build's.
 */
export function unpackSeeds(value: unknown): { dataset: Dataset; version: string } {
  const bundle = value as Partial<SeedBundle> | null;
  if (bundle === null || typeof bundle !== 'object' || bundle.format !== 1 || typeof bundle.version !== 'string' || !Array.isArray(bundle.problems) || typeof bundle.tables !== 'object' || bundle.tables === null) {
    throw new SeedBundleError('not a seed bundle of this version');
  }
  const unpack = (name: keyof SeedTexts): Record<string, string | number | null>[] => {
    const table = bundle.tables?.[name];
    const columns = columnsOf(name);
    const added = new Set(LOADER_FIELDS[name]);
    if (!table || !Array.isArray(table.rows) || !Array.isArray(table.columns) || table.columns.join('\n') !== columns.join('\n')) {
      throw new SeedBundleError(`${name}: columns differ from this build's`);
    }
    return table.rows.map((row) => {
      if (!Array.isArray(row) || row.length !== columns.length) throw new SeedBundleError(`${name}: a row of the wrong length`);
      const record: Record<string, string | number | null> = {};
      columns.forEach((c, i) => {
        // An added field the loader did not set stays absent, as in the loader's rows.
        if (added.has(c) && row[i] === null) return;
        record[c] = row[i] ?? null;
      });
      return record;
    });
  };
  const [plans, indicators, targets, actuals] = TABLES.map(unpack);
  // The rows were checked against these schemas when the build packed them (see packSeeds).
  const dataset = { plans, indicators, targets, actuals, problems: bundle.problems } as unknown as Dataset;
  return { dataset, version: bundle.version };
}
