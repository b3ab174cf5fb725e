#!/usr/bin/env node
'use strict';
// CommonJS on purpose: Node starts a CommonJS entry a few milliseconds sooner than an ES module one.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

// `roadmap status --json | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'cli.cjs');
const cacheFile = `${file}.cache`;
const { main } = loadCli();

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

/**
 * Loads dist/cli.cjs like require() does, but with V8's code cache made at build time (scripts/build.mjs):
 * start-up then skips most of the parsing and compiling of the bundle. Node 20 has no compile cache of its own.
 */
function loadCli() {
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require('node:module').createRequire(file), module, file, dist);
  if (process.env.ROADMAP_DEBUG) process.stderr.write(`code cache: ${cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none'}\n`);
  if (process.env.ROADMAP_CODE_CACHE === 'write') {
    // Written after the run, so the functions the run compiled are in the cache too.
    process.once('beforeExit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
  return module.exports;
}
