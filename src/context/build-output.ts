/**
 * Build output roots, recognised from what the frameworks themselves write (issue 11): which folder
 * of a build is sent to browsers and which runs on the server. Pure: what it needs to know about the
 * project beyond the path comes from ProjectFacts, which the scan answers from disk once per folder.
 */

/** Who a file is for: sent to browsers, or run by a server. */
export type Exposure = 'client' | 'server';

/** What the classifiers may ask about the project. Paths are POSIX, relative to the project root. */
export interface ProjectFacts {
  /** Does this file or folder exist? */
  exists(path: string): boolean;
  /** The first bytes of a file (enough for content markers), or undefined when it cannot be read. */
  head(path: string): Buffer | undefined;
}

/** A folder layout one framework writes, and who the files below it are for. */
export interface OutputLayout {
  /** Names the deciding rule in tests and docs. */
  id: string;
  framework: string;
  /** Folder names from the output's base down to the root; `a|b` is either name, `*` any one. */
  dirs: readonly string[];
  exposure: Exposure;
  /** Files or folders, relative to the base (the first folder of `dirs`), that must all exist. */
  evidence?: readonly string[];
  /** The root folder's own name must match (Vite SSR output is named for it). */
  rootName?: RegExp;
  /** A file this layout decides, for the test that no layout is shadowed by an earlier one. */
  example: string;
}

/**
 * First match wins, so nested layouts come before the ones holding them. Names alone decide where
 * they are the framework's own (`.next`, `.svelte-kit/output`, `.output`): history scans, where no
 * build is on disk, reach the same verdict. Generic names (`build/`, any Vite outDir) need evidence.
 */
export const OUTPUT_LAYOUTS: readonly OutputLayout[] = [
  // Next.js serves .next/static at /_next/static; the rest of .next (server/, cache/, standalone/, manifests) stays on the server.
  { id: 'next-static', framework: 'Next.js', dirs: ['.next', 'static'], exposure: 'client', example: '.next/static/chunks/app/page-1a2b3c4d.js' },
  { id: 'next-server', framework: 'Next.js', dirs: ['.next'], exposure: 'server', example: '.next/server/app/page.js' },
  { id: 'sveltekit-client', framework: 'SvelteKit', dirs: ['.svelte-kit', 'output', 'client'], exposure: 'client', example: '.svelte-kit/output/client/_app/immutable/nodes/2.js' },
  { id: 'sveltekit-prerendered', framework: 'SvelteKit', dirs: ['.svelte-kit', 'output', 'prerendered'], exposure: 'client', example: '.svelte-kit/output/prerendered/pages/index.html' },
  { id: 'sveltekit-server', framework: 'SvelteKit', dirs: ['.svelte-kit', 'output', 'server'], exposure: 'server', example: '.svelte-kit/output/server/chunks/pay.js.map' },
  { id: 'nitro-public', framework: 'Nuxt / Nitro', dirs: ['.output', 'public'], exposure: 'client', example: '.output/public/_nuxt/entry.js' },
  { id: 'nitro-server', framework: 'Nuxt / Nitro', dirs: ['.output', 'server'], exposure: 'server', example: '.output/server/chunks/routes/api/pay.mjs' },
  { id: 'nuxt-client', framework: 'Nuxt', dirs: ['.nuxt', 'dist', 'client'], exposure: 'client', example: '.nuxt/dist/client/_nuxt/entry.js' },
  { id: 'nuxt-server', framework: 'Nuxt', dirs: ['.nuxt', 'dist', 'server'], exposure: 'server', example: '.nuxt/dist/server/server.mjs' },
  { id: 'vercel-static', framework: 'Vercel Build Output', dirs: ['.vercel', 'output', 'static'], exposure: 'client', example: '.vercel/output/static/app.js' },
  { id: 'vercel-functions', framework: 'Vercel Build Output', dirs: ['.vercel', 'output', 'functions'], exposure: 'server', example: '.vercel/output/functions/index.func/index.js' },
  // One output folder split in two: Astro with a server adapter, Vite's SSR convention, SvelteKit adapter-node, Remix / React Router.
  { id: 'ssr-client', framework: 'Astro, Vite SSR, adapter-node, React Router', dirs: ['dist|build', 'client'], exposure: 'client', example: 'build/client/_app/immutable/nodes/2.js' },
  { id: 'ssr-server', framework: 'Astro, Vite SSR, adapter-node, React Router', dirs: ['dist|build', 'server'], exposure: 'server', example: 'dist/server/entry.mjs.map' },
  // SvelteKit adapter-node (its `out` option, `build` by default): client/, prerendered/, server/, and its own entry files.
  { id: 'adapter-node-client', framework: 'SvelteKit adapter-node', dirs: ['*', 'client'], exposure: 'client', evidence: ['handler.js', 'server'], example: 'node-out/client/_app/immutable/nodes/2.js' },
  { id: 'adapter-node-prerendered', framework: 'SvelteKit adapter-node', dirs: ['*', 'prerendered'], exposure: 'client', evidence: ['handler.js', 'client'], example: 'build/prerendered/index.html' },
  { id: 'adapter-node-server', framework: 'SvelteKit adapter-node', dirs: ['*', 'server'], exposure: 'server', evidence: ['handler.js', 'client'], example: 'node-out/server/chunks/pay.js' },
  { id: 'adapter-node-entry', framework: 'SvelteKit adapter-node', dirs: ['*'], exposure: 'server', evidence: ['handler.js', 'server'], example: 'build/env.js' },
  // Angular's application builder: dist/<project>/{browser,server}.
  { id: 'angular-browser', framework: 'Angular', dirs: ['dist', '*', 'browser'], exposure: 'client', example: 'dist/shop/browser/main-ABCD1234.js' },
  { id: 'angular-server', framework: 'Angular', dirs: ['dist', '*', 'server'], exposure: 'server', example: 'dist/shop/server/server.mjs' },
  // Vite 5+ writes .vite/manifest.json into the outDir (with build.manifest or ssrManifest); an SSR outDir is named for it.
  { id: 'vite-ssr', framework: 'Vite', dirs: ['*'], exposure: 'server', evidence: ['.vite/manifest.json'], rootName: /ssr|server/i, example: 'dist-ssr/entry-server.js' },
  { id: 'vite-client', framework: 'Vite', dirs: ['*'], exposure: 'client', evidence: ['.vite/manifest.json'], example: 'web-dist/app.js' },
  { id: 'vite-ssr-manifest', framework: 'Vite', dirs: ['*'], exposure: 'client', evidence: ['.vite/ssr-manifest.json'], example: 'www-build/app.js' },
];

/** The output root a file sits in, the layout that recognised it, and who it is for. */
export interface OutputRoot {
  exposure: Exposure;
  /** The root folder, relative to the project root. */
  root: string;
  layout: OutputLayout;
}

const matchesName = (pattern: string, name: string) => pattern === '*' || pattern.split('|').includes(name);

/** Where `layout.dirs` first occurs among the folders, with its evidence present. */
function rootFor(layout: OutputLayout, folders: readonly string[], facts: ProjectFacts | undefined): OutputRoot | undefined {
  if (layout.evidence && !facts) return undefined;
  const { dirs } = layout;
  for (let start = 0; start + dirs.length <= folders.length; start += 1) {
    if (!dirs.every((pattern, j) => matchesName(pattern, folders[start + j]!))) continue;
    const root = folders.slice(0, start + dirs.length);
    if (layout.rootName && !layout.rootName.test(root[root.length - 1]!)) continue;
    const base = folders.slice(0, start + 1).join('/');
    if (layout.evidence?.some((file) => !facts!.exists(`${base}/${file}`))) continue;
    return { exposure: layout.exposure, root: root.join('/'), layout };
  }
  return undefined;
}

/**
 * The recognised build output root holding `path` (POSIX, relative to the project root), if any:
 * everything below a client root is sent to browsers, nothing below a server root is, whatever its name.
 */
export function outputRootOf(path: string, facts?: ProjectFacts): OutputRoot | undefined {
  const folders = path.split('/').slice(0, -1);
  if (folders.length === 0) return undefined;
  for (const layout of OUTPUT_LAYOUTS) {
    const found = rootFor(layout, folders, facts);
    if (found) return found;
  }
  return undefined;
}
