import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_LAYOUTS, outputRootOf, type ProjectFacts } from '../src/context/build-output.js';
import { exposureOf } from '../src/context/exposure.js';
import { parseJson, runCli } from './helpers/cli.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

/** Facts from a list of files (their folders exist too), as the scan would read them from disk. */
function factsOf(files: Record<string, string> = {}): ProjectFacts {
  const existing = new Set<string>();
  for (const file of Object.keys(files)) {
    const parts = file.split('/');
    for (let i = 1; i <= parts.length; i += 1) existing.add(parts.slice(0, i).join('/'));
  }
  return {
    exists: (path) => existing.has(path),
    head: (path) => (path in files ? Buffer.from(files[path]!) : undefined),
  };
}

/** The evidence a layout needs, placed at the base its example sits in. */
function evidenceFor(layout: (typeof OUTPUT_LAYOUTS)[number]): ProjectFacts {
  const folders = layout.example.split('/').slice(0, -1);
  const start = folders.findIndex((_, i) => layout.dirs.every((d, j) => d === '*' || d.split('|').includes(folders[i + j]!)));
  const base = folders.slice(0, start + 1).join('/');
  return factsOf(Object.fromEntries((layout.evidence ?? []).map((file) => [`${base}/${file}/x`, ''])));
}

const SMALL = Buffer.from('const k = "KEY";\n');

describe('build output layouts', () => {
  it.each(OUTPUT_LAYOUTS.map((layout) => [layout.id, layout] as const))('%s decides its own example (no layout shadowed)', (id, layout) => {
    const facts = evidenceFor(layout);
    expect(outputRootOf(layout.example, facts)?.layout.id).toBe(id);
    expect(exposureOf(layout.example, SMALL, facts)).toEqual({ exposure: layout.exposure, reason: id });
    if (layout.evidence) expect(outputRootOf(layout.example, factsOf())?.layout.id).not.toBe(id);
  });

  it('a server root is server whatever the names inside it; a client root is client whatever the content', () => {
    for (const path of [
      'dist/server/entry-server.js.map',
      '.next/server/chunks/ssr/app_page_0a1b2c3d.js.map',
      'build/server/chunks/pay-3f9a1c2b.js.map',
      '.svelte-kit/output/server/chunks/index.js.map',
      'dist/server/chunks/pages/pay_DkLsmQwe.mjs.map',
      'apps/web/.next/server/app/page.js',
      '.output/server/chunks/app/server.mjs',
    ]) {
      expect(exposureOf(path, SMALL).exposure, path).toBe('server');
    }
    const node = Buffer.from('#!/usr/bin/env node\nconst k = "KEY";\n');
    for (const path of ['.svelte-kit/output/client/_app/immutable/nodes/2.DkLsmQwe.js', 'build/client/_app/immutable/nodes/2.js', 'dist/client/_astro/pay.js']) {
      expect(exposureOf(path, node).exposure, path).toBe('client');
    }
  });

  // Every rule after the layouts decides at least one file, and is the one that decides it (issue 19).
  const min = `var a=${'[1,2,3],'.repeat(200)}0;\n//# sourceMappingURL=x.js.map\n`;
  it.each([
    ['public/index.php', '<?php', 'server', 'server-script'],
    ['lib/index.cjs', 'exports.a = 1;', 'server', 'commonjs-file'],
    ['maps/app.js.map', '{}', 'client', 'source-map'],
    ['staticfiles/shop/pay.js', 'k()', 'client', 'served-folder'],
    ['sw.js', 'k()', 'client', 'service-worker'],
    ['vendor/checkout.min.js', 'k()', 'client', 'named-bundle'],
    ['android/index.android.bundle', '__d(function(){})', 'client', 'mobile-bundle'],
    ['web/main.8e2f0a1d.js', 'k()', 'client', 'hashed-name'],
    ['src/Checkout.vue', '<script>', 'client', 'page-or-component'],
    ['app/pay-button.tsx', "'use client';", 'client', 'use-client'],
    ['dist/cli.js', '#!/usr/bin/env node', 'server', 'node-code'],
    ['out/app.js', 'k()', 'client', 'build-folder'],
    ['gen/app.js', 'var __webpack_require__={};', 'client', 'bundler-runtime'],
    ['gen/min.js', min, 'client', 'minified-with-map'],
    ['src/pay.js', 'k()', 'unknown', 'none'],
  ])('%s is decided by its own rule', (path, text, exposure, reason) => {
    expect(exposureOf(path, Buffer.from(text), factsOf())).toEqual({ exposure, reason });
  });

  it("finds 'use client' after any comments and whitespace, in time linear in them (a regex took exponential time)", () => {
    for (const head of ["/* a */ // b\n  'use client';", '/** @license x */\n/*! y */\n"use client"', "\uFEFF 'use client'"]) {
      expect(exposureOf('app/pay.tsx', Buffer.from(`${head}\nk()`), factsOf()).reason).toBe('use-client');
    }
    for (const head of ["/* 'use client' */ k()", "// 'use client'", "/* unclosed 'use client'", "k(); 'use client'"]) {
      expect(exposureOf('app/pay.tsx', Buffer.from(head), factsOf()).reason).not.toBe('use-client');
    }
    // 30 comments in a row made the former regex try 2^30 ways to split them.
    const started = performance.now();
    expect(exposureOf('app/pay.tsx', Buffer.from(`${'/*a*/'.repeat(30_000)} k()`), factsOf()).reason).not.toBe('use-client');
    expect(exposureOf('app/pay.tsx', Buffer.from(`${'/*a*/'.repeat(30_000)} 'use client'`), factsOf()).reason).toBe('use-client');
    expect(performance.now() - started).toBeLessThan(5_000); // not a speed target: a hang guard (it never returned)
  });

  it('.next/static is decided by the Next.js layout, not the generic static/ folder rule (issue 19)', () => {
    expect(exposureOf('.next/static/chunks/main.js', SMALL).reason).toBe('next-static');
    expect(exposureOf('static/js/checkout.js', SMALL).reason).toBe('served-folder');
  });

  it('generic names need the framework record: adapter-node, a Vite outDir', () => {
    const adapterNode = factsOf({ 'build/handler.js': '', 'build/index.js': '', 'build/server/index.js': '', 'build/client/x.js': '' });
    expect(exposureOf('build/env.js', SMALL, adapterNode)).toEqual({ exposure: 'server', reason: 'adapter-node-entry' });
    // Without handler.js, build/ is what its files say: a webpack build is browser code.
    expect(exposureOf('build/env.js', SMALL, factsOf())).toEqual({ exposure: 'client', reason: 'build-folder' });

    const vite = factsOf({ 'web-dist/.vite/manifest.json': '{}', 'web-ssr/.vite/manifest.json': '{}' });
    expect(exposureOf('web-dist/pay.js', SMALL, vite)).toEqual({ exposure: 'client', reason: 'vite-client' });
    expect(exposureOf('web-ssr/pay.js', SMALL, vite)).toEqual({ exposure: 'server', reason: 'vite-ssr' });
    expect(exposureOf('web-dist/pay.js', SMALL, factsOf()).exposure).toBe('unknown');
  });
});

describe('the library API for sources and plugins (containers, bundler hooks)', () => {
  it('judges a decompressed .gz/.br copy as its asset, and is exported from the package entry', async () => {
    const library = await import('../src/index.js');
    const bundle = Buffer.from('(()=>{var __webpack_require__={};})();');
    for (const suffix of ['.gz', '.br']) {
      expect(library.exposureOf(`gen/app.js${suffix}`, bundle)).toEqual(library.exposureOf('gen/app.js', bundle));
      expect(library.exposureOf(`.svelte-kit/output/server/index.js${suffix}`, bundle).exposure).toBe('server');
    }
    expect(library.exposureOf('gen/app.js', bundle)).toEqual({ exposure: 'client', reason: 'bundler-runtime' });
  });
});

describe('a source map shares the exposure of the file it maps', () => {
  const map = (file?: string) => Buffer.from(JSON.stringify({ version: 3, ...(file ? { file } : {}), sources: ['a.ts'], sourcesContent: ['x'], mappings: '' }));

  it('the generated file on disk decides: its `file` field, else the asset next to it', () => {
    const facts = factsOf({
      'lib/server.js': "const fs = require('fs');\n",
      'gen/app.js': '(()=>{var __webpack_require__={}})();',
      'out/chunks/main.js': 'const k = 1;\n',
    });
    expect(exposureOf('lib/server.js.map', map(), facts)).toEqual({ exposure: 'server', reason: 'source-map:node-code' });
    expect(exposureOf('gen/app.js.map', map('app.js'), facts)).toEqual({ exposure: 'client', reason: 'source-map:bundler-runtime' });
    // webpack writes `file` relative to its output folder; the name alone finds it.
    expect(exposureOf('gen/app.js.map', map('static/chunks/app.js'), facts).reason).toBe('source-map:bundler-runtime');
    // A generated file that says nothing: the map is judged as it is, not as shipped.
    expect(exposureOf('out/chunks/main.js.map', map(), facts)).toEqual({ exposure: 'client', reason: 'source-map:build-folder' });
    expect(exposureOf('src/util.js.map', map(), factsOf({ 'src/util.js': 'export const a = 1;\n' })).exposure).toBe('unknown');
  });

  it('with no generated file in sight, a script map is taken as shipped; a hashed name says client too', () => {
    expect(exposureOf('maps/app.js.map', map(), factsOf())).toEqual({ exposure: 'client', reason: 'source-map' });
    expect(exposureOf('x/index-3f9a1c2b.js.map', map())).toEqual({ exposure: 'client', reason: 'source-map:hashed-name' });
    expect(exposureOf('level.map', Buffer.from('tiles')).exposure).toBe('unknown');
    // Parcel 2 names the map itself in `file` (seen in a real build): judged by the sibling, not a loop.
    const parcelMap = map('app.96f4818d.js.map');
    const parcel = factsOf({ 'dist/app.96f4818d.js': 'document.body;', 'dist/app.96f4818d.js.map': parcelMap.toString() });
    expect(exposureOf('dist/app.96f4818d.js.map', parcelMap, parcel)).toEqual({ exposure: 'client', reason: 'source-map:hashed-name' });
  });
});

describe('through the CLI: build outputs scanned alone', () => {
  const files = async (args: string[], cwd: string) =>
    Object.fromEntries(
      parseJson(await runCli([...args, '--format', 'json'], { cwd })).findings.map((f) => [f.file, [f.context, f.originalSource ?? null]]),
    );

  it('SvelteKit adapter-node: build/ alone gives client chunks, server maps and entry files their own verdicts', async () => {
    const [clientKey, serverKey] = [liveKey(), liveKey()];
    const root = makeTree({
      'package.json': '{"name":"shop"}',
      'build/handler.js': `export const k = "${serverKey}";\n`,
      'build/index.js': 'import "./handler.js";\n',
      'build/client/_app/immutable/nodes/2.DkLsmQwe.js': `const k="${clientKey}";\n`,
      'build/server/chunks/pay.js': `const k="${serverKey}";\n//# sourceMappingURL=pay.js.map\n`,
      'build/server/chunks/pay.js.map': JSON.stringify({ version: 3, file: 'pay.js', sources: ['../../src/routes/api/pay/+server.js'], sourcesContent: [`const k = "${serverKey}";`], mappings: '' }),
    });
    const expected = {
      'build/client/_app/immutable/nodes/2.DkLsmQwe.js': ['client-bundle', null],
      'build/handler.js': ['default', null],
      'build/server/chunks/pay.js': ['default', null],
      'build/server/chunks/pay.js.map': ['default', '../../src/routes/api/pay/+server.js'],
    };
    expect(await files(['.'], root)).toEqual(expected);
    expect(await files(['build'], root)).toEqual(expected);
    expect(await files([], join(root, 'build'))).toEqual(expected);
  });

  it('a small minified esbuild bundle in public/js/ scanned alone is client code', async () => {
    const root = makeTree({ 'package.json': '{"name":"site"}', 'public/js/app.js': `(()=>{var o="${liveKey()}";fetch("/p",{headers:{k:o}});})();\n` });
    expect(await files(['public/js'], root)).toEqual({ 'public/js/app.js': ['client-bundle', null] });
    expect(await files([], join(root, 'public/js'))).toEqual({ 'public/js/app.js': ['client-bundle', null] });
  });
});
