import { STATUS_VALUES, type StatusValue } from '../model/status.js';

/** Reads a status as people type it: any case, «ё» or «е», extra spaces. */
export function parseStatusValue(raw: string): StatusValue | null {
  const norm = raw.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  return STATUS_VALUES.find((v) => v === norm) ?? null;
}
