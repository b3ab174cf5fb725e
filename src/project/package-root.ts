import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The name the tool is published under (the command is still `roadmap`: the registry's «roadmap» is an
 * unrelated package that npx would run without `-p` — the docs say `npx -p dorozhnaya-karta roadmap`).
 */
export const PACKAGE_NAME = 'dorozhnaya-karta';

let cached: { root: string; version: string } | null = null;

/** The installed package's folder (holding the bundled templates/ and schemas/), found from this module. */
export function packageRoot(): string {
  return ownPackage().root;
}

/** The version in the installed package's package.json: what `roadmap --version` prints and `init` pins. */
export function packageVersion(): string {
  return ownPackage().version;
}

function ownPackage(): { root: string; version: string } {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const json = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
      if (json.name === PACKAGE_NAME) return (cached = { root: dir, version: json.version ?? '0.0.0' });
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package root not found');
    dir = parent;
  }
}
