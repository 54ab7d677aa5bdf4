import { baseName } from './paths.js';

/** Prefixes bundlers inline into browser code (Next, Vite, CRA, SvelteKit, Expo, Gatsby, Nuxt). */
const EXPOSED_PREFIX = '(?<![A-Za-z0-9_])(?:NEXT_PUBLIC_|VITE_|REACT_APP_|PUBLIC_|EXPO_PUBLIC_|GATSBY_|NUXT_PUBLIC_)';
/** `VITE_KEY=`, `export NEXT_PUBLIC_KEY="`, `REACT_APP_KEY: '`, `import.meta.env.VITE_KEY ?? "` right before the key. */
const EXPOSED_ASSIGNMENT = new RegExp(`${EXPOSED_PREFIX}[A-Za-z0-9_]*['"]?\\s*(?:=|:|\\?\\?|\\|\\|)\\s*['"\`]?$`);
const BUNDLER_CONFIG = /^(?:next|vite|nuxt)\.config\.[cm]?[jt]s$/;
/** Blocks whose values the bundler inlines: next.config `env: {`, Vite `define: {`. */
const INLINED_BLOCK = /(?:^|[\s,{])(?:env|define|publicRuntimeConfig|public)\s*:\s*\{$/;

export function isExposedEnvAssignment(textBeforeKey: string): boolean {
  return EXPOSED_ASSIGNMENT.test(textBeforeKey);
}

/** Inside a bundler config, is the key a value of an `env:` / `define:` block? Walks back over braces. */
export function isInInlinedConfigBlock(path: string, content: Buffer, keyOffset: number): boolean {
  if (!BUNDLER_CONFIG.test(baseName(path))) return false;
  const before = content.toString('utf8', Math.max(0, keyOffset - 16384), keyOffset);
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const char = before[i];
    if (char === '}') depth += 1;
    else if (char === '{') {
      if (depth === 0) {
        if (INLINED_BLOCK.test(before.slice(Math.max(0, i - 64), i + 1))) return true;
      } else depth -= 1;
    }
  }
  return false;
}
