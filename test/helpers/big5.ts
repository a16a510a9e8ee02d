/** A Big5 encoder for tests: Node decodes Big5 only, so the table is built by decoding every two-byte code once. */
let table: Map<string, number> | null = null;

function buildTable(): Map<string, number> {
  const decoder = new TextDecoder('big5');
  const map = new Map<string, number>();
  for (let lead = 0xa1; lead <= 0xf9; lead++) {
    for (const trail of [...Array(0x3f).keys()].map((k) => k + 0x40).concat([...Array(0x5e).keys()].map((k) => k + 0xa1))) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, (lead << 8) | trail);
    }
  }
  return map;
}

export function encodeBig5(text: string): Buffer {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const big5 = table.get(char);
      if (big5 === undefined) throw new Error(`no Big5 code for ${char}`);
      bytes.push(big5 >> 8, big5 & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** A short plan in traditional characters, as Taiwan and Hong Kong offices write them. */
export const TRADITIONAL_PLAN = [
  '2024年社區環境整治工作方案',
  '為進一步改善社區環境，提升居民生活品質，結合本社區實際，制定本方案。',
  '一、指導思想',
  '以服務居民為宗旨，堅持問題導向，持續改善社區環境。',
  '二、主要任務',
  '（一）整治小區環境衛生。清理樓道雜物，保持公共區域整潔。',
  '責任人：王丹',
  '完成時限：2024年6月30日前',
  '（二）開展垃圾分類宣傳。組織志願者入戶宣傳，提高居民參與率。',
  '責任單位：社區居委會',
  '完成時限：2024年9月30日前',
  '（三）規範停車秩序。劃設停車位，清理佔道停車。',
  '責任人：楊婷',
  '三、保障措施',
  '（一）加強組織領導。成立工作小組，明確分工。',
  '（二）強化督促檢查。每月通報工作進度。',
  '',
].join('\r\n');
