import type { OccurrenceStatus } from '../model/status.js';
import { STATUS_FIELDS, fieldValue, occurrenceKeyOf, type StatusField } from './status-file.js';

/** Plain YAML scalars that read back as the same string under the core schema; anything else is double-quoted. */
const SAFE_PLAIN = /^[\p{L}\p{N}«(][\p{L}\p{N}\s.,;()«»"№/_–—-]*$/u;
const LOOKS_TYPED = /^(?:[-+]?[\d.]+(?:e[-+]?\d+)?|true|false|null|yes|no|on|off|~)$/i;

/** A string as a YAML scalar: plain when that is unambiguous, otherwise double-quoted (JSON is valid YAML). */
export function yamlScalar(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (SAFE_PLAIN.test(value) && !LOOKS_TYPED.test(value) && value === value.trim() && !value.includes('\n') && !value.startsWith('"')) {
    return value;
  }
  return JSON.stringify(value);
}

/** One line of a comment: a label squeezed to a line and cut to a readable length. */
export function commentText(label: string): string {
  const line = label.replace(/\s+/g, ' ').trim();
  return line.length > 90 ? `${line.slice(0, 89)}…` : line;
}

export function fieldLines(entry: OccurrenceStatus, indent: string, fields: readonly StatusField[] = STATUS_FIELDS): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const v = fieldValue(entry, f);
    if (v !== null) out.push(`${indent}${f}: ${yamlScalar(v)}`);
  }
  return out;
}

export function occurrenceLines(entry: OccurrenceStatus, indent: string): string[] {
  return [`${indent}${occurrenceKeyOf(entry)}:`, ...fieldLines(entry, `${indent}  `)];
}

export function itemLines(uid: string, label: string, entries: readonly OccurrenceStatus[], indent: string): string[] {
  return [`${indent}${uid}:  # ${commentText(label)}`, ...entries.flatMap((e) => occurrenceLines(e, `${indent}  `))];
}

export function newStatusFileHeader(roadmapId: string, roadmapFile: string): string[] {
  return [
    `# Статусы выполнения дорожной карты «${roadmapId}» (${roadmapFile}).`,
    '# Обновляется командой «roadmap status import трекер.xlsx»; можно править и вручную.',
    '# Формат: uid мероприятия → срок (ГГГГ-ММ-ДД или undated) → status / done / evidence / comment.',
    `roadmap: ${roadmapId}`,
    'items:',
  ];
}
