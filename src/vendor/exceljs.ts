// exceljs for the commands that write or read trackers. The CLI build bundles this file on its own
// (dist/vendor/exceljs.cjs, with a code cache): loading the package's hundreds of modules costs ~270 ms.
// Named exports, not a default one: a default export of a CommonJS file means its whole `module.exports`.
import ExcelJS from 'exceljs';

export const Workbook = ExcelJS.Workbook;
export const WorkbookReader = ExcelJS.stream.xlsx.WorkbookReader;
