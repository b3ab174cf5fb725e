// Bundles src/ into dist/ with esbuild (run by `npm ci` through `prepare`, and by `npm test`).
// - dist/cli.cjs: the command line as one CommonJS file. Light dependencies (yaml, zod, commander, chalk,
//   fflate) are bundled in: one file loads much faster than hundreds of modules. The heavy ones (docx, exceljs)
//   stay external and are required only inside the commands that need them.
// - dist/cli.cjs.cache: V8's compiled code for it, made by running `roadmap build` once on the bundled
//   roadmaps (a build goes through every stage, so the cache covers validate too); bin/roadmap.cjs hands it to V8 so start-up skips most parsing and compiling. Optional: without it
//   (or when V8 rejects it after a Node upgrade) the CLI just compiles as usual.
// - dist/index.js and dist/tools/*: ES modules for the library API and the maintenance scripts.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
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

// Warm-up run that writes the code cache; a failure only means no cache.
if (existsSync(`${root}roadmaps`) && process.env.ROADMAP_NO_CODE_CACHE === undefined) {
  const out = mkdtempSync(join(tmpdir(), 'roadmap-warmup-'));
  spawnSync(process.execPath, [`${root}bin/roadmap.cjs`, 'build', `${root}roadmaps`, '--out', out], {
    cwd: root,
    env: { ...process.env, ROADMAP_CODE_CACHE: 'write', NO_COLOR: '1' },
    stdio: 'ignore',
  });
  rmSync(out, { recursive: true, force: true });
}
