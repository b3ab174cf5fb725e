import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';

describe('roadmap init (built CLI)', () => {
  it('a newcomer\u2019s path: init demo → validate → build gives DOCX, XLSX, ICS and the page', () => {
    const root = mkdtempSync(join(tmpdir(), 'roadmap-init-'));
    const init = runCli(['init', 'demo'], { cwd: root });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('cd demo && roadmap validate && roadmap build');
    const demo = join(root, 'demo');
    for (const f of [
      'roadmap.config.yaml',
      'roadmaps/example.yaml',
      'schemas/roadmap.schema.json',
      '.gitignore',
      '.github/workflows/roadmap.yml',
      '.gitlab-ci.yml',
      '.gitea/workflows/roadmap.yml',
      'README.md',
    ]) {
      expect(existsSync(join(demo, f)), f).toBe(true);
    }
    const validate = runCli(['validate'], { cwd: demo });
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    const build = runCli(['build'], { cwd: demo });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    for (const f of [
      'example.docx',
      'example.xlsx',
      'example.ics',
      'example.json',
      'calendars/all.ics',
      'index.html',
    ]) {
      expect(existsSync(join(demo, 'out', f)), f).toBe(true);
    }
  });

  it('the example names its schema by a path that exists in the new repo', () => {
    const demo = mkdtempSync(join(tmpdir(), 'roadmap-init-'));
    runCli(['init'], { cwd: demo });
    for (const file of ['roadmaps/example.yaml', 'roadmap.config.yaml']) {
      const first = readFileSync(join(demo, file), 'utf8').split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, file).not.toBeNull();
      const schema = JSON.parse(readFileSync(join(demo, file, '..', m![1]!), 'utf8'));
      expect(schema.$schema).toContain('draft-07');
    }
  });

  it('CI examples validate and build on every push and publish the output folder', () => {
    const demo = mkdtempSync(join(tmpdir(), 'roadmap-init-'));
    runCli(['init'], { cwd: demo });
    const gh = parse(readFileSync(join(demo, '.github/workflows/roadmap.yml'), 'utf8'));
    const steps = JSON.stringify(gh.jobs.build.steps);
    expect(Object.keys(gh.on)).toContain('push');
    expect(steps).toContain('npm install --global');
    // Validation speaks the CI's own annotation format (issue 19): problems show on the file's lines.
    expect(steps).toContain('"run":"roadmap validate --format github"');
    expect(steps).toContain('"run":"roadmap build"');
    expect(steps).toContain('actions/upload-pages-artifact');
    expect(JSON.stringify(gh.jobs.deploy.steps)).toContain('actions/deploy-pages');
    const gl = parse(readFileSync(join(demo, '.gitlab-ci.yml'), 'utf8'));
    expect(gl.default.before_script.join('\n')).toContain('npm install --global');
    expect(gl.check.script).toEqual(
      expect.arrayContaining(['roadmap validate --format gitlab > gl-code-quality-report.json', 'roadmap build']),
    );
    expect(gl.check.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    const gitea = parse(readFileSync(join(demo, '.gitea/workflows/roadmap.yml'), 'utf8'));
    expect(JSON.stringify(gitea.jobs.build.steps)).toContain('"run":"roadmap validate --format github"');
    expect(gl.pages.artifacts.paths).toEqual(['public']);
    expect(gl.pages.script).toContain('roadmap build --out public');
    expect(readFileSync(join(demo, '.gitignore'), 'utf8')).toMatch(/^out\/$/m);
  });

  it('never overwrites: existing files are reported and left as they were', () => {
    const demo = mkdtempSync(join(tmpdir(), 'roadmap-init-'));
    writeFileSync(join(demo, 'README.md'), 'мой README\n');
    const first = runCli(['init', '.'], { cwd: demo });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('уже есть    README.md — оставлен как был');
    expect(readFileSync(join(demo, 'README.md'), 'utf8')).toBe('мой README\n');
    writeFileSync(join(demo, 'roadmap.config.yaml'), 'out: build\n');
    const again = runCli(['init'], { cwd: demo });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Ничего не создано');
    expect(readFileSync(join(demo, 'roadmap.config.yaml'), 'utf8')).toBe('out: build\n');
  });

  it('a file in place of the folder is a usage error', () => {
    const root = mkdtempSync(join(tmpdir(), 'roadmap-init-'));
    writeFileSync(join(root, 'demo'), '');
    const r = runCli(['init', 'demo'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«demo» — это файл, а не папка');
  });
});
