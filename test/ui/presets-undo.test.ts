import { describe, expect, it } from 'vitest';
import { assess } from '../../src/model/index.ts';
import { PRESET_SERIES, PRESET_TARGETS } from '../fixtures/preset-series.ts';
import { SHOCK_SIZE } from '../../src/scenario/presets.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { WorkspaceState } from '../../src/ui/workspace-state.svelte.ts';

// One series at 100 in 2020 (95 in 2019); targets 110 in 2021 (needs 110/100 − 1 = 10% in one year)
// and 115.7625 in 2023 (needs 1.157625^(1/3) − 1 = 5% a year): plan pace sets the higher, 10%.
// The first projected year is 2021, where the shock preset cuts growth by 5 points.
const series = PRESET_SERIES;
const targets = PRESET_TARGETS;
const result = assess({ series: [series], targets, scenario: { asOf: null, horizon: 2023, seed: 1, paths: 200, assumptions: {} } });
/** The reader's own assumption before any preset: 3% growth and a spread of 0.1. */
const own = { 'x@r': { growth: 0.03, volatility: 0.1 } };
const shocked = { 'x@r': { growth: 0.03, volatility: 0.1, shocks: [{ year: 2021, size: SHOCK_SIZE }] } };
const open = () => new WorkspaceState({ scenario: { ...DEFAULT_SCENARIO, indicators: structuredClone(own) } }, () => '手工');

describe('WorkspaceState presets', () => {
  it('has no preset on at first, and undo then changes nothing', () => {
    const ws = open();
    expect(ws.activePreset).toBeNull();
    const before = ws.scenario;
    ws.undoPreset();
    expect(ws.scenario).toBe(before);
  });

  it('marks the preset applied as on, and undo restores the exact assumptions from before it', () => {
    const ws = open();
    ws.preset('shock', result);
    expect(ws.activePreset).toBe('shock');
    expect(ws.scenario.indicators).toEqual(shocked);
    ws.undoPreset();
    expect(ws.activePreset).toBeNull();
    expect(ws.scenario.indicators).toEqual(own);
    expect(ws.scenario).toEqual({ ...DEFAULT_SCENARIO, indicators: own });
  });

  it('does not stack: a second preset starts from the assumptions before the first, and undo goes back past both', () => {
    const ws = open();
    ws.preset('shock', result);
    ws.preset('plan-pace', result);
    expect(ws.activePreset).toBe('plan-pace');
    // Plan pace on the reader's own 3%: the 10% the 2021 target needs, and no shock carried over.
    expect(Object.keys(ws.scenario.indicators)).toEqual(['x@r']);
    expect(ws.scenario.indicators['x@r']?.growth).toBeCloseTo(0.1, 12);
    expect(ws.scenario.indicators['x@r']?.volatility).toBe(0.1);
    expect(ws.scenario.indicators['x@r']?.shocks).toBeUndefined();
    ws.preset('trend', result);
    expect(ws.scenario.indicators).toEqual({});
    ws.undoPreset();
    expect(ws.scenario.indicators).toEqual(own);
  });

  it('undoes the preset that is on when it is pressed again, as a toggle button does', () => {
    const ws = open();
    ws.preset('trend', result);
    expect(ws.activePreset).toBe('trend');
    ws.preset('trend', result);
    expect(ws.activePreset).toBeNull();
    expect(ws.scenario.indicators).toEqual(own);
  });

  it('keeps the preset on across a change of seed or year, and turns it off when the reader sets an assumption', () => {
    const ws = open();
    ws.preset('shock', result);
    ws.set('seed', 7);
    ws.set('asOf', 2018);
    expect(ws.activePreset).toBe('shock');
    ws.undoPreset();
    expect(ws.scenario).toEqual({ ...DEFAULT_SCENARIO, seed: 7, asOf: 2018, indicators: own });

    ws.preset('shock', result);
    ws.setAssumption('x@r', { growth: 0.2 });
    // The hand-made change is kept: there is nothing left to undo, and a new preset starts from it.
    expect(ws.activePreset).toBeNull();
    ws.undoPreset();
    expect(ws.scenario.indicators).toEqual({ 'x@r': { growth: 0.2 } });
    ws.preset('shock', result);
    expect(ws.scenario.indicators).toEqual({ 'x@r': { growth: 0.2, shocks: [{ year: 2021, size: SHOCK_SIZE }] } });
  });

  it('turns the preset off when a workspace is opened in its place', () => {
    const ws = open();
    ws.preset('trend', result);
    ws.open({ scenario: { ...DEFAULT_SCENARIO, indicators: { 'x@r': { growth: 0.01 } } }, layers: [], notes: [] });
    expect(ws.activePreset).toBeNull();
    ws.undoPreset();
    expect(ws.scenario.indicators).toEqual({ 'x@r': { growth: 0.01 } });
  });
});
