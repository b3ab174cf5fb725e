import type { Emit, OutputFormat } from './emitter.js';

/** Emitters are imported on demand: validating or building JSON never loads docx, exceljs or ics. */
export async function loadEmitter(format: OutputFormat): Promise<Emit> {
  switch (format) {
    case 'json':
      return (await import('./json/index.js')).emitJson;
    case 'docx':
      return (await import('./docx/index.js')).emitDocx;
    case 'xlsx':
      return (await import('./xlsx/index.js')).emitXlsx;
    case 'ics':
      return (await import('./ics/index.js')).emitIcs;
    case 'html':
      return (await import('./html/index.js')).emitHtml;
  }
}
