import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
type OneShotHash = (algorithm: string, data: string, encoding: 'hex') => string;

let loaded: Crypto | undefined;

/**
 * node:crypto on first use, not at start-up: requiring it makes Node compile its crypto modules (~5 ms), and
 * `roadmap validate` never hashes anything.
 */
function nodeCrypto(): Crypto {
  const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  loaded ??=
    (builtin?.('node:crypto') as Crypto | undefined) ?? (createRequire(import.meta.url)('node:crypto') as Crypto);
  return loaded;
}

/** SHA-1 of a string's UTF-8 bytes, as lowercase hex. Used for identifiers, not for security. */
export function sha1Hex(text: string): string {
  const crypto = nodeCrypto();
  // `crypto.hash` (Node ≥ 20.12) skips creating a Hash object per call; older Node 20 falls back to createHash.
  const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;
  return oneShot ? oneShot('sha1', text, 'hex') : crypto.createHash('sha1').update(text).digest('hex');
}
