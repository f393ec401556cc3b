import { describe, expect, it } from 'vitest';
import type { AssessResult } from '../../src/model/assess.ts';
import type { TargetAssessment } from '../../src/model/assess-target.ts';
import { fitRandomWalk, walkForecast, walkProbability, type RandomWalk } from '../../src/model/baseline-random-walk.ts';
import { evaluate, horizonGroup } from '../../src/model/evaluate.ts';
import { calibrate, scoredPoints, scoredTargets } from '../../src/model/hindcast.ts';
import { emptyProjection, type SeriesProjection } from '../../src/model/projection.ts';
import { crpsNormal, crpsSample, logsOf } from '../../src/model/score-forecast.ts';
import type { SeriesInput } from '../../src/model/series.ts';
import { blankAssessment } from '../fixtures/target-assessment.ts';
import type { Observation, Quality } from '../../src/model/types.ts';

const at = (year: number, value: number, quality: Quality = 'final'): Observation => ({ year, value, quality });
const input = (id: string, history: Observation[]): SeriesInput => ({ indicatorId: id, region: 'r', history, lowerBound: null, upperBound: null });

describe('CRPS known answers', () => {
  it('scores the sample {0, 1} against 0 as 0.25', () => {
    // E|X − 0| = (0 + 1)/2 = 0.5; ½E|X − X′| = ½·(0 + 1 + 1 + 0)/4 = 0.25; 0.5 − 0.25 = 0.25.
    expect(crpsSample(Float64Array.of(0, 1), 0)).toBeCloseTo(0.25, 15);
    // Against ½: E|X − ½| = 0.5, the same spread term: 0.25 again.
    expect(crpsSample(Float64Array.of(1, 0), 0.5)).toBeCloseTo(0.25, 15);
  });
  it('scores {1, 2, 3} against 2 as 2/9', () => {
    // E|X − 2| = (1 + 0 + 1)/3 = 2/3; E|X − X′| = (0+1+2+1+0+1+2+1+0)/9 = 8/9, half is 4/9; 2/3 − 4/9 = 2/9.
    expect(crpsSample(Float64Array.of(3, 1, 2), 2)).toBeCloseTo(2 / 9, 15);
  });
  it('is the absolute error for a single value, NaN for none, and leaves the sample unsorted', () => {
    expect(crpsSample(Float64Array.of(2), 5)).toBe(3);
    expect(crpsSample(new Float64Array(0), 5)).toBeNaN();
    const sample = Float64Array.of(3, 1, 2);
    crpsSample(sample, 0, new Float64Array(3));
    expect(Array.from(sample)).toEqual([3, 1, 2]);
  });
  it('scores N(0, 1) against 0 as 2φ(0) − 1/√π = 0.7978846 − 0.5641896 = 0.2336950', () => {
    expect(crpsNormal(0, 1, 0)).toBeCloseTo(0.233695, 6);
    // It scales with the SD: N(5, 2²) against 5 is 2·0.2336950 = 0.4673900.
    expect(crpsNormal(5, 2, 5)).toBeCloseTo(0.46739, 6);
    // Far out it is |z| − 1/√π: 10 − 0.5641896 = 9.4358104.
    expect(crpsNormal(0, 1, 10)).toBeCloseTo(9.4358104, 7);
    // With SD 0 it is the absolute error.
    expect(crpsNormal(1, 0, 4)).toBe(3);
  });
  it('takes logs, and a value at or below zero as a millionth of the outcome', () => {
    // ln e = 1; 0 → ln(100·1e-6) = ln 1e-4 = −9.2103404.
    const logs = logsOf(Float64Array.of(Math.E, 0, -3), 100);
    expect(logs[0]).toBeCloseTo(1, 14);
    expect(logs[1]).toBeCloseTo(-9.2103404, 7);
    expect(logs[2]).toBeCloseTo(-9.2103404, 7);
  });
});

describe('the baseline: a log random walk with drift', () => {
  it('fits 100, 110, 121 (2016–18): drift ln 1.1, σ 0, starting at ln 121 in 2018', () => {
    const walk = fitRandomWalk([at(2016, 100), at(2017, 110), at(2018, 121)]);
    expect(walk?.drift).toBeCloseTo(Math.log(1.1), 12);
    expect(walk?.sigma).toBeCloseTo(0, 7);
    expect(walk?.span).toBe(2);
    expect(walk?.startYear).toBe(2018);
    expect(walk?.start).toBeCloseTo(Math.log(121), 12);
  });
  it('fits across a gap: 100, 120, 120, 144 (2015, 2016, 2018, 2019) gives σ = ln 1.2/√2', () => {
    // a = ln 1.2; μ̂ = 2a/4 = a/2; Σ(Δ − kμ̂)²/k = a²/4 + a²/2 + a²/4 = a²; σ² = a²/2; σ = 0.1289208.
    const walk = fitRandomWalk([at(2015, 100), at(2016, 120), at(2018, 120), at(2019, 144)]);
    expect(walk?.drift).toBeCloseTo(Math.log(1.2) / 2, 12);
    expect(walk?.sigma).toBeCloseTo(0.1289208, 7);
    expect(walk?.span).toBe(4);
  });
  it('needs three firm positive points', () => {
    expect(fitRandomWalk([at(2016, 100), at(2017, 110)])).toBeNull();
    expect(fitRandomWalk([at(2016, 100), at(2017, 110), at(2018, 130, 'lower_bound')])).toBeNull();
    expect(fitRandomWalk([at(2016, 100), at(2017, 110, 'estimate'), at(2018, 121)])).toBeNull();
    expect(fitRandomWalk([at(2016, 0), at(2017, 110), at(2018, 121)])).toBeNull();
  });
  it('forecasts mean ln x_L + hμ and SD σ√(h(1 + h/span))', () => {
    // σ = 0.1, span 4, from ln 100 in 2019 with μ = 0.05. h = 2: mean ln 100 + 0.1, SD 0.1·√(2·1.5) = 0.1·√3 = 0.1732051.
    // h = 4: SD 0.1·√(4·2) = 0.2828427. Without the drift term h = 4 would give 0.2.
    const walk: RandomWalk = { startYear: 2019, start: Math.log(100), drift: 0.05, sigma: 0.1, span: 4 };
    expect(walkForecast(walk, 2021).mean).toBeCloseTo(Math.log(100) + 0.1, 12);
    expect(walkForecast(walk, 2021).sd).toBeCloseTo(0.1732051, 7);
    expect(walkForecast(walk, 2023).sd).toBeCloseTo(0.2828427, 7);
  });
  it('gives a probability from the normal forecast', () => {
    const walk: RandomWalk = { startYear: 2019, start: Math.log(100), drift: 0.05, sigma: 0.1, span: 4 };
    // The median in 2021 is 100·e^0.1 = 110.5171: an even chance either way (Φ is good to about 1e-7).
    expect(walkProbability(walk, 100 * Math.exp(0.1), 2021, '>=')).toBeCloseTo(0.5, 6);
    expect(walkProbability(walk, 100 * Math.exp(0.1), 2021, '<=')).toBeCloseTo(0.5, 6);
    // One SD above the median (ln K = ln 100 + 0.1 + 0.1732051): 1 − Φ(1) = 0.1586553.
    expect(walkProbability(walk, 100 * Math.exp(0.1 + 0.1732051), 2021, '>=')).toBeCloseTo(0.1586553, 6);
    expect(walkProbability(walk, 120, 2021, '==')).toBeNull();
    expect(walkProbability(walk, 0, 2021, '>=')).toBeNull();
    // σ = 0: certain one way. The 2021 mean is 110.5171.
    const still = { ...walk, sigma: 0 };
    expect(walkProbability(still, 110, 2021, '>=')).toBe(1);
    expect(walkProbability(still, 111, 2021, '>=')).toBe(0);
  });
});

function target(over: Partial<TargetAssessment> & Pick<TargetAssessment, 'id' | 'indicator_id' | 'year' | 'target'>): TargetAssessment {
  return blankAssessment({ last_actual_year: 2017, last_actual_quality: 'final', ...over });
}

describe('calibrate on a hand-made hindcast as of 2017', () => {
  // A: 100, 130, 121 up to 2017, then 133.1 (2018) and 300 (2019). Its baseline: μ = ln 1.1, σ = d√2 with
  //    d = ln(1.3/1.1) (σ = 0.2362502), span 2, from ln 121.
  // B: 100, 110 up to 2017 (two firm points: no baseline), then 121 (2018).
  const a = input('a', [at(2015, 100), at(2016, 130), at(2017, 121), at(2018, 133.1), at(2019, 300)]);
  const b = input('b', [at(2016, 100), at(2017, 110), at(2018, 121)]);
  const projection = (s: SeriesInput, years: number[], quantiles: number[], scores: SeriesProjection['scores']): SeriesProjection => ({
    ...emptyProjection(s, null),
    startYear: 2017,
    lastActualYear: 2017,
    years,
    quantiles: Float64Array.from(quantiles),
    scores,
  });
  const result: AssessResult = {
    series: [
      // A 2018: 133.1 inside 120–140 and 125–135. A 2019: 300 outside both.
      projection(a, [2018, 2019], [120, 125, 130, 135, 140, 120, 130, 140, 150, 160], [
        { year: 2018, actual: 133.1, crps: 0.25 },
        { year: 2019, actual: 300, crps: 0.75 },
      ]),
      // B 2018: 121 inside 100–125, outside 110–120.
      projection(b, [2018], [100, 110, 115, 120, 125], [{ year: 2018, actual: 121, crps: 0.5 }]),
      // A series with no projection is skipped.
      emptyProjection(input('c', [at(2017, 5)]), 'no-history'),
    ],
    targets: [
      // Met (300 ≥ 250), model 0.3; the baseline's: 1 − Φ(ln(250/146.41)/(2σ)) = 1 − Φ(1.1323802) = 0.1287373.
      target({ id: 't1', indicator_id: 'a', year: 2019, target: 250, probability: 0.3, verdict: 'met' }),
      // Missed (121 < 130), model 0.2; B has no baseline.
      target({ id: 't2', indicator_id: 'b', year: 2018, target: 130, probability: 0.2, verdict: 'missed' }),
      // Not counted: a year at or before the as-of year, an undetermined verdict, no probability.
      target({ id: 't3', indicator_id: 'a', year: 2017, target: 100, probability: 0.9, verdict: 'met' }),
      target({ id: 't4', indicator_id: 'a', year: 2019, target: 300, probability: 0.5, verdict: 'undetermined' }),
      target({ id: 't5', indicator_id: 'a', year: 2019, target: 300, comparator: '==', probability: null, verdict: 'missed' }),
    ],
  };
  const calibration = calibrate(result, [a, b], 2017);

  it('collects each scored year once, with its horizon and both forecasts', () => {
    const points = scoredPoints(result, [a, b], 2017);
    expect(points.map((p) => [p.key, p.year, p.horizon])).toEqual([
      ['a@r', 2018, 1],
      ['a@r', 2019, 2],
      ['b@r', 2018, 1],
    ]);
    expect(points[2]?.baseline).toBeNull();
    expect(points[1]?.model).toEqual({ p05: 120, p25: 130, p50: 140, p75: 150, p95: 160, crps: 0.75 });
  });

  it('gives the baseline fan: 2018 centred on 133.1 with SD σ√1.5, 2019 on 146.41 with SD 2σ', () => {
    // 2018: SD 0.2362502·√1.5 = 0.2893462; p05 = 133.1·e^(−1.6448536·0.2893462) = 82.69579, p95 = 214.2263.
    // 2019: SD 0.2362502·√(2·2) = 0.4725003; p75 = 146.41·e^(0.6744898·0.4725003) = 201.3627, p95 = 318.4943.
    const [first, second] = scoredPoints(result, [a, b], 2017);
    expect(first?.baseline?.p50).toBeCloseTo(133.1, 9);
    expect(first?.baseline?.p05).toBeCloseTo(82.69579, 4);
    expect(first?.baseline?.p95).toBeCloseTo(214.2263, 3);
    expect(second?.baseline?.p50).toBeCloseTo(146.41, 9);
    expect(second?.baseline?.p75).toBeCloseTo(201.3627, 3);
    expect(second?.baseline?.p95).toBeCloseTo(318.4943, 3);
  });

  it('scores the model on every point: coverage 2/3 and 1/3, CRPS 0.5, MAPE 0.2020703', () => {
    // In 90%: A 2018, B 2018 (2 of 3). In 50%: A 2018 (1 of 3). CRPS (0.25 + 0.75 + 0.5)/3 = 0.5.
    // MAPE: (|130 − 133.1|/133.1 + |140 − 300|/300 + |115 − 121|/121)/3 = (0.0232908 + 0.5333333 + 0.0495868)/3 = 0.2020703.
    expect(calibration.values).toBe(3);
    expect(calibration.coverage90).toBeCloseTo(2 / 3, 15);
    expect(calibration.coverage50).toBeCloseTo(1 / 3, 15);
    expect(calibration.crps).toBeCloseTo(0.5, 15);
    expect(calibration.mape).toBeCloseTo(0.2020703, 7);
  });

  it('gives the Brier score as the mean of (p − outcome)²: ((0.3 − 1)² + (0.2 − 0)²)/2 = 0.265', () => {
    expect(calibration.targets).toBe(2);
    expect(calibration.brier).toBeCloseTo(0.265, 15);
    expect(scoredTargets(result, [a, b], 2017).map((t) => t.id)).toEqual(['t1', 't2']);
  });

  it('scores the model again on exactly the baseline’s points and targets', () => {
    // Only A's two years and t1: coverage 1/2 and 1/2, CRPS (0.25 + 0.75)/2 = 0.5,
    // MAPE (0.0232908 + 0.5333333)/2 = 0.2783120, Brier (0.3 − 1)² = 0.49.
    const same = calibration.sameAsBaseline;
    expect(same.values).toBe(2);
    expect(same.coverage90).toBe(0.5);
    expect(same.coverage50).toBe(0.5);
    expect(same.crps).toBeCloseTo(0.5, 15);
    expect(same.mape).toBeCloseTo(0.278312, 6);
    expect(same.targets).toBe(1);
    expect(same.brier).toBeCloseTo(0.49, 15);
  });

  it('scores the baseline on those same points', () => {
    // 2018: 133.1 is the median, inside both; CRPS = 0.2893462·0.2336950 = 0.0676187.
    // 2019: z = ln(300/146.41)/0.4725003 = 1.5182457: inside 90% (< 1.6449), outside 50% (> 0.6745);
    //   CRPS = 0.4725003·[z(2Φ(z) − 1) + 2φ(z) − 1/√π] = 0.4773550.
    // Mean CRPS (0.0676187 + 0.4773550)/2 = 0.2724869; MAPE (0 + |146.41 − 300|/300)/2 = 0.2559833.
    // Brier (0.1287373 − 1)² = 0.7590987.
    const base = calibration.baseline;
    expect(base.values).toBe(2);
    expect(base.coverage90).toBe(1);
    expect(base.coverage50).toBe(0.5);
    expect(base.crps).toBeCloseTo(0.2724869, 6);
    expect(base.mape).toBeCloseTo(0.2559833, 7);
    expect(base.targets).toBe(1);
    expect(base.brier).toBeCloseTo(0.7590987, 6);
  });

  it('reports NaN, not 0, where there is nothing to score', () => {
    const empty = calibrate({ series: [], targets: [] }, [], 2017);
    expect(empty.values).toBe(0);
    expect(empty.coverage90).toBeNaN();
    expect(empty.brier).toBeNaN();
  });
});

describe('evaluate: rolling origin, each forecast counted once', () => {
  // S has no 2016 value: as of 2015 and as of 2016 its last data year is 2015, so its forecast of 2017
  // is made twice and counted once. T has 2016: as of 2016 it makes a new forecast of 2017.
  const s = input('s', [at(2012, 100), at(2013, 110), at(2014, 121), at(2015, 133.1), at(2017, 161.051)]);
  const t = input('t', [at(2012, 100), at(2013, 110), at(2014, 121), at(2015, 133.1), at(2016, 146.41), at(2017, 161.051)]);
  const evaluation = evaluate(
    {
      series: [s, t],
      targets: [
        { id: 'ts', planId: 'p', indicatorId: 's', region: 'r', year: 2017, value: 150, comparator: '>=' },
        { id: 'tt', planId: 'p', indicatorId: 't', region: 'r', year: 2017, value: 150, comparator: '>=' },
      ],
      scenario: { asOf: null, horizon: 2017, seed: 1, paths: 200, assumptions: {} },
    },
    { from: 2015, to: 2016 },
  );

  it('counts a point once per series, last data year and year', () => {
    // S: (2015 → 2017) once. T: as of 2015 (2015 → 2016), (2015 → 2017); as of 2016 (2016 → 2017). 4 in all.
    const ids = evaluation.points.map((p) => `${p.key} ${p.startYear}→${p.year} as of ${p.asOf}`);
    expect(ids).toEqual(['s@r 2015→2017 as of 2015', 't@r 2015→2016 as of 2015', 't@r 2015→2017 as of 2015', 't@r 2016→2017 as of 2016']);
    expect(evaluation.overall.values).toBe(4);
  });

  it('counts a target once per last data year', () => {
    // ts: last data year 2015 both times → once; tt: 2015, then 2016 → twice.
    expect(evaluation.targets.map((x) => `${x.id} ${x.startYear}`)).toEqual(['ts 2015', 'tt 2015', 'tt 2016']);
  });

  it('groups by horizon: 1, 2, 3+', () => {
    // h = 1: T 2015→16, T 2016→17. h = 2: S 2015→17, T 2015→17. None at 3+.
    expect(evaluation.byHorizon['1'].values).toBe(2);
    expect(evaluation.byHorizon['2'].values).toBe(2);
    expect(evaluation.byHorizon['3+'].values).toBe(0);
    expect([1, 2, 3, 7].map(horizonGroup)).toEqual(['1', '2', '3+', '3+']);
    expect(evaluation.bySeries.map((x) => [x.key, x.calibration.values])).toEqual([
      ['s@r', 1],
      ['t@r', 3],
    ]);
  });
});
