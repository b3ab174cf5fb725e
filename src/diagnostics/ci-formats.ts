import type { Diagnostic } from './diagnostic.js';

/** Output formats of `roadmap validate` that a CI server turns into annotations on the changed lines. */
export type CiFormat = 'github' | 'gitlab';

const GITHUB_COMMAND: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub (and Gitea/Forgejo) Actions workflow commands, one a line on stdout:
 * `::error file=roadmaps/a.yaml,line=3,col=5,title=[code]::message` — the run shows it on the file's line.
 */
export function githubAnnotations(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props = [`file=${escapeProperty(d.file)}`];
      if (d.line > 0) props.push(`line=${d.line}`, `col=${d.column}`);
      props.push(`title=${escapeProperty(`roadmap [${d.code}]`)}`);
      const text = d.hint ? `${d.message}\nподсказка: ${d.hint}` : d.message;
      return `::${GITHUB_COMMAND[d.severity]} ${props.join(',')}::${escapeData(text)}\n`;
    })
    .join('');
}

// The escapes of @actions/core: data may hold anything but %, CR and LF; properties also not «:» and «,».
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GITLAB_SEVERITY: Record<Diagnostic['severity'], string> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * A GitLab Code Quality report (the `artifacts:reports:codequality` JSON): the merge request shows each problem
 * on its line. The fingerprint must be stable between runs for GitLab to tell new problems from old ones.
 */
export function gitlabCodeQuality(diagnostics: readonly Diagnostic[]): string {
  const issues = diagnostics.map((d) => ({
    description: d.hint ? `${d.message} (подсказка: ${d.hint})` : d.message,
    check_name: d.code,
    fingerprint: fingerprint(`${d.file}\n${d.line}\n${d.column}\n${d.code}\n${d.message}`),
    severity: GITLAB_SEVERITY[d.severity],
    location: { path: d.file, lines: { begin: Math.max(d.line, 1) } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}

/** 64-bit FNV-1a as hex: stable across runs and machines, no crypto needed for an identifier. */
function fingerprint(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(s)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}
