// vitest global setup: builds dist/ from the current src/ once per run, so the tests that run the CLI the way a
// user does (bin/roadmap.js → dist/) never test stale code. A plain esbuild build takes well under a second.
import { buildDist } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await buildDist();
}
