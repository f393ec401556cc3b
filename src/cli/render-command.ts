import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { dataVersion } from '../data/data-version.ts';
import { loadDataset } from '../data/load-dataset.ts';
import { assess, loadFormulaParser } from '../model/index.ts';
import type { Dataset, SeedTexts } from '../data/types.ts';
import type { AddressScenarios } from '../scenario/address.ts';
import { DEFAULT_SCENARIO } from '../scenario/scenario.ts';
import { engineRequest } from '../user/apply-layers.ts';
import { addLayers } from './add-layers.ts';
import { chartCsv } from '../share/chart-csv.ts';
import { chartFileName } from '../share/chart-export.ts';
import { chartSvgFile } from '../share/chart-svg.ts';
import { shareUrls } from '../share/embed-code.ts';
import { findChart, forPlans } from '../share/find-chart.ts';
import { planColors } from '../charts/plan-colors.ts';
import { buildNotebook } from '../notebook/notebook.ts';
import { groupAssessments, projectionsByKey } from '../notebook/outlook.ts';
import { EXIT, type CliIo } from './assess-command.ts';
import { oneLine } from './message-text.ts';
import { linkParams } from './open-link.ts';
import type { RenderRequest } from './parse-args.ts';
import { readSeedTexts } from './read-seeds.ts';
import { svgToPngBytes } from './svg-png.ts';

/** The address `npm start` serves the notebook at; used for links when only a fragment is given. */
const LOCAL_NOTEBOOK = 'http://localhost:4173/';

/**
 * Run `render`: open a shared link as the page would, run the same engine on the same data, and
 * write each chart as the page's SVG download and its CSV (and, with `--png`, its PNG at 2×). The SVG is built with jsdom's document by
 * the same code the page uses, so the files carry the page's numbers for the same link.
 *
 * @param request - The link, output folder, charts, language and base address.
 * @param link - The link as `openLink` opened it (`main` does so before this module and jsdom load,
 *   so a refused link is answered at once).
 * @param io - Where to write messages.
 * @returns The exit code: 0, 1 when the seeds or engine fail or a file cannot be written, 2 for a bad link or chart id.
 */
export async function runRender(request: RenderRequest, link: AddressScenarios, io: CliIo): Promise<number> {
  let texts: SeedTexts;
  let published: Dataset;
  try {
    texts = readSeedTexts();
    published = loadDataset(texts);
  } catch (e) {
    io.err(`cannot read the seed data: ${oneLine(e instanceof Error ? e.message : String(e), 300)}`);
    return EXIT.failure;
  }
  await loadFormulaParser();
  const { dataset, layers } = addLayers(published, link.layers, '--link', io);
  const version = dataVersion(texts);
  if (link.madeWith !== null && link.madeWith !== version) {
    io.err('warning: the link was made with other data or an earlier engine; the files show the numbers of today\'s data and engine');
  }
  const scenario = link.scenario ?? DEFAULT_SCENARIO;
  const notebook = buildNotebook(dataset, { aboutTolerance: scenario.aboutTolerance });
  const wanted = request.charts ?? (link.chart ? [link.chart] : null);
  const views = wanted ? wanted.map((id) => ({ id, view: findChart(notebook, id, scenario.plans) })) : notebook.charted.map((v) => ({ id: v.key, view: forPlans(v, scenario.plans) }));
  const unknown = views.filter((v) => v.view === null).map((v) => v.id);
  if (unknown.length > 0) {
    io.err(`--charts: no chart for ${unknown.map((u) => `"${oneLine(u, 60)}"`).join(', ')}; use an indicator id or id@region from seeds/indicators.csv`);
    return EXIT.badInput;
  }

  // Only the charts asked for are simulated (with a full run's digits); all when none are named.
  const result = assess({ ...engineRequest(dataset, scenario, layers), ...(wanted ? { only: views.map((v) => v.view?.key ?? v.id) } : {}) });
  const projections = projectionsByKey(result);
  const assessments = groupAssessments(result.targets);
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const base = request.link.includes('://') ? request.link : (request.baseUrl ?? LOCAL_NOTEBOOK);
  const fragment = fragmentOf(request.link);
  const colors = planColors(dataset.plans.map((p) => p.id));

  try {
    mkdirSync(request.out, { recursive: true });
    for (const { view } of views) {
      if (!view) continue;
      const context = {
        view,
        plans: dataset.plans,
        colors,
        locale: request.locale,
        projection: projections.get(view.key) ?? null,
        assessments: assessments.get(view.key) ?? [],
        scenario,
      };
      const notebookUrl = shareUrls(base, fragment, view.key).notebook;
      const svg = join(request.out, chartFileName(view, 'svg'));
      // The CSV is named by its scenario and opens with it (as the page's download does), so two runs'
      // tables never pass for each other.
      const csv = join(request.out, chartFileName(view, 'csv', scenario));
      const svgText = chartSvgFile(context, notebookUrl, document);
      writeFileSync(svg, svgText);
      writeFileSync(csv, chartCsv({ ...context, header: { scenario, link: notebookUrl, dataVersion: version } }));
      io.out(`${svg}\n${csv}`);
      if (request.png) {
        const png = join(request.out, chartFileName(view, 'png'));
        writeFileSync(png, await svgToPngBytes(svgText));
        io.out(png);
      }
    }
  } catch (e) {
    io.err(`cannot write into ${oneLine(request.out, 300)}: ${oneLine(e instanceof Error ? e.message : String(e), 300)}`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

/** The notebook part of a link (`s=…&a=…&lang=…`), without the embed's own `chart=`: the page's links keep their language. */
function fragmentOf(link: string): string {
  const params = linkParams(link);
  params.delete('chart');
  return params.toString();
}
