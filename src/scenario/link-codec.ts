import { readJson, type JsonIssue } from '../text/read-json.ts';
import { joinBytes } from '../text/join-bytes.ts';
import { DEFAULT_ABOUT_TOLERANCE } from '../model/index.ts';
import { DEFAULT_SCENARIO, parseScenario, type Scenario, type ScenarioProblem } from './scenario.ts';

/** What a link carries: the scenario and the data version it was made with. */
export interface LinkPayload {
  scenario: Scenario;
  /** `dataVersion` of the seeds the link was made with. */
  data: string;
  /**
   * The results on screen when the link was made, by target key (see `resultDigest`): probabilities
   * to 0.1 %. When the data has changed since, the page sets them beside today's.
   */
  results?: Record<string, number>;
  /**
   * The user's data layers and notes (`Workspace`), when they are small enough to travel in a link.
   * Passed through as JSON: the page checks them against its catalogue (`readWorkspace`).
   */
  layers?: unknown;
  notes?: unknown;
}

/** Why a link could not be opened; the page words each one and opens the default notebook. */
export type LinkProblem = 'unknown-version' | 'damaged' | 'too-large' | 'invalid';

/** One part of a link that was refused, by its path in the link's JSON (`indicators.gdp.growth`). */
export interface LinkDetail {
  path: string;
  code: ScenarioProblem['code'] | JsonIssue['code'] | 'not-a-string' | 'bad-results';
  /** The refused value as short text, when there is one to quote. */
  value?: string;
}

/** What `decodeLink` returns for a link it cannot open; `details` lists what was refused, when known. */
export interface LinkRefusal {
  problem: LinkProblem;
  details?: LinkDetail[];
}

/** The version written by `encodeLink`. Every older version stays readable through MIGRATIONS. */
export const LINK_VERSION = 1;
/** A link longer than this is refused before any work: no scenario needs it. */
const MAX_LINK_CHARS = 20_000;
/** Inflated JSON larger than this is refused: a compression bomb must not hang the page. */
const MAX_JSON_BYTES = 200_000;

/**
 * Upgrades from each older link version to the next. A future v2 adds `2: (v1) => v2` here and
 * never removes an entry, so every link made today still opens.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * Encode a scenario as a URL-safe string: `1.` + base64url(deflate-raw(JSON)). Only fields that differ
 * from the defaults are written, so a typical edited scenario stays short.
 *
 * @param payload - The scenario and data version.
 */
export async function encodeLink(payload: LinkPayload): Promise<string> {
  const { scenario } = payload;
  const compact: Record<string, unknown> = { v: LINK_VERSION, d: payload.data };
  for (const key of ['asOf', 'horizon', 'seed', 'paths'] as const) {
    if (scenario[key] !== DEFAULT_SCENARIO[key]) compact[key] = scenario[key];
  }
  // Only a changed tolerance travels, so a link without one stays byte for byte what it was.
  if (scenario.aboutTolerance !== undefined && scenario.aboutTolerance !== DEFAULT_ABOUT_TOLERANCE) compact.aboutTolerance = scenario.aboutTolerance;
  if (scenario.plans.length > 0) compact.plans = scenario.plans;
  if (Object.keys(scenario.indicators).length > 0) compact.indicators = scenario.indicators;
  if (payload.results && Object.keys(payload.results).length > 0) compact.r = payload.results;
  if (Array.isArray(payload.layers) && payload.layers.length > 0) compact.u = payload.layers;
  if (Array.isArray(payload.notes) && payload.notes.length > 0) compact.n = payload.notes;
  const bytes = new TextEncoder().encode(JSON.stringify(compact));
  return `${LINK_VERSION}.${toBase64Url(await transform(bytes, new CompressionStream('deflate-raw'), Infinity))}`;
}

/**
 * Decode a link made by any version of `encodeLink`. Never throws and never evaluates anything: a
 * damaged, truncated, unknown-version or hostile string yields a problem code instead.
 *
 * @param text - The encoded scenario (the part after `s=` in the address).
 */
export async function decodeLink(text: string): Promise<{ payload: LinkPayload } | LinkRefusal> {
  try {
    if (text.length > MAX_LINK_CHARS) return { problem: 'too-large' };
    const match = /^(\d{1,3})\.([A-Za-z0-9_-]*)$/.exec(text);
    if (!match) return { problem: 'damaged' };
    const version = Number(match[1]);
    if (version < 1 || version > LINK_VERSION) return { problem: 'unknown-version' };
    const bytes = fromBase64Url(match[2] ?? '');
    if (!bytes) return { problem: 'damaged' };
    let json: Uint8Array;
    try {
      json = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    } catch (e) {
      return { problem: e instanceof RangeError ? 'too-large' : 'damaged' };
    }
    let body: string;
    try {
      body = new TextDecoder('utf-8', { fatal: true }).decode(json);
    } catch {
      return { problem: 'damaged' };
    }
    const read = readJson(body, { maxChars: MAX_JSON_BYTES });
    if ('issues' in read) {
      const refused = read.issues.filter((i) => i.code !== 'not-json');
      return refused.length > 0 ? { problem: 'invalid', details: refused.map(({ path, code }) => ({ path, code })) } : { problem: 'damaged' };
    }
    const raw = read.value;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: 'invalid', details: [{ path: '', code: 'not-an-object' }] };
    let record = raw as Record<string, unknown>;
    for (let v = version; v < LINK_VERSION; v++) record = MIGRATIONS[v]?.(record) ?? record;
    const fields: Record<string, unknown> = { ...record };
    const d = fields.d;
    const results = parseResults(fields.r);
    const { u: layers, n: notes } = fields;
    for (const key of ['v', 'd', 'r', 'u', 'n']) delete fields[key];
    const parsed = parseScenario(fields);
    const details: LinkDetail[] = 'problems' in parsed ? parsed.problems.map(({ field, code, value }) => ({ path: field, code, ...(value !== undefined ? { value } : {}) })) : [];
    if (typeof d !== 'string') details.push({ path: 'd', code: 'not-a-string' });
    if (results === undefined) details.push({ path: 'r', code: 'bad-results' });
    if ('problems' in parsed || details.length > 0) return { problem: 'invalid', details };
    return {
      payload: {
        scenario: parsed.scenario,
        data: d as string,
        ...(results ? { results } : {}),
        // Passed on whatever they are: the workspace reader checks them and lists what it refuses.
        ...(layers !== undefined ? { layers } : {}),
        ...(notes !== undefined ? { notes } : {}),
      },
    };
  } catch {
    // Anything unforeseen (a stream error in an odd browser) still must not break the page.
    return { problem: 'damaged' };
  }
}

/** Recorded results: an object of finite numbers in [0, 1] under short keys; undefined when malformed. */
function parseResults(raw: unknown): Record<string, number> | null | undefined {
  if (raw === undefined) return null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.length > 120 || typeof value !== 'number' || !(value >= 0 && value <= 1)) return undefined;
    Object.defineProperty(out, key, { value, enumerable: true });
  }
  return out;
}

/** Pipe bytes through a (de)compression stream, refusing output beyond a limit. */
async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface through the reader; the writer's promises must not reject unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError('output too large');
    }
    chunks.push(value);
  }
  return joinBytes(chunks, size);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
