import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { clientTypes, currentDocument, serialize } from './document.js';

/** `npm run openapi` rewrites the committed document, and the clients' TypeScript types, from the route definitions. */
const doc = currentDocument();
const target = fileURLToPath(new URL('./openapi.json', import.meta.url));
await writeFile(target, serialize(doc));
process.stdout.write(`wrote ${target}\n`);
const types = fileURLToPath(new URL('./guichet-api.d.ts', import.meta.url));
await writeFile(types, await clientTypes(doc));
process.stdout.write(`wrote ${types}\n`);
