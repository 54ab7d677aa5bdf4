import { originalPositionFor, TraceMap, type SourceMapInput } from '@jridgewell/trace-mapping';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';

/** webpack names sources `webpack://<namespace>/./src/app.js`, relative to its `context` (the project). */
const WEBPACK_SOURCE = /^webpack:\/\/[^/]*\//;

/** A map's source as a path relative to the project, like every other path in a report. */
function projectPath(mappedFile: string, source: string, sourceRoot: string): string {
  if (WEBPACK_SOURCE.test(source)) return posix.normalize(source.replace(WEBPACK_SOURCE, ''));
  if (source.startsWith('file://')) return fileURLToPath(source);
  if (/^[a-z][a-z0-9+.-]*:/i.test(source)) return source;
  return posix.normalize(posix.join(posix.dirname(mappedFile), sourceRoot, source));
}

/**
 * For an emitted file and its source map: where the code at a 1-based line and UTF-16 column came
 * from, as `src/App.tsx:12:20`, the module a developer must fix. Undefined when the map does not say
 * (a bad map, generated code). The map is decoded once, on the first question.
 */
export function originalPositions(mappedFile: string, map: SourceMapInput): (line: number, column: number) => string | undefined {
  let traced: TraceMap | null | undefined;
  return (line, column) => {
    if (traced === undefined) {
      try {
        traced = new TraceMap(map);
      } catch {
        traced = null;
      }
    }
    if (!traced) return undefined;
    const position = originalPositionFor(traced, { line, column: column - 1 });
    if (position.source === null) return undefined;
    // resolvedSources carry sourceRoot and URL resolution; the raw entry keeps what the bundler wrote.
    const index = traced.resolvedSources.indexOf(position.source);
    const raw = (index === -1 ? undefined : traced.sources[index]) ?? position.source;
    const sourceRoot = typeof traced.sourceRoot === 'string' ? traced.sourceRoot : '';
    return `${projectPath(mappedFile, raw, sourceRoot)}:${position.line}:${position.column + 1}`;
  };
}
