import { describe, expect, it } from 'vitest';
import { parseJson, runBin } from './helpers/cli.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

describe('built CLI', () => {
  it('finds a live key, exits 1 and never prints it', () => {
    const key = liveKey();
    const root = makeTree({ 'server.js': `const key = '${key}';\n` });
    const result = runBin(['.', '--format', 'json'], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings).toMatchObject([{ ruleId: 'caibo-live-key', file: 'server.js', line: 1, column: 14 }]);
    expect(result.stdout + result.stderr).not.toContain(key);
  });
});
