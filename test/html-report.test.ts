import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/formatters/html.js';
import { formatters } from '../src/formatters/index.js';
import { scan } from '../src/scan.js';
import { forgeFor } from '../src/report/forge.js';
import { missingChromium, visit } from './helpers/chromium.js';
import { runCli } from './helpers/cli.js';
import { commitFiles, git, makeRepo } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

const HOSTILE_FILE = `<img src=x onerror=alert(1)>"'.js`;
const HOSTILE_SUBJECT = `</title><script>alert('subject')</script><img src="https://evil.example/x.png">`;

/** A repository with two live keys (one in a hostile file name, one committed with a hostile subject) and a test key. */
function leakyRepo() {
  const keys = { first: liveKey(), second: liveKey(), sandbox: testKey() };
  const root = makeRepo({ 'README.md': '# shop\n' });
  git(root, 'remote', 'add', 'origin', 'https://ada:glpat-secret-token@github.com/acme/shop.git');
  commitFiles(root, { [HOSTILE_FILE]: `k = '${keys.first}'\n`, 'server.js': `k = '${keys.first}'\n` }, 'add payments');
  git(root, 'tag', 'v1.0');
  commitFiles(root, { 'pay.js': `k = '${keys.second}'\n`, 'sandbox.js': `k = '${keys.sandbox}'\n` }, HOSTILE_SUBJECT);
  return { root, keys };
}

async function htmlReport(root: string, ...flags: string[]) {
  const result = await runCli(['history', '--format', 'html', '--output', 'report.html', ...flags], { cwd: root });
  // Only the notes every run with --output gives: the failing summary line, and the --show-secrets warning.
  expect(result.stderr.replace(/.*--show-secrets printed raw keys.*\n/, '').replace(/^caibo-scan: \d+ findings .*report written to report\.html\n/m, '')).toBe('');
  return { file: join(root, 'report.html'), html: readFileSync(join(root, 'report.html'), 'utf8'), exitCode: result.exitCode };
}

describe('--format html: the file itself', () => {
  it('is self-contained, escaped, redacted, and links to the forge without credentials', async () => {
    const { root, keys } = leakyRepo();
    const { html, exitCode } = await htmlReport(root);
    expect(exitCode).toBe(1);
    for (const key of Object.values(keys)) expect(html).not.toContain(key);
    expect(html).not.toContain('glpat-secret-token');
    expect(html).not.toMatch(/<script|src=["']?https?:|<link|@import|url\(/i);
    expect(html).toContain(escapeHtml(HOSTILE_FILE));
    expect(html).toContain(escapeHtml(HOSTILE_SUBJECT));
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'">/);
    const commit = git(root, 'rev-parse', 'HEAD').trim();
    expect(html).toContain(`href="https://github.com/acme/shop/commit/${commit}"`);
    expect(html).toContain(`href="https://github.com/acme/shop/blob/${commit}/pay.js#L1"`);
    expect((await htmlReport(root)).html).toBe(html); // deterministic
  });

  it('the library formatter alone (no CLI guard) redacts a key quoted in a commit subject, in every per-key view', async () => {
    const key = liveKey();
    const root = makeRepo({ 'README.md': '# shop\n' });
    commitFiles(root, { 'pay.js': `k = '${key}'\n` }, `add ${key} for now`);
    const report = await scan({ mode: 'history', paths: [root], config: false });
    expect(report.keyHistory?.size).toBe(1);
    for (const format of ['html', 'json', 'sarif', 'text'] as const) {
      const output = formatters[format](report, { color: false, reveal: false, showSuppressed: false, version: 'test' });
      expect(output).toContain('add caibo_live_sk_');
      expect(output).not.toContain(key);
    }
  });

  it('shows raw keys only with --show-secrets', async () => {
    const { root, keys } = leakyRepo();
    const { html } = await htmlReport(root, '--show-secrets');
    expect(html).toContain(keys.first);
  });

  it('recognises GitHub and GitLab remotes only, and never keeps user info', () => {
    const sha = 'a'.repeat(40);
    expect(forgeFor('git@github.com:acme/shop.git')?.commitUrl(sha)).toBe(`https://github.com/acme/shop/commit/${sha}`);
    expect(forgeFor('ssh://git@gitlab.com/group/sub/shop.git')?.fileUrl(sha, 'a b/c#.js', 3)).toBe(
      `https://gitlab.com/group/sub/shop/-/blob/${sha}/a%20b/c%23.js#L3`,
    );
    expect(forgeFor('https://bitbucket.org/acme/shop.git')).toBeUndefined();
    expect(forgeFor('https://github.com/acme/"><script>/x')).toBeUndefined();
    expect(forgeFor('/srv/git/shop.git')).toBeUndefined();
  });
});

describe.skipIf(missingChromium !== '')(`--format html in headless chromium${missingChromium}`, () => {
  it('renders every key card, makes no request, breaks no CSP rule, runs nothing hostile', async () => {
    const { root } = leakyRepo();
    const { file } = await htmlReport(root);
    const json = JSON.parse((await runCli(['history', '--format', 'json'], { cwd: root })).stdout) as { keys: Array<{ id: string }> };
    expect(json.keys).toHaveLength(3);

    await visit(file, async (page) => {
      const seen = await page.evaluate<Record<string, unknown> & { text: string }>(`({
        cards: [...document.querySelectorAll('article.card')].map((card) => card.getAttribute('data-key-id')),
        timelineRows: document.querySelectorAll('#timeline g[data-key-id]').length,
        scripts: document.scripts.length,
        images: document.images.length,
        headline: document.getElementById('headline')?.textContent,
        text: document.body.textContent ?? '',
        // The inline style sheet applied: its CSP hash is right.
        background: getComputedStyle(document.body).backgroundColor,
        title: document.title,
      })`);
      expect(seen.cards).toEqual(json.keys.map((k) => k.id));
      expect(seen.timelineRows).toBe(3);
      expect(seen.scripts).toBe(0);
      expect(seen.images).toBe(0);
      expect(seen.headline).toBe('✖ 2 distinct live keys (rotate now), 1 test key');
      expect(seen.text).toContain(HOSTILE_FILE);
      expect(seen.text).toContain(HOSTILE_SUBJECT);
      expect(seen.background).toBe('rgb(246, 247, 249)');
      expect(seen.title).toBe('caibo-scan report');
      expect(page.requests).toEqual([expect.stringMatching(/^file:\/\/.*report\.html$/)]);
      expect(page.consoleErrors).toEqual([]);
      expect(page.dialogs).toEqual([]);
      await page.screenshot('html-report.png');
    });
  }, 60_000);
});
