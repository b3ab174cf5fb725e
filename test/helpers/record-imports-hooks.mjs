// The resolve hook of record-imports.mjs (it runs off the main thread): notes each bare specifier imported.
import { appendFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';

let log;

export function initialize(data) {
  log = data.log;
}

export async function resolve(specifier, context, next) {
  if (!/^[.#/]|^[a-z]+:/.test(specifier) && !isBuiltin(specifier)) appendFileSync(log, `${specifier}\n`);
  return next(specifier, context);
}
