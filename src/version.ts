import { readFileSync } from 'node:fs';

/** The package's version (the OpenAPI document's `info.version`), from the source tree or the compiled one beside it. */
export const VERSION: string = (() => {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'guichet' && pkg.version) return pkg.version;
    } catch {
      // not there: the other layout
    }
  }
  return '0.0.0';
})();
