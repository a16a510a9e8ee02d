/**
 * OFD files written by test/helpers/ofd.ts from real corpus texts: the same
 * tasks as the text, page numbers gone, paragraphs joined over line and page
 * breaks; broken packages refused with one line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { parseBlocks, parseText, sha256 } from '../src/pipeline.js';
import { readBytes } from '../src/readers/index.js';
import { deltas } from '../src/readers/ofd.js';
import { PlanParseError } from '../src/errors.js';
import { buildOfd } from './helpers/ofd.js';
import { normalizeLine } from '../src/text/normalize.js';

const text = (name: string) => readFileSync(new URL(`../fixtures/real/docs/${name}`, import.meta.url), 'utf8');
const paragraphs = (t: string) => t.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const summary = (tasks: { title: string; owners: { name: string }[]; deadline: { end?: string; kind: string } | null }[]) =>
  tasks.map((t) => [t.title, t.owners.map((o) => o.name).join('、'), t.deadline?.end ?? t.deadline?.kind ?? null]);

describe('OFD', () => {
  for (const name of ['01_guangzhou-talent-633.txt', '12_charm-civilized-city-actions.txt', '16_shiyan-2008-ten-things.txt']) {
    it(`${name}: the OFD's paragraphs and tasks are the text's`, async () => {
      const source = text(name);
      const ofd = await buildOfd(paragraphs(source));
      const read = await readBytes(ofd, 'plan.ofd');
      expect(read.format).toBe('ofd');
      // spaces next to Chinese text are layout in a fixed-layout file: compare without them
      const bare = (t: string) => normalizeLine(t).replace(/\s+/g, '');
      expect(read.blocks.map((b) => bare(b.text))).toEqual(paragraphs(source).map(bare));
      expect(read.blocks.some((b) => /—\s*\d+\s*—/.test(b.text))).toBe(false);
      const fromOfd = parseBlocks(read, { path: 'plan.ofd', sha256: sha256(ofd) }).documents.flatMap((d) => d.tasks);
      const fromText = parseText(source).documents.flatMap((d) => d.tasks);
      expect(fromText.length).toBeGreaterThan(0);
      expect(summary(fromOfd)).toEqual(summary(fromText));
    });
  }

  it('reads DeltaX with its g (repeat) form', () => {
    expect(deltas('g 3 1.5 2 g 2 1')).toEqual([1.5, 1.5, 1.5, 2, 1, 1]);
  });

  it('a broken package says so in one line', async () => {
    const zip = new JSZip();
    zip.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readBytes(bytes, 'x.ofd')).rejects.toThrow(PlanParseError);
    await expect(readBytes(bytes, 'x.ofd')).rejects.toThrow('a broken OFD package (Doc_0/Document.xml is missing)');
  });
});
