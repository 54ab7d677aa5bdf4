import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../src/ruleset/load.js';

// Merchant-facing remediation follows Caibo's API-keys page (/work/shared/caibo-docs-api-keys.md):
// regenerate in Control Panel → Profile Settings → the key icon; the old key stops immediately and the
// new one is shown once, so integrations are readied first; browsers get 15-minute session tokens.
const rules = loadRuleset().rules;
const acting = rules.filter((r) => r.context !== 'local-env');

describe('remediation text per rule', () => {
  it.each(acting.map((r) => [r.id, r]))('%s: rotate through the Control Panel, readying integrations first, then purge', (_, rule) => {
    const help = rule.help.join('\n');
    expect(help).toMatch(/Control Panel → Profile Settings → the key icon \(🔑\) next to the API key → confirm/);
    expect(help).toMatch(/stops (the old key )?(immediately|at once)/);
    expect(help).toMatch(/shown only once/);
    expect(rule.remediation).toMatch(/Control Panel \(Profile Settings → the key icon → confirm\)/);
    const regenerate = rule.help.findIndex((s) => s.includes('key icon'));
    const purge = rule.help.findIndex((s) => s.includes('--purge-plan'));
    expect(purge).toBe(rule.help.length - 1);
    expect(regenerate).toBeLessThan(purge);
    if (rule.keyType === 'live') {
      expect(rule.help.findIndex((s) => /^Prepare first/.test(s))).toBeLessThan(regenerate);
      expect(rule.remediation).toMatch(/once every integration is ready/);
    }
  });

  it.each(acting.filter((r) => ['client-bundle', 'exposed-env-var', 'url'].includes(r.context)).map((r) => [r.id, r]))(
    '%s: browsers get a 15-minute checkout session token instead of a key',
    (_, rule) => {
      expect(rule.help.join('\n')).toMatch(/checkout session token \(POST \/payment-requests\/\{id\}\/checkout-session.*valid 15 minutes/);
      expect(rule.remediation).toMatch(/15-minute checkout session token/);
    },
  );

  it('local .env files that stay ignored need no action', () => {
    for (const rule of rules.filter((r) => r.context === 'local-env')) expect(rule.remediation).toMatch(/^No action needed/);
  });
});
