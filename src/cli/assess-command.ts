import { EXIT, type CliIo } from './cli-io.ts';
import { assess, calibrate, type AssessResult } from '../model/index.ts';
import { engineRequest } from '../user/apply-layers.ts';
import { addLayers } from './add-layers.ts';
import { loadFormulaParser } from '../model/index.ts';
import { assessJson } from './assess-json.ts';
import { formatReport } from './assess-report.ts';
import { checkScenarioIds } from './check-scenario-ids.ts';
import { fileLabel } from './read-json-file.ts';
import { readScenarioFile } from './read-scenario.ts';
import { loadSeedDataset } from './read-seeds.ts';
import { describeProblems } from './scenario-messages.ts';

/** Where a command writes; injected so that tests and `main` decide what stdout and stderr are. */
// Kept importable from here, where every command first found them.
export { EXIT, type CliIo } from './cli-io.ts';

/**
 * Run `assess`: read the scenario, load the seed data, project every series synchronously, assess
 * every target (only the scenario's plans when it names some) and print a table or one JSON object.
 *
 * @param options - The scenario file and whether to print JSON.
 * @param io - Where to write.
 * @returns The exit code: 0, 1 when the seeds or the engine fail, 2 for a bad scenario.
 */
export async function runAssess(options: { scenarioFile: string; json: boolean }, io: CliIo): Promise<number> {
  const read = readScenarioFile(options.scenarioFile);
  if ('messages' in read) {
    read.messages.forEach((m) => io.err(m));
    return EXIT.badInput;
  }
  const { scenario, json } = read;

  const seeds = loadSeedDataset(io.err);
  if (!seeds) return EXIT.failure;
  // mathjs's parser loads only now, after the file's own checks: a mistyped scenario is answered at once.
  await loadFormulaParser();
  // A scenario file saved by the page carries the user's layers: add them as the page does.
  const rawLayers = typeof read.json === 'object' && read.json !== null ? (read.json as Record<string, unknown>).layers : undefined;
  const { dataset, layers } = addLayers(seeds, rawLayers, fileLabel(options.scenarioFile), io);
  // The loader leaves bad rows out and loads the rest; say so rather than score on quietly.
  for (const p of dataset.problems) io.err(`warning: ${p.file}:${p.line}: ${p.column ?? '(row)'}: ${p.code}${p.value ? ` (${p.value})` : ''}; row left out`);

  const unknown = checkScenarioIds(scenario, dataset);
  if (unknown.length > 0) {
    describeProblems(fileLabel(options.scenarioFile), unknown, json).forEach((m) => io.err(m));
    return EXIT.badInput;
  }

  const input = engineRequest(dataset, scenario, layers);
  let result: AssessResult;
  try {
    result = assess(input);
  } catch (e) {
    io.err(`${fileLabel(options.scenarioFile)}: the assessment failed: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failure;
  }
  // Calibration needs the full series, including the years after asOf that the engine did not see.
  // With each plan from its own base year there is no one as-of year to calibrate from.
  const calibration = typeof scenario.asOf === 'number' ? calibrate(result, input.series, scenario.asOf) : null;
  io.out(options.json ? assessJson(scenario, result, calibration) : formatReport(scenario, result, calibration));
  return EXIT.ok;
}
