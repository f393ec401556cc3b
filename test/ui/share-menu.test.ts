import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, EMBED_HEIGHT_MESSAGE, embedCode } from '../../src/share/embed-code.ts';
import { copyStatus, copyText, shareMenuItems } from '../../src/share/share-menu.ts';

describe('the share menu', () => {
  it('lists copy link, copy embed code, then the SVG, PNG and CSV downloads, in both languages', () => {
    expect(shareMenuItems('zh').map((i) => `${i.action}:${i.label}`)).toEqual(['link:复制链接', 'embed:复制嵌入代码', 'svg:SVG矢量图', 'png:PNG图片（2倍）', 'csv:图表数据CSV']);
    expect(shareMenuItems('en').map((i) => i.label)).toEqual(['Copy link', 'Copy embed code', 'SVG', 'PNG (2×)', 'Chart data (CSV)']);
  });

  it('copies to the clipboard, and says when it was refused or is missing so the text is shown instead', async () => {
    const written: string[] = [];
    const accepting = { writeText: async (text: string) => void written.push(text) };
    expect(await copyText('link', 'https://x.org/#s=1.a', accepting)).toEqual({ kind: 'link', text: 'https://x.org/#s=1.a', copied: true });
    expect(written).toEqual(['https://x.org/#s=1.a']);
    const refusing = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
    expect(await copyText('embed', '<iframe>', refusing)).toEqual({ kind: 'embed', text: '<iframe>', copied: false });
    // Plain-http pages have no navigator.clipboard at all.
    expect((await copyText('link', 'x', undefined)).copied).toBe(false);
  });

  it('says “已复制”/“Copied” for each kind, or where to copy by hand, and nothing before a copy', () => {
    expect(copyStatus(null, 'zh')).toBe('');
    expect(copyStatus({ kind: 'link', text: '', copied: true }, 'zh')).toBe('已复制链接');
    expect(copyStatus({ kind: 'embed', text: '', copied: true }, 'zh')).toBe('已复制嵌入代码');
    expect(copyStatus({ kind: 'link', text: '', copied: true }, 'en')).toBe('Link copied');
    expect(copyStatus({ kind: 'embed', text: '', copied: false }, 'en')).toBe('The clipboard is not available; copy the code below:');
  });
});

describe('the embed snippet', () => {
  const url = 'https://x.org/embed.html#s=1.a&chart=gdp';

  it('is the iframe at the fallback height followed by its resizing script', () => {
    const snippet = embedCode(url, 'GDP');
    expect(snippet.startsWith(`${embedCode(url, 'GDP', { script: false })}<script>`)).toBe(true);
    expect(snippet).toContain(`height="${EMBED_HEIGHT}"`);
    expect(snippet.endsWith('</script>')).toBe(true);
  });

  it('fits its own frame to the height the embed reports, and ignores other frames and other messages', () => {
    // Two embeds on one host page, as a briefing with two charts has them.
    const dom = new JSDOM(`<!doctype html><body>${embedCode(url, 'GDP')}<p>…</p>${embedCode(url, 'R&D')}</body>`, { runScripts: 'dangerously' });
    const { window } = dom;
    const [first, second] = [...window.document.querySelectorAll('iframe')];
    if (!first || !second) throw new Error('the snippet has no iframe');
    const send = (data: unknown, source: Window | null) => window.dispatchEvent(new window.MessageEvent('message', { data, source }));
    send({ type: EMBED_HEIGHT_MESSAGE, height: 641.2 }, first.contentWindow);
    // 641.2 px is rounded up, so the last line is never cut by a fraction of a pixel.
    expect(first.style.height).toBe('642px');
    expect(second.style.height).toBe('');
    send({ type: EMBED_HEIGHT_MESSAGE, height: 500 }, second.contentWindow);
    expect([first.style.height, second.style.height]).toEqual(['642px', '500px']);
    // From the host itself, of another type, or a height that is no height: nothing changes.
    send({ type: EMBED_HEIGHT_MESSAGE, height: 10 }, window as unknown as Window);
    send({ type: 'other', height: 10 }, first.contentWindow);
    send({ type: EMBED_HEIGHT_MESSAGE, height: '10' }, first.contentWindow);
    send({ type: EMBED_HEIGHT_MESSAGE, height: -5 }, first.contentWindow);
    send({ type: EMBED_HEIGHT_MESSAGE, height: 1e9 }, first.contentWindow);
    send(null, first.contentWindow);
    expect([first.style.height, second.style.height]).toEqual(['642px', '500px']);
    window.close();
  });
});
