import { makeRepo, writeTree } from './fixture.js';
import { liveKey, testKey } from './keygen.js';

/** A tree with a finding in every interesting place: contexts, an odd file name, non-ASCII before a key, CRLF. */
export function leakyTree() {
  const keys = { live: liveKey(), test: testKey(), bundle: liveKey(), env: liveKey(), odd: testKey(), wide: liveKey() };
  const root = makeRepo({
    'server.js': `const a = 1;\nconst key = '${keys.live}';\n`,
    'test/setup.js': `process.env.CAIBO_API_KEY = "${keys.test}";\r\n`,
    'dist/assets/index-3f9a1c2b.js': `fetch(u,{headers:{"X-API-Key":"${keys.bundle}"}})`,
    '.env': `CAIBO_API_KEY=${keys.env}\n`,
    'a,b:c%.ts': `export const k = '${keys.odd}';\n`,
    'src/ünï code.ts': `// héllo 😀 wörld\nconst k = "😀${keys.wide}";\n`,
  });
  // An untracked env file too: with only tracked ones, this base's git status lookup fails (fixed on the contexts branch).
  writeTree(root, { '.env.development': 'DEBUG=1\n' });
  return { root, keys };
}
