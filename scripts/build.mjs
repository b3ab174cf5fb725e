// Builds src/ into dist/ with esbuild: ES modules for Node 20, every dependency left to node_modules, source maps
// beside each file (bin/roadmap.js turns them on, so a stack trace points at src/…:line).
// - dist/cli.js: the command line (bin/roadmap.js imports it); each command and each emitter is its own chunk,
//   imported when it runs, so `roadmap validate` never loads docx or exceljs.
// - dist/index.js: the library API; dist/tools/gen-schema.js: `npm run schema`.
// Run by `npm run build`, by `prepack` (`npm pack` / `npm publish`: the package carries dist/ built), by
// bin/roadmap.js on the first run in a fresh clone, and by the tests' global setup (test/helpers/build-dist.ts).
// There is no `prepare` script: a tarball install then runs no install scripts at all, and a git-URL install
// could not build anyway (npm does not give a global git install its devDependencies: npm/cli#8440).
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist/ from src/; returns false when esbuild is missing and `optional` is set. */
export async function buildDist({ optional = false } = {}) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch (error) {
    if (optional && error?.code === 'ERR_MODULE_NOT_FOUND') return false;
    throw error;
  }
  rmSync(`${root}dist`, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'tools/gen-schema': 'src/tools/gen-schema.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    // Maps only point at src/: no copy of the sources inside (smaller maps, read faster when Node loads them).
    sourcesContent: false,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildDist();
