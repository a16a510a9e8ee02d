/**
 * A GBK encoder for tests. Node ships GBK/GB18030 *decoding* only, so the
 * table is built by decoding every two-byte GBK code once and inverting it.
 */
let table: Map<string, number> | null = null;

function buildTable(): Map<string, number> {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<string, number>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, (lead << 8) | trail);
    }
  }
  return map;
}

export function encodeGbk(text: string): Buffer {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const gbk = table.get(char);
    if (gbk === undefined) throw new Error(`no GBK code for ${char}`);
    bytes.push(gbk >> 8, gbk & 0xff);
  }
  return Buffer.from(bytes);
}
