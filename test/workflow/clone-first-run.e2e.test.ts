import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

// The package has no `prepare` script (a tarball install then runs no scripts): a fresh clone builds dist/ on
// the first run instead, and a copy without the build script (a git-URL install) says what to install instead.
describe('bin/roadmap.js without dist/', () => {
  const clone = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-clone-'));
    execSync(`git ls-files -z | tar --null -T - -cf - | tar -xf - -C "${dir}"`, { cwd: REPO });
    symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
    return dir;
  };
  const run = (dir: string) =>
    spawnSync(process.execPath, [join(dir, 'bin', 'roadmap.js'), '--version'], { cwd: dir, encoding: 'utf8' });

  it('in a fresh clone: builds dist/ and runs', () => {
    const dir = clone();
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    const r = run(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(existsSync(join(dir, 'dist', 'cli.js'))).toBe(true);
  });

  it('installed from a git URL (sources, no build script): a Russian message, exit 2', () => {
    const dir = clone();
    rmSync(join(dir, 'scripts'), { recursive: true });
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('программа не собрана');
    expect(r.stderr).toContain('архив релиза');
  });
});
