export const SITE_TODAY: string;
export function runRoadmap(
  args: string[],
  cwd: string,
  env?: Record<string, string>,
): { code: number; stdout: string; stderr: string };
export function buildSeedSite(options?: { today?: string; baseUrl?: string }): string;
