/**
 * Draws the add-in icon (assets/icon-<size>.png) from a few shapes, so the icons are reproducible on a machine
 * without an image toolchain. Shapes are defined on an 80x80 canvas and supersampled 4x4 per pixel.
 * Run: npx ts-node --transpile-only scripts/make-icons.ts
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { deflateSync } from "zlib";

type Rgb = readonly [number, number, number];
type Shape =
  | { kind: "rect"; x: number; y: number; w: number; h: number; r: number; color: Rgb }
  | { kind: "circle"; cx: number; cy: number; r: number; color: Rgb };

const NAVY: Rgb = [0x1f, 0x4e, 0x79];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const GREEN: Rgb = [0x2e, 0x9e, 0x44];
const AMBER: Rgb = [0xf2, 0xb2, 0x00];
const RED: Rgb = [0xc0, 0x39, 0x2b];

// Mirrors assets/icon.svg: a scorecard with three rows and their RAG dots.
const SHAPES: readonly Shape[] = [
  { kind: "rect", x: 4, y: 4, w: 72, h: 72, r: 12, color: NAVY },
  { kind: "rect", x: 14, y: 14, w: 30, h: 10, r: 2, color: WHITE },
  { kind: "circle", cx: 58, cy: 19, r: 6.5, color: GREEN },
  { kind: "rect", x: 14, y: 35, w: 30, h: 10, r: 2, color: WHITE },
  { kind: "circle", cx: 58, cy: 40, r: 6.5, color: AMBER },
  { kind: "rect", x: 14, y: 56, w: 30, h: 10, r: 2, color: WHITE },
  { kind: "circle", cx: 58, cy: 61, r: 6.5, color: RED },
];

function inside(shape: Shape, x: number, y: number): boolean {
  if (shape.kind === "circle") return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
  const { x: left, y: top, w, h, r } = shape;
  if (x < left || x > left + w || y < top || y > top + h) return false;
  const cx = Math.min(Math.max(x, left + r), left + w - r);
  const cy = Math.min(Math.max(y, top + r), top + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function render(size: number): Buffer {
  const samples = 4;
  const scale = 80 / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          let color: Rgb | null = null;
          for (const shape of SHAPES) if (inside(shape, x, y)) color = shape.color;
          if (color) { r += color[0]; g += color[1]; b += color[2]; a += 1; }
        }
      }
      const o = (py * size + px) * 4;
      // Colour is averaged over covered samples only, alpha over all: edges blend with whatever is behind.
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return encodePng(size, size, rgba);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), render(size));
}
console.log("assets/icon-{16,32,64,80,128}.png written");
