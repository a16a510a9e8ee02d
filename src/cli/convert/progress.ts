/**
 * Progress on stderr (stdout may be carrying --format jsonl): a bar when
 * stderr is a terminal, nothing while running otherwise — the run ends with
 * one summary line either way.
 */
import type { SingleBar } from 'cli-progress';

export interface Progress {
  grow(delta: number): void;
  tick(failed: boolean): void;
  /** Print a line without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

class Bar implements Progress {
  private done = 0;
  private failures = 0;
  private readonly started = Date.now();

  constructor(private readonly bar: SingleBar, private total: number) {}

  grow(delta: number): void {
    this.total += delta;
    this.bar.setTotal(Math.max(this.total, this.done));
  }

  private payload() {
    const seconds = (Date.now() - this.started) / 1000;
    return { rate: seconds > 0 ? (this.done / seconds).toFixed(1) : '–', failures: this.failures };
  }

  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failures++;
    this.bar.update(this.done, this.payload());
  }

  /** The bar saves and restores the cursor: stop it (clearing its line), print, start it again below. */
  log(line: string): void {
    this.bar.stop();
    process.stderr.write(`${line}\n`);
    this.bar.start(Math.max(this.total, this.done), this.done, this.payload());
  }

  stop(): void {
    this.bar.stop();
  }
}

const quiet: Progress = {
  grow: () => undefined,
  tick: () => undefined,
  log: (line) => process.stderr.write(`${line}\n`),
  stop: () => undefined,
};

export async function createProgress(total: number, enabled: boolean): Promise<Progress> {
  if (!enabled || !process.stderr.isTTY) return quiet;
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: ' {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {failures} failed',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '–', failures: 0 });
  return new Bar(bar, total);
}
