/** The pieces of convert that need no process: names in zips, --exclude, shards, CSV. */
import { describe, expect, it } from 'vitest';
import { decodeEntryName, unsafeEntryName } from '../src/fs/zip.js';
import { makeExcluder } from '../src/cli/convert/exclude.js';
import { parseShard, shardOf } from '../src/cli/convert/shard.js';
import { classify } from '../src/cli/convert/classify.js';
import { parseCsv, rowToCsv, normalizeRow } from '../src/cli/convert/rows.js';
import { encodeGbk } from './helpers/gbk.js';

describe('zip entry names', () => {
  it('decodes GBK names without the UTF-8 flag, UTF-8 ones with or without it', () => {
    expect(decodeEntryName(encodeGbk('工作方案/2024年计划.docx'), 0, [])).toBe('工作方案/2024年计划.docx');
    expect(decodeEntryName(Buffer.from('工作总结.txt'), 0x800, [])).toBe('工作总结.txt');
    expect(decodeEntryName(Buffer.from('工作总结.txt'), 0, [])).toBe('工作总结.txt');
  });

  it('prefers the Info-ZIP Unicode Path field', () => {
    const utf8 = Buffer.from('实施方案.doc');
    const field = Buffer.concat([Buffer.from([1, 0, 0, 0, 0]), utf8]);
    expect(decodeEntryName(Buffer.from('????.doc'), 0, [{ id: 0x7075, data: field }])).toBe('实施方案.doc');
  });

  it('flags names that would escape the archive folder', () => {
    expect(unsafeEntryName('../evil.txt')).toBe(true);
    expect(unsafeEntryName('a/../../evil.txt')).toBe(true);
    expect(unsafeEntryName('/etc/passwd')).toBe(true);
    expect(unsafeEntryName('C:/x.txt')).toBe(true);
    expect(unsafeEntryName('a/b..c.txt')).toBe(false);
  });
});

describe('classify', () => {
  it('tells documents, archives, junk and other files apart', () => {
    expect(classify('a/方案.DOCX').kind).toBe('document');
    expect(classify('a/plans.zip').kind).toBe('archive');
    expect(classify('a/~$方案.docx').kind).toBe('junk');
    expect(classify('__MACOSX/a/._x.docx').kind).toBe('junk');
    expect(classify('a/.DS_Store').kind).toBe('junk');
    expect(classify('a/photo.png')).toEqual({ kind: 'skip', reason: 'not a document (.png)' });
  });
});

describe('--exclude', () => {
  it('matches folders, names at any depth and globs', () => {
    const exclude = makeExcluder(['out/**', '草稿', '**/*.bak.docx']);
    expect(exclude('out')).toBe(true);
    expect(exclude('out/a/b.json')).toBe(true);
    expect(exclude('outline.txt')).toBe(false);
    expect(exclude('2024/草稿/a.docx')).toBe(true);
    expect(exclude('x/y/a.bak.docx')).toBe(true);
    expect(exclude('x/y/a.docx')).toBe(false);
    expect(makeExcluder(['out'])('out/x.json')).toBe(true);
  });
});

describe('--shard', () => {
  it('parses K/N and hashes every path to one shard', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(() => parseShard('0/4')).toThrow();
    expect(() => parseShard('5/4')).toThrow();
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) counts[shardOf(`plans/${i}.docx`, 4) - 1]!++;
    for (const n of counts) expect(n).toBeGreaterThan(60);
    expect(shardOf('plans/1.docx', 4)).toBe(shardOf('plans/1.docx', 4));
  });
});

describe('CSV', () => {
  it('quotes what needs it and reads it back', () => {
    const row = normalizeRow({ path: 'a, "b"\n.txt', status: 'failed', message: 'x' })!;
    const [header, record] = parseCsv(`path,format\r\n${rowToCsv(row)}\r\n`);
    expect(header).toEqual(['path', 'format']);
    expect(record![0]).toBe('a, "b"\n.txt');
  });
});
