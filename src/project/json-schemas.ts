import * as z from 'zod';
import { ConfigSchema } from './config.js';
import { RoadmapSchema } from '../validate/schema.js';

/** JSON Schemas for editors (draft-07: what the VS Code YAML extension understands), keyed by file name. */
export function renderSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, title: string) => {
    const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
    return `${JSON.stringify(acceptNumbersAsText({ ...json, title }), null, 2)}\n`;
  };
  return {
    'roadmap.schema.json': render(RoadmapSchema, 'Дорожная карта (roadmap)'),
    'roadmap.config.schema.json': render(ConfigSchema, 'Настройки проекта roadmap (roadmap.config.yaml)'),
  };
}

/**
 * The loader keeps `period: 2023` or `number: 1.10` as the text the user wrote, so the editor must not flag
 * an unquoted number where text is expected.
 */
function acceptNumbersAsText(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(acceptNumbersAsText);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node))
    out[k] = k === 'type' && v === 'string' ? ['string', 'number'] : acceptNumbersAsText(v);
  return out;
}
