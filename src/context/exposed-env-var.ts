import { baseName } from './paths.js';

/** Prefixes bundlers inline into browser code (Next, Vite, CRA, SvelteKit, Expo, Gatsby, Nuxt). */
const EXPOSED_PREFIX = '(?<![A-Za-z0-9_])(?:NEXT_PUBLIC_|VITE_|REACT_APP_|PUBLIC_|EXPO_PUBLIC_|GATSBY_|NUXT_PUBLIC_)';
/** `VITE_KEY=`, `export NEXT_PUBLIC_KEY="`, `REACT_APP_KEY: '`, `import.meta.env.VITE_KEY ?? "` right before the key. */
const EXPOSED_ASSIGNMENT = new RegExp(`${EXPOSED_PREFIX}[A-Za-z0-9_]*['"]?\\s*(?:=|:|\\?\\?|\\|\\|)\\s*['"\`]?$`);
const blockNamed = (names: string) => new RegExp(`(?:^|[\\s,{])(?:${names})\\s*:\\s*\\{$|(?:Define|Environment)Plugin\\(\\s*\\{$`);
/**
 * Per bundler config, the blocks whose values end up in browser code: next.config `env`,
 * `publicRuntimeConfig`; Vite (also inside Nuxt, Astro, SvelteKit) `define`; Nuxt
 * `runtimeConfig.public`; webpack `DefinePlugin({...})`, `EnvironmentPlugin({...})` anywhere. Vitest's `test.env` and
 * Next's `serverRuntimeConfig` stay on the server, so `env` counts only in next.config.
 */
const INLINED_BLOCKS: Array<[config: RegExp, block: RegExp]> = [
  [/^next\.config\./, blockNamed('env|publicRuntimeConfig')],
  [/^nuxt\.config\./, blockNamed('define|public')],
  [/^(?:vite|vitest|astro|svelte|webpack)\.config\./, blockNamed('define')],
];
const CONFIG_SCRIPT = /\.[cm]?[jt]s$/;

export function isExposedEnvAssignment(textBeforeKey: string): boolean {
  return EXPOSED_ASSIGNMENT.test(textBeforeKey);
}

/** Inside a bundler config, is the key a value of an `env:` / `define:` block? Walks back over braces. */
export function isInInlinedConfigBlock(path: string, content: Buffer, keyOffset: number): boolean {
  const name = baseName(path);
  const inlinedBlock = CONFIG_SCRIPT.test(name) ? INLINED_BLOCKS.find(([config]) => config.test(name))?.[1] : undefined;
  if (!inlinedBlock) return false;
  const before = content.toString('utf8', Math.max(0, keyOffset - 16384), keyOffset);
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const char = before[i];
    if (char === '}') depth += 1;
    else if (char === '{') {
      if (depth === 0) {
        if (inlinedBlock.test(before.slice(Math.max(0, i - 64), i + 1))) return true;
      } else depth -= 1;
    }
  }
  return false;
}
