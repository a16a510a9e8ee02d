/**
 * Writes OFD packages (GB/T 33190's structure: OFD.xml → Doc_0/Document.xml →
 * Doc_0/Pages/Page_N/Content.xml with TextObject/TextCode at X/Y in mm) from
 * paragraphs of text, laid out as an official document is: A4, 28 characters
 * a line, first lines indented two characters, a page number `— N —` in each
 * footer. For the OFD reader's tests.
 */
import JSZip from 'jszip';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

export async function buildOfd(paragraphs: string[], options: { perLine?: number; linesPerPage?: number } = {}): Promise<Uint8Array> {
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
  let id = 10;
  for (let start = 0; start < lines.length; start += linesPerPage) {
    const objects = lines.slice(start, start + linesPerPage).map((line, i) => {
      const chars = [...line.text];
      const x = left + (line.indent ? 2 * size : 0);
      const y = top + i * pitch;
      return `<ofd:TextObject ID="${id++}" Boundary="${x} ${y - size} ${chars.length * size} ${size * 1.4}" Font="2" Size="${size}"><ofd:TextCode X="0" Y="${size}" DeltaX="g ${Math.max(0, chars.length - 1)} ${size}">${esc(line.text)}</ofd:TextCode></ofd:TextObject>`;
    });
    const number = `— ${pages.length + 1} —`;
    objects.push(`<ofd:TextObject ID="${id++}" Boundary="95 275 30 8" Font="2" Size="4.2"><ofd:TextCode X="0" Y="4.2" DeltaX="g ${[...number].length - 1} 3">${number}</ofd:TextCode></ofd:TextObject>`);
    pages.push(`<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="${id++}">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`);
  }
  const zip = new JSZip();
  zip.file('OFD.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  zip.file(
    'Doc_0/Document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>${id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>${pages
      .map((_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`)
      .join('')}</ofd:Pages></ofd:Document>`,
  );
  zip.file('Doc_0/PublicRes.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`);
  pages.forEach((xml, i) => zip.file(`Doc_0/Pages/Page_${i}/Content.xml`, xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
