import { describe, expect, it } from 'vitest';
import { fill, MESSAGES } from '../../src/i18n/messages.ts';
import type { Calibration, Scores } from '../../src/model/index.ts';
import type { TrackRecord } from '../../src/runner/track-record.ts';
import { calibrationParams, reuseUnchanged, trackRecordParams, trackRecordText } from '../../src/notebook/outlook.ts';

describe('reuseUnchanged', () => {
  it('keeps the old object where the content is the same, so nothing redraws', () => {
    const old = { v: 1 };
    const next = reuseUnchanged(new Map([['k', old]]), new Map([['k', { v: 1 }], ['j', { v: 2 }]]), (a, b) => a.v === b.v);
    expect(next.get('k')).toBe(old);
    expect(next.get('j')).toEqual({ v: 2 });
  });
});

/** Scores built from counts, so each share below can be checked by hand. */
function scores(values: number, in90: number, in50: number, apeSum: number, targets = 0, brierSum = 0): Scores {
  return { values, coverage90: in90 / values, coverage50: in50 / values, crps: 0.1, mape: apeSum / values, targets, brier: brierSum / targets };
}

describe('calibrationParams (the hindcast sentence)', () => {
  // As of 2018: 36 of 40 later values inside the 90% range (90%), 18 inside the 50% range (45%), the
  // median's errors add up to 3.2 (3.2 / 40 = 8%); two targets with squared errors 0.1² + 0.3² = 0.10,
  // Brier 0.10 / 2 = 0.05. The baseline forecast 30 of the values: 21 and 12 inside (70%, 40%), errors
  // 3.6 (12%); the model on those 30: 27 and 15 (90%, 50%), errors 2.1 (7%); baseline Brier
  // (0.4² + 0.6²) / 2 = 0.26.
  const c: Calibration = {
    ...scores(40, 36, 18, 3.2, 2, 0.1),
    baseline: scores(30, 21, 12, 3.6, 2, 0.52),
    sameAsBaseline: scores(30, 27, 15, 2.1, 2, 0.1),
  };

  it('writes whole percent and two-decimal Brier scores, in plain words in both languages', () => {
    expect(calibrationParams(c, 2018, 'en')).toEqual({
      asOf: '2018',
      values: '40',
      in90: '90%',
      in50: '45%',
      mape: '8%',
      targets: '2',
      brier: '0.05',
      bvalues: '30',
      sin90: '90%',
      sin50: '50%',
      smape: '7%',
      bin90: '70%',
      bin50: '40%',
      bmape: '12%',
      btargets: '2',
      sbrier: '0.05',
      bbrier: '0.26',
    });
    expect(fill(MESSAGES.zh.calibration, calibrationParams(c, 2018, 'zh'))).toBe(
      '截至2018年的数据所作预测：后来公布的40个数值中，90%落在90%区间内（目标85–95%），45%落在50%区间内；中位数平均偏差8%；2个已判定目标的Brier分数为0.05（越低越好）。' +
        '同样这些数值中，朴素基准（带漂移的随机游走）也能预测的有30个：在这些数值上，模型的90%、50%区间分别覆盖90%、50%，中位数平均偏差7%；朴素基准分别为70%、40%，平均偏差12%。2个同样目标的Brier分数：模型0.05，朴素基准0.26。',
    );
    expect(fill(MESSAGES.en.calibration, calibrationParams(c, 2018, 'en'))).toBe(
      'Forecasts from the data up to 2018: of 40 values published later, 90% fell inside the 90% range (aim: 85–95%) and 45% inside the 50% range; ' +
        'the median was off by 8% on average; the Brier score over 2 decided targets is 0.05 (lower is better). ' +
        'A naive baseline (random walk with drift) also forecast 30 of these values: on those, the model’s 90% and 50% ranges held 90% and 50% and its median was off by 7%; ' +
        'the baseline’s held 70% and 40%, off by 12%. Brier over the same 2 targets: model 0.05, baseline 0.26.',
    );
  });

  it('writes — for what could not be measured (no targets: 0 / 0 is NaN)', () => {
    const none = { ...c, targets: 0, brier: Number.NaN, baseline: { ...c.baseline, targets: 0, brier: Number.NaN } };
    const p = calibrationParams(none, 2018, 'zh');
    expect([p.targets, p.brier, p.bbrier, p.in90]).toEqual(['0', '—', '—', '90%']);
  });
});

describe('the track record sentence', () => {
  // 1,116 of 1,200 later values inside the 90% ranges: 1116 / 1200 = 93%; the median's errors add up
  // to 147.6, 147.6 / 1200 = 12.3%, shown as 12%. The baseline forecast 960 of them and held 720
  // (75%); the model held 900 of those same 960 (93.75%, shown as 94%).
  const record: TrackRecord = {
    from: 2012,
    to: 2022,
    overall: { ...scores(1200, 1116, 600, 147.6), baseline: scores(960, 720, 400, 100), sameAsBaseline: scores(960, 900, 480, 90) },
    byHorizon: {} as TrackRecord['byHorizon'],
  };

  it('gives whole percent, grouped counts and the baseline on the values it also forecast', () => {
    expect(trackRecordParams(record, 'en')).toEqual({
      params: { from: '2012', to: '2022', in90: '93%', mape: '12%', values: '1,200', bvalues: '960', sin90: '94%', bin90: '75%' },
      basis: 'subset',
    });
  });

  it('reads as a planner’s sentence in Chinese and in English', () => {
    expect(trackRecordText(record, 'zh')).toBe(
      '从2012–2022年各年回测看，90%区间覆盖了后来公布值的93%（目标85–95%），中位数平均偏差12%。' +
        '依据1,200个数值（默认假设，仅用公布数据）；其中朴素基准（带漂移的随机游走）也能预测的960个数值上，模型的90%区间覆盖94%，朴素基准覆盖75%。',
    );
    expect(trackRecordText(record, 'en')).toBe(
      'In hindcasts from every year 2012–2022, the 90% ranges held 93% of the values published later (aim: 85–95%); the median was off by 12% on average. ' +
        'This rests on 1,200 values (default assumptions, published data only); on the 960 of them that a naive baseline (random walk with drift) could also forecast, ' +
        'the model’s 90% ranges held 94% and the baseline’s 75%.',
    );
  });

  it('says “the same values” when the baseline forecast them all, and leaves it out when it forecast none', () => {
    const all = { ...record, overall: { ...record.overall, baseline: scores(1200, 900, 500, 150), sameAsBaseline: record.overall } };
    // 900 / 1200 = 75%.
    expect(trackRecordParams(all, 'zh').basis).toBe('same');
    expect(trackRecordText(all, 'zh')).toContain('依据1,200个数值（默认假设，仅用公布数据）；同样这些数值上，朴素基准（带漂移的随机游走）的90%区间覆盖75%。');
    const alone = { ...record, overall: { ...record.overall, baseline: scores(0, 0, 0, 0), sameAsBaseline: scores(0, 0, 0, 0) } };
    expect(trackRecordText(alone, 'en')).toMatch(/on average\. This rests on 1,200 values \(default assumptions, published data only\)\.$/);
  });

  it('writes — for shares of no values (0 / 0 is NaN), never NaN%', () => {
    const empty = { ...record, overall: { ...scores(0, 0, 0, 0), baseline: scores(0, 0, 0, 0), sameAsBaseline: scores(0, 0, 0, 0) } };
    const { params } = trackRecordParams(empty, 'zh');
    expect([params.in90, params.mape, params.values, params.bin90]).toEqual(['—', '—', '0', '—']);
    expect(trackRecordText(empty, 'en')).not.toContain('NaN');
  });
});
