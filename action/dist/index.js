import { createRequire as __caiboCreateRequire } from 'node:module';
const require = __caiboCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x3) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x3, {
  get: (a, b3) => (typeof require !== "undefined" ? require : a)[b3]
}) : x3)(function(x3) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x3 + '" is not supported');
});
var __esm = (fn2, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn2 && (res = (0, fn2[__getOwnPropNames(fn2)[0]])(fn2 = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/@simple-git/args-pathspec/dist/index.mjs
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}
var t;
var init_dist = __esm({
  "node_modules/@simple-git/args-pathspec/dist/index.mjs"() {
    t = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural2(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural2(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural2(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural2(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural2(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env2) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env2).forEach((key) => {
        createDebug[key] = env2[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/supports-color/index.js
var supports_color_exports = {};
__export(supports_color_exports, {
  createSupportsColor: () => createSupportsColor,
  default: () => supports_color_default
});
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
function envForceColor() {
  if (!("FORCE_COLOR" in env)) {
    return;
  }
  if (env.FORCE_COLOR === "true") {
    return 1;
  }
  if (env.FORCE_COLOR === "false") {
    return 0;
  }
  if (env.FORCE_COLOR.length === 0) {
    return 1;
  }
  const level = Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  if (![0, 1, 2, 3].includes(level)) {
    return;
  }
  return level;
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var env, flagForceColor, supportsColor, supports_color_default;
var init_supports_color = __esm({
  "node_modules/supports-color/index.js"() {
    ({ env } = process2);
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      flagForceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      flagForceColor = 1;
    }
    supportsColor = {
      stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
      stderr: createSupportsColor({ isTTY: tty.isatty(2) })
    };
    supports_color_default = supportsColor;
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty2 = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor2 = (init_supports_color(), __toCommonJS(supports_color_exports));
      if (supportsColor2 && (supportsColor2.stderr || supportsColor2).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty2.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory2) {
      log(`checking %s`, path);
      try {
        const stat2 = fs_1.statSync(path);
        if (stat2.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat2.isDirectory() && isDirectory2) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path, type = exports.READABLE) {
      return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export2(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export2(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}
var P, S, E, F, C, I, R, T, K, h, X, y;
var init_dist2 = __esm({
  "node_modules/@simple-git/argv-parser/dist/index.mjs"() {
    init_dist();
    P = /* @__PURE__ */ new Set([
      "--add",
      "--edit",
      "--remove-section",
      "--rename-section",
      "--replace-all",
      "--unset",
      "--unset-all",
      "-e"
    ]);
    S = /* @__PURE__ */ new Set([
      "--get",
      "--get-all",
      "--get-color",
      "--get-colorbool",
      "--get-regexp",
      "--get-urlmatch",
      "--list",
      "-l"
    ]);
    E = /* @__PURE__ */ new Set([
      "edit",
      "remove-section",
      "rename-section",
      "set",
      "unset"
    ]);
    F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
    C = {
      short: /* @__PURE__ */ new Map([
        ["c", true]
        //  -c <k=v>    set config key for this invocation
      ])
    };
    I = {
      short: new Map([
        ["C", true],
        //  -C <path>   change working directory
        ["P", false],
        // -P          no pager (alias for --no-pager)
        ["h", false],
        // -h          help
        ["p", false],
        // -p          paginate
        ["v", false],
        // -v          version
        ...C.short.entries()
      ]),
      long: /* @__PURE__ */ new Set([
        "attr-source",
        "config-env",
        "exec-path",
        "git-dir",
        "list-cmds",
        "namespace",
        "super-prefix",
        "work-tree"
      ])
    };
    R = {
      clone: {
        short: /* @__PURE__ */ new Map([
          ["b", true],
          // -b <branch>
          ["j", true],
          // -j <n>          parallel jobs
          ["l", false],
          // -l local
          ["n", false],
          // -n no-checkout
          ["o", true],
          // -o <name>       remote name
          ["q", false],
          // -q quiet
          ["s", false],
          // -s shared
          ["u", true]
          // -u <upload-pack>
        ]),
        long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
      },
      commit: {
        short: /* @__PURE__ */ new Map([
          ["C", true],
          // -C <commit>  reuse message
          ["F", true],
          // -F <file>    read message from file
          ["c", true],
          // -c <commit>  reedit message
          ["m", true],
          // -m <msg>
          ["t", true]
          // -t <template>
        ]),
        long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
      },
      config: {
        short: /* @__PURE__ */ new Map([
          ["e", false],
          // -e  open editor
          ["f", true],
          //  -f <file>
          ["l", false]
          // -l  list
        ]),
        long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
      },
      fetch: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["upload-pack"])
      },
      init: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["template"])
      },
      pull: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["upload-pack"])
      },
      push: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
      },
      rebase: {
        short: /* @__PURE__ */ new Map([
          ["X", true],
          // -X <option>   strategy option
          ["f", false],
          // -f force-rebase
          ["i", false],
          // -i interactive
          ["k", false],
          // -k keep-base
          ["m", false],
          // -m merge
          ["n", false],
          // -n no-stat
          ["q", false],
          // -q quiet
          ["r", false],
          // -r rebase-merges
          ["s", true],
          // -s <strategy>
          ["v", false],
          // -v verbose
          ["x", true]
          // -x <cmd>      exec
        ]),
        long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
      }
    };
    T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
    K = [
      f("alias", "allowUnsafeAlias"),
      f("core.askPass", "allowUnsafeAskPass"),
      f("core.editor", "allowUnsafeEditor"),
      f("core.fsmonitor", "allowUnsafeFsMonitor"),
      f("core.gitProxy", "allowUnsafeGitProxy"),
      f("core.hooksPath", "allowUnsafeHooksPath"),
      f("core.pager", "allowUnsafePager"),
      f("core.sshCommand", "allowUnsafeSshCommand"),
      l("credential.helper", "allowUnsafeCredentialHelper"),
      l("diff.command", "allowUnsafeDiffExternal"),
      f("diff.external", "allowUnsafeDiffExternal"),
      l("difftool.cmd", "allowUnsafeDiffExternal"),
      l("diff.textconv", "allowUnsafeDiffTextConv"),
      l("filter.clean", "allowUnsafeFilter"),
      l("filter.process", "allowUnsafeFilter"),
      l("filter.smudge", "allowUnsafeFilter"),
      l("gpg.program", "allowUnsafeGpgProgram"),
      f("include.path", "allowUnsafeInclude"),
      l("includeIf", "allowUnsafeInclude"),
      f("init.templateDir", "allowUnsafeTemplateDir"),
      l("pager.", "allowUnsafePager"),
      l("merge.driver", "allowUnsafeMergeDriver"),
      l("mergetool.path", "allowUnsafeMergeDriver"),
      l("mergetool.cmd", "allowUnsafeMergeDriver"),
      l("protocol.allow", "allowUnsafeProtocolOverride"),
      l("remote.receivepack", "allowUnsafePack"),
      l("remote.uploadpack", "allowUnsafePack"),
      f("uploadpack.packObjectsHook", "allowUnsafePack"),
      f("sequence.editor", "allowUnsafeEditor"),
      l("submodule.update", "allowUnsafeSubmodule"),
      l("tar.command", "allowUnsafeCommandBinaries"),
      l("trailer.cmd", "allowUnsafeCommandBinaries"),
      l("trailer.command", "allowUnsafeCommandBinaries"),
      l("url.insteadOf", "allowUnsafeUrlRewrite")
    ];
    h = { globalOnly: true, withValue: true };
    X = [
      c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
        name: "--upload-pack or --receive-pack"
      }),
      c2("clone", /^-\w*u/, "allowUnsafePack"),
      c2("clone", "--u", "allowUnsafePack"),
      c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
      // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
      c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
      c2(null, "--template", "allowUnsafeTemplateDir"),
      c2(null, "--exec-path", "allowUnsafeExec", h),
      // `git` reads the configuration of whichever repository these name, so the
      // directory alone is enough to deliver config the argv guards never see
      c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
      c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
      c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
    ];
    y = {
      editor: "allowUnsafeEditor",
      git_askpass: "allowUnsafeAskPass",
      git_config_global: "allowUnsafeConfigPaths",
      git_config_system: "allowUnsafeConfigPaths",
      git_config_count: "allowUnsafeConfigEnvCount",
      git_config_parameters: "allowUnsafeConfigEnvCount",
      git_config: "allowUnsafeConfigPaths",
      git_editor: "allowUnsafeEditor",
      git_exec_path: "allowUnsafeExec",
      git_external_diff: "allowUnsafeDiffExternal",
      git_pager: "allowUnsafePager",
      git_proxy_command: "allowUnsafeGitProxy",
      git_template_dir: "allowUnsafeTemplateDir",
      git_sequence_editor: "allowUnsafeEditor",
      git_ssh: "allowUnsafeSshCommand",
      git_ssh_command: "allowUnsafeSshCommand",
      pager: "allowUnsafePager",
      prefix: "allowUnsafeConfigPaths",
      ssh_askpass: "allowUnsafeAskPass",
      visual: "allowUnsafeEditor"
    };
  }
});

// node_modules/simple-git/dist/index.mjs
var dist_exports = {};
__export(dist_exports, {
  CheckRepoActions: () => qe,
  CleanOptions: () => zt,
  DiffNameStatus: () => Kt,
  GitConfigScope: () => Ht,
  GitConstructError: () => Ae,
  GitError: () => O2,
  GitPluginError: () => A2,
  GitResponseError: () => at,
  ResetMode: () => Vt,
  TaskConfigurationError: () => xe,
  grepQueryBuilder: () => Sn,
  pathspec: () => c,
  simpleGit: () => wo
});
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";
import { EventEmitter as Ce } from "node:events";
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
function _n(t2) {
  return kn.has(t2);
}
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os2(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os2(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var import_file_exists, import_debug, import_promise_deferred, O2, Ae, A2, at, xe, I2, W2, ft, K2, m, Be, G2, Bt, V2, z2, l2, x2, Fe, qe, mt, Ut, Xe, Ye, Qe, Je, Ft, nn, rn, sn, zt, qt, mn, Ht, Kt, kn, _t, vn, j2, En, Vt, Cn, M2, ot, Pn, Dn, Yt, Bn, Un, Wn, J2, Xn, Yn, Qt, R2, Jt, rr, Ot, sr, or, ir, ar, te, ee2, ne2, ur, se, Z2, dr, ie, gr, yr, wr, br, Tr, kr, _r, vr, Er, Sr, ue, Or, Cr, Ar, Nr, $r, Pr, Lr, jr, Br, Ir, Ur, Gr, fe, Hr, le, Vr, Xr, he, Qr, Jr, Zr, ts, rs, pe, ss, gt, ms, ys, $s, Ps, Us, $t, we, Hs, Ks, be, Qs, nt, ro, wo;
var init_dist3 = __esm({
  "node_modules/simple-git/dist/index.mjs"() {
    init_dist();
    init_dist();
    import_file_exists = __toESM(require_dist(), 1);
    import_debug = __toESM(require_src(), 1);
    import_promise_deferred = __toESM(require_dist2(), 1);
    init_dist2();
    O2 = class extends Error {
      constructor(e, n) {
        super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    Ae = class extends O2 {
      constructor(e, n) {
        super(void 0, n), this.config = e;
      }
    };
    A2 = class extends O2 {
      constructor(e, n, r2) {
        super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    at = class extends O2 {
      constructor(e, n) {
        super(void 0, n || String(e)), this.git = e;
      }
    };
    xe = class extends O2 {
      constructor(e) {
        super(void 0, e);
      }
    };
    I2 = "\0";
    W2 = () => {
    };
    ft = Object.prototype.toString.call.bind(Object.prototype.toString);
    K2 = (t2) => Array.isArray(t2);
    m = (t2) => typeof t2 == "string" || r(t2);
    Be = (t2) => m(t2) || Buffer.isBuffer(t2);
    G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
    Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
    V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
    z2 = class _z {
      constructor(e, n) {
        this.stdOut = e, this.stdErr = n;
      }
      asStrings() {
        return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
      }
    };
    l2 = class {
      constructor(e, n) {
        this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
      }
      resetMatches() {
        this.matches.length = 0;
      }
      prepareMatches() {
        return this.matches;
      }
      addMatch(e, n, r2) {
        const s = r2 && e.exec(r2);
        return s && this.pushMatch(n, s), !!s;
      }
      pushMatch(e, n) {
        this.matches.push(...n.slice(1));
      }
    };
    x2 = class extends l2 {
      addMatch(e, n, r2) {
        return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
      }
      pushMatch(e, n) {
        (e > 0 || n.length > 1) && super.pushMatch(e, n);
      }
    };
    Fe = {
      binary: "git",
      maxConcurrentProcesses: 5,
      config: [],
      trimmed: false
    };
    qe = /* @__PURE__ */ ((t2) => (t2.BARE = "bare", t2.IN_TREE = "tree", t2.IS_REPO_ROOT = "root", t2))(qe || {});
    mt = ({ exitCode: t2 }, e, n, r2) => {
      if (t2 === V2.UNCLEAN && Ve(e))
        return n(Buffer.from("false"));
      r2(e);
    };
    Ut = (t2) => t2.trim() === "true";
    Xe = class {
      constructor(e) {
        this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
      }
    };
    Ye = /^[a-z]+\s*/i;
    Qe = /^[a-z]+\s+[a-z]+\s*/i;
    Je = /\/$/;
    Ft = [];
    nn = "Git clean interactive mode is not supported";
    rn = 'Git clean mode parameter ("n" or "f") is required';
    sn = "Git clean unknown option found in: ";
    zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
    qt = /* @__PURE__ */ new Set([
      "i",
      ...L2(Object.values(zt))
    ]);
    mn = class {
      constructor() {
        this.files = [], this.values = /* @__PURE__ */ Object.create(null);
      }
      get all() {
        return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
      }
      addFile(e) {
        if (!(e in this.values)) {
          const n = N2(this.files);
          this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
        }
        return this.values[e];
      }
      addValue(e, n, r2) {
        const s = this.addFile(e);
        Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
      }
    };
    Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
    Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
    kn = new Set(Object.values(Kt));
    vn = ["-h"];
    j2 = /* @__PURE__ */ Symbol("grepQuery");
    En = class {
      constructor() {
        this[_t] = [];
      }
      *[(_t = j2, Symbol.iterator)]() {
        for (const e of this[j2])
          yield e;
      }
      and(...e) {
        return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
      }
      param(...e) {
        return this[j2].push(...U(e, "-e")), this;
      }
    };
    Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
    Cn = L2(Object.values(Vt));
    import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
    import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
    M2 = class M3 {
      constructor(e = "GitExecutor") {
        this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
      }
      withProgress(e) {
        return this._queue.get(e);
      }
      createProgress(e) {
        const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
        return {
          task: e,
          logger: r2,
          name: n
        };
      }
      push(e) {
        const n = this.createProgress(e);
        return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
      }
      fatal(e) {
        for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
          n === e.task ? (r2.info("Failed %o", e), r2(
            "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
          )) : r2.info(
            "A fatal exception occurred in a previous task, the queue has been purged: %o",
            e.message
          ), this.complete(n);
        if (this._queue.size !== 0)
          throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
      }
      complete(e) {
        this.withProgress(e) && this._queue.delete(e);
      }
      attempt(e) {
        const n = this.withProgress(e);
        if (!n)
          throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
        return n.logger("Starting task"), n;
      }
      static getName(e = "empty") {
        return `task:${e}:${++M3.counter}`;
      }
    };
    M2.counter = 0;
    ot = M2;
    Pn = class {
      constructor(e, n, r2) {
        this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
      }
      get cwd() {
        return this._cwd || this._executor.cwd;
      }
      set cwd(e) {
        this._cwd = e;
      }
      get env() {
        return this._executor.env;
      }
      get outputHandler() {
        return this._executor.outputHandler;
      }
      chain() {
        return this;
      }
      push(e) {
        return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
      }
      async attemptTask(e) {
        const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
        try {
          const { logger: s } = this._queue.attempt(e);
          return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
        } catch (s) {
          throw this.onFatalException(e, s);
        } finally {
          r2(), n();
        }
      }
      onFatalException(e, n) {
        const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
        return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
      }
      async attemptRemoteTask(e, n) {
        const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
          "spawn.args",
          [...e.commands],
          this.taskContext(e, e.commands)
        ), o2 = await this.gitResponse(
          e,
          r2,
          s,
          this.outputHandler,
          n.step("SPAWN")
        ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
        return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
      }
      async attemptEmptyTask(e, n) {
        return n("empty task bypassing child process to call to task's parser"), e.parser(this);
      }
      handleTaskData(e, n, r2, s) {
        const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
        return new Promise((y2, w2) => {
          s("Preparing to handle process response exitCode=%d stdOut=", o2);
          const { error: T2 } = this._plugins.exec(
            "task.error",
            { error: i },
            {
              ...this.taskContext(e, n),
              ...r2
            }
          );
          if (T2 && e.onError)
            return s.info("exitCode=%s handling with custom error handler"), e.onError(
              r2,
              T2,
              (k2) => {
                s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
                  new z2(
                    Array.isArray(k2) ? Buffer.concat(k2) : k2,
                    Buffer.concat(c3)
                  )
                );
              },
              w2
            );
          if (T2)
            return s.info(
              "handling as error: exitCode=%s stdErr=%s rejection=%o",
              o2,
              c3.length,
              i
            ), w2(T2);
          s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
        });
      }
      async gitResponse(e, n, r2, s, o2) {
        const i = o2.sibling("output"), a = this._plugins.exec(
          "spawn.options",
          {
            cwd: this.cwd,
            env: this.env,
            windowsHide: true
          },
          this.taskContext(e, e.commands)
        );
        return new Promise((c3) => {
          const y2 = [], w2 = [];
          o2.info("%s %o", n, r2), o2("%O", a);
          let T2 = this._beforeSpawn(e, r2);
          if (T2)
            return c3({
              stdOut: y2,
              stdErr: w2,
              exitCode: 9901,
              rejection: T2
            });
          this._plugins.exec("spawn.before", void 0, {
            ...this.taskContext(e, r2),
            kill(C2) {
              T2 = C2 || T2;
            }
          });
          const k2 = ve(n, r2, a);
          k2.stdout.on(
            "data",
            Et(y2, "stdOut", o2, i.step("stdOut"))
          ), k2.stderr.on(
            "data",
            Et(w2, "stdErr", o2, i.step("stdErr"))
          ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
            ...this.taskContext(e, r2),
            spawned: k2,
            close(C2, Te) {
              c3({
                stdOut: y2,
                stdErr: w2,
                exitCode: C2,
                rejection: T2 || Te
              });
            },
            kill(C2) {
              k2.killed || (T2 = C2, k2.kill("SIGINT"));
            }
          });
        });
      }
      _beforeSpawn(e, n) {
        let r2;
        return this._plugins.exec("spawn.before", void 0, {
          ...this.taskContext(e, n),
          kill(s) {
            r2 = s || r2;
          }
        }), r2;
      }
      taskContext(e, n) {
        return {
          method: String(Me(e.commands) || ""),
          commands: n,
          env: { ...this.env },
          input: kt(e) ? void 0 : e.input
        };
      }
    };
    Dn = class {
      constructor(e, n, r2) {
        this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
      }
      chain() {
        return new Pn(this, this._scheduler, this._plugins);
      }
      push(e) {
        return this._chain.push(e);
      }
    };
    Yt = (t2, e, n) => {
      const r2 = ["clone", ...n];
      return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
    };
    Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
    Un = [
      new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
        t2.branch = e, t2.commit = r2, t2.root = !!n;
      }),
      new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
        const n = e.split("<"), r2 = n.pop();
        !r2 || !r2.includes("@") || (t2.author = {
          email: r2.substr(0, r2.length - 1),
          name: n.join("<").trim()
        });
      }),
      new l2(
        /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
        (t2, [e, n, r2]) => {
          t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
        }
      ),
      new l2(
        /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
        (t2, [e, n, r2]) => {
          t2.summary.changes = parseInt(e, 10) || 0;
          const s = parseInt(n, 10) || 0;
          r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
        }
      )
    ];
    Wn = new l2(
      /([a-z-]+): (\d+)$/,
      (t2, [e, n]) => {
        const r2 = jt(e);
        Object.hasOwn(t2, r2) && (t2[r2] = p(n));
      }
    );
    J2 = class {
      constructor(e, n, r2, s) {
        this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
      }
    };
    Xn = /^Init.+ repository in (.+)$/;
    Yn = /^Rein.+ in (.+)$/;
    Qt = "--bare";
    R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
    Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
    rr = class {
      constructor() {
        this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
      }
    };
    Ot = [
      new l2(
        /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
        (t2, [e, n, r2 = ""]) => {
          t2.files.push({
            file: e.trim(),
            changes: p(n),
            insertions: r2.replace(/[^+]/g, "").length,
            deletions: r2.replace(/[^-]/g, "").length,
            binary: false
          });
        }
      ),
      new l2(
        /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
        (t2, [e, n, r2]) => {
          t2.files.push({
            file: e.trim(),
            before: p(n),
            after: p(r2),
            binary: true
          });
        }
      ),
      new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
        t2.files.push({
          file: e.trim(),
          before: 0,
          after: 0,
          binary: true
        });
      }),
      new l2(
        /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
        (t2, [e, n]) => {
          const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
          t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
        }
      )
    ];
    sr = [
      new l2(
        /(\d+)\t(\d+)\t(.+)$/,
        (t2, [e, n, r2]) => {
          const s = p(e), o2 = p(n);
          t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
            file: r2,
            changes: s + o2,
            insertions: s,
            deletions: o2,
            binary: false
          });
        }
      ),
      new l2(/-\t-\t(.+)$/, (t2, [e]) => {
        t2.changed++, t2.files.push({
          file: e,
          after: 0,
          before: 0,
          binary: true
        });
      })
    ];
    or = [
      new l2(/(.+)$/, (t2, [e]) => {
        t2.changed++, t2.files.push({
          file: e,
          changes: 0,
          insertions: 0,
          deletions: 0,
          binary: false
        });
      })
    ];
    ir = [
      new l2(
        /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
        (t2, [e, n, r2, s, o2]) => {
          t2.changed++, t2.files.push({
            file: o2 ?? r2,
            changes: 0,
            insertions: 0,
            deletions: 0,
            binary: false,
            status: bt(_n(e) && e),
            from: bt(!!o2 && r2 !== o2 && r2),
            similarity: p(n)
          });
        }
      )
    ];
    ar = {
      [R2.NONE]: Ot,
      [R2.STAT]: Ot,
      [R2.NUM_STAT]: sr,
      [R2.NAME_STATUS]: ir,
      [R2.NAME_ONLY]: or
    };
    te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
    ee2 = " \xF2\xF2";
    ne2 = " \xF2 ";
    ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
    se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
    Z2 = class {
      constructor(e, n = null, r2) {
        this.reason = e, this.file = n, this.meta = r2;
      }
      toString() {
        return `${this.file}:${this.reason}`;
      }
    };
    dr = class {
      constructor() {
        this.conflicts = [], this.merges = [], this.result = "success";
      }
      get failed() {
        return this.conflicts.length > 0;
      }
      get reason() {
        return this.result;
      }
      toString() {
        return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
      }
    };
    ie = class {
      constructor() {
        this.remoteMessages = {
          all: []
        }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
          changes: 0,
          deletions: 0,
          insertions: 0
        };
      }
    };
    gr = class {
      constructor() {
        this.remote = "", this.hash = {
          local: "",
          remote: ""
        }, this.branch = {
          local: "",
          remote: ""
        }, this.message = "";
      }
      toString() {
        return this.message;
      }
    };
    yr = [
      new x2(
        /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
        (t2, [e, n]) => {
          const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
          Object.assign(s, { [r2]: p(n) });
        }
      ),
      new x2(
        /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
        (t2, [e, n]) => {
          const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
          Object.assign(s, { [r2]: p(n) });
        }
      ),
      new x2(
        /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
        (t2, [e, n, r2]) => {
          const s = tt(t2.remoteMessages);
          s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
        }
      )
    ];
    wr = [
      new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
      ...yr,
      new x2(
        [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
        (t2, [e]) => {
          t2.remoteMessages.pullRequestUrl = e;
        }
      ),
      new x2(
        [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
        (t2, [e, n, r2]) => {
          t2.remoteMessages.vulnerabilities = {
            count: p(e),
            summary: n,
            url: r2
          };
        }
      )
    ];
    br = class {
      constructor() {
        this.all = [];
      }
    };
    Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
    kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
    _r = /^(create|delete) mode \d+ (.+)/;
    vr = [
      new l2(Tr, (t2, [e, n, r2]) => {
        t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
      }),
      new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
      new l2(_r, (t2, [e, n]) => {
        S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
      })
    ];
    Er = [
      new l2(/^from\s(.+)$/i, (t2, [e]) => {
        t2.remote = e;
      }),
      new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
        t2.message = e;
      }),
      new l2(
        /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
        (t2, [e, n, r2, s]) => {
          t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
        }
      )
    ];
    Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
    ue = (t2, e) => Object.assign(
      new ie(),
      Sr(t2, e),
      ae(t2, e)
    );
    Or = [
      new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
        t2.merges.push(e);
      }),
      new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
        t2.conflicts.push(new Z2(e, n));
      }),
      new l2(
        /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
        (t2, [e, n, r2]) => {
          t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
        }
      ),
      new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
        t2.conflicts.push(new Z2(e, null));
      }),
      new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
        t2.result = e;
      })
    ];
    Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
    Ar = (t2) => E2(new dr(), Or, t2);
    Nr = [
      new l2(/^Pushing to (.+)$/, (t2, [e]) => {
        t2.repo = e;
      }),
      new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
        t2.ref = {
          ...t2.ref || {},
          local: e
        };
      }),
      new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
        t2.pushed.push(xr(e, n, r2));
      }),
      new l2(
        /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
        (t2, [e, n, r2]) => {
          t2.branch = {
            ...t2.branch || {},
            local: e,
            remote: n,
            remoteName: r2
          };
        }
      ),
      new l2(
        /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
        (t2, [e, n, r2, s]) => {
          t2.update = {
            head: {
              local: e,
              remote: n
            },
            hash: {
              from: r2,
              to: s
            }
          };
        }
      )
    ];
    $r = (t2, e) => {
      const n = Pr(t2, e), r2 = ae(t2, e);
      return {
        ...n,
        ...r2
      };
    };
    Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
    Lr = /^(.+)\0(.+)$/;
    jr = class {
      constructor(e, n, r2) {
        if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
          const s = Lr.exec(e) || [null, e, e];
          this.from = s[2] || "", this.path = s[1] || "";
        }
      }
    };
    Br = class {
      constructor() {
        this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
      }
    };
    Ir = new Map([
      _2(
        " ",
        "A",
        (t2, e) => t2.created.push(e)
      ),
      _2(
        " ",
        "D",
        (t2, e) => t2.deleted.push(e)
      ),
      _2(
        " ",
        "M",
        (t2, e) => t2.modified.push(e)
      ),
      _2("A", " ", (t2, e) => {
        t2.created.push(e), t2.staged.push(e);
      }),
      _2("A", "M", (t2, e) => {
        t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
      }),
      _2("D", " ", (t2, e) => {
        t2.deleted.push(e), t2.staged.push(e);
      }),
      _2("M", " ", (t2, e) => {
        t2.modified.push(e), t2.staged.push(e);
      }),
      _2("M", "M", (t2, e) => {
        t2.modified.push(e), t2.staged.push(e);
      }),
      _2("R", " ", (t2, e) => {
        t2.renamed.push(xt(e));
      }),
      _2("R", "M", (t2, e) => {
        const n = xt(e);
        t2.renamed.push(n), t2.modified.push(n.to);
      }),
      _2("!", "!", (t2, e) => {
        (t2.ignored = t2.ignored || []).push(e);
      }),
      _2(
        "?",
        "?",
        (t2, e) => t2.not_added.push(e)
      ),
      ...et(
        "A",
        "A",
        "U"
        /* UNMERGED */
      ),
      ...et(
        "D",
        "D",
        "U"
        /* UNMERGED */
      ),
      ...et(
        "U",
        "A",
        "D",
        "U"
        /* UNMERGED */
      ),
      [
        "##",
        (t2, e) => {
          const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
          let a = n.exec(e);
          t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
        }
      ]
    ]);
    Ur = function(t2) {
      const e = t2.split(I2), n = new Br();
      for (let r2 = 0, s = e.length; r2 < s; ) {
        let o2 = e[r2++].trim();
        o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
      }
      return n;
    };
    Gr = ["--null", "-z"];
    fe = "installed=false";
    Hr = [
      new l2(
        /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
        (t2, [e, n, r2, s = ""]) => {
          Object.assign(
            t2,
            q2(p(e), p(n), p(r2), s)
          );
        }
      ),
      new l2(
        /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
        (t2, [e, n, r2, s = ""]) => {
          Object.assign(t2, q2(p(e), p(n), r2, s));
        }
      )
    ];
    le = class {
      constructor(e) {
        this._executor = e;
      }
      _runTask(e, n) {
        const r2 = this._executor.chain(), s = r2.push(e);
        return n && Ln(e, s, n), Object.create(this, {
          then: { value: s.then.bind(s) },
          catch: { value: s.catch.bind(s) },
          _executor: { value: r2 }
        });
      }
      add(e) {
        return this._runTask(
          g(["add", ...v(e)]),
          u(arguments)
        );
      }
      cwd(e) {
        const n = u(arguments);
        return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
          St(
            e.path,
            e.root && this._executor || void 0
          ),
          n
        ) : this._runTask(
          b2("Git.cwd: workingDirectory must be supplied as a string"),
          n
        );
      }
      hashObject(e, n) {
        return this._runTask(
          Vn(e, n === true),
          u(arguments)
        );
      }
      init(e) {
        return this._runTask(
          Zn(e === true, this._executor.cwd, h2(arguments)),
          u(arguments)
        );
      }
      merge() {
        return this._runTask(
          At(h2(arguments)),
          u(arguments)
        );
      }
      mergeFromTo(e, n) {
        return m(e) && m(n) ? this._runTask(
          At([e, n, ...h2(arguments)]),
          u(arguments, false)
        ) : this._runTask(
          b2(
            "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
          )
        );
      }
      outputHandler(e) {
        return this._executor.outputHandler = e, this;
      }
      push() {
        const e = ce(
          {
            remote: d(arguments[0], m),
            branch: d(arguments[1], m)
          },
          h2(arguments)
        );
        return this._runTask(e, u(arguments));
      }
      stash() {
        return this._runTask(
          g(["stash", ...h2(arguments)]),
          u(arguments)
        );
      }
      status() {
        return this._runTask(
          zr(h2(arguments)),
          u(arguments)
        );
      }
    };
    Object.assign(
      le.prototype,
      jn(),
      In(),
      zn(),
      Tn(),
      Hn(),
      Kn(),
      On(),
      er(),
      pr(),
      Dr(),
      Wr()
    );
    Vr = /* @__PURE__ */ (() => {
      let t2 = 0;
      return () => {
        t2++;
        const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
        return {
          promise: e,
          done: n,
          id: t2
        };
      };
    })();
    Xr = class {
      constructor(e = 2) {
        this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
      }
      schedule() {
        if (!this.pending.length || this.running.length >= this.concurrency) {
          this.logger(
            "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
            this.pending.length,
            this.running.length,
            this.concurrency
          );
          return;
        }
        const e = S2(this.running, this.pending.shift());
        this.logger("Attempting id=%s", e.id), e.done(() => {
          this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
        });
      }
      next() {
        const { promise: e, id: n } = S2(this.pending, Vr());
        return this.logger("Scheduling id=%s", n), this.schedule(), e;
      }
    };
    he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
    Qr = class {
      constructor() {
        this.all = [], this.branches = {}, this.current = "", this.detached = false;
      }
      push(e, n, r2, s, o2) {
        e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
          current: e === "*",
          linkedWorkTree: e === "+",
          name: r2,
          commit: s,
          label: o2
        };
      }
    };
    Jr = [
      new l2(
        /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
        (t2, [e, n, r2, s]) => {
          t2.push(Nt(e), true, n, r2, s);
        }
      ),
      new l2(
        /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
        (t2, [e, n, r2, s]) => {
          t2.push(Nt(e), false, n, r2, s);
        }
      )
    ];
    Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
      t2.push(he.CURRENT, false, e, "", "");
    });
    ts = class {
      constructor() {
        this.all = [], this.branches = {}, this.errors = [];
      }
      get success() {
        return !this.errors.length;
      }
    };
    rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
    pe = /^error[^']+'([^']+)'/m;
    ss = [
      new l2(rs, (t2, [e, n]) => {
        const r2 = es(e, n);
        t2.all.push(r2), t2.branches[e] = r2;
      }),
      new l2(pe, (t2, [e]) => {
        const n = ns(e);
        t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
      })
    ];
    gt = (t2, e) => E2(new ts(), ss, [t2, e]);
    ms = [
      new l2(/From (.+)$/, (t2, [e]) => {
        t2.remote = e;
      }),
      new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
        t2.branches.push({
          name: e,
          tracking: n
        });
      }),
      new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
        t2.tags.push({
          name: e,
          tracking: n
        });
      }),
      new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
        t2.deleted.push({
          tracking: e
        });
      }),
      new l2(
        /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
        (t2, [e, n, r2, s]) => {
          t2.updated.push({
            name: r2,
            tracking: s,
            to: n,
            from: e
          });
        }
      )
    ];
    ys = [
      new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
        t2.moves.push({ from: e, to: n });
      })
    ];
    $s = class {
      constructor(e, n) {
        this.all = e, this.latest = n;
      }
    };
    Ps = function(t2, e = false) {
      const n = t2.split(`
`).map(Ds).filter(Boolean);
      e || n.sort(function(s, o2) {
        const i = s.split("."), a = o2.split(".");
        if (i.length === 1 || a.length === 1)
          return Ms(B2(i[0]), B2(a[0]));
        for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
          const w2 = ye(B2(i[c3]), B2(a[c3]));
          if (w2)
            return w2;
        }
        return 0;
      });
      const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
      return new $s(n, r2);
    };
    (f2.prototype = Object.create(le.prototype)).constructor = f2;
    f2.prototype.customBinary = function(t2) {
      return this._plugins.reconfigure("binary", t2), this;
    };
    f2.prototype.env = function(t2, e) {
      return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
    };
    f2.prototype.stashList = function(t2) {
      return this._runTask(
        Cs(
          ht(arguments) || {},
          K2(t2) && t2 || []
        ),
        u(arguments)
      );
    };
    f2.prototype.mv = function(t2, e) {
      return this._runTask(bs(t2, e), u(arguments));
    };
    f2.prototype.checkoutLatestTag = function(t2) {
      var e = this;
      return this.pull(function() {
        e.tags(function(n, r2) {
          e.checkout(r2.latest, t2);
        });
      });
    };
    f2.prototype.pull = function(t2, e, n, r2) {
      return this._runTask(
        Ts(
          d(t2, m),
          d(e, m),
          h2(arguments)
        ),
        u(arguments)
      );
    };
    f2.prototype.fetch = function(t2, e) {
      return this._runTask(
        gs(
          d(t2, m),
          d(e, m),
          h2(arguments)
        ),
        u(arguments)
      );
    };
    f2.prototype.tags = function(t2, e) {
      return this._runTask(
        Ls(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.rebase = function() {
      return this._runTask(
        g(["rebase", ...h2(arguments)]),
        u(arguments)
      );
    };
    f2.prototype.reset = function(t2) {
      return this._runTask(
        An(xn(t2), h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.revert = function(t2) {
      const e = u(arguments);
      return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
        g(["revert", ...h2(arguments, 0, true), t2]),
        e
      );
    };
    f2.prototype.addTag = function(t2) {
      const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
      return this._runTask(e, u(arguments));
    };
    f2.prototype.addAnnotatedTag = function(t2, e) {
      return this._runTask(
        Bs(t2, e),
        u(arguments)
      );
    };
    f2.prototype.deleteLocalBranch = function(t2, e, n) {
      return this._runTask(
        cs(t2, typeof e == "boolean" ? e : false),
        u(arguments)
      );
    };
    f2.prototype.deleteLocalBranches = function(t2, e, n) {
      return this._runTask(
        us(t2, typeof e == "boolean" ? e : false),
        u(arguments)
      );
    };
    f2.prototype.branch = function(t2, e) {
      return this._runTask(
        is(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.branchLocal = function(t2) {
      return this._runTask(as(), u(arguments));
    };
    f2.prototype.raw = function(t2) {
      const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
      for (let s = 0; s < n.length && e; s++)
        if (!st(n[s])) {
          n.splice(s, n.length - s);
          break;
        }
      n.push(...h2(arguments, 0, true));
      var r2 = u(arguments);
      return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
        b2("Raw: must supply one or more command to execute"),
        r2
      );
    };
    f2.prototype.submoduleAdd = function(t2, e, n) {
      return this._runTask(As(t2, e), u(arguments));
    };
    f2.prototype.submoduleUpdate = function(t2, e) {
      return this._runTask(
        Ns(h2(arguments, true)),
        u(arguments)
      );
    };
    f2.prototype.submoduleInit = function(t2, e) {
      return this._runTask(
        xs(h2(arguments, true)),
        u(arguments)
      );
    };
    f2.prototype.subModule = function(t2, e) {
      return this._runTask(
        X2(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.listRemote = function() {
      return this._runTask(
        Ss(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.addRemote = function(t2, e, n) {
      return this._runTask(
        vs(t2, e, h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.removeRemote = function(t2, e) {
      return this._runTask(Os(t2), u(arguments));
    };
    f2.prototype.getRemotes = function(t2, e) {
      return this._runTask(Es(t2 === true), u(arguments));
    };
    f2.prototype.remote = function(t2, e) {
      return this._runTask(
        Rs(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.tag = function(t2, e) {
      const n = h2(arguments);
      return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
    };
    f2.prototype.updateServerInfo = function(t2) {
      return this._runTask(
        g(["update-server-info"]),
        u(arguments)
      );
    };
    f2.prototype.pushTags = function(t2, e) {
      const n = Mr(
        { remote: d(t2, m) },
        h2(arguments)
      );
      return this._runTask(n, u(arguments));
    };
    f2.prototype.rm = function(t2) {
      return this._runTask(
        g(["rm", "-f", ...v(t2)]),
        u(arguments)
      );
    };
    f2.prototype.rmKeepLocal = function(t2) {
      return this._runTask(
        g(["rm", "--cached", ...v(t2)]),
        u(arguments)
      );
    };
    f2.prototype.catFile = function(t2, e) {
      return this._catFile("utf-8", arguments);
    };
    f2.prototype.binaryCatFile = function() {
      return this._catFile("buffer", arguments);
    };
    f2.prototype._catFile = function(t2, e) {
      var n = u(e), r2 = ["cat-file"], s = e[0];
      if (typeof s == "string")
        return this._runTask(
          b2("Git.catFile: options must be supplied as an array of strings"),
          n
        );
      Array.isArray(s) && r2.push.apply(r2, s);
      const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
      return this._runTask(o2, n);
    };
    f2.prototype.diff = function(t2, e) {
      const n = m(t2) ? b2(
        "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
      ) : g(["diff", ...h2(arguments)]);
      return this._runTask(n, u(arguments));
    };
    f2.prototype.diffSummary = function() {
      return this._runTask(
        fr(h2(arguments, 1)),
        u(arguments)
      );
    };
    f2.prototype.applyPatch = function(t2) {
      const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
        "git.applyPatch requires one or more string patches as the first argument"
      );
      return this._runTask(e, u(arguments));
    };
    f2.prototype.revparse = function() {
      const t2 = ["rev-parse", ...h2(arguments, true)];
      return this._runTask(
        g(t2, true),
        u(arguments)
      );
    };
    f2.prototype.clean = function(t2, e, n) {
      const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
      return this._runTask(
        on(s, o2),
        u(arguments)
      );
    };
    f2.prototype.exec = function(t2) {
      const e = {
        commands: [],
        format: "utf-8",
        parser() {
          typeof t2 == "function" && t2();
        }
      };
      return this._runTask(e);
    };
    f2.prototype.checkIgnore = function(t2, e) {
      return this._runTask(
        fs(v(d(t2, G2, []))),
        u(arguments)
      );
    };
    f2.prototype.checkIsRepo = function(t2, e) {
      return this._runTask(
        We(d(t2, m)),
        u(arguments)
      );
    };
    Us = $2("", "plugin:allowEnvironment");
    $t = (0, import_promise_deferred.deferred)().promise;
    we = $2("", "plugin:binary");
    Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
    Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
    be = {
      DISALLOWED_ABBREVIATED: {
        text: "disallowed abbreviated or ambiguous option",
        solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
      },
      UNKNOWN: {
        text: "~ unknown ~",
        solution: void 0
      }
    };
    Qs = class extends O2 {
      constructor(e = "") {
        const n = Ys(e);
        super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
      }
    };
    nt = $2("", "plugin:input");
    ro = class {
      constructor() {
        this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
      }
      on(e, n) {
        this.events.on(e, n);
      }
      reconfigure(e, n) {
        this.events.emit(e, n);
      }
      append(e, n) {
        const r2 = S2(this.plugins, { type: e, action: n });
        return () => this.plugins.delete(r2);
      }
      add(e) {
        const n = [];
        return v(e).forEach(
          (r2) => {
            r2 && this.plugins.add(S2(n, r2));
          }
        ), () => {
          n.forEach((r2) => {
            this.plugins.delete(r2);
          });
        };
      }
      exec(e, n, r2) {
        let s = n;
        const o2 = Object.freeze(Object.create(r2));
        for (const i of this.plugins)
          i.type === e && (s = i.action(s, o2));
        return s;
      }
    };
    wo = (t2, e) => {
      const n = new ro(), r2 = Ge(
        t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
        e
      );
      if (!Lt(r2.baseDir))
        throw new Ae(
          r2,
          "Cannot use simple-git on a directory that does not exist"
        );
      return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
        Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
      ), new f2(r2, n);
    };
  }
});

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
        return args.map((v2) => utils.escapeRegex(v2)).join("..");
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
        for (let j3 = i + 1; j3 < values.length; j3++) {
          const a = values[i];
          const b3 = values[j3];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b3 !== char.repeat(b3.length)) {
            continue;
          }
          if (a === b3 || a.startsWith(b3) || b3.startsWith(a)) {
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
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m2, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m2;
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
          return esc ? m2 : `\\${m2}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m2) => {
              return m2.length % 2 === 0 ? "\\\\" : m2 ? "\\" : "";
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
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
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
            for (const t2 of toks) {
              state.output += t2.output || t2.value;
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
      const posix2 = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
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
    picomatch.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p2) => picomatch.parse(p2, options));
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
import { mkdirSync, readFileSync as readFileSync5, writeFileSync } from "node:fs";
import { EOL as EOL2 } from "node:os";
import { dirname as dirname4, posix, relative as relative3, resolve as resolve5, sep as sep4 } from "node:path";

// src/config.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

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

// src/ruleset/regex-safety.ts
function regexHazard(source) {
  const groups = [{ varies: false, alternates: false }];
  let unbounded = 0;
  let closedGroup;
  for (let at2 = 0; at2 < source.length; at2 += 1) {
    const char = source[at2];
    const current = groups[groups.length - 1];
    const quantifier = quantifierAt(source, at2);
    if (quantifier) {
      if (quantifier.unbounded) unbounded += 1;
      if (closedGroup && quantifier.repeats && (closedGroup.varies || closedGroup.alternates)) {
        return "a repeated group holds a variable repeat or an alternation (catastrophic backtracking)";
      }
      current.varies ||= quantifier.varies || Boolean(closedGroup?.varies);
      current.alternates ||= Boolean(closedGroup?.alternates);
      closedGroup = void 0;
      at2 += quantifier.length - 1;
      continue;
    }
    if (closedGroup) {
      current.varies ||= closedGroup.varies;
      current.alternates ||= closedGroup.alternates;
      closedGroup = void 0;
    }
    if (char === "\\") {
      const next = source[at2 + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") return "backreferences are not allowed";
      at2 += 1;
    } else if (char === "[") {
      at2 = classEnd(source, at2);
    } else if (char === "(") {
      groups.push({ varies: false, alternates: false });
      if (source[at2 + 1] === "?") at2 = groupBodyStart(source, at2) - 1;
    } else if (char === ")") {
      closedGroup = groups.length > 1 ? groups.pop() : void 0;
    } else if (char === "|") {
      current.alternates = true;
    }
  }
  if (unbounded > 2) return "more than two unbounded repeats (polynomial backtracking)";
  return void 0;
}
function quantifierAt(source, at2) {
  const bounds = { "*": [0, Infinity], "+": [1, Infinity], "?": [0, 1] };
  let [min, max] = bounds[source[at2]] ?? [-1, -1];
  let length = 1;
  if (source[at2] === "{") {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at2));
    if (!match) return void 0;
    min = Number(match[1]);
    max = match[2] ? match[3] ? Number(match[3]) : Infinity : min;
    length = match[0].length;
  }
  if (min < 0) return void 0;
  if (source[at2 + length] === "?") length += 1;
  return { length, repeats: max > 1, varies: min !== max, unbounded: max === Infinity };
}
function groupBodyStart(source, at2) {
  if (source[at2 + 2] !== "<") return at2 + 3;
  if (source[at2 + 3] === "=" || source[at2 + 3] === "!") return at2 + 4;
  return source.indexOf(">", at2) + 1;
}
function classEnd(source, at2) {
  let i = at2 + 1;
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
var FIELDS = ["$schema", "exclude", "allow", "failOn", "rules", "includeLocalEnv"];
var FAIL_ON = [...SEVERITIES, "none"];
function findConfig(start) {
  let dir = resolve(start);
  for (; ; ) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, ".git"))) return void 0;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadConfig(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
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
    if (!Array.isArray(value) || value.some((v2) => typeof v2 !== "string" || v2 === "")) {
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
    rules: strings("rules").map((dir) => resolve(dirname(file), dir)),
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
  return config;
}
var EMPTY_CONFIG = { exclude: [], allow: [], rules: [] };

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
  for (let at2 = 1; at2 < literal.length - 1; at2 += 1) {
    if (BYTE_RANKS[literal[at2]] < BYTE_RANKS[literal[anchor]]) anchor = at2;
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
    for (let at2 = bytes.indexOf(suffix, Math.max(0, from) + anchor); at2 !== -1; at2 = bytes.indexOf(suffix, at2 + 1)) {
      if (isHeadAt(bytes, at2 - anchor)) return at2 - anchor;
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
function commonPrefix(a, b3) {
  let i = 0;
  while (i < a.length && i < b3.length && a[i] === b3[i]) i += 1;
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
function hasPrefixAt(bytes, at2, prefix, known) {
  for (let i = known; i < prefix.length; i += 1) if (bytes[at2 + i] !== prefix[i]) return false;
  return true;
}
function isBinary(bytes) {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
function createDetector(patterns) {
  const compiled = patterns.map((p2) => ({
    id: p2.id,
    keyType: p2.keyType,
    prefix: p2.prefix,
    prefixBytes: Buffer.from(p2.prefix, "latin1"),
    regex: new RegExp(`${escapeRegex(p2.prefix)}(?:${p2.body})(?![A-Za-z0-9_])`, "y")
  }));
  const needles = groupNeedles(compiled).map((needle) => ({ ...needle, find: literalSearch(Buffer.from(needle.literal, "latin1")) }));
  const findCandidates = (bytes, options = {}) => {
    const hits = [];
    for (const needle of needles) {
      const to2 = options.to ?? bytes.length;
      let at2 = needle.find(bytes, options.from ?? 0);
      while (at2 !== -1 && at2 < to2) {
        if (at2 === 0 || !isIdentifierByte(bytes[at2 - 1])) {
          let window2;
          for (const pattern of needle.patterns) {
            if (!hasPrefixAt(bytes, at2, pattern.prefixBytes, needle.literal.length)) continue;
            window2 ??= bytes.toString("latin1", at2, Math.min(bytes.length, at2 + MAX_KEY_BYTES));
            pattern.regex.lastIndex = 0;
            const match = pattern.regex.exec(window2);
            if (match) {
              hits.push({ start: at2, end: at2 + match[0].length, pattern });
              break;
            }
          }
        }
        at2 = needle.find(bytes, at2 + 1);
      }
    }
    if (hits.length === 0) return [];
    hits.sort((a, b3) => a.start - b3.start);
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
import { readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { basename, join as join2 } from "node:path";
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
  const object = (value, at2) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw rulesError(`${at2} must be an object`);
    }
    return value;
  };
  const onlyFields = (value, allowed, id) => {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) throw rulesError(`${where(id, key)} is not a known field`);
    }
  };
  const text = (value, field, id, optional = false) => {
    const v2 = value[field];
    if (v2 === void 0 && optional) return "";
    if (typeof v2 !== "string" || v2.length === 0) {
      throw rulesError(`${where(id, field)} must be a non-empty string`);
    }
    return v2;
  };
  const oneOf = (value, field, allowed, id) => {
    const v2 = value[field];
    if (!allowed.includes(v2)) {
      throw rulesError(`${where(id, field)} must be one of ${allowed.join(", ")} (got ${JSON.stringify(v2)})`);
    }
    return v2;
  };
  const strings = (value, field, id) => {
    const v2 = value[field];
    if (!Array.isArray(v2) || v2.some((s) => typeof s !== "string")) {
      throw rulesError(`${where(id, field)} must be an array of strings`);
    }
    return v2;
  };
  const count = (value, field) => {
    const v2 = value[field];
    if (!Number.isInteger(v2) || v2 < 1) {
      throw rulesError(`${where(void 0, `placeholders.${field}`)} must be a positive integer`);
    }
    return v2;
  };
  const safeRegex = (source, at2) => {
    try {
      new RegExp(source);
    } catch (error) {
      throw rulesError(`${at2} is not a valid regular expression: ${error.message}`);
    }
    const hazard = regexHazard(source);
    if (hazard) throw rulesError(`${at2} could make a scan hang: ${hazard}`);
    return source;
  };
  const root = object(data, file);
  onlyFields(root, ["$schema", "patterns", "rules", "placeholders", "contextPrecedence"], void 0);
  const result = {};
  if (root.patterns !== void 0) {
    if (!Array.isArray(root.patterns)) throw rulesError(`${where(void 0, "patterns")} must be an array`);
    result.patterns = root.patterns.map((raw, index) => {
      const p2 = object(raw, `${file}: patterns[${index}]`);
      const id = typeof p2.id === "string" ? p2.id : void 0;
      onlyFields(p2, ["id", "keyType", "prefix", "body", "description", "examples"], id);
      if (!id || !ID.test(id)) throw rulesError(`${where(id ?? `patterns[${index}]`, "id")} must be kebab-case`);
      const spec = {
        id,
        keyType: oneOf(p2, "keyType", KEY_TYPES, id),
        prefix: text(p2, "prefix", id),
        body: safeRegex(text(p2, "body", id), where(id, "body")),
        description: text(p2, "description", id)
      };
      if (p2.examples !== void 0) {
        const ex = object(p2.examples, where(id, "examples"));
        onlyFields(ex, ["match", "noMatch"], id);
        spec.examples = { match: strings(ex, "match", id), noMatch: strings(ex, "noMatch", id) };
      }
      return spec;
    });
  }
  if (root.rules !== void 0) {
    if (!Array.isArray(root.rules)) throw rulesError(`${where(void 0, "rules")} must be an array`);
    result.rules = root.rules.map((raw, index) => {
      const r2 = object(raw, `${file}: rules[${index}]`);
      const id = typeof r2.id === "string" ? r2.id : void 0;
      onlyFields(
        r2,
        ["id", "keyType", "context", "severity", "precision", "title", "description", "remediation", "help"],
        id
      );
      if (!id || !ID.test(id)) throw rulesError(`${where(id ?? `rules[${index}]`, "id")} must be kebab-case`);
      return {
        id,
        keyType: oneOf(r2, "keyType", KEY_TYPES, id),
        context: oneOf(r2, "context", CONTEXTS, id),
        severity: oneOf(r2, "severity", SEVERITIES, id),
        precision: oneOf(r2, "precision", PRECISIONS, id),
        title: text(r2, "title", id),
        description: text(r2, "description", id),
        remediation: text(r2, "remediation", id),
        help: strings(r2, "help", id)
      };
    });
  }
  if (root.placeholders !== void 0) {
    const p2 = object(root.placeholders, where(void 0, "placeholders"));
    onlyFields(
      p2,
      ["exactBodies", "words", "minRepeatedRun", "minSequentialRun", "minDistinctChars", "templateBefore", "templateAfter", "examples"],
      void 0
    );
    result.placeholders = {
      exactBodies: strings(p2, "exactBodies"),
      words: strings(p2, "words").map((w2) => w2.toLowerCase()),
      minRepeatedRun: count(p2, "minRepeatedRun"),
      minSequentialRun: count(p2, "minSequentialRun"),
      minDistinctChars: count(p2, "minDistinctChars"),
      templateBefore: strings(p2, "templateBefore"),
      templateAfter: strings(p2, "templateAfter")
    };
    if (p2.examples !== void 0) {
      const examples = object(p2.examples, where(void 0, "placeholders.examples"));
      onlyFields(examples, ["placeholder"], void 0);
      result.placeholders.examples = { placeholder: strings(examples, "placeholder") };
    }
  }
  if (root.contextPrecedence !== void 0) {
    const list = strings(root, "contextPrecedence");
    for (const c3 of list) {
      if (!CONTEXTS.includes(c3)) {
        throw rulesError(`${where(void 0, "contextPrecedence")} has unknown context "${c3}"`);
      }
    }
    result.contextPrecedence = list;
  }
  return result;
}

// src/ruleset/load.ts
var BUILTIN_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));
var VERIFY_SPEC_FILE = "verify.json";
function readRuleFile(file) {
  let data;
  try {
    data = JSON.parse(readFileSync2(file, "utf8"));
  } catch (error) {
    throw rulesError(`${file}: cannot read rule file: ${error.message}`);
  }
  return validateRuleFile(data, file);
}
function ruleFilesIn(path) {
  let isDirectory2;
  try {
    isDirectory2 = statSync(path).isDirectory();
  } catch (error) {
    throw rulesError(`${path}: cannot read rules: ${error.code ?? error.message}`);
  }
  if (!isDirectory2) return [path];
  return readdirSync(path).filter((name) => name.endsWith(".json") && !(path === BUILTIN_RULES_DIR && name === VERIFY_SPEC_FILE)).sort().map((name) => join2(path, name));
}
function loadRuleset(extraDirs = []) {
  const files = [BUILTIN_RULES_DIR, ...extraDirs].flatMap(ruleFilesIn);
  const patterns = [];
  const rules = [];
  let placeholders;
  let contextPrecedence;
  const seen = /* @__PURE__ */ new Map();
  const claim = (id, file) => {
    const other = seen.get(id);
    if (other) throw rulesError(`${file}: rule "${id}": field "id" is already defined in ${basename(other)}`);
    seen.set(id, file);
  };
  for (const file of files) {
    const data = readRuleFile(file);
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
  return (text) => {
    if (!detector.needles.some((needle) => text.includes(needle))) return text;
    const bytes = Buffer.from(text, "utf8");
    const candidates = detector.findCandidates(bytes, { isBinary: false });
    if (candidates.length === 0) return text;
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
    return (text) => text;
  }
}
var reportKeyRedactor = (report) => report.patterns ? keyRedactor(report.patterns) : builtinKeyRedactor();
function redactStrings(value, redact2) {
  if (typeof value === "string") return redact2(value);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact2));
  if (value instanceof Map) return new Map([...value].map(([name, field]) => [name, redactStrings(field, redact2)]));
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
function annotation(finding, reveal) {
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
  return `::${annotationLevel(finding)} ${properties}::${escapeData(`${finding.title}: ${key}${where}`)}`;
}
var formatGithub = redacting(
  (report, options) => report.findings.filter((f3) => !f3.suppressed).map((f3) => `${annotation(f3, options.reveal)}
`).join("")
);

// src/report/findings.ts
var severityRank = (severity) => SEVERITIES.indexOf(severity);
function compareFindings(a, b3) {
  return (a.location.path < b3.location.path ? -1 : a.location.path > b3.location.path ? 1 : 0) || a.location.line - b3.location.line || a.location.column - b3.location.column || a.ruleId.localeCompare(b3.ruleId);
}
var activeFindings = (report) => report.findings.filter((f3) => !f3.suppressed);
var isIncomplete = (report) => report.skipped.some((skip) => skip.reason === "missing-object");
function isFailing(report) {
  if (report.failOn === "none") return false;
  const threshold = severityRank(report.failOn);
  return activeFindings(report).some((f3) => severityRank(f3.severity) >= threshold);
}

// src/report/keys.ts
var ID_LENGTH = 16;
var keyId = (secret) => secret.hash.slice(0, ID_LENGTH);
var rank = (severity) => SEVERITIES.indexOf(severity);
var byDate = (a, b3) => Date.parse(a.date) - Date.parse(b3.date) || a.sha.localeCompare(b3.sha);
var shortRef = (ref) => ref.replace(/^refs\/(heads|remotes)\//, "").replace(/^refs\//, "");
function groupByKey(report) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    if (finding.suppressed) continue;
    const group = groups.get(finding.secret.hash);
    if (group) group.push(finding);
    else groups.set(finding.secret.hash, [finding]);
  }
  const entries = [...groups].map(([hash, findings]) => {
    const entry = keyEntry(findings, report.keyHistory?.get(hash));
    const verification = report.verification?.get(hash);
    return verification ? { ...entry, verification } : entry;
  });
  return entries.sort(
    (a, b3) => rank(b3.severity) - rank(a.severity) || (a.keyType === b3.keyType ? 0 : a.keyType === "live" ? -1 : 1) || (a.firstSeen && b3.firstSeen ? byDate(a.firstSeen, b3.firstSeen) : 0) || a.id.localeCompare(b3.id)
  );
}
function keyEntry(findings, history) {
  const worst = findings.reduce((a, b3) => rank(b3.severity) > rank(a.severity) ? b3 : a);
  const commits = findings.flatMap((f3) => f3.commit ? [f3.commit] : []).sort(byDate);
  const firstSeen = history?.firstSeen ?? commits[0];
  const lastSeen = history?.lastSeen ?? commits[commits.length - 1];
  const tags = history?.refs.filter((ref) => ref.startsWith("refs/tags/"));
  return {
    id: keyId(worst.secret),
    keyType: worst.keyType,
    secret: worst.secret,
    ruleId: worst.ruleId,
    severity: worst.severity,
    context: worst.context,
    locations: findings.map((f3) => ({
      path: f3.location.path,
      line: f3.location.line,
      column: f3.location.column,
      ruleId: f3.ruleId,
      severity: f3.severity,
      context: f3.context,
      ...f3.commit ? { commit: f3.commit } : {},
      ...f3.inHead !== void 0 ? { inHead: f3.inHead } : {}
    })),
    ...firstSeen ? { firstSeen } : {},
    ...lastSeen ? { lastSeen } : {},
    ...history?.removed ? { removed: history.removed } : {},
    ...history ? { refs: history.refs, tipRefs: history.tipRefs, tags, reachedTag: tags.length > 0 } : {}
  };
}
function whereKeyIs(entry) {
  if (!entry.refs) return void 0;
  const names = (refs) => refs.map(shortRef).join(", ");
  if (entry.tipRefs.length) return `in tip of ${names(entry.tipRefs)}`;
  if (entry.refs.length) return `only in history of refs ${names(entry.refs)}`;
  return "in no ref (only a detached HEAD, an older stash entry or unreachable objects)";
}

// src/formatters/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/caibo-scan/caibo-scan";
var SARIF_RESULT_LIMIT = 25e3;
var SECRET_FINGERPRINT = "caiboScanSecret/v1";
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "2.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var pascal = (id) => id.replace(/(^|-)([a-z0-9])/g, (_3, __, c3) => c3.toUpperCase());
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
var compareForSarif = (a, b3) => compareFindings(a, b3) || (a.commit?.sha ?? "").localeCompare(b3.commit?.sha ?? "") || a.fingerprint.localeCompare(b3.fingerprint);
function sarifFindings(findings) {
  const active = findings.filter((f3) => !f3.suppressed);
  const kept = active.length <= SARIF_RESULT_LIMIT ? active : [...active].sort((a, b3) => severityRank(b3.severity) - severityRank(a.severity) || compareForSarif(a, b3)).slice(0, SARIF_RESULT_LIMIT);
  return [...kept].sort(compareForSarif);
}
function sarifTruncationWarning(report) {
  const active = report.findings.filter((f3) => !f3.suppressed).length;
  if (active <= SARIF_RESULT_LIMIT) return void 0;
  return `${active} findings; SARIF keeps the ${SARIF_RESULT_LIMIT} most severe (GitHub code scanning rejects more)`;
}
var automationId = (category) => category.endsWith("/") ? category : `${category}/`;
function keyProperties(entry) {
  return {
    ...entry?.refs ? { refs: entry.refs, tipRefs: entry.tipRefs, reachedTag: entry.reachedTag, where: whereKeyIs(entry) } : {},
    ...entry?.verification ? { verification: entry.verification.outcome, verificationReason: entry.verification.reason } : {}
  };
}
function sarifResult(finding, ruleIndex, options, entry) {
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
    partialFingerprints: {
      [SECRET_FINGERPRINT]: finding.fingerprint,
      ...finding.lineHash ? { primaryLocationLineHash: finding.lineHash } : {}
    },
    properties: {
      keyType: finding.keyType,
      context: finding.context,
      severity: finding.severity,
      keyId: keyId(finding.secret),
      ...keyProperties(entry),
      ...location.byteOffset !== void 0 ? { byteOffset: location.byteOffset } : {},
      ...finding.encoding ? { encoding: finding.encoding } : {},
      ...finding.originalSource ? { originalSource: finding.originalSource } : {},
      ...commit ? { commit: commit.sha, author: commit.author, date: commit.date, commitSubject: commit.subject, inHead: finding.inHead ?? null } : {}
    }
  };
}
var formatSarif = redacting((report, options) => {
  const rules = [...report.rules].sort((a, b3) => a.id.localeCompare(b3.id));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const { repository } = options;
  const keys = groupByKey(report);
  const keyById = new Map(keys.map((k2) => [k2.id, k2]));
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
    results: sarifFindings(report.findings).map(
      (finding) => sarifResult(finding, ruleIndex.get(finding.ruleId), options, keyById.get(keyId(finding.secret)))
    ),
    // The distinct keys (issue 14): one rotation each, however many results share one.
    properties: {
      keys: keys.map((k2) => ({
        id: k2.id,
        keyType: k2.keyType,
        severity: k2.severity,
        ruleId: k2.ruleId,
        locations: k2.locations.length,
        ...k2.firstSeen ? { firstSeen: k2.firstSeen.sha } : {},
        ...k2.lastSeen ? { lastSeen: k2.lastSeen.sha } : {},
        ...keyProperties(k2)
      }))
    }
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

// src/scan.ts
import { statSync as statSync3 } from "node:fs";
import { dirname as dirname3, resolve as resolve4, sep as sep3 } from "node:path";

// src/baseline.ts
import { readFileSync as readFileSync3 } from "node:fs";
function readBaseline(file) {
  let data;
  try {
    data = JSON.parse(readFileSync3(file, "utf8"));
  } catch (error) {
    throw configError(`${file}: cannot read baseline: ${error.code ?? error.message}`);
  }
  if (data?.version !== 1 || !Array.isArray(data.findings) || data.findings.some((f3) => typeof f3?.fingerprint !== "string")) {
    throw configError(`${file}: not a caibo-scan baseline (expected {"version": 1, "findings": [{"fingerprint": ...}]})`);
  }
  return new Set(data.findings.map((f3) => f3.fingerprint));
}

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
    if (!dirs.every((pattern, j3) => matchesName(pattern, folders[start + j3]))) continue;
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
  for (const text of ends) {
    const raw = FILE_FIELD.exec(text)?.[1];
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
    const index = contents.findIndex((text) => typeof text === "string" && text.includes(key));
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
  const generated = mapped.map((file) => ({ file, head: facts?.head(file) })).find((f3) => f3.head);
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
  const env2 = envContext(blob.provenance);
  const origins = isSourceMap(path) ? originalSources(blob.bytes, candidates.map((c3) => c3.secret.reveal())) : [];
  return candidates.map((candidate, index) => {
    const before = candidate.lineText.slice(0, candidate.keyIndexInLine);
    const contexts = [];
    if (isExposedEnvAssignment(before) || isInInlinedConfigBlock(path, blob.bytes, candidate.start)) {
      contexts.push("exposed-env-var");
    }
    if (exposure.exposure === "client") contexts.push("client-bundle");
    if (isInUrl(before)) contexts.push("url");
    if (env2) contexts.push(env2);
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
function base64Runs(bytes, literal, from, to2) {
  const runs = [];
  for (const { find, lead } of needlesFor(literal).base64) {
    for (let at2 = find(bytes, from); at2 !== -1 && at2 < to2; at2 = find(bytes, at2 + 1)) {
      const groupStart = at2 - lead;
      if (groupStart < 0) continue;
      let start = groupStart;
      while (groupStart - start < 8 && start >= 4 && [1, 2, 3, 4].every((k2) => isBase64Byte(bytes[start - k2]))) start -= 4;
      const end = runEnd(bytes, groupStart, MAX_ENCODED_BYTES, isBase64Byte);
      const decoded = Buffer.from(bytes.toString("latin1", start, end), "base64");
      runs.push({ encoding: "base64", start, decoded, encodedSpan: (from2, to3) => [Math.floor(from2 * 8 / 6), Math.ceil(to3 * 8 / 6)] });
    }
  }
  return runs;
}
var hexValue = (byte) => byte >= 48 && byte <= 57 ? byte - 48 : byte >= 65 && byte <= 70 ? byte - 55 : byte >= 97 && byte <= 102 ? byte - 87 : -1;
function percentByte(bytes, at2) {
  if (bytes[at2] !== PERCENT) return -1;
  const high = hexValue(bytes[at2 + 1] ?? 0);
  const low = hexValue(bytes[at2 + 2] ?? 0);
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}
function jsEscape(bytes, at2) {
  if (bytes[at2] !== BACKSLASH) return void 0;
  const kind = bytes[at2 + 1];
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
    const code2 = digits(at2 + 2, 2);
    return code2 < 0 ? void 0 : { code: code2, length: 4 };
  }
  if (kind !== 117) return void 0;
  if (bytes[at2 + 2] === 123) {
    const close = bytes.indexOf(125, at2 + 3);
    if (close === -1 || close - at2 - 3 > 6 || close === at2 + 3) return void 0;
    const code2 = digits(at2 + 3, close - at2 - 3);
    return code2 < 0 ? void 0 : { code: code2, length: close - at2 + 1 };
  }
  const code = digits(at2 + 2, 4);
  return code < 0 ? void 0 : { code, length: 6 };
}
function escapedRun(bytes, start, encoding) {
  const decoded = [];
  const offsets = [];
  let escapes = 0;
  let at2 = start;
  const stop = Math.min(bytes.length, start + MAX_ENCODED_BYTES);
  while (at2 < stop) {
    let code;
    let length = 1;
    if (encoding === "percent") {
      code = percentByte(bytes, at2);
      if (code >= 0) length = 3;
    } else {
      const escape = jsEscape(bytes, at2);
      code = escape && escape.code < 128 ? escape.code : -1;
      if (escape) length = escape.length;
    }
    if (code >= 0) escapes += 1;
    else if (isBase64Byte(bytes[at2])) code = bytes[at2];
    else break;
    offsets.push(at2 - start);
    decoded.push(code);
    at2 += length;
  }
  if (escapes === 0) return void 0;
  offsets.push(at2 - start);
  return { encoding, start, decoded: Buffer.from(decoded), encodedSpan: (from, to2) => [offsets[from], offsets[to2]] };
}
var ESCAPE_NEEDLES = [
  [literalSearch(Buffer.from("%5")), "percent"],
  ...["\\x5", "\\u005", "\\u{5"].map((needle) => [literalSearch(Buffer.from(needle)), "js-escape"])
];
var ESCAPE_LOOKBEHIND = 24;
function encodedRuns(bytes, needles, from, to2) {
  const runs = [];
  for (const literal of needles) {
    runs.push(...base64Runs(bytes, literal, from, to2));
    const { word } = needlesFor(literal);
    const starts = /* @__PURE__ */ new Set();
    for (const [find, encoding] of ESCAPE_NEEDLES) {
      for (let at2 = find(bytes, from); at2 !== -1 && at2 < to2; at2 = find(bytes, at2 + 1)) {
        const windowStart = Math.max(0, at2 - ESCAPE_LOOKBEHIND);
        const wordAt = bytes.subarray(windowStart, at2).lastIndexOf(word);
        if (wordAt === -1 || starts.has(windowStart + wordAt)) continue;
        const run = escapedRun(bytes, windowStart + wordAt, encoding);
        if (run) {
          starts.add(run.start);
          runs.push(run);
        }
      }
    }
  }
  return runs.sort((a, b3) => a.start - b3.start);
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
      const [from, to2] = run.encodedSpan(candidate.start - offset, candidate.end - offset);
      const [start, end] = [run.start + from, run.start + to2];
      if (!found.some((c3) => c3.start === start)) found.push({ ...candidate, start, end, encoding: run.encoding });
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b3) => a.start - b3.start);
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
  const text = utf16ToUtf8(bytes) ?? bytes;
  return [...detector.findCandidates(text), ...findEncodedCandidates(text, detector)];
}
function keyNeedleSearches(needles) {
  return {
    plain: needles.map((literal) => literalSearch(Buffer.from(literal, "latin1"))),
    encoded: [...needles.flatMap((literal) => needlesFor(literal).base64.map((b3) => b3.find)), ...ESCAPE_NEEDLES.map(([find]) => find)]
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
      const at2 = body.indexOf(form);
      if (at2 === -1) continue;
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
  if (longestRun(body, (a, b3) => a === b3) >= spec.minRepeatedRun) return "repeated-characters";
  const ascending = longestRun(body, (a, b3) => b3 === a + 1);
  const descending = longestRun(body, (a, b3) => b3 === a - 1);
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
var u64 = (x3) => BigInt.asUintN(64, x3);
var FIRST_MOD = (() => {
  let m2 = 1n;
  for (let i = 0; i < BLOCK_SIZE; i += 1) m2 = u64(m2 * MOD);
  return m2;
})();
function lineHashes(text, wanted) {
  const result = /* @__PURE__ */ new Map();
  const window2 = new Array(BLOCK_SIZE).fill(0);
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
    const begin = window2[index];
    window2[index] = current;
    hash = u64(MOD * hash + BigInt(current) - FIRST_MOD * BigInt(begin));
    index = (index + 1) % BLOCK_SIZE;
  };
  const process3 = (code) => {
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
  for (let i = 0; i < text.length && result.size < wanted.size; i += 1) {
    process3(text.charCodeAt(i));
    if (lineNumber > lastWanted + BLOCK_SIZE && result.size === wanted.size) break;
  }
  if (result.size < wanted.size) {
    process3(END_OF_INPUT);
    for (let i = 0; i < BLOCK_SIZE; i += 1) {
      if (lineNumbers[index] !== -1) output();
      update(0);
    }
  }
  return result;
}

// src/ruleset/decide.ts
function decide(ruleset, keyType, contexts) {
  const context = ruleset.contextPrecedence.find((c3) => contexts.includes(c3)) ?? "default";
  return ruleset.ruleFor(keyType, context);
}
function fingerprint(ruleId, path, secretHash) {
  return sha256(`${ruleId}\0${path}\0${secretHash}`).slice(0, 32);
}

// src/sources/git.ts
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync as existsSync2 } from "node:fs";
import { join as join3 } from "node:path";
async function gitStatuses(root, paths) {
  const statuses = new Map(paths.map((p2) => [p2, "no-repo"]));
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
    const answers = await gitStatuses(join3(root, repo), inside.map(relativeTo));
    for (const path of inside) statuses.set(path, answers.get(relativeTo(path)));
  }
  if (own.length === 0) return statuses;
  const { simpleGit } = await Promise.resolve().then(() => (init_dist3(), dist_exports));
  const git = simpleGit({ baseDir: root });
  let inRepo;
  try {
    inRepo = await git.checkIsRepo();
  } catch {
    inRepo = false;
  }
  if (!inRepo) return statuses;
  const tracked = new Set(
    (await git.raw(["ls-files", "-z", "--", ...own.map((p2) => `:(literal)${p2}`)])).split("\0").filter(Boolean)
  );
  const untracked = own.filter((p2) => !tracked.has(p2));
  const ignored = new Set(untracked.length ? await git.checkIgnore(untracked) : []);
  for (const path of own) {
    statuses.set(path, tracked.has(path) ? "tracked" : ignored.has(path) ? "ignored" : "untracked");
  }
  return statuses;
}
function nestedRepository(root, path) {
  const parts = path.split("/").slice(0, -1);
  for (let depth = parts.length; depth > 0; depth -= 1) {
    const dir = parts.slice(0, depth).join("/");
    if (existsSync2(join3(root, dir, ".git"))) return dir;
  }
  return void 0;
}
var PLUMBING_CONFIG = [
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
var firstLine = (text) => text.split("\n").map((line) => line.replace(/^(fatal|error): /, "").trim()).find(Boolean) ?? "git failed";
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
    execFile("git", [...PLUMBING_CONFIG, ...args], { cwd: dir, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? typeof error.code === "number" ? error.code : null : 0;
      if (status === null) fail(error);
      else done({ status, stdout, stderr });
    });
  });
}
async function openRepo(dir, { mergeHead = false } = {}) {
  if (!existsSync2(dir)) throw gitError(`${dir}: no such directory`);
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
async function resolveCommit(repo, rev) {
  const sha = await ask(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]).catch(() => "");
  return sha.trim() || void 0;
}
async function* streamGit(repo, args, feed) {
  const child = spawn("git", [...PLUMBING_CONFIG, ...args], {
    cwd: repo.dir,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, GIT_FLUSH: "0" }
  });
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

// src/sources/history.ts
import { once as once2 } from "node:events";
import { PassThrough } from "node:stream";

// src/sources/cat-file.ts
var NEWLINE4 = 10;
async function splitBatchOutput(chunks, onObject, onMissing) {
  let header;
  let current;
  for await (const chunk of chunks) {
    let at2 = 0;
    while (at2 < chunk.length) {
      if (current) {
        const wanted = current.size + 1 - current.have;
        const take = Math.min(wanted, chunk.length - at2);
        if (current.have === 0 && take === wanted) {
          onObject(current.id, chunk.subarray(at2, at2 + current.size));
        } else {
          current.bytes ??= Buffer.allocUnsafe(current.size + 1);
          chunk.copy(current.bytes, current.have, at2, at2 + take);
          if (take === wanted) onObject(current.id, current.bytes.subarray(0, current.size));
        }
        current.have += take;
        at2 += take;
        if (take === wanted) current = void 0;
        continue;
      }
      const end = chunk.indexOf(NEWLINE4, at2);
      const piece = chunk.subarray(at2, end === -1 ? chunk.length : end);
      header = header ? Buffer.concat([header, piece]) : piece;
      if (end === -1) {
        header = Buffer.from(header);
        break;
      }
      at2 = end + 1;
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
  await readObjects(repo, [id], (_3, bytes) => content = bytes);
  return content;
}

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
    const text = carry ? Buffer.concat([carry, chunk.subarray(0, last)]).toString("utf8") : chunk.toString("utf8", 0, last);
    carry = last + 1 < chunk.length ? chunk.subarray(last + 1) : void 0;
    yield text.split("\0");
  }
  if (carry) yield [carry.toString("utf8")];
}
var HUNK_HEADER = /^(@{2,}) [^+]*\+(\d+)/;
function addedLinesIn(section) {
  const added = /* @__PURE__ */ new Set();
  let marks = 0;
  let line = 0;
  for (const text of section.split("\n")) {
    const hunk = HUNK_HEADER.exec(text);
    if (hunk) {
      marks = hunk[1].length - 1;
      line = Number(hunk[2]);
      continue;
    }
    if (marks === 0 || text.length < marks || text.startsWith("\\")) continue;
    const prefix = text.slice(0, marks);
    if (prefix.includes("-")) continue;
    if (!prefix.includes(" ")) added.add(line);
    line += 1;
  }
  return marks === 0 && /^Binary files /m.test(section) ? void 0 : added;
}
var PATCH_SECTION = /^diff (?:--git|--combined|--cc) /gm;
function attachPatch(files, patch) {
  const starts = [...patch.matchAll(PATCH_SECTION)].map((m2) => m2.index);
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
    parentBlobId: fields[parents + 1],
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
          const { mode, blobId, status, parentBlobId } = pending;
          (group ??= { files: [] }).files.push({ path: raw, blobId, mode, status, ...parentBlobId ? { parentBlobId } : {} });
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

// src/map-limit.ts
async function mapLimit(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/sources/key-refs.ts
async function refTips(repo) {
  const output = await ask(repo, ["for-each-ref", "--format=%(refname) %(objectname) %(*objectname)"]);
  return output.split("\n").filter(Boolean).map((line) => {
    const [name, object, peeled] = line.split(" ");
    return { name, commit: peeled || object };
  });
}
var COMMITS_PER_CALL = 2e3;
var PARALLEL_GIT = 4;
async function refsContaining(repo, commits) {
  const refs = /* @__PURE__ */ new Set();
  for (let at2 = 0; at2 < commits.length; at2 += COMMITS_PER_CALL) {
    const contains = commits.slice(at2, at2 + COMMITS_PER_CALL).flatMap((sha) => ["--contains", sha]);
    const output = await ask(repo, ["for-each-ref", "--format=%(refname)", ...contains]);
    for (const name of output.split("\n")) if (name) refs.add(name);
  }
  return refs;
}
async function blobsAt(repo, specs) {
  if (specs.length === 0) return [];
  const parts = [];
  const args = ["cat-file", "--batch-check=%(objectname) %(objecttype)", "-z"];
  for await (const part of streamGit(repo, args, async (stdin) => void stdin.end(`${specs.join("\0")}\0`))) parts.push(part);
  const output = Buffer.concat(parts).toString("utf8");
  let at2 = 0;
  return specs.map((spec) => {
    const missing = `${spec} missing
`;
    if (output.startsWith(missing, at2)) {
      at2 += missing.length;
      return void 0;
    }
    const end = output.indexOf("\n", at2);
    const [id, type] = output.slice(at2, end).split(" ");
    at2 = end + 1;
    return type === "blob" ? id : void 0;
  });
}
async function keyHistories(repo, tips, sightings, keysOf, commitInfos2) {
  const entries = [...sightings];
  const refsByKey = await mapLimit(entries, PARALLEL_GIT, ([, seen]) => refsContaining(repo, seen.introducing));
  const tipOf = new Map(tips.map((tip) => [tip.name, tip.commit]));
  const specs = /* @__PURE__ */ new Set();
  entries.forEach(([, seen], index) => {
    for (const ref of refsByKey[index]) for (const path of seen.paths) specs.add(`${tipOf.get(ref)}:${path}`);
  });
  const specList = [...specs];
  const blobs = await blobsAt(repo, specList);
  const blobAt = new Map(specList.map((spec, index) => [spec, blobs[index]]));
  const keysIn = await keysOf([...new Set(blobs.filter((id) => id !== void 0))]);
  const tipRefsByKey = entries.map(
    ([key, seen], index) => [...refsByKey[index]].filter(
      (ref) => seen.paths.some((path) => {
        const blob = blobAt.get(`${tipOf.get(ref)}:${path}`);
        return blob !== void 0 && keysIn(blob).has(key);
      })
    )
  );
  const shas = new Set(entries.flatMap(([, seen]) => [...seen.commits, ...seen.removing]));
  for (const refs of tipRefsByKey) for (const ref of refs) shas.add(tipOf.get(ref));
  const infos = await commitInfos2([...shas]);
  const time = new Map([...infos.values()].map((info) => [info.sha, Date.parse(info.date)]));
  const earlier = (a, b3) => time.get(a.sha) - time.get(b3.sha) || a.sha.localeCompare(b3.sha);
  const oldest = (list) => list.reduce((best, c3) => !best || earlier(c3, best) < 0 ? c3 : best, void 0);
  const newest = (list) => list.reduce((best, c3) => !best || earlier(c3, best) > 0 ? c3 : best, void 0);
  const histories = /* @__PURE__ */ new Map();
  entries.forEach(([key, seen], index) => {
    const tipRefs = tipRefsByKey[index];
    const written = seen.commits.map((sha) => infos.get(sha)).filter((info) => info !== void 0);
    const firstSeen = oldest(written);
    const lastSeen = newest([...written, ...tipRefs.map((ref) => infos.get(tipOf.get(ref)))]);
    const removed = tipRefs.length ? void 0 : newest(seen.removing.map((sha) => infos.get(sha)).filter((info) => info !== void 0));
    histories.set(key, {
      refs: [...refsByKey[index]].sort(),
      tipRefs: tipRefs.sort(),
      ...firstSeen ? { firstSeen } : {},
      ...lastSeen ? { lastSeen } : {},
      ...removed ? { removed } : {}
    });
  });
  return histories;
}

// src/printable.ts
import { isUtf8 } from "node:buffer";
var hex = (byte) => `\\x${byte.toString(16).padStart(2, "0")}`;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function printable(text) {
  return text.replace(CONTROL, (char) => char.charCodeAt(0) <= 255 ? hex(char.charCodeAt(0)) : `\\u${char.charCodeAt(0).toString(16)}`);
}
function printableBytes(raw) {
  let text = "";
  for (let at2 = 0; at2 < raw.length; ) {
    const byte = raw[at2];
    const length = byte < 128 ? 1 : byte >= 240 ? 4 : byte >= 224 ? 3 : byte >= 192 ? 2 : 0;
    const sequence = raw.subarray(at2, at2 + length);
    if (length > 0 && sequence.length === length && isUtf8(sequence)) {
      text += printable(sequence.toString("utf8"));
      at2 += length;
    } else {
      text += hex(byte);
      at2 += 1;
    }
  }
  return text;
}

// src/sources/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var WHOLE_FILE_LIMIT = 16 * 1024 * 1024;
var OVERLAP = 4 * MAX_KEY_BYTES;
var NEWLINE6 = 10;
function advance(origin, bytes) {
  let line = origin.line;
  let lastNewline = -1;
  for (let at2 = bytes.indexOf(NEWLINE6); at2 !== -1; at2 = bytes.indexOf(NEWLINE6, at2 + 1)) {
    line += 1;
    lastNewline = at2;
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
    yield* chunksOf((into, at2, length) => readSync(fd, into, at2, length, null), chunkBytes);
  } finally {
    closeSync(fd);
  }
}
function chunksOfBuffer(content, chunkBytes = WHOLE_FILE_LIMIT) {
  let position = 0;
  return chunksOf((into, at2, length) => {
    const copied = content.copy(into, at2, position, position + length);
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
    let to2 = isLast ? bytes.length : Math.max(0, bytes.length - OVERLAP);
    for (let back = 0; back < 3 && to2 > 0 && to2 < bytes.length && (bytes[to2] & 192) === 128; back += 1) to2 -= 1;
    yield { bytes, chunk: { fileOffset, origin, to: to2, isBinary: binary } };
    if (isLast) return;
    origin = advance(origin, bytes.subarray(0, to2));
    carry = Buffer.from(bytes.subarray(to2));
    fileOffset += to2;
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
  const text = spec.range ?? `${spec.since}..HEAD`;
  const parts = text.split("..");
  if (parts.length !== 2 || parts[1].startsWith(".") || !parts[0]) {
    throw usageError(`bad range ${JSON.stringify(text)}: expected BASE..HEAD`);
  }
  const [baseName2, headName] = [parts[0], parts[1] || "HEAD"];
  const shallow = await isShallow(repo);
  const head = await resolveCommit(repo, headName);
  if (!head) throw gitError(`bad range ${text}: ${headName} is not a commit in this repository`);
  const base = await resolveCommit(repo, baseName2);
  if (!base) {
    throw gitError(
      shallow ? `${baseName2} is missing from this shallow clone; ${SHALLOW_HINT}` : `bad range ${text}: ${baseName2} is not a commit in this repository`
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
function withoutCredentials(remote) {
  if (!remote) return void 0;
  try {
    const url = new URL(remote);
    url.username = "";
    url.password = "";
    return url.href;
  } catch {
    return remote;
  }
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
  if (refs.some((ref) => ref.name === "refs/stash")) {
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
      refTips(repo),
      range ? false : isShallow(repo),
      options.includeUnreachable && !range ? unreachableObjects(repo) : { commits: [], blobs: [] },
      // HEAD, or the range's head: a tip of the walk, and the version inHead compares with.
      range?.head ?? resolveCommit(repo, "HEAD"),
      range ? "" : ask(repo, ["config", "--get", "remote.origin.url"]).catch(() => "")
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
    const parentBlobs = [];
    const deletions = [];
    const requested = [];
    const isRead = (id) => blobIds.has(id) && requested[blobIds.id(id)] === 1;
    const markRead = (ids) => {
      for (const id of ids) requested[blobIds.id(id)] = 1;
    };
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
      "--no-ext-diff",
      "--no-textconv",
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
      const keys = new Set(findKeysInAnyForm(bytes, detector).map((c3) => c3.secret.hash));
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
            if (file.status === "D" && !range && file.parentBlobId && !NULL_SHA.test(file.parentBlobId)) deletions.push(commit, blobIds.id(file.parentBlobId));
            if (file.status === "D" || file.mode === SUBMODULE_MODE || NULL_SHA.test(file.blobId)) continue;
            if (file.addedLines) addedLines.set(rows.length / 3, file.addedLines);
            const blob = blobIds.id(file.blobId);
            if (requested[blob] !== 1) {
              requested[blob] = 1;
              fresh.push(file.blobId);
            }
            rows.push(commit, paths.id(file.path), blob);
            parentBlobs.push(file.parentBlobId && !NULL_SHA.test(file.parentBlobId) ? blobIds.id(file.parentBlobId) : -1);
          }
          if (commits.length % PROGRESS_EVERY === 0) report();
        }
        await send(fresh);
        if (readFailed) break;
      }
      const [refs, shallow, unreachable] = await questions;
      summary.refs = refs.length;
      if (shallow) summary.warnings.push(`history is partial: shallow clone; ${SHALLOW_HINT}`);
      danglingBlobs.push(...unreachable.blobs.filter((id) => !isRead(id)));
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
    const sightings = /* @__PURE__ */ new Map();
    const sightingsOf = (key) => sightings.get(key) ?? sightings.set(key, { commits: /* @__PURE__ */ new Set(), introducing: /* @__PURE__ */ new Set(), removing: /* @__PURE__ */ new Set(), paths: /* @__PURE__ */ new Set() }).get(key);
    const keysOfBlob = (id) => id === -1 ? void 0 : keysByBlob.get(blobIds.values[id]);
    const noteRemovals = (commit, parentKeys, keys) => {
      for (const key of parentKeys ?? []) if (!keys?.has(key)) sightingsOf(key).removing.add(commit);
    };
    if (!range) for (let at2 = 0; at2 < deletions.length; at2 += 2) noteRemovals(deletions[at2], keysOfBlob(deletions[at2 + 1]), void 0);
    for (let row = rows.length - 3; row >= 0; row -= 3) {
      const [pathId, blobId] = [rows[row + 1], blobIds.values[rows[row + 2]]];
      if (!range) noteRemovals(rows[row], keysOfBlob(parentBlobs[row / 3]), keysByBlob.get(blobId));
      if (!hits.has(blobId)) continue;
      if (!range) {
        const parentKeys = keysOfBlob(parentBlobs[row / 3]);
        for (const key of keysByBlob.get(blobId)) {
          const seen = sightingsOf(key);
          seen.commits.add(rows[row]);
          if (!parentKeys?.has(key)) seen.introducing.add(rows[row]);
          seen.paths.add(pathId);
        }
      }
      const pair = `${pathId}:${blobId}`;
      if (seenPairs.has(pair)) continue;
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
    const unread = [...new Set(headBlobs.values())].filter((id) => !isRead(id));
    if (unread.length) await readObjects(repo, unread, keep, () => {
    });
    markRead(unread);
    const headKeys = (path) => {
      const blobId = headBlobs.get(path);
      return blobId && keysByBlob.get(blobId) || /* @__PURE__ */ new Set();
    };
    if (sightings.size) {
      const keysOf = async (ids) => {
        const unseen = ids.filter((id) => !isRead(id));
        if (unseen.length) await readObjects(repo, unseen, keep, () => {
        });
        markRead(unseen);
        return (id) => keysByBlob.get(id) ?? /* @__PURE__ */ new Set();
      };
      const seen = new Map(
        [...sightings].map(([key, seen2]) => [
          key,
          {
            commits: [...seen2.commits].map((i) => commits[i]),
            introducing: [...seen2.introducing].map((i) => commits[i]),
            removing: [...seen2.removing].map((i) => commits[i]),
            paths: [...seen2.paths].map((i) => paths.values[i])
          }
        ])
      );
      summary.remote = withoutCredentials((await questions)[4].trim());
      summary.keys = await keyHistories(repo, (await questions)[0], seen, keysOf, (shas) => commitInfos(repo, shas));
    }
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
import { closeSync as closeSync2, existsSync as existsSync3, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { join as join4 } from "node:path";
var HEAD_BYTES = 256 * 1024;
function projectFacts(root) {
  const existing = /* @__PURE__ */ new Map();
  return {
    exists(path) {
      let known = existing.get(path);
      if (known === void 0) existing.set(path, known = existsSync3(join4(root, path)));
      return known;
    },
    head(path) {
      let fd;
      try {
        fd = openSync2(join4(root, path), "r");
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
import { existsSync as existsSync4, readdirSync as readdirSync2 } from "node:fs";
import { dirname as dirname2, join as join5, relative, resolve as resolve2, sep } from "node:path";
var PROJECT_MARKER = /^(?:package\.json|(?:vite|next|svelte|astro|nuxt)\.config\.[cm]?[jt]s)$/;
var FRAMEWORK_OUTPUT = /[\\/]\.(?:next|output|nuxt|svelte-kit|vercel|netlify)(?:[\\/]|$)/;
var toPosix = (path) => sep === "/" ? path : path.split(sep).join("/");
function hasProjectMarker(dir) {
  if (FRAMEWORK_OUTPUT.test(dir)) return false;
  try {
    return readdirSync2(dir).some((name) => PROJECT_MARKER.test(name));
  } catch {
    return false;
  }
}
function findProjectRoot(anchor, env2 = process.env) {
  const ceilings = (env2.GIT_CEILING_DIRECTORIES ?? "").split(":").filter(Boolean).map((dir) => resolve2(dir));
  const start = resolve2(anchor);
  let mayBeRepository = true;
  let nearestProject;
  for (let dir = start; ; dir = dirname2(dir)) {
    if (dir !== start && ceilings.includes(dir)) mayBeRepository = false;
    if (mayBeRepository && existsSync4(join5(dir, ".git"))) return dir;
    if (nearestProject === void 0 && hasProjectMarker(dir)) nearestProject = dir;
    if (dirname2(dir) === dir) return nearestProject ?? start;
  }
}
var isOutside = (relativePath) => relativePath === ".." || relativePath.startsWith("../");
function rebaseFrom(root, base) {
  const rootFromBase = toPosix(relative(base, root));
  if (rootFromBase === "") return (path) => path;
  if (!isOutside(rootFromBase)) return (path) => `${rootFromBase}/${path}`;
  const baseFromRoot = toPosix(relative(root, base));
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
    "--no-ext-diff",
    "--no-textconv",
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
    await readObjects(repo, new Set(files.map((f3) => f3.blobId)), (id, bytes) => {
      summary.uniqueBlobs += 1;
      summary.bytes += bytes.length;
      if (hasNeedle(bytes)) contents.set(id, Buffer.from(bytes));
    });
    for (const file of files.filter((f3) => contents.has(f3.blobId))) {
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
import { readdirSync as readdirSync3, realpathSync, statSync as statSync2 } from "node:fs";
import { lstat, stat } from "node:fs/promises";
import { relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

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
    const files = this.#items.map((item, index) => ({ item, index })).filter((f3) => !("reason" in f3.item));
    const batch = this.#buffer.subarray(0, this.#used);
    const filesHit = (searches) => {
      const found = /* @__PURE__ */ new Set();
      for (const find of searches) {
        let file = 0;
        for (let at2 = find(batch, 0); at2 !== -1; ) {
          while (files[file].item.end <= at2) file += 1;
          found.add(files[file].index);
          at2 = find(batch, files[file].item.end);
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
var toPosix2 = (path) => sep2 === "/" ? path : path.split(sep2).join("/");
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
  const reportPath = (absolute) => toPosix2(relative2(options.root, absolute)) || ".";
  function listDirectory(directory, at2) {
    if (options.followSymlinks) {
      const real = realpathOrSelf(directory);
      const first = visited.get(real);
      if (first !== void 0) return { dirents: [], unusual: [{ path: at2, reason: "symlink-loop", detail: `same directory as ${first}` }] };
      visited.set(real, at2);
    }
    let dirents;
    try {
      dirents = readdirSync3(directory, { withFileTypes: true });
    } catch (error) {
      return { dirents: [], unusual: [skipFor(at2, error)] };
    }
    if (dirents.every((d2) => isGlobSafeName(d2.name))) return { dirents, unusual: [] };
    return { dirents: dirents.filter((d2) => isGlobSafeName(d2.name)), unusual: unusualNames(directory, at2) };
  }
  function unusualNames(directory, at2) {
    const found = [];
    for (const dirent of readdirSync3(directory, { withFileTypes: true, encoding: "buffer" })) {
      const name = dirent.name;
      if (isGlobSafeName(name.toString("utf8"))) continue;
      const path = `${at2 === "." ? "" : `${at2}/`}${printableBytes(name)}`;
      if (dirent.isFile()) found.push({ path, absolute: Buffer.concat([Buffer.from(`${directory}${sep2}`), name]), isRegular: true });
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
      const path = toPosix2(relative2(options.root, absolute)) || ".";
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
    const base = toPosix2(relative2(options.root, top));
    const pending = [[top, reportPath(top)]];
    for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
      const [directory, at2] = next;
      const { dirents, unusual } = listDirectory(directory, at2);
      const subdirectories = [];
      for (const dirent of dirents) {
        if (EXCLUDED_NAMES.has(dirent.name)) continue;
        const absolute = `${directory}${sep2}${dirent.name}`;
        const path = at2 === "." ? dirent.name : `${at2}/${dirent.name}`;
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
      return realpathSync(directory);
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
async function planGitScan(options, cwd, detector) {
  const dir = resolve4(cwd, options.paths?.[0] ?? ".");
  const root = findProjectRoot(dir);
  if (options.mode === "staged") {
    const source2 = stagedSource(dir, detector);
    return { mode: "staged", root, source: source2, facts: projectFacts(root), git: source2.summary };
  }
  const repo = await openRepo(dir);
  const wantsRange = options.range !== void 0 || options.since !== void 0;
  const source = historySource({
    repo,
    detector,
    ...wantsRange ? { range: await resolveRange(repo, options) } : options.newCommits ? { range: newCommitsRange(options.newCommits.tips, options.newCommits.known) } : {},
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
  const holdsAll = (dir) => paths.every((path) => path === dir || path.startsWith(dir.endsWith(sep3) ? dir : dir + sep3));
  if (holdsAll(cwd)) return cwd;
  let common = dirname3(paths[0]);
  while (!holdsAll(common)) common = dirname3(common);
  return common;
}
function configRebase(options, root, config) {
  return rebaseFrom(root, config.file && !options.config ? dirname3(config.file) : root);
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
    const plainStarts = new Set(candidates.map((c3) => c3.start));
    candidates.push(...findEncodedCandidates(blob.bytes, detector, detectOptions).filter((c3) => !plainStarts.has(c3.start)));
  }
  if (candidates.length === 0) return [];
  if (transcoded) for (const candidate of candidates) candidate.encoding ??= "utf16";
  const classifications = classify(blob, candidates, facts);
  const hashes = withLineHashes && !chunk ? lineHashes(blob.bytes.toString("utf8"), new Set(candidates.map((c3) => c3.line))) : void 0;
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
    if (suppressed) finding.suppressed = suppressed;
    return finding;
  });
}
async function scan(options = {}) {
  const started = performance.now();
  const cwd = resolve4(options.cwd ?? process.cwd());
  const anchor = scanAnchor(options, cwd);
  const root = findProjectRoot(anchor);
  const configFile = options.config === false ? void 0 : options.config ? resolve4(cwd, options.config) : findConfig(anchor);
  const config = configFile ? loadConfig(configFile) : EMPTY_CONFIG;
  const ruleset = loadRuleset([...config.rules, ...(options.rules ?? []).map((dir) => resolve4(cwd, dir))]);
  const detector = createDetector(ruleset.patterns);
  const filters = {
    placeholders: ruleset.placeholders,
    allow: config.allow,
    allowPath: configRebase(options, root, config),
    baseline: options.baseline ? readBaseline(resolve4(cwd, options.baseline)) : /* @__PURE__ */ new Set(),
    includeLocalEnv: options.includeLocalEnv ?? config.includeLocalEnv ?? false
  };
  const plan = options.stdin ? { mode: "stdin", root: cwd, source: stdinSource(options.stdin, options.stdinFilename ?? "<stdin>"), facts: projectFacts(cwd) } : options.mode === "history" || options.mode === "staged" ? await planGitScan(options, cwd, detector) : planFileScan(options, cwd, anchor, root, config, detector);
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
    ...git?.keys ? { keyHistory: git.keys } : {},
    ...git?.remote ? { remote: git.remote } : {},
    patterns: ruleset.patterns,
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
import { readFileSync as readFileSync4 } from "node:fs";
function readVersion() {
  for (const relative4 of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync4(new URL(relative4, import.meta.url), "utf8"));
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
function getInput(name, env2) {
  return (env2[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function getBooleanInput(name, env2, fallback) {
  const value = getInput(name, env2);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw usageError(`input ${name} must be true or false (got "${value}")`);
}
function setOutputs(outputs, env2) {
  const file = env2.GITHUB_OUTPUT;
  if (!file) return;
  const blocks = Object.entries(outputs).map(([name, value]) => {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  });
  appendFileSync(file, blocks.join(""), "utf8");
}
function appendSummary(markdown, env2) {
  if (env2.GITHUB_STEP_SUMMARY) appendFileSync(env2.GITHUB_STEP_SUMMARY, markdown, "utf8");
}
var command = (name, message) => `::${name}::${escapeData(message)}${EOL}`;

// src/action/summary.ts
var SUMMARY_ROW_LIMIT = 500;
var escapeMarkdown = (text) => text.replace(/[\\`*_[\]<>|#~]/g, (c3) => `\\${c3}`);
function findingRow(finding, plan, links) {
  const { location, commit } = finding;
  const sha = commit?.sha ?? plan.headSha;
  const url = `${links.serverUrl}/${links.repository}/blob/${sha}/${sarifUri(location.path)}#L${location.line}`;
  const cells = [
    finding.severity,
    `\`${finding.ruleId}\``,
    `[${escapeMarkdown(`${location.path}:${location.line}:${location.column}`)}](${url})`,
    `\`${finding.secret.redacted}\``,
    commit ? `\`${commit.sha.slice(0, 12)}\`${finding.inHead === false ? " (removed since; still in history)" : ""}` : ""
  ];
  return `| ${cells.join(" | ")} |`;
}
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
    ...report.warnings.map((warning) => `
> [!WARNING]
> ${escapeMarkdown(warning)}`),
    ""
  ];
  if (findings.length === 0) return `${lines.join("\n")}
`;
  lines.push("| Severity | Count |", "| --- | ---: |", ...[...SEVERITIES].reverse().map((s) => `| ${s} | ${summary.bySeverity[s]} |`), "");
  lines.push("### Findings", "", "| Severity | Rule | Location | Key (redacted) | Commit |", "| --- | --- | --- | --- | --- |");
  lines.push(...findings.slice(0, SUMMARY_ROW_LIMIT).map((f3) => findingRow(f3, plan, links)));
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
  const ruleIds = [...new Set(findings.map((f3) => f3.ruleId))].sort();
  for (const id of ruleIds) {
    const rule = report.rules.find((r2) => r2.id === id);
    if (!rule) continue;
    lines.push(`**${escapeMarkdown(rule.title)}** (\`${rule.id}\`)`, "", ...rule.help.map((step, i) => `${i + 1}. ${step}`), "");
  }
  lines.push("A key that reached a commit or a pull request is leaked: rotate it first, then clean up.", "");
  return `${lines.join("\n")}
`;
}

// src/action/main.ts
function readInputs(env2) {
  const oneOf = (name, allowed, fallback) => {
    const value = getInput(name, env2) || fallback;
    if (!allowed.includes(value)) throw usageError(`input ${name} must be one of ${allowed.join(", ")} (got "${value}")`);
    return value;
  };
  return {
    path: getInput("path", env2) || ".",
    mode: oneOf("mode", ACTION_MODES, "auto"),
    failOn: oneOf("fail-on", FAIL_ON, "high"),
    config: getInput("config", env2),
    baseline: getInput("baseline", env2),
    sarifFile: getInput("sarif-file", env2),
    annotations: getBooleanInput("annotations", env2, true),
    summary: getBooleanInput("summary", env2, true)
  };
}
function readEvent(env2) {
  if (!env2.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(readFileSync5(env2.GITHUB_EVENT_PATH, "utf8"));
  } catch (error) {
    throw usageError(`cannot read the event payload ${env2.GITHUB_EVENT_PATH}: ${error.message}`);
  }
}
function relativeToWorkspace(report, workspace) {
  const prefix = report.root ? relative3(workspace, report.root).split(sep4).join("/") : "";
  if (!prefix) return;
  for (const finding of report.findings) finding.location.path = posix.join(prefix, finding.location.path);
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
  const report = await scan({ ...options, mode: "history", ...plan.range ? { range: plan.range } : {} });
  if (report.mode !== "history") throw usageError("this caibo-scan build cannot scan git history");
  return report;
}
function scannedRevision(env2, plan) {
  if (!env2.GITHUB_REPOSITORY) return {};
  const branch = env2.GITHUB_HEAD_REF || env2.GITHUB_REF_NAME;
  const uri = `${env2.GITHUB_SERVER_URL ?? "https://github.com"}/${env2.GITHUB_REPOSITORY}`;
  return { repository: { uri, revision: plan.headSha, ...branch ? { branch } : {} } };
}
async function main(env2 = process.env) {
  const workspace = resolve5(env2.GITHUB_WORKSPACE ?? process.cwd());
  let outputs = { findings: "", "sarif-file": "", "exit-code": "2" };
  let exitCode = 2;
  try {
    const inputs = readInputs(env2);
    const plan = await planScan(inputs.mode, env2.GITHUB_EVENT_NAME ?? "", readEvent(env2), resolve5(workspace, inputs.path), env2.GITHUB_SHA ?? "HEAD");
    process.stdout.write(`caibo-scan ${VERSION}: scanning ${plan.description}${EOL2}`);
    for (const note of plan.notes) process.stdout.write(command("notice", note));
    if (plan.mode === "none") {
      setOutputs({ findings: "0", "sarif-file": "", "exit-code": "0" }, env2);
      return 0;
    }
    const report = redactReport(await scanFor(plan, inputs, workspace));
    exitCode = isIncomplete(report) ? 2 : isFailing(report) ? 1 : 0;
    if (exitCode === 2) process.stdout.write(command("error", "the scan is incomplete: git objects are missing from the checkout (see the warnings)"));
    const truncated = sarifTruncationWarning(report);
    for (const warning of [...report.warnings, ...truncated ? [truncated] : []]) process.stdout.write(command("warning", warning));
    if (inputs.annotations) for (const finding of activeFindings(report)) process.stdout.write(`${annotation(finding, false)}${EOL2}`);
    if (inputs.summary) {
      appendSummary(jobSummary(report, plan, { serverUrl: env2.GITHUB_SERVER_URL ?? "https://github.com", repository: env2.GITHUB_REPOSITORY ?? "" }), env2);
    }
    let sarifPath = "";
    if (inputs.sarifFile) {
      sarifPath = resolve5(workspace, inputs.sarifFile);
      mkdirSync(dirname4(sarifPath), { recursive: true });
      writeFileSync(sarifPath, formatSarif(report, { color: false, reveal: false, showSuppressed: false, version: VERSION, ...scannedRevision(env2, plan) }));
    }
    const count = activeFindings(report).length;
    process.stdout.write(`caibo-scan: ${count ? plural(count, "finding") : "no Caibo keys found"}${exitCode ? ` (fail-on: ${inputs.failOn})` : ""}${EOL2}`);
    outputs = { findings: String(count), "sarif-file": sarifPath, "exit-code": String(exitCode) };
  } catch (error) {
    const message = builtinKeyRedactor()(isCaiboScanError(error) ? error.message : `internal error: ${error?.stack ?? String(error)}`);
    process.stdout.write(command("error", `caibo-scan: ${message}`));
    appendSummary(`## caibo-scan: the scan did not run

${message}
`, env2);
  }
  setOutputs(outputs, env2);
  return exitCode;
}
process.exitCode = await main();
export {
  main
};
