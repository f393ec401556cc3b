import { loadFormulaParser } from '../../src/model/index.ts';

// mathjs's parser loads on demand (a chunk of its own in the page); tests that compile formulas,
// directly or through the engine, run after it has loaded, as the worker and the CLI do.
await loadFormulaParser();
