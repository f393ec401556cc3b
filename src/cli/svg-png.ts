// The page turns its SVG download into a PNG with the browser's canvas; in Node, resvg (a Rust SVG
// renderer shipped as a prebuilt npm package) draws the same file. It knows no browser fonts, so it
// loads the system's: the Chinese text needs a CJK font (Debian's fonts-noto-cjk, which .ci/run
// installs), named as the family that generic `sans-serif` falls to.

/** The family `sans-serif` resolves to, and the fallback for any family the system lacks. */
export const PNG_FONT = 'Noto Sans CJK SC';

/**
 * Render an SVG file to PNG at a scale, as the page's PNG download does (2× for slides).
 *
 * @param svg - A self-contained SVG file (`chartSvgFile`).
 * @param scale - Pixels per SVG unit; defaults to 2.
 * @returns The PNG bytes.
 */
export async function svgToPngBytes(svg: string, scale = 2): Promise<Uint8Array> {
  // Loaded only when a PNG is asked for: it is a native module, and SVG and CSV need none of it.
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: PNG_FONT, sansSerifFamily: PNG_FONT },
  });
  return resvg.render().asPng();
}
