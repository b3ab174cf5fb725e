// Bundles src/ into dist/ with esbuild (run by `npm ci` through `prepare`, and by `npm test`).
// Light dependencies (yaml, zod, commander, chalk, fflate) are bundled: one file loads much faster than
// hundreds of modules resolved at start-up. The heavy ones (docx, exceljs) stay external and are
// imported lazily by the commands that need them, so `roadmap validate` never loads them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = process.env.ROADMAP_DIST ?? 'dist';
rmSync(new URL(`../${outdir}`, import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: {
    cli: 'src/cli/main.ts',
    index: 'src/index.ts',
    'tools/gen-schema': 'src/tools/gen-schema.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['docx', 'exceljs'],
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __roadmapRequire } from 'node:module'; const require = __roadmapRequire(import.meta.url);" },
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
