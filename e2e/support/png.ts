import { crc32 } from "node:zlib";

/**
 * A PNG reader for the tests, written independently of lib/export/png-chunks.ts (CRC
 * from Node's zlib), so a bug in the writer cannot hide itself.
 */
export type PngInfo = {
  width: number;
  height: number;
  chunkTypes: string[];
  text: Record<string, string>;
  crcErrors: string[];
};

export function inspectPng(bytes: Buffer): PngInfo {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error("bad PNG signature");
  let at = 8;
  const info: PngInfo = { width: 0, height: 0, chunkTypes: [], text: {}, crcErrors: [] };
  while (at < bytes.length) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + len);
    if (crc32(bytes.subarray(at + 4, at + 8 + len)) !== bytes.readUInt32BE(at + 8 + len)) info.crcErrors.push(type);
    info.chunkTypes.push(type);
    if (type === "IHDR") {
      info.width = data.readUInt32BE(0);
      info.height = data.readUInt32BE(4);
    } else if (type === "tEXt") {
      const nul = data.indexOf(0);
      info.text[data.toString("latin1", 0, nul)] = data.toString("latin1", nul + 1);
    } else if (type === "iTXt") {
      const nul = data.indexOf(0);
      const lang = data.indexOf(0, nul + 3);
      const translated = data.indexOf(0, lang + 1);
      info.text[data.toString("latin1", 0, nul)] = data.toString("utf8", translated + 1);
    }
    at += 12 + len;
    if (type === "IEND") break;
  }
  return info;
}
