import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { readSeedTexts, SEEDS_DIR } from './read-seeds.ts';

const dataset = loadDataset(readSeedTexts());
/** Fold a plan text or clause the way the clause rule says: delete every whitespace character. */
const fold = (s: string) => s.replace(/\s+/gu, '');

describe('shipped seed data', () => {
  it('loads without a single problem', () => {
    expect(dataset.problems).toEqual([]);
    expect(dataset.plans.length).toBe(5);
    expect(dataset.targets.length).toBeGreaterThan(100);
    expect(dataset.actuals.length).toBeGreaterThan(50);
  });

  it('has the focal indicators with their fixed ids and units', () => {
    const unit = new Map(dataset.indicators.map((d) => [d.id, d.unit]));
    expect(unit.get('rd_gdp_ratio')).toBe('percent');
    expect(unit.get('rd_expenditure')).toBe('yi_yuan');
    expect(unit.get('gdp')).toBe('yi_yuan');
    expect(unit.get('tech_contract_value')).toBe('yi_yuan');
    expect(unit.get('hightech_enterprises')).toBe('count');
    const focal = dataset.indicators.filter((d) => d.focal === 'yes').map((d) => d.id);
    expect(focal.sort()).toEqual(['gdp', 'hightech_enterprises', 'rd_expenditure', 'rd_gdp_ratio', 'tech_contract_value']);
  });

  it('keeps every plan text verbatim beside its row', () => {
    for (const plan of dataset.plans) {
      const file = join(SEEDS_DIR, 'plans', plan.source_file);
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('copies every target clause verbatim from its plan text (line breaks folded)', () => {
    const texts = new Map(dataset.plans.map((p) => [p.id, fold(readFileSync(join(SEEDS_DIR, 'plans', p.source_file), 'utf8'))]));
    const planFile = new Map(dataset.plans.map((p) => [p.id, p.source_file]));
    const misses = dataset.targets.filter((t) => !texts.get(t.plan_id)?.includes(fold(t.clause_zh)));
    expect(misses.map((t) => `line ${t.line}: ${t.clause_zh}`)).toEqual([]);
    expect(dataset.targets.filter((t) => t.source_file !== planFile.get(t.plan_id)).map((t) => t.line)).toEqual([]);
  });

  it('keeps both values where plans disagree (high-tech enterprises 2019)', () => {
    const values = dataset.targets
      .filter((t) => t.indicator_id === 'hightech_enterprises' && t.region === 'guangzhou' && t.year === 2019)
      .map((t) => t.value)
      .sort((a, b) => a - b);
    expect(values).toEqual([11000, 11400]);
  });

  it('gives every published value an http(s) source and a quote that contains its digits', () => {
    const bad = dataset.actuals.filter((a) => {
      if (!/^https?:\/\//.test(a.source_url) || a.source_quote.trim() === '') return true;
      return digitForms(a.value).every((form) => !normaliseQuote(a.source_quote).includes(form));
    });
    expect(bad.map((a) => `line ${a.line}: ${a.value} / ${a.source_quote}`)).toEqual([]);
  });

  it('never ships a hedged figure ("超过", "约", "more than" before the number) as final', () => {
    const hedge = /(超过|突破|逾|约|近|左右|预计|more than|over|about|nearly|around)\s*$/i;
    const hedged = dataset.actuals.filter((a) => {
      if (a.quality !== 'final') return false;
      const quote = normaliseQuote(a.source_quote);
      return digitForms(a.value).some((form) => {
        const at = quote.indexOf(form);
        return at >= 0 && hedge.test(quote.slice(Math.max(0, at - 10), at));
      });
    });
    expect(hedged.map((a) => `line ${a.line}: ${a.source_quote}`)).toEqual([]);
  });

  it('tells readers, in both languages, when a count is read from a name rather than a numeral', () => {
    // The curator marks such rows in `note`; the quote's digits may then be a year's, so the digit
    // check above proves nothing and the reader must be told how the count was read.
    const named = dataset.actuals.filter((a) => (a.note ?? '').includes('COUNT FROM A NAME'));
    expect(named.map((a) => `${a.indicator_id}@${a.region}@${a.year}=${a.value}`)).toEqual(['national_labs@guangzhou@2020=1', 'national_labs@guangzhou@2021=1']);
    expect(named.filter((a) => !a.note_zh?.includes('读出') || !a.note_en?.includes('read from')).map((a) => a.line)).toEqual([]);
  });
});

/** The ways a quote may write a value: as is, or in 万 / 亿 / billion units (亿元 = 0.1 billion). */
function digitForms(value: number): string[] {
  return [value, value / 1e4, value / 1e8, value / 10].map(trimNumber);
}

/** Drop thousands separators and stray spaces inside numbers ("5 .3万亿", "12,099"). */
function normaliseQuote(quote: string): string {
  return quote.replace(/(?<=\d)[,，](?=\d{3})/g, '').replace(/(?<=\d)\s+(?=[.\d])|(?<=\.)\s+(?=\d)/g, '');
}

/** Print a number as a quote would: 12099, 2.87, 1273.36 — without float noise. */
function trimNumber(v: number): string {
  return String(Number(v.toPrecision(12)));
}
