/** Largest source map parsed to name the original file; larger ones are still scanned and flagged. */
const MAX_PARSED_MAP_BYTES = 64 * 1024 * 1024;

interface SourceMapShape {
  sources?: unknown;
  sourcesContent?: unknown;
}

export const isSourceMap = (path: string) => /\.map$/i.test(path);

/**
 * For each key, the entry of `sources` whose `sourcesContent` holds it: the file a developer
 * must fix, although the leak is reported in the .map that ships it.
 */
export function originalSources(content: Buffer, keys: readonly string[]): Array<string | undefined> {
  if (content.length > MAX_PARSED_MAP_BYTES) return keys.map(() => undefined);
  let map: SourceMapShape;
  try {
    map = JSON.parse(content.toString('utf8')) as SourceMapShape;
  } catch {
    return keys.map(() => undefined);
  }
  const sources = Array.isArray(map.sources) ? map.sources : [];
  const contents = Array.isArray(map.sourcesContent) ? map.sourcesContent : [];
  return keys.map((key) => {
    const index = contents.findIndex((text) => typeof text === 'string' && text.includes(key));
    const source = index === -1 ? undefined : sources[index];
    return typeof source === 'string' ? source : undefined;
  });
}
