import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/import/decode-text.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
// 广州 in GB18030/GBK is B9 E3 D6 DD; in UTF-8 it is E5 B9 BF E5 B7 9E.
const GUANGZHOU_GBK = [0xb9, 0xe3, 0xd6, 0xdd];

describe('decodeBytes', () => {
  it('reads plain UTF-8', () => {
    expect(decodeBytes(bytes(0xe5, 0xb9, 0xbf, 0xe5, 0xb7, 0x9e))).toEqual({ text: '广州', encoding: 'utf-8' });
  });
  it('honours and strips a UTF-8 byte-order mark', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: 'A', encoding: 'utf-8-bom' });
  });
  it('reads UTF-16 LE and BE by their marks', () => {
    // 广 is U+5E7F and 州 U+5DDE: low byte first in LE.
    expect(decodeBytes(bytes(0xff, 0xfe, 0x7f, 0x5e, 0xde, 0x5d))).toEqual({ text: '广州', encoding: 'utf-16le' });
    expect(decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x09, 0x00))).toEqual({ text: 'A\t', encoding: 'utf-16le' });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x09))).toEqual({ text: 'A\t', encoding: 'utf-16be' });
  });
  it('falls back to GB18030 when the bytes are not UTF-8, as Excel on Chinese Windows saves CSV', () => {
    expect(decodeBytes(bytes(...GUANGZHOU_GBK))).toEqual({ text: '广州', encoding: 'gb18030' });
  });
  it('keeps ASCII-only files as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('a,b\n1,2'))).toEqual({ text: 'a,b\n1,2', encoding: 'utf-8' });
  });
  it('reads an empty file as empty UTF-8', () => {
    expect(decodeBytes(bytes())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
