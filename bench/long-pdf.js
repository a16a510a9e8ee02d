// A PDF of N pages written on the fly (plain PDF 1.4, one Helvetica font, 40 numbered
// one-line paragraphs a page), so the long-file figures need no large fixture. Text extraction needs
// no glyphs, so the standard font is enough for the reader.
export function longPdf(pageCount) {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids = [];
  for (let p = 0; p < pageCount; p++) {
    // each item a paragraph of its own: first line indented, as printed plans are
    const lines = Array.from({ length: 40 }, (_, i) => `1 0 0 1 96 ${790 - i * 18} Tm (${p * 40 + i + 1}. Task ${p + 1}-${i + 1}: owner office ${i % 7}, due 2024-${String((i % 12) + 1).padStart(2, '0')}-28) Tj`);
    const stream = `BT /F1 11 Tf\n${lines.join('\n')}\nET`;
    objects.push(`<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Count ${pageCount} /Kids [${kids.join(' ')}] >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
