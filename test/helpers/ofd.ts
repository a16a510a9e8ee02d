/**
 * Writes OFD packages (GB/T 33190's structure: OFD.xml → Doc_0/Document.xml →
 * Doc_0/Pages/Page_N/Content.xml with TextObject/TextCode at X/Y in mm) from
 * paragraphs of text, laid out as an official document is: A4, 28 characters
 * a line, first lines indented two characters, a page number `— N —` in each
 * footer. A ruled table can follow the paragraphs on the last page: its
 * borders are PathObjects (stroked lines, thin filled rectangles under a CTM,
 * or one stroked rectangle per cell inside a PageBlock), its cells' text
 * TextObjects (with borders `none`, an unruled table: the text alone); other
 * PathObjects can be put on the first page. For the OFD
 * reader's tests.
 */
import JSZip from 'jszip';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

export interface OfdTable {
  /** Column widths in mm. */
  widths: number[];
  /** Rows of cells, the header first; null where the cell above spans this row too (no rule between them). */
  rows: (string | null)[][];
  /** How the borders are drawn. */
  borders: 'lines' | 'thin-rects' | 'cell-boxes' | 'none';
}

export interface OfdOptions {
  perLine?: number;
  linesPerPage?: number;
  table?: OfdTable;
  /** Objects (from `pathObject`) added to the first page. */
  firstPagePaths?: string[];
}

/** Object IDs, unique over the packages a test run writes. */
let nextId = 10;

/** One PathObject: a Boundary (x y w h, mm) and its AbbreviatedData, relative to the Boundary's origin. */
export function pathObject(boundary: number[], data: string, extra: { ctm?: string; fill?: boolean; stroke?: boolean } = {}): string {
  const attrs = [`ID="${nextId++}"`, `Boundary="${boundary.join(' ')}"`, 'LineWidth="0.35"'];
  if (extra.ctm) attrs.push(`CTM="${extra.ctm}"`);
  if (extra.fill) attrs.push('Fill="true"');
  if (extra.stroke === false) attrs.push('Stroke="false"');
  return `<ofd:PathObject ${attrs.join(' ')}><ofd:AbbreviatedData>${data}</ofd:AbbreviatedData></ofd:PathObject>`;
}

const textObject = (text: string, x: number, y: number, size: number) => {
  const n = [...text].length;
  return `<ofd:TextObject ID="${nextId++}" Boundary="${x} ${y - size} ${n * size} ${size * 1.4}" Font="2" Size="${size}"><ofd:TextCode X="0" Y="${size}" DeltaX="g ${Math.max(0, n - 1)} ${size}">${esc(text)}</ofd:TextCode></ofd:TextObject>`;
};

/** A border from (x, y) to (x + w, y + h), one of w and h zero, drawn the table's way. */
function border(x: number, y: number, w: number, h: number, how: OfdTable['borders']): string {
  if (how === 'lines') return pathObject([x, y, Math.max(w, 0.35), Math.max(h, 0.35)], `M 0 0 L ${w} ${h}`);
  // a 0.3 mm filled bar, its path at half scale under a CTM that doubles it
  const [bw, bh] = [w || 0.3, h || 0.3].map((v) => v / 2);
  return pathObject([x, y, w || 0.3, h || 0.3], `S 0 0 L ${bw} 0 L ${bw} ${bh} L 0 ${bh} C`, { ctm: '2 0 0 2 0 0', fill: true, stroke: false });
}

/** The table's objects from `top` (mm) down, within the body's left margin; cells one line each, text 4 mm. */
function tableObjects(table: OfdTable, left: number, top: number): string {
  const size = 4;
  const height = 10;
  const xs = table.widths.reduce((acc, w) => [...acc, acc.at(-1)! + w], [left]);
  const bottom = top + table.rows.length * height;
  const objects: string[] = [];
  table.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null) return;
      let span = 1;
      while (table.rows[r + span]?.[c] === null) span++;
      const [x, y, w] = [xs[c]!, top + r * height, table.widths[c]!];
      if (table.borders === 'cell-boxes') objects.push(pathObject([x, y, w, span * height], `S 0 0 L ${w} 0 L ${w} ${span * height} L 0 ${span * height} C`));
      else if (table.borders !== 'none') objects.push(border(x, y, w, 0, table.borders));
      // without borders a merged cell is printed on its first row's line (top-aligned), else centred on its span
      const baseline = y + ((table.borders === 'none' ? 1 : span) * height) / 2 + size * 0.35;
      objects.push(textObject(cell, x + 1, baseline, size));
    });
  });
  if (table.borders === 'none') return objects.join('');
  if (table.borders === 'cell-boxes') return `<ofd:PageBlock ID="${nextId++}">${objects.join('')}</ofd:PageBlock>`;
  objects.push(border(left, bottom, xs.at(-1)! - left, 0, table.borders));
  for (const x of xs) objects.push(border(x, top, 0, bottom - top, table.borders));
  return objects.join('');
}

export async function buildOfd(paragraphs: string[], options: OfdOptions = {}): Promise<Uint8Array> {
  const perLine = options.perLine ?? 28;
  const linesPerPage = options.linesPerPage ?? 22;
  const size = 5.5;
  const left = 27;
  const top = 37;
  const pitch = 10;
  const lines: { text: string; indent: boolean }[] = [];
  for (const p of paragraphs) {
    const chars = [...p];
    let first = true;
    while (chars.length) {
      const n = first ? perLine - 2 : perLine;
      lines.push({ text: chars.splice(0, n).join(''), indent: first });
      first = false;
    }
  }
  const pages: string[] = [];
  for (let start = 0; start < lines.length || (start === 0 && options.table); start += linesPerPage) {
    const objects = lines.slice(start, start + linesPerPage).map((line, i) => {
      const x = left + (line.indent ? 2 * size : 0);
      return textObject(line.text, x, top + i * pitch, size);
    });
    const number = `— ${pages.length + 1} —`;
    objects.push(`<ofd:TextObject ID="${nextId++}" Boundary="95 275 30 8" Font="2" Size="4.2"><ofd:TextCode X="0" Y="4.2" DeltaX="g ${[...number].length - 1} 3">${number}</ofd:TextCode></ofd:TextObject>`);
    if (start === 0) objects.push(...(options.firstPagePaths ?? []));
    if (options.table && start + linesPerPage >= lines.length) objects.push(tableObjects(options.table, left, top + (lines.length - start) * pitch));
    pages.push(`<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="${nextId++}">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`);
  }
  const zip = new JSZip();
  zip.file('OFD.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  zip.file(
    'Doc_0/Document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>${nextId}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>${pages
      .map((_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`)
      .join('')}</ofd:Pages></ofd:Document>`,
  );
  zip.file('Doc_0/PublicRes.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`);
  pages.forEach((xml, i) => zip.file(`Doc_0/Pages/Page_${i}/Content.xml`, xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
