import { parseScenario, type Scenario } from '../scenario/scenario.ts';
import { fileLabel, readJsonFile } from './read-json-file.ts';
import { describeProblems } from './scenario-messages.ts';

/**
 * Read and check a scenario file. Every way it can fail (missing, unreadable, not UTF-8, too large or
 * too deep, not JSON, a refused key such as `__proto__`, against the schema) comes back as messages
 * that start with the file name, one line per problem, never as a thrown error.
 *
 * @param file - The path as the user typed it, relative to the working directory.
 * @returns The scenario and the JSON it came from, or the messages to print.
 */
export function readScenarioFile(file: string): { scenario: Scenario; json: unknown } | { messages: string[] } {
  const read = readJsonFile(file);
  if ('messages' in read) return read;
  const json = read.value;
  const parsed = parseScenario(json);
  if ('problems' in parsed) return { messages: describeProblems(fileLabel(file), parsed.problems, json) };
  return { scenario: parsed.scenario, json };
}
