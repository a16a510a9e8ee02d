import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { readBytes } from '../src/readers/index.js';
import { PlanParseError } from '../src/errors.js';
import { MAX_COMPRESSION_RATIO, MAX_UNCOMPRESSED_BYTES } from '../src/readers/docx/index.js';
import { checkExpansion } from '../src/fs/zip.js';

// fixtures/bad is made by test/helpers/make-fixtures.mjs
const bad = (name: string) => readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url));

async function errorOf(bytes: Uint8Array, file: string): Promise<PlanParseError> {
  try {
    await readBytes(bytes, file);
  } catch (err) {
    expect(err).toBeInstanceOf(PlanParseError);
    return err as PlanParseError;
  }
  throw new Error(`${file} was read without error`);
}

describe('bad input gives one line naming the cause', () => {
  it.each([
    ['empty.docx', /^the file is empty \(0 bytes\)$/],
    ['corrupt.docx', /^the Word document is damaged \(its zip structure is broken/],
    ['not-word.docx', /^a zip archive but not a Word document/],
    ['no-document.docx', /^a Word package without its main document \(word\/document\.xml is missing\)$/],
    ['encrypted.docx', /^the document is password-protected \(encrypted\)$/],
    ['bomb.docx', new RegExp(`^refused to unpack the zip archive: it would expand \\d+× its size \\(limit ${MAX_COMPRESSION_RATIO}×\\)$`)],
    ['broken.doc', /^the Word document is damaged \(not a readable Word 97–2003/],
  ])('%s', async (name, message) => {
    const err = await errorOf(bad(name), `fixtures/bad/${name}`);
    expect(err.kind).toBe('input');
    expect(err.message).toMatch(message);
    expect(err.line).toBe(`fixtures/bad/${name}: ${err.message}`);
    expect(err.line).not.toContain('\n');
  });

  it('an encrypted .docx is refused by its bytes whatever its name', async () => {
    const err = await errorOf(bad('encrypted.docx'), 'report.doc');
    expect(err.message).toMatch(/encrypted/);
  });

  it('a zip bomb is refused from its declared sizes, before inflating', () => {
    const entry = (size: number) => ({ name: 'word/document.xml', method: 8, compressedSize: 1000, size, localHeaderOffset: 0 });
    expect(checkExpansion([entry(MAX_UNCOMPRESSED_BYTES + 1)], 50 * 1024 * 1024)).toMatch(/would expand to 200 MiB \(limit 200 MiB\)/);
    expect(checkExpansion([entry(5 * 1024 * 1024)], 1000)).toBeNull(); // small parts may compress 100:1
    expect(checkExpansion([entry(0xffffffff)], 1000)).toMatch(/zip64/);
  });

  it('a part that inflates beyond its declared size is refused too', async () => {
    const zip = new JSZip().file('word/document.xml', 'x'.repeat(100000));
    const bytes = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    // lie in the central directory: declare 1000 bytes uncompressed
    const cd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(1000, cd + 24);
    const err = await errorOf(bytes, 'liar.docx');
    expect(err.message).toMatch(/^the Word document is damaged: word\/document\.xml cannot be inflated/);
  });

  it('other Office zips say what they are', async () => {
    // an Excel workbook is read as a task sheet (issue 14), whatever its name: an empty one says so
    const xlsx = await new JSZip().file('xl/workbook.xml', '<workbook/>').generateAsync({ type: 'nodebuffer' });
    const err = await errorOf(xlsx, 'plan.docx');
    expect(err.message).toBe('the Excel workbook has no cells');
  });

  it('Word 2003 XML is named, not read as text', async () => {
    const xml = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body/></w:wordDocument>');
    const err = await errorOf(xml, 'plan.doc');
    expect(err.message).toBe('Word 2003 XML documents are not supported (save it as .docx)');
  });

  it('a Word document without text', async () => {
    const empty = new JSZip()
      .file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>');
    const err = await errorOf(await empty.generateAsync({ type: 'nodebuffer' }), 'blank.docx');
    expect(err.message).toBe('the Word document has no text');
  });
});
