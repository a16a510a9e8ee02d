#!/usr/bin/env node
// Runs the compiled CLI in dist/ (shipped in the release tarball; built by `npm ci` in a clone, via `prepare`).
import { statSync } from 'node:fs';

// `plan-parse plan.docx | head` closes the pipe early: that is not an error
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// (`--no-regexp-tier-up` set here saved ~25 ms, but V8 flags changed after start-up may
// crash the process — Node's documentation says so, and a test run saw a child killed: not worth it.)

let cli;
try {
  cli = await import(entry());
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist')) throw error;
  process.stderr.write('plan-parse: the program is not built (no dist/): run `npm run build` in its folder, or install the release tarball\n');
  process.exit(3);
}

cli.main(process.argv).then((code) => {
  process.exitCode = code;
  // a file-system call that was given up on (a dead mount) would keep the process alive
  if (cli.hungCalls() > 0) process.exit(code);
});

/**
 * The bundle (scripts/bundle.mjs: one file instead of ~230 modules to resolve),
 * unless tsc rebuilt dist/ after it (`npx tsc` alone): then tsc's modules, so
 * that the code run is never stale.
 */
function entry() {
  const bundle = new URL('../dist/bundle/plan-parse.js', import.meta.url);
  const modules = new URL('../dist/cli/main.js', import.meta.url);
  const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs;
  const built = mtime(bundle);
  // a second of slack: an install may stamp the two files a moment apart
  return built !== undefined && !(mtime(modules) > built + 1000) ? bundle.href : modules.href;
}
