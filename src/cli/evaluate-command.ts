import { engineRequest } from '../user/apply-layers.ts';
import { evaluate, loadFormulaParser, type Evaluation } from '../model/index.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario/scenario.ts';
import { EXIT, type CliIo } from './assess-command.ts';
import { checkScenarioIds } from './check-scenario-ids.ts';
import { formatEvaluation } from './evaluate-report.ts';
import type { EvaluateRequest } from './parse-args.ts';
import { fileLabel } from './read-json-file.ts';
import { readScenarioFile } from './read-scenario.ts';
import { loadSeedDataset } from './read-seeds.ts';
import { describeProblems } from './scenario-messages.ts';

/**
 * Run `evaluate`: hindcast the published data from every as-of year in the range under the shipped
 * defaults (or a scenario file's assumptions, seed and paths), and print the track record beside
 * the random walk with drift, as a table or one JSON object.
 *
 * @param request - The range, the optional scenario file and whether to print JSON.
 * @param io - Where to write.
 * @returns The exit code: 0, 1 when the seeds or the engine fail, 2 for a bad scenario file (ids included).
 */
export async function runEvaluate(request: EvaluateRequest, io: CliIo): Promise<number> {
  let scenario: Scenario = DEFAULT_SCENARIO;
  let json: unknown;
  if (request.scenarioFile !== null) {
    const read = readScenarioFile(request.scenarioFile);
    if ('messages' in read) {
      read.messages.forEach((m) => io.err(m));
      return EXIT.badInput;
    }
    ({ scenario, json } = read);
  }
  const dataset = loadSeedDataset(io.err);
  if (!dataset) return EXIT.failure;
  // As for assess: the engine ignores ids it does not know, so a misspelt one would be scored quietly on the defaults.
  if (request.scenarioFile !== null) {
    const unknown = checkScenarioIds(scenario, dataset);
    if (unknown.length > 0) {
      describeProblems(fileLabel(request.scenarioFile), unknown, json).forEach((m) => io.err(m));
      return EXIT.badInput;
    }
  }
  let evaluation: Evaluation;
  try {
    await loadFormulaParser();
    // Published data only: `evaluate` leaves a scenario file's layers out (docs/cli.md).
    evaluation = evaluate(engineRequest(dataset, scenario, []), request);
  } catch (e) {
    io.err(`the evaluation failed: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failure;
  }
  io.out(request.json ? evaluationJson(scenario, evaluation) : formatEvaluation(scenario, evaluation));
  return EXIT.ok;
}

/** One JSON object: the scenario, the summaries, and every scored point and target. NaN becomes null. */
function evaluationJson(scenario: Scenario, evaluation: Evaluation): string {
  const body = { scenario, ...evaluation };
  return JSON.stringify(body, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2);
}
