#!/usr/bin/env node
// caibo-scan against its floors (ripgrep, git, bare node) and its peer (secretlint), same machine, same run.
// Usage: npm run bench [-- --quick] [-- --json FILE] [-- --runs N] [-- --only NAME,...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, homedir, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildTree, ensureCorpus, historyRepo, sourceTree, stagedRepo } from './corpus.mjs';
import { NPM_BUNDLES, NPM_BUNDLES_QUICK, npmBundles, npmBundlesParams } from './corpus-npm.mjs';
import { realHistoryRepo, VERSIONS } from './corpus-history-real.mjs';
import { STAGED_REAL_PACKAGES, stagedRealRepo } from './corpus-staged-real.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CAIBO_BENCH_CORPUS lets the smoke test build its corpora in a temp folder.
const CORPUS = process.env.CAIBO_BENCH_CORPUS ?? join(ROOT, 'bench', '.corpus');
const MB = 1024 * 1024;
const SEED = 0xca1b0;
// The same regex for every tool: what the two bundled rules match (prefix, 16+ alphanumerics, word edges).
const KEY_REGEX = String.raw`\bcaibo_(?:live|test)_sk_[A-Za-z0-9]{16,}\b`;
// The same regex for ripgrep: `\b` is an ASCII word edge in JavaScript (caibo-scan's rules, secretlint)
// but Unicode-aware in ripgrep, whose DFA then gives up on non-ASCII text: on the npm bundles that
// alone made ripgrep 4-5x slower (0.45-0.8 s against 0.11-0.13 s, the same 4 matches). Every rg row gets it.
const RG_KEY_REGEX = KEY_REGEX.replaceAll(String.raw`\b`, String.raw`(?-u:\b)`);

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    runs: { type: 'string' },
    only: { type: 'string' },
  },
});
const quick = flags.quick;
const RUNS = Number(flags.runs ?? (quick ? 1 : 5));
const SLOW_MS = 5000;

// NODE_EXTRA_CA_CERTS makes node read a CA bundle at start-up (~85 ms here): no timed process gets it.
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || undefined;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const RG = which('rg');

/**
 * secretlint 13 wants Node 22 while caibo-scan supports Node 20.19: as a dev dependency it made
 * `npm install` print 55 engine warnings for everyone. Only the bench runs it, so the bench installs
 * it, pinned, into a cache folder (the way .ci/run caches the SARIF validator).
 */
const SECRETLINT_VERSION = '13.0.6';
const TOOLS_CACHE = join(process.env.CAIBO_CI_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'caibo-scan-ci'), `secretlint-${SECRETLINT_VERSION}`);

function ensureDevDependencies() {
  const secretlint = join(TOOLS_CACHE, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  const built = join(ROOT, 'dist', 'bin.js');
  if (!existsSync(secretlint) || !existsSync(join(TOOLS_CACHE, 'node_modules', '@secretlint', 'secretlint-rule-pattern'))) {
    console.error(`bench: installing secretlint ${SECRETLINT_VERSION} into ${TOOLS_CACHE}`);
    mkdirSync(TOOLS_CACHE, { recursive: true });
    const packages = [`secretlint@${SECRETLINT_VERSION}`, `@secretlint/secretlint-rule-pattern@${SECRETLINT_VERSION}`];
    spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', TOOLS_CACHE, ...packages], { stdio: 'inherit' });
  }
  if (!existsSync(built)) {
    console.error('bench: building caibo-scan (npm run build)');
    spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  return { secretlint: existsSync(secretlint) ? secretlint : undefined, caibo: built };
}

/**
 * One timed run. Every stage of a pipeline runs under its own `/usr/bin/time -f %M`, and the peaks are
 * summed: the stages of a pipe are alive together, and a process's own peak includes its reaped children.
 */
function runOnce(command, captureOutput = false) {
  const rssFiles = command.stages.map((_, i) => join(tmpdir(), `caibo-bench-${process.pid}-${i}.rss`));
  const wrap = (argv, i) => (TIME ? [TIME, '-q', '-f', '%M', '-o', rssFiles[i], ...argv] : argv);
  const quote = (arg) => `'${arg.replaceAll("'", "'\\''")}'`;
  const [file, ...args] =
    command.stages.length === 1
      ? wrap(command.stages[0], 0)
      : ['bash', '-c', `set -o pipefail; ${command.stages.map((s, i) => wrap(s, i).map(quote).join(' ')).join(' | ')}`];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, args, {
    cwd: command.cwd,
    env,
    stdio: ['ignore', captureOutput ? 'pipe' : 'ignore', 'pipe'],
    // secretlint's JSON repeats every file's content: 336 MB on the npm bundles.
    maxBuffer: 1024 * MB,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rssKb = TIME ? rssFiles.reduce((sum, f) => sum + Number(readFileSync(f, 'utf8').trim().split('\n').pop()), 0) : NaN;
  for (const f of rssFiles) rmSync(f, { force: true });
  return { ms, rssKb, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A run that checks the tool works and counts what it found (it also warms the page cache). */
function check(command) {
  const result = runOnce(command, true);
  if (!command.okStatus.includes(result.status)) {
    throw new Error(`${command.tool} exited ${result.status} on ${command.corpus}: ${result.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
  }
  // Peers slower than SLOW_MS get 3 runs, this one the first, and no warm-up: their ratio is large
  // anyway, the machine is shared, and CI time is not free (secretlint takes 8-20 s a run on the npm bundles).
  // Never caibo-scan: it runs first on each corpus, so this run may read the corpus from disk (the
  // machine's memory reclaim evicts idle page cache: a 37 s and a 55 s first run were seen).
  const slow = !command.tool.startsWith('caibo-scan') && result.ms > SLOW_MS;
  const samples = slow ? [{ ms: result.ms, rssKb: result.rssKb }] : [];
  return { ...command, found: command.count(result.stdout), runs: slow ? Math.min(RUNS, 3) : RUNS, warmUp: !slow, samples };
}

/**
 * Times the tools of one corpus in interleaved rounds (A B C, A B C, ...) after a warm-up round, so
 * load from other processes on a shared machine falls on every tool alike rather than on one.
 */
function measureCorpus(group) {
  const rows = group.map((command) => {
    console.error(`bench: ${command.corpus}: ${command.tool}`);
    return check(command);
  });
  if (!quick) for (const row of rows) if (row.warmUp) runOnce(row);
  for (let round = 0; round < RUNS; round += 1) {
    for (const row of rows) if (row.samples.length < row.runs) row.samples.push(runOnce(row));
  }
  return rows.map(({ samples, warmUp, ...row }) => {
    const times = samples.map((s) => s.ms);
    return {
      ...row,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      peakRssMb: Math.max(...samples.map((s) => s.rssKb)) / 1024,
    };
  });
}

const sumCounts = (stdout) => stdout.split('\n').filter(Boolean).reduce((sum, line) => sum + Number(line.split(':').pop()), 0);
const countCaibo = (stdout) => JSON.parse(stdout).findings.length;
const countSecretlint = (stdout) => JSON.parse(stdout).reduce((sum, file) => sum + file.messages.length, 0);

function commands(tools, corpora) {
  const caibo = (args, corpus, cwd) => ({
    tool: ['caibo-scan', ...args.filter((a) => ['history', 'staged', '--version'].includes(a))].join(' '),
    corpus,
    cwd,
    stages: [[process.execPath, tools.caibo, ...args]],
    okStatus: [0, 1],
    count: args.includes('--version') ? () => '' : countCaibo,
    isSubject: true,
  });
  const rg = (corpus, cwd) => ({
    tool: 'ripgrep',
    corpus,
    cwd,
    stages: [[RG, '-uuu', '--count-matches', '-e', RG_KEY_REGEX, '.']],
    okStatus: [0, 1],
    count: sumCounts,
  });
  const secretlint = (corpus, cwd) => ({
    tool: 'secretlint',
    corpus,
    cwd,
    stages: [[process.execPath, tools.secretlint, '**/*', '--no-gitignore', '--format', 'json', '--secretlintrc', join(CORPUS, 'secretlintrc.json')]],
    okStatus: [0, 1],
    count: countSecretlint,
  });
  // Bare start-up of the node that runs caibo-scan: the floor for `staged` and `--version`.
  const bareNode = (corpus, cwd) => ({ tool: 'node -e ""', corpus, cwd, stages: [[process.execPath, '-e', '']], okStatus: [0], count: () => '' });
  const list = [];
  const filesScan = ['.', '--no-config', '--format', 'json', '--fail-on', 'none'];
  for (const { name, dir, threadSweep } of corpora.files) {
    list.push(caibo(filesScan, name, dir));
    // The default is a thread per core (up to 8): one and two threads show what the second core buys.
    if (threadSweep) for (const threads of ['1', '2']) list.push({ ...caibo([...filesScan, '--threads', threads], name, dir), tool: `caibo-scan --threads ${threads}`, isSubject: false });
    if (RG) list.push(rg(name, dir));
    if (tools.secretlint) list.push(secretlint(name, dir));
  }
  const { history, staged } = corpora;
  list.push(caibo(['history', '.', '--no-config', '--format', 'json', '--fail-on', 'none'], history.name, history.dir));
  if (RG) {
    const search = [RG, '-a', '-c', '-e', RG_KEY_REGEX];
    list.push({ tool: 'git log -p --all | rg', corpus: history.name, cwd: history.dir, stages: [['git', 'log', '-p', '--all'], search], okStatus: [0, 1], count: sumCounts });
    list.push({
      tool: 'git cat-file --batch | rg -a',
      corpus: history.name,
      cwd: history.dir,
      stages: [['git', 'cat-file', '--batch-all-objects', '--batch'], search],
      okStatus: [0, 1],
      count: sumCounts,
    });
  }
  // A 1,000-commit push, as pre-receive scans it (a range; the hook's stdin plumbing aside): against
  // git's own patch output of the same commits, searched by ripgrep.
  const total = Number(spawnSync('git', ['rev-list', '--count', 'HEAD'], { cwd: history.dir, encoding: 'utf8' }).stdout);
  const pushed = `HEAD~${Math.min(1000, total - 1)}..HEAD`;
  const push = `${history.name}-push${Math.min(1000, total - 1)}`;
  list.push({ ...caibo(['history', '.', '--range', pushed, '--no-config', '--format', 'json', '--fail-on', 'none'], push, history.dir), tool: 'caibo-scan history --range' });
  if (RG) {
    list.push({ tool: 'git log -p -U0 RANGE | rg', corpus: push, cwd: history.dir, stages: [['git', 'log', '-p', '-U0', pushed], [RG, '-a', '-c', '-e', RG_KEY_REGEX]], okStatus: [0, 1], count: () => '' });
  }
  // A long pull request over a real repository's history (issue 17): against git's own patch output of
  // the same commits, with and without context lines, searched by ripgrep.
  const { historyReal } = corpora;
  const pullRequest = `HEAD~${historyReal.info.rangeCommits}..HEAD`;
  list.push({ ...caibo(['history', '.', '--range', pullRequest, '--no-config', '--format', 'json', '--fail-on', 'none'], historyReal.name, historyReal.dir), tool: 'caibo-scan history --range' });
  if (RG) {
    const search = [RG, '-a', '-c', '-e', RG_KEY_REGEX];
    list.push({ tool: 'git log -p RANGE | rg', corpus: historyReal.name, cwd: historyReal.dir, stages: [['git', 'log', '-p', pullRequest], search], okStatus: [0, 1], count: sumCounts });
    list.push({ tool: 'git log -p -U0 RANGE | rg', corpus: historyReal.name, cwd: historyReal.dir, stages: [['git', 'log', '-p', '-U0', pullRequest], search], okStatus: [0, 1], count: sumCounts });
  }
  list.push(caibo(['staged', '--no-config', '--format', 'json', '--fail-on', 'none'], staged.name, staged.dir));
  // What the pre-commit hook runs: pre-commit appends the staged file names.
  const stagedFiles = spawnSync('git', ['diff', '--cached', '--name-only', '-z'], { cwd: staged.dir, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  const hook = `${staged.name}-hook`;
  list.push({ ...caibo(['staged', '--no-config', '--format', 'json', '--fail-on', 'none', ...stagedFiles], hook, staged.dir), tool: 'caibo-scan staged FILE...' });
  list.push(bareNode(hook, staged.dir));
  list.push(bareNode(staged.name, staged.dir));
  list.push({ tool: 'git diff --cached', corpus: staged.name, cwd: staged.dir, stages: [['git', 'diff', '--cached']], okStatus: [0], count: () => '' });
  // A 1,000-file commit of a real repository, against git's own patch of the same index.
  const { stagedReal } = corpora;
  list.push(caibo(['staged', '--no-config', '--format', 'json', '--fail-on', 'none'], stagedReal.name, stagedReal.dir));
  list.push({ tool: 'git diff --cached -p -U0', corpus: stagedReal.name, cwd: stagedReal.dir, stages: [['git', 'diff', '--cached', '-p', '-U0']], okStatus: [0], count: () => '' });
  list.push(bareNode(stagedReal.name, stagedReal.dir));
  list.push(caibo(['--version'], 'startup', ROOT));
  list.push(bareNode('startup', ROOT));
  return list;
}

function prepareCorpora() {
  const scale = quick ? 0.01 : 1;
  mkdirSync(CORPUS, { recursive: true });
  writeFileSync(
    join(CORPUS, 'secretlintrc.json'),
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-pattern', options: { patterns: [{ name: 'caibo key', patterns: [`/${KEY_REGEX}/`] }] } }] }),
  );
  const made = (name, build, params) => {
    const dir = join(CORPUS, name);
    const started = performance.now();
    console.error(`bench: corpus ${name}...`);
    const info = ensureCorpus(dir, () => build(dir), params);
    console.error(`bench: corpus ${name} ready (${JSON.stringify(info)}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return { name, dir, info };
  };
  const size = (bytes) => (bytes >= MB ? `${Math.round(bytes / MB)}MB` : `${Math.round(bytes / 1024)}KB`);
  const sourceBytes = Math.round(200 * MB * scale);
  const buildBytes = Math.round(120 * MB * scale);
  // The source tree twice, at a tenth and at full size: peak RSS must not grow with the tree.
  const files = [sourceBytes / 10, sourceBytes].map((bytes) =>
    made(`source-${size(bytes)}`, (dir) => sourceTree(dir, bytes, SEED), { bytes, seed: SEED }),
  );
  files.push(made(`build-${size(buildBytes)}`, (dir) => buildTree(dir, buildBytes, SEED + 1), { bytes: buildBytes, seed: SEED + 1 }));
  // Real published bundles (npm pack, pinned versions); the quick run takes one small package.
  const npm = quick ? NPM_BUNDLES_QUICK : NPM_BUNDLES;
  const bundles = made(npm.name, (dir) => npmBundles(dir, npm.packages, SEED + 4), npmBundlesParams(npm.packages, SEED + 4));
  files.push(bundles);
  // The --threads sweep: on the full-size source tree and on the real bundles.
  for (const corpus of [files[1], bundles]) corpus.threadSweep = true;
  const commitCount = quick ? 200 : 5000;
  const fileCount = quick ? 2000 : 50_000;
  const history = made(`history-${commitCount}c`, (dir) => historyRepo(dir, commitCount, SEED + 2), { commits: commitCount, seed: SEED + 2 });
  const staged = made(`staged-${fileCount}f`, (dir) => stagedRepo(dir, fileCount, SEED + 3), { files: fileCount, seed: SEED + 3 });
  // typescript-eslint's 8.x releases from the npm registry (see corpus-history-real.mjs); quick: six releases.
  const rangeCommits = quick ? 20 : 775;
  const real = quick ? { versions: VERSIONS.slice(0, 6), baseReleases: 2, rangeCommits, seed: SEED + 4 } : { rangeCommits, seed: SEED + 4 };
  const historyReal = made(`history-real-${rangeCommits}c`, (dir) => realHistoryRepo(dir, real), real);
  // --quick: one of the three projects and a tenth of the edits (the smoke test builds it each time).
  const edits = quick ? 100 : 1000;
  const packages = quick ? STAGED_REAL_PACKAGES.slice(-1) : STAGED_REAL_PACKAGES;
  const stagedReal = made(`staged-real-${edits}e`, (dir) => stagedRealRepo(dir, edits, SEED + 5, packages), { generator: 1, packages, edits, seed: SEED + 5 });
  return { files, history, staged, historyReal, stagedReal };
}

const seconds = (ms) => (Math.abs(ms) >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** Per corpus with a --threads sweep: the one-thread median ÷ the two-thread one (above 1: the second core pays). */
function threadScaling(results) {
  return [...new Set(results.map((r) => r.corpus))].flatMap((corpus) => {
    const [one, two] = ['1', '2'].map((n) => results.find((r) => r.corpus === corpus && r.tool === `caibo-scan --threads ${n}`));
    return one && two ? [{ corpus, threads1Ms: one.medianMs, threads2Ms: two.medianMs, speedup: one.medianMs / two.medianMs }] : [];
  });
}

/** caibo-scan's median divided by each other row's median in the same corpus (below 1: caibo-scan is faster). */
function withRatios(results) {
  const subjects = new Map(results.filter((r) => r.isSubject).map((r) => [r.corpus, r]));
  return results.map((r) => {
    const subject = subjects.get(r.corpus);
    if (r.isSubject || !subject) return r;
    return { ...r, caiboRatio: subject.medianMs / r.medianMs, caiboDeltaMs: subject.medianMs - r.medianMs };
  });
}

function table(rows) {
  const head = ['corpus', 'tool', 'median', 'min..max', 'runs', 'peak RSS', 'found', 'caibo-scan ÷ this', 'caibo-scan − this'];
  // Pipes in tool names are escaped, so the table pastes into Markdown as it is.
  const body = rows.map((r) => [
    r.corpus,
    r.tool.replaceAll('|', '\\|'),
    seconds(r.medianMs),
    `${seconds(r.minMs)}..${seconds(r.maxMs)}`,
    String(r.runs),
    Number.isNaN(r.peakRssMb) ? 'n/a' : `${r.peakRssMb.toFixed(0)} MB`,
    String(r.found),
    r.caiboRatio === undefined ? '' : `${r.caiboRatio.toFixed(2)}x`,
    r.caiboDeltaMs === undefined ? '' : `${r.caiboDeltaMs >= 0 ? '+' : ''}${seconds(r.caiboDeltaMs)}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

const tools = ensureDevDependencies();
if (!RG) console.error('bench: ripgrep not found; its rows are skipped. Install it with: apt-get install -y ripgrep');
if (!tools.secretlint) console.error('bench: secretlint is not installed; its rows are skipped');
if (!TIME) console.error('bench: /usr/bin/time not found; peak RSS is n/a. Install it with: apt-get install -y time');
const corpora = prepareCorpora();
const only = flags.only?.split(',');
const selected = commands(tools, corpora).filter((command) => !only || only.some((o) => command.corpus.startsWith(o)));
const results = [...new Set(selected.map((c) => c.corpus))].flatMap((corpus) => measureCorpus(selected.filter((c) => c.corpus === corpus)));
const rows = withRatios(results);
const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, node ${process.version}`;
console.log(`caibo-scan benchmark (${quick ? 'quick smoke run, not for timing' : `${RUNS} runs after a warm-up`}; ${machine})`);
console.log('NODE_EXTRA_CA_CERTS was unset for every timed process.');
console.log(table(rows));
const scaling = threadScaling(rows);
for (const s of scaling) console.log(`${s.corpus}: caibo-scan --threads 1 ÷ --threads 2 = ${s.speedup.toFixed(2)}x (${seconds(s.threads1Ms)} / ${seconds(s.threads2Ms)})`);
if (flags.json) {
  const data = rows.map(({ stages, count, okStatus, isSubject, ...row }) => ({ ...row, command: stages.map((s) => s.join(' ')).join(' | ') }));
  writeFileSync(resolve(flags.json), `${JSON.stringify({ machine, quick, runs: RUNS, regex: KEY_REGEX, corpora, results: data, threadScaling: scaling }, null, 2)}\n`);
}
