/** Path facts shared by the classifiers. Paths are POSIX and relative to the scanned root. */

const segments = (path: string) => path.split('/');
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** `.env`, `.env.production`, `prod.env`: files dotenv-style loaders read. */
export function isEnvFile(path: string): boolean {
  const name = baseName(path);
  return name === '.env' || name.startsWith('.env.') || (name.endsWith('.env') && name.length > 4);
}

/** Env files meant to be committed with placeholders; a real key in one is still a committed key. */
export function isEnvTemplate(path: string): boolean {
  return /\.(example|sample|template|dist|defaults)$/i.test(baseName(path));
}

export function hasSegment(path: string, names: readonly string[]): boolean {
  return segments(path).slice(0, -1).some((segment) => names.includes(segment));
}

export function hasDirSequence(path: string, dirs: readonly string[]): boolean {
  const parts = segments(path).slice(0, -1);
  return parts.some((_, i) => dirs.every((dir, j) => parts[i + j] === dir));
}
