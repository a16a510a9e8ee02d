// Builds the small fixtures under fixtures/html and fixtures/bad from seed 000
// and fixtures/docx (run: node test/helpers/make-fixtures.mjs). The outputs are
// committed; this script documents exactly how each one was made.
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync, crc32 } from 'node:zlib';
import JSZip from 'jszip';

const root = new URL('../../fixtures/', import.meta.url);
const out = (path, data) => writeFileSync(new URL(path, root), data);
const seedLines = readFileSync(new URL('seeds/000_6b83b6aff292ad91.txt', root), 'utf8').split(/\r?\n/);
/** Lines 5-91 are the documents; 1-4 were the site's header, duplicate title and teaser. */
const body = seedLines.slice(4).filter((l) => l.trim());
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** GBK bytes for a string: reverse of the GB18030 decoder over all two-byte codes. */
function encodeGbk(text) {
  const table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (table.has(ch)) bytes.push(...table.get(ch));
    else throw new Error(`no GBK code for ${ch}`);
  }
  return Uint8Array.from(bytes);
}

/** Owner lines with a following name line become one <p> with a <br>, as CMS editors write them. */
function paragraphs(lines) {
  const html = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (/^责任人/.test(line) && next && /^[\u4e00-\u9fff]{2,4}$/.test(next)) {
      html.push(`<p>${esc(line)}<br>${esc(next)}</p>`);
      i++;
    } else html.push(`<p>${esc(line)}</p>`);
  }
  return html.join('\n');
}

function savedPage() {
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>2024年创建全国文明城市空调社区工作方案_中词库</title>
<style>body{font-size:14px}.content p{text-indent:2em}</style>
<script>var _hmt = _hmt || []; document.write('欢迎访问中词库');</script>
</head><body>
<div class="header"><a href="/">中词库 / www.zciku.com</a><div class="nav"><a href="/fanwen/">范文大全</a> <a href="/gongzuo/">工作计划</a> <a href="/zongjie/">工作总结</a></div></div>
<div class="breadcrumb">当前位置：首页 &gt; 工作计划 &gt; 工作方案</div>
<div class="main">
<div class="article">
<h1>2024年创建全国文明城市空调社区工作方案</h1>
<div class="info">来源：网络&nbsp;&nbsp;作者：紫陌红尘&nbsp;&nbsp;更新时间：2024-01-15</div>
<div class="content">
${paragraphs(body)}
</div>
<div class="share">微信扫码分享 <a href="#">加入收藏</a></div>
</div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/1.html">社区创建文明城市工作总结范文（通用10篇）</a></li><li><a href="/2.html">2024年社区创城工作计划</a></li></ul></div>
<div class="sidebar"><h3>热门推荐</h3><ul><li><a href="/3.html">个人工作计划表</a></li></ul></div>
</div>
<div class="footer">Copyright &copy; 2024 中词库 版权所有 京ICP备00000000号</div>
<script src="/js/count.js"></script>
</body></html>
`;
}

/** How Word saves "Web Page" (and how sites serve .doc downloads): HTML with mso markup, typed numbers in mso-list spans. */
function wordExport() {
  const listed = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、．])(.*)$/;
  const ps = body.slice(0, 59).map((line, i) => {
    if (i < 2) return `<p class=MsoTitle align=center><b><span style='font-family:方正小标宋简体'>${esc(line)}</span></b></p>`;
    const m = listed.exec(line);
    if (!m) return `<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>${esc(line)}</span></p>`;
    return `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${esc(m[1])}</span><![endif]><span style='font-family:仿宋_GB2312'>${esc(m[2])}</span></p>`;
  });
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm; font-size:16.0pt; font-family:仿宋_GB2312;} @page WordSection1 {size:595.3pt 841.9pt;} --></style>
</head><body lang=ZH-CN style='text-justify-trim:punctuation'>
<div class=WordSection1>
${ps.join('\n')}
</div></body></html>
`;
}

/** A minimal OLE compound file (v3, 512-byte sectors) holding the given streams, each padded to 4096 bytes so it lives in regular sectors. */
function oleFile(streams) {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const sized = streams.map(([name, data]) => {
    const padded = Buffer.alloc(Math.max(4096, Math.ceil(data.length / SECTOR) * SECTOR));
    Buffer.from(data).copy(padded);
    return { name, data: padded, size: Math.max(4096, data.length) };
  });
  const fat = [FATSECT, END];
  let next = 2;
  for (const s of sized) {
    s.start = next;
    const count = s.data.length / SECTOR;
    for (let i = 0; i < count; i++) fat.push(i === count - 1 ? END : next + i + 1);
    next += count;
  }
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const fatSector = Buffer.alloc(SECTOR, 0xff);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, i * 4));
  const dir = Buffer.alloc(SECTOR);
  const entry = (i, name, type, start, size, child, right) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    dir[at + 0x42] = type;
    dir[at + 0x43] = 1;
    dir.writeUInt32LE(FREE, at + 0x44);
    dir.writeUInt32LE(right, at + 0x48);
    dir.writeUInt32LE(child, at + 0x4c);
    dir.writeUInt32LE(start, at + 0x74);
    dir.writeUInt32LE(size, at + 0x78);
  };
  // siblings chained to the right, in the directory's order (shorter names first)
  entry(0, 'Root Entry', 5, END, 0, 1, FREE);
  sized.forEach((s, i) => entry(i + 1, s.name, 2, s.start, s.size, FREE, i + 1 < sized.length ? i + 2 : FREE));
  return Buffer.concat([header, fatSector, dir, ...sized.map((s) => s.data)]);
}

/** A one-entry zip whose part really is `size` bytes of zeros: tiny on disk, huge inflated. */
function bombZip(size) {
  const name = Buffer.from('word/document.xml');
  const data = deflateRawSync(Buffer.alloc(size), { level: 9 });
  const crc = crc32(Buffer.alloc(size));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const cdOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const docx = readFileSync(new URL('docx/000-literal.docx', root));

out('html/000-page.html', encodeGbk(savedPage()));
out('html/000-word-export.doc', encodeGbk(wordExport()));
out('bad/empty.docx', Buffer.alloc(0));
out('bad/corrupt.docx', docx.subarray(0, 4000));
out('bad/not-word.docx', await new JSZip().file('readme.txt', '这不是Word文档').file('data/list.csv', 'a,b\n').generateAsync({ type: 'nodebuffer' }));
const noDocument = await JSZip.loadAsync(docx);
noDocument.remove('word/document.xml');
out('bad/no-document.docx', await noDocument.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
out('bad/bomb.docx', bombZip(20 * 1024 * 1024));
out('bad/encrypted.docx', oleFile([['EncryptionInfo', Buffer.from('not a real key, only the container matters')], ['EncryptedPackage', Buffer.alloc(4096, 0x5a)]]));
out('bad/broken.doc', oleFile([['1Table', Buffer.alloc(4096)], ['WordDocument', Buffer.alloc(4096, 0x41)]]));
console.log('fixtures written');
