import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject } from '../../src/project/build.js';
import { loadConfig } from '../../src/project/config.js';

const roadmap = (id: string, issuer: string) => `id: ${id}
title: Дорожная карта ${id}
issuer: ${issuer}
period: "2023"
items:
  - title: Совещание с руководителями
    when: Январь 2023
`;

describe('region.xlsx in watch mode (#20)', () => {
  it('a rebuild of one roadmap keeps the site linking the other roadmaps\u2019 trackers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-region-watch-'));
    mkdirSync(join(dir, 'roadmaps'));
    writeFileSync(join(dir, 'roadmaps/a1.yaml'), roadmap('a1', 'Управление образования Альфинского района'));
    writeFileSync(join(dir, 'roadmaps/b1.yaml'), roadmap('b1', 'Отдел образования Бетинского района'));
    const files = ['roadmaps/a1.yaml', 'roadmaps/b1.yaml'];
    const base = {
      files,
      cwd: dir,
      outDir: join(dir, 'out'),
      formats: ['xlsx', 'html'] as const,
      config: loadConfig(dir).config,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
      today: '2023-06-15',
    };
    await buildProject(base);
    expect(readFileSync(join(dir, 'out/index.html'), 'utf8')).toContain('b1.xlsx');
    // Watch mode after a1.yaml is saved: a1's tracker is redone, region.xlsx (merged) is made again from both.
    await buildProject({ ...base, emitOnly: new Set(['roadmaps/a1.yaml']) });
    const page = readFileSync(join(dir, 'out/index.html'), 'utf8');
    expect(page).toContain('a1.xlsx');
    expect(page).toContain('b1.xlsx');
    expect(readFileSync(join(dir, 'out/region.html'), 'utf8')).toContain('region.xlsx');
  });
});
