#!/usr/bin/env node
'use strict';
// CommonJS on purpose: Node starts a CommonJS entry a few milliseconds sooner than an ES module one.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
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
const loaded = new Map();
const writeCodeCache = process.env.ROADMAP_CODE_CACHE === 'write';
const cli = loadBundle('cli.cjs');
const { isMainThread, parentPort, workerData } = require('node:worker_threads');

if (!isMainThread && workerData && workerData.roadmapEmitTask) {
  // A helper thread of a large build (src/cli/emit-workers.ts): emit its share and hand the files back.
  cli.runEmitTask(workerData.roadmapEmitTask).then((result) => {
    const buffers = new Set();
    // Only buffers a file owns whole move across; slices of a shared pool are copied.
    for (const files of result.files) {
      for (const f of files) if (typeof f.data !== 'string' && f.data.byteLength === f.data.buffer.byteLength) buffers.add(f.data.buffer);
    }
    parentPort.postMessage(result, [...buffers]);
  });
} else {
  runCommand();
}

function runCommand() {
  cli.main(process.argv.slice(2), cli.processIo(__filename)).then((code) => {
    process.exitCode = code;
    if (writeCodeCache) {
      // Written after the run, so the functions the run compiled are in the caches too.
      for (const { script, cacheFile } of loaded.values()) writeFileSync(cacheFile, script.createCachedData());
    }
    // The command has finished and awaited all its work. Exiting here, once the output is flushed, skips
    // tearing down the heap piece by piece (10–20 ms) that a natural exit spends.
    whenFlushed(process.stdout, () => whenFlushed(process.stderr, () => process.exit(code)));
  });
}

function whenFlushed(stream, then) {
  if (stream.writableLength > 0 && !stream.destroyed) {
    stream.once('drain', then);
    stream.once('close', then);
  } else then();
}

/**
 * Loads a file of dist/ like require() does, but with V8's code cache made at build time (scripts/build.mjs):
 * start-up then skips most of the parsing and compiling. Node 20 has no compile cache of its own. The CLI
 * bundle requires `./vendor/*.cjs` (docx, exceljs) only in the commands that need them; those load this way too.
 */
function loadBundle(name) {
  const known = loaded.get(name);
  if (known) return known.exports;
  const file = join(dist, name);
  const cacheFile = `${file}.cache`;
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
  loaded.set(name, { exports: module.exports, script, cacheFile });
  const plain = createRequire(file);
  const require = Object.assign((id) => (id.startsWith('./vendor/') ? loadBundle(id.slice(2)) : plain(id)), plain);
  script.runInThisContext()(module.exports, require, module, file, dist);
  if (process.env.ROADMAP_DEBUG) {
    process.stderr.write(`roadmap: dist/${name}, code cache ${cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none'}\n`);
  }
  loaded.get(name).exports = module.exports;
  return module.exports;
}
