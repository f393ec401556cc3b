import { EXIT, type CliIo } from './cli-io.ts';
import { assess, calibrate, type AssessResult } from '../model/index.ts';
import { engineRequest } from '../user/apply-layers.ts';
import { addLayers } from './add-layers.ts';
import { loadFormulaParser } from '../model/index.ts';
import { assessJson } from './assess-json.ts';
import { formatReport } from './assess-report.ts';
import { checkScenarioIds } from './check-scenario-ids.ts';
import { fileLabel } from './read-json-file.ts';
import { readPlanFiles } from './read-plan-files.ts';
import { readScenarioFile } from './read-scenario.ts';
import { DEFAULT_SCENARIO } from '../scenario/scenario.ts';
import type { AssessRequest } from './parse-args.ts';
import { loadSeedDataset } from './read-seeds.ts';
import { describeProblems } from './scenario-messages.ts';

/** Where a command writes; injected so that tests and `main` decide what stdout and stderr are. */
// Kept importable from here, where every command first found them.
export { EXIT, type CliIo } from './cli-io.ts';

/**
 * Run `assess`: read the scenario, load the seed data, project every series synchronously, assess
 * every target (only the scenario's plans when it names some) and print a table or one JSON object.
 *
 * @param options - The scenario file (null: the default scenario), plan tables and whether to print JSON.
 * @param io - Where to write.
 * @returns The exit code: 0, 1 when the seeds or the engine fail, 2 for a bad scenario.
 */
export async function runAssess(options: Omit<AssessRequest, 'command' | 'planFiles'> & { planFiles?: string[] }, io: CliIo): Promise<number> {
  const read = options.scenarioFile === null ? { scenario: DEFAULT_SCENARIO, json: {} } : readScenarioFile(options.scenarioFile);
  if ('messages' in read) {
    read.messages.forEach((m) => io.err(m));
    return EXIT.badInput;
  }
  const { json } = read;
  let { scenario } = read;
  const where = options.scenarioFile === null ? (options.planFiles ?? []).map(fileLabel).join(', ') : fileLabel(options.scenarioFile);

  const seeds = loadSeedDataset(io.err);
  if (!seeds) return EXIT.failure;
  // Plan tables are read before the formula parser loads: a table with problems is answered at once.
  const plans = readPlanFiles(options.planFiles ?? [], seeds.indicators, new Date().toISOString());
  if ('messages' in plans) {
    plans.messages.forEach((m) => io.err(m));
    return EXIT.badInput;
  }
  plans.warnings.forEach((w) => io.err(w));
  // mathjs's parser loads only now, after the file's own checks: a mistyped scenario is answered at once.
  await loadFormulaParser();
  // A scenario file saved by the page carries the user's layers: add them as the page does, then the
  // plan tables' layers, checked by the same schema as a file's (the reader's output must pass it).
  const rawLayers = typeof read.json === 'object' && read.json !== null ? (read.json as Record<string, unknown>).layers : undefined;
  const allLayers = plans.layers.length === 0 ? rawLayers : [...(Array.isArray(rawLayers) ? rawLayers : []), ...plans.layers];
  const { dataset, layers } = addLayers(seeds, allLayers, where, io);
  // A scenario that names its plans names the plan tables' too: they were asked for by --plan.
  // Without a scenario, the plan tables are what was asked about: only their plans are assessed.
  const tablePlans = layers.flatMap((l) => (l.plans ?? []).map((p) => p.id));
  if (options.scenarioFile === null) scenario = { ...scenario, plans: tablePlans };
  else if (scenario.plans.length > 0) scenario = { ...scenario, plans: [...scenario.plans, ...tablePlans] };
  // The loader leaves bad rows out and loads the rest; say so rather than score on quietly.
  for (const p of dataset.problems) io.err(`warning: ${p.file}:${p.line}: ${p.column ?? '(row)'}: ${p.code}${p.value ? ` (${p.value})` : ''}; row left out`);

  const unknown = checkScenarioIds(scenario, dataset);
  if (unknown.length > 0) {
    describeProblems(where, unknown, json).forEach((m) => io.err(m));
    return EXIT.badInput;
  }

  const input = engineRequest(dataset, scenario, layers);
  let result: AssessResult;
  try {
    result = assess(input);
  } catch (e) {
    io.err(`${where}: the assessment failed: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failure;
  }
  // Calibration needs the full series, including the years after asOf that the engine did not see.
  // With each plan from its own base year there is no one as-of year to calibrate from.
  const calibration = typeof scenario.asOf === 'number' ? calibrate(result, input.series, scenario.asOf) : null;
  io.out(options.json ? assessJson(scenario, result, calibration) : formatReport(scenario, result, calibration));
  return EXIT.ok;
}
