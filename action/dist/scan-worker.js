import { createRequire as __caiboCreateRequire } from 'node:module';
const require = __caiboCreateRequire(import.meta.url);

// src/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/secret.ts
import { inspect } from "node:util";

// src/sha256.ts
function sha256(text) {
  return process.getBuiltinModule("node:crypto").createHash("sha256").update(text).digest("hex");
}

// src/secret.ts
var REDACTED_BODY_CHARS = 4;
var Secret = class {
  #value;
  redacted;
  /** SHA-256 of the key, hex: used in fingerprints, never reversible into the key. */
  hash;
  /** `prefixLength`: the pattern's literal prefix, which is not secret and stays visible. */
  constructor(value, prefixLength) {
    this.#value = value;
    this.redacted = redact(value, prefixLength);
    this.hash = sha256(value);
  }
  reveal() {
    return this.#value;
  }
  get length() {
    return this.#value.length;
  }
  toString() {
    return this.redacted;
  }
  toJSON() {
    return this.redacted;
  }
  [inspect.custom]() {
    return `Secret(${this.redacted})`;
  }
};
function redact(value, prefixLength) {
  const prefix = value.slice(0, prefixLength);
  const body = value.slice(prefixLength);
  const shown = body.length >= 20 ? REDACTED_BODY_CHARS : Math.min(2, body.length);
  return `${prefix}${body.slice(0, shown)}${"*".repeat(8)}`;
}

// src/detect/byte-ranks.ts
var BYTE_RANKS = [
  0,
  0,
  0,
  59,
  0,
  0,
  0,
  60,
  0,
  223,
  244,
  0,
  0,
  77,
  0,
  0,
  // 0x00
  0,
  0,
  0,
  0,
  0,
  61,
  0,
  0,
  0,
  0,
  0,
  62,
  0,
  0,
  63,
  0,
  // 0x10
  255,
  171,
  228,
  158,
  161,
  99,
  187,
  209,
  232,
  231,
  227,
  169,
  239,
  194,
  235,
  225,
  // 0x20
  211,
  206,
  203,
  185,
  182,
  179,
  184,
  174,
  180,
  175,
  221,
  226,
  166,
  224,
  186,
  181,
  // 0x30
  172,
  242,
  199,
  229,
  208,
  220,
  202,
  192,
  167,
  213,
  160,
  188,
  193,
  204,
  201,
  205,
  // 0x40
  200,
  173,
  197,
  217,
  214,
  183,
  168,
  177,
  136,
  156,
  104,
  196,
  207,
  195,
  97,
  233,
  // 0x50
  198,
  248,
  222,
  245,
  243,
  254,
  237,
  234,
  236,
  249,
  189,
  212,
  246,
  238,
  252,
  250,
  // 0x60
  241,
  170,
  251,
  247,
  253,
  240,
  219,
  210,
  218,
  230,
  178,
  216,
  191,
  215,
  75,
  64,
  // 0x70
  164,
  163,
  162,
  154,
  134,
  109,
  85,
  108,
  139,
  93,
  102,
  146,
  132,
  103,
  79,
  115,
  // 0x80
  114,
  81,
  80,
  83,
  135,
  138,
  91,
  110,
  124,
  121,
  100,
  92,
  137,
  142,
  130,
  105,
  // 0x90
  113,
  131,
  78,
  98,
  120,
  88,
  86,
  123,
  128,
  127,
  90,
  89,
  84,
  126,
  106,
  111,
  // 0xa0
  149,
  140,
  112,
  118,
  117,
  145,
  94,
  95,
  151,
  96,
  119,
  129,
  153,
  144,
  150,
  122,
  // 0xb0
  0,
  0,
  82,
  159,
  141,
  133,
  65,
  56,
  57,
  66,
  58,
  67,
  69,
  0,
  70,
  68,
  // 0xc0
  190,
  165,
  0,
  0,
  0,
  0,
  0,
  72,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  // 0xd0
  74,
  73,
  152,
  176,
  125,
  157,
  148,
  143,
  116,
  101,
  87,
  147,
  155,
  107,
  0,
  76,
  // 0xe0
  71,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0
  // 0xf0
];

// src/detect/literal-search.ts
function anchorOf(literal) {
  let anchor = 0;
  for (let at = 1; at < literal.length - 1; at += 1) {
    if (BYTE_RANKS[literal[at]] < BYTE_RANKS[literal[anchor]]) anchor = at;
  }
  return anchor;
}
function literalSearch(literal) {
  const anchor = anchorOf(literal);
  if (anchor === 0) return (bytes, from) => bytes.indexOf(literal, Math.max(0, from));
  const suffix = Buffer.from(literal.subarray(anchor));
  const head = literal.subarray(0, anchor);
  const isHeadAt = (bytes, start) => {
    for (let i = 0; i < head.length; i += 1) if (bytes[start + i] !== head[i]) return false;
    return true;
  };
  return (bytes, from) => {
    for (let at = bytes.indexOf(suffix, Math.max(0, from) + anchor); at !== -1; at = bytes.indexOf(suffix, at + 1)) {
      if (isHeadAt(bytes, at - anchor)) return at - anchor;
    }
    return -1;
  };
}

// src/detect/location.ts
import { isAscii } from "node:buffer";
var NEWLINE = 10;
var UTF8_BOM_LENGTH = 3;
var LineLocator = class {
  constructor(bytes, origin = { line: 1, column: 1 }) {
    this.bytes = bytes;
    this.origin = origin;
    this.#line = origin.line;
    if (origin.line === 1 && origin.column === 1 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
      this.#lineStart = UTF8_BOM_LENGTH;
    }
  }
  bytes;
  origin;
  #scanned = 0;
  #line;
  #lineStart = 0;
  #lineStartsBeforeBuffer = true;
  locate(offset) {
    if (offset < this.#scanned) throw new RangeError("LineLocator offsets must ascend");
    let next = this.bytes.indexOf(NEWLINE, this.#scanned);
    while (next !== -1 && next < offset) {
      this.#line += 1;
      this.#lineStart = next + 1;
      this.#lineStartsBeforeBuffer = false;
      next = this.bytes.indexOf(NEWLINE, next + 1);
    }
    this.#scanned = offset;
    const prefixUnits = utf16Length(this.bytes, this.#lineStart, offset);
    const column = this.#lineStartsBeforeBuffer ? this.origin.column + prefixUnits : 1 + prefixUnits;
    return { line: this.#line, column, lineStart: this.#lineStart };
  }
};
function utf16Length(bytes, start, end) {
  const slice = bytes.subarray(start, end);
  return isAscii(slice) ? slice.length : slice.toString("utf8").length;
}
function lineEndAt(bytes, offset) {
  const end = bytes.indexOf(NEWLINE, offset);
  return end === -1 ? bytes.length : end;
}

// src/detect/detector.ts
var CONTEXT_BYTES = 2048;
var MAX_KEY_BYTES = 1024;
var BINARY_SNIFF_BYTES = 8e3;
var NEWLINE2 = 10;
var isIdentifierByte = (byte) => byte >= 48 && byte <= 57 || byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122 || byte === 95;
var escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return a.slice(0, i);
}
function groupNeedles(patterns) {
  const needles = [];
  for (const pattern of patterns) {
    const shared = needles.find((n) => commonPrefix(n.literal, pattern.prefix).length >= 4);
    if (shared) {
      shared.literal = commonPrefix(shared.literal, pattern.prefix);
      shared.patterns.push(pattern);
    } else {
      needles.push({ literal: pattern.prefix, patterns: [pattern] });
    }
  }
  return needles;
}
function hasPrefixAt(bytes, at, prefix, known) {
  for (let i = known; i < prefix.length; i += 1) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}
function isBinary(bytes) {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
function createDetector(patterns) {
  const compiled = patterns.map((p) => ({
    id: p.id,
    keyType: p.keyType,
    prefix: p.prefix,
    prefixBytes: Buffer.from(p.prefix, "latin1"),
    regex: new RegExp(`${escapeRegex(p.prefix)}(?:${p.body})(?![A-Za-z0-9_])`, "y")
  }));
  const needles = groupNeedles(compiled).map((needle) => ({ ...needle, find: literalSearch(Buffer.from(needle.literal, "latin1")) }));
  const findCandidates = (bytes, options = {}) => {
    const hits = [];
    for (const needle of needles) {
      const to = options.to ?? bytes.length;
      let at = needle.find(bytes, options.from ?? 0);
      while (at !== -1 && at < to) {
        if (at === 0 || !isIdentifierByte(bytes[at - 1])) {
          let window;
          for (const pattern of needle.patterns) {
            if (!hasPrefixAt(bytes, at, pattern.prefixBytes, needle.literal.length)) continue;
            window ??= bytes.toString("latin1", at, Math.min(bytes.length, at + MAX_KEY_BYTES));
            pattern.regex.lastIndex = 0;
            const match = pattern.regex.exec(window);
            if (match) {
              hits.push({ start: at, end: at + match[0].length, pattern });
              break;
            }
          }
        }
        at = needle.find(bytes, at + 1);
      }
    }
    if (hits.length === 0) return [];
    hits.sort((a, b) => a.start - b.start);
    const unique = hits.filter((hit, i) => i === 0 || hit.start !== hits[i - 1].start);
    const binary = options.isBinary ?? isBinary(bytes);
    const locator = new LineLocator(bytes, options.origin);
    return unique.map(({ start, end, pattern }) => {
      const { line, column, lineStart } = locator.locate(start);
      const key = bytes.toString("latin1", start, end);
      const lineEnd = lineEndAt(bytes, end);
      const textStart = Math.max(lineStart, start - CONTEXT_BYTES);
      const lineText = bytes.toString("utf8", textStart, Math.min(lineEnd, end + CONTEXT_BYTES)).replace(/\r$/, "");
      const previousLineEnd = lineStart - 1;
      const previousLineStart = previousLineEnd > 0 ? bytes.lastIndexOf(NEWLINE2, previousLineEnd - 1) + 1 : 0;
      const previousLineText = lineStart > 0 ? bytes.toString("utf8", Math.max(previousLineStart, previousLineEnd - CONTEXT_BYTES), previousLineEnd).replace(/\r$/, "") : "";
      const candidate = {
        patternId: pattern.id,
        keyType: pattern.keyType,
        secret: new Secret(key, pattern.prefix.length),
        prefixLength: pattern.prefix.length,
        start,
        end,
        line,
        column,
        endLine: line,
        endColumn: column + key.length,
        lineText,
        keyIndexInLine: bytes.toString("utf8", textStart, start).length,
        previousLineText
      };
      if (binary) candidate.byteOffset = (options.fileOffset ?? 0) + start;
      return candidate;
    });
  };
  return { needles: needles.map((n) => n.literal), patterns, findCandidates };
}

// src/sources/screen-files.ts
import { statSync } from "node:fs";

// src/detect/encodings.ts
var MAX_ENCODED_BYTES = 4096;
var CONTEXT_BEFORE = 2048;
var NEWLINE3 = 10;
var CARRIAGE_RETURN = 13;
var PERCENT = 37;
var BACKSLASH = 92;
var isBase64Byte = (byte) => byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122 || byte >= 48 && byte <= 57 || byte === 43 || byte === 47 || byte === 45 || byte === 95;
var BASE64_NEEDLE_LENGTH = 7;
function base64Needles(literal) {
  const bytes = Buffer.from(literal, "latin1");
  return [0, 1, 2].map((alignment) => {
    const encoded = Buffer.concat([Buffer.alloc(alignment), bytes]).toString("base64");
    const end = Math.floor(8 * (alignment + bytes.length) / 6);
    const start = Math.max(Math.ceil(8 * alignment / 6), end - BASE64_NEEDLE_LENGTH);
    return { needle: encoded.slice(start, end), lead: start };
  });
}
function runEnd(bytes, start, limit, accept) {
  let end = start;
  const stop = Math.min(bytes.length, start + limit);
  while (end < stop && accept(bytes[end])) end += 1;
  return end;
}
var needlesByLiteral = /* @__PURE__ */ new Map();
function needlesFor(literal) {
  let needles = needlesByLiteral.get(literal);
  if (!needles) {
    const word = Buffer.from(literal.replace(/[^A-Za-z0-9]+$/, ""), "latin1");
    needles = {
      base64: base64Needles(literal).map(({ needle, lead }) => ({ find: literalSearch(Buffer.from(needle, "latin1")), lead })),
      word,
      escapedWord: escapedWordSearch(word)
    };
    needlesByLiteral.set(literal, needles);
  }
  return needles;
}
function base64Runs(bytes, literal, from, to) {
  const runs = [];
  for (const { find, lead } of needlesFor(literal).base64) {
    for (let at = find(bytes, from); at !== -1 && at < to; at = find(bytes, at + 1)) {
      const groupStart = at - lead;
      if (groupStart < 0) continue;
      let start = groupStart;
      while (groupStart - start < 8 && start >= 4 && [1, 2, 3, 4].every((k) => isBase64Byte(bytes[start - k]))) start -= 4;
      const end = runEnd(bytes, groupStart, MAX_ENCODED_BYTES, isBase64Byte);
      const decoded = Buffer.from(bytes.toString("latin1", start, end), "base64");
      runs.push({ encoding: "base64", start, decoded, encodedSpan: (from2, to2) => [Math.floor(from2 * 8 / 6), Math.ceil(to2 * 8 / 6)] });
    }
  }
  return runs;
}
var hexValue = (byte) => byte >= 48 && byte <= 57 ? byte - 48 : byte >= 65 && byte <= 70 ? byte - 55 : byte >= 97 && byte <= 102 ? byte - 87 : -1;
function percentByte(bytes, at) {
  if (bytes[at] !== PERCENT) return -1;
  const high = hexValue(bytes[at + 1] ?? 0);
  const low = hexValue(bytes[at + 2] ?? 0);
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}
function jsEscape(bytes, at) {
  if (bytes[at] !== BACKSLASH) return void 0;
  const kind = bytes[at + 1];
  const digits = (start, count) => {
    let code2 = 0;
    for (let i = 0; i < count; i += 1) {
      const value = hexValue(bytes[start + i] ?? 0);
      if (value < 0) return -1;
      code2 = code2 * 16 + value;
    }
    return code2;
  };
  if (kind === 120) {
    const code2 = digits(at + 2, 2);
    return code2 < 0 ? void 0 : { code: code2, length: 4 };
  }
  if (kind !== 117) return void 0;
  if (bytes[at + 2] === 123) {
    const close = bytes.indexOf(125, at + 3);
    if (close === -1 || close - at - 3 > 6 || close === at + 3) return void 0;
    const code2 = digits(at + 3, close - at - 3);
    return code2 < 0 ? void 0 : { code: code2, length: close - at + 1 };
  }
  const code = digits(at + 2, 4);
  return code < 0 ? void 0 : { code, length: 6 };
}
function escapedRun(bytes, start, encoding) {
  const decoded = [];
  const offsets = [];
  let escapes = 0;
  let at = start;
  const stop = Math.min(bytes.length, start + MAX_ENCODED_BYTES);
  while (at < stop) {
    let code;
    let length = 1;
    if (encoding === "percent") {
      code = percentByte(bytes, at);
      if (code >= 0) length = 3;
    } else {
      const escape = jsEscape(bytes, at);
      code = escape && escape.code < 128 ? escape.code : -1;
      if (escape) length = escape.length;
    }
    if (code >= 0) escapes += 1;
    else if (isBase64Byte(bytes[at])) code = bytes[at];
    else break;
    offsets.push(at - start);
    decoded.push(code);
    at += length;
  }
  if (escapes === 0) return void 0;
  offsets.push(at - start);
  return { encoding, start, decoded: Buffer.from(decoded), encodedSpan: (from, to) => [offsets[from], offsets[to]] };
}
var ESCAPE_MARKERS = [
  [Buffer.from("%5"), "percent"],
  ...["\\x5", "\\u005", "\\u{5"].map((marker) => [Buffer.from(marker), "js-escape"])
];
var ESCAPE_REACH = 24;
function escapesAfterWord(bytes, at, word) {
  const found = /* @__PURE__ */ new Set();
  for (const [marker, encoding] of ESCAPE_MARKERS) {
    if (bytes.subarray(at + word.length, at + ESCAPE_REACH + marker.length).includes(marker)) found.add(encoding);
  }
  return found;
}
function escapedWordSearch(word) {
  const find = literalSearch(word);
  return (bytes, from) => {
    for (let at = find(bytes, from); at !== -1; at = find(bytes, at + 1)) if (escapesAfterWord(bytes, at, word).size) return at;
    return -1;
  };
}
function encodedRuns(bytes, needles, from, to) {
  const runs = [];
  for (const literal of needles) {
    runs.push(...base64Runs(bytes, literal, from, to));
    const { word, escapedWord } = needlesFor(literal);
    for (let at = escapedWord(bytes, from); at !== -1 && at < to; at = escapedWord(bytes, at + 1)) {
      for (const encoding of escapesAfterWord(bytes, at, word)) {
        const run = escapedRun(bytes, at, encoding);
        if (run) runs.push(run);
      }
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}
function findEncodedCandidates(bytes, detector, options = {}) {
  const runs = encodedRuns(bytes, detector.needles, options.from ?? 0, options.to ?? bytes.length);
  if (runs.length === 0) return [];
  const found = [];
  const starts = /* @__PURE__ */ new Set();
  for (const run of runs) {
    const decoded = run.decoded.map((byte) => byte === NEWLINE3 || byte === CARRIAGE_RETURN ? 32 : byte);
    const encodedEnd = run.start + run.encodedSpan(0, decoded.length)[1];
    const contextStart = Math.max(0, bytes.lastIndexOf(NEWLINE3, run.start) + 1, run.start - CONTEXT_BEFORE);
    const lineEnd = bytes.indexOf(NEWLINE3, encodedEnd);
    const spliced = Buffer.concat([
      bytes.subarray(contextStart, run.start),
      decoded,
      bytes.subarray(encodedEnd, lineEnd === -1 ? bytes.length : lineEnd)
    ]);
    const offset = run.start - contextStart;
    for (const candidate of detector.findCandidates(spliced, { from: offset, to: offset + decoded.length, isBinary: false })) {
      const [from, to] = run.encodedSpan(candidate.start - offset, candidate.end - offset);
      const [start, end] = [run.start + from, run.start + to];
      if (starts.has(start)) continue;
      starts.add(start);
      found.push({ ...candidate, start, end, encoding: run.encoding });
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b) => a.start - b.start);
  const locator = new LineLocator(bytes, options.origin);
  const binary = options.isBinary ?? isBinary(bytes);
  return found.map((candidate) => {
    const { line, column } = locator.locate(candidate.start);
    const located = { ...candidate, line, column, endLine: line, endColumn: column + (candidate.end - candidate.start) };
    if (binary) located.byteOffset = (options.fileOffset ?? 0) + candidate.start;
    return located;
  });
}
var UTF16_LE_BOM = [255, 254];
var UTF16_BE_BOM = [254, 255];
function hasUtf16Bom(bytes, start) {
  const [first, second] = [bytes[start], bytes[start + 1]];
  return first === UTF16_LE_BOM[0] && second === UTF16_LE_BOM[1] || first === UTF16_BE_BOM[0] && second === UTF16_BE_BOM[1];
}
function utf16ToUtf8(bytes) {
  if (!hasUtf16Bom(bytes, 0)) return void 0;
  const isBigEndian = bytes[0] === UTF16_BE_BOM[0];
  const units = Buffer.from(bytes.subarray(2, 2 + (bytes.length - 2 & ~1)));
  if (isBigEndian) units.swap16();
  return Buffer.from(units.toString("utf16le"), "utf8");
}
function anyKeySearches(needles) {
  return needles.flatMap((literal) => {
    const { word, base64 } = needlesFor(literal);
    return [literalSearch(word), ...base64.map((b) => b.find)];
  });
}
function keyNeedleSearches(needles) {
  return {
    plain: needles.map((literal) => literalSearch(Buffer.from(literal, "latin1"))),
    encoded: needles.flatMap((literal) => [...needlesFor(literal).base64.map((b) => b.find), needlesFor(literal).escapedWord])
  };
}

// src/detect/candidates.ts
var prefilters = /* @__PURE__ */ new WeakMap();
function candidatesIn(blob, detector) {
  const transcoded = blob.chunk ? void 0 : utf16ToUtf8(blob.bytes);
  const bytes = transcoded ?? blob.bytes;
  const { chunk } = blob;
  const options = chunk ? { to: chunk.to, origin: chunk.origin, fileOffset: chunk.fileOffset, isBinary: chunk.isBinary } : {};
  let searches = prefilters.get(detector);
  if (!searches) prefilters.set(detector, searches = anyKeySearches(detector.needles));
  if (!searches.some((find) => find(bytes, 0) !== -1)) return { candidates: [], bytes, transcoded: transcoded !== void 0 };
  const candidates = detector.findCandidates(bytes, options);
  if (!blob.hasNoEncodedNeedle) {
    const plainStarts = new Set(candidates.map((c) => c.start));
    candidates.push(...findEncodedCandidates(bytes, detector, options).filter((c) => !plainStarts.has(c.start)));
  }
  if (transcoded) for (const candidate of candidates) candidate.encoding ??= "utf16";
  return { candidates, bytes, transcoded: transcoded !== void 0 };
}

// src/sources/containers/magic.ts
var holds = (bytes, at, end, ...values) => at + values.length <= end && values.every((b, i) => bytes[at + i] === b);
var isTar = (bytes, start, end) => holds(bytes, start + 257, end, 117, 115, 116, 97, 114) && (bytes[start + 262] === 0 || bytes[start + 262] === 32);
function containerKind(bytes, name, start = 0, end = bytes.length) {
  switch (start < end ? bytes[start] : -1) {
    case 80:
      if (holds(bytes, start + 1, end, 75) && (holds(bytes, start + 2, end, 3, 4) || holds(bytes, start + 2, end, 5, 6) || holds(bytes, start + 2, end, 7, 8))) return "zip";
      break;
    case 31:
      if (holds(bytes, start + 1, end, 139, 8)) return "gzip";
      break;
    case 40:
      if (holds(bytes, start + 1, end, 181, 47, 253)) return "zstd";
      break;
    case 67:
      if (holds(bytes, start + 1, end, 114, 50, 52)) return "crx";
      break;
    case 66: {
      const level = bytes[start + 3] ?? 0;
      const isBlock = holds(bytes, start + 4, end, 49, 65, 89, 38, 83, 89) || holds(bytes, start + 4, end, 23, 114, 69, 56, 80, 144);
      if (holds(bytes, start + 1, end, 90, 104) && level >= 49 && level <= 57 && isBlock) return "bzip2";
      break;
    }
    case 4:
      if (holds(bytes, start + 1, end, 0, 0, 0) && start + 25 <= end && bytes.toString("latin1", start + 16, start + 25) === '{"files":') return "asar";
      break;
  }
  if (isTar(bytes, start, end)) return "tar";
  if (name.endsWith(".br")) return "brotli";
  return void 0;
}
var isContainer = (bytes, name, start = 0, end = bytes.length) => containerKind(bytes, name, start, end) !== void 0;

// src/sources/file-batch.ts
import { closeSync as closeSync2, constants as constants2, openSync as openSync2, readSync as readSync2 } from "node:fs";

// src/sources/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var WHOLE_FILE_LIMIT = 16 * 1024 * 1024;
var OVERLAP = 4 * MAX_KEY_BYTES;
var NEWLINE4 = 10;
function advance(origin, bytes) {
  let line = origin.line;
  let lastNewline = -1;
  for (let at = bytes.indexOf(NEWLINE4); at !== -1; at = bytes.indexOf(NEWLINE4, at + 1)) {
    line += 1;
    lastNewline = at;
  }
  const tailUnits = utf16Length(bytes, lastNewline + 1, bytes.length);
  return { line, column: lastNewline === -1 ? origin.column + tailUnits : 1 + tailUnits };
}
var skipReason = (code) => code === "ENOENT" ? "vanished" : code === "ELOOP" ? "symlink-loop" : code === "ENXIO" || code === "ENODEV" ? "not-a-file" : "unreadable";
function skipFor(path, error) {
  const code = error.code;
  return { path, reason: skipReason(code), detail: code ?? error.message };
}
var ReadBuffer = class {
  #buffer = Buffer.alloc(0);
  /** A buffer of at least `size` bytes (files up to WHOLE_FILE_LIMIT come here). */
  take(size) {
    if (this.#buffer.length < size) this.#buffer = Buffer.allocUnsafe(Math.min(WHOLE_FILE_LIMIT, Math.max(size, 2 * this.#buffer.length)));
    return this.#buffer;
  }
};
async function readFileOrChunks(absolutePath, path, chunkBytes = WHOLE_FILE_LIMIT, into) {
  let fd;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return skipFor(path, error);
  }
  let streaming = false;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { path, reason: "not-a-file" };
    if (stat.size <= chunkBytes) return { bytes: readWhole(fd, stat.size, into?.take(stat.size)) };
    streaming = true;
    return { chunks: readInChunks(fd, chunkBytes) };
  } catch (error) {
    return skipFor(path, error);
  } finally {
    if (!streaming) closeSync(fd);
  }
}
function readWhole(fd, size, buffer = Buffer.allocUnsafe(size)) {
  let filled = 0;
  for (let bytesRead = -1; filled < size && bytesRead !== 0; filled += bytesRead) {
    bytesRead = readSync(fd, buffer, filled, size - filled, null);
  }
  return filled < buffer.length ? buffer.subarray(0, filled) : buffer;
}
async function* readInChunks(fd, chunkBytes) {
  try {
    yield* chunksOf((into, at, length) => readSync(fd, into, at, length, null), chunkBytes, { reuse: true });
  } finally {
    closeSync(fd);
  }
}
async function* chunksOf(readNext, chunkBytes, { reuse = false } = {}) {
  let carry = Buffer.alloc(0);
  let fileOffset = 0;
  let origin = { line: 1, column: 1 };
  let binary;
  let reused;
  for (; ; ) {
    const size = carry.length + chunkBytes;
    const buffer = reuse && reused && reused.length >= size ? reused : Buffer.allocUnsafe(reuse ? Math.max(size, OVERLAP + 3 + chunkBytes) : size);
    if (reuse) reused = buffer;
    carry.copy(buffer);
    const bytesRead = await readNext(buffer, carry.length, chunkBytes);
    const isLast = bytesRead < chunkBytes;
    const bytes = buffer.subarray(0, carry.length + bytesRead);
    binary ??= isBinary(bytes);
    let to = isLast ? bytes.length : Math.max(0, bytes.length - OVERLAP);
    for (let back = 0; back < 3 && to > 0 && to < bytes.length && (bytes[to] & 192) === 128; back += 1) to -= 1;
    yield { bytes, chunk: { fileOffset, origin, to, isBinary: binary } };
    if (isLast) return;
    origin = advance(origin, bytes.subarray(0, to));
    carry = Buffer.from(bytes.subarray(to));
    fileOffset += to;
  }
}

// src/sources/file-batch.ts
var BATCH_BYTES = 512 * 1024;
var MIN_ROOM = BATCH_BYTES / 4;
var FileBatch = class {
  constructor(searches) {
    this.searches = searches;
  }
  searches;
  #buffer = Buffer.allocUnsafe(BATCH_BYTES);
  #used = 0;
  /** Files and skips in walk order, so skip records keep the order they had before batching. */
  #items = [];
  get isEmpty() {
    return this.#items.length === 0;
  }
  /**
   * Reads a regular file into the batch; false when it does not fit in the room left (the caller
   * drains the batch and tries again, or reads the file alone). No fstat: the walk already knows the
   * entry is a regular file, and a read shorter than asked is the end of one.
   */
  add(absolutePath, path) {
    const room = BATCH_BYTES - this.#used;
    if (room < MIN_ROOM) return false;
    let fd;
    try {
      fd = openSync2(absolutePath, constants2.O_RDONLY | constants2.O_NONBLOCK);
    } catch (error) {
      this.#items.push(skipFor(path, error));
      return true;
    }
    try {
      const bytesRead = readSync2(fd, this.#buffer, this.#used, room, null);
      if (bytesRead === room) return false;
      this.#items.push({ path, start: this.#used, end: this.#used + bytesRead });
      this.#used += bytesRead;
    } catch (error) {
      this.#items.push(skipFor(path, error));
    } finally {
      closeSync2(fd);
    }
    return true;
  }
  /** A skip keeps its place among the batch's files. */
  addSkip(skip) {
    this.#items.push(skip);
  }
  /** The batch's skips and the blobs of files a needle occurs in, in walk order, then a count of the rest. */
  *drain(git) {
    const { plain, encoded } = this.#filesWithNeedles();
    const clean = { kind: "clean", files: 0, bytes: 0 };
    for (const [index, item] of this.#items.entries()) {
      if ("reason" in item) {
        yield item;
      } else if (plain.has(index) || encoded.has(index) || this.#isContainer(item)) {
        const blob = { provenance: { kind: "worktree", path: item.path, git }, bytes: this.#buffer.subarray(item.start, item.end) };
        if (!encoded.has(index)) blob.hasNoEncodedNeedle = true;
        yield blob;
      } else {
        clean.files += 1;
        clean.bytes += item.end - item.start;
      }
    }
    if (clean.files) yield clean;
    this.#items = [];
    this.#used = 0;
  }
  /** An archive or compressed copy hides its keys from the needles: its members are scanned instead (issue 15). */
  #isContainer({ path, start, end }) {
    return isContainer(this.#buffer, path, start, end);
  }
  /** Indexes of the files each kind of needle occurs in; UTF-16 text counts as an encoded hit. */
  #filesWithNeedles() {
    const files = this.#items.map((item, index) => ({ item, index })).filter((f) => !("reason" in f.item));
    const batch = this.#buffer.subarray(0, this.#used);
    const filesHit = (searches) => {
      const found = /* @__PURE__ */ new Set();
      for (const find of searches) {
        let file = 0;
        for (let at = find(batch, 0); at !== -1; ) {
          while (files[file].item.end <= at) file += 1;
          found.add(files[file].index);
          at = find(batch, files[file].item.end);
        }
      }
      return found;
    };
    const encoded = filesHit(this.searches.encoded);
    for (const { item, index } of files) if (item.end - item.start >= 2 && hasUtf16Bom(batch, item.start)) encoded.add(index);
    return { plain: filesHit(this.searches.plain), encoded };
  }
};

// src/sources/source.ts
var isSkip = (item) => "reason" in item;
var isCleanFiles = (item) => "kind" in item;

// src/sources/screen-files.ts
function sizeOf(absolute) {
  try {
    return statSync(absolute).size;
  } catch {
    return 0;
  }
}
var FileScreen = class {
  constructor(detector) {
    this.detector = detector;
    this.#batch = new FileBatch(keyNeedleSearches(detector.needles));
  }
  detector;
  #batch;
  #wholeFiles = new ReadBuffer();
  async screen(entries) {
    const flagged = /* @__PURE__ */ new Map();
    const counted = { cleanFiles: 0, cleanBytes: 0 };
    const batched = /* @__PURE__ */ new Map();
    const indexOf = (path) => batched.get(path).shift();
    const take = (item) => {
      if (isSkip(item)) flagged.set(indexOf(item.path), item);
      else if (isCleanFiles(item)) {
        counted.cleanFiles += item.files;
        counted.cleanBytes += item.bytes;
      } else {
        const index = indexOf(item.provenance.path);
        if (this.#needsPipeline(item)) flagged.set(index, null);
        else this.#countClean(counted, item);
      }
    };
    for (const [index, [given, path]] of entries.entries()) {
      const absolute = typeof given === "string" ? given : Buffer.from(given);
      if (!this.#batch.add(absolute, path)) {
        if (!this.#batch.isEmpty) for (const item of this.#batch.drain("no-repo")) take(item);
        if (!this.#batch.add(absolute, path)) {
          await this.#screenAlone(absolute, path, index, flagged, counted);
          continue;
        }
      }
      batched.set(path, [...batched.get(path) ?? [], index]);
    }
    for (const item of this.#batch.drain("no-repo")) take(item);
    return { flagged: [...flagged].sort(([a], [b]) => a - b), ...counted };
  }
  /**
   * A file too large for a batch, read whole. One streamed in chunks (over WHOLE_FILE_LIMIT) is left
   * to the scan itself: screening it here would read it twice whenever it holds a key, and hold a
   * second chunk buffer.
   */
  async #screenAlone(absolute, path, index, flagged, counted) {
    if (sizeOf(absolute) > WHOLE_FILE_LIMIT) {
      flagged.set(index, null);
      return;
    }
    const read = await readFileOrChunks(absolute, path, WHOLE_FILE_LIMIT, this.#wholeFiles);
    if ("reason" in read) {
      flagged.set(index, read);
      return;
    }
    if (!("bytes" in read)) {
      await read.chunks.next();
      await read.chunks.return(void 0);
      flagged.set(index, null);
      return;
    }
    const blob = { provenance: { kind: "worktree", path, git: "no-repo" }, bytes: read.bytes };
    if (this.#needsPipeline(blob)) flagged.set(index, null);
    else this.#countClean(counted, blob);
  }
  /** Files are screened whole (streamed ones are left to the scan), so a blob here is always a whole file. */
  #needsPipeline(blob) {
    return isContainer(blob.bytes, blob.provenance.path) || candidatesIn(blob, this.detector).candidates.length > 0;
  }
  #countClean(counted, blob) {
    counted.cleanFiles += 1;
    counted.cleanBytes += blob.bytes.length;
  }
};

// src/scan-worker.ts
var screen = new FileScreen(createDetector(workerData.patterns));
var port = parentPort;
port.postMessage({ ready: true });
port.on("message", ({ id, entries }) => {
  screen.screen(entries).then(
    (result) => port.postMessage({ id, result }),
    (error) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  );
});
