// Draws Asar's mark — a shanyrak, the crown of a yurt, white on the brand green — and writes the
// icons the web app manifest, iOS and browsers ask for into public/ (issue 11, decision 0030).
// The PNGs are committed; run this again only when the mark changes:
//
//   npx tsx scripts/make-icons.ts
//
// sharp (libvips with librsvg) comes with Next.js as an optional dependency; nothing is downloaded.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

/** The brand colours of src/app/globals.css (--color-brand-600) and the mark's white. */
export const BRAND = "#0b7a6b";
const WHITE = "#ffffff";

/**
 * The shanyrak on a 100 × 100 grid, centred: a ring, three bent crossbars each way (küldireuish)
 * and the roof poles (uyq) running out from the ring.
 */
function shanyrak(): string {
  const poles = Array.from({ length: 12 }, (_, i) => {
    const a = (i * Math.PI) / 6 + Math.PI / 12;
    const [x1, y1, x2, y2] = [
      50 + 24 * Math.cos(a),
      50 + 24 * Math.sin(a),
      50 + 34 * Math.cos(a),
      50 + 34 * Math.sin(a),
    ];
    return `<line x1="${x1.toFixed(2)}" y1="${y1.toFixed(2)}" x2="${x2.toFixed(2)}" y2="${y2.toFixed(2)}"/>`;
  }).join("");
  // Crossbars bow outwards like the real ones; each stays inside the ring (radius 20).
  const bars = [-8, 0, 8]
    .map(
      (d) =>
        `<path d="M${50 + d} 31 Q${50 + d * 1.6} 50 ${50 + d} 69" fill="none"/>` +
        `<path d="M31 ${50 + d} Q50 ${50 + d * 1.6} 69 ${50 + d}" fill="none"/>`,
    )
    .join("");
  return (
    `<g stroke="${WHITE}" stroke-linecap="round" fill="none">` +
    `<g stroke-width="3">${poles}</g>` +
    `<g stroke-width="2.6">${bars}</g>` +
    `<circle cx="50" cy="50" r="20" stroke-width="4.5"/>` +
    `</g>`
  );
}

/** The mark on a green disc, transparent around it (favicon, "any" purpose icons). */
export function roundSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="50" fill="${BRAND}"/>${shanyrak()}</svg>`;
}

/**
 * Full-bleed green with the mark inside the safe zone (the centre circle of 80 % diameter that
 * every launcher's mask keeps): "maskable" icons and Apple's touch icon, which iOS rounds itself.
 */
export function squareSvg(scale: number): string {
  const offset = 50 - 50 * scale;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${BRAND}"/>` +
    `<g transform="translate(${offset} ${offset}) scale(${scale})">${shanyrak()}</g></svg>`
  );
}

async function png(svg: string, size: number): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: Math.max(72, (72 * size) / 100) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An .ico whose images are PNGs (every browser since IE Vista reads them). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

async function main() {
  const out = path.resolve("public");
  fs.mkdirSync(path.join(out, "icons"), { recursive: true });
  const round = roundSvg();
  const write = (file: string, data: Buffer | string) => {
    fs.writeFileSync(path.join(out, file), data);
    console.log(`public/${file}  ${Buffer.byteLength(data)} bytes`);
  };
  write("icons/icon-192.png", await png(round, 192));
  write("icons/icon-512.png", await png(round, 512));
  // The poles reach 34 % of the width from the centre; at 110 % they stay inside the maskable safe
  // zone (a centred circle of 80 % diameter, i.e. 40 % radius).
  write("icons/maskable-512.png", await png(squareSvg(1.1), 512));
  write("icons/apple-touch-icon-180.png", await png(squareSvg(1.1), 180));
  write("favicon.ico", await favicon(round));
  // The same mark as a vector, for browsers that take an SVG icon.
  write("icons/icon.svg", round + "\n");
}

async function favicon(svg: string): Promise<Buffer> {
  return ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(svg, size) }))));
}

void main();
