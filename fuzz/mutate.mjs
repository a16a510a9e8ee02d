/**
 * Structure-aware mutators, driven by a seeded PRNG (the same seed gives the
 * same cases): XML parts of a .docx (delete / duplicate / reorder elements,
 * extreme attribute values, entities and character references, truncation,
 * deep nesting), bytes of a .docx or .doc (flips, extreme words, cuts,
 * repeats), and lines of text and HTML (markers, brackets, repeats, long
 * lines, control characters, broken encodings).
 */
import JSZip from 'jszip';

export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const EXTREME = ['2147483647', '-2147483648', '4294967296', '99999999999999999999', '-1', '0', '', 'NaN', '1e308', '&#1114112;', '&#x110000;', 'upperLetter', 'chineseCounting', 'decimalEnclosedCircle', '%1%2%3%4%5%6%7%8%9', 'x'.repeat(5000)];
const ENTITIES = ['&#1114112;', '&#x110000;', '&#xD800;', '&#0;', '&#x1F600;', '&amp;', '&bogus;', '&#99999999999;', '&', '<', ']]>', '&#x;'];
const DOCX_ATTRS = ['w:val', 'w:ilvl', 'w:numId', 'w:gridSpan', 'w:vMerge', 'w:abstractNumId', 'w:start', 'w:styleId', 'w:w', 'Target', 'Id'];
const INSERTS = [
  '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="100000"/></w:tcPr><w:p><w:r><w:t>任务</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="2147483647"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>一、开展工作</w:t></w:r></w:p>',
  '<w:lvl w:ilvl="8"><w:start w:val="2147483647"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%9."/></w:lvl>',
  '<w:p><w:r><w:t>责任单位：县民政局&#x110000;</w:t></w:r></w:p>',
  '<w:r><w:t>' + '）'.repeat(3000) + '</w:t></w:r>',
  '<w:sdt><w:sdtContent>'.repeat(50),
  '<w:p>'.repeat(200),
];

/** Element spans `<tag …>…</tag>` or `<tag …/>` of one name, found by a light scan (no DOM: damaged XML must still mutate). */
function elementSpans(xml, rand) {
  const tags = [...xml.matchAll(/<([a-zA-Z][\w:.-]*)[\s>/]/g)].map((m) => m[1]);
  if (!tags.length) return [];
  const tag = rand.pick(tags);
  const spans = [];
  const re = new RegExp(`<${tag.replace(/[.]/g, '\\.')}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  let m;
  while ((m = re.exec(xml)) && spans.length < 2000) {
    if (m[1] === '/') spans.push([m.index, re.lastIndex]);
    else {
      const close = xml.indexOf(`</${tag}>`, re.lastIndex);
      spans.push([m.index, close < 0 ? re.lastIndex : close + tag.length + 3]);
    }
  }
  return spans;
}

export function mutateXml(xml, rand) {
  const op = rand.int(9);
  const spans = elementSpans(xml, rand);
  const span = spans.length ? rand.pick(spans) : [0, 0];
  const [s, e] = span;
  switch (op) {
    case 0: // delete an element
      return xml.slice(0, s) + xml.slice(e);
    case 1: { // duplicate an element, sometimes many times
      const times = rand.chance(0.2) ? 1 + rand.int(500) : 1;
      return xml.slice(0, e) + xml.slice(s, e).repeat(times) + xml.slice(e);
    }
    case 2: { // swap two elements
      if (spans.length < 2) return xml.slice(0, s) + xml.slice(e);
      const [a, b] = [span, rand.pick(spans)].sort((x, y) => x[0] - y[0]);
      if (a[1] > b[0]) return xml;
      return xml.slice(0, a[0]) + xml.slice(b[0], b[1]) + xml.slice(a[1], b[0]) + xml.slice(a[0], a[1]) + xml.slice(b[1]);
    }
    case 3: { // an extreme attribute value
      const attrs = [...xml.matchAll(/ ([\w:]+)="([^"]*)"/g)];
      const wanted = attrs.filter((m) => DOCX_ATTRS.includes(m[1]));
      const m = rand.pick(wanted.length && rand.chance(0.8) ? wanted : attrs.length ? attrs : [null]);
      if (!m) return xml;
      return xml.slice(0, m.index) + ` ${m[1]}="${rand.pick(EXTREME)}"` + xml.slice(m.index + m[0].length);
    }
    case 4: { // an entity or character reference in text or an attribute
      const at = rand.int(xml.length + 1);
      return xml.slice(0, at) + rand.pick(ENTITIES) + xml.slice(at);
    }
    case 5: // truncate
      return xml.slice(0, rand.int(xml.length + 1));
    case 6: { // insert a structure known to cost work
      const at = e || rand.int(xml.length + 1);
      return xml.slice(0, at) + rand.pick(INSERTS) + xml.slice(at);
    }
    case 7: { // nest an element in itself
      const depth = 1 + rand.int(300);
      const open = xml.slice(s, e).match(/^<[^>]*>/)?.[0] ?? '<w:p>';
      const tag = open.match(/^<([\w:.-]+)/)?.[1] ?? 'w:p';
      return xml.slice(0, s) + (open.endsWith('/>') ? open.replace('/>', '>') : open).repeat(depth) + `</${tag}>`.repeat(depth) + xml.slice(e);
    }
    default: { // several small byte-level edits of the text
      let out = xml;
      for (let i = 0; i < 1 + rand.int(5); i++) {
        const at = rand.int(out.length);
        out = out.slice(0, at) + rand.pick(['<', '>', '"', '/', '\u0000', '\uffff', '一、', '（']) + out.slice(at + 1);
      }
      return out;
    }
  }
}

export async function mutateDocx(bytes, rand) {
  let zip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return mutateBytes(bytes, rand);
  }
  const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n) && !zip.files[n].dir);
  const rounds = 1 + rand.int(3);
  for (let i = 0; i < rounds && parts.length; i++) {
    const preferred = parts.filter((n) => /document\.xml$|numbering\.xml$|styles\.xml$/.test(n));
    const name = rand.pick(preferred.length && rand.chance(0.8) ? preferred : parts);
    const part = zip.file(name);
    if (!part) continue;
    if (rand.chance(0.05)) {
      zip.remove(name);
      continue;
    }
    zip.file(name, mutateXml(await part.async('string'), rand));
  }
  if (rand.chance(0.05)) zip.file(rand.pick(parts) ?? 'word/document.xml', 'duplicate');
  const out = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: rand.chance(0.5) ? 'DEFLATE' : 'STORE' }));
  return rand.chance(0.1) ? mutateBytes(out, rand) : out;
}

const WORDS = [0xffffffff, 0x7fffffff, 0x80000000, 0, 1, 0xfffffffe, 0xfffffffd, 0x1000, 0xffff];

export function mutateBytes(bytes, rand) {
  const out = Buffer.from(bytes);
  const edits = 1 + rand.int(8);
  let result = out;
  for (let i = 0; i < edits; i++) {
    const op = rand.int(5);
    const at = rand.int(Math.max(1, result.length - 4));
    if (op === 0) result[at] ^= 1 << rand.int(8);
    else if (op === 1 && result.length >= 4) result.writeUInt32LE(rand.pick(WORDS), Math.min(at, result.length - 4));
    else if (op === 2 && result.length >= 2) result.writeUInt16LE(rand.pick([0xffff, 0, 0x7fff, 0xa5ec]), Math.min(at, result.length - 2));
    else if (op === 3) result = result.subarray(0, Math.max(1, rand.int(result.length)));
    else {
      const len = Math.min(512, result.length - at);
      result = Buffer.concat([result.subarray(0, at), result.subarray(at, at + len), result.subarray(at)]);
    }
  }
  return Buffer.from(result);
}

/** OLE header and FIB fields that damaged .doc files get wrong: sector shift, directory start, FIB counts. */
export function mutateDoc(bytes, rand) {
  const out = Buffer.from(bytes);
  if (out.length < 512 || rand.chance(0.4)) return mutateBytes(out, rand);
  const fields = [0x1e, 0x2c, 0x30, 0x3c, 0x44, 0x48, 0x4c, 0x50];
  const at = rand.pick(fields);
  out.writeUInt32LE(rand.pick(WORDS), at);
  // and the FIB, wherever its magic sits
  const sector = 1 << (out.readUInt16LE(0x1e) & 15);
  for (let fib = 512; fib + 512 <= out.length; fib += 512) {
    if (out.readUInt16LE(fib) === 0xa5ec) {
      if (rand.chance(0.7)) out.writeUInt16LE(rand.pick([0xffff, 0, 0x7fff, 200]), fib + rand.pick([32, 34, 0x0a, 0x18]));
      if (rand.chance(0.5)) out.writeUInt32LE(rand.pick(WORDS), fib + 154 + rand.int(100) * 4);
      break;
    }
  }
  void sector;
  return out;
}

const LINES = ['一、', '（一）', '1、', '1.', '①', '第一条', '责任单位：', '牵头单位：县民政局；配合单位：', '完成时限：2024年13月45日', '完成时限：每周四', '）'.repeat(2000), '（'.repeat(2000), '“'.repeat(500), '| a | b | c |', '\t\t\t', '序号 | 工作任务 | 责任单位 | 完成时限', '二〇二四年十二月三十一日', '2024年4-5月', '\u0000', '\ufeff', '\u2028', '指导思想', '实施步骤', '第一阶段（2024年4月—2024年2月）'];

export function mutateText(bytes, rand) {
  let lines = Buffer.from(bytes).toString('utf8').split('\n');
  const edits = 1 + rand.int(6);
  for (let i = 0; i < edits; i++) {
    const at = rand.int(lines.length + 1);
    switch (rand.int(7)) {
      case 0:
        lines.splice(at, 1);
        break;
      case 1:
        lines.splice(at, 0, rand.pick(LINES));
        break;
      case 2: {
        const line = lines[at] ?? rand.pick(LINES);
        // many copies of a short line (200,000 markers), never gigabytes of a long one
        const n = Math.min(rand.chance(0.1) ? 2000 + rand.int(8000) : 1 + rand.int(50), Math.ceil((16 * 1024 * 1024) / (line.length + 1)));
        lines.splice(at, 0, ...Array.from({ length: n }, () => line));
        break;
      }
      case 3:
        lines[at] = (lines[at] ?? '') + rand.pick(LINES).repeat(1 + rand.int(200));
        break;
      case 4:
        lines = lines.slice(0, Math.max(1, rand.int(lines.length)));
        break;
      case 5: {
        const a = rand.int(lines.length);
        [lines[a], lines[at]] = [lines[at] ?? '', lines[a]];
        break;
      }
      default:
        lines[at] = [...(lines[at] ?? '')].reverse().join('');
    }
  }
  const text = lines.join(rand.chance(0.1) ? '\r\n' : '\n');
  if (rand.chance(0.05)) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const out = Buffer.from(text);
  return rand.chance(0.1) ? mutateBytes(out, rand) : out;
}

export function mutateHtml(bytes, rand) {
  let html = Buffer.from(bytes).toString('utf8');
  if (rand.chance(0.5)) return Buffer.from(mutateXml(html, rand));
  const at = rand.int(html.length + 1);
  const n = 1 + rand.int(2000);
  const insert = rand.pick([
    '<div>'.repeat(n) + '一、主要任务' + '</div>'.repeat(rand.int(n + 1)),
    `<table><tr><td colspan="${rand.pick(EXTREME)}">任务</td><td rowspan="${rand.pick(EXTREME)}">单位</td></tr></table>`,
    '<table>'.repeat(n),
    '<!--' + '-'.repeat(n),
    '<script>' + 'x'.repeat(n),
  ]);
  html = html.slice(0, at) + insert + html.slice(at);
  return Buffer.from(html);
}
