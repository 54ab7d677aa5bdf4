import { sha256 } from '../sha256.js';
import type { ContextId, KeyType, RuleSpec } from '../types.js';
import type { Ruleset } from './load.js';

/** The most specific rule for a key type among the contexts it sits in, by the precedence in rules/. */
export function decide(ruleset: Ruleset, keyType: KeyType, contexts: readonly ContextId[]): RuleSpec {
  const context = ruleset.contextPrecedence.find((c) => contexts.includes(c)) ?? 'default';
  return ruleset.ruleFor(keyType, context);
}

/**
 * Stable across line moves, rebases and operating systems: rule, POSIX path and a hash of the key,
 * never a line number or a commit. SHA-256 over all three, so it cannot be reversed into the key
 * nor even tell that two files hold the same key.
 */
export function fingerprint(ruleId: string, path: string, secretHash: string): string {
  return sha256(`${ruleId}\0${path}\0${secretHash}`).slice(0, 32);
}
