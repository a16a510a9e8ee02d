/** `npm run schemas`: regenerate schemas/*.json from the zod models. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { jsonSchemas } from './json-schema.js';

const dir = new URL('../../schemas/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(name, dir), JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote schemas/${name}`);
}
