import { loadFormulaParser } from '../../src/model/index.ts';

// mathjs's parser loads on demand (a chunk of its own in the page); tests that compile formulas,
// directly or through the engine, import this file first, as the worker and the CLI await the
// parser before their first formula. It is not a setup file of every test: loading mathjs takes
// about 2 s of CPU in Node, which most files do not need.
await loadFormulaParser();
