import * as crypto from 'node:crypto';

type OneShotHash = (algorithm: string, data: string, encoding: 'hex') => string;

/** `crypto.hash` (Node ≥ 20.12) skips creating a Hash object per call; older Node 20 falls back to createHash. */
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;

/** SHA-1 of a string's UTF-8 bytes, as lowercase hex. Used for identifiers, not for security. */
export function sha1Hex(text: string): string {
  return oneShot ? oneShot('sha1', text, 'hex') : crypto.createHash('sha1').update(text).digest('hex');
}
