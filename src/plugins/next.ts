/**
 * `withCaiboScan(nextConfig, options)` from `caibo-scan/next`. webpack builds get the plugin in the
 * client and the server compilation (Next's `isServer` tells which); Turbopack takes no bundler
 * plugins, so its finished output is scanned through `compiler.runAfterProductionCompile`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import type { EmittedFile } from '../sources/emitted.js';
import type { BuildEnvironment } from '../types.js';
import { BuildCheck, caiboScan, verdictError, type CaiboScanOptions } from './core.js';
import { prefixedVariables } from './inlined-values.js';

export type { CaiboScanOptions } from './core.js';

/** The first Next with `compiler.runAfterProductionCompile`, the only hook Turbopack builds offer. */
const AFTER_COMPILE_HOOK_SINCE = [15, 4, 1];
const PRODUCTION_BUILD = 'phase-production-build';
const DEV_SERVER = 'phase-development-server';

type WebpackConfigFn = (config: WebpackConfig, context: { isServer: boolean; nextRuntime?: string; dev: boolean }) => WebpackConfig;
interface WebpackConfig {
  plugins?: unknown[];
}
/** The parts of next.config this wrapper touches; everything else passes through. */
export interface NextConfigShape {
  webpack?: WebpackConfigFn | null;
  env?: Record<string, string | undefined>;
  distDir?: string;
  compiler?: { runAfterProductionCompile?: (metadata: { distDir: string; projectDir: string }) => Promise<void> | void; [key: string]: unknown };
  [key: string]: unknown;
}
type NextConfigInput = NextConfigShape | ((phase: string, context: { defaultConfig: unknown }) => NextConfigShape | Promise<NextConfigShape>);

/** `15.4.1` and later; prereleases of 15.4.1 count as 15.4.1. */
export function hasAfterCompileHook(version: string): boolean {
  const parts = version.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i += 1) {
    const have = parts[i] ?? 0;
    const need = AFTER_COMPILE_HOOK_SINCE[i]!;
    if (have !== need) return have > need;
  }
  return true;
}

function nextVersion(projectDir: string): string | undefined {
  try {
    const require = createRequire(join(projectDir, 'package.json'));
    return (require(require.resolve('next/package.json')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/**
 * Where a file of a finished Next build runs. `static/` ships to browsers; so do the pages Next
 * prerenders into `server/` (`.html`, the RSC payload `.rsc`, route bodies `.body`); the rest of `server/` runs on the server.
 */
export function nextOutputEnvironment(pathInDist: string): BuildEnvironment | undefined {
  const [top] = pathInDist.split('/');
  if (top === 'static') return 'client';
  if (top === 'server') return /\.(?:html|rsc|body)$/.test(pathInDist) ? 'client' : 'server';
  return undefined;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Turbopack: the finished `.next` (its `static/` and `server/`), read once after compilation; the cache is not output. */
async function scanFinishedOutput(check: BuildCheck, distDir: string, projectDir: string): Promise<void> {
  const root = check.root(projectDir);
  const files: EmittedFile[] = [];
  for (const part of ['static', 'server']) {
    for (const path of await filesUnder(join(distDir, part))) {
      const inDist = relative(distDir, path).split(sep).join('/');
      const environment = nextOutputEnvironment(inDist);
      files.push({ path, contents: await readFile(path), ...(environment ? { environment } : {}) });
    }
  }
  const projectEntries = await readdir(projectDir, { withFileTypes: true });
  const sources = projectEntries
    .filter((entry) => !['node_modules', '.git'].includes(entry.name) && resolve(projectDir, entry.name) !== resolve(distDir))
    .map((entry) => join(projectDir, entry.name));
  const verdict = await check.output(root, files, undefined, sources);
  for (const warning of verdict.warnings) console.warn(warning.text);
  if (verdict.errors.length) throw verdictError(verdict);
}

/** NEXT_PUBLIC_* variables (Next has loaded .env files by now) and next.config `env`: both are inlined into client code. */
async function checkInlinedEnv(check: BuildCheck, config: NextConfigShape, phase: string): Promise<void> {
  const values = [
    ...prefixedVariables(process.env, ['NEXT_PUBLIC_']),
    ...Object.entries(config.env ?? {}).map(([name, value]) => ({ name: `next.config env.${name}`, value })),
  ];
  const verdict = await check.inlined(check.root(undefined), values, 'Next.js', 'client');
  if (phase === DEV_SERVER) for (const message of [...verdict.errors, ...verdict.warnings]) console.warn(message.text);
  else if (verdict.errors.length) throw verdictError(verdict);
}

export function withCaiboScan(nextConfig: NextConfigInput = {}, options: CaiboScanOptions = {}) {
  return async (phase: string, context: { defaultConfig: unknown }): Promise<NextConfigShape> => {
    const config = typeof nextConfig === 'function' ? await nextConfig(phase, context) : nextConfig;
    const check = new BuildCheck(options);
    await checkInlinedEnv(check, config, phase);
    // Next sets TURBOPACK ('1', or 'auto' when it is the default) before it loads this config.
    if (!process.env.TURBOPACK) return withWebpackPlugin(config, options);
    if (phase === PRODUCTION_BUILD) {
      const version = nextVersion(check.root(undefined));
      if (version && !hasAfterCompileHook(version)) {
        throw new Error(
          `caibo-scan/next: Turbopack builds are scanned through compiler.runAfterProductionCompile, which Next ${version} lacks (added in 15.4.1). ` +
            'Upgrade Next, build with webpack (`next build --webpack`), or run `npx caibo-scan .next` after the build.',
        );
      }
    }
    const userAfterCompile = config.compiler?.runAfterProductionCompile;
    return {
      ...config,
      compiler: {
        ...config.compiler,
        async runAfterProductionCompile(metadata: { distDir: string; projectDir: string }) {
          if (userAfterCompile) await userAfterCompile(metadata);
          await scanFinishedOutput(check, metadata.distDir, metadata.projectDir);
        },
      },
    };
  };
}

/** webpack: the plugin in every compilation, told by Next's `isServer` which side it builds. A Turbopack build gets no `webpack` key (Next 16 stops on one). */
function withWebpackPlugin(config: NextConfigShape, options: CaiboScanOptions): NextConfigShape {
  const userWebpack = config.webpack;
  const experimental = (config.experimental ?? {}) as Record<string, unknown>;
  return {
    ...config,
    // Next turns its webpack build worker off for any custom `webpack` (ours included): keep the default the app had.
    ...(userWebpack ? {} : { experimental: { ...experimental, webpackBuildWorker: experimental.webpackBuildWorker ?? true } }),
    webpack(webpackConfig: WebpackConfig, context: Parameters<WebpackConfigFn>[1]) {
      const result = userWebpack ? userWebpack(webpackConfig, context) : webpackConfig;
      const environment: BuildEnvironment = context.isServer ? 'server' : 'client';
      result.plugins = [...(result.plugins ?? []), caiboScan.webpack({ ...options, environment: options.environment ?? environment })];
      return result;
    },
  };
}

export default withCaiboScan;
