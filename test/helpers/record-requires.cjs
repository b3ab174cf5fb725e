// Preloaded with `node --require`: records every package the process loads through require(), and writes the
// list to $ROADMAP_REQUIRES_LOG at exit. Used to check which libraries a command loads.
const Module = require('node:module');
const { writeFileSync } = require('node:fs');
const seen = new Set();
const load = Module._load;
Module._load = function (request, ...rest) {
  if (!request.startsWith('.') && !request.startsWith('/') && !request.startsWith('node:')) seen.add(request.split('/')[0]);
  return load.call(this, request, ...rest);
};
process.on('exit', () => {
  // Built-in modules Node had to compile for this run (not part of its start-up snapshot), e.g. node:crypto.
  if (process.moduleLoadList.some((m) => m === 'NativeModule crypto')) seen.add('node:crypto');
  writeFileSync(process.env.ROADMAP_REQUIRES_LOG, [...seen].sort().join('\n'));
});
