import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemas } from '../../src/project/json-schemas.js';

describe('committed JSON Schemas', () => {
  it.each(Object.entries(renderSchemas()))(
    'schemas/%s matches the zod schemas (run `npm run schema` if not)',
    (name, text) => {
      const committed = readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8');
      expect(committed).toBe(text);
    },
  );

  it('is draft-07 with Russian help on hover for every roadmap key', () => {
    const schema = JSON.parse(renderSchemas()['roadmap.schema.json']!) as {
      $schema: string;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    for (const [key, prop] of Object.entries(schema.properties)) expect(prop.description, key).toMatch(/[а-яё]/i);
  });
});
