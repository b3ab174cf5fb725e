import { docxEmitter } from './docx/docx-emitter.js';
import type { Emitter, OutputFormat } from './emitter.js';
import { htmlEmitter } from './html/html-emitter.js';
import { icsEmitter } from './ics/ics-emitter.js';
import { jsonEmitter } from './json/json-emitter.js';
import { regionXlsxEmitter } from './xlsx/region-emitter.js';
import { xlsxEmitter } from './xlsx/xlsx-emitter.js';

/**
 * Every output format, each declared by its emitters (xlsx: the trackers, then the regional summary). The
 * declarations are light: validating or building JSON never loads docx, exceljs or the calendar writer.
 */
const EMITTERS: Readonly<Record<OutputFormat, readonly Emitter[]>> = {
  docx: [docxEmitter],
  xlsx: [xlsxEmitter, regionXlsxEmitter],
  ics: [icsEmitter],
  json: [jsonEmitter],
  html: [htmlEmitter],
};

/**
 * The emitters of `formats`, in that order, except that the per-roadmap ones come first and those needing the
 * other outputs last: the merging emitters then run one after another, on one copy of every roadmap.
 */
export function emittersFor(formats: readonly OutputFormat[]): Emitter[] {
  const chosen = [...new Set(formats)].flatMap((f) => EMITTERS[f]);
  const last = (e: Emitter) => e.needs.includes('outputs');
  return [
    ...chosen.filter((e) => e.perRoadmap && !last(e)),
    ...chosen.filter((e) => !e.perRoadmap && !last(e)),
    ...chosen.filter(last),
  ];
}
