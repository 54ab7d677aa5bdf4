/**
 * github/codeql-action's `primaryLocationLineHash` (src/fingerprints.ts), ported without the `long`
 * dependency: a rolling hash over the 100 non-blank UTF-16 code units starting at each line, 64-bit
 * wrap-around, `<hex>:<occurrence>`. Ours must equal what upload-sarif would compute, or GitHub
 * warns and alert tracking across pushes breaks. Checked against upstream's vectors in the tests.
 */
const TAB = 0x09;
const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const END_OF_INPUT = 65535;
const BLOCK_SIZE = 100;
const MOD = 37n;
const u64 = (x: bigint) => BigInt.asUintN(64, x);
const FIRST_MOD = (() => {
  let m = 1n;
  for (let i = 0; i < BLOCK_SIZE; i += 1) m = u64(m * MOD);
  return m;
})();

/** Hashes for the requested 1-based lines of `text` (computing stops once all are known). */
export function lineHashes(text: string, wanted: ReadonlySet<number>): Map<number, string> {
  const result = new Map<number, string>();
  const window = new Array<number>(BLOCK_SIZE).fill(0);
  const lineNumbers = new Array<number>(BLOCK_SIZE).fill(-1);
  const counts = new Map<string, number>();
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let previousWasCR = false;
  const lastWanted = Math.max(0, ...wanted);

  const output = () => {
    const hex = hash.toString(16);
    const count = (counts.get(hex) ?? 0) + 1;
    counts.set(hex, count);
    const line = lineNumbers[index]!;
    if (wanted.has(line)) result.set(line, `${hex}:${count}`);
    lineNumbers[index] = -1;
  };
  const update = (current: number) => {
    const begin = window[index]!;
    window[index] = current;
    hash = u64(MOD * hash + BigInt(current) - FIRST_MOD * BigInt(begin));
    index = (index + 1) % BLOCK_SIZE;
  };
  const process = (code: number) => {
    if (code === SPACE || code === TAB || (previousWasCR && code === LF)) {
      previousWasCR = false;
      return;
    }
    let current = code;
    if (current === CR) {
      current = LF;
      previousWasCR = true;
    } else previousWasCR = false;
    if (lineNumbers[index] !== -1) output();
    if (lineStart) {
      lineStart = false;
      lineNumber += 1;
      lineNumbers[index] = lineNumber;
    }
    if (current === LF) lineStart = true;
    update(current);
  };

  for (let i = 0; i < text.length && result.size < wanted.size; i += 1) {
    process(text.charCodeAt(i));
    if (lineNumber > lastWanted + BLOCK_SIZE && result.size === wanted.size) break;
  }
  if (result.size < wanted.size) {
    process(END_OF_INPUT);
    for (let i = 0; i < BLOCK_SIZE; i += 1) {
      if (lineNumbers[index] !== -1) output();
      update(0);
    }
  }
  return result;
}
