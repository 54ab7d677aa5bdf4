/**
 * Why a user regex could make a scan hang, or undefined when it cannot. JavaScript regexes
 * backtrack, and rule files come from the scanned repository's config (a pull request can change
 * them), so shapes with exponential or high polynomial backtracking are rejected at load
 * (issue 7): a repeated group that can match one text two ways (`(a+)+`, `(a|ab)*`, `(a?)+`), a
 * backreference, and more than two unbounded repeats. Matching is also bounded by the detector's
 * window (MAX_KEY_BYTES), so the shapes left are at worst quadratic in a kilobyte.
 * Conservative on purpose: `(?:-[a-z0-9]+)*` is rejected too; write such bodies as a flat class.
 */
export function regexHazard(source: string): string | undefined {
  /** Per open group: does it hold a variable-length repeat or an alternation (can it match one text two ways)? */
  const groups: Array<{ varies: boolean; alternates: boolean }> = [{ varies: false, alternates: false }];
  let unbounded = 0;
  let closedGroup: { varies: boolean; alternates: boolean } | undefined;
  for (let at = 0; at < source.length; at += 1) {
    const char = source[at]!;
    const current = groups[groups.length - 1]!;
    const quantifier = quantifierAt(source, at);
    if (quantifier) {
      if (quantifier.unbounded) unbounded += 1;
      if (closedGroup && quantifier.repeats && (closedGroup.varies || closedGroup.alternates)) {
        return 'a repeated group holds a variable repeat or an alternation (catastrophic backtracking)';
      }
      current.varies ||= quantifier.varies || Boolean(closedGroup?.varies);
      current.alternates ||= Boolean(closedGroup?.alternates);
      closedGroup = undefined;
      at += quantifier.length - 1;
      continue;
    }
    if (closedGroup) {
      current.varies ||= closedGroup.varies;
      current.alternates ||= closedGroup.alternates;
      closedGroup = undefined;
    }
    if (char === '\\') {
      const next = source[at + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'backreferences are not allowed';
      at += 1;
    } else if (char === '[') {
      at = classEnd(source, at);
    } else if (char === '(') {
      groups.push({ varies: false, alternates: false });
      if (source[at + 1] === '?') at = groupBodyStart(source, at) - 1;
    } else if (char === ')') {
      closedGroup = groups.length > 1 ? groups.pop() : undefined;
    } else if (char === '|') {
      current.alternates = true;
    }
  }
  if (unbounded > 2) return 'more than two unbounded repeats (polynomial backtracking)';
  return undefined;
}

/** A quantifier starting at `at` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, optionally lazy) and what it allows. */
function quantifierAt(source: string, at: number): { length: number; repeats: boolean; varies: boolean; unbounded: boolean } | undefined {
  const bounds: Record<string, [number, number]> = { '*': [0, Infinity], '+': [1, Infinity], '?': [0, 1] };
  let [min, max] = bounds[source[at]!] ?? [-1, -1];
  let length = 1;
  if (source[at] === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!match) return undefined;
    min = Number(match[1]);
    max = match[2] ? (match[3] ? Number(match[3]) : Infinity) : min;
    length = match[0].length;
  }
  if (min < 0) return undefined;
  if (source[at + length] === '?') length += 1;
  return { length, repeats: max > 1, varies: min !== max, unbounded: max === Infinity };
}

/** Where the pattern inside the group opened at `at` starts, past `(?:`, `(?=`, `(?<!`, `(?<name>`. */
function groupBodyStart(source: string, at: number): number {
  if (source[at + 2] !== '<') return at + 3;
  if (source[at + 3] === '=' || source[at + 3] === '!') return at + 4;
  return source.indexOf('>', at) + 1;
}

/** Index of the `]` closing the character class opened at `at`. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  if (source[i] === '^') i += 1;
  if (source[i] === ']') i += 1;
  for (; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === ']') return i;
  }
  return source.length;
}
