/**
 * Minimal PNG chunk writer for text metadata. The npm packages for this
 * (png-chunk-text and friends) only write Latin-1 tEXt and are unmaintained, while our
 * titles contain "–" and "→"; so values that are not Latin-1 go into iTXt (UTF-8).
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | null = null;
function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 (ISO-HDLC, as PNG uses) over the given bytes. */
export function crc32(bytes: Uint8Array): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (const b of bytes) c = (t[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const isLatin1 = (s: string) => /^[\x20-\x7e\xa0-\xff\n]*$/.test(s);

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A complete chunk: length, type, data, CRC over type + data. */
export function buildChunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = ascii(type);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(concat([typeBytes, data])));
  return out;
}

/** tEXt when the text is Latin-1, otherwise uncompressed iTXt in UTF-8. Keywords are 1–79 Latin-1 characters. */
function buildTextChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || keyword !== keyword.trim())
    throw new Error(`Invalid PNG text keyword “${keyword}”.`);
  if (isLatin1(text))
    return buildChunk(
      "tEXt",
      concat([ascii(keyword), new Uint8Array([0]), Uint8Array.from(text, (c) => c.charCodeAt(0))]),
    );
  // iTXt: keyword, 0, compression flag 0, method 0, empty language tag, 0, empty translated keyword, 0, UTF-8 text.
  return buildChunk("iTXt", concat([ascii(keyword), new Uint8Array([0, 0, 0, 0, 0]), new TextEncoder().encode(text)]));
}

export type PngChunk = { type: string; data: Uint8Array; crcOk: boolean };

/** Splits a PNG into chunks, checking the signature and every CRC. */
export function readPngChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error("Not a PNG file (bad signature).");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    if (typeAndData.length !== length + 4) throw new Error("Truncated PNG chunk.");
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    chunks.push({ type, data: typeAndData.subarray(4), crcOk: crc32(typeAndData) === view.getUint32(at + 8 + length) });
    at += 12 + length;
    if (type === "IEND") break;
  }
  return chunks;
}

/** Adds text chunks right after IHDR, so readers that stop at the first IDAT still see them. */
export function insertPngTextChunks(
  png: Uint8Array,
  entries: readonly { keyword: string; text: string }[],
): Uint8Array {
  const chunks = readPngChunks(png);
  if (chunks[0]?.type !== "IHDR") throw new Error("PNG does not start with IHDR.");
  const ihdrEnd = 8 + 12 + chunks[0].data.length;
  return concat([
    png.subarray(0, ihdrEnd),
    ...entries.map((e) => buildTextChunk(e.keyword, e.text)),
    png.subarray(ihdrEnd),
  ]);
}

/** Reads tEXt and uncompressed iTXt entries back (for tests and checks). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of readPngChunks(png)) {
    if (c.type !== "tEXt" && c.type !== "iTXt") continue;
    const nul = c.data.indexOf(0);
    const keyword = String.fromCharCode(...c.data.subarray(0, nul));
    if (c.type === "tEXt") {
      out[keyword] = String.fromCharCode(...c.data.subarray(nul + 1));
    } else {
      if (c.data[nul + 1] !== 0) continue; // compressed iTXt: not written by us
      let at = nul + 3;
      at = c.data.indexOf(0, at) + 1; // language tag
      at = c.data.indexOf(0, at) + 1; // translated keyword
      out[keyword] = new TextDecoder().decode(c.data.subarray(at));
    }
  }
  return out;
}

/** Width and height from IHDR. */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = readPngChunks(png)[0];
  if (ihdr?.type !== "IHDR") throw new Error("PNG does not start with IHDR.");
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, ihdr.data.byteLength);
  return { width: view.getUint32(0), height: view.getUint32(4) };
}
