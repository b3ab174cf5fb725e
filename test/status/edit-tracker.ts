import ExcelJS from 'exceljs';

const KEY = 'Ключ строки (не изменять)';

/**
 * Edits a tracker the way a person does in Excel: cells of the «Трекер» sheet, rows found by the key column.
 * `dropProvenance` removes the hidden provenance sheet, as in a tracker built before it existed.
 */
export async function editTracker(
  file: string,
  out: string,
  edits: Record<string, Record<string, ExcelJS.CellValue>>,
  options: { dropProvenance?: boolean } = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Трекер')!;
  const headers = (ws.getRow(1).values as unknown[]).map(String);
  ws.eachRow((row) => {
    const edit = edits[String(row.getCell(headers.indexOf(KEY)).value)];
    if (!edit) return;
    for (const [header, value] of Object.entries(edit)) row.getCell(headers.indexOf(header)).value = value;
  });
  if (options.dropProvenance) {
    const hidden = wb.worksheets.find((w) => w.state === 'veryHidden');
    if (hidden) wb.removeWorksheet(hidden.id);
  }
  await wb.xlsx.writeFile(out);
}
