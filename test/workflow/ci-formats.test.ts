import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics/diagnostic.js';
import { githubAnnotations, gitlabCodeQuality } from '../../src/diagnostics/ci-formats.js';

const unknownKey = diagnostic('schema-unknown-key', { file: 'roadmaps/a,b.yaml', line: 6, column: 5 }, 'whem', [
  'sections',
  0,
  'items',
  0,
]);
unknownKey.hint = 'возможно, имелось в виду «when»';

describe('validate annotations in the CI’s own formats', () => {
  it('GitHub: one workflow command a problem, escaped as @actions/core does', () => {
    const text = githubAnnotations([unknownKey]);
    expect(text).toBe(
      `::error file=roadmaps/a%2Cb.yaml,line=6,col=5,title=roadmap [schema-unknown-key]::${unknownKey.message}%0Aподсказка: возможно, имелось в виду «when»\n`,
    );
    expect(githubAnnotations([{ ...unknownKey, message: '100% готово' }])).toContain('::100%25 готово');
  });

  it('GitLab: a Code Quality issue with a stable fingerprint', () => {
    const [issue] = JSON.parse(gitlabCodeQuality([unknownKey])) as Record<string, unknown>[];
    expect(issue).toMatchObject({
      check_name: 'schema-unknown-key',
      location: { path: 'roadmaps/a,b.yaml', lines: { begin: 6 } },
    });
    expect(issue!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(gitlabCodeQuality([unknownKey])).toBe(gitlabCodeQuality([unknownKey]));
    expect(gitlabCodeQuality([])).toBe('[]\n');
  });
});
