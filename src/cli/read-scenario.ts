import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../scenario/scenario.ts';
import { describeProblems } from './scenario-messages.ts';

/**
 * Read and check a scenario file. Every way it can fail (missing, unreadable, not JSON, against the
 * schema) comes back as messages that start with the file name, never as a thrown error.
 *
 * @param file - The path as the user typed it, relative to the working directory.
 * @returns The scenario and the JSON it came from, or the messages to print.
 */
export function readScenarioFile(file: string): { scenario: Scenario; json: unknown } | { messages: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { messages: [`${file}: cannot read the file (${readError(e)})`] };
  }
  let json: unknown;
  try {
    // Some editors on Windows save a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // Some engines quote the text in the message, newlines and all; keep the report to one short line.
    const reason = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    return { messages: [`${file}: invalid JSON: ${reason.length > 120 ? `${reason.slice(0, 120)}…` : reason}`] };
  }
  const parsed = parseScenario(json);
  if ('problems' in parsed) return { messages: describeProblems(file, parsed.problems, json) };
  return { scenario: parsed.scenario, json };
}

function readError(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}
