// Bundles src/ into dist/ with esbuild (run by `npm ci` through `prepare`, and by `npm test`).
// - dist/cli.cjs: the command line as one CommonJS file. Light dependencies (yaml, zod, commander, chalk,
//   fflate) are bundled in: one file loads much faster than hundreds of modules.
// - dist/vendor/docx.cjs, dist/vendor/exceljs.cjs: the heavy libraries, each in its own file: exceljs required by
//   the commands that write or read XLSX, docx only for DOCX documents with a letterhead.
// - dist/*.cjs.cache: V8's compiled code for each of those files, made by warm-up runs at the end of this script:
//   `roadmap build` on the bundled roadmaps (a build goes through every stage, so the cache covers validate too)
//   and a build with a letterhead for docx. bin/roadmap.cjs hands them to V8, so start-up skips most parsing and
//   compiling. Optional: without them (or when V8 rejects them after a Node upgrade) the CLI just compiles as usual.
// - dist/index.js and dist/tools/*: ES modules for the library API and the maintenance scripts.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = 'dist';
rmSync(new URL(`../${outdir}`, import.meta.url), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['docx', 'exceljs'],
  sourcemap: false,
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

/** In the CLI bundle, src/vendor/<lib>.ts stays a separate file, required only when a command needs it. */
const vendorAsSeparateFile = {
  name: 'vendor-as-separate-file',
  setup(b) {
    b.onResolve({ filter: /\/vendor\/(docx|exceljs)\.js$/ }, (args) => ({
      path: `./vendor/${/(docx|exceljs)\.js$/.exec(args.path)[1]}.cjs`,
      external: true,
    }));
  },
};

// The heavy libraries, each bundled with only what the emitters use (docx tree-shaken from ~1 MB to ~350 KB;
// exceljs from hundreds of modules to one file). bin/roadmap.cjs loads them with their own code cache.
await build({
  ...common,
  external: [],
  entryPoints: { 'vendor/exceljs': 'src/vendor/exceljs.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
});

/**
 * commander requires child_process when it loads, for subcommands that are separate executables — which the
 * CLI has none of. Node compiles child_process (and net, dgram, …) on first require: ~4 ms of every start.
 * Inside commander, the module is handed over lazily instead: required on first use, i.e. never.
 */
const lazyChildProcessInCommander = {
  name: 'lazy-child-process-in-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  plugins: [vendorAsSeparateFile, lazyChildProcessInCommander],
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The one use of import.meta.url (finding the package root) works in CommonJS through __filename.
  define: { 'import.meta.url': '__roadmapUrl' },
  banner: { js: "const __roadmapUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: { index: 'src/index.ts', 'tools/gen-schema': 'src/tools/gen-schema.ts' },
  outdir,
  splitting: true,
  format: 'esm',
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __roadmapRequire } from 'node:module'; const require = __roadmapRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
});

// The CLI bundle as pure ASCII: esbuild escapes non-ASCII characters in strings but not in regular
// expressions, and one such character makes V8 hold the whole 800 KB source as two-byte text. \uXXXX means
// the same inside a regular expression (astral characters become a surrogate pair, which `u` patterns join).
for (const file of [`${outdir}/cli.cjs`]) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

// Warm-up runs that write the code caches; a failure only means no cache. docx is loaded only for a document with a
// letterhead, so one run builds such a document first (any DOCX serves as the letterhead: one built here). The full
// build runs last: each run rewrites the caches of the bundles it loaded, and the CLI's should know every command.
if (existsSync(`${root}roadmaps`) && process.env.ROADMAP_NO_CODE_CACHE === undefined) {
  const work = mkdtempSync(join(tmpdir(), 'roadmap-warmup-'));
  const run = (args, cwd, env = {}) =>
    spawnSync(process.execPath, [`${root}bin/roadmap.cjs`, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: 'ignore' });
  const seed = `${root}roadmaps/500plus-lysogorsk.yaml`;
  if (existsSync(seed)) {
    mkdirSync(join(work, 'templates'));
    run(['build', seed, '--only', 'docx', '--out', join(work, 'templates')], root);
    const blank = join(work, 'templates', '500plus-lysogorsk.docx');
    if (existsSync(blank)) {
      renameSync(blank, join(work, 'templates', 'blank.docx'));
      writeFileSync(join(work, 'templates', 'blank.yaml'), `${readFileSync(`${root}templates/500plus.yaml`, 'utf8')}\nletterhead: blank.docx\n`);
      writeFileSync(join(work, 'r.yaml'), readFileSync(seed, 'utf8').replace(/^template: .*$/m, 'template: blank'));
      run(['build', 'r.yaml', '--only', 'docx', '--out', join(work, 'out')], work, { ROADMAP_CODE_CACHE: 'write' });
    }
  }
  run(['build', `${root}roadmaps`, '--out', join(work, 'all')], root, { ROADMAP_CODE_CACHE: 'write' });
  rmSync(work, { recursive: true, force: true });
}
