import { mkdir, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { createUnplugin } from 'unplugin';
import type { EmittedScanner } from '../scan-emitted.js';
import type { EmittedFile } from '../sources/emitted.js';
import type { BuildEnvironment, Report, Severity } from '../types.js';
import { inlinedFiles, prefixedVariables, type InlinedValue } from './inlined-values.js';
import type { PluginVerdict } from './messages.js';

/** The plugin's options: the CLI's and `.caibo-scan.json`'s, plus what the bundler cannot tell. */
export interface CaiboScanOptions {
  /** Lowest severity that fails the build (default: `.caibo-scan.json`'s, else `high`); `none` only warns. */
  failOn?: Severity | 'none';
  /** Extra `allow` regexes, tested against each finding's path and fingerprint. */
  allow?: string[];
  /** A baseline file (`caibo-scan baseline`): its findings are accepted. */
  baseline?: string;
  /** Globs on the emitted files' paths (relative to the project). */
  include?: string[];
  exclude?: string[];
  /** A config file, or false to ignore `.caibo-scan.json` (default: found from the project root). */
  config?: string | false;
  /** Extra rule directories or files. */
  rules?: string[];
  /** The project root (default: the bundler's root or context, else the working directory). */
  cwd?: string;
  /** Print raw keys in build errors. Off by default: build logs are kept and shared. */
  showSecrets?: boolean;
  /** Overrides the side of the build the bundler reports (`client` ships to browsers). */
  environment?: BuildEnvironment;
  /** Called with the Report of each output check (the CLI's shape: write SARIF, count, time it). */
  onReport?: (report: Report) => void;
}

export const PLUGIN_NAME = 'caibo-scan';

/**
 * The project's own source files among a build's module ids or file dependencies: inside the root,
 * not virtual (`\0`), not a dependency, not a directory (webpack lists every folder up to `/`).
 */
function projectFiles(root: string, ids: Iterable<string>): string[] {
  const inRoot = (id: string) => isAbsolute(id) && id.startsWith(root + sep) && !id.includes('\0') && !/[\\/]node_modules[\\/]/.test(id);
  const candidates = new Set([...ids].map((id) => id.replace(/\?.*$/, '')).filter(inRoot));
  return [...candidates].filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
}

/**
 * The scan machinery (detector, rules, git-aware sources) is imported when a plugin is created and
 * awaited at the first check, so it loads while the bundler starts instead of before it.
 */
let machinery: Promise<[typeof import('../scan-emitted.js'), typeof import('./messages.js')]> | undefined;
const loadMachinery = () => (machinery ??= Promise.all([import('../scan-emitted.js'), import('./messages.js')]));

/** One build's checks, with config and rules loaded once per project root. */
export class BuildCheck {
  readonly #scanners = new Map<string, EmittedScanner>();

  constructor(readonly options: CaiboScanOptions) {
    void loadMachinery();
  }

  root(bundlerRoot: string | undefined): string {
    return resolve(this.options.cwd ?? bundlerRoot ?? process.cwd());
  }

  #scanner(root: string, emittedScanner: typeof import('../scan-emitted.js').emittedScanner): EmittedScanner {
    let scanner = this.#scanners.get(root);
    if (!scanner) {
      const { failOn, allow, baseline, include, exclude, config, rules } = this.options;
      scanner = emittedScanner({ cwd: root, failOn, allow, baseline, include, exclude, config, rules });
      this.#scanners.set(root, scanner);
    }
    return scanner;
  }

  /** Every emitted file of one build, as the bundler holds them before writing. */
  async output(root: string, files: readonly EmittedFile[], environment: BuildEnvironment | undefined, sources: Iterable<string>): Promise<PluginVerdict> {
    const env = this.options.environment ?? environment;
    const [{ emittedScanner }, { environmentLabel, verdictOf }] = await loadMachinery();
    const report = await this.#scanner(root, emittedScanner)(files, { ...(env ? { environment: env } : {}), sources: projectFiles(root, sources) });
    this.options.onReport?.(report);
    return verdictOf(report, environmentLabel(env), this.options.showSecrets ?? false);
  }

  /** Values the bundler will inline into `environment` code, checked before it reads a module. */
  async inlined(root: string, values: readonly InlinedValue[], bundler: string, environment: BuildEnvironment | undefined): Promise<PluginVerdict> {
    const env = this.options.environment ?? environment;
    if (values.length === 0) return { errors: [], warnings: [] };
    const [{ emittedScanner }, { environmentLabel, verdictOf }] = await loadMachinery();
    const report = await this.#scanner(root, emittedScanner)(inlinedFiles(values), env ? { environment: env } : {});
    return verdictOf(report, `a value ${bundler} inlines into ${environmentLabel(env)}`, this.options.showSecrets ?? false);
  }
}

/** An Error whose text is the verdict's errors, for bundlers that take a thrown error. */
export function verdictError(verdict: PluginVerdict): Error {
  const error = new Error(verdict.errors.map((e) => e.text).join('\n'));
  error.name = 'CaiboScanBuildError';
  error.stack = `${error.name}: ${error.message}`; // the stack would only repeat the plugin's insides
  return error;
}

// ---- Vite, Rollup, Rolldown: generateBundle sees every chunk and asset before anything is written.

interface RollupOutputItem {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  source?: string | Uint8Array;
  map?: object | null;
  moduleIds?: string[];
  modules?: Record<string, unknown>;
}
interface RollupContext {
  error(error: { message: string; id?: string; loc?: { file: string; line: number; column: number } }): never;
  warn(message: string): void;
  environment?: { name?: string; config?: { consumer?: BuildEnvironment } };
}
interface ViteConfig {
  root: string;
  command: 'build' | 'serve';
  build: { ssr?: unknown };
  env: Record<string, unknown>;
  envPrefix?: string | string[];
  define?: Record<string, unknown>;
  logger: { warn(message: string): void; warnOnce?(message: string): void };
}

function rollupFiles(outDir: string, bundle: Record<string, RollupOutputItem>): { files: EmittedFile[]; modules: string[] } {
  const files: EmittedFile[] = [];
  const modules: string[] = [];
  for (const item of Object.values(bundle)) {
    const path = join(outDir, item.fileName);
    if (item.type === 'chunk') {
      files.push({ path, contents: item.code ?? '', ...(item.map ? { map: item.map } : {}) });
      modules.push(...(item.moduleIds ?? Object.keys(item.modules ?? {})));
    } else files.push({ path, contents: item.source ?? '' });
  }
  return { files, modules };
}

function reportToRollup(context: RollupContext, verdict: PluginVerdict): void {
  for (const warning of verdict.warnings) context.warn(warning.text);
  const first = verdict.errors[0];
  if (first) context.error({ message: verdict.errors.map((e) => e.text).join('\n'), loc: { file: first.file, line: first.line, column: first.column } });
}

/** Vite's env variables under its envPrefix and its `define` values: both end up in client code. */
function viteInlinedValues(config: ViteConfig): InlinedValue[] {
  const prefixes = [config.envPrefix ?? 'VITE_'].flat();
  const env = Object.fromEntries(Object.entries(config.env).filter(([, value]) => typeof value === 'string')) as Record<string, string>;
  const defined = Object.entries(config.define ?? {}).map(([name, value]) => ({ name: `define:${name}`, value }));
  return [...prefixedVariables(env, prefixes), ...defined];
}

// ---- webpack and rspack: processAssets at its last stage sees every asset, minified, with source maps.

interface WebpackAsset {
  name: string;
  source: { buffer(): Buffer; source(): string | Buffer };
  info: { related?: { sourceMap?: string | string[] } };
}
interface WebpackCompilation {
  getAssets(): readonly WebpackAsset[];
  getAsset(name: string): WebpackAsset | undefined;
  fileDependencies: Iterable<string>;
  errors: unknown[];
  warnings: unknown[];
  hooks: { processAssets: { tapPromise(options: { name: string; stage: number }, fn: () => Promise<void>): void } };
}
interface WebpackCompiler {
  context: string;
  options: { target?: unknown; output: { path?: string }; plugins?: unknown[] };
  platform?: { web?: boolean | null; node?: boolean | null };
  webpack: { Compilation: { PROCESS_ASSETS_STAGE_REPORT: number }; WebpackError?: new (message: string) => Error };
  hooks: {
    thisCompilation: { tap(name: string, fn: (compilation: WebpackCompilation) => void): void };
    shouldEmit: { tap(name: string, fn: (compilation: WebpackCompilation) => boolean | undefined): void };
    beforeRun: { tapPromise(name: string, fn: () => Promise<void>): void };
    watchRun: { tapPromise(name: string, fn: () => Promise<void>): void };
  };
}

/** webpack's `platform` (5.84+), else its `target`: node, async-node and electron-main run on a server. */
export function webpackEnvironment(compiler: WebpackCompiler): BuildEnvironment {
  const { platform } = compiler;
  if (platform && (platform.web || platform.node)) return platform.web ? 'client' : 'server';
  const targets = [compiler.options.target ?? 'web'].flat().map(String);
  return targets.every((t) => /^(?:node|async-node|electron-main)/.test(t)) ? 'server' : 'client';
}

/** DefinePlugin definitions and EnvironmentPlugin variables (their values come from process.env). */
function webpackInlinedValues(compiler: WebpackCompiler): InlinedValue[] {
  const values: InlinedValue[] = [];
  for (const plugin of compiler.options.plugins ?? []) {
    const kind = (plugin as object | null)?.constructor?.name;
    if (kind === 'DefinePlugin') {
      // webpack keeps them as `definitions`; rspack's built-in plugin as its constructor arguments.
      const { definitions, _args } = plugin as { definitions?: Record<string, unknown>; _args?: [Record<string, unknown>?] };
      for (const [name, value] of Object.entries(definitions ?? _args?.[0] ?? {})) values.push({ name: `define:${name}`, value });
    } else if (kind === 'EnvironmentPlugin') {
      const { keys = [], defaultValues = {} } = plugin as { keys?: string[]; defaultValues?: Record<string, unknown> };
      for (const key of keys) values.push({ name: key, value: process.env[key] ?? defaultValues[key] });
    }
  }
  return values.filter((v) => v.value !== undefined);
}

function webpackFiles(compilation: WebpackCompilation, outputPath: string): EmittedFile[] {
  return compilation.getAssets().map((asset) => {
    const mapName = [asset.info.related?.sourceMap ?? []].flat()[0];
    const map = mapName ? compilation.getAsset(mapName)?.source.source().toString() : undefined;
    return { path: join(outputPath, asset.name), contents: asset.source.buffer(), ...(map ? { map } : {}) };
  });
}

function webpackError(compiler: WebpackCompiler, text: string, file: string): Error {
  const ErrorClass = compiler.webpack.WebpackError ?? Error;
  const error = new ErrorClass(text) as Error & { file?: string; hideStack?: boolean };
  error.file = file;
  error.hideStack = true;
  return error;
}

function hookWebpackCompiler(check: BuildCheck, compiler: WebpackCompiler, bundler: string): void {
  const root = check.root(compiler.context);
  const environment = webpackEnvironment(compiler);
  const checkInlined = async () => {
    const verdict = await check.inlined(root, webpackInlinedValues(compiler), bundler, environment);
    if (verdict.errors.length) throw verdictError(verdict);
  };
  compiler.hooks.beforeRun.tapPromise(PLUGIN_NAME, checkInlined);
  compiler.hooks.watchRun.tapPromise(PLUGIN_NAME, checkInlined);
  const failed = new WeakSet<WebpackCompilation>();
  compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
    const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
    compilation.hooks.processAssets.tapPromise({ name: PLUGIN_NAME, stage }, async () => {
      const outputPath = compiler.options.output.path ?? join(root, 'dist');
      const verdict = await check.output(root, webpackFiles(compilation, outputPath), environment, compilation.fileDependencies);
      for (const warning of verdict.warnings) compilation.warnings.push(webpackError(compiler, warning.text, warning.file));
      for (const error of verdict.errors) compilation.errors.push(webpackError(compiler, error.text, error.file));
      if (verdict.errors.length) failed.add(compilation);
    });
  });
  // A failed check writes nothing, whatever `optimization.emitOnErrors` says: no partial output.
  compiler.hooks.shouldEmit.tap(PLUGIN_NAME, (compilation) => (failed.has(compilation) ? false : undefined));
}

// ---- esbuild: onEnd sees outputFiles only with write: false, so the plugin asks for it and writes after the check.

interface EsbuildOutputFile {
  path: string;
  contents: Uint8Array;
}
interface EsbuildResult {
  errors: unknown[];
  outputFiles?: EsbuildOutputFile[];
  metafile?: { inputs: Record<string, unknown> };
}
interface EsbuildBuild {
  initialOptions: { write?: boolean; metafile?: boolean; platform?: string; define?: Record<string, string>; absWorkingDir?: string; logLevel?: string; color?: boolean };
  esbuild: { formatMessages(messages: EsbuildMessage[], options: { kind: 'error' | 'warning'; color?: boolean }): Promise<string[]> };
  onStart(fn: () => Promise<{ errors?: EsbuildMessage[] } | undefined>): void;
  onEnd(fn: (result: EsbuildResult) => Promise<{ errors?: EsbuildMessage[]; warnings?: EsbuildMessage[] } | undefined>): void;
}
interface EsbuildMessage {
  text: string;
  location?: { file: string; line: number; column: number; lineText: string } | null;
}

export const esbuildEnvironment = (platform: string | undefined): BuildEnvironment | undefined =>
  platform === 'node' ? 'server' : platform === 'neutral' ? undefined : 'client';

/** esbuild's location: 0-based column; lineText left empty so esbuild prints no line holding the key. */
const esbuildMessages = (messages: PluginVerdict['errors']): EsbuildMessage[] =>
  messages.map((m) => ({ text: m.text, location: { file: m.file, line: m.line, column: m.column - 1, lineText: '' } }));

/**
 * esbuild logs the messages of onStart but not those onEnd returns (they reach only the rejected
 * build's error), and scripts often end in `.catch(() => process.exit(1))`: print them as esbuild would.
 */
async function logToEsbuildConsole(build: EsbuildBuild, result: { errors?: EsbuildMessage[]; warnings?: EsbuildMessage[] }) {
  const level = build.initialOptions.logLevel ?? 'warning';
  if (level === 'silent') return;
  const color = build.initialOptions.color ?? false;
  const errors = await build.esbuild.formatMessages(result.errors ?? [], { kind: 'error', color });
  const warnings = level === 'error' ? [] : await build.esbuild.formatMessages(result.warnings ?? [], { kind: 'warning', color });
  for (const text of [...warnings, ...errors]) process.stderr.write(text);
}

function setUpEsbuild(check: BuildCheck, build: EsbuildBuild): void {
  const options = build.initialOptions;
  const root = check.root(options.absWorkingDir);
  const environment = esbuildEnvironment(options.platform);
  const writes = options.write !== false;
  const wantsMetafile = options.metafile === true;
  options.write = false;
  options.metafile = true; // its inputs are the sources whose allow comments count
  build.onStart(async () => {
    const defined = Object.entries(options.define ?? {}).map(([name, value]) => ({ name: `define:${name}`, value }));
    const verdict = await check.inlined(root, defined, 'esbuild', environment);
    return verdict.errors.length ? { errors: esbuildMessages(verdict.errors) } : undefined;
  });
  build.onEnd(async (result) => {
    if (result.errors.length) return undefined;
    const outputs = result.outputFiles ?? [];
    const sources = Object.keys(result.metafile?.inputs ?? {}).map((input) => resolve(root, input));
    const files = outputs.map((file) => ({ path: file.path, contents: file.contents }));
    const verdict = await check.output(root, files, environment, sources);
    if (!wantsMetafile) delete result.metafile;
    const messages = { errors: esbuildMessages(verdict.errors), warnings: esbuildMessages(verdict.warnings) };
    await logToEsbuildConsole(build, messages);
    if (verdict.errors.length) return messages;
    if (writes) {
      await Promise.all(outputs.map(async (file) => {
        await mkdir(dirname(file.path), { recursive: true });
        await writeFile(file.path, file.contents);
      }));
      delete result.outputFiles;
    }
    return { warnings: messages.warnings };
  });
}

/** The plugin for every bundler unplugin supports; `caibo-scan/vite`, `/webpack`, ... export its faces. */
export const caiboScan = createUnplugin<CaiboScanOptions | undefined>((options = {}) => {
  const check = new BuildCheck(options);
  let vite: ViteConfig | undefined;

  /** Rollup's and Vite's generateBundle: `this.environment` is Vite's (6+); plain Rollup leaves it to the paths. */
  async function generateBundle(this: RollupContext, output: { dir?: string; file?: string }, bundle: Record<string, RollupOutputItem>) {
    const root = check.root(vite?.root);
    const outDir = resolve(root, output.dir ?? dirname(output.file ?? 'dist/index.js'));
    const consumer = this.environment?.config?.consumer ?? (vite ? (vite.build.ssr ? 'server' : 'client') : undefined);
    const { files, modules } = rollupFiles(outDir, bundle);
    reportToRollup(this, await check.output(root, files, consumer, modules));
  }

  return {
    name: PLUGIN_NAME,
    rollup: { generateBundle },
    rolldown: { generateBundle } as never,
    vite: {
      async configResolved(config: ViteConfig) {
        vite = config;
        const environment = config.build.ssr ? 'server' : 'client';
        const verdict = await check.inlined(check.root(config.root), viteInlinedValues(config), 'Vite', environment);
        // The dev server only warns: nothing is deployed from it.
        if (config.command === 'serve') for (const message of [...verdict.errors, ...verdict.warnings]) config.logger.warn(message.text);
        else if (verdict.errors.length) throw verdictError(verdict);
      },
      generateBundle,
      async transform(this: RollupContext, code: string, id: string, transformOptions?: { ssr?: boolean }) {
        if (vite?.command !== 'serve') return;
        const consumer = this.environment?.config?.consumer ?? (transformOptions?.ssr ? 'server' : 'client');
        if (consumer !== 'client') return;
        const root = check.root(vite.root);
        const verdict = await check.output(root, [{ path: id.replace(/\?.*$/, ''), contents: code }], 'client', []);
        for (const message of [...verdict.errors, ...verdict.warnings]) vite.logger.warn(`${message.text}\n  (dev server: a warning only; \`vite build\` fails on it)`);
      },
    } as never,
    webpack: (compiler) => hookWebpackCompiler(check, compiler as unknown as WebpackCompiler, 'webpack'),
    rspack: (compiler) => hookWebpackCompiler(check, compiler as unknown as WebpackCompiler, 'rspack'),
    esbuild: { setup: (build) => setUpEsbuild(check, build as unknown as EsbuildBuild) },
  };
});
