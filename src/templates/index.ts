export type { Template, TemplateColumn, ColumnField, ColumnWidth, TemplateTitle } from './model.js';
export { COLUMN_FIELDS, DEFAULT_FONT } from './model.js';
export { TemplateSchema } from './schema.js';
export {
  loadTemplate,
  loadRoadmapTemplate,
  BUNDLED_TEMPLATES,
  type TemplateSource,
  type TemplateResult,
  type TemplateRef,
} from './load-template.js';
