import { createRequire } from 'node:module';

/** The package version, read from package.json (two levels up from src/cli and dist/cli). */
export function version(): string {
  const pkg = createRequire(import.meta.url)('../../package.json') as { version?: string };
  return pkg.version ?? '0.0.0';
}
