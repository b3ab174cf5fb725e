// Writes schemas/*.schema.json from the zod schemas (run by `npm run schema`; a test fails when they are stale).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../project/package-root.js';
import { renderSchemas } from '../project/json-schemas.js';

for (const [name, text] of Object.entries(renderSchemas())) {
  writeFileSync(join(packageRoot(), 'schemas', name), text);
  console.log(`schemas/${name}`);
}
