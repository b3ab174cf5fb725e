#!/usr/bin/env node
// The `roadmap` command: turns on Node's own compile cache (Node ≥ 22.1; Node 20 simply starts without it) and
// source maps (a crash points at src/…:line), then runs the CLI built into dist/.
import { existsSync } from 'node:fs';
import module from 'node:module';

module.enableCompileCache?.();
// Only dist/'s own maps: Node ≥ 22.14 can leave out those of node_modules (reading them costs start-up time).
if (module.setSourceMapsSupport) module.setSourceMapsSupport(true);
else process.setSourceMapsEnabled(true);

// `roadmap status --json | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const cli = new URL('../dist/cli.js', import.meta.url);
let main;
try {
  ({ main } = await import(cli.href));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.js')) throw error;
  ({ main } = await buildInClone());
}

process.exitCode = await main(process.argv.slice(2));
// The command has finished and awaited all its work: exit once the output is flushed instead of tearing down
// the heap piece by piece (10–20 ms that a natural exit spends).
whenFlushed(process.stdout, () => whenFlushed(process.stderr, () => process.exit()));

function whenFlushed(stream, then) {
  if (stream.writableLength > 0 && !stream.destroyed) {
    stream.once('drain', then);
    stream.once('close', then);
  } else then();
}

// The package always carries dist/ (`prepack` builds it). Only a clone of the repository lacks it: there the first
// run builds it, as a `prepare` script would — but without one, so installing the tarball runs no install scripts.
async function buildInClone() {
  const script = new URL('../scripts/build.mjs', import.meta.url);
  const built = existsSync(script) && (await import(script.href)).buildDist({ optional: true });
  if (!(await built)) {
    process.stderr.write(
      'roadmap: программа не собрана (нет dist/cli.js). Установите готовый пакет (архив релиза или npm i -g ' +
        'dorozhnaya-karta) — установка из git-адреса не собирает программу; в клоне выполните npm ci && npm run build.\n',
    );
    process.exit(2);
  }
  return import(cli.href);
}
