/**
 * Plan and initiative files are text: UTF-8 (with or without a byte-order mark), or UTF-16 with
 * one (PowerShell's ">" writes that). Anything else is refused with the byte offset and the
 * encoding it most likely is, never decoded into U+FFFD characters that would end up in a plan.
 */
import { notAWorkbook } from "./inputKinds";
import { InputError } from "./errors";

const FIX = "Save it as UTF-8 (in Notepad: File > Save as, Encoding: UTF-8) and run aip again.";

/** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(data: Uint8Array): number {
  for (let i = 0; i < data.length;) {
    const b = data[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = data[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, UTF-16 surrogates and code points past U+10FFFF.
    const c1 = data[i + 1];
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 >= 0xa0) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 >= 0x90)) return i;
    i += need + 1;
  }
  return -1;
}

function likelyEncoding(data: Uint8Array): string {
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(data.length, 1024);
  for (let i = 0; i < n; i++) {
    if (data[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (oddZeros > n / 4) return "UTF-16 (little-endian) without a byte-order mark";
  if (evenZeros > n / 4) return "UTF-16 (big-endian) without a byte-order mark";
  return "Windows-1252 (Latin-1), as older Windows programs save text";
}

function lineOf(data: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (data[i] === 0x0a) line++;
  return line;
}

export function decodeText(shown: string, data: Uint8Array, what: string): string {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (data[0] === 0xff && data[1] === 0xfe) return buffer.subarray(2).toString("utf16le");
  if (data[0] === 0xfe && data[1] === 0xff) return Buffer.from(buffer.subarray(2)).swap16().toString("utf16le");
  const kind = notAWorkbook(shown, data);
  if (kind && /Excel 97-2003|OpenDocument|password/.test(kind)) throw new InputError(`${kind.replace(/: open it.*$/, "")}, not the ${what} (JSON text).`);
  const bad = firstInvalidUtf8(data);
  const nul = data.indexOf(0);
  if (bad < 0 && nul < 0) return buffer.toString("utf8");
  const at = bad < 0 ? nul : nul < 0 ? bad : Math.min(bad, nul);
  const hex = data[at].toString(16).toUpperCase().padStart(2, "0");
  throw new InputError(`${shown}: the ${what} is not UTF-8 text: byte ${at} (line ${lineOf(data, at)}) is 0x${hex}. It looks like ${likelyEncoding(data)}. ${FIX}`);
}
