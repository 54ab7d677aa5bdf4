/** Path facts shared by the classifiers. Paths are POSIX and relative to the project root. */

const segments = (path: string) => path.split('/');
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * `.env`, `.env.production`, `prod.env`, direnv's `.envrc`: files dotenv-style loaders read.
 * Templates (`.env.example`) are env files too: a real key in a tracked one is a committed key,
 * and placeholders in them are suppressed by the placeholder filter, not by their name.
 */
export function isEnvFile(path: string): boolean {
  const name = baseName(path);
  return name === '.env' || name === '.envrc' || name.startsWith('.env.') || (name.endsWith('.env') && name.length > 4);
}

export function hasSegment(path: string, names: readonly string[]): boolean {
  return segments(path).slice(0, -1).some((segment) => names.includes(segment));
}

export function hasDirSequence(path: string, dirs: readonly string[]): boolean {
  const parts = segments(path).slice(0, -1);
  return parts.some((_, i) => dirs.every((dir, j) => parts[i + j] === dir));
}
