/** Largest source map parsed to name the original file; larger ones are still scanned and flagged. */
const MAX_PARSED_MAP_BYTES = 64 * 1024 * 1024;

interface SourceMapShape {
  sources?: unknown;
  sourcesContent?: unknown;
}

export const isSourceMap = (path: string) => /\.map$/i.test(path);

/** The `file` field; bundlers write it near either end, so a multi-megabyte map is not parsed for it. */
const FILE_FIELD = /"file"\s*:\s*"((?:[^"\\]|\\.)*)"/;
const FIELD_WINDOW = 4096;

function fileField(content: Buffer): string | undefined {
  const ends = [content.toString('utf8', 0, FIELD_WINDOW), content.toString('utf8', Math.max(0, content.length - FIELD_WINDOW))];
  for (const text of ends) {
    const raw = FILE_FIELD.exec(text)?.[1];
    if (raw === undefined) continue;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The generated files a map may belong to, most specific first; the last, the asset next to it
 * (`app.js.map` → `app.js`), is the one to judge by name when none is on disk. The `file` field is
 * tried as the spec means it (relative to the map) and by its name alone: webpack writes it relative
 * to the output folder (`static/chunks/main.js` in `.next/static/chunks/`). None of them is a map, so
 * judging a map by its generated file cannot loop.
 */
export function mappedFile(mapPath: string, content: Buffer): string[] {
  const dir = mapPath.slice(0, mapPath.lastIndexOf('/') + 1);
  const sibling = mapPath.replace(/\.map$/i, '');
  const file = fileField(content);
  // Parcel 2 writes the map's own name into `file`: only a generated file counts, never a map.
  const isGenerated = file !== undefined && !file.startsWith('/') && !file.includes('..') && !isSourceMap(file);
  const named = isGenerated ? [`${dir}${file}`, `${dir}${file.slice(file.lastIndexOf('/') + 1)}`] : [];
  return [...new Set([...named.filter((candidate) => candidate !== sibling), sibling])];
}

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
