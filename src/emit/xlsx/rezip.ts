import { unzipSync } from 'fflate';
import { pinCoreDates, zipPackage } from '../ooxml-zip.js';

/**
 * exceljs stamps zip entries with the current time: re-zip with a fixed time and order, and pin the dates in
 * docProps/core.xml, so the same roadmap gives the same bytes.
 */
export function rezipDeterministic(packed: Uint8Array, timestamp: Date): Uint8Array {
  const files = unzipSync(packed);
  pinCoreDates(files, timestamp);
  return zipPackage(files, timestamp);
}
