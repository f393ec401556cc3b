import { afterEach, describe, expect, it } from 'vitest';
import type { IndicatorEntry } from '../../src/notebook/indicator-index.ts';
import IndicatorPicker from '../../src/ui/components/IndicatorPicker.svelte';
// The ui project resolves `svelte` to its server entry (no `browser` condition; see settle.ts), whose
// `mount` refuses to run. Components are compiled for the client, so they are mounted with its entry.
// @ts-expect-error: the client entry ships no declarations of its own; its exports are typed as svelte's below.
import * as client from '../../node_modules/svelte/src/index-client.js';

const { flushSync, mount, unmount } = client as Pick<typeof import('svelte'), 'flushSync' | 'mount' | 'unmount'>;

const none = { met: 0, missed: 0, undetermined: 0 };
const entries: IndicatorEntry[] = [
  {
    key: 'rd_gdp_ratio@guangzhou',
    indicatorId: 'rd_gdp_ratio',
    name_zh: '研发经费投入强度',
    name_en: 'R&D intensity (R&D / GDP)',
    region: 'guangzhou',
    area: 'focal',
    hasData: true,
    status: { targets: 2, verdicts: { ...none, met: 1 }, likelihoods: [{ likelihood: 'very-likely', count: 1 }], unassessed: 0 },
    missingYears: [],
  },
  {
    key: 'rd_gdp_ratio@guangdong',
    indicatorId: 'rd_gdp_ratio',
    name_zh: '研发经费投入强度',
    name_en: 'R&D intensity (R&D / GDP)',
    region: 'guangdong',
    area: 'focal',
    hasData: true,
    status: { targets: 0, verdicts: none, likelihoods: [], unassessed: 0 },
    missingYears: [],
  },
  {
    key: 'national_labs@guangzhou',
    indicatorId: 'national_labs',
    name_zh: '国家实验室数量',
    name_en: 'National laboratories',
    region: 'guangzhou',
    area: 'labs_and_platforms',
    hasData: false,
    status: { targets: 3, verdicts: none, likelihoods: [], unassessed: 3 },
    missingYears: [2019, 2020, 2021],
  },
  {
    key: 'u_mine@guangzhou',
    indicatorId: 'u_mine',
    name_zh: '我的指标',
    name_en: 'My indicator',
    region: 'guangzhou',
    area: 'user',
    hasData: true,
    status: { targets: 0, verdicts: none, likelihoods: [], unassessed: 0 },
    missingYears: [],
  },
];

let app: ReturnType<typeof mount> | null = null;
let picked: string[] = [];

/** Mount the picker; `fieldShown` says whether the search field is laid out (from 1000 px, or with the list). */
function open(locale: 'zh' | 'en' = 'zh', fieldShown = true) {
  const target = document.createElement('div');
  const after = document.createElement('button');
  after.textContent = 'after';
  document.body.append(target, after);
  picked = [];
  app = mount(IndicatorPicker, { target, props: { locale, entries, onpick: (key: string) => picked.push(key) } });
  flushSync();
  const nav = target.querySelector('nav') as HTMLElement;
  const toggle = nav.querySelector('button.toggle') as HTMLButtonElement;
  const input = nav.querySelector('input') as HTMLInputElement;
  // jsdom lays nothing out; the picker asks whether the field has boxes before it focuses it.
  input.getClientRects = () => ({ length: fieldShown ? 1 : 0 }) as DOMRectList;
  const results = () => [...nav.querySelectorAll<HTMLButtonElement>('button.entry')];
  const key = (el: Element, k: string) => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    flushSync();
  };
  const type = (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
  };
  const click = (el: HTMLElement) => {
    el.click();
    flushSync();
  };
  return { target, nav, toggle, input, results, key, type, click, after };
}

afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.replaceChildren();
});

describe('IndicatorPicker', () => {
  it('is a named landmark with a button and a labelled field, and draws no list while closed', () => {
    const { nav, toggle, input, results } = open();
    expect(nav.getAttribute('aria-label')).toBe('指标目录');
    expect(toggle.textContent).toContain('目录');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(nav.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('查找指标');
    expect(results()).toEqual([]);
    // The button, its chevron, the field's box, label and input, and the bar: nothing per indicator.
    expect(nav.querySelectorAll('*').length).toBeLessThanOrEqual(7);
  });

  it('opens the whole list by area with each name, region and status (spaced, for a screen reader), and focuses the field', () => {
    const { nav, toggle, input, results, click } = open();
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect([...nav.querySelectorAll('.area')].map((a) => a.textContent)).toEqual(['重点指标', '实验室与创新平台', '我的数据']);
    expect(results().map((b) => b.textContent)).toEqual([
      '研发经费投入强度 广州市 2 个目标 · 1 已达成 · 模型：1 很可能',
      '研发经费投入强度 广东省 无目标',
      '国家实验室数量 广州市 3 个目标 · 无公布数据 · 缺2019、2020、2021年',
      '我的指标 广州市 无目标',
    ]);
    expect(nav.querySelector('[role=status]')?.textContent).toContain('共 4 个指标');
    // Each area's list is named by its heading.
    const firstList = nav.querySelector('ul') as HTMLElement;
    expect(document.getElementById(firstList.getAttribute('aria-labelledby') as string)?.textContent).toBe('重点指标');
  });

  it('filters as the reader types, and Enter picks the best match', () => {
    const { input, results, key, type } = open();
    type('实验室');
    expect(results().map((b) => b.dataset.key)).toEqual(['national_labs@guangzhou']);
    type('ｒ＆ｄ');
    expect(results().map((b) => b.dataset.key)).toEqual(['rd_gdp_ratio@guangzhou', 'rd_gdp_ratio@guangdong']);
    key(input, 'Enter');
    expect(picked).toEqual(['rd_gdp_ratio@guangzhou']);
    expect(results()).toEqual([]);
  });

  it('says when nothing matches', () => {
    const { nav, type } = open('en');
    type('zzz');
    expect(nav.querySelector('[role=status]')?.textContent).toContain('No indicator matches “zzz”.');
  });

  it('moves through the results with the arrow keys, as one Tab stop', () => {
    const { input, results, key, toggle, click } = open();
    click(toggle);
    key(input, 'ArrowDown');
    expect(document.activeElement).toBe(results()[0]);
    key(results()[0] as HTMLElement, 'ArrowDown');
    expect(document.activeElement).toBe(results()[1]);
    // Only the current result is in the Tab order.
    expect(results().map((b) => b.tabIndex)).toEqual([-1, 0, -1, -1]);
    key(results()[1] as HTMLElement, 'End');
    expect(document.activeElement).toBe(results()[3]);
    key(results()[3] as HTMLElement, 'ArrowDown');
    expect(document.activeElement).toBe(results()[3]);
    key(results()[3] as HTMLElement, 'Home');
    expect(document.activeElement).toBe(results()[0]);
    key(results()[0] as HTMLElement, 'ArrowUp');
    expect(document.activeElement).toBe(input);
  });

  it('picks a result by click (Enter on a button is a click), closes, and leaves focus on the bar', () => {
    const { toggle, results, click } = open();
    click(toggle);
    click(results()[2] as HTMLElement);
    expect(picked).toEqual(['national_labs@guangzhou']);
    expect(results()).toEqual([]);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('closes on Escape, back to the field where it is shown and to the button where it is not', () => {
    const wide = open();
    wide.click(wide.toggle);
    wide.key(wide.input, 'ArrowDown');
    wide.key(wide.results()[0] as HTMLElement, 'Escape');
    expect(wide.results()).toEqual([]);
    expect(document.activeElement).toBe(wide.input);
    // Closed, Escape in the field clears the search.
    wide.type('研发');
    wide.key(wide.input, 'Escape');
    wide.key(wide.input, 'Escape');
    expect(wide.input.value).toBe('');
    unmount(app as ReturnType<typeof mount>);
    app = null;

    // Under 1000 px the field goes with the list: focus returns to the “目录” button.
    const narrow = open('zh', false);
    narrow.click(narrow.toggle);
    expect(document.activeElement).toBe(narrow.toggle);
    narrow.key(narrow.toggle, 'Escape');
    expect(narrow.results()).toEqual([]);
    expect(document.activeElement).toBe(narrow.toggle);
  });

  it('closes when focus or a pointer goes elsewhere, and the button closes it too', () => {
    const { toggle, results, click, after } = open();
    click(toggle);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    flushSync();
    expect(results()).toEqual([]);
    click(toggle);
    (results()[0] as HTMLElement).dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: after }));
    flushSync();
    expect(results()).toEqual([]);
    click(toggle);
    click(toggle);
    expect(results()).toEqual([]);
    expect(picked).toEqual([]);
  });

  it('speaks English', () => {
    const { nav, toggle, input, results, click } = open('en');
    click(toggle);
    expect(nav.getAttribute('aria-label')).toBe('Indicators');
    expect(toggle.textContent).toContain('Contents');
    expect(nav.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Find an indicator');
    expect(results().map((b) => b.textContent)).toEqual([
      'R&D intensity (R&D / GDP) Guangzhou 2 targets · 1 met · model: 1 very likely',
      'R&D intensity (R&D / GDP) Guangdong no targets',
      'National laboratories Guangzhou 3 targets · no data · missing 2019, 2020, 2021',
      'My indicator Guangzhou no targets',
    ]);
    expect([...nav.querySelectorAll('.area')].map((a) => a.textContent)).toEqual(['Focal indicators', 'Laboratories and platforms', 'My data']);
  });
});
