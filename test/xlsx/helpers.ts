import { spawnSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import type { ResolvedRoadmap } from '../../src/model/resolved.js';
import type { StatusBook } from '../../src/model/status.js';
import { trackerWorkbook } from '../../src/emit/xlsx/index.js';

export async function buildTracker(roadmap: ResolvedRoadmap, book: StatusBook = new Map()): Promise<Uint8Array> {
  return trackerWorkbook(roadmap, { timestampFor: () => new Date('2023-01-20T00:00:00Z'), statusesFor: () => book });
}

/** The package's XML parts as text, read with fflate (independent of exceljs). */
export function xmlParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

function sharedStrings(parts: Record<string, string>): string[] {
  return [...(parts['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, ''),
  );
}

/** Cells of a sheet as {ref, type, text}: shared strings resolved, formulas kept apart. */
export function cells(
  parts: Record<string, string>,
  sheet: string,
): { ref: string; type: string | null; text: string; formula: string | null }[] {
  const strings = sharedStrings(parts);
  return [...parts[sheet]!.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((m) => {
    const type = /t="(\w+)"/.exec(m[2]!)?.[1] ?? null;
    const inner = m[3] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? '';
    return {
      ref: m[1]!,
      type,
      text: type === 's' ? strings[Number(v)]! : v,
      formula: /<f>([\s\S]*?)<\/f>/.exec(inner)?.[1] ?? null,
    };
  });
}

/** python3 with openpyxl, when present: an independent reader. */
export const PYTHON =
  ['/usr/bin/python3', 'python3'].find(
    (p) => spawnSync(p, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0,
  ) ?? null;

export function runPython(script: string, args: string[]): unknown {
  const r = spawnSync(PYTHON!, ['-c', script, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** The tracker's rows as {header: text}, read from the sheet XML. */
export function trackerTable(bytes: Uint8Array): Record<string, string>[] {
  const all = cells(xmlParts(bytes), 'xl/worksheets/sheet1.xml');
  const rows = new Map<number, Map<string, string>>();
  for (const c of all) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(c.ref)!;
    if (!rows.has(Number(row))) rows.set(Number(row), new Map());
    rows.get(Number(row))!.set(col!, c.text);
  }
  const header = rows.get(1)!;
  return [...rows.entries()]
    .filter(([n]) => n > 1)
    .map(([, r]) => Object.fromEntries([...header].map(([col, name]) => [name, r.get(col) ?? ''])));
}
