import { toEngineInput } from '../data/engine-input.ts';
import { fingerprint } from '../data/fingerprint.ts';
import type { Dataset } from '../data/types.ts';
import { evaluate, type AssessInput } from '../model/index.ts';
import { DEFAULT_SCENARIO, EVALUATE_YEARS, toEngineScenario } from '../scenario/scenario.ts';
import type { Evaluator } from './evaluate-runner.ts';
import { summariseEvaluation, type TrackRecord } from './track-record.ts';

/**
 * The engine's track record on the shipped data, measured when the app was built (`virtual:track-record`),
 * with the fingerprint of the input and years it was measured on.
 */
export interface ShippedTrackRecord {
  key: string;
  record: TrackRecord;
}

/**
 * What the track record is measured on: exactly what `npm run cli -- evaluate` measures, the published
 * data without the reader's layers and the shipped default scenario (seed 1, 10,000 paths, no assumptions).
 *
 * @param published - The published data.
 */
export function trackRecordInput(published: Dataset): AssessInput {
  return { ...toEngineInput(published), scenario: toEngineScenario(DEFAULT_SCENARIO) };
}

/**
 * The fingerprint of an evaluation's input and years: equal keys, the same evaluation.
 *
 * @param input - What is evaluated.
 * @param range - The first and last as-of years.
 */
export function trackRecordKey(input: AssessInput, range: { from: number; to: number }): string {
  return fingerprint({ input, range: { from: range.from, to: range.to } });
}

/**
 * Measure the track record on the published data over `EVALUATE_YEARS` (eleven assessments), as the
 * build does once for the shipped seeds.
 *
 * @param published - The published data, as the page holds it (unpacked from the seed bundle).
 */
export function measureTrackRecord(published: Dataset): ShippedTrackRecord {
  const input = trackRecordInput(published);
  return { key: trackRecordKey(input, EVALUATE_YEARS), record: summariseEvaluation(evaluate(input, EVALUATE_YEARS)) };
}

/**
 * An evaluator that answers with the record measured at build time when it was measured on exactly
 * this input and these years, and otherwise evaluates (the engine is deterministic, so both give the
 * same digits). Every page opens on the shipped data, so the page's eleven assessments (about 1.2 s
 * of a core on a 2-core machine, more on a phone) are not run again on each visit; anything else, or a
 * record that cannot be loaded, falls back to the evaluation.
 *
 * @param shipped - Loads the shipped record (a chunk of its own).
 * @param evaluate - The evaluation to fall back on.
 * @example preferShipped(() => import('virtual:track-record').then((m) => m.default), evaluateInWorker…)
 */
export function preferShipped(shipped: () => Promise<ShippedTrackRecord>, evaluate: Evaluator): Evaluator {
  return async (input, range) => {
    const record = await shipped().catch(() => null);
    if (record !== null && record.key === trackRecordKey(input, range)) return { kind: 'done', trackRecord: record.record, ms: 0 };
    return evaluate(input, range);
  };
}

/**
 * Write a value of numbers, strings, booleans, nulls, arrays and plain objects as a JavaScript literal
 * that evaluates to an equal value: as JSON, except that NaN and ±Infinity are written as themselves
 * (JSON would write null). Finite numbers are written as `String` does, which reads back exactly.
 *
 * @param value - The value.
 * @example javascriptLiteral({ crps: NaN, values: [1, 0.5] }) // '{"crps":NaN,"values":[1,0.5]}'
 */
export function javascriptLiteral(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(javascriptLiteral).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const fields = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${javascriptLiteral(v)}`).join(',')}}`;
  }
  throw new TypeError(`javascriptLiteral: cannot write ${typeof value}`);
}
