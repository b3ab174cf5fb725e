// Preloaded with `node --import`: records the package of every module the process loads (ES modules through a
// resolve hook, CommonJS through require) in $ROADMAP_IMPORTS_LOG, one name a line, plus `node:crypto` when Node
// had to compile its crypto modules. Used to check which libraries a command loads.
import { appendFileSync } from 'node:fs';
import module from 'node:module';

const log = process.env.ROADMAP_IMPORTS_LOG;
module.register('./record-imports-hooks.mjs', import.meta.url, { data: { log } });

const load = module.Module._load;
module.Module._load = function (request, ...rest) {
  if (!/^[.#/]|^node:/.test(request) && !module.isBuiltin(request)) appendFileSync(log, `${request}\n`);
  return load.call(this, request, ...rest);
};

process.on('exit', () => {
  if (process.moduleLoadList.includes('NativeModule crypto')) appendFileSync(log, 'node:crypto\n');
});
