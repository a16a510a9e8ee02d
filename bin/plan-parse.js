#!/usr/bin/env node
// Runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
import { main, hungCalls } from '../dist/cli/main.js';

// `plan-parse plan.docx | head` closes the pipe early: that is not an error
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv).then((code) => {
  process.exitCode = code;
  // a file-system call that was given up on (a dead mount) would keep the process alive
  if (hungCalls() > 0) process.exit(code);
});
