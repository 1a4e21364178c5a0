#!/usr/bin/env node
/**
 * Draws the add-in's icons (a blue tile with three rising white bars: a plan moving forward) as
 * real PNG files, with no image library: raw RGBA rows, zlib-deflated, wrapped in PNG chunks.
 * Run: node assets/make-icons.js   (writes assets/icon-16.png … icon-128.png; they are committed).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const TILE = [0x0f, 0x6c, 0xbd]; // Fluent "brand" blue
const BAR = [0xff, 0xff, 0xff];

/** CRC-32 as the PNG spec defines it (same polynomial as zlib). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA of pixel (x, y) in an s×s icon: a rounded tile, three bars standing on a baseline. */
function pixel(x, y, s) {
  const r = Math.max(1, Math.round(s * 0.18)); // corner radius
  const cx = Math.min(Math.max(x + 0.5, r), s - r);
  const cy = Math.min(Math.max(y + 0.5, r), s - r);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r) return [0, 0, 0, 0];
  const margin = s * 0.2;
  const width = (s - 2 * margin) / 5; // bar, gap, bar, gap, bar
  const base = s - margin;
  const heights = [0.3, 0.5, 0.7].map((h) => h * s);
  for (let b = 0; b < 3; b++) {
    const left = margin + 2 * b * width;
    if (x + 0.5 >= left && x + 0.5 < left + width && y + 0.5 >= base - heights[b] && y + 0.5 < base) return [...BAR, 255];
  }
  return [...TILE, 255];
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1); // first byte of each row: filter type 0
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
