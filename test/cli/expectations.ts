/**
 * The rule for a corpus case's expectation file, shared by the CLI's corpus tests: a missing
 * expectation fails, so a case added without one can never pass by default; only with
 * `UPDATE_EXPECTATIONS=1`, and never under `CI=true`, is it written from what the CLI printed.
 */

/** Whether this run writes expectations from the output: `UPDATE_EXPECTATIONS=1`, outside CI. */
export function updatingExpectations(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.UPDATE_EXPECTATIONS === '1' && env.CI !== 'true';
}

/**
 * The error for a case without its expectation, when expectations are not being updated.
 *
 * @param file - The expectation file that is missing.
 * @param testFile - The test file to name in the command that writes it.
 */
export function missingExpectation(file: string, testFile: string, env: NodeJS.ProcessEnv = process.env): Error {
  const why = env.CI === 'true' ? ' (CI=true: expectations are never written in CI)' : '';
  return new Error(`missing expectation ${file}${why}; write it from the output with UPDATE_EXPECTATIONS=1 npx vitest run --project unit ${testFile}, then review it`);
}
