/**
 * Encoders for the double-byte legacy encodings the tests need (GBK, Big5).
 * Node ships their *decoders* only, so each table is built once by decoding
 * every two-byte code of the encoding and inverting the result.
 */
export interface DoubleByteEncoding {
  /** The TextDecoder label. */
  label: string;
  name: string;
  leads: [number, number];
  /** Whether a byte may follow a lead byte. */
  isTrail: (byte: number) => boolean;
}

export function doubleByteEncoder(encoding: DoubleByteEncoding): (text: string) => Buffer {
  let table: Map<string, number> | null = null;
  const build = () => {
    const decoder = new TextDecoder(encoding.label);
    const map = new Map<string, number>();
    for (let lead = encoding.leads[0]; lead <= encoding.leads[1]; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (!encoding.isTrail(trail)) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, (lead << 8) | trail);
      }
    }
    return map;
  };
  return (text) => {
    table ??= build();
    const bytes: number[] = [];
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (code < 0x80) {
        bytes.push(code);
        continue;
      }
      const pair = table.get(char);
      if (pair === undefined) throw new Error(`no ${encoding.name} code for ${char}`);
      bytes.push(pair >> 8, pair & 0xff);
    }
    return Buffer.from(bytes);
  };
}
