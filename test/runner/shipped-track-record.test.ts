import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { packSeeds, unpackSeeds } from '../../src/data/seed-bundle.ts';
import { evaluate } from '../../src/model/index.ts';
import type { EvaluateOutcome } from '../../src/runner/evaluate-runner.ts';
import { javascriptLiteral, measureTrackRecord, preferShipped, trackRecordInput, trackRecordKey } from '../../src/runner/shipped-track-record.ts';
import { summariseEvaluation } from '../../src/runner/track-record.ts';
import { DEFAULT_SCENARIO, EVALUATE_YEARS, toEngineScenario } from '../../src/scenario/scenario.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

const texts = readSeedTexts();
/** The published data as the page holds it: unpacked from the seed bundle the build ships. */
const pageData = unpackSeeds(JSON.parse(JSON.stringify(packSeeds(texts)))).dataset;

describe('javascriptLiteral', () => {
  it('writes JSON, but NaN and ±Infinity as themselves', () => {
    expect(javascriptLiteral({ crps: NaN, values: [1, 0.5, Infinity, -Infinity], name: 'a"b', ok: true, none: null })).toBe('{"crps":NaN,"values":[1,0.5,Infinity,-Infinity],"name":"a\\"b","ok":true,"none":null}');
    expect(javascriptLiteral({ skipped: undefined, kept: 0 })).toBe('{"kept":0}');
  });

  it('reads back to an equal value, every digit', () => {
    const value = { a: 0.1 + 0.2, b: [1 / 3, 1e-300, -2.5e21], c: { d: NaN } };
    expect(new Function(`return ${javascriptLiteral(value)};`)()).toEqual(value);
  });

  it('refuses what it cannot write, rather than writing it wrong', () => {
    expect(() => javascriptLiteral({ m: new Map() })).toThrow(TypeError);
    expect(() => javascriptLiteral({ f: () => 1 })).toThrow(TypeError);
  });
});

describe('the track record measured when the app is built', () => {
  it('is what the page would evaluate, on the data the page holds, with the fingerprint of that input', () => {
    const shipped = measureTrackRecord(pageData);
    // The worker's `evaluate` sends exactly this back.
    expect(shipped.record).toEqual(summariseEvaluation(evaluate(trackRecordInput(pageData), EVALUATE_YEARS)));
    expect(trackRecordInput(pageData).scenario).toEqual(toEngineScenario(DEFAULT_SCENARIO));
    // As `cli evaluate` measures it from the CSVs: the same input, whichever way the data was read.
    expect(shipped.key).toBe(trackRecordKey(trackRecordInput(loadDataset(texts)), EVALUATE_YEARS));
    expect(shipped.record.overall.values).toBeGreaterThan(100);
  });

  it('has another fingerprint for any other data, scenario or years', () => {
    const key = trackRecordKey(trackRecordInput(pageData), EVALUATE_YEARS);
    const oneValue = { ...pageData, actuals: pageData.actuals.map((a, i) => (i === 0 ? { ...a, value: a.value + 1 } : a)) };
    expect(trackRecordKey(trackRecordInput(oneValue), EVALUATE_YEARS)).not.toBe(key);
    const otherSeed = { ...trackRecordInput(pageData), scenario: { ...toEngineScenario(DEFAULT_SCENARIO), seed: 2 } };
    expect(trackRecordKey(otherSeed, EVALUATE_YEARS)).not.toBe(key);
    expect(trackRecordKey(trackRecordInput(pageData), { from: 2013, to: 2022 })).not.toBe(key);
  });
});

describe('preferShipped', () => {
  const input = trackRecordInput(pageData);
  const record = { from: 2012, to: 2022, overall: {}, byHorizon: {} } as unknown as ReturnType<typeof summariseEvaluation>;
  const evaluated: EvaluateOutcome = { kind: 'timeout' };

  it('answers with the shipped record for the input it was measured on, without evaluating', async () => {
    const fallback = vi.fn(async () => evaluated);
    const outcome = await preferShipped(async () => ({ key: trackRecordKey(input, EVALUATE_YEARS), record }), fallback)(input, EVALUATE_YEARS);
    expect(outcome).toEqual({ kind: 'done', trackRecord: record, ms: 0 });
    expect(fallback).not.toHaveBeenCalled();
  });

  it('evaluates any other input, and when the shipped record cannot be loaded', async () => {
    const fallback = vi.fn(async () => evaluated);
    const other = preferShipped(async () => ({ key: 'not this input', record }), fallback);
    expect(await other(input, EVALUATE_YEARS)).toBe(evaluated);
    const missing = preferShipped(() => Promise.reject(new Error('chunk failed to load')), fallback);
    expect(await missing(input, EVALUATE_YEARS)).toBe(evaluated);
    expect(fallback).toHaveBeenCalledTimes(2);
    expect(fallback).toHaveBeenCalledWith(input, EVALUATE_YEARS);
  });
});
