import type { PlaceholderSpec } from '../ruleset/schema.js';
import type { Candidate } from '../types.js';

/** Words shorter than this count only at the body's start or end, so random keys are not mistaken. */
const MIN_ANYWHERE_WORD = 6;

function longestRun(body: string, step: (a: number, b: number) => boolean): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < body.length; i += 1) {
    run = step(body.charCodeAt(i - 1), body.charCodeAt(i)) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

function wordIn(body: string, words: readonly string[]): string | undefined {
  for (const word of words) {
    for (const form of [word, word.toUpperCase(), capitalised(word)]) {
      const at = body.indexOf(form);
      if (at === -1) continue;
      const anywhere = word.length >= MIN_ANYWHERE_WORD;
      if (anywhere || body.startsWith(form) || body.endsWith(form)) return word;
    }
  }
  return undefined;
}

/**
 * Why a key-shaped token is a documentation placeholder rather than a key (undefined: it is a key).
 * Random 16+ character bodies essentially never trip these; test/placeholder.test.ts measures it.
 */
export function placeholderReason(candidate: Candidate, spec: PlaceholderSpec): string | undefined {
  const key = candidate.secret.reveal();
  const body = key.slice(candidate.prefixLength);
  if (spec.exactBodies.includes(body)) return 'known-example';
  if (longestRun(body, (a, b) => a === b) >= spec.minRepeatedRun) return 'repeated-characters';
  const ascending = longestRun(body, (a, b) => b === a + 1);
  const descending = longestRun(body, (a, b) => b === a - 1);
  if (Math.max(ascending, descending) >= spec.minSequentialRun) return 'sequential-characters';
  if (new Set(body).size < spec.minDistinctChars) return 'low-variety';
  const word = wordIn(body, spec.words);
  if (word) return `word:${word}`;
  const before = candidate.lineText.slice(0, candidate.keyIndexInLine);
  const after = candidate.lineText.slice(candidate.keyIndexInLine + key.length);
  const wrappedInAngles = before.endsWith('<') && after.startsWith('>');
  const templated =
    spec.templateBefore.some((marker) => marker !== '<' && before.endsWith(marker)) ||
    spec.templateAfter.some((marker) => marker !== '>' && after.startsWith(marker));
  if (wrappedInAngles || templated) return 'template';
  return undefined;
}
