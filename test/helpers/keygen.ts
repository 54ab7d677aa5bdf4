import { randomInt } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
// Assembled at run time so this repository never holds a key-shaped literal.
export const LIVE_PREFIX = ['caibo', 'live', 'sk', ''].join('_');
export const TEST_PREFIX = ['caibo', 'test', 'sk', ''].join('_');

/** A random body that no placeholder rule could mistake for documentation. */
export function randomBody(length = 32): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < length; i += 1) body += ALNUM[randomInt(ALNUM.length)];
    if (!/(.)\1\1/.test(body) && !/your|here|fake|xxxx|dummy|example|sample|secret|mykey/i.test(body)) return body;
  }
}

export const liveKey = (length = 32) => LIVE_PREFIX + randomBody(length);
export const testKey = (length = 32) => TEST_PREFIX + randomBody(length);

/** Expands rule-file examples: {{live}}, {{test}}, {{body:N}}. Returns the text and the keys it holds. */
export function expandExample(template: string): { text: string; keys: string[] } {
  const keys: string[] = [];
  const text = template.replace(/\{\{(live|test|body:(\d+))\}\}/g, (_, kind: string, length?: string) => {
    if (kind === 'live') return keys[keys.push(liveKey()) - 1]!;
    if (kind === 'test') return keys[keys.push(testKey()) - 1]!;
    return randomBody(Number(length));
  });
  return { text, keys };
}
