import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { currentDocument, serialize } from './document.js';

/** `npm run openapi` rewrites the committed document from the route definitions. */
const target = fileURLToPath(new URL('./openapi.json', import.meta.url));
await writeFile(target, serialize(currentDocument()));
process.stdout.write(`wrote ${target}\n`);
