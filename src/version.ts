import { readFileSync } from 'node:fs';

/** The package version, read once from package.json beside dist/ (or two levels up, from the CLI chunks in dist/chunks/ and the Action bundle). */
function readVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'caibo-scan' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}

export const VERSION = readVersion();
