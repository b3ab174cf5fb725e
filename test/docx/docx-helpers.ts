import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { EmitContext } from '../../src/emit/emitter.js';
import { emitDocx } from '../../src/emit/docx/index.js';
import type { ResolvedRoadmap } from '../../src/model/resolved.js';
import { REPO } from '../helpers/cli.js';

/** An emit context reading the bundled templates from disk, plus in-memory files (a project's templates …). */
export function docxContext(
  options: { files?: Record<string, Uint8Array | string>; timestamp?: Date; templateDirs?: string[] } = {},
): EmitContext {
  const files = options.files ?? {};
  return {
    timestampFor: (r) => options.timestamp ?? new Date(`${r.approval?.date ?? r.period.start}T00:00:00Z`),
    timestamp: options.timestamp ?? new Date('2023-01-01T00:00:00Z'),
    templateDirs: options.templateDirs ?? ['/project/templates', join(REPO, 'templates')],
    reminderDays: [7, 1],
    today: '2023-06-01',
    statusesFor: () => new Map(),
    readFile(path) {
      const mem = files[path];
      if (mem !== undefined) return typeof mem === 'string' ? new TextEncoder().encode(mem) : mem;
      try {
        return readFileSync(path);
      } catch {
        return null;
      }
    },
  };
}

export async function buildDocx(roadmap: ResolvedRoadmap, ctx = docxContext()) {
  const result = await emitDocx([roadmap], ctx);
  const file = result.files[0];
  return { result, bytes: file ? (file.data as Uint8Array) : null };
}

/** The parts of a DOCX as text. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    out[name] = /\.(xml|rels)$/.test(name) ? strFromU8(data) : '';
  return out;
}

/** The visible text of a part: the w:t runs joined, paragraphs separated by newlines. */
export function visibleText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join(''))
    .join('\n');
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The XML of each table row (`<w:tr>…</w:tr>`) in order. */
export function tableRows(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
}

/** Each zip entry's name with its stored DOS date and time as `YYYY-MM-DD hh:mm:ss` (from the central directory). */
export function zipEntryTimes(zip: Uint8Array): [string, string][] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const out: [string, string][] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < count; i++) {
    const time = view.getUint16(p + 12, true);
    const date = view.getUint16(p + 14, true);
    const nameLength = view.getUint16(p + 28, true);
    const name = strFromU8(zip.subarray(p + 46, p + 46 + nameLength));
    const stamp = `${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
    out.push([name, stamp]);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
