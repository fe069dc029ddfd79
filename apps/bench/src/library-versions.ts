// The pinned versions of the drivers and peer libraries, read from this app's package.json, for
// the report's header (exact pins, so what is declared is what ran).
import { readFileSync } from 'node:fs';

export function libraryVersions(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return Object.fromEntries(
    Object.entries(manifest.dependencies).filter(([name]) => !name.startsWith('@retort/') && name !== 'tsx'),
  );
}
