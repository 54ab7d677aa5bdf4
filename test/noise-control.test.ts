import { describe, expect, it } from 'vitest';
import { allowCommentReason } from '../src/filters/allow-comment.js';
import { parseJson, runCli } from './helpers/cli.js';
import { makeTree } from './helpers/fixture.js';
import { LIVE_PREFIX, liveKey } from './helpers/keygen.js';

describe('inline allow comments', () => {
  const cases: Array<[string, (key: string) => string]> = [
    ['// on the same line', (k) => `const key = '${k}'; // caibo-scan:allow\n`],
    ['// on the line above', (k) => `// caibo-scan:allow\nconst key = '${k}';\n`],
    ['# on the same line', (k) => `CAIBO_API_KEY=${k} # caibo-scan:allow\n`],
    ['# on the line above', (k) => `# caibo-scan:allow\nCAIBO_API_KEY=${k}\n`],
    ['<!-- --> on the same line', (k) => `<p data-key="${k}"></p> <!-- caibo-scan:allow -->\n`],
    ['<!-- --> on the line above', (k) => `<!-- caibo-scan:allow -->\n<p data-key="${k}"></p>\n`],
    ['/* */ on the same line, before the key', (k) => `/* caibo-scan:allow */ const key = '${k}';\n`],
    ['/* */ on the line above', (k) => `/* caibo-scan:allow */\nconst key = '${k}';\n`],
    ['JSX {/* */} on the line above', (k) => `{/* caibo-scan:allow */}\n<Pay k="${k}" />\n`],
    ['gitleaks:allow, for teams migrating', (k) => `const key = '${k}'; // gitleaks:allow\n`],
  ];

  it.each(cases)('%s suppresses the finding', async (_, content) => {
    const root = makeTree({ 'server.js': content(liveKey()) });
    const result = await runCli(['.', '--format', 'json'], { cwd: root });
    expect(result.exitCode).toBe(0);
    expect(parseJson(result).findings).toEqual([]);
    expect(parseJson(result).summary).toMatchObject({ suppressed: 1, suppressedBy: { 'allow-comment': 1 } });
  });

  it('does not reach two lines down, nor from one key line to the next', async () => {
    const root = makeTree({
      'far.js': `// caibo-scan:allow\n\nconst key = '${liveKey()}';\n`,
      'next.js': `const a = '${liveKey()}'; // caibo-scan:allow\nconst b = '${liveKey()}';\n`,
    });
    const findings = parseJson(await runCli(['.', '--format', 'json'], { cwd: root })).findings;
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['far.js:3', 'next.js:2']);
  });

  it('shows the reason with --show-suppressed, in JSON and text, and never a key written into it', async () => {
    const key = liveKey();
    const root = makeTree({
      'server.js': `const key = '${key}'; // caibo-scan:allow rotated in 2024, was ${key}\n`,
      'page.html': `<!-- caibo-scan:allow sandbox demo page -->\n<p data-key="${liveKey()}"></p>\n`,
    });
    const json = await runCli(['.', '--format', 'json', '--show-suppressed'], { cwd: root });
    expect(parseJson(json).suppressed).toMatchObject([
      { file: 'page.html', suppressedBy: 'allow-comment', suppressedDetail: 'sandbox demo page' },
      { file: 'server.js', suppressedBy: 'allow-comment', suppressedDetail: 'rotated in 2024, was [key]' },
      // The key pasted into the reason is on the allowed line too.
      { file: 'server.js', suppressedBy: 'allow-comment', suppressedDetail: 'rotated in 2024, was [key]' },
    ]);
    const text = await runCli(['.', '--show-suppressed'], { cwd: root });
    expect(text.stdout).toContain('suppressed: allow-comment (rotated in 2024, was [key])');
    expect(json.stdout + text.stdout).not.toContain(key);
  });

  it('reads the reason up to the comment closer', () => {
    expect(allowCommentReason('/* caibo-scan:allow fixture */ const k = 1;', '')).toBe('fixture');
    expect(allowCommentReason('<!-- gitleaks:allow -->', '')).toBe('');
    expect(allowCommentReason('const k = 1;', 'let j = 2; // caibo-scan:allow')).toBeUndefined();
    expect(allowCommentReason('const k = 1;', '   * caibo-scan:allow docs')).toBe('docs');
  });
});

describe('suppressed findings are counted, never silently dropped', () => {
  it('counts each reason in the JSON summary and the text summary line, and lists them with --show-suppressed', async () => {
    const root = makeTree({
      'docs.md': `Use ${LIVE_PREFIX}1234567890abcdef in the examples.\n`,
      'a.js': `const a = '${liveKey()}'; // caibo-scan:allow\n`,
      'b.js': `// gitleaks:allow\nconst b = '${liveKey()}';\n`,
      'c.js': `const c = '${liveKey()}';\n`,
    });
    const json = parseJson(await runCli(['.', '--format', 'json'], { cwd: root }));
    expect(json.summary).toMatchObject({ findings: 1, suppressed: 3, suppressedBy: { placeholder: 1, 'allow-comment': 2 } });
    expect(json.suppressed).toBeUndefined();

    const text = await runCli(['.'], { cwd: root });
    expect(text.stdout).toMatch(/3 suppressed \((?=.*1 placeholder)(?=.*2 allow-comment).*\)/);
    expect(text.stdout).not.toContain('a.js');

    const listed = await runCli(['.', '--show-suppressed'], { cwd: root });
    expect(listed.stdout).toContain('a.js');
    expect(listed.stdout).toContain('suppressed: placeholder');
    expect(listed.exitCode).toBe(1);
  });
});
