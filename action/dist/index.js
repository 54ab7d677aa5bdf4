import { createRequire as __caiboCreateRequire } from 'node:module';
const require = __caiboCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance2 = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance2();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance2();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance2())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance2()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance2())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance2();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance2())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance2())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance2();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance2 = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance2();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance2(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance2();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance2();
          } else {
            value += advance2();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance2();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan2(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants3;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch, pico);
    module.exports = picomatch;
  }
});

// src/action/main.ts
import { mkdirSync, readFileSync as readFileSync3, writeFileSync } from "node:fs";
import { EOL as EOL2 } from "node:os";
import { dirname as dirname6, posix as posix2, relative as relative4, resolve as resolve5, sep as sep5 } from "node:path";

// src/config.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join as join2, resolve } from "node:path";

// src/errors.ts
var CaiboScanError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "CaiboScanError";
  }
  code;
};
var usageError = (message) => new CaiboScanError("usage", message);
var configError = (message) => new CaiboScanError("config", message);
var rulesError = (message) => new CaiboScanError("rules", message);
var sourceError = (message) => new CaiboScanError("source", message);
var gitError = (message) => new CaiboScanError("git", message);
function isCaiboScanError(error) {
  return error instanceof CaiboScanError;
}

// src/policy-files.ts
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, posix, relative, sep } from "node:path";
var DISK = {
  readText: (file) => readFileSync(file, "utf8"),
  isDirectory: (path) => statSync(path).isDirectory(),
  list: (dir) => readdirSync(dir)
};
function canonical(path) {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(canonical(parent), basename(path));
}
function repoPath(top, path) {
  const rel = relative(canonical(top), canonical(path));
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return void 0;
  return rel.split(sep).join(posix.sep);
}
var notFound = (path) => Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
function commitFiles(top, files) {
  const inRepo = (path) => repoPath(top, path);
  const children = (dir) => [...files.keys()].filter((path) => dir === "" || path.startsWith(`${dir}/`)).map((path) => dir ? path.slice(dir.length + 1) : path);
  return {
    readText(file) {
      const rel = inRepo(file);
      if (rel === void 0) return DISK.readText(file);
      const bytes = files.get(rel);
      if (!bytes) throw notFound(file);
      return bytes.toString("utf8");
    },
    isDirectory(path) {
      const rel = inRepo(path);
      if (rel === void 0) return DISK.isDirectory(path);
      if (files.has(rel)) return false;
      if (children(rel).length === 0) throw notFound(path);
      return true;
    },
    list(dir) {
      const rel = inRepo(dir);
      if (rel === void 0) return DISK.list(dir);
      return [...new Set(children(rel).map((path) => path.split("/")[0]))];
    }
  };
}

// src/ruleset/regex-safety.ts
function regexHazard(source) {
  const groups = [{ varies: false, alternates: false }];
  let unbounded = 0;
  let closedGroup;
  for (let at = 0; at < source.length; at += 1) {
    const char = source[at];
    const current = groups[groups.length - 1];
    const quantifier = quantifierAt(source, at);
    if (quantifier) {
      if (quantifier.unbounded) unbounded += 1;
      if (closedGroup && quantifier.repeats && (closedGroup.varies || closedGroup.alternates)) {
        return "a repeated group holds a variable repeat or an alternation (catastrophic backtracking)";
      }
      current.varies ||= quantifier.varies || Boolean(closedGroup?.varies);
      current.alternates ||= Boolean(closedGroup?.alternates);
      closedGroup = void 0;
      at += quantifier.length - 1;
      continue;
    }
    if (closedGroup) {
      current.varies ||= closedGroup.varies;
      current.alternates ||= closedGroup.alternates;
      closedGroup = void 0;
    }
    if (char === "\\") {
      const next = source[at + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") return "backreferences are not allowed";
      at += 1;
    } else if (char === "[") {
      at = classEnd(source, at);
    } else if (char === "(") {
      groups.push({ varies: false, alternates: false });
      if (source[at + 1] === "?") at = groupBodyStart(source, at) - 1;
    } else if (char === ")") {
      closedGroup = groups.length > 1 ? groups.pop() : void 0;
    } else if (char === "|") {
      current.alternates = true;
    }
  }
  if (unbounded > 2) return "more than two unbounded repeats (polynomial backtracking)";
  return void 0;
}
function quantifierAt(source, at) {
  const bounds = { "*": [0, Infinity], "+": [1, Infinity], "?": [0, 1] };
  let [min, max] = bounds[source[at]] ?? [-1, -1];
  let length = 1;
  if (source[at] === "{") {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!match) return void 0;
    min = Number(match[1]);
    max = match[2] ? match[3] ? Number(match[3]) : Infinity : min;
    length = match[0].length;
  }
  if (min < 0) return void 0;
  if (source[at + length] === "?") length += 1;
  return { length, repeats: max > 1, varies: min !== max, unbounded: max === Infinity };
}
function groupBodyStart(source, at) {
  if (source[at + 2] !== "<") return at + 3;
  if (source[at + 3] === "=" || source[at + 3] === "!") return at + 4;
  return source.indexOf(">", at) + 1;
}
function classEnd(source, at) {
  let i = at + 1;
  if (source[i] === "^") i += 1;
  if (source[i] === "]") i += 1;
  for (; i < source.length; i += 1) {
    if (source[i] === "\\") i += 1;
    else if (source[i] === "]") return i;
  }
  return source.length;
}

// src/types.ts
var SEVERITIES = ["low", "medium", "high", "critical"];

// src/config.ts
var CONFIG_FILE = ".caibo-scan.json";
var FIELDS = ["$schema", "exclude", "allow", "failOn", "rules", "includeLocalEnv", "newSuppressions"];
var NEW_SUPPRESSIONS = ["fail", "report"];
var FAIL_ON = [...SEVERITIES, "none"];
function findConfig(start) {
  let dir = resolve(start);
  for (; ; ) {
    const candidate = join2(dir, CONFIG_FILE);
    if (existsSync2(candidate)) return candidate;
    if (existsSync2(join2(dir, ".git"))) return void 0;
    const parent = dirname2(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadConfig(file, files = DISK) {
  let data;
  try {
    data = JSON.parse(files.readText(file));
  } catch (error) {
    const reason = error.code ?? error.message;
    throw configError(`${file}: cannot read config: ${reason}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw configError(`${file}: config must be a JSON object`);
  }
  const raw = data;
  const bad = (field, why) => configError(`${file}: field "${field}" ${why}`);
  for (const field of Object.keys(raw)) {
    if (!FIELDS.includes(field)) throw bad(field, `is not a known field (known: ${FIELDS.slice(1).join(", ")})`);
  }
  const strings = (field) => {
    const value = raw[field] ?? [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v === "")) {
      throw bad(field, "must be an array of non-empty strings");
    }
    return value;
  };
  const config = {
    exclude: strings("exclude"),
    allow: strings("allow").map((pattern, index) => {
      const hazard = regexHazard(pattern);
      if (hazard) throw bad(`allow[${index}]`, `could make a scan hang: ${hazard}`);
      try {
        return { pattern, regex: new RegExp(pattern) };
      } catch (error) {
        throw bad(`allow[${index}]`, `is not a valid regular expression: ${error.message}`);
      }
    }),
    rules: strings("rules").map((dir) => resolve(dirname2(file), dir)),
    file
  };
  if (raw.failOn !== void 0) {
    if (!FAIL_ON.includes(raw.failOn)) throw bad("failOn", `must be one of ${FAIL_ON.join(", ")}`);
    config.failOn = raw.failOn;
  }
  if (raw.includeLocalEnv !== void 0) {
    if (typeof raw.includeLocalEnv !== "boolean") throw bad("includeLocalEnv", "must be true or false");
    config.includeLocalEnv = raw.includeLocalEnv;
  }
  if (raw.newSuppressions !== void 0) {
    if (!NEW_SUPPRESSIONS.includes(raw.newSuppressions)) throw bad("newSuppressions", `must be one of ${NEW_SUPPRESSIONS.join(", ")}`);
    config.newSuppressions = raw.newSuppressions;
  }
  return config;
}
var EMPTY_CONFIG = { exclude: [], allow: [], rules: [] };

// src/cli-options.ts
var POLICY_SOURCES = ["base", "head"];

// src/report/findings.ts
var severityRank = (severity) => SEVERITIES.indexOf(severity);
function compareFindings(a, b) {
  return (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : 0) || a.location.line - b.location.line || a.location.column - b.location.column || a.ruleId.localeCompare(b.ruleId);
}
var activeFindings = (report) => report.findings.filter((f) => !f.suppressed);
var isIncomplete = (report) => report.skipped.some((skip) => skip.reason === "missing-object");
var changeAllowedFindings = (report) => report.findings.filter((f) => f.suppressed?.addedByChange);
function isFailing(report) {
  if (report.failOn === "none") return false;
  const threshold = severityRank(report.failOn);
  const counted = report.newSuppressions === "fail" ? [...activeFindings(report), ...changeAllowedFindings(report)] : activeFindings(report);
  return counted.some((f) => severityRank(f.severity) >= threshold);
}

// src/secret.ts
import { inspect } from "node:util";

// src/sha256.ts
function sha256(text2) {
  return process.getBuiltinModule("node:crypto").createHash("sha256").update(text2).digest("hex");
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
var escapeRegex = (text2) => text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
  return { needles: needles.map((n) => n.literal), findCandidates };
}

// src/ruleset/load.ts
import { basename as basename2, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";

// src/ruleset/schema.ts
var CONTEXTS = [
  "client-bundle",
  "exposed-env-var",
  "url",
  "committed-env",
  "local-env",
  "default"
];
var KEY_TYPES = ["live", "test"];
var PRECISIONS = ["very-high", "high", "medium", "low"];
var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function validateRuleFile(data, file) {
  const where = (id, field) => `${file}${id ? `: rule "${id}"` : ""}: field "${field}"`;
  const object = (value, at) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw rulesError(`${at} must be an object`);
    }
    return value;
  };
  const onlyFields = (value, allowed, id) => {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) throw rulesError(`${where(id, key)} is not a known field`);
    }
  };
  const text2 = (value, field, id, optional = false) => {
    const v = value[field];
    if (v === void 0 && optional) return "";
    if (typeof v !== "string" || v.length === 0) {
      throw rulesError(`${where(id, field)} must be a non-empty string`);
    }
    return v;
  };
  const oneOf = (value, field, allowed, id) => {
    const v = value[field];
    if (!allowed.includes(v)) {
      throw rulesError(`${where(id, field)} must be one of ${allowed.join(", ")} (got ${JSON.stringify(v)})`);
    }
    return v;
  };
  const strings = (value, field, id) => {
    const v = value[field];
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string")) {
      throw rulesError(`${where(id, field)} must be an array of strings`);
    }
    return v;
  };
  const count = (value, field) => {
    const v = value[field];
    if (!Number.isInteger(v) || v < 1) {
      throw rulesError(`${where(void 0, `placeholders.${field}`)} must be a positive integer`);
    }
    return v;
  };
  const safeRegex = (source, at) => {
    try {
      new RegExp(source);
    } catch (error) {
      throw rulesError(`${at} is not a valid regular expression: ${error.message}`);
    }
    const hazard = regexHazard(source);
    if (hazard) throw rulesError(`${at} could make a scan hang: ${hazard}`);
    return source;
  };
  const root = object(data, file);
  onlyFields(root, ["$schema", "patterns", "rules", "placeholders", "contextPrecedence"], void 0);
  const result = {};
  if (root.patterns !== void 0) {
    if (!Array.isArray(root.patterns)) throw rulesError(`${where(void 0, "patterns")} must be an array`);
    result.patterns = root.patterns.map((raw, index) => {
      const p = object(raw, `${file}: patterns[${index}]`);
      const id = typeof p.id === "string" ? p.id : void 0;
      onlyFields(p, ["id", "keyType", "prefix", "body", "description", "examples"], id);
      if (!id || !ID.test(id)) throw rulesError(`${where(id ?? `patterns[${index}]`, "id")} must be kebab-case`);
      const spec = {
        id,
        keyType: oneOf(p, "keyType", KEY_TYPES, id),
        prefix: text2(p, "prefix", id),
        body: safeRegex(text2(p, "body", id), where(id, "body")),
        description: text2(p, "description", id)
      };
      if (p.examples !== void 0) {
        const ex = object(p.examples, where(id, "examples"));
        onlyFields(ex, ["match", "noMatch"], id);
        spec.examples = { match: strings(ex, "match", id), noMatch: strings(ex, "noMatch", id) };
      }
      return spec;
    });
  }
  if (root.rules !== void 0) {
    if (!Array.isArray(root.rules)) throw rulesError(`${where(void 0, "rules")} must be an array`);
    result.rules = root.rules.map((raw, index) => {
      const r = object(raw, `${file}: rules[${index}]`);
      const id = typeof r.id === "string" ? r.id : void 0;
      onlyFields(
        r,
        ["id", "keyType", "context", "severity", "precision", "title", "description", "remediation", "help"],
        id
      );
      if (!id || !ID.test(id)) throw rulesError(`${where(id ?? `rules[${index}]`, "id")} must be kebab-case`);
      return {
        id,
        keyType: oneOf(r, "keyType", KEY_TYPES, id),
        context: oneOf(r, "context", CONTEXTS, id),
        severity: oneOf(r, "severity", SEVERITIES, id),
        precision: oneOf(r, "precision", PRECISIONS, id),
        title: text2(r, "title", id),
        description: text2(r, "description", id),
        remediation: text2(r, "remediation", id),
        help: strings(r, "help", id)
      };
    });
  }
  if (root.placeholders !== void 0) {
    const p = object(root.placeholders, where(void 0, "placeholders"));
    onlyFields(
      p,
      ["exactBodies", "words", "minRepeatedRun", "minSequentialRun", "minDistinctChars", "templateBefore", "templateAfter", "examples"],
      void 0
    );
    result.placeholders = {
      exactBodies: strings(p, "exactBodies"),
      words: strings(p, "words").map((w) => w.toLowerCase()),
      minRepeatedRun: count(p, "minRepeatedRun"),
      minSequentialRun: count(p, "minSequentialRun"),
      minDistinctChars: count(p, "minDistinctChars"),
      templateBefore: strings(p, "templateBefore"),
      templateAfter: strings(p, "templateAfter")
    };
    if (p.examples !== void 0) {
      const examples = object(p.examples, where(void 0, "placeholders.examples"));
      onlyFields(examples, ["placeholder"], void 0);
      result.placeholders.examples = { placeholder: strings(examples, "placeholder") };
    }
  }
  if (root.contextPrecedence !== void 0) {
    const list = strings(root, "contextPrecedence");
    for (const c of list) {
      if (!CONTEXTS.includes(c)) {
        throw rulesError(`${where(void 0, "contextPrecedence")} has unknown context "${c}"`);
      }
    }
    result.contextPrecedence = list;
  }
  return result;
}

// src/ruleset/load.ts
var BUILTIN_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));
function readRuleFile(file, files) {
  let data;
  try {
    data = JSON.parse(files.readText(file));
  } catch (error) {
    throw rulesError(`${file}: cannot read rule file: ${error.message}`);
  }
  return validateRuleFile(data, file);
}
function ruleFilesIn(path, files) {
  let isDirectory2;
  try {
    isDirectory2 = files.isDirectory(path);
  } catch (error) {
    throw rulesError(`${path}: cannot read rules: ${error.code ?? error.message}`);
  }
  if (!isDirectory2) return [path];
  return files.list(path).filter((name) => name.endsWith(".json")).sort().map((name) => join3(path, name));
}
function loadRuleset(extraDirs = [], files = DISK) {
  const ruleFiles = [
    ...ruleFilesIn(BUILTIN_RULES_DIR, DISK).map((file) => ({ file, from: DISK })),
    ...extraDirs.flatMap((dir) => ruleFilesIn(dir, files)).map((file) => ({ file, from: files }))
  ];
  const patterns = [];
  const rules = [];
  let placeholders;
  let contextPrecedence;
  const seen = /* @__PURE__ */ new Map();
  const claim = (id, file) => {
    const other = seen.get(id);
    if (other) throw rulesError(`${file}: rule "${id}": field "id" is already defined in ${basename2(other)}`);
    seen.set(id, file);
  };
  for (const { file, from } of ruleFiles) {
    const data = readRuleFile(file, from);
    for (const pattern of data.patterns ?? []) {
      claim(pattern.id, file);
      patterns.push(pattern);
    }
    for (const rule of data.rules ?? []) {
      claim(rule.id, file);
      rules.push(rule);
    }
    if (data.placeholders) placeholders = mergePlaceholders(placeholders, data.placeholders);
    if (data.contextPrecedence) contextPrecedence = data.contextPrecedence;
  }
  if (!placeholders) throw rulesError(`${BUILTIN_RULES_DIR}: no placeholders section found`);
  const table = /* @__PURE__ */ new Map();
  for (const rule of rules) table.set(`${rule.keyType}:${rule.context}`, rule);
  for (const keyType of ["live", "test"]) {
    for (const context of CONTEXTS) {
      if (!table.has(`${keyType}:${context}`)) {
        throw rulesError(`rules: no rule for key type "${keyType}" in context "${context}"`);
      }
    }
  }
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return {
    patterns,
    rules,
    placeholders,
    contextPrecedence: contextPrecedence ?? [...CONTEXTS],
    ruleFor: (keyType, context) => table.get(`${keyType}:${context}`),
    ruleById: (id) => byId.get(id)
  };
}
function mergePlaceholders(base, extra) {
  if (!base) return extra;
  return {
    exactBodies: [...base.exactBodies, ...extra.exactBodies],
    words: [...base.words, ...extra.words],
    minRepeatedRun: extra.minRepeatedRun,
    minSequentialRun: extra.minSequentialRun,
    minDistinctChars: extra.minDistinctChars,
    templateBefore: [...base.templateBefore, ...extra.templateBefore],
    templateAfter: [...base.templateAfter, ...extra.templateAfter],
    examples: base.examples
  };
}

// src/output-guard.ts
function keyRedactor(patterns) {
  const detector = createDetector(patterns);
  return (text2) => {
    if (!detector.needles.some((needle) => text2.includes(needle))) return text2;
    const bytes = Buffer.from(text2, "utf8");
    const candidates = detector.findCandidates(bytes, { isBinary: false });
    if (candidates.length === 0) return text2;
    let redacted = "";
    let last = 0;
    for (const candidate of candidates) {
      redacted += bytes.toString("utf8", last, candidate.start) + candidate.secret.redacted;
      last = candidate.end;
    }
    return redacted + bytes.toString("utf8", last);
  };
}
function builtinKeyRedactor() {
  try {
    return keyRedactor(loadRuleset().patterns);
  } catch {
    return (text2) => text2;
  }
}
var reportKeyRedactor = (report) => report.patterns ? keyRedactor(report.patterns) : builtinKeyRedactor();
function redactStrings(value, redact2) {
  if (typeof value === "string") return redact2(value);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact2));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, redactStrings(field, redact2)]));
  }
  return value;
}
function redactReport(report) {
  return { ...redactStrings(report, reportKeyRedactor(report)), ...report.patterns ? { patterns: report.patterns } : {} };
}

// src/formatters/format.ts
var redacting = (format) => (report, options) => format(options.reveal ? report : redactReport(report), options);

// src/formatters/github.ts
var escapeData = (value) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (value) => escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
var annotationLevel = (finding) => finding.severity === "critical" || finding.severity === "high" ? "error" : "warning";
function changeAllowedAnnotation(finding, failing, reveal) {
  const reason = finding.suppressed?.detail ? ` ${finding.suppressed.detail}` : "";
  return annotation(finding, reveal, { level: failing ? "error" : "warning", message: `Key allowed by this change (caibo-scan:allow${reason})` });
}
function annotation(finding, reveal, as) {
  const { location } = finding;
  const properties = [
    `file=${escapeProperty(location.path)}`,
    `line=${location.line}`,
    `endLine=${location.endLine}`,
    `col=${location.column}`,
    `endColumn=${location.endColumn}`,
    `title=${escapeProperty(`${finding.ruleId} (${finding.severity})`)}`
  ].join(",");
  const key = reveal ? finding.secret.reveal() : finding.secret.redacted;
  const where = finding.commit ? ` (commit ${finding.commit.sha.slice(0, 12)})` : "";
  return `::${as?.level ?? annotationLevel(finding)} ${properties}::${escapeData(`${as?.message ?? finding.title}: ${key}${where}`)}`;
}
var formatGithub = redacting(
  (report, options) => [
    ...report.findings.filter((f) => !f.suppressed).map((f) => annotation(f, options.reveal)),
    ...changeAllowedFindings(report).map((f) => changeAllowedAnnotation(f, report.newSuppressions === "fail", options.reveal))
  ].map((line) => `${line}
`).join("")
);

// src/formatters/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/caibo-scan/caibo-scan";
var SARIF_RESULT_LIMIT = 25e3;
var SECRET_FINGERPRINT = "caiboScanSecret/v1";
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "2.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var pascal = (id) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
var sarifUri = (path) => path.split("/").map(encodeURIComponent).join("/");
function sarifRule(rule) {
  const steps = rule.help.map((step, i) => `${i + 1}. ${step}`).join("\n");
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.description}

What to do:
${steps}`,
      markdown: `## ${rule.title}

${rule.description}

### What to do

${steps}`
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ["security", "secret", "external/cwe/cwe-798"],
      precision: rule.precision,
      "security-severity": SECURITY_SEVERITY[rule.severity]
    }
  };
}
var compareForSarif = (a, b) => compareFindings(a, b) || (a.commit?.sha ?? "").localeCompare(b.commit?.sha ?? "") || a.fingerprint.localeCompare(b.fingerprint);
function sarifFindings(findings) {
  const active = findings.filter((f) => !f.suppressed || f.suppressed.addedByChange);
  const kept = active.length <= SARIF_RESULT_LIMIT ? active : [...active].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareForSarif(a, b)).slice(0, SARIF_RESULT_LIMIT);
  return [...kept].sort(compareForSarif);
}
function sarifTruncationWarning(report) {
  const active = report.findings.filter((f) => !f.suppressed).length;
  if (active <= SARIF_RESULT_LIMIT) return void 0;
  return `${active} findings; SARIF keeps the ${SARIF_RESULT_LIMIT} most severe (GitHub code scanning rejects more)`;
}
var automationId = (category) => category.endsWith("/") ? category : `${category}/`;
function sarifResult(finding, ruleIndex, options) {
  const { location, commit } = finding;
  const key = options.reveal ? finding.secret.reveal() : finding.secret.redacted;
  const where = [
    finding.originalSource ? ` (original source: ${finding.originalSource})` : "",
    finding.encoding ? ` (${finding.encoding}-encoded)` : "",
    commit ? ` (commit ${commit.sha})` : ""
  ].join("");
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${finding.title}: ${key}${where}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: sarifUri(location.path), uriBaseId: "%SRCROOT%" },
          // 1-based; endColumn is the column after the key (SARIF §3.30.8).
          region: { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn }
        }
      }
    ],
    // SARIF §3.35: an allow comment in the source; its reason is the justification.
    ...finding.suppressed ? { suppressions: [{ kind: "inSource", justification: finding.suppressed.detail || "caibo-scan:allow" }] } : {},
    partialFingerprints: {
      [SECRET_FINGERPRINT]: finding.fingerprint,
      ...finding.lineHash ? { primaryLocationLineHash: finding.lineHash } : {}
    },
    properties: {
      keyType: finding.keyType,
      context: finding.context,
      severity: finding.severity,
      ...location.byteOffset !== void 0 ? { byteOffset: location.byteOffset } : {},
      ...finding.encoding ? { encoding: finding.encoding } : {},
      ...finding.originalSource ? { originalSource: finding.originalSource } : {},
      ...commit ? { commit: commit.sha, author: commit.author, date: commit.date, commitSubject: commit.subject, inHead: finding.inHead ?? null } : {}
    }
  };
}
var formatSarif = redacting((report, options) => {
  const rules = [...report.rules].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const { repository } = options;
  const run = {
    tool: { driver: { name: "caibo-scan", semanticVersion: options.version, informationUri: INFORMATION_URI, rules: rules.map(sarifRule) } },
    ...options.sarifCategory ? { automationDetails: { id: automationId(options.sarifCategory) } } : {},
    // Only when the caller knows the one revision scanned (the Action); history findings name their own commit.
    ...repository ? {
      versionControlProvenance: [
        { repositoryUri: repository.uri, revisionId: repository.revision, ...repository.branch ? { branch: repository.branch } : {}, mappedTo: { uriBaseId: "%SRCROOT%" } }
      ]
    } : {},
    originalUriBaseIds: { "%SRCROOT%": { description: { text: "The project root: the git top-level, else the nearest folder with a package.json or framework config." } } },
    columnKind: "utf16CodeUnits",
    results: sarifFindings(report.findings).map((finding) => sarifResult(finding, ruleIndex.get(finding.ruleId), options))
  };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] }, null, 2)}
`;
});

// src/formatters/summary.ts
function summarise(report) {
  const bySeverity = Object.fromEntries([...SEVERITIES].reverse().map((s) => [s, 0]));
  const active = activeFindings(report);
  for (const finding of active) bySeverity[finding.severity] += 1;
  const suppressedBy = {};
  for (const finding of report.findings) {
    if (finding.suppressed) suppressedBy[finding.suppressed.by] = (suppressedBy[finding.suppressed.by] ?? 0) + 1;
  }
  return { findings: active.length, bySeverity, suppressed: report.findings.length - active.length, suppressedBy };
}
var plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
function policyChangeLine(review, subject, only) {
  const changes = (review?.changes ?? []).filter((change) => only === void 0 || change.file === only);
  if (!review || changes.length === 0) return void 0;
  const verb = changes.some((change) => change.weakens) ? "weakens the scan" : "changes the scan policy";
  const applied = review.from === "head" ? "applied (policy from the head)" : `not applied: the scan used the base's policy (${review.revision.slice(0, 7)})`;
  return `${subject} ${verb}: ${changes.map((change) => change.detail).join("; ")}; ${applied}`;
}

// src/scan.ts
import { statSync as statSync3 } from "node:fs";
import { dirname as dirname5, resolve as resolve4, sep as sep4 } from "node:path";

// src/context/build-output.ts
var OUTPUT_LAYOUTS = [
  // Next.js serves .next/static at /_next/static; the rest of .next (server/, cache/, standalone/, manifests) stays on the server.
  { id: "next-static", framework: "Next.js", dirs: [".next", "static"], exposure: "client", example: ".next/static/chunks/app/page-1a2b3c4d.js" },
  { id: "next-server", framework: "Next.js", dirs: [".next"], exposure: "server", example: ".next/server/app/page.js" },
  { id: "sveltekit-client", framework: "SvelteKit", dirs: [".svelte-kit", "output", "client"], exposure: "client", example: ".svelte-kit/output/client/_app/immutable/nodes/2.js" },
  { id: "sveltekit-prerendered", framework: "SvelteKit", dirs: [".svelte-kit", "output", "prerendered"], exposure: "client", example: ".svelte-kit/output/prerendered/pages/index.html" },
  { id: "sveltekit-server", framework: "SvelteKit", dirs: [".svelte-kit", "output", "server"], exposure: "server", example: ".svelte-kit/output/server/chunks/pay.js.map" },
  { id: "nitro-public", framework: "Nuxt / Nitro", dirs: [".output", "public"], exposure: "client", example: ".output/public/_nuxt/entry.js" },
  { id: "nitro-server", framework: "Nuxt / Nitro", dirs: [".output", "server"], exposure: "server", example: ".output/server/chunks/routes/api/pay.mjs" },
  { id: "nuxt-client", framework: "Nuxt", dirs: [".nuxt", "dist", "client"], exposure: "client", example: ".nuxt/dist/client/_nuxt/entry.js" },
  { id: "nuxt-server", framework: "Nuxt", dirs: [".nuxt", "dist", "server"], exposure: "server", example: ".nuxt/dist/server/server.mjs" },
  { id: "vercel-static", framework: "Vercel Build Output", dirs: [".vercel", "output", "static"], exposure: "client", example: ".vercel/output/static/app.js" },
  { id: "vercel-functions", framework: "Vercel Build Output", dirs: [".vercel", "output", "functions"], exposure: "server", example: ".vercel/output/functions/index.func/index.js" },
  // One output folder split in two: Astro with a server adapter, Vite's SSR convention, SvelteKit adapter-node, Remix / React Router.
  { id: "ssr-client", framework: "Astro, Vite SSR, adapter-node, React Router", dirs: ["dist|build", "client"], exposure: "client", example: "build/client/_app/immutable/nodes/2.js" },
  { id: "ssr-server", framework: "Astro, Vite SSR, adapter-node, React Router", dirs: ["dist|build", "server"], exposure: "server", example: "dist/server/entry.mjs.map" },
  // SvelteKit adapter-node (its `out` option, `build` by default): client/, prerendered/, server/, and its own entry files.
  { id: "adapter-node-client", framework: "SvelteKit adapter-node", dirs: ["*", "client"], exposure: "client", evidence: ["handler.js", "server"], example: "node-out/client/_app/immutable/nodes/2.js" },
  { id: "adapter-node-prerendered", framework: "SvelteKit adapter-node", dirs: ["*", "prerendered"], exposure: "client", evidence: ["handler.js", "client"], example: "build/prerendered/index.html" },
  { id: "adapter-node-server", framework: "SvelteKit adapter-node", dirs: ["*", "server"], exposure: "server", evidence: ["handler.js", "client"], example: "node-out/server/chunks/pay.js" },
  { id: "adapter-node-entry", framework: "SvelteKit adapter-node", dirs: ["*"], exposure: "server", evidence: ["handler.js", "server"], example: "build/env.js" },
  // Angular's application builder: dist/<project>/{browser,server}.
  { id: "angular-browser", framework: "Angular", dirs: ["dist", "*", "browser"], exposure: "client", example: "dist/shop/browser/main-ABCD1234.js" },
  { id: "angular-server", framework: "Angular", dirs: ["dist", "*", "server"], exposure: "server", example: "dist/shop/server/server.mjs" },
  // Vite 5+ writes .vite/manifest.json into the outDir (with build.manifest or ssrManifest); an SSR outDir is named for it.
  { id: "vite-ssr", framework: "Vite", dirs: ["*"], exposure: "server", evidence: [".vite/manifest.json"], rootName: /ssr|server/i, example: "dist-ssr/entry-server.js" },
  { id: "vite-client", framework: "Vite", dirs: ["*"], exposure: "client", evidence: [".vite/manifest.json"], example: "web-dist/app.js" },
  { id: "vite-ssr-manifest", framework: "Vite", dirs: ["*"], exposure: "client", evidence: [".vite/ssr-manifest.json"], example: "www-build/app.js" }
];
var matchesName = (pattern, name) => pattern === "*" || pattern.split("|").includes(name);
function rootFor(layout, folders, facts) {
  if (layout.evidence && !facts) return void 0;
  const { dirs } = layout;
  for (let start = 0; start + dirs.length <= folders.length; start += 1) {
    if (!dirs.every((pattern, j) => matchesName(pattern, folders[start + j]))) continue;
    const root = folders.slice(0, start + dirs.length);
    if (layout.rootName && !layout.rootName.test(root[root.length - 1])) continue;
    const base = folders.slice(0, start + 1).join("/");
    if (layout.evidence?.some((file) => !facts.exists(`${base}/${file}`))) continue;
    return { exposure: layout.exposure, root: root.join("/"), layout };
  }
  return void 0;
}
function outputRootOf(path, facts) {
  const folders = path.split("/").slice(0, -1);
  if (folders.length === 0) return void 0;
  for (const layout of OUTPUT_LAYOUTS) {
    const found = rootFor(layout, folders, facts);
    if (found) return found;
  }
  return void 0;
}

// src/context/paths.ts
var segments = (path) => path.split("/");
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);
function isEnvFile(path) {
  const name = baseName(path);
  return name === ".env" || name === ".envrc" || name.startsWith(".env.") || name.endsWith(".env") && name.length > 4;
}
function hasSegment(path, names) {
  return segments(path).slice(0, -1).some((segment) => names.includes(segment));
}

// src/context/source-map.ts
var MAX_PARSED_MAP_BYTES = 64 * 1024 * 1024;
var isSourceMap = (path) => /\.map$/i.test(path);
var FILE_FIELD = /"file"\s*:\s*"((?:[^"\\]|\\.)*)"/;
var FIELD_WINDOW = 4096;
function fileField(content) {
  const ends = [content.toString("utf8", 0, FIELD_WINDOW), content.toString("utf8", Math.max(0, content.length - FIELD_WINDOW))];
  for (const text2 of ends) {
    const raw = FILE_FIELD.exec(text2)?.[1];
    if (raw === void 0) continue;
    try {
      return JSON.parse(`"${raw}"`);
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function mappedFile(mapPath, content) {
  const dir = mapPath.slice(0, mapPath.lastIndexOf("/") + 1);
  const sibling = mapPath.replace(/\.map$/i, "");
  const file = fileField(content);
  const isGenerated = file !== void 0 && !file.startsWith("/") && !file.includes("..") && !isSourceMap(file);
  const named = isGenerated ? [`${dir}${file}`, `${dir}${file.slice(file.lastIndexOf("/") + 1)}`] : [];
  return [.../* @__PURE__ */ new Set([...named.filter((candidate) => candidate !== sibling), sibling])];
}
function originalSources(content, keys) {
  if (content.length > MAX_PARSED_MAP_BYTES) return keys.map(() => void 0);
  let map;
  try {
    map = JSON.parse(content.toString("utf8"));
  } catch {
    return keys.map(() => void 0);
  }
  const sources = Array.isArray(map.sources) ? map.sources : [];
  const contents = Array.isArray(map.sourcesContent) ? map.sourcesContent : [];
  return keys.map((key) => {
    const index = contents.findIndex((text2) => typeof text2 === "string" && text2.includes(key));
    const source = index === -1 ? void 0 : sources[index];
    return typeof source === "string" ? source : void 0;
  });
}

// src/context/exposure.ts
var BUILD_DIRS = ["dist", "build", "out"];
var SERVED_DIRS = ["public", "static", "staticfiles", "www", "assets"];
var WEB_ASSET = /\.(m?js|jsx|css|html?|map|json|txt|xml|svg|wasm|webmanifest)$/i;
var SERVER_SCRIPT = /\.(php\d?|py|rb|pl|cgi|go|java|jsp|aspx?|cs|ex|exs|rs)$/i;
var CLIENT_SOURCE = /\.(html?|vue|svelte)$/i;
var USE_CLIENT_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use client['"]/;
var NAMED_BUNDLE = /(?:\.min|\.bundle|\.chunk)\.m?js$/;
var HASHED_NAME = /[.-]([A-Za-z0-9_-]{8,})\.(?:m?js|css)$/;
var PRECOMPRESSED = /\.(?:gz|br)$/i;
var SHIPPED_MAP = /\.(?:m?js|css)\.map$/;
var SERVICE_WORKER = /^(?:sw|service-?worker|serviceWorker|firebase-messaging-sw|workbox-[\w-]+)\.m?js$/;
var BUNDLE_MARKERS = ["__webpack_require__", "webpackChunk", "__vitePreload", 'relList.supports("modulepreload")', "__sveltekit_"];
var SOURCE_MAPPING_TRAILER = /\/\/[#@] sourceMappingURL=\S+\s*$/;
var NODE_MARKERS = /(?<![\s\S])#!.*\bnode\b|(?:from\s*|import\(\s*|require\(\s*)["']node:|require\(\s*["'](?:fs|path|os|child_process|net|http|https|zlib|worker_threads|cluster|dns|tls|readline)["']\s*\)/;
var COMMONJS_MODULE = /^(?:module\.exports\s*=|exports\.[\w$]+\s*=|Object\.defineProperty\(exports,)/m;
var MINIFIED_LINE = /[^\n]{1000}/;
var MARKER_SCAN_BYTES = 256 * 1024;
var verdict = (exposure, reason) => ({ exposure, reason });
function isHashedName(name) {
  const hash = HASHED_NAME.exec(name)?.[1];
  if (!hash) return false;
  const isHex = /^[0-9a-f]+$/.test(hash) && /\d/.test(hash) && /[a-f]/.test(hash);
  return isHex || /[A-Z]/.test(hash) && /[a-z]/.test(hash) && /\d/.test(hash);
}
function browserAssetRule(path) {
  const name = baseName(path);
  if (hasSegment(path, SERVED_DIRS)) return "served-folder";
  if (SERVICE_WORKER.test(name)) return "service-worker";
  if (NAMED_BUNDLE.test(name)) return "named-bundle";
  if (isHashedName(name)) return "hashed-name";
  if (CLIENT_SOURCE.test(name)) return "page-or-component";
  return void 0;
}
var hasBundlerRuntime = (head) => BUNDLE_MARKERS.some((marker) => head.includes(marker));
function isNodeCode(head) {
  return NODE_MARKERS.test(head) || COMMONJS_MODULE.test(head) && !hasBundlerRuntime(head);
}
function isMinifiedWithMap(head, content) {
  const tail = content.toString("latin1", Math.max(0, content.length - 512));
  return SOURCE_MAPPING_TRAILER.test(tail) && MINIFIED_LINE.test(head);
}
function scriptExposure(path, content) {
  const head = content.toString("utf8", 0, Math.min(content.length, MARKER_SCAN_BYTES));
  if (USE_CLIENT_DIRECTIVE.test(head)) return verdict("client", "use-client");
  if (isNodeCode(head)) return verdict("server", "node-code");
  if (hasSegment(path, BUILD_DIRS) && WEB_ASSET.test(baseName(path))) return verdict("client", "build-folder");
  if (!/\.m?js$/i.test(path)) return verdict("unknown", "none");
  if (hasBundlerRuntime(head)) return verdict("client", "bundler-runtime");
  if (isMinifiedWithMap(head, content)) return verdict("client", "minified-with-map");
  return verdict("unknown", "none");
}
function sourceMapExposure(path, content, facts) {
  const mapped = mappedFile(path, content);
  const generated = mapped.map((file) => ({ file, head: facts?.head(file) })).find((f) => f.head);
  const of = generated ?? { file: mapped[mapped.length - 1], head: void 0 };
  const decided = exposureOf(of.file, of.head ?? Buffer.alloc(0), facts);
  if (decided.exposure !== "unknown" || generated) return verdict(decided.exposure, `source-map:${decided.reason}`);
  return SHIPPED_MAP.test(path) ? verdict("client", "source-map") : decided;
}
function exposureOf(path, content, facts) {
  if (PRECOMPRESSED.test(path)) return exposureOf(path.replace(PRECOMPRESSED, ""), content, facts);
  const output = outputRootOf(path, facts);
  if (output) return verdict(output.exposure, output.layout.id);
  if (SERVER_SCRIPT.test(path)) return verdict("server", "server-script");
  if (/\.cjs$/.test(path)) return verdict("server", "commonjs-file");
  if (isSourceMap(path)) return sourceMapExposure(path, content, facts);
  const assetRule = browserAssetRule(path);
  if (assetRule) return verdict("client", assetRule);
  if (!/\.m?jsx?$|\.tsx?$/i.test(path)) return verdict("unknown", "none");
  return scriptExposure(path, content);
}

// src/context/exposed-env-var.ts
var EXPOSED_PREFIX = "(?<![A-Za-z0-9_])(?:NEXT_PUBLIC_|VITE_|REACT_APP_|PUBLIC_|EXPO_PUBLIC_|GATSBY_|NUXT_PUBLIC_)";
var EXPOSED_ASSIGNMENT = new RegExp(`${EXPOSED_PREFIX}[A-Za-z0-9_]*['"]?\\s*(?:=|:|\\?\\?|\\|\\|)\\s*['"\`]?$`);
var blockNamed = (names) => new RegExp(`(?:^|[\\s,{])(?:${names})\\s*:\\s*\\{$|(?:Define|Environment)Plugin\\(\\s*\\{$`);
var INLINED_BLOCKS = [
  [/^next\.config\./, blockNamed("env|publicRuntimeConfig")],
  [/^nuxt\.config\./, blockNamed("define|public")],
  [/^(?:vite|vitest|astro|svelte|webpack)\.config\./, blockNamed("define")]
];
var CONFIG_SCRIPT = /\.[cm]?[jt]s$/;
function isExposedEnvAssignment(textBeforeKey) {
  return EXPOSED_ASSIGNMENT.test(textBeforeKey);
}
function isInInlinedConfigBlock(path, content, keyOffset) {
  const name = baseName(path);
  const inlinedBlock = CONFIG_SCRIPT.test(name) ? INLINED_BLOCKS.find(([config]) => config.test(name))?.[1] : void 0;
  if (!inlinedBlock) return false;
  const before = content.toString("utf8", Math.max(0, keyOffset - 16384), keyOffset);
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const char = before[i];
    if (char === "}") depth += 1;
    else if (char === "{") {
      if (depth === 0) {
        if (inlinedBlock.test(before.slice(Math.max(0, i - 64), i + 1))) return true;
      } else depth -= 1;
    }
  }
  return false;
}

// src/context/url.ts
var URL_TOKEN_BEFORE_KEY = /[^\s'"`<>()]*$/;
var PARAMETER = /([?&#;])[A-Za-z0-9_.\-[\]%]*=$/;
var URL_WITH_HOST = /[a-z][a-z0-9+.-]*:\/\/|(?:^|=)\/\/[A-Za-z0-9-]+\./i;
var SEARCH_PARAMS_CALL = /(?:searchParams\.(?:set|append)\(\s*['"`][^'"`]*['"`]\s*,|URLSearchParams\(\s*\{[^}]*:)\s*['"`]?$/;
function isParameterValue(token) {
  const match = PARAMETER.exec(token);
  if (!match) return false;
  const head = token.slice(0, match.index);
  switch (match[1]) {
    case "?":
      return true;
    case "&":
      return match.index === 0 || head.includes("?");
    default:
      return head.includes("?") || head.includes("/");
  }
}
function isInUrl(textBeforeKey) {
  const token = URL_TOKEN_BEFORE_KEY.exec(textBeforeKey)?.[0] ?? "";
  return isParameterValue(token) || URL_WITH_HOST.test(token) || SEARCH_PARAMS_CALL.test(textBeforeKey);
}

// src/context/classify.ts
function envContext(provenance) {
  if (!isEnvFile(provenance.path)) return void 0;
  switch (provenance.kind) {
    case "history":
    case "staged":
      return "committed-env";
    case "worktree":
      if (provenance.git === "tracked") return "committed-env";
      if (provenance.git === "ignored") return "local-env";
      return void 0;
    case "stdin":
      return void 0;
  }
}
function classify(blob, candidates, facts) {
  const { path } = blob.provenance;
  const exposure = exposureOf(path, blob.bytes, facts);
  const env = envContext(blob.provenance);
  const origins = isSourceMap(path) ? originalSources(blob.bytes, candidates.map((c) => c.secret.reveal())) : [];
  return candidates.map((candidate, index) => {
    const before = candidate.lineText.slice(0, candidate.keyIndexInLine);
    const contexts = [];
    if (isExposedEnvAssignment(before) || isInInlinedConfigBlock(path, blob.bytes, candidate.start)) {
      contexts.push("exposed-env-var");
    }
    if (exposure.exposure === "client") contexts.push("client-bundle");
    if (isInUrl(before)) contexts.push("url");
    if (env) contexts.push(env);
    contexts.push("default");
    const classification = { contexts, exposure };
    const origin = origins[index];
    if (origin) classification.originalSource = origin;
    return classification;
  });
}

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
    needles = {
      base64: base64Needles(literal).map(({ needle, lead }) => ({ find: literalSearch(Buffer.from(needle, "latin1")), lead })),
      word: Buffer.from(literal.replace(/[^A-Za-z0-9]+$/, ""), "latin1")
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
var ESCAPE_NEEDLES = [
  [literalSearch(Buffer.from("%5")), "percent"],
  ...["\\x5", "\\u005", "\\u{5"].map((needle) => [literalSearch(Buffer.from(needle)), "js-escape"])
];
var ESCAPE_LOOKBEHIND = 24;
function encodedRuns(bytes, needles, from, to) {
  const runs = [];
  for (const literal of needles) {
    runs.push(...base64Runs(bytes, literal, from, to));
    const { word } = needlesFor(literal);
    const starts = /* @__PURE__ */ new Set();
    for (const [find, encoding] of ESCAPE_NEEDLES) {
      for (let at = find(bytes, from); at !== -1 && at < to; at = find(bytes, at + 1)) {
        const windowStart = Math.max(0, at - ESCAPE_LOOKBEHIND);
        const wordAt = bytes.subarray(windowStart, at).lastIndexOf(word);
        if (wordAt === -1 || starts.has(windowStart + wordAt)) continue;
        const run = escapedRun(bytes, windowStart + wordAt, encoding);
        if (run) {
          starts.add(run.start);
          runs.push(run);
        }
      }
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}
function findEncodedCandidates(bytes, detector, options = {}) {
  const runs = encodedRuns(bytes, detector.needles, options.from ?? 0, options.to ?? bytes.length);
  if (runs.length === 0) return [];
  const found = [];
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
      if (!found.some((c) => c.start === start)) found.push({ ...candidate, start, end, encoding: run.encoding });
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
function findKeysInAnyForm(bytes, detector) {
  const text2 = utf16ToUtf8(bytes) ?? bytes;
  return [...detector.findCandidates(text2), ...findEncodedCandidates(text2, detector)];
}
function keyNeedleSearches(needles) {
  return {
    plain: needles.map((literal) => literalSearch(Buffer.from(literal, "latin1"))),
    encoded: [...needles.flatMap((literal) => needlesFor(literal).base64.map((b) => b.find)), ...ESCAPE_NEEDLES.map(([find]) => find)]
  };
}

// src/filters/allow-comment.ts
var ALLOW_MARKER = /(?:caibo-scan|gitleaks):allow\b[ \t]*(.*?)[ \t]*(?:\*\/|-->|#\}|%>|\*\)|$)/;
var COMMENT_LINE = /^\s*(?:\/\/|#|<!--|\{?\/\*|\{#|\*|--|;|%|<%#)/;
var KEY_LIKE = /\w*caibo_\w*/g;
var MAX_REASON = 120;
function allowCommentReason(lineText, previousLineText) {
  const match = ALLOW_MARKER.exec(lineText) ?? (COMMENT_LINE.test(previousLineText) ? ALLOW_MARKER.exec(previousLineText) : null);
  if (!match) return void 0;
  return match[1].replace(KEY_LIKE, "[key]").trim().slice(0, MAX_REASON);
}

// src/filters/placeholder.ts
var MIN_ANYWHERE_WORD = 6;
function longestRun(body, step) {
  let best = 1;
  let run = 1;
  for (let i = 1; i < body.length; i += 1) {
    run = step(body.charCodeAt(i - 1), body.charCodeAt(i)) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}
var capitalised = (word) => word[0].toUpperCase() + word.slice(1);
function wordIn(body, words) {
  for (const word of words) {
    for (const form of [word, word.toUpperCase(), capitalised(word)]) {
      const at = body.indexOf(form);
      if (at === -1) continue;
      const anywhere = word.length >= MIN_ANYWHERE_WORD;
      if (anywhere || body.startsWith(form) || body.endsWith(form)) return word;
    }
  }
  return void 0;
}
function placeholderReason(candidate, spec) {
  const key = candidate.secret.reveal();
  const body = key.slice(candidate.prefixLength);
  if (spec.exactBodies.includes(body)) return "known-example";
  if (longestRun(body, (a, b) => a === b) >= spec.minRepeatedRun) return "repeated-characters";
  const ascending = longestRun(body, (a, b) => b === a + 1);
  const descending = longestRun(body, (a, b) => b === a - 1);
  if (Math.max(ascending, descending) >= spec.minSequentialRun) return "sequential-characters";
  if (new Set(body).size < spec.minDistinctChars) return "low-variety";
  const word = wordIn(body, spec.words);
  if (word) return `word:${word}`;
  const before = candidate.lineText.slice(0, candidate.keyIndexInLine);
  const after = candidate.lineText.slice(candidate.keyIndexInLine + key.length);
  const wrappedInAngles = before.endsWith("<") && after.startsWith(">");
  const templated = spec.templateBefore.some((marker) => marker !== "<" && before.endsWith(marker)) || spec.templateAfter.some((marker) => marker !== ">" && after.startsWith(marker));
  if (wrappedInAngles || templated) return "template";
  return void 0;
}

// src/filters/pipeline.ts
function suppressionFor(finding, candidate, settings, addedLines) {
  if (addedLines && !addedLines.has(candidate.line)) return { by: "not-added" };
  const placeholder = placeholderReason(candidate, settings.placeholders);
  if (placeholder) return { by: "placeholder", detail: placeholder };
  const allowed = allowCommentReason(candidate.lineText, candidate.previousLineText);
  if (allowed !== void 0) return allowed ? { by: "allow-comment", detail: allowed } : { by: "allow-comment" };
  const allowPath = settings.allowPath(finding.location.path);
  const allowRule = settings.allow.find(({ regex }) => allowPath !== void 0 && regex.test(allowPath) || regex.test(finding.fingerprint));
  if (allowRule) return { by: "config", detail: allowRule.pattern };
  if (settings.baseline.has(finding.fingerprint)) return { by: "baseline" };
  if (finding.context === "local-env" && !settings.includeLocalEnv) return { by: "local-env" };
  return void 0;
}

// src/line-hash.ts
var TAB = 9;
var SPACE = 32;
var LF = 10;
var CR = 13;
var END_OF_INPUT = 65535;
var BLOCK_SIZE = 100;
var MOD = 37n;
var u64 = (x) => BigInt.asUintN(64, x);
var FIRST_MOD = (() => {
  let m = 1n;
  for (let i = 0; i < BLOCK_SIZE; i += 1) m = u64(m * MOD);
  return m;
})();
function lineHashes(text2, wanted) {
  const result = /* @__PURE__ */ new Map();
  const window = new Array(BLOCK_SIZE).fill(0);
  const lineNumbers = new Array(BLOCK_SIZE).fill(-1);
  const counts = /* @__PURE__ */ new Map();
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let previousWasCR = false;
  const lastWanted = Math.max(0, ...wanted);
  const output = () => {
    const hex2 = hash.toString(16);
    const count = (counts.get(hex2) ?? 0) + 1;
    counts.set(hex2, count);
    const line = lineNumbers[index];
    if (wanted.has(line)) result.set(line, `${hex2}:${count}`);
    lineNumbers[index] = -1;
  };
  const update = (current) => {
    const begin = window[index];
    window[index] = current;
    hash = u64(MOD * hash + BigInt(current) - FIRST_MOD * BigInt(begin));
    index = (index + 1) % BLOCK_SIZE;
  };
  const process2 = (code) => {
    if (code === SPACE || code === TAB || previousWasCR && code === LF) {
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
  for (let i = 0; i < text2.length && result.size < wanted.size; i += 1) {
    process2(text2.charCodeAt(i));
    if (lineNumber > lastWanted + BLOCK_SIZE && result.size === wanted.size) break;
  }
  if (result.size < wanted.size) {
    process2(END_OF_INPUT);
    for (let i = 0; i < BLOCK_SIZE; i += 1) {
      if (lineNumbers[index] !== -1) output();
      update(0);
    }
  }
  return result;
}

// src/ruleset/decide.ts
function decide(ruleset, keyType, contexts) {
  const context = ruleset.contextPrecedence.find((c) => contexts.includes(c)) ?? "default";
  return ruleset.ruleFor(keyType, context);
}
function fingerprint(ruleId, path, secretHash) {
  return sha256(`${ruleId}\0${path}\0${secretHash}`).slice(0, 32);
}

// src/policy.ts
import { dirname as dirname3, join as join5 } from "node:path";

// src/baseline.ts
function readBaseline(file, files = DISK) {
  let data;
  try {
    data = JSON.parse(files.readText(file));
  } catch (error) {
    throw configError(`${file}: cannot read baseline: ${error.code ?? error.message}`);
  }
  if (data?.version !== 1 || !Array.isArray(data.findings) || data.findings.some((f) => typeof f?.fingerprint !== "string")) {
    throw configError(`${file}: not a caibo-scan baseline (expected {"version": 1, "findings": [{"fingerprint": ...}]})`);
  }
  return new Set(data.findings.map((f) => f.fingerprint));
}

// src/sources/git.ts
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync as existsSync3 } from "node:fs";
import { join as join4 } from "node:path";
async function gitStatuses(root, paths) {
  const statuses = new Map(paths.map((p) => [p, "no-repo"]));
  if (paths.length === 0) return statuses;
  const nested = /* @__PURE__ */ new Map();
  const own = [];
  for (const path of paths) {
    const repo = nestedRepository(root, path);
    if (repo === void 0) own.push(path);
    else nested.set(repo, [...nested.get(repo) ?? [], path]);
  }
  for (const [repo, inside] of nested) {
    const relativeTo = (path) => path.slice(repo.length + 1);
    const answers = await gitStatuses(join4(root, repo), inside.map(relativeTo));
    for (const path of inside) statuses.set(path, answers.get(relativeTo(path)));
  }
  if (own.length === 0) return statuses;
  const here = { dir: root };
  const inWorkTree = await gitAnswer(root, ["rev-parse", "--is-inside-work-tree"]).catch(() => void 0);
  if (inWorkTree?.status !== 0 || inWorkTree.stdout.trim() !== "true") return statuses;
  const tracked = new Set((await ask(here, ["ls-files", "-z", "--", ...own.map((p) => `:(literal)${p}`)])).split("\0").filter(Boolean));
  const untracked = own.filter((p) => !tracked.has(p));
  const ignored = /* @__PURE__ */ new Set();
  if (untracked.length) {
    const answer = await gitAnswer(root, ["check-ignore", "--", ...untracked]).catch((error) => {
      throw asGitError(error, "git check-ignore");
    });
    if (answer.status !== 0 && answer.status !== 1) throw gitError(withRemedy(`git check-ignore: ${firstLine(answer.stderr)}`));
    for (const path of answer.stdout.split("\n").filter(Boolean)) ignored.add(path);
  }
  for (const path of own) {
    statuses.set(path, tracked.has(path) ? "tracked" : ignored.has(path) ? "ignored" : "untracked");
  }
  return statuses;
}
function nestedRepository(root, path) {
  const parts = path.split("/").slice(0, -1);
  for (let depth = parts.length; depth > 0; depth -= 1) {
    const dir = parts.slice(0, depth).join("/");
    if (existsSync3(join4(root, dir, ".git"))) return dir;
  }
  return void 0;
}
var PLUMBING_CONFIG = [
  "-c",
  "core.quotePath=false",
  "-c",
  "color.ui=false",
  "-c",
  "log.showSignature=false",
  "-c",
  "diff.noprefix=false",
  "-c",
  "diff.mnemonicPrefix=false",
  "-c",
  "diff.relative=false"
];
var NEUTRALISING_CONFIG = ["-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null"];
var READ_CONFIG = ["-c", "core.askPass=", "-c", "credential.helper="];
var READ_ENV = { GIT_ALLOW_PROTOCOL: "", GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0" };
var TRANSFER_ENV = { GIT_ALLOW_PROTOCOL: "file:git:http:https:ssh", GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0" };
var READ_ONLY_SUBCOMMANDS = /* @__PURE__ */ new Set([
  "cat-file",
  "check-ignore",
  "config",
  "for-each-ref",
  "fsck",
  "ls-files",
  "ls-tree",
  "merge-base",
  "reflog",
  "rev-list",
  "rev-parse"
]);
var DIFF_SUBCOMMANDS = /* @__PURE__ */ new Set(["diff", "log"]);
var CONVERTING_FLAGS = /^--(?:textconv|filters|ext-diff|path=|path$)/;
var isTransfer = (subcommand, rest) => subcommand === "clone" && rest.includes("--mirror") || subcommand === "remote" && rest[0] === "update";
function safeGit(args) {
  const [subcommand = "", ...rest] = args;
  const transfer = isTransfer(subcommand, rest);
  const vetted = transfer || READ_ONLY_SUBCOMMANDS.has(subcommand) || DIFF_SUBCOMMANDS.has(subcommand);
  if (!vetted || rest.some((arg) => CONVERTING_FLAGS.test(arg))) {
    throw new Error(`git ${subcommand} ${rest.find((arg) => CONVERTING_FLAGS.test(arg)) ?? ""} is not vetted to run on untrusted repositories`);
  }
  const noConversion = DIFF_SUBCOMMANDS.has(subcommand) ? ["--no-ext-diff", "--no-textconv"] : [];
  return {
    args: ["--no-pager", ...PLUMBING_CONFIG, ...NEUTRALISING_CONFIG, ...transfer ? [] : READ_CONFIG, subcommand, ...noConversion, ...rest],
    env: { ...process.env, ...transfer ? TRANSFER_ENV : READ_ENV }
  };
}
var firstLine = (text2) => text2.split("\n").map((line) => line.replace(/^(fatal|error): /, "").trim()).find(Boolean) ?? "git failed";
var DUBIOUS_OWNERSHIP = /dubious ownership in repository at '(.*)'/;
var MISSING_OR_CORRUPT = /\b(corrupt|bad object|missing (blob|tree|commit)|packfile|inflate|unable to (read|unpack)|failed to read object|invalid object|did not point to a valid object)\b/i;
function withRemedy(message) {
  const dubious = DUBIOUS_OWNERSHIP.exec(message);
  if (dubious) {
    return `git refuses ${dubious[1]}: it is owned by another user (dubious ownership); if you trust it, run: git config --global --add safe.directory ${dubious[1]}`;
  }
  if (MISSING_OR_CORRUPT.test(message)) return `${message}: the repository is corrupt or missing objects (try git fsck)`;
  return message;
}
function asGitError(error, what) {
  if (isCaiboScanError(error)) return error;
  const err = error;
  if (err.code === "ENOENT" || /spawn git ENOENT/.test(err.message ?? "")) {
    return gitError("git not found: install git or put it on PATH");
  }
  return gitError(withRemedy(`${what}: ${firstLine(err.message ?? String(error))}`));
}
function gitAnswer(dir, args) {
  return new Promise((done, fail) => {
    const git = safeGit(args);
    execFile("git", git.args, { cwd: dir, env: git.env, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? typeof error.code === "number" ? error.code : null : 0;
      if (status === null) fail(error);
      else done({ status, stdout, stderr });
    });
  });
}
async function openRepo(dir, { mergeHead = false } = {}) {
  if (!existsSync3(dir)) throw gitError(`${dir}: no such directory`);
  let answer;
  try {
    answer = await gitAnswer(dir, ["rev-parse", "--is-bare-repository", ...mergeHead ? ["--verify", "--quiet", "MERGE_HEAD^{commit}"] : []]);
  } catch (error) {
    throw asGitError(error, dir);
  }
  const [bare, merging] = answer.stdout.split("\n");
  if (answer.status !== 0 && !(mergeHead && answer.status === 1 && bare)) {
    const message = firstLine(answer.stderr);
    throw gitError(/not a git repository/i.test(message) ? `${dir}: not a git repository` : withRemedy(`${dir}: ${message}`));
  }
  return { dir, bare: bare === "true", ...merging ? { mergeHead: merging } : {} };
}
async function ask(repo, args, what = `git ${args[0]}`) {
  let answer;
  try {
    answer = await gitAnswer(repo.dir, args);
  } catch (error) {
    throw asGitError(error, what);
  }
  if (answer.status !== 0) throw gitError(withRemedy(`${what}: ${firstLine(answer.stderr)}`));
  return answer.stdout;
}
async function isShallow(repo) {
  return (await ask(repo, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
async function topLevel(repo) {
  return (await ask(repo, ["rev-parse", "--show-toplevel"]).catch(() => "")).trim() || repo.dir;
}
async function resolveCommit(repo, rev) {
  const sha = await ask(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]).catch(() => "");
  return sha.trim() || void 0;
}
async function* streamGit(repo, args, feed) {
  const git = safeGit(args);
  const child = spawn("git", git.args, { cwd: repo.dir, stdio: ["pipe", "pipe", "pipe"], env: { ...git.env, GIT_FLUSH: "0" } });
  const stderr = [];
  child.stderr.on("data", (part) => stderr.push(part));
  const exited = new Promise((done, fail) => {
    child.once("error", fail);
    child.once("close", done);
  });
  child.stdin.on("error", () => void 0);
  const fed = (feed ? feed(child.stdin) : Promise.resolve()).then(
    () => void child.stdin.end(),
    (error) => error
  );
  try {
    for await (const part of child.stdout) yield part;
    const code = await exited;
    if (code !== 0) throw gitError(withRemedy(`git ${args[0]}: ${firstLine(Buffer.concat(stderr).toString("utf8"))}`));
    const feedError = await fed;
    if (feedError) throw feedError;
  } catch (error) {
    throw asGitError(error, `git ${args[0]}`);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
var LINES_PER_WRITE = 512;
async function writeLineBatches(stdin, batches) {
  for await (const batch of batches) {
    if (batch.length && !stdin.write(`${batch.join("\n")}
`)) await once(stdin, "drain");
  }
}
function* batchesOf(lines, size) {
  let batch = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  yield batch;
}
var writeLines = (stdin, lines) => writeLineBatches(stdin, batchesOf(lines, LINES_PER_WRITE));

// src/sources/cat-file.ts
var NEWLINE4 = 10;
async function splitBatchOutput(chunks, onObject, onMissing) {
  let header;
  let current;
  for await (const chunk of chunks) {
    let at = 0;
    while (at < chunk.length) {
      if (current) {
        const wanted = current.size + 1 - current.have;
        const take = Math.min(wanted, chunk.length - at);
        if (current.have === 0 && take === wanted) {
          onObject(current.id, chunk.subarray(at, at + current.size));
        } else {
          current.bytes ??= Buffer.allocUnsafe(current.size + 1);
          chunk.copy(current.bytes, current.have, at, at + take);
          if (take === wanted) onObject(current.id, current.bytes.subarray(0, current.size));
        }
        current.have += take;
        at += take;
        if (take === wanted) current = void 0;
        continue;
      }
      const end = chunk.indexOf(NEWLINE4, at);
      const piece = chunk.subarray(at, end === -1 ? chunk.length : end);
      header = header ? Buffer.concat([header, piece]) : piece;
      if (end === -1) {
        header = Buffer.from(header);
        break;
      }
      at = end + 1;
      const [id, type, size] = header.toString("latin1").split(" ");
      header = void 0;
      if (type === "missing" && onMissing) {
        onMissing(id);
        continue;
      }
      if (type === "missing" || type === "ambiguous" || size === void 0) {
        throw gitError(`object ${id} is ${type ?? "unreadable"}: the repository may be corrupt (try git fsck)`);
      }
      current = { id, size: Number(size), have: 0 };
    }
  }
  if (current) throw gitError(`object ${current.id} ended early: the repository may be corrupt (try git fsck)`);
}
async function readObjects(repo, ids, onObject, onMissing) {
  const feed = Symbol.asyncIterator in ids ? (stdin) => writeLineBatches(stdin, ids) : (stdin) => writeLines(stdin, ids);
  await splitBatchOutput(streamGit(repo, ["cat-file", "--batch", "--buffer"], feed), onObject, onMissing);
}
async function readObject(repo, id) {
  let content;
  await readObjects(repo, [id], (_, bytes) => content = bytes);
  return content;
}
async function filesAtCommit(repo, commit, paths) {
  const files = /* @__PURE__ */ new Map();
  if (paths.length === 0) return files;
  const listing = await ask(repo, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...paths]);
  const blobs = /* @__PURE__ */ new Map();
  for (const entry of listing.split("\0").filter(Boolean)) {
    const tab = entry.indexOf("	");
    const [, type, id] = entry.slice(0, tab).split(" ");
    if (type === "blob") blobs.set(entry.slice(tab + 1), id);
  }
  if (blobs.size === 0) return files;
  const contents = /* @__PURE__ */ new Map();
  await readObjects(repo, new Set(blobs.values()), (id, bytes) => contents.set(id, Buffer.from(bytes)));
  for (const [path, id] of blobs) files.set(path, contents.get(id));
  return files;
}

// src/policy.ts
function loadPolicy(request, configFile, files) {
  const config = configFile ? loadConfig(configFile, files) : EMPTY_CONFIG;
  return {
    config,
    ruleset: loadRuleset([...config.rules, ...request.rules], files),
    baseline: request.baseline ? readBaseline(request.baseline, files) : /* @__PURE__ */ new Set()
  };
}
function policyFromDisk(request) {
  return loadPolicy(request, request.config === false ? void 0 : request.config ?? findConfig(request.root), DISK);
}
function configCandidates(root, top) {
  const candidates = [];
  for (let dir = root; repoPath(top, dir) !== void 0; dir = dirname3(dir)) {
    candidates.push(join5(dir, CONFIG_FILE));
    if (dirname3(dir) === dir) break;
  }
  return candidates;
}
async function policyForRange(request, repo, range, from) {
  const { top } = range;
  const inRepo = (path) => repoPath(top, path);
  const read = async (paths) => {
    const wanted = paths.map(inRepo).filter((path) => path !== void 0);
    return Promise.all([filesAtCommit({ ...repo, dir: top }, range.base, wanted), filesAtCommit({ ...repo, dir: top }, range.head, wanted)]);
  };
  const has = (snapshot, path) => {
    const rel = inRepo(path);
    return rel === void 0 || snapshot.has(rel);
  };
  const candidates = request.config === false ? [] : request.config ? [request.config] : configCandidates(request.root, top);
  const [base, head] = await read([...candidates, ...request.baseline ? [request.baseline] : [], ...request.rules]);
  const baseConfig = candidates.find((file) => has(base, file));
  const headConfig = candidates.find((file) => has(head, file));
  const baseRequest = {
    ...request,
    ...request.baseline && !has(base, request.baseline) ? { baseline: void 0 } : {},
    rules: request.rules.filter((dir) => has(base, dir) || [...base.keys()].some((path) => path.startsWith(`${inRepo(dir)}/`)))
  };
  const ruleDirs = [...baseConfig ? loadConfig(baseConfig, commitFiles(top, base)).rules : [], ...baseRequest.rules];
  const [baseRules, headRules] = await read(ruleDirs);
  const baseFiles = new Map([...base, ...baseRules]);
  const headFiles = new Map([...head, ...headRules]);
  const review = {
    from,
    revision: range.base,
    changes: [
      ...configChanges(top, baseConfig, headConfig, baseFiles, headFiles),
      ...request.baseline ? baselineChanges(top, request.baseline, baseFiles, headFiles) : [],
      ...ruleFileChanges(ruleDirs.map(inRepo).filter((dir) => dir !== void 0), baseRules, headRules),
      ...request.rules.filter((dir) => !baseRequest.rules.includes(dir)).map((dir) => ({ file: inRepo(dir), kind: "rules", detail: `rules ${inRepo(dir)} added`, weakens: true }))
    ]
  };
  const policy = from === "head" ? policyFromDisk(request) : loadPolicy(baseRequest, baseConfig, commitFiles(top, baseFiles));
  const redact2 = keyRedactor(policy.ruleset.patterns);
  for (const change of review.changes) change.detail = redact2(change.detail);
  return { ...policy, review };
}
var text = (files, path) => path === void 0 ? void 0 : files.get(path)?.toString("utf8");
function atHead(load) {
  try {
    return load();
  } catch (error) {
    return { error: error.message };
  }
}
var show = (value) => typeof value === "string" ? value : JSON.stringify(value);
function configChanges(top, baseFile, headFile, base, head) {
  const [baseRel, headRel] = [baseFile && repoPath(top, baseFile), headFile && repoPath(top, headFile)];
  if (baseRel === void 0 && headRel === void 0) return [];
  if (baseFile === headFile && text(base, baseRel) === text(head, headRel)) return [];
  const file = headRel ?? baseRel;
  const change = (detail, weakens) => ({ file, kind: "config", detail, weakens });
  const loaded = atHead(() => headFile && loadConfig(headFile, commitFiles(top, head)));
  if (loaded && "error" in loaded) return [change(`does not load at the head (${loaded.error})`, true)];
  const before = JSON.parse(text(base, baseRel) ?? "{}");
  const after = JSON.parse(text(head, headRel) ?? "{}");
  const changes = [];
  for (const field of /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [was, is] = [before[field], after[field]];
    if (field === "$schema" || JSON.stringify(was) === JSON.stringify(is)) continue;
    if (field === "failOn") {
      const [from, to] = [was ?? "high", is ?? "high"];
      changes.push(change(`failOn ${from} \u2192 ${to}`, FAIL_ON.indexOf(to) > FAIL_ON.indexOf(from)));
    } else if (Array.isArray(was ?? []) && Array.isArray(is ?? [])) {
      const [old, now] = [was ?? [], is ?? []];
      for (const item of now.filter((x) => !old.includes(x))) changes.push(change(`${field} adds ${JSON.stringify(item)}`, true));
      for (const item of old.filter((x) => !now.includes(x))) changes.push(change(`${field} drops ${JSON.stringify(item)}`, field === "rules"));
    } else {
      const strict = field === "includeLocalEnv" ? true : field === "newSuppressions" ? "fail" : void 0;
      changes.push(change(`${field} ${show(was ?? "unset")} \u2192 ${show(is ?? "unset")}`, strict === void 0 || is !== strict));
    }
  }
  return changes;
}
function baselineChanges(top, file, base, head) {
  const rel = repoPath(top, file);
  if (rel === void 0 || text(base, rel) === text(head, rel)) return [];
  const change = (detail, weakens) => ({ file: rel, kind: "baseline", detail, weakens });
  const after = atHead(() => readBaseline(file, commitFiles(top, head)));
  if ("error" in after) return [change(`does not load at the head (${after.error})`, true)];
  const before = base.has(rel) ? readBaseline(file, commitFiles(top, base)) : /* @__PURE__ */ new Set();
  const added = [...after].filter((f) => !before.has(f)).length;
  const dropped = [...before].filter((f) => !after.has(f)).length;
  return [
    ...added ? [change(`baseline accepts ${added} more finding${added === 1 ? "" : "s"}`, true)] : [],
    ...dropped ? [change(`baseline drops ${dropped} finding${dropped === 1 ? "" : "s"}`, false)] : []
  ];
}
function ruleFileChanges(dirs, base, head) {
  const inDirs = (path) => dirs.some((dir) => path === dir || path.startsWith(`${dir}/`));
  const paths = [.../* @__PURE__ */ new Set([...base.keys(), ...head.keys()])].filter(inDirs).sort();
  return paths.flatMap((file) => {
    const [was, is] = [base.get(file), head.get(file)];
    if (was && is && was.equals(is)) return [];
    const what = !was ? "added" : !is ? "removed" : "changed";
    return [{ file, kind: "rules", detail: `rule file ${file} ${what}`, weakens: true }];
  });
}

// src/sources/history.ts
import { once as once2 } from "node:events";
import { PassThrough } from "node:stream";

// src/sources/git-diff.ts
var HEADER_MARK = 1;
var COLON = 58;
var NEWLINE5 = 10;
var COMMIT_FORMAT = "%x01%H";
async function* nulTokenBatches(chunks) {
  let carry;
  for await (const chunk of chunks) {
    const last = chunk.lastIndexOf(0);
    if (last === -1) {
      carry = carry ? Buffer.concat([carry, chunk]) : chunk;
      continue;
    }
    const text2 = carry ? Buffer.concat([carry, chunk.subarray(0, last)]).toString("utf8") : chunk.toString("utf8", 0, last);
    carry = last + 1 < chunk.length ? chunk.subarray(last + 1) : void 0;
    yield text2.split("\0");
  }
  if (carry) yield [carry.toString("utf8")];
}
var HUNK_HEADER = /^(@{2,}) [^+]*\+(\d+)/;
function addedLinesIn(section) {
  const added = /* @__PURE__ */ new Set();
  let marks = 0;
  let line = 0;
  for (const text2 of section.split("\n")) {
    const hunk = HUNK_HEADER.exec(text2);
    if (hunk) {
      marks = hunk[1].length - 1;
      line = Number(hunk[2]);
      continue;
    }
    if (marks === 0 || text2.length < marks || text2.startsWith("\\")) continue;
    const prefix = text2.slice(0, marks);
    if (prefix.includes("-")) continue;
    if (!prefix.includes(" ")) added.add(line);
    line += 1;
  }
  return marks === 0 && /^Binary files /m.test(section) ? void 0 : added;
}
var PATCH_SECTION = /^diff (?:--git|--combined|--cc) /gm;
function attachPatch(files, patch) {
  const starts = [...patch.matchAll(PATCH_SECTION)].map((m) => m.index);
  if (starts.length !== files.length) return;
  starts.forEach((start, i) => {
    const lines = addedLinesIn(patch.slice(start, starts[i + 1] ?? patch.length));
    if (lines) files[i].addedLines = lines;
  });
}
function parseRawEntry(meta) {
  let parents = 0;
  while (meta.charCodeAt(parents) === COLON) parents += 1;
  const fields = meta.slice(parents).split(" ");
  const status = fields[fields.length - 1];
  return {
    mode: fields[parents],
    blobId: fields[2 * parents + 1],
    status: status[0],
    // Renames and copies (only with -M/-C, never in combined entries) name the old path, then the new.
    pathCount: parents === 1 && (status[0] === "R" || status[0] === "C") ? 2 : 1
  };
}
async function* parseChanges(chunks) {
  let group;
  let pending;
  for await (const tokens of nulTokenBatches(chunks)) {
    const complete = [];
    for (const raw of tokens) {
      if (pending) {
        pending.pathCount -= 1;
        if (pending.pathCount === 0) {
          const { mode, blobId, status } = pending;
          (group ??= { files: [] }).files.push({ path: raw, blobId, mode, status });
          pending = void 0;
        }
        continue;
      }
      let token = raw.charCodeAt(0) === NEWLINE5 ? raw.slice(1) : raw;
      if (token.length === 0) continue;
      if (token.startsWith("diff ")) {
        const next = token.indexOf("\n");
        attachPatch(group?.files ?? [], next === -1 ? token : token.slice(0, next + 1));
        if (next === -1) continue;
        token = token.slice(next + 1);
      }
      if (token.charCodeAt(0) === HEADER_MARK) {
        if (group) complete.push(group);
        group = { commit: token.slice(1).trim(), files: [] };
      } else if (token.charCodeAt(0) === COLON) {
        pending = parseRawEntry(token);
      }
    }
    if (complete.length) yield complete;
  }
  if (group) yield [group];
}

// src/printable.ts
import { isUtf8 } from "node:buffer";
var hex = (byte) => `\\x${byte.toString(16).padStart(2, "0")}`;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function printable(text2) {
  return text2.replace(CONTROL, (char) => char.charCodeAt(0) <= 255 ? hex(char.charCodeAt(0)) : `\\u${char.charCodeAt(0).toString(16)}`);
}
function printableBytes(raw) {
  let text2 = "";
  for (let at = 0; at < raw.length; ) {
    const byte = raw[at];
    const length = byte < 128 ? 1 : byte >= 240 ? 4 : byte >= 224 ? 3 : byte >= 192 ? 2 : 0;
    const sequence = raw.subarray(at, at + length);
    if (length > 0 && sequence.length === length && isUtf8(sequence)) {
      text2 += printable(sequence.toString("utf8"));
      at += length;
    } else {
      text2 += hex(byte);
      at += 1;
    }
  }
  return text2;
}

// src/sources/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var WHOLE_FILE_LIMIT = 16 * 1024 * 1024;
var OVERLAP = 4 * MAX_KEY_BYTES;
var NEWLINE6 = 10;
function advance(origin, bytes) {
  let line = origin.line;
  let lastNewline = -1;
  for (let at = bytes.indexOf(NEWLINE6); at !== -1; at = bytes.indexOf(NEWLINE6, at + 1)) {
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
async function readFileOrChunks(absolutePath, path, chunkBytes = WHOLE_FILE_LIMIT) {
  let fd;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return skipFor(path, error);
  }
  let streaming = false;
  try {
    const stat2 = fstatSync(fd);
    if (!stat2.isFile()) return { path, reason: "not-a-file" };
    if (stat2.size <= chunkBytes) return { bytes: readWhole(fd, stat2.size) };
    streaming = true;
    return { chunks: readInChunks(fd, chunkBytes) };
  } catch (error) {
    return skipFor(path, error);
  } finally {
    if (!streaming) closeSync(fd);
  }
}
function readWhole(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  for (let bytesRead = -1; filled < size && bytesRead !== 0; filled += bytesRead) {
    bytesRead = readSync(fd, buffer, filled, size - filled, null);
  }
  return filled < size ? buffer.subarray(0, filled) : buffer;
}
async function* readInChunks(fd, chunkBytes) {
  try {
    yield* chunksOf((into, at, length) => readSync(fd, into, at, length, null), chunkBytes);
  } finally {
    closeSync(fd);
  }
}
function chunksOfBuffer(content, chunkBytes = WHOLE_FILE_LIMIT) {
  let position = 0;
  return chunksOf((into, at, length) => {
    const copied = content.copy(into, at, position, position + length);
    position += copied;
    return copied;
  }, chunkBytes);
}
async function* chunksOf(readNext, chunkBytes) {
  let carry = Buffer.alloc(0);
  let fileOffset = 0;
  let origin = { line: 1, column: 1 };
  let binary;
  for (; ; ) {
    const buffer = Buffer.allocUnsafe(carry.length + chunkBytes);
    carry.copy(buffer);
    const bytesRead = readNext(buffer, carry.length, chunkBytes);
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

// src/sources/history.ts
var emptySummary = () => ({ refs: 0, commits: 0, uniqueBlobs: 0, bytes: 0, warnings: [] });
function needleFilter(detector) {
  const { plain, encoded } = keyNeedleSearches(detector.needles);
  const searches = [...plain, ...encoded];
  return (bytes) => hasUtf16Bom(bytes, 0) || searches.some((find) => find(bytes, 0) !== -1);
}
var newCommitsRange = (tips, known = ["--all"]) => ({
  revisions: ["--ignore-missing", ...tips, "--not", ...known],
  head: tips[0]
});
var SHALLOW_HINT = "fetch full history (actions/checkout: fetch-depth: 0, or git fetch --unshallow)";
var NULL_SHA = /^0+$/;
var SUBMODULE_MODE = "160000";
var KEEP_WHOLE_LIMIT = WHOLE_FILE_LIMIT;
var PROGRESS_EVERY = 256;
async function resolveRange(repo, spec) {
  const text2 = spec.range ?? `${spec.since}..HEAD`;
  const parts = text2.split("..");
  if (parts.length !== 2 || parts[1].startsWith(".") || !parts[0]) {
    throw usageError(`bad range ${JSON.stringify(text2)}: expected BASE..HEAD`);
  }
  const [baseName2, headName] = [parts[0], parts[1] || "HEAD"];
  const shallow = await isShallow(repo);
  const head = await resolveCommit(repo, headName);
  if (!head) throw gitError(`bad range ${text2}: ${headName} is not a commit in this repository`);
  const base = await resolveCommit(repo, baseName2);
  if (!base) {
    throw gitError(
      shallow ? `${baseName2} is missing from this shallow clone; ${SHALLOW_HINT}` : `bad range ${text2}: ${baseName2} is not a commit in this repository`
    );
  }
  if (shallow && !(await ask(repo, ["merge-base", base, head]).catch(() => "")).trim()) {
    throw gitError(`${baseName2} and ${headName} share no history in this shallow clone; ${SHALLOW_HINT}`);
  }
  return { base, head, revisions: [`${base}..${head}`] };
}
var Interner = class {
  values = [];
  #ids = /* @__PURE__ */ new Map();
  id(value) {
    let id = this.#ids.get(value);
    if (id === void 0) {
      id = this.values.push(value) - 1;
      this.#ids.set(value, id);
    }
    return id;
  }
  has(value) {
    return this.#ids.has(value);
  }
};
async function commitInfos(repo, shas) {
  const infos = /* @__PURE__ */ new Map();
  if (shas.length === 0) return infos;
  const fields = [];
  const args = ["log", "--no-walk=unsorted", "--stdin", "-z", "--format=%H%x00%an%x00%ae%x00%aI%x00%s"];
  for await (const tokens of nulTokenBatches(streamGit(repo, args, (stdin) => writeLines(stdin, shas)))) {
    for (const token of tokens) fields.push(token.replace(/^\n/, ""));
  }
  for (let i = 0; i + 4 < fields.length; i += 5) {
    const [sha, author, email, date, subject] = fields.slice(i, i + 5);
    infos.set(sha, { sha, author, email, date, subject });
  }
  return infos;
}
async function treeBlobs(repo, commit, paths) {
  const blobs = /* @__PURE__ */ new Map();
  for await (const tokens of nulTokenBatches(streamGit(repo, ["ls-tree", "-r", "-z", "--full-tree", commit]))) {
    for (const entry of tokens) {
      const tab = entry.indexOf("	");
      const path = entry.slice(tab + 1);
      const [, type, id] = entry.slice(0, tab).split(" ");
      if (type === "blob" && paths.has(path)) blobs.set(path, id);
    }
  }
  return blobs;
}
async function promisedBlobsMissing(repo) {
  const partial = await ask(repo, ["config", "--get-regexp", "^(remote\\..+\\.promisor|extensions\\.partialclone)$"]).catch(() => "");
  if (!/ (?!false\b)\S/.test(partial)) return /* @__PURE__ */ new Set();
  const listing = await ask(repo, ["rev-list", "--objects", "--all", "--missing=print", "--no-object-names"]);
  return new Set(listing.split("\n").filter((line) => line.startsWith("?")).map((line) => line.slice(1)));
}
function* missingBlobSkips(missing, rows, paths, blobIds) {
  const named = /* @__PURE__ */ new Map();
  for (let row = 0; row < rows.length && named.size < missing.size; row += 3) {
    const id = blobIds.values[rows[row + 2]];
    if (missing.has(id) && !named.has(id)) named.set(id, paths.values[rows[row + 1]]);
  }
  for (const id of missing) yield { path: named.get(id) ?? id, reason: "missing-object", detail: `blob ${id} is missing from the repository` };
}
async function unreachableObjects(repo) {
  const output = await ask(repo, ["fsck", "--unreachable", "--no-reflogs", "--no-progress"], "git fsck");
  const found = { commits: [], blobs: [] };
  for (const match of output.matchAll(/^unreachable (commit|blob) ([0-9a-f]+)$/gm)) {
    (match[1] === "commit" ? found.commits : found.blobs).push(match[2]);
  }
  return found;
}
async function extraTips(repo, refs, head, unreachable) {
  const tips = [...unreachable];
  if (refs.includes("refs/stash")) {
    tips.push(...(await ask(repo, ["reflog", "show", "--format=%H", "refs/stash", "--"])).split("\n").filter(Boolean));
  }
  if (head) tips.push(head);
  return tips;
}
var LISTED_SUBMODULES = 5;
function submoduleWarning(paths) {
  const listed = [...paths].slice(0, LISTED_SUBMODULES).map(printable).join(", ");
  const more = paths.size > LISTED_SUBMODULES ? ` and ${paths.size - LISTED_SUBMODULES} more` : "";
  return `submodule history is not scanned: ${listed}${more}; run caibo-scan history inside each submodule`;
}
function historySource(options) {
  const { repo, detector, range } = options;
  const summary = emptySummary();
  const hasNeedle = needleFilter(detector);
  async function* blobs() {
    const questions = Promise.all([
      ask(repo, ["for-each-ref", "--format=%(refname)"]).then((list) => list.split("\n").filter(Boolean)),
      range ? false : isShallow(repo),
      options.includeUnreachable && !range ? unreachableObjects(repo) : { commits: [], blobs: [] },
      // HEAD, or the range's head: a tip of the walk, and the version inHead compares with.
      range?.head ?? resolveCommit(repo, "HEAD")
    ]);
    const absent = range ? /* @__PURE__ */ new Set() : promisedBlobsMissing(repo);
    const tips = questions.then(([refs, , unreachable, head]) => range ? [] : extraTips(repo, refs, head, unreachable.commits));
    const feedTips = async (stdin) => {
      try {
        await writeLines(stdin, await tips);
      } finally {
        stdin.end();
      }
    };
    const commits = [];
    const paths = new Interner();
    const blobIds = new Interner();
    const rows = [];
    const addedLines = /* @__PURE__ */ new Map();
    const logArgs = [
      "log",
      `--format=${COMMIT_FORMAT}`,
      "--raw",
      "-z",
      "--no-abbrev",
      "--no-renames",
      "-c",
      "--root",
      "--topo-order",
      ...range ? ["-p", "-U0", ...range.revisions] : ["--all", "--stdin"],
      ...options.maxCommits ? [`--max-count=${options.maxCommits}`] : [],
      "--"
    ];
    const report = () => options.onProgress?.({ commits: commits.length, blobs: summary.uniqueBlobs, bytes: summary.bytes });
    const hits = /* @__PURE__ */ new Map();
    const missing = /* @__PURE__ */ new Set();
    const keysByBlob = /* @__PURE__ */ new Map();
    const keep = (id, bytes) => {
      summary.uniqueBlobs += 1;
      summary.bytes += bytes.length;
      if (summary.uniqueBlobs % PROGRESS_EVERY === 0) report();
      if (!hasNeedle(bytes)) return;
      const keys = new Set(findKeysInAnyForm(bytes, detector).map((c) => c.secret.hash));
      if (keys.size === 0) return;
      keysByBlob.set(id, keys);
      hits.set(id, bytes.length > KEEP_WHOLE_LIMIT ? void 0 : Buffer.from(bytes));
    };
    async function* partsOf(id) {
      const kept = hits.get(id);
      if (kept) yield { bytes: kept };
      else yield* chunksOfBuffer(await readObject(repo, id));
    }
    const toRead = new PassThrough({ objectMode: true });
    let readFailed = false;
    const reading = readObjects(repo, toRead, keep, (id) => missing.add(id)).then(
      () => void 0,
      (error) => {
        readFailed = true;
        return error;
      }
    );
    const danglingBlobs = [];
    const submodules = /* @__PURE__ */ new Set();
    try {
      const promised = await absent;
      const send = async (fresh) => {
        const ids = promised.size ? fresh.filter((id) => !promised.has(id)) : fresh;
        for (const id of promised.size ? fresh : []) if (promised.has(id)) missing.add(id);
        if (ids.length && !toRead.write(ids)) await Promise.race([once2(toRead, "drain"), reading]);
      };
      for await (const groups of parseChanges(streamGit(repo, logArgs, feedTips))) {
        const fresh = [];
        for (const group of groups) {
          const commit = commits.push(group.commit) - 1;
          for (const file of group.files) {
            if (file.mode === SUBMODULE_MODE) submodules.add(file.path);
            if (file.status === "D" || file.mode === SUBMODULE_MODE || NULL_SHA.test(file.blobId)) continue;
            if (file.addedLines) addedLines.set(rows.length / 3, file.addedLines);
            if (!blobIds.has(file.blobId)) fresh.push(file.blobId);
            rows.push(commit, paths.id(file.path), blobIds.id(file.blobId));
          }
          if (commits.length % PROGRESS_EVERY === 0) report();
        }
        await send(fresh);
        if (readFailed) break;
      }
      const [refs, shallow, unreachable] = await questions;
      summary.refs = refs.length;
      if (shallow) summary.warnings.push(`history is partial: shallow clone; ${SHALLOW_HINT}`);
      danglingBlobs.push(...unreachable.blobs.filter((id) => !blobIds.has(id)));
      await send(danglingBlobs);
    } finally {
      toRead.end();
    }
    summary.commits = commits.length;
    const headCommit = (await questions)[3];
    if (submodules.size) summary.warnings.push(submoduleWarning(submodules));
    const readError = await reading;
    if (readError) throw readError;
    report();
    if (missing.size) {
      yield* missingBlobSkips(missing, rows, paths, blobIds);
      const blobs2 = missing.size === 1 ? "1 blob is" : `${missing.size} blobs are`;
      summary.warnings.push(`${blobs2} missing from the repository (a partial clone, a trimmed mirror, or corruption: try git fsck): not scanned; the report lists them`);
    }
    if (hits.size === 0) return;
    const hitRows = [];
    const seenPairs = /* @__PURE__ */ new Set();
    const seenKeys = /* @__PURE__ */ new Set();
    for (let row = rows.length - 3; row >= 0; row -= 3) {
      const [pathId, blobId] = [rows[row + 1], blobIds.values[rows[row + 2]]];
      const pair = `${pathId}:${blobId}`;
      if (!hits.has(blobId) || seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      const fresh = [...keysByBlob.get(blobId)].filter((key) => !seenKeys.has(`${pathId}:${key}`));
      if (fresh.length === 0 && !range) continue;
      for (const key of fresh) seenKeys.add(`${pathId}:${key}`);
      hitRows.push(row);
    }
    if (hitRows.length === 0 && danglingBlobs.length === 0) return;
    const hitPaths = new Set(hitRows.map((row) => paths.values[rows[row + 1]]));
    const [headBlobs, infos] = await Promise.all([
      headCommit ? treeBlobs(repo, headCommit, hitPaths) : /* @__PURE__ */ new Map(),
      commitInfos(repo, [...new Set(hitRows.map((row) => commits[rows[row]]))])
    ]);
    const unread = [...new Set(headBlobs.values())].filter((id) => !blobIds.has(id));
    if (unread.length) await readObjects(repo, unread, keep, () => {
    });
    const headKeys = (path) => {
      const blobId = headBlobs.get(path);
      return blobId && keysByBlob.get(blobId) || /* @__PURE__ */ new Set();
    };
    for (const row of hitRows) {
      const path = paths.values[rows[row + 1]];
      const blobId = blobIds.values[rows[row + 2]];
      const added = addedLines.get(row / 3);
      const provenance = {
        kind: "history",
        path,
        blobId,
        commit: infos.get(commits[rows[row]]),
        headKeys: headKeys(path),
        ...added ? { addedLines: added } : {}
      };
      for await (const part of partsOf(blobId)) yield { provenance, ...part };
    }
    for (const blobId of danglingBlobs.filter((id) => hits.has(id))) {
      const provenance = { kind: "history", path: `(unreachable blob ${blobId})`, blobId };
      for await (const part of partsOf(blobId)) yield { provenance, ...part };
    }
  }
  return { summary, blobs };
}

// src/sources/project-facts.ts
import { closeSync as closeSync2, existsSync as existsSync4, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { join as join6 } from "node:path";
var HEAD_BYTES = 256 * 1024;
function projectFacts(root) {
  const existing = /* @__PURE__ */ new Map();
  return {
    exists(path) {
      let known = existing.get(path);
      if (known === void 0) existing.set(path, known = existsSync4(join6(root, path)));
      return known;
    },
    head(path) {
      let fd;
      try {
        fd = openSync2(join6(root, path), "r");
        const buffer = Buffer.alloc(HEAD_BYTES);
        return buffer.subarray(0, readSync2(fd, buffer, 0, HEAD_BYTES, 0));
      } catch {
        return void 0;
      } finally {
        if (fd !== void 0) closeSync2(fd);
      }
    }
  };
}

// src/sources/project-root.ts
import { existsSync as existsSync5, readdirSync as readdirSync2 } from "node:fs";
import { dirname as dirname4, join as join7, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var PROJECT_MARKER = /^(?:package\.json|(?:vite|next|svelte|astro|nuxt)\.config\.[cm]?[jt]s)$/;
var FRAMEWORK_OUTPUT = /[\\/]\.(?:next|output|nuxt|svelte-kit|vercel|netlify)(?:[\\/]|$)/;
var toPosix = (path) => sep2 === "/" ? path : path.split(sep2).join("/");
function hasProjectMarker(dir) {
  if (FRAMEWORK_OUTPUT.test(dir)) return false;
  try {
    return readdirSync2(dir).some((name) => PROJECT_MARKER.test(name));
  } catch {
    return false;
  }
}
function findProjectRoot(anchor, env = process.env) {
  const ceilings = (env.GIT_CEILING_DIRECTORIES ?? "").split(":").filter(Boolean).map((dir) => resolve2(dir));
  const start = resolve2(anchor);
  let mayBeRepository = true;
  let nearestProject;
  for (let dir = start; ; dir = dirname4(dir)) {
    if (dir !== start && ceilings.includes(dir)) mayBeRepository = false;
    if (mayBeRepository && existsSync5(join7(dir, ".git"))) return dir;
    if (nearestProject === void 0 && hasProjectMarker(dir)) nearestProject = dir;
    if (dirname4(dir) === dir) return nearestProject ?? start;
  }
}
var isOutside = (relativePath) => relativePath === ".." || relativePath.startsWith("../");
function rebaseFrom(root, base) {
  const rootFromBase = toPosix(relative2(base, root));
  if (rootFromBase === "") return (path) => path;
  if (!isOutside(rootFromBase)) return (path) => `${rootFromBase}/${path}`;
  const baseFromRoot = toPosix(relative2(root, base));
  if (isOutside(baseFromRoot)) return () => void 0;
  const prefix = `${baseFromRoot}/`;
  return (path) => path.startsWith(prefix) ? path.slice(prefix.length) : void 0;
}

// src/sources/source.ts
var isSkip = (item) => "reason" in item;
var isCleanFiles = (item) => "kind" in item;

// src/sources/staged.ts
var isStagedContent = (file) => file.status !== "D" && file.status !== "U" && file.mode !== "160000" && !/^0+$/.test(file.blobId);
async function stagedChanges(repo, against) {
  const args = [
    "diff",
    "--cached",
    "--raw",
    "-p",
    "-U0",
    "-z",
    "--no-abbrev",
    "-M",
    ...against ? [against] : [],
    "--"
  ];
  const files = [];
  for await (const groups of parseChanges(streamGit(repo, args))) files.push(...groups.flatMap((group) => group.files));
  return files;
}
function intersectAdded(ours, theirs) {
  const theirLines = new Map(theirs.map((file) => [file.path, file.addedLines]));
  for (const file of ours) {
    if (!theirLines.has(file.path)) file.addedLines = /* @__PURE__ */ new Set();
    const other = theirLines.get(file.path);
    if (file.addedLines && other) file.addedLines = new Set([...file.addedLines].filter((line) => other.has(line)));
  }
}
function stagedSource(dir, detector) {
  const summary = emptySummary();
  const hasNeedle = needleFilter(detector);
  async function* blobs() {
    const [diffed, opened] = await Promise.allSettled([stagedChanges({ dir }), openRepo(dir, { mergeHead: true })]);
    if (opened.status === "rejected") throw opened.reason;
    const repo = opened.value;
    if (repo.bare) throw gitError(`${dir}: a bare repository has no staged changes (staged needs a working tree)`);
    if (diffed.status === "rejected") throw diffed.reason;
    const files = diffed.value.filter(isStagedContent);
    if (repo.mergeHead) intersectAdded(files, await stagedChanges(repo, repo.mergeHead));
    const contents = /* @__PURE__ */ new Map();
    await readObjects(repo, new Set(files.map((f) => f.blobId)), (id, bytes) => {
      summary.uniqueBlobs += 1;
      summary.bytes += bytes.length;
      if (hasNeedle(bytes)) contents.set(id, Buffer.from(bytes));
    });
    for (const file of files.filter((f) => contents.has(f.blobId))) {
      yield {
        provenance: { kind: "staged", path: file.path, ...file.addedLines ? { addedLines: file.addedLines } : {} },
        bytes: contents.get(file.blobId)
      };
    }
  }
  return { summary, blobs };
}

// src/sources/stdin.ts
function stdinSource(input, path) {
  return {
    async *blobs() {
      let bytes;
      if (Buffer.isBuffer(input)) bytes = input;
      else {
        const parts = [];
        for await (const part of input) parts.push(Buffer.isBuffer(part) ? part : Buffer.from(part));
        bytes = Buffer.concat(parts);
      }
      yield { provenance: { kind: "stdin", path }, bytes };
    }
  };
}

// src/sources/worktree.ts
import { readdirSync as readdirSync3, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { lstat, stat } from "node:fs/promises";
import { relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// src/sources/file-batch.ts
import { closeSync as closeSync3, constants as constants2, openSync as openSync3, readSync as readSync3 } from "node:fs";
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
      fd = openSync3(absolutePath, constants2.O_RDONLY | constants2.O_NONBLOCK);
    } catch (error) {
      this.#items.push(skipFor(path, error));
      return true;
    }
    try {
      const bytesRead = readSync3(fd, this.#buffer, this.#used, room, null);
      if (bytesRead === room) return false;
      this.#items.push({ path, start: this.#used, end: this.#used + bytesRead });
      this.#used += bytesRead;
    } catch (error) {
      this.#items.push(skipFor(path, error));
    } finally {
      closeSync3(fd);
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
      } else if (plain.has(index) || encoded.has(index)) {
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

// src/sources/worktree.ts
var EXCLUDED_NAMES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var isGlobSafeName = (name) => !/[\n\r\u2028\u2029\ufffd]/.test(name);
var toPosix2 = (path) => sep3 === "/" ? path : path.split(sep3).join("/");
async function globMatchers({ include, exclude }) {
  const excludes = exclude.filter(({ globs }) => globs.length);
  if (!include.length && !excludes.length) return { isExcludedByGlob: () => false, isIncluded: () => true };
  const { default: picomatch } = await Promise.resolve().then(() => __toESM(require_picomatch2(), 1));
  const tests = excludes.map(({ globs, rebase }) => {
    const isMatch = picomatch([...globs], { dot: true });
    return (path) => {
      const rebased = rebase(path);
      return rebased !== void 0 && isMatch(rebased);
    };
  });
  return {
    isExcludedByGlob: tests.length ? (path) => tests.some((test) => test(path)) : () => false,
    isIncluded: include.length ? picomatch([...include], { dot: true }) : () => true
  };
}
function worktreeSource(options) {
  const visited = /* @__PURE__ */ new Map();
  const reportPath = (absolute) => toPosix2(relative3(options.root, absolute)) || ".";
  function listDirectory(directory, at) {
    if (options.followSymlinks) {
      const real = realpathOrSelf(directory);
      const first = visited.get(real);
      if (first !== void 0) return { dirents: [], unusual: [{ path: at, reason: "symlink-loop", detail: `same directory as ${first}` }] };
      visited.set(real, at);
    }
    let dirents;
    try {
      dirents = readdirSync3(directory, { withFileTypes: true });
    } catch (error) {
      return { dirents: [], unusual: [skipFor(at, error)] };
    }
    if (dirents.every((d) => isGlobSafeName(d.name))) return { dirents, unusual: [] };
    return { dirents: dirents.filter((d) => isGlobSafeName(d.name)), unusual: unusualNames(directory, at) };
  }
  function unusualNames(directory, at) {
    const found = [];
    for (const dirent of readdirSync3(directory, { withFileTypes: true, encoding: "buffer" })) {
      const name = dirent.name;
      if (isGlobSafeName(name.toString("utf8"))) continue;
      const path = `${at === "." ? "" : `${at}/`}${printableBytes(name)}`;
      if (dirent.isFile()) found.push({ path, absolute: Buffer.concat([Buffer.from(`${directory}${sep3}`), name]), isRegular: true });
      else if (dirent.isSymbolicLink() && !options.followSymlinks) found.push({ path, reason: "symlink" });
      else found.push({ path, reason: "unreadable", detail: "name holds a line break or invalid UTF-8; not walked" });
    }
    return found;
  }
  function kindOf(dirent, absolute) {
    if (dirent.isDirectory()) return "directory";
    if (!dirent.isSymbolicLink()) return "file";
    if (!options.followSymlinks) return "symlink";
    try {
      return statSync2(absolute).isDirectory() ? "directory" : "file";
    } catch {
      return "file";
    }
  }
  async function* entries() {
    const globs = await globMatchers(options);
    for (const given of options.paths) {
      const absolute = resolve3(options.cwd, given);
      const info = await (options.followSymlinks ? stat : lstat)(absolute).catch((error) => {
        throw sourceError(`${given}: cannot scan: ${error.code === "ENOENT" ? "no such file or directory" : error.code}`);
      });
      const path = toPosix2(relative3(options.root, absolute)) || ".";
      if (info.isSymbolicLink()) {
        yield { path, reason: "symlink" };
      } else if (!info.isDirectory()) {
        yield { path, absolute, isRegular: info.isFile() };
      } else {
        yield* walk(absolute, globs);
      }
    }
  }
  function* walk(top, { isExcludedByGlob, isIncluded }) {
    const base = toPosix2(relative3(options.root, top));
    const pending = [[top, reportPath(top)]];
    for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
      const [directory, at] = next;
      const { dirents, unusual } = listDirectory(directory, at);
      const subdirectories = [];
      for (const dirent of dirents) {
        if (EXCLUDED_NAMES.has(dirent.name)) continue;
        const absolute = `${directory}${sep3}${dirent.name}`;
        const path = at === "." ? dirent.name : `${at}/${dirent.name}`;
        const kind = kindOf(dirent, absolute);
        if (kind === "directory") {
          if (!isExcludedByGlob(path) && !isExcludedByGlob(`${path}/`)) subdirectories.push([absolute, path]);
          continue;
        }
        if (isExcludedByGlob(path) || !isIncluded(base ? path.slice(base.length + 1) : path)) continue;
        yield kind === "symlink" ? { path, reason: "symlink" } : { path, absolute, isRegular: dirent.isFile() };
      }
      yield* unusual;
      for (let i = subdirectories.length - 1; i >= 0; i -= 1) pending.push(subdirectories[i]);
    }
  }
  function realpathOrSelf(directory) {
    try {
      return realpathSync2(directory);
    } catch {
      return directory;
    }
  }
  async function* read(entry, git) {
    const result = await readFileOrChunks(entry.absolute, entry.path);
    if ("reason" in result) {
      yield result;
      return;
    }
    const provenance = { kind: "worktree", path: entry.path, git };
    if ("bytes" in result) yield { provenance, bytes: result.bytes };
    else for await (const part of result.chunks) yield { provenance, ...part };
  }
  return {
    async *blobs() {
      const batch = new FileBatch(keyNeedleSearches(options.needles));
      const envFiles = [];
      for await (const entry of entries()) {
        if ("reason" in entry && batch.isEmpty) yield entry;
        else if ("reason" in entry) batch.addSkip(entry);
        else if (isEnvFile(entry.path)) envFiles.push(entry);
        else if (!entry.isRegular) {
          yield* batch.drain("no-repo");
          yield* read(entry, "no-repo");
        } else if (!batch.add(entry.absolute, entry.path)) {
          if (!batch.isEmpty) yield* batch.drain("no-repo");
          if (!batch.add(entry.absolute, entry.path)) yield* read(entry, "no-repo");
        }
      }
      yield* batch.drain("no-repo");
      const statuses = await gitStatuses(options.root, envFiles.map((e) => e.path));
      for (const entry of envFiles) yield* read(entry, statuses.get(entry.path) ?? "no-repo");
    }
  };
}

// src/scan.ts
async function openRange(options, cwd) {
  if (options.mode !== "history" || options.range === void 0 && options.since === void 0) return void 0;
  const repo = await openRepo(resolve4(cwd, options.paths?.[0] ?? "."));
  const [range, top] = await Promise.all([resolveRange(repo, options), topLevel(repo)]);
  return { repo, range: { ...range, top } };
}
async function planGitScan(options, cwd, detector, opened) {
  const dir = resolve4(cwd, options.paths?.[0] ?? ".");
  const root = findProjectRoot(dir);
  if (options.mode === "staged") {
    const source2 = stagedSource(dir, detector);
    return { mode: "staged", root, source: source2, facts: projectFacts(root), git: source2.summary };
  }
  const repo = opened?.repo ?? await openRepo(dir);
  const source = historySource({
    repo,
    detector,
    ...opened ? { range: opened.range } : options.newCommits ? { range: newCommitsRange(options.newCommits.tips, options.newCommits.known) } : {},
    includeUnreachable: options.includeUnreachable ?? false,
    ...options.maxCommits ? { maxCommits: options.maxCommits } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  });
  if (repo.bare) return { mode: "history", root: dir, source, git: source.summary };
  return { mode: "history", root, source, facts: projectFacts(root), git: source.summary };
}
function firstPerPathAndKey(findings) {
  const chosen = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const id = `${finding.location.path}\0${finding.secret.hash}`;
    const current = chosen.get(id);
    if (!current || current.suppressed?.by === "not-added" && finding.suppressed?.by !== "not-added") {
      chosen.set(id, finding);
    }
  }
  return [...chosen.values()];
}
function scanAnchor(options, cwd) {
  if (options.stdin) return cwd;
  const paths = (options.paths?.length ? options.paths : ["."]).map((path) => resolve4(cwd, path));
  if (paths.length === 1 && isDirectory(paths[0])) return paths[0];
  const holdsAll = (dir) => paths.every((path) => path === dir || path.startsWith(dir.endsWith(sep4) ? dir : dir + sep4));
  if (holdsAll(cwd)) return cwd;
  let common = dirname5(paths[0]);
  while (!holdsAll(common)) common = dirname5(common);
  return common;
}
function configRebase(options, root, config) {
  return rebaseFrom(root, config.file && !options.config ? dirname5(config.file) : root);
}
function planFileScan(options, cwd, anchor, root, config, detector) {
  const paths = options.paths?.length ? options.paths : ["."];
  const cliExclude = options.exclude ?? [];
  return {
    mode: "files",
    root,
    facts: projectFacts(root),
    source: worktreeSource({
      root,
      cwd,
      paths,
      include: options.include ?? [],
      // --exclude globs match report paths, and (as before issue 11) paths below the scanned directory.
      exclude: [
        { globs: cliExclude, rebase: (path) => path },
        { globs: anchor === root ? [] : cliExclude, rebase: rebaseFrom(root, anchor) },
        { globs: config.exclude, rebase: configRebase(options, root, config) }
      ],
      followSymlinks: options.followSymlinks ?? false,
      needles: detector.needles
    })
  };
}
function isDirectory(path) {
  try {
    return statSync3(path).isDirectory();
  } catch {
    return false;
  }
}
function findingsIn(original, detector, ruleset, filters, facts, withLineHashes) {
  const transcoded = original.chunk ? void 0 : utf16ToUtf8(original.bytes);
  const blob = transcoded ? { ...original, bytes: transcoded } : original;
  const { chunk } = blob;
  const detectOptions = chunk ? { to: chunk.to, origin: chunk.origin, fileOffset: chunk.fileOffset, isBinary: chunk.isBinary } : {};
  const candidates = detector.findCandidates(blob.bytes, detectOptions);
  if (!blob.hasNoEncodedNeedle) {
    const plainStarts = new Set(candidates.map((c) => c.start));
    candidates.push(...findEncodedCandidates(blob.bytes, detector, detectOptions).filter((c) => !plainStarts.has(c.start)));
  }
  if (candidates.length === 0) return [];
  if (transcoded) for (const candidate of candidates) candidate.encoding ??= "utf16";
  const classifications = classify(blob, candidates, facts);
  const hashes = withLineHashes && !chunk ? lineHashes(blob.bytes.toString("utf8"), new Set(candidates.map((c) => c.line))) : void 0;
  return candidates.map((candidate, index) => {
    const { contexts, originalSource } = classifications[index];
    const rule = decide(ruleset, candidate.keyType, contexts);
    const { provenance } = blob;
    const path = provenance.path;
    const finding = {
      ruleId: rule.id,
      severity: rule.severity,
      keyType: candidate.keyType,
      context: rule.context,
      title: rule.title,
      location: {
        path,
        line: candidate.line,
        column: candidate.column,
        endLine: candidate.endLine,
        endColumn: candidate.endColumn,
        ...candidate.byteOffset !== void 0 ? { byteOffset: candidate.byteOffset } : {}
      },
      secret: candidate.secret,
      fingerprint: fingerprint(rule.id, path, candidate.secret.hash),
      ...candidate.encoding ? { encoding: candidate.encoding } : {},
      ...originalSource ? { originalSource } : {}
    };
    const lineHash = hashes?.get(candidate.line);
    if (lineHash) finding.lineHash = lineHash;
    if (provenance.kind === "history" && provenance.commit) {
      finding.commit = provenance.commit;
      finding.inHead = provenance.headKeys?.has(candidate.secret.hash) ?? false;
    }
    const addedLines = provenance.kind === "history" || provenance.kind === "staged" ? provenance.addedLines : void 0;
    const suppressed = suppressionFor(finding, candidate, filters, addedLines);
    if (suppressed?.by === "allow-comment" && provenance.kind === "history" && addedLines) suppressed.addedByChange = true;
    if (suppressed) finding.suppressed = suppressed;
    return finding;
  });
}
async function scan(options = {}) {
  const started = performance.now();
  const cwd = resolve4(options.cwd ?? process.cwd());
  const anchor = scanAnchor(options, cwd);
  const root = findProjectRoot(anchor);
  const request = {
    config: options.config === false ? false : options.config ? resolve4(cwd, options.config) : void 0,
    root: anchor,
    ...options.baseline ? { baseline: resolve4(cwd, options.baseline) } : {},
    rules: (options.rules ?? []).map((dir) => resolve4(cwd, dir))
  };
  const opened = await openRange(options, cwd);
  if (options.policyFrom && !opened) throw usageError("--policy-from needs --range or --since (only range scans read the policy from the base)");
  const { config, ruleset, baseline, review } = opened ? await policyForRange(request, opened.repo, opened.range, options.policyFrom ?? "base") : policyFromDisk(request);
  const detector = createDetector(ruleset.patterns);
  const filters = {
    placeholders: ruleset.placeholders,
    allow: config.allow,
    allowPath: configRebase(options, root, config),
    baseline,
    includeLocalEnv: options.includeLocalEnv ?? config.includeLocalEnv ?? false
  };
  const plan = options.stdin ? { mode: "stdin", root: cwd, source: stdinSource(options.stdin, options.stdinFilename ?? "<stdin>"), facts: projectFacts(cwd) } : options.mode === "history" || options.mode === "staged" ? await planGitScan(options, cwd, detector, opened) : planFileScan(options, cwd, anchor, root, config, detector);
  const findings = [];
  const skipped = [];
  let filesScanned = 0;
  let bytesScanned = 0;
  for await (const item of plan.source.blobs()) {
    if (isSkip(item)) {
      skipped.push(item);
      continue;
    }
    if (isCleanFiles(item)) {
      filesScanned += item.files;
      bytesScanned += item.bytes;
      continue;
    }
    if (!item.chunk || item.chunk.fileOffset === 0) filesScanned += 1;
    bytesScanned += item.chunk ? item.chunk.to : item.bytes.length;
    findings.push(...findingsIn(item, detector, ruleset, filters, plan.facts, options.lineHashes ?? false));
  }
  const { git } = plan;
  const reported = plan.mode === "history" ? firstPerPathAndKey(findings) : findings;
  reported.sort(compareFindings);
  return {
    mode: plan.mode,
    root: plan.root,
    findings: reported,
    skipped,
    warnings: git?.warnings ?? [],
    failOn: options.failOn ?? config.failOn ?? "high",
    rules: ruleset.rules,
    patterns: ruleset.patterns,
    ...review ? { policy: review, newSuppressions: config.newSuppressions ?? "report" } : {},
    stats: {
      filesScanned: git ? git.uniqueBlobs : filesScanned,
      bytesScanned: git ? git.bytes : bytesScanned,
      filesSkipped: skipped.length,
      ...git && plan.mode === "history" ? { commits: git.commits, refs: git.refs, uniqueBlobs: git.uniqueBlobs } : {},
      durationMs: Math.round(performance.now() - started)
    }
  };
}

// src/version.ts
import { readFileSync as readFileSync2 } from "node:fs";
function readVersion() {
  for (const relative5 of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync2(new URL(relative5, import.meta.url), "utf8"));
      if (pkg.name === "caibo-scan" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "0.0.0";
}
var VERSION = readVersion();

// src/action/plan.ts
var ACTION_MODES = ["auto", "pr", "push", "history", "files"];
var FULL_HISTORY_HINT = "check out full history: actions/checkout with fetch-depth: 0";
var isZeroSha = (sha) => !sha || /^0+$/.test(sha);
var short = (sha) => sha.slice(0, 7);
function autoMode(eventName) {
  if (eventName === "pull_request" || eventName === "pull_request_target" || eventName === "merge_group") return "pr";
  if (eventName === "push") return "push";
  if (eventName === "schedule" || eventName === "workflow_dispatch") return "history";
  return "files";
}
var hasCommit = async (dir, rev) => await resolveCommit({ dir }, rev) !== void 0;
var isShallowClone = (dir) => isShallow({ dir }).catch(() => false);
async function requireCommit(dir, sha, what) {
  if (await hasCommit(dir, sha)) return;
  throw gitError(`${what} ${short(sha)} is not in this ${await isShallowClone(dir) ? "shallow " : ""}clone; ${FULL_HISTORY_HINT}`);
}
async function pullRequestPlan(payload, cwd) {
  const group = payload.merge_group;
  const base = group ? group.base_sha : payload.pull_request?.base?.sha;
  const head = group ? group.head_sha : payload.pull_request?.head?.sha;
  const what = group ? "merge group" : "pull request";
  if (!base || !head) throw usageError("mode pr needs a pull_request or merge_group event payload with base and head commits");
  await requireCommit(cwd, head, `the ${what} head`);
  await requireCommit(cwd, base, `the ${what} base`);
  const number = payload.pull_request?.number;
  const name = group ? `merge group ${group.head_ref ?? ""}`.trim() : `pull request${number ? ` #${number}` : ""}`;
  return { mode: "pr", range: `${base}..${head}`, headSha: head, description: `what ${name} adds (\`${short(base)}..${short(head)}\`)`, notes: [] };
}
async function pushPlan(payload, cwd) {
  const { before, after } = payload;
  if (payload.deleted) {
    return { mode: "none", headSha: before ?? "", description: "nothing", notes: [`the push deletes ${payload.ref ?? "a ref"}: nothing to scan`] };
  }
  if (!after || isZeroSha(after)) throw usageError("mode push needs a push event payload with an `after` commit");
  await requireCommit(cwd, after, "the pushed commit");
  if (!isZeroSha(before) && await hasCommit(cwd, before)) {
    return { mode: "push", range: `${before}..${after}`, headSha: after, description: `the pushed commits (\`${short(before)}..${short(after)}\`)`, notes: [] };
  }
  if (await isShallowClone(cwd)) throw gitError(`cannot tell which commits this push adds in a shallow clone; ${FULL_HISTORY_HINT}`);
  const why = isZeroSha(before) ? "a new branch" : `the previous tip ${short(before)} is gone (force-push)`;
  const defaultBranch = payload.repository?.default_branch;
  const base = defaultBranch && `refs/remotes/origin/${defaultBranch}`;
  if (base && payload.ref !== `refs/heads/${defaultBranch}` && await hasCommit(cwd, base)) {
    return {
      mode: "push",
      range: `${base}..${after}`,
      headSha: after,
      description: `what the pushed branch adds to ${defaultBranch} (\`origin/${defaultBranch}..${short(after)}\`)`,
      notes: [`${why}: scanned the commits not on origin/${defaultBranch}`]
    };
  }
  return { mode: "history", headSha: after, description: "the full history", notes: [`${why}: scanned the full history`] };
}
async function planScan(input, eventName, payload, cwd, sha) {
  const mode = input === "auto" ? autoMode(eventName) : input;
  if (mode === "pr") return pullRequestPlan(payload, cwd);
  if (mode === "push") return pushPlan(payload, cwd);
  if (mode === "history") return { mode, headSha: sha, description: "the full history (every commit on every ref)", notes: [] };
  return { mode, headSha: sha, description: "the checked-out files", notes: [] };
}

// src/action/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";
function getInput(name, env) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function getBooleanInput(name, env, fallback) {
  const value = getInput(name, env);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw usageError(`input ${name} must be true or false (got "${value}")`);
}
function setOutputs(outputs, env) {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const blocks = Object.entries(outputs).map(([name, value]) => {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  });
  appendFileSync(file, blocks.join(""), "utf8");
}
function appendSummary(markdown, env) {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown, "utf8");
}
var command = (name, message, file) => `::${name}${file ? ` file=${escapeProperty(file)}` : ""}::${escapeData(message)}${EOL}`;

// src/action/summary.ts
var SUMMARY_ROW_LIMIT = 500;
var escapeMarkdown = (text2) => text2.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
function findingRow(finding, plan, links, last) {
  const { location, commit } = finding;
  const sha = commit?.sha ?? plan.headSha;
  const url = `${links.serverUrl}/${links.repository}/blob/${sha}/${sarifUri(location.path)}#L${location.line}`;
  const cells = [
    finding.severity,
    `\`${finding.ruleId}\``,
    `[${escapeMarkdown(`${location.path}:${location.line}:${location.column}`)}](${url})`,
    `\`${finding.secret.redacted}\``,
    last(finding)
  ];
  return `| ${cells.join(" | ")} |`;
}
var commitCell = ({ commit, inHead }) => commit ? `\`${commit.sha.slice(0, 12)}\`${inHead === false ? " (removed since; still in history)" : ""}` : "";
var reasonCell = (finding) => escapeMarkdown(finding.suppressed?.detail ?? "");
function changeAllowedSection(report, plan, links) {
  const allowed = changeAllowedFindings(report);
  if (allowed.length === 0) return [];
  const counted = report.newSuppressions === "fail" ? " The base policy says `newSuppressions: fail`: they count as findings." : "";
  return [
    `### ${plural(allowed.length, "key")} allowed by this ${policySubject(plan)}`,
    "",
    `An allow comment on a line this ${policySubject(plan)} adds suppresses each of these; a reviewer should agree.${counted}`,
    "",
    "| Severity | Rule | Location | Key (redacted) | Reason given |",
    "| --- | --- | --- | --- | --- |",
    ...allowed.slice(0, SUMMARY_ROW_LIMIT).map((f) => findingRow(f, plan, links, reasonCell)),
    ""
  ];
}
var policySubject = (plan) => plan.mode === "pr" ? "pull request" : "push";
function jobSummary(report, plan, links) {
  const summary = summarise(report);
  const findings = activeFindings(report);
  const counts = [...SEVERITIES].reverse().filter((s) => summary.bySeverity[s] > 0).map((s) => `${summary.bySeverity[s]} ${s}`);
  const lines = [
    findings.length ? `## caibo-scan: ${plural(findings.length, "Caibo key")} found (${counts.join(", ")})` : "## caibo-scan: no Caibo keys found",
    "",
    `Scanned ${plan.description}.${summary.suppressed ? ` ${plural(summary.suppressed, "finding")} suppressed.` : ""}`,
    ...plan.notes.map((note) => `
> [!NOTE]
> ${note}`),
    ...[policyChangeLine(report.policy, `this ${policySubject(plan)}`)].filter(Boolean).map((line) => `
> [!IMPORTANT]
> ${escapeMarkdown(line)}`),
    ...report.warnings.map((warning) => `
> [!WARNING]
> ${escapeMarkdown(warning)}`),
    "",
    ...changeAllowedSection(report, plan, links)
  ];
  if (findings.length === 0) return `${lines.join("\n")}
`;
  lines.push("| Severity | Count |", "| --- | ---: |", ...[...SEVERITIES].reverse().map((s) => `| ${s} | ${summary.bySeverity[s]} |`), "");
  lines.push("### Findings", "", "| Severity | Rule | Location | Key (redacted) | Commit |", "| --- | --- | --- | --- | --- |");
  lines.push(...findings.slice(0, SUMMARY_ROW_LIMIT).map((f) => findingRow(f, plan, links, commitCell)));
  if (findings.length > SUMMARY_ROW_LIMIT) {
    lines.push("", `\u2026and ${findings.length - SUMMARY_ROW_LIMIT} more: the SARIF file (and the Security tab, once uploaded) lists them all.`);
  }
  lines.push(
    "",
    "GitHub shows only the first 10 error and 10 warning annotations of a step; this table has every finding.",
    "",
    "### What to do",
    ""
  );
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  for (const id of ruleIds) {
    const rule = report.rules.find((r) => r.id === id);
    if (!rule) continue;
    lines.push(`**${escapeMarkdown(rule.title)}** (\`${rule.id}\`)`, "", ...rule.help.map((step, i) => `${i + 1}. ${step}`), "");
  }
  lines.push("A key that reached a commit or a pull request is leaked: rotate it first, then clean up.", "");
  return `${lines.join("\n")}
`;
}

// src/action/main.ts
function readInputs(env) {
  const oneOf = (name, allowed, fallback) => {
    const value = getInput(name, env) || fallback;
    if (!allowed.includes(value)) throw usageError(`input ${name} must be one of ${allowed.join(", ")} (got "${value}")`);
    return value;
  };
  return {
    path: getInput("path", env) || ".",
    mode: oneOf("mode", ACTION_MODES, "auto"),
    failOn: oneOf("fail-on", FAIL_ON, "high"),
    config: getInput("config", env),
    baseline: getInput("baseline", env),
    policyFrom: oneOf("policy-from", POLICY_SOURCES, "base"),
    sarifFile: getInput("sarif-file", env),
    annotations: getBooleanInput("annotations", env, true),
    summary: getBooleanInput("summary", env, true)
  };
}
function readEvent(env) {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(readFileSync3(env.GITHUB_EVENT_PATH, "utf8"));
  } catch (error) {
    throw usageError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${error.message}`);
  }
}
function relativeToWorkspace(report, workspace) {
  const prefix = report.root ? relative4(workspace, report.root).split(sep5).join("/") : "";
  if (!prefix) return;
  for (const finding of report.findings) finding.location.path = posix2.join(prefix, finding.location.path);
}
async function scanFor(plan, inputs, workspace) {
  const options = {
    cwd: workspace,
    paths: [inputs.path],
    failOn: inputs.failOn,
    lineHashes: true,
    ...inputs.config ? { config: inputs.config } : {},
    ...inputs.baseline ? { baseline: inputs.baseline } : {}
  };
  if (plan.mode === "files") {
    const report2 = await scan(options);
    relativeToWorkspace(report2, workspace);
    return report2;
  }
  const report = await scan({ ...options, mode: "history", ...plan.range ? { range: plan.range, policyFrom: inputs.policyFrom } : {} });
  if (report.mode !== "history") throw usageError("this caibo-scan build cannot scan git history");
  return report;
}
function scannedRevision(env, plan) {
  if (!env.GITHUB_REPOSITORY) return {};
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME;
  const uri = `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}`;
  return { repository: { uri, revision: plan.headSha, ...branch ? { branch } : {} } };
}
async function main(env = process.env) {
  const workspace = resolve5(env.GITHUB_WORKSPACE ?? process.cwd());
  let outputs = { findings: "", "sarif-file": "", "exit-code": "2" };
  let exitCode = 2;
  try {
    const inputs = readInputs(env);
    const plan = await planScan(inputs.mode, env.GITHUB_EVENT_NAME ?? "", readEvent(env), resolve5(workspace, inputs.path), env.GITHUB_SHA ?? "HEAD");
    process.stdout.write(`caibo-scan ${VERSION}: scanning ${plan.description}${EOL2}`);
    for (const note of plan.notes) process.stdout.write(command("notice", note));
    if (plan.mode === "none") {
      setOutputs({ findings: "0", "sarif-file": "", "exit-code": "0" }, env);
      return 0;
    }
    const report = redactReport(await scanFor(plan, inputs, workspace));
    exitCode = isIncomplete(report) ? 2 : isFailing(report) ? 1 : 0;
    if (exitCode === 2) process.stdout.write(command("error", "the scan is incomplete: git objects are missing from the checkout (see the warnings)"));
    const truncated = sarifTruncationWarning(report);
    for (const warning of [...report.warnings, ...truncated ? [truncated] : []]) process.stdout.write(command("warning", warning));
    for (const file of new Set(report.policy?.changes.map((change) => change.file))) {
      process.stdout.write(command("notice", `caibo-scan: ${policyChangeLine(report.policy, `this ${policySubject(plan)}`, file)}`, file));
    }
    if (inputs.annotations) {
      for (const finding of activeFindings(report)) process.stdout.write(`${annotation(finding, false)}${EOL2}`);
      for (const finding of changeAllowedFindings(report)) process.stdout.write(`${changeAllowedAnnotation(finding, report.newSuppressions === "fail", false)}${EOL2}`);
    }
    if (inputs.summary) {
      appendSummary(jobSummary(report, plan, { serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com", repository: env.GITHUB_REPOSITORY ?? "" }), env);
    }
    let sarifPath = "";
    if (inputs.sarifFile) {
      sarifPath = resolve5(workspace, inputs.sarifFile);
      mkdirSync(dirname6(sarifPath), { recursive: true });
      writeFileSync(sarifPath, formatSarif(report, { color: false, reveal: false, showSuppressed: false, version: VERSION, ...scannedRevision(env, plan) }));
    }
    const count = activeFindings(report).length;
    process.stdout.write(`caibo-scan: ${count ? plural(count, "finding") : "no Caibo keys found"}${exitCode ? ` (fail-on: ${inputs.failOn})` : ""}${EOL2}`);
    outputs = { findings: String(count), "sarif-file": sarifPath, "exit-code": String(exitCode) };
  } catch (error) {
    const message = builtinKeyRedactor()(isCaiboScanError(error) ? error.message : `internal error: ${error?.stack ?? String(error)}`);
    process.stdout.write(command("error", `caibo-scan: ${message}`));
    appendSummary(`## caibo-scan: the scan did not run

${message}
`, env);
  }
  setOutputs(outputs, env);
  return exitCode;
}
process.exitCode = await main();
export {
  main
};
