// @ts-check
/**
 * Draws the app icons into appPackage/ (run `node scripts/make-icons.js`; the PNGs are committed):
 *
 * - color.png, 192×192: a rounded square in the accent colour #5B5FC7 with a white checklist —
 *   two ticked rows and one open box, each followed by a line of text.
 * - outline.png, 32×32: the same checklist in white on a transparent background. Teams wants
 *   only white and transparency here, so every pixel is white and either fully opaque or fully
 *   transparent (no anti-aliasing, which would need part-transparent pixels).
 *
 * The shapes are distance functions sampled on a grid inside each pixel (coverage = share of
 * samples inside), so the colour icon gets smooth edges without a drawing library.
 */
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');

const ACCENT = { r: 0x5b, g: 0x5f, b: 0xc7 };
const WHITE = { r: 255, g: 255, b: 255 };

/** @typedef {(x: number, y: number) => boolean} Shape  a point test in the icon's own units */

/** A line from (x1, y1) to (x2, y2) with round ends, `width` wide. */
function stroke(x1, y1, x2, y2, width) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const r = width / 2;
  /** @type {Shape} */
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
    const px = x1 + t * dx - x;
    const py = y1 + t * dy - y;
    return px * px + py * py <= r * r;
  };
}

/** A rectangle with rounded corners (filled), or only its border when `border` is given. */
function roundedRect(x, y, w, h, radius, border) {
  /** @type {(px: number, py: number) => number} signed distance: < 0 inside */
  const sdf = (px, py) => {
    const qx = Math.abs(px - (x + w / 2)) - (w / 2 - radius);
    const qy = Math.abs(py - (y + h / 2)) - (h / 2 - radius);
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - radius;
  };
  /** @type {Shape} */
  return (px, py) => {
    const d = sdf(px, py);
    return border === undefined ? d <= 0 : d <= 0 && d >= -border;
  };
}

/** @param {Shape[]} shapes */
const union = (shapes) => /** @type {Shape} */ ((x, y) => shapes.some((s) => s(x, y)));

/**
 * The checklist glyph in a 32×32 design grid: rows at y = 8, 16, 24; a tick (rows 1 and 2) or an
 * open box (row 3) on the left, a line on the right. `weight` is the stroke width in grid units,
 * `box` the width of the open box's border.
 */
function checklist(weight, box) {
  const rows = [8, 16, 24];
  const shapes = [];
  rows.forEach((y, i) => {
    if (i < 2) {
      shapes.push(stroke(4, y, 6.5, y + 2.5, weight), stroke(6.5, y + 2.5, 10.5, y - 2.5, weight));
    } else {
      shapes.push(roundedRect(4, y - 3, 7, 7, 1.5, box));
    }
    shapes.push(stroke(14.5, y, 28, y, weight));
  });
  return union(shapes);
}

/**
 * Renders `layers` (front last) into a PNG of `size`×`size`, each layer a shape in a 32-unit grid.
 * @param {number} size
 * @param {{ shape: Shape, color: {r: number, g: number, b: number} }[]} layers
 * @param {{ samples: number, binary?: boolean }} opts
 */
function render(size, layers, opts) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const scale = 32 / size;
  const n = opts.samples;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Composite the layers per sample, then average: exact coverage for overlapping shapes.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) * scale;
          const y = (py + (sy + 0.5) / n) * scale;
          let hit = null;
          for (const layer of layers) if (layer.shape(x, y)) hit = layer.color;
          if (hit) {
            r += hit.r;
            g += hit.g;
            b += hit.b;
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      const coverage = a / (n * n);
      if (opts.binary) {
        // White everywhere; opaque where at least half the pixel is covered, else fully transparent.
        png.data[i] = png.data[i + 1] = png.data[i + 2] = 255;
        png.data[i + 3] = coverage >= 0.5 ? 255 : 0;
      } else {
        png.data[i] = a ? Math.round(r / a) : 0;
        png.data[i + 1] = a ? Math.round(g / a) : 0;
        png.data[i + 2] = a ? Math.round(b / a) : 0;
        png.data[i + 3] = Math.round(coverage * 255);
      }
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

function main() {
  const dir = path.join(__dirname, '..', 'appPackage');
  fs.mkdirSync(dir, { recursive: true });

  // Colour: the glyph shrunk into the middle 60 % (Teams' safe area), on the accent square.
  const inset = (/** @type {Shape} */ shape, /** @type {number} */ k) =>
    /** @type {Shape} */ ((x, y) => shape(16 + (x - 16) / k, 16 + (y - 16) / k));
  const color = render(
    192,
    [
      { shape: roundedRect(0, 0, 32, 32, 6), color: ACCENT },
      { shape: inset(checklist(2.6, 1.7), 0.66), color: WHITE },
    ],
    { samples: 4 },
  );
  fs.writeFileSync(path.join(dir, 'color.png'), color);

  const outline = render(32, [{ shape: checklist(2, 2), color: WHITE }], { samples: 8, binary: true });
  fs.writeFileSync(path.join(dir, 'outline.png'), outline);
  console.log(`wrote ${path.relative(process.cwd(), path.join(dir, 'color.png'))} (192×192) and outline.png (32×32)`);
}

main();
