import { describe, expect, it } from 'vitest';
import { exposureOf } from '../src/context/exposure.js';
import { mappedFile } from '../src/context/source-map.js';

// Parcel 2.16 writes the map's own name into its `file` field (found by test/real-builds.test.ts:
// `caibo-scan dist` on a Parcel build crashed with "Maximum call stack size exceeded").
describe('a source map whose file field names the map itself', () => {
  const map = Buffer.from('{"version":3,"sources":["src/main.js"],"mappings":"","file":"app.1a2b3c4d.js.map"}');

  it('is judged by the asset next to it, never by itself', () => {
    expect(mappedFile('dist/app.1a2b3c4d.js.map', map)).toEqual(['dist/app.1a2b3c4d.js']);
    expect(exposureOf('dist/app.1a2b3c4d.js.map', map).exposure).toBe('client');
  });
});
