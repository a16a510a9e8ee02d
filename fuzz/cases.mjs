/**
 * The bad inputs of issue 12, generated (never committed: some are large).
 * Each case is { name, ext, bytes() } — or { name, special } for things that
 * are not bytes (a FIFO, a symlink loop, …), made by makeSpecial().
 * Used by test/reliability.test.ts and by fuzz/run.mjs (as seeds).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const fixture = (path) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CT = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

export const para = (text, numId) =>
  `<w:p>${numId !== undefined ? `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A minimal .docx from a body and an optional numbering.xml. */
export async function makeDocx(body, numbering) {
  const zip = new JSZip()
    .file('[Content_Types].xml', CT)
    .file('_rels/.rels', RELS)
    .file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (numbering !== undefined) {
    zip.file('word/_rels/document.xml.rels', DOC_RELS).file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`);
  }
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

const PLAN = ['2024年社区环境整治工作方案', '一、主要任务', '（一）清理楼道杂物。', '责任人：王丹', '完成时限：5月31日'];

const numberingWith = (lvl) =>
  `<w:abstractNum w:abstractNumId="0">${lvl}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

/** A .doc whose FIB says its csw is 0xFFFF: every later FIB read points past the buffer. */
export function docPastBuffer() {
  const bytes = Buffer.from(fixture('docx/000-autonum.doc'));
  const sectorSize = 1 << bytes.readUInt16LE(0x1e);
  // find the WordDocument stream by its FIB magic at a sector start
  for (let at = sectorSize; at + 512 <= bytes.length; at += sectorSize) {
    if (bytes.readUInt16LE(at) === 0xa5ec) {
      bytes.writeUInt16LE(0xffff, at + 32);
      return bytes;
    }
  }
  throw new Error('no FIB in the .doc fixture');
}

/** A .doc whose piece table (fcClx) points far past the Table stream. */
export function docPieceTablePast() {
  const bytes = Buffer.from(fixture('docx/000-autonum.doc'));
  const sectorSize = 1 << bytes.readUInt16LE(0x1e);
  for (let at = sectorSize; at + 512 <= bytes.length; at += sectorSize) {
    if (bytes.readUInt16LE(at) !== 0xa5ec) continue;
    const csw = bytes.readUInt16LE(at + 32);
    const cslw = bytes.readUInt16LE(at + 34 + csw * 2);
    const fcLcb = at + 34 + csw * 2 + 2 + cslw * 4 + 2;
    bytes.writeUInt32LE(0x7ffffff0, fcLcb + 33 * 8); // fcClx
    return bytes;
  }
  throw new Error('no FIB in the .doc fixture');
}

const repeatLines = (line, n) => Buffer.from(Array.from({ length: n }, () => line).join('\n'));

/** Many tasks, with the same owner and repeated texts: duplicate-task and owner-overload at scale. */
export function manyTasks(n) {
  const lines = ['2024年工作方案', '一、主要任务'];
  for (let i = 1; i <= n; i++) lines.push(`${i}、开展第${i % 50}项环境整治工作，清理楼道杂物和小广告。`, '责任人：王丹', '完成时限：5月31日');
  return Buffer.from(lines.join('\n'));
}

/** Each: name, the file extension, the bytes. `slow` ones are the big ones (the long run and the CLI tests). */
export const CASES = [
  { name: 'charref-decimal', ext: 'docx', bytes: () => makeDocx(para('一、主要任务&#1114112;') + PLAN.slice(2).map((t) => para(t)).join('')) },
  { name: 'charref-hex', ext: 'docx', bytes: () => makeDocx(para('一、主要任务&#x110000;&#xFFFFFFFFFF;') + para('责任人：王丹')) },
  { name: 'charref-attribute', ext: 'docx', bytes: () => makeDocx(para('一、主要任务', '&#x110000;'), numberingWith('<w:lvl w:ilvl="&#99999999;"><w:start w:val="&#x110000;"/></w:lvl>')) },
  { name: 'doc-fib-past-buffer', ext: 'doc', bytes: docPastBuffer },
  { name: 'doc-piece-table-past-buffer', ext: 'doc', bytes: docPieceTablePast },
  { name: 'doc-truncated', ext: 'doc', bytes: () => fixture('docx/000-autonum.doc').subarray(0, 1536) },
  { name: 'closing-brackets-40k', ext: 'txt', bytes: () => Buffer.from(`一、主要任务\n（一）开展${'）'.repeat(40000)}工作。\n责任人：王丹${'）'.repeat(40000)}\n`) },
  { name: 'opening-brackets-40k', ext: 'txt', bytes: () => Buffer.from(`一、主要任务\n（一）开展${'（“《'.repeat(15000)}工作。\n`) },
  // fuzz seed 1 case 2813: a 45,000-character heading over 7,625 empty items: each item re-read its group's date and repeated the heading as its parent (46 s, 1 GB of JSON)
  { name: 'run-on-heading-7k-items', ext: 'txt', bytes: () => Buffer.from(`一、主要任务\n（一）开展${'（“《'.repeat(15000)}\n${'1.\n'.repeat(7625)}`) },
  { name: 'marker-lines-200k', ext: 'txt', slow: true, bytes: () => repeatLines('一、', 200000) },
  { name: 'long-line-2mb', ext: 'txt', slow: true, bytes: () => Buffer.from(`一、主要任务\n${'开展工作，'.repeat(140000)}\n`) },
  { name: 'numbering-start-max-letter', ext: 'docx', bytes: () => makeDocx(Array.from({ length: 20 }, () => para('开展工作', 1)).join(''), numberingWith('<w:lvl w:ilvl="0"><w:start w:val="2147483647"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>')) },
  { name: 'numbering-ilvl-max', ext: 'docx', bytes: () => makeDocx(`<w:p><w:pPr><w:numPr><w:ilvl w:val="2147483647"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>开展工作</w:t></w:r></w:p>`.repeat(10), numberingWith('<w:lvl w:ilvl="2147483647"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%2147483647、"/></w:lvl>')) },
  { name: 'numbering-negative', ext: 'docx', bytes: () => makeDocx(para('开展工作', 1).repeat(5), numberingWith('<w:lvl w:ilvl="-5"><w:start w:val="-2147483648"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1)"/></w:lvl>')) },
  { name: 'html-nested-100k', ext: 'html', bytes: () => Buffer.from(`<html><body>${'<div>'.repeat(100000)}一、主要任务${'</div>'.repeat(100000)}</body></html>`) },
  // fuzz seed 1 case 340: `<di<!--…>` is one tag to the HTML tokenizer (a name runs to `>`), not a comment that hides the rest
  { name: 'html-nested-100k-broken-tag', ext: 'html', bytes: () => Buffer.from(`<html><body>${'<div>'.repeat(20000)}<di<!----------v>${'<div>'.repeat(80000)}一、主要任务${'</div>'.repeat(100000)}</body></html>`) },
  { name: 'html-colspan-100k', ext: 'html', bytes: () => Buffer.from(`<html><body><p>一、主要任务</p><table><tr><td colspan="100000">任务</td><td rowspan="100000">责任单位</td></tr><tr><td colspan="2147483647">清理</td></tr></table></body></html>`) },
  { name: 'docx-gridspan-100k', ext: 'docx', bytes: () => makeDocx(`${para('一、主要任务')}<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="100000"/></w:tcPr>${para('任务')}</w:tc><w:tc>${para('责任单位')}</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2147483647"/><w:vMerge w:val="restart"/></w:tcPr>${para('清理')}</w:tc></w:tr></w:tbl>`) },
  { name: 'duplicate-tasks-50k', ext: 'txt', slow: true, bytes: () => manyTasks(50000) },
  { name: 'tasks-5k', ext: 'txt', bytes: () => manyTasks(5000) },
  { name: 'binary-noise', ext: 'txt', bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) },
];

/** Cases that are file-system objects, not bytes. */
export const SPECIAL = ['fifo', 'socket', 'symlink-loop', 'unreadable', 'newline-name', 'invalid-utf8-name', 'directory-named-docx', 'device'];
