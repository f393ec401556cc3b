import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeLink } from '../../src/scenario/link-codec.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';

/** How one part of a link is given in `links/cases.json` (see its README). */
interface LinkSpec {
  fragment?: string;
  payload?: unknown;
  json?: string;
  generate?: 'cut-short' | 'body-flipped' | 'too-long' | 'bomb' | 'not-utf8' | 'deep';
}

export interface LinkCase extends LinkSpec {
  name: string;
  what: string;
  pinned?: unknown;
  pinnedFragment?: string;
  expect:
    | { opens: false; problem: string; details?: string[] }
    | { opens: true; problems: string[]; notes: number; layers: number; ruleProblem?: string }
    | { opens: 'store' };
}

export const LINK_CASES: LinkCase[] = JSON.parse(readFileSync(join(import.meta.dirname, 'links/cases.json'), 'utf8'));

/** Deflate bytes and write them as a link body (`1.` + base64url), with none of `encodeLink`'s checks. */
export async function packBytes(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const packed = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of packed) binary += String.fromCharCode(b);
  return `1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

const packText = (text: string) => packBytes(new TextEncoder().encode(text));

async function body(spec: LinkSpec): Promise<string> {
  if (spec.payload !== undefined) return packText(JSON.stringify(spec.payload));
  if (spec.json !== undefined) return packText(spec.json);
  const good = await encodeLink({ scenario: { ...DEFAULT_SCENARIO, asOf: 2018, seed: 7 }, data: 'x' });
  switch (spec.generate) {
    case 'cut-short':
      return good.slice(0, Math.ceil(good.length / 2));
    case 'body-flipped':
      return `${good.slice(0, 4)}${[...good.slice(4, 12)].reverse().join('')}${good.slice(12)}`;
    case 'too-long':
      return `1.${'A'.repeat(30_000)}`;
    case 'bomb':
      return packText(`{"v":1,"d":"x","n":"${' '.repeat(1_000_000)}"}`);
    case 'not-utf8':
      return packBytes(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    case 'deep':
      return packText(`{"v":1,"d":"x","n":${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    default:
      throw new Error(`case gives no link: ${JSON.stringify(spec)}`);
  }
}

/** The address fragment (without `#`) a case stands for. */
export async function caseFragment(c: LinkCase): Promise<string> {
  if (c.fragment !== undefined) return c.fragment;
  const s = `s=${await body(c)}`;
  if (c.pinnedFragment !== undefined) return `${s}&a=${c.pinnedFragment}`;
  if (c.pinned !== undefined) return `${s}&a=${await body({ payload: c.pinned })}`;
  return s;
}
