import { unzipSync } from 'fflate';

/** Unpacked size a tracker or document package may declare: a 5,000-item tracker unpacks to ~20 MB. */
const MAX_UNPACKED = 256 * 1024 * 1024;

/**
 * Why a zip package (XLSX, DOCX) cannot be read, or null: every entry inflated once with fflate. exceljs's
 * streaming reader never settles on some damaged packages (the process just ends, exit 13), so a package is
 * checked whole before it is handed over.
 */
export function zipPackageProblem(bytes: Uint8Array): 'not-zip' | 'damaged' | 'too-large' | null {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return 'not-zip';
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        if (declared > MAX_UNPACKED) throw new Error('too large');
        return true;
      },
    });
    return null;
  } catch (error) {
    return error instanceof Error && error.message === 'too large' ? 'too-large' : 'damaged';
  }
}
