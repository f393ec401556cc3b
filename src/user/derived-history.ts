import { pickRows } from '../data/pick-rows.ts';
import type { ActualRow, Dataset } from '../data/types.ts';
import { compileFormula, FormulaError } from '../model/index.ts';

/** The publisher named on values computed from a formula: they are the user's arithmetic, not a publication. */
export const FORMULA_PUBLISHER = '按公式计算';

/**
 * Compute the history of each formula indicator the dataset has no values for: for every region and
 * year in which all its parts have a value (published first, see `pickRows`), the formula of those
 * values. The rows are marked `estimate` and name the formula and the parts' values, so nobody takes
 * them for published figures. A year missing a part stays missing.
 *
 * @param dataset - Published and user data, already merged (`withLayers`).
 * @param formulas - Formula by indicator id (`derivedAssumptions` gives them).
 * @returns The dataset with the computed rows added.
 */
export function withDerivedHistory(dataset: Dataset, formulas: Readonly<Record<string, string>>): Dataset {
  const ids = dataset.indicators.map((d) => d.id);
  const added: ActualRow[] = [];
  for (const [id, text] of Object.entries(formulas)) {
    const indicator = dataset.indicators.find((d) => d.id === id);
    if (!indicator || dataset.actuals.some((a) => a.indicator_id === id)) continue;
    let formula;
    try {
      formula = compileFormula(text, ids.filter((x) => x !== id));
    } catch (e) {
      if (e instanceof FormulaError) continue; // The engine reports the refusal on the series.
      throw e;
    }
    const regions = new Set(dataset.actuals.filter((a) => formula.symbols.includes(a.indicator_id)).map((a) => a.region));
    for (const region of regions) {
      const parts = formula.symbols.map((part) => new Map(pickRows(dataset.actuals.filter((a) => a.indicator_id === part && a.region === region)).map((a) => [a.year, a])));
      const years = [...(parts[0]?.keys() ?? [])].filter((y) => parts.every((p) => p.has(y))).sort((a, b) => a - b);
      for (const year of years) {
        const rows = parts.map((p) => p.get(year) as ActualRow);
        const value = formula.evaluate(Float64Array.from(rows, (r) => r.value));
        if (!Number.isFinite(value)) continue;
        added.push({
          line: 0,
          indicator_id: id,
          region,
          year,
          value,
          unit: indicator.unit,
          quality: 'estimate',
          source_publisher: FORMULA_PUBLISHER,
          source_title: text,
          source_url: '',
          source_quote: rows.map((r, i) => `${formula.symbols[i]} = ${r.value}`).join('; '),
          note: null,
          origin: 'user',
          ...(indicator.layer ? { layer: indicator.layer } : {}),
        });
      }
    }
  }
  return added.length === 0 ? dataset : { ...dataset, actuals: [...dataset.actuals, ...added] };
}
