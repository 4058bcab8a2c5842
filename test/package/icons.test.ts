import path from 'node:path';
import { APP_PACKAGE, readJson, readPng } from './files';

/**
 * The app's icons as Teams wants them: color.png 192×192 in full colour, outline.png 32×32 white
 * on transparent (drawn by scripts/make-icons.js).
 */
const manifest = readJson<{ icons: { color: string; outline: string }; accentColor: string }>('appPackage/manifest.json');

function pixels(png: { width: number; height: number; data: Buffer }) {
  const all: { r: number; g: number; b: number; a: number }[] = [];
  for (let i = 0; i < png.width * png.height * 4; i += 4) {
    all.push({ r: png.data[i] ?? 0, g: png.data[i + 1] ?? 0, b: png.data[i + 2] ?? 0, a: png.data[i + 3] ?? 0 });
  }
  return all;
}

describe('app icons', () => {
  it('color.png is 192×192, mostly the accent colour with a white glyph', () => {
    const png = readPng(path.join(APP_PACKAGE, manifest.icons.color));
    expect([png.width, png.height]).toEqual([192, 192]);
    const px = pixels(png);
    const hex = (p: { r: number; g: number; b: number }) => '#' + [p.r, p.g, p.b].map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase();
    const accent = px.filter((p) => p.a === 255 && hex(p) === manifest.accentColor).length;
    const white = px.filter((p) => p.a === 255 && p.r === 255 && p.g === 255 && p.b === 255).length;
    expect(accent / px.length).toBeGreaterThan(0.6);
    expect(white / px.length).toBeGreaterThan(0.05);
    // The glyph keeps to Teams' safe area: no white within 20 px of the edges.
    const edgeWhite = px.filter((p, i) => {
      const x = i % 192;
      const y = Math.floor(i / 192);
      return p.r === 255 && p.g === 255 && p.b === 255 && (x < 20 || y < 20 || x >= 172 || y >= 172);
    });
    expect(edgeWhite).toEqual([]);
  });

  it('outline.png is 32×32 and only white on transparent', () => {
    const png = readPng(path.join(APP_PACKAGE, manifest.icons.outline));
    expect([png.width, png.height]).toEqual([32, 32]);
    const px = pixels(png);
    const notWhiteOrTransparent = px.filter((p) => !(p.a === 0 || (p.a === 255 && p.r === 255 && p.g === 255 && p.b === 255)));
    expect(notWhiteOrTransparent).toEqual([]);
    const opaque = px.filter((p) => p.a === 255).length;
    expect(opaque).toBeGreaterThan(50);
    expect(opaque).toBeLessThan(px.length / 2);
  });
});
