import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../src/ruleset/decide.js';
import { parseJson, runCli } from './helpers/cli.js';
import { git, makeRepo, makeTree, writeTree } from './helpers/fixture.js';
import { LIVE_PREFIX } from './helpers/keygen.js';

/**
 * Known answers for what users store: fingerprints live in their baselines, `allow` entries and
 * GitHub's alert history, so a change to the formula (even its separator) silently un-suppresses
 * every accepted finding and reopens every alert. These values were computed once and are pinned;
 * the formula is also recomputed here from the README's words, independently of src/.
 */
const KEY = `${LIVE_PREFIX}Q7tWm2Zp9Kx4Lr8Vb3Nd6HyJc5Fg`; // assembled at run time: no key-shaped literal in the repo
const REDACTED = `${LIVE_PREFIX}Q7tW********`;
const PINNED = {
  serverFile: { ruleId: 'caibo-live-key', path: 'src/pay.js', fingerprint: '33534c31113abcc5d16a0f51c3521ed9' },
  committedEnv: { ruleId: 'caibo-live-key-in-committed-env', path: '.env', fingerprint: '5377421aaddf8a8374b98091328e4e2a' },
};

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** README "json": SHA-256 over rule id, NUL, POSIX path, NUL, hex SHA-256 of the key; the first 32 hex digits. */
const readmeFingerprint = (ruleId: string, path: string, key: string) => sha256(`${ruleId}\0${path}\0${sha256(key)}`).slice(0, 32);

const FIXED_DATE = '2026-05-04T10:12:33+02:00';
const datedEnv = { GIT_AUTHOR_DATE: FIXED_DATE, GIT_COMMITTER_DATE: FIXED_DATE };

describe('fingerprint known answers (README "json" and "Security")', () => {
  it('the README formula gives the pinned values', () => {
    for (const { ruleId, path, fingerprint: pinned } of Object.values(PINNED)) expect(readmeFingerprint(ruleId, path, KEY)).toBe(pinned);
  });

  it('the library computes the pinned values', () => {
    for (const { ruleId, path, fingerprint: pinned } of Object.values(PINNED)) expect(fingerprint(ruleId, path, sha256(KEY))).toBe(pinned);
  });

  it('a files scan reports the pinned fingerprint in JSON, SARIF partialFingerprints and the baseline', async () => {
    const root = makeTree({ 'src/pay.js': `const key = "${KEY}";\n` });
    const { ruleId, path, fingerprint: pinned } = PINNED.serverFile;

    const json = parseJson(await runCli(['.', '--format', 'json', '--no-config'], { cwd: root }));
    expect(json.findings).toMatchObject([{ ruleId, file: path, fingerprint: pinned }]);

    const sarif = JSON.parse((await runCli(['.', '--format', 'sarif', '--no-config'], { cwd: root })).stdout);
    // primaryLocationLineHash: codeql-action's rolling hash of this exact line (test/line-hash.test.ts checks its vectors).
    expect(sarif.runs[0].results[0].partialFingerprints).toEqual({ 'caiboScanSecret/v1': pinned, primaryLocationLineHash: 'a7342c6f39dfb337:1' });

    const baseline = JSON.parse((await runCli(['baseline', '--no-config'], { cwd: root })).stdout);
    expect(baseline).toEqual({ version: 1, findings: [{ fingerprint: pinned, ruleId, file: path }] });
  });

  it('a baseline and an allow entry written with the pinned value keep suppressing the key', async () => {
    const { fingerprint: pinned } = PINNED.serverFile;
    const root = makeTree({
      'src/pay.js': `const key = "${KEY}";\n`,
      'baseline.json': JSON.stringify({ version: 1, findings: [{ fingerprint: pinned, ruleId: 'caibo-live-key', file: 'src/pay.js' }] }),
    });
    const withBaseline = await runCli(['src', '--format', 'json', '--no-config', '--baseline', 'baseline.json', '--show-suppressed'], { cwd: root });
    expect(withBaseline.exitCode).toBe(1); // `src` as the root: the path is pay.js, another fingerprint
    const fromRoot = await runCli(['.', '--format', 'json', '--no-config', '--baseline', 'baseline.json', '--show-suppressed', '--exclude', 'baseline.json'], { cwd: root });
    expect(fromRoot.exitCode).toBe(0);
    expect(parseJson(fromRoot).suppressed).toMatchObject([{ fingerprint: pinned, suppressedBy: 'baseline' }]);

    writeFileSync(join(root, '.caibo-scan.json'), JSON.stringify({ allow: [`^${pinned}$`] }));
    const allowed = await runCli(['.', '--format', 'json', '--show-suppressed'], { cwd: root });
    expect(allowed.exitCode).toBe(0);
    expect(parseJson(allowed).suppressed).toMatchObject([{ fingerprint: pinned, suppressedBy: 'config', suppressedDetail: `^${pinned}$` }]);
  });

  it('history and staged scans give the same file the same fingerprint (git modes never hash a commit or a line in)', async () => {
    const { ruleId, path, fingerprint: pinned } = PINNED.committedEnv;
    const root = makeRepo({ '.env': `CAIBO_API_KEY=${KEY}\n` });
    const history = parseJson(await runCli(['history', '--format', 'json', '--no-config'], { cwd: root }));
    expect(history.findings).toMatchObject([{ ruleId, file: path, fingerprint: pinned }]);

    const fresh = makeRepo({ '.env': `CAIBO_API_KEY=${KEY}\n` }, false);
    git(fresh, 'add', '.env');
    const staged = parseJson(await runCli(['staged', '--format', 'json', '--no-config'], { cwd: fresh }));
    expect(staged.findings).toMatchObject([{ ruleId, file: path, fingerprint: pinned }]);
  });
});

/** A finding exactly as README "json" documents it, in the documented key order. */
const FINDING_KEYS = ['ruleId', 'keyType', 'severity', 'context', 'file', 'line', 'column', 'endLine', 'endColumn', 'commit', 'fingerprint', 'keyId', 'redacted', 'message'];
/** README "Keys, not findings": a key's id is the first 16 hex digits of its SHA-256. */
const KEY_ID = sha256(KEY).slice(0, 16);
const HISTORY_KEYS = [...FINDING_KEYS, 'author', 'email', 'date', 'commitSubject', 'inHead'];

describe('JSON contract in every mode (README "json", "Git: JSON fields")', () => {
  it('history: the introducing commit, its author, date and subject, and inHead; git counts in the summary', async () => {
    const root = makeRepo();
    writeTree(root, { '.env': `CAIBO_API_KEY=${KEY}\n` });
    git(root, 'add', '.env');
    const commit = (message: string) => git(root, 'commit', '-qm', message);
    // A fixed date (git() passes process.env on): the date is a field of the contract.
    Object.assign(process.env, datedEnv);
    try {
      commit('add payment config');
      const added = git(root, 'rev-parse', 'HEAD').trim();
      git(root, 'rm', '-q', '.env');
      commit('remove the key');

      const result = await runCli(['history', '--format', 'json', '--no-config'], { cwd: root });
      expect(result.exitCode).toBe(1);
      const report = JSON.parse(result.stdout);
      expect(Object.keys(report)).toEqual(['version', 'tool', 'mode', 'findings', 'keys', 'skipped', 'warnings', 'summary']);
      expect(report).toMatchObject({ version: 1, mode: 'history', skipped: [], warnings: [] });
      expect(report.findings).toHaveLength(1);
      expect(Object.keys(report.findings[0])).toEqual(HISTORY_KEYS);
      expect(report.findings[0]).toEqual({
        ruleId: 'caibo-live-key-in-committed-env',
        keyType: 'live',
        severity: 'critical',
        context: 'committed-env',
        file: '.env',
        line: 1,
        column: 15,
        endLine: 1,
        endColumn: 15 + KEY.length,
        commit: added,
        fingerprint: PINNED.committedEnv.fingerprint,
        keyId: KEY_ID,
        redacted: REDACTED,
        message: `Caibo live API key in a committed .env file: ${REDACTED}`,
        author: 'Ada Dev',
        email: 'ada@example.com',
        date: FIXED_DATE,
        commitSubject: 'add payment config',
        inHead: false,
      });
      expect(Object.keys(report.summary)).toEqual([
        'filesScanned', 'bytesScanned', 'filesSkipped', 'findings', 'keys', 'bySeverity', 'suppressed', 'suppressedBy',
        'commits', 'refs', 'uniqueBlobs', 'failOn', 'durationMs',
      ]);
      const removed = git(root, 'rev-parse', 'HEAD').trim();
      const commitOf = (sha: string, subject: string) => ({ commit: sha, author: 'Ada Dev', email: 'ada@example.com', date: FIXED_DATE, subject });
      expect(report.keys).toEqual([
        {
          id: KEY_ID,
          keyType: 'live',
          severity: 'critical',
          ruleId: 'caibo-live-key-in-committed-env',
          context: 'committed-env',
          redacted: REDACTED,
          locations: [{ file: '.env', line: 1, column: 15, commit: added, ruleId: 'caibo-live-key-in-committed-env', severity: 'critical', context: 'committed-env', inHead: false }],
          firstSeen: commitOf(added, 'add payment config'),
          lastSeen: commitOf(added, 'add payment config'),
          removed: commitOf(removed, 'remove the key'),
          refs: ['refs/heads/main'],
          tipRefs: [],
          tags: [],
          reachedTag: false,
          where: 'only in history of refs main',
        },
      ]);
      expect(report.summary).toEqual({
        filesScanned: 1,
        bytesScanned: `CAIBO_API_KEY=${KEY}\n`.length,
        filesSkipped: 0,
        findings: 1,
        keys: { live: 1, test: 0 },
        bySeverity: { critical: 1, high: 0, medium: 0, low: 0 },
        suppressed: 0,
        suppressedBy: {},
        commits: 2,
        refs: 1,
        uniqueBlobs: 1,
        failOn: 'high',
        durationMs: expect.any(Number),
      });
    } finally {
      delete process.env.GIT_AUTHOR_DATE;
      delete process.env.GIT_COMMITTER_DATE;
    }
  });

  it('staged: the files-mode fields, commit null, mode "staged"; keys not added are suppressed entries', async () => {
    const root = makeRepo({ 'config.js': `const old = "${KEY}";\n` });
    writeTree(root, { 'config.js': `const old = "${KEY}";\nconst fresh = "${KEY}";\n` });
    git(root, 'add', 'config.js');
    const result = await runCli(['staged', '--format', 'json', '--no-config', '--show-suppressed'], { cwd: root });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['version', 'tool', 'mode', 'findings', 'suppressed', 'keys', 'skipped', 'warnings', 'summary']);
    expect(report.mode).toBe('staged');
    const common = {
      ruleId: 'caibo-live-key',
      keyType: 'live',
      severity: 'high',
      context: 'default',
      file: 'config.js',
      endLine: expect.any(Number),
      commit: null,
      fingerprint: readmeFingerprint('caibo-live-key', 'config.js', KEY),
      keyId: KEY_ID,
      redacted: REDACTED,
      message: `Caibo live API key in source code: ${REDACTED}`,
    };
    expect(report.findings.map((f: object) => Object.keys(f))).toEqual([FINDING_KEYS]);
    expect(report.findings[0]).toEqual({ ...common, line: 2, column: 16, endLine: 2, endColumn: 16 + KEY.length });
    expect(report.suppressed.map((f: object) => Object.keys(f))).toEqual([[...FINDING_KEYS, 'suppressedBy']]);
    expect(report.suppressed[0]).toEqual({ ...common, line: 1, column: 14, endLine: 1, endColumn: 14 + KEY.length, suppressedBy: 'not-added' });
    expect(report.summary).toMatchObject({ findings: 1, suppressed: 1, suppressedBy: { 'not-added': 1 } });
    expect(report.summary.commits).toBeUndefined();
  });

  it('files: every suppression reason as a `suppressed` entry, field by field, in the documented order', async () => {
    const allowed = `${LIVE_PREFIX}Hq3Rv8Tn2Wc6Jd9Kf4Lp7Mz`;
    const inConfig = `${LIVE_PREFIX}Bx5Nq2Wr8Ty4Uj7Ik3Ol9Pz`;
    const inBaseline = `${LIVE_PREFIX}Vd6Fg2Hj8Kl3Zx9Cv4Bn7Mq`;
    const local = `${LIVE_PREFIX}Rt5Yu2Io8Pa3Sd9Fg4Hj7Kw`;
    const root = makeRepo({
      '.gitignore': '.env\nbaseline.json\n',
      'docs.md': `${LIVE_PREFIX}1234567890abcdef\n`,
      'a.js': `const a = "${allowed}"; // caibo-scan:allow shared sandbox\n`,
      'vendor/b.js': `const b = "${inConfig}";\n`,
      'c.js': `const c = "${inBaseline}";\n`,
      '.caibo-scan.json': JSON.stringify({ allow: ['^vendor/'] }),
    });
    writeTree(root, {
      '.env': `CAIBO_API_KEY=${local}\n`,
      'baseline.json': JSON.stringify({ version: 1, findings: [{ fingerprint: readmeFingerprint('caibo-live-key', 'c.js', inBaseline), ruleId: 'caibo-live-key', file: 'c.js' }] }),
    });
    const result = await runCli(['.', '--format', 'json', '--show-suppressed', '--baseline', 'baseline.json'], { cwd: root });
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([]);
    const entry = (key: string, file: string, line: number, column: number, extra: Record<string, string>, rule = { ruleId: 'caibo-live-key', context: 'default', severity: 'high', title: 'Caibo live API key in source code' }) => {
      const redacted = `${key.slice(0, LIVE_PREFIX.length + (key.length - LIVE_PREFIX.length >= 20 ? 4 : 2))}********`;
      return {
        ruleId: rule.ruleId,
        keyType: 'live',
        severity: rule.severity,
        context: rule.context,
        file,
        line,
        column,
        endLine: line,
        endColumn: column + key.length,
        commit: null,
        fingerprint: readmeFingerprint(rule.ruleId, file, key),
        keyId: sha256(key).slice(0, 16),
        redacted,
        message: `${rule.title}: ${redacted}`,
        ...extra,
      };
    };
    const localEnvRule = { ruleId: 'caibo-live-key-in-local-env', context: 'local-env', severity: 'low', title: 'Caibo live API key in a local, gitignored .env file' };
    expect(report.suppressed).toEqual([
      entry(local, '.env', 1, 15, { suppressedBy: 'local-env' }, localEnvRule),
      entry(allowed, 'a.js', 1, 12, { suppressedBy: 'allow-comment', suppressedDetail: 'shared sandbox' }),
      entry(inBaseline, 'c.js', 1, 12, { suppressedBy: 'baseline' }),
      entry(`${LIVE_PREFIX}1234567890abcdef`, 'docs.md', 1, 1, { suppressedBy: 'placeholder', suppressedDetail: 'known-example' }),
      entry(inConfig, 'vendor/b.js', 1, 12, { suppressedBy: 'config', suppressedDetail: '^vendor/' }),
    ]);
    for (const suppressed of report.suppressed) {
      expect(Object.keys(suppressed)).toEqual([...FINDING_KEYS, 'suppressedBy', ...('suppressedDetail' in suppressed ? ['suppressedDetail'] : [])]);
    }
    expect(report.summary).toMatchObject({
      findings: 0,
      suppressed: 5,
      suppressedBy: { 'local-env': 1, 'allow-comment': 1, baseline: 1, placeholder: 1, config: 1 },
    });
  });
});
