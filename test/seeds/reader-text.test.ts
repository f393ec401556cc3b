import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { readSeedTexts } from './read-seeds.ts';

const actuals = loadDataset(readSeedTexts()).actuals;
const HAN = /\p{Script=Han}/u;

describe('shipped publishers and notes in the reader’s language', () => {
  it('names every publisher in Chinese and in English', () => {
    // Chinese names carry Chinese characters; English ones none (a Chinese title in English text is
    // a publisher left untranslated).
    expect(actuals.filter((a) => !a.publisher_zh || !HAN.test(a.publisher_zh)).map((a) => a.line)).toEqual([]);
    expect(actuals.filter((a) => !a.publisher_en || HAN.test(a.publisher_en)).map((a) => `line ${a.line}: ${a.publisher_en}`)).toEqual([]);
  });

  it('gives reader notes in both languages or neither, each in its language', () => {
    expect(actuals.filter((a) => !a.note_zh !== !a.note_en).map((a) => a.line)).toEqual([]);
    expect(actuals.filter((a) => a.note_zh && !HAN.test(a.note_zh)).map((a) => a.line)).toEqual([]);
    expect(actuals.filter((a) => a.note_en && HAN.test(a.note_en)).map((a) => a.line)).toEqual([]);
  });

  it('keeps engineering wording out of reader notes (it stays in `note`, for auditors)', () => {
    const engineering = /value = |line breaks|table row|CARRIED FROM REFERENCE|re-opened|LOWER BOUND|ROUNDED/;
    expect(actuals.filter((a) => engineering.test(`${a.note_zh ?? ''} ${a.note_en ?? ''}`)).map((a) => a.line)).toEqual([]);
    // The auditors' note is still there: R&D intensity 2010 (line 51) says how the value was read.
    expect(actuals.find((a) => a.line === 51)?.note).toMatch(/^研发强度 \(R&D\/GDP, %\); value = last field of the table row/);
  });
});
