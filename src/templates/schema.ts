import * as z from 'zod';
import { COLUMN_FIELDS, type ColumnField, type ColumnWidth } from './model.js';

/** YAML numbers arrive as text (the loader keeps numbers as written), so numeric fields accept both. */
const num = (min: number, max: number) => z.coerce.number().min(min).max(max);

const WIDTH = /^(\d+(?:[.,]\d+)?)\s*(mm|мм)?$/;

/** `3` (a share of the free width) or `25mm` (fixed). */
const Width = z.union([z.number(), z.string()]).transform((value, ctx): ColumnWidth => {
  const m = WIDTH.exec(String(value).trim());
  const n = m ? Number(m[1]!.replace(',', '.')) : NaN;
  if (!m || !(n > 0)) {
    ctx.addIssue({ code: 'custom', message: 'ширина — число (доля) или размер в миллиметрах, например «25mm»' });
    return z.NEVER;
  }
  return m[2] ? { kind: 'mm', value: n } : { kind: 'weight', value: n };
});

const TemplateColumnSchema = z.strictObject({
  header: z.string().describe('Текст заголовка столбца.'),
  field: z
    .enum(COLUMN_FIELDS as [ColumnField, ...ColumnField[]])
    .describe(
      'Что показывает столбец: number, title, when (срок как написан), when-canonical, indicator, executors, note.',
    ),
  width: Width.describe('Ширина: доля (3) или миллиметры (25mm).').optional(),
  align: z.enum(['left', 'center']).optional(),
});

export const TemplateSchema = z.strictObject({
  description: z.string().optional(),
  columns: z.array(TemplateColumnSchema).min(1).max(12),
  numberStyle: z.enum(['dot', 'plain']).describe('«1.» (dot) или «1» (plain).').optional(),
  orientation: z.enum(['landscape', 'portrait']).optional(),
  font: z.strictObject({ name: z.string().min(1).optional(), size: num(10, 16).optional() }).optional(),
  margins: z
    .strictObject({
      left: num(5, 60).optional(),
      right: num(5, 60).optional(),
      top: num(5, 60).optional(),
      bottom: num(5, 60).optional(),
    })
    .optional(),
  title: z
    .strictObject({
      issuerBold: z.boolean().optional(),
      uppercase: z.boolean().optional(),
      period: z.enum(['auto', 'always', 'never']).optional(),
    })
    .optional(),
  columnNumbers: z.boolean().optional(),
  fitWidths: z.boolean().describe('Подстраивать ширину столбцов под текст (±35 %). По умолчанию true.').optional(),
  letterhead: z
    .string()
    .min(1)
    .describe('DOCX-бланк (путь относительно папки макета): его стили и колонтитулы.')
    .optional(),
});

export type TemplateInput = z.infer<typeof TemplateSchema>;
