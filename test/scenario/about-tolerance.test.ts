import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/scenario/link-codec.ts';
import { DEFAULT_SCENARIO, parseScenario, readScenario, toEngineScenario, type Scenario } from '../../src/scenario/scenario.ts';

const edited: Scenario = { ...DEFAULT_SCENARIO, asOf: 2018, indicators: { rd_gdp_ratio: { growth: 0.05 } } };
/** `encodeLink({ scenario: edited, data: 'seed-v1' })` as written before the tolerance existed. */
const OLD_LINK = '1.FcdBCoAgEAXQu_y1hQZBzCU6ggyNmZuMUWwh3j16u9fRQM5AQCghyNQcDLjsJ2ixbjNIt6SDa9YC6lDxUR6vXFP-HzW_9QLZ2a5jjA8';

describe("the scenario's tolerance for 'about' targets", () => {
  it('is absent by default and in old files, and the engine then uses its own default', () => {
    const parsed = parseScenario({ asOf: 2018 });
    expect('scenario' in parsed && parsed.scenario.aboutTolerance).toBeUndefined();
    expect(toEngineScenario(DEFAULT_SCENARIO)).not.toHaveProperty('aboutTolerance');
    // Written as the default, it reads as absent: one scenario, one form.
    const same = parseScenario({ aboutTolerance: 0.02 });
    expect('scenario' in same && same.scenario).toEqual(DEFAULT_SCENARIO);
  });
  it('reads 0 < t ≤ 0.5 and refuses the rest by name, keeping everything else', () => {
    const ok = parseScenario({ aboutTolerance: 0.05 });
    expect('scenario' in ok && ok.scenario.aboutTolerance).toBe(0.05);
    expect('scenario' in ok && toEngineScenario(ok.scenario).aboutTolerance).toBe(0.05);
    expect(parseScenario({ aboutTolerance: 0.5 })).toHaveProperty('scenario');
    for (const bad of [0, -0.01, 0.51, 2]) expect(parseScenario({ aboutTolerance: bad })).toEqual({ problems: [{ field: 'aboutTolerance', code: 'out-of-range', value: String(bad) }] });
    expect(parseScenario({ aboutTolerance: '2%' })).toEqual({ problems: [{ field: 'aboutTolerance', code: 'not-a-number', value: '2%' }] });
    const lenient = readScenario({ aboutTolerance: 9, seed: 7 });
    expect(lenient.scenario.seed).toBe(7);
    expect(lenient.scenario.aboutTolerance).toBeUndefined();
    expect(lenient.problems).toHaveLength(1);
  });
  it('travels in a link only when changed, so old links stay byte for byte the same', async () => {
    expect(await encodeLink({ scenario: edited, data: 'seed-v1' })).toBe(OLD_LINK);
    expect(await encodeLink({ scenario: { ...edited, aboutTolerance: 0.02 }, data: 'seed-v1' })).toBe(OLD_LINK);
    const old = await decodeLink(OLD_LINK);
    expect('payload' in old && old.payload.scenario).toEqual(edited);
    const link = await encodeLink({ scenario: { ...edited, aboutTolerance: 0.05 }, data: 'seed-v1' });
    expect(link).not.toBe(OLD_LINK);
    const back = await decodeLink(link);
    expect('payload' in back && back.payload.scenario).toEqual({ ...edited, aboutTolerance: 0.05 });
  });
});
