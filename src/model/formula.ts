import type { FactoryFunctionMap, MathNode } from 'mathjs';
import { pow } from './pow.ts';
import { exp, log } from './det-math.ts';

// A mathjs instance with the parser only: no evaluate, import or createUnit exist in it at all.
// mathjs is loaded on demand (a chunk of its own, about 300 kB), so the page's first chart never
// waits for it: callers await `loadFormulaParser()` before the first `compileFormula`.
let parser: { parse(text: string): MathNode } | null = null;
let loading: Promise<void> | null = null;

/** Load the formula parser once; every later call returns the same promise. */
export function loadFormulaParser(): Promise<void> {
  loading ??= import('mathjs').then(({ create, parseDependencies }) => {
    parser = create({ parseDependencies } as FactoryFunctionMap);
  });
  return loading;
}

/**
 * Whether running a scenario needs the formula parser: some assumption is a custom rule or a
 * formula indicator. Without one, mathjs (a large chunk) need not be loaded at all.
 *
 * @param assumptions - The engine scenario's assumptions.
 */
export function needsFormulaParser(assumptions: Readonly<Record<string, { rule?: string; expression?: string; derive?: string }>>): boolean {
  return Object.values(assumptions).some((a) => a.rule === 'expression' || a.expression !== undefined || a.derive !== undefined);
}

/** Whether `compileFormula` can run now. */
export function formulaParserReady(): boolean {
  return parser !== null;
}

/** Why a formula was refused. The UI words each code and lists what is allowed. */
export type FormulaErrorCode =
  | 'formula-empty'
  | 'formula-too-long'
  | 'formula-syntax'
  | 'formula-node'
  | 'formula-symbol'
  | 'formula-function'
  | 'formula-operator';

export class FormulaError extends Error {
  /**
   * @param code - What is wrong.
   * @param detail - The offending piece (a symbol, function or node type), clipped.
   * @param allowed - What would have been accepted, so a message can say it.
   */
  constructor(
    readonly code: FormulaErrorCode,
    readonly detail: string,
    readonly allowed: { symbols: readonly string[]; functions: readonly string[] },
  ) {
    super(`${code}: ${detail}`);
    this.name = 'FormulaError';
  }
}

/** Functions a formula may call, each a plain number function. */
const FUNCTIONS: Record<string, (...args: number[]) => number> = {
  abs: Math.abs,
  exp,
  log,
  log10: (x) => log(x) / Math.LN10,
  sqrt: Math.sqrt,
  min: Math.min,
  max: Math.max,
  pow,
  floor: Math.floor,
  ceil: Math.ceil,
  round: Math.round,
};
export const FORMULA_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

const BINARY: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow,
};
const UNARY: Record<string, (a: number) => number> = { unaryMinus: (a) => -a, unaryPlus: (a) => a };

/** Longer formulas are refused: nobody writes a growth rule this long, and parsing has a cost. */
const MAX_LENGTH = 500;

/** A formula compiled to a closure over a numeric environment. */
export interface CompiledFormula {
  /** The symbols the formula uses, in the order `evaluate` expects their values. */
  symbols: readonly string[];
  evaluate(env: Float64Array): number;
}

/**
 * Parse a mathjs-syntax formula and compile it to a plain function, accepting only numbers, the
 * listed symbols, + − × ÷ ^, parentheses and the functions in `FORMULA_FUNCTIONS`. Everything else
 * — assignments, property access, strings, matrices, `import`, `evaluate`, `createUnit` — is
 * refused with a `FormulaError` that names the offending piece and what is allowed.
 *
 * @param text - The formula, e.g. `x * (1 + g)` or `rd_expenditure / gdp * 100`.
 * @param allowedSymbols - Names in scope: indicator ids, `x`, `t`, parameters.
 * @example compileFormula('x * (1 + g)', ['x', 'g']).evaluate(Float64Array.of(100, 0.1)) // 110
 */
export function compileFormula(text: string, allowedSymbols: readonly string[]): CompiledFormula {
  const allowed = { symbols: allowedSymbols, functions: FORMULA_FUNCTIONS };
  if (text.trim() === '') throw new FormulaError('formula-empty', '', allowed);
  if (text.length > MAX_LENGTH) throw new FormulaError('formula-too-long', String(text.length), allowed);
  // A programming error, not the user's: it must not read as a syntax error in their formula.
  if (!parser) throw new Error('compileFormula before loadFormulaParser() resolved');
  let root: MathNode;
  try {
    root = parser.parse(text);
  } catch (e) {
    throw new FormulaError('formula-syntax', clip(e instanceof Error ? e.message : String(e)), allowed);
  }
  const used: string[] = [];
  const slot = (name: string): number => {
    let i = used.indexOf(name);
    if (i < 0) i = used.push(name) - 1;
    return i;
  };
  type Fn = (env: Float64Array) => number;
  const build = (node: MathNode): Fn => {
    switch (node.type) {
      case 'ConstantNode': {
        const value = (node as unknown as { value: unknown }).value;
        if (typeof value !== 'number') throw new FormulaError('formula-node', `constant ${clip(String(value))}`, allowed);
        return () => value;
      }
      case 'SymbolNode': {
        const name = (node as unknown as { name: string }).name;
        if (!allowedSymbols.includes(name)) throw new FormulaError('formula-symbol', clip(name), allowed);
        const i = slot(name);
        return (env) => env[i] as number;
      }
      case 'ParenthesisNode':
        return build((node as unknown as { content: MathNode }).content);
      case 'OperatorNode': {
        const { fn, args } = node as unknown as { fn: string; args: MathNode[] };
        if (args.length === 1 && UNARY[fn]) {
          const op = UNARY[fn];
          const a = build(args[0] as MathNode);
          return (env) => op(a(env));
        }
        const op = BINARY[fn];
        if (args.length !== 2 || !op) throw new FormulaError('formula-operator', clip(fn), allowed);
        const a = build(args[0] as MathNode);
        const b = build(args[1] as MathNode);
        return (env) => op(a(env), b(env));
      }
      case 'FunctionNode': {
        const { fn, args } = node as unknown as { fn: MathNode; args: MathNode[] };
        const name = fn.type === 'SymbolNode' ? (fn as unknown as { name: string }).name : '';
        // Own-property check: `constructor` or `__proto__` must not resolve through the prototype.
        const impl = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
        if (!impl) throw new FormulaError('formula-function', clip(name || fn.type), allowed);
        const compiled = args.map(build);
        return (env) => impl(...compiled.map((f) => f(env)));
      }
      default:
        throw new FormulaError('formula-node', node.type, allowed);
    }
  };
  const evaluate = build(root);
  return { symbols: used, evaluate };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
