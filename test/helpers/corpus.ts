/** Paths and loaders for the fixtures the tests run on. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixture = (path: string): string => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

/** The held-out document of fixtures/real-new whose name starts with `prefix` (`20_`). */
export function realNewDoc(prefix: string): string {
  const name = readdirSync(fixture('real-new/docs')).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no fixtures/real-new/docs/${prefix}*`);
  return fixture(`real-new/docs/${name}`);
}

export const SEEDS = {
  kongtiao: fixture('seeds/000_6b83b6aff292ad91.txt'),
  wenming: fixture('seeds/001_9eb1f2e298b5f31f.txt'),
  fanwen: fixture('seeds/002_3556fe1ef0268d34.txt'),
  zongjie2023: fixture('seeds/003_5738f097b89ccead.txt'),
  chuangwen: fixture('seeds/004_f9d71edce6b89f99.txt'),
};

export function readGold(name: string): any {
  return JSON.parse(readFileSync(fixture(`gold/${name}`), 'utf8'));
}
