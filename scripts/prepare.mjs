// npm's `prepare`: build dist/ with TypeScript (and the CLI's bundle with esbuild) when they are installed (npm ci,
// npm install from a git URL, pre-commit's install). Prints nothing on
// stdout: `npm pack` prints the tarball's name there and pre-commit reads it.
// Without TypeScript (npm ci --omit=dev) it builds nothing and says why on
// stderr; the release tarball ships dist/ prebuilt, so installs from it never build.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
    process.stderr.write('plan-parse: TypeScript is not installed (npm ci --omit=dev?), so dist/ was not built; run `npm ci` with the dev dependencies, or install the release tarball, which ships dist/\n');
  }
  process.exit(0);
}
// a fresh dist/: files of modules that no longer exist must not ship
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: ['ignore', 2, 2] });
if (result.status !== 0) process.exit(result.status ?? 1);
// the CLI's bundle (bundle.mjs), which bin/plan-parse.js starts faster than tsc's ~230 modules
const bundled = spawnSync(process.execPath, [fileURLToPath(new URL('bundle.mjs', import.meta.url))], { cwd: root, stdio: ['ignore', 2, 2] });
process.exit(bundled.status ?? 1);
