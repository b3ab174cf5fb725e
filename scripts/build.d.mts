/** Builds dist/ from src/ (scripts/build.mjs); resolves to false when esbuild is missing and `optional` is set. */
export function buildDist(options?: { optional?: boolean }): Promise<boolean>;
