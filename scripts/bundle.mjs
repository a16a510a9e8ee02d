// The CLI as a few bundled files in dist/bundle/ (esbuild, after tsc): Node
// resolves and reads ~230 modules for one `plan-parse FILE.txt` otherwise,
// which was a third of its start-up (issue 11). Input is tsc's dist/, so the
// bundle runs exactly the code the library entry (dist/index.js) runs.
// Dynamic import() stays lazy: esbuild splits each into its own chunk.
// bin/plan-parse.js uses the bundle when it is there and not older than
// dist/cli/main.js. Run by `npm run build` and by prepare.mjs.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;

// Left to Node: large and needed only for one format or command (PDF, Excel,
// the convert pool); found through createRequire/__dirname at run time, which
// a bundle would break (piscina's worker, opencc-js, word-extractor, string-width); and the
// CommonJS packages the code loads with import() (yaml, cli-progress), whose
// named exports an esbuild chunk would lose (it gives them `default` only).
const external = ['pdfjs-dist', 'exceljs', '@e965/xlsx', 'piscina', 'opencc-js', 'word-extractor', 'string-width', 'yaml', 'cli-progress'];

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  // pool.ts starts `./worker.js` and `./child.js` beside itself, and version.ts reads
  // `../../package.json`: every output file sits directly in dist/bundle/, where both hold
  entryPoints: { 'plan-parse': 'dist/cli/main.js', worker: 'dist/cli/convert/worker.js', child: 'dist/cli/convert/child.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // CommonJS dependencies (mammoth, yauzl, commander) call require(); an ES module has none
  banner: { js: "import { createRequire as __planParseRequire } from 'node:module'; const require = __planParseRequire(import.meta.url);" },
  legalComments: 'eof',
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
});
writeLicenses(result.metafile);

/** The licences of the packages whose code the bundle carries (MIT/BSD/ISC ask for their notice with every copy). */
function writeLicenses(metafile) {
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
  const sections = [...packages].sort().map((name) => `## ${name}\n\n${licenseText(`${root}node_modules/${name}`)}`);
  writeFileSync(`${outdir}/LICENSES.md`, `# Licences of the packages bundled in this folder\n\n${sections.join('\n\n')}\n`);
}

function licenseText(dir) {
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (file) return readFileSync(`${dir}/${file}`, 'utf8').trim();
  const { license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  return `License: ${license ?? 'see the package'}`;
}

if (!existsSync(`${outdir}/plan-parse.js`)) process.exit(1);
