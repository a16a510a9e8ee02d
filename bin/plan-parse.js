#!/usr/bin/env node
// Runs the compiled CLI in dist/ (shipped in the release tarball; built by `npm ci` in a clone, via `prepare`).

// `plan-parse plan.docx | head` closes the pipe early: that is not an error
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

let cli;
try {
  cli = await import('../dist/cli/main.js');
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
