'use strict';
// The app's two icons, drawn from shapes so they can be rebuilt exactly: `node icons.js` rewrites color.png
// (192×192, full colour) and outline.png (32×32, white on transparent, as Teams requires). No dependencies.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ACCENT = [0xb2, 0x22, 0x22, 0xff]; // the manifest's accentColor
const WHITE = [0xff, 0xff, 0xff, 0xff];
const CLEAR = [0, 0, 0, 0];

// A speech bubble: a rounded rectangle with a tail at the lower left, in a unit square (0..1).
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inTail(x, y, bottom) {
  // Triangle (0.28, bottom) – (0.46, bottom) – (0.22, bottom + 0.16).
  const [ax, ay, bx, by, cx, cy] = [0.28, bottom - 0.01, 0.46, bottom - 0.01, 0.22, bottom + 0.16];
  const d = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = d(x, y, ax, ay, bx, by);
  const d2 = d(x, y, bx, by, cx, cy);
  const d3 = d(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function bubble(x, y, inset) {
  return inRoundedRect(x, y, 0.16 + inset, 0.2 + inset, 0.84 - inset, 0.68 - inset, 0.1) || (inset === 0 && inTail(x, y, 0.68));
}

function inDot(x, y) {
  return [0.34, 0.5, 0.66].some((cx) => (x - cx) ** 2 + (y - 0.44) ** 2 <= 0.05 ** 2);
}

function draw(size, pixel) {
  const rows = [];
  for (let row = 0; row < size; row++) {
    const line = [];
    for (let col = 0; col < size; col++) {
      line.push(pixel((col + 0.5) / size, (row + 0.5) / size));
    }
    rows.push(line);
  }
  return { width: size, height: size, rows };
}

function color() {
  return draw(192, (x, y) => (bubble(x, y, 0) ? (inDot(x, y) ? ACCENT : WHITE) : ACCENT));
}

function outline() {
  // A 2-pixel white outline of the bubble and its tail, three white dots, transparent elsewhere.
  const stroke = 2 / 32;
  return draw(32, (x, y) => ((bubble(x, y, 0) && !bubble(x, y, stroke)) || inDot(x, y) ? WHITE : CLEAR));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG of the image. */
function png(image) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.concat(image.rows.map((line) => Buffer.from([0, ...line.flat()]))); // filter 0 per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

module.exports = { color, outline, png, crc32 };

if (require.main === module) {
  fs.writeFileSync(path.join(__dirname, 'color.png'), png(color()));
  fs.writeFileSync(path.join(__dirname, 'outline.png'), png(outline()));
}
