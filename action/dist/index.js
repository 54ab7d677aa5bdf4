import { createRequire as __caiboCreateRequire } from 'node:module';
const require = __caiboCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
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

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat2(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat: concat2,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable3 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough3(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve6, reject) {
              promiseResolve = resolve6;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve6, reject) => {
            if (stream._duplexState & DESTROYED) return resolve6({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve6({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve6) => {
          state.drains.push({ writes, resolve: resolve6 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable3 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough3 = class extends Transform {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve6, reject) => {
        return pipeline(...streams, (err) => {
          if (err) return reject(err);
          resolve6();
        });
      });
    }
    function pipeline(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable3,
      Duplex,
      Transform,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough3
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable3, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable3 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve6, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve6({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve6;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract.destroy(err);
          consumeCallback(err);
          return new Promise((resolve6, reject) => {
            if (extract.destroyed) return resolve6({ value: void 0, done: true });
            extract.once("close", function() {
              if (err) reject(err);
              else resolve6({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants3 = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants3;
    } catch {
      module.exports = constants3;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable3, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants3 = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable3 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants3.S_IFMT) {
        case constants3.S_IFBLK:
          return "block-device";
        case constants3.S_IFCHR:
          return "character-device";
        case constants3.S_IFDIR:
          return "directory";
        case constants3.S_IFIFO:
          return "fifo";
        case constants3.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable3 = stream.Readable;
    var PassThrough3 = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable3);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable3.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough3(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc32(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc32;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs = __require("fs");
    var zlib2 = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform = __require("stream").Transform;
    var PassThrough3 = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    var crc32 = typeof zlib2.crc32 === "function" ? zlib2.crc32 : require_crc32();
    exports.open = open;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.openPromise = openPromise;
    exports.fromFdPromise = fromFdPromise;
    exports.fromBufferPromise = fromBufferPromise;
    exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader;
    function openPromise(path, options2) {
      return new Promise((resolve6, reject) => {
        open(path, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve6(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve6, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve6(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve6, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve6(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve6, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve6(zipfile);
        });
      });
    }
    function open(path, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.open(path, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf82 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf82);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage = validateFileName(entry.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry) {
        let { resolve: resolve6 } = pendingResolveReject;
        pendingResolveReject = null;
        resolve6({ value: entry });
      }
      function onEnd() {
        let { resolve: resolve6 } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve6({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise = new Promise((resolve6, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve: resolve6, reject };
          });
          self.readEntry();
          return promise;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib2.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve6, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve6(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve6, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve6(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve6, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve6(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc32(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf82 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf82);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform);
    function AssertByteCountStream(byteCount) {
      Transform.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough3();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough3);
    function RefUnrefFilter(context) {
      PassThrough3.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf82) {
      if (isUtf82) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
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
    } = require_constants2();
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
    exports.wrapOutput = (input, state = {}, options2 = {}) => {
      const prepend = options2.contains ? "" : "^";
      const append = options2.contains ? "" : "$";
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
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options2) => {
      const opts = options2 || {};
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
    var constants3 = require_constants2();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options2) => {
      if (typeof options2.expandRange === "function") {
        return options2.expandRange(...args, options2);
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
    var analyzeRepeatedExtglob = (body, options2) => {
      if (options2.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options2.maxExtglobRecursion === "number" ? options2.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse = (input, options2) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options2 };
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
            const expression = parse(rest, { ...options2, fastpaths: false }).output;
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
        state.output = utils.wrapOutput(output, state, options2);
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
    parse.fastpaths = (input, options2) => {
      const opts = { ...options2 };
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
    var constants3 = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options2, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options2, returnState));
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
      const opts = options2 || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options2) : picomatch.makeRe(glob, options2, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options2, { glob, posix: posix3 });
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
    picomatch.test = (input, regex, options2, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options2 || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options2, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options2, posix3 = options2 && options2.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options2);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch.isMatch = (str, patterns, options2) => picomatch(patterns, options2)(str);
    picomatch.parse = (pattern, options2) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options2));
      return parse(pattern, { ...options2, fastpaths: false });
    };
    picomatch.scan = (input, options2) => scan2(input, options2);
    picomatch.compileRe = (state, options2, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options2 || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options2);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options2 = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options2.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options2);
      }
      if (!parsed.output) {
        parsed = parse(input, options2);
      }
      return picomatch.compileRe(parsed, options2, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options2) => {
      try {
        const opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options2 && options2.debug === true) throw err;
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
    function picomatch(glob, options2, returnState = false) {
      if (options2 && (options2.windows === null || options2.windows === void 0)) {
        options2 = { ...options2, windows: utils.isWindows() };
      }
      return pico(glob, options2, returnState);
    }
    Object.assign(picomatch, pico);
    module.exports = picomatch;
  }
});

// src/action/main.ts
import { mkdirSync, readFileSync as readFileSync4, writeFileSync } from "node:fs";
import { EOL as EOL2 } from "node:os";
import { dirname as dirname6, posix as posix2, relative as relative5, resolve as resolve5, sep as sep5 } from "node:path";

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
    allow: compileAllow(strings("allow"), file),
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
function compileAllow(patterns, where) {
  return patterns.map((pattern, index) => {
    const bad = (why) => configError(`${where}: field "allow[${index}]" ${why}`);
    if (typeof pattern !== "string" || pattern === "") throw bad("must be a non-empty string");
    const hazard = regexHazard(pattern);
    if (hazard) throw bad(`could make a scan hang: ${hazard}`);
    try {
      return { pattern, regex: new RegExp(pattern) };
    } catch (error) {
      throw bad(`is not a valid regular expression: ${error.message}`);
    }
  });
}
var EMPTY_CONFIG = { exclude: [], allow: [], rules: [] };

// src/cli-options.ts
var POLICY_SOURCES = ["base", "head"];

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
  const findCandidates = (bytes, options2 = {}) => {
    const hits = [];
    for (const needle of needles) {
      const to = options2.to ?? bytes.length;
      let at = needle.find(bytes, options2.from ?? 0);
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
    const binary = options2.isBinary ?? isBinary(bytes);
    const locator = new LineLocator(bytes, options2.origin);
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
      if (binary) candidate.byteOffset = (options2.fileOffset ?? 0) + start;
      return candidate;
    });
  };
  return { needles: needles.map((n) => n.literal), patterns, findCandidates };
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
  const text2 = (value, field, id, optional2 = false) => {
    const v = value[field];
    if (v === void 0 && optional2) return "";
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
var VERIFY_SPEC_FILE = "verify.json";
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
  return files.list(path).filter((name) => name.endsWith(".json") && !(path === BUILTIN_RULES_DIR && name === VERIFY_SPEC_FILE)).sort().map((name) => join3(path, name));
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
  if (value instanceof Map) return new Map([...value].map(([name, field]) => [name, redactStrings(field, redact2)]));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, redactStrings(field, redact2)]));
  }
  return value;
}
function redactReport(report) {
  return { ...redactStrings(report, reportKeyRedactor(report)), ...report.patterns ? { patterns: report.patterns } : {} };
}

// src/version.ts
import { readFileSync as readFileSync2 } from "node:fs";
function readVersion() {
  for (const relative6 of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync2(new URL(relative6, import.meta.url), "utf8"));
      if (pkg.name === "caibo-scan" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "0.0.0";
}
var VERSION = readVersion();

// src/formatters/format.ts
var formatDefaults = (options2 = {}) => ({
  color: false,
  reveal: false,
  showSuppressed: false,
  quiet: false,
  version: VERSION,
  ...Object.fromEntries(Object.entries(options2).filter(([, value]) => value !== void 0))
});
var redacting = (format) => (report, options2) => format(options2.reveal ? report : redactReport(report), options2);

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
  const counted2 = report.newSuppressions === "fail" ? [...activeFindings(report), ...changeAllowedFindings(report)] : activeFindings(report);
  return counted2.some((f) => severityRank(f.severity) >= threshold);
}

// src/formatters/github.ts
var escapeData = (value) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (value) => escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
var annotationLevel = (finding) => finding.severity === "critical" || finding.severity === "high" ? "error" : "warning";
function changeAllowedAnnotation(finding, failing, reveal) {
  const reason = finding.suppressed?.detail ? ` ${finding.suppressed.detail}` : "";
  return annotation(finding, reveal, { level: failing ? "error" : "warning", message: `Key allowed by this change (caibo-scan:allow${reason})` });
}
var isUrlPath = (path) => /^https?:\/\//i.test(path);
function annotation(finding, reveal, as) {
  const { location } = finding;
  const isUrl = isUrlPath(location.path);
  const properties = [
    ...isUrl ? [] : [`file=${escapeProperty(location.chain?.[0] ?? location.path)}`],
    ...location.chain || isUrl ? [] : [`line=${location.line}`, `endLine=${location.endLine}`, `col=${location.column}`, `endColumn=${location.endColumn}`],
    `title=${escapeProperty(`${finding.ruleId} (${finding.severity})`)}`
  ].join(",");
  const key = reveal ? finding.secret.reveal() : finding.secret.redacted;
  const where = [
    location.chain || isUrl ? ` (in ${location.path}, line ${location.line})` : "",
    finding.commit ? ` (commit ${finding.commit.sha.slice(0, 12)})` : ""
  ].join("");
  return `::${as?.level ?? annotationLevel(finding)} ${properties}::${escapeData(`${as?.message ?? finding.title}: ${key}${where}`)}`;
}
var formatGithub = redacting(
  (report, options2) => [
    ...report.findings.filter((f) => !f.suppressed).map((f) => annotation(f, options2.reveal)),
    ...changeAllowedFindings(report).map((f) => changeAllowedAnnotation(f, report.newSuppressions === "fail", options2.reveal))
  ].map((line) => `${line}
`).join("")
);

// src/report/keys.ts
var ID_LENGTH = 16;
var keyId = (secret) => secret.hash.slice(0, ID_LENGTH);
var rank = (severity) => SEVERITIES.indexOf(severity);
var byDate = (a, b) => Date.parse(a.date) - Date.parse(b.date) || a.sha.localeCompare(b.sha);
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
    (a, b) => rank(b.severity) - rank(a.severity) || (a.keyType === b.keyType ? 0 : a.keyType === "live" ? -1 : 1) || (a.firstSeen && b.firstSeen ? byDate(a.firstSeen, b.firstSeen) : 0) || a.id.localeCompare(b.id)
  );
}
function keyEntry(findings, history) {
  const worst = findings.reduce((a, b) => rank(b.severity) > rank(a.severity) ? b : a);
  const commits = findings.flatMap((f) => f.commit ? [f.commit] : []).sort(byDate);
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
    locations: findings.map((f) => ({
      path: f.location.path,
      line: f.location.line,
      column: f.location.column,
      ruleId: f.ruleId,
      severity: f.severity,
      context: f.context,
      ...f.commit ? { commit: f.commit } : {},
      ...f.inHead !== void 0 ? { inHead: f.inHead } : {}
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
function keyProperties(entry) {
  return {
    ...entry?.refs ? { refs: entry.refs, tipRefs: entry.tipRefs, reachedTag: entry.reachedTag, where: whereKeyIs(entry) } : {},
    ...entry?.verification ? { verification: entry.verification.outcome, verificationReason: entry.verification.reason } : {}
  };
}
function nestedArtifacts(findings) {
  const artifacts = [];
  const indexes = /* @__PURE__ */ new Map();
  for (const { location } of findings) {
    location.chain?.forEach((path, depth, chain) => {
      const id = chain.slice(0, depth + 1).join("\0");
      if (indexes.has(id)) return;
      indexes.set(id, artifacts.length);
      artifacts.push(
        depth === 0 ? { location: { uri: sarifUri(path), uriBaseId: "%SRCROOT%" } } : { location: { uri: sarifUri(path) }, parentIndex: indexes.get(chain.slice(0, depth).join("\0")) }
      );
    });
  }
  return { artifacts, indexOf: (chain) => indexes.get(chain.join("\0")) };
}
function sarifLocations(location, indexOf) {
  const region = { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn };
  const { chain } = location;
  const artifactLocation = isUrlPath(location.path) ? { uri: location.path } : { uri: sarifUri(location.path), uriBaseId: "%SRCROOT%" };
  if (!chain) return { locations: [{ physicalLocation: { artifactLocation, region } }] };
  return {
    locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(chain[0]), uriBaseId: "%SRCROOT%", index: indexOf(chain.slice(0, 1)) } } }],
    relatedLocations: [
      {
        id: 1,
        message: { text: location.path },
        physicalLocation: { artifactLocation: { uri: sarifUri(chain.at(-1)), index: indexOf(chain) }, region }
      }
    ]
  };
}
function sarifResult(finding, ruleIndex, options2, indexOf, entry) {
  const { location, commit } = finding;
  const key = options2.reveal ? finding.secret.reveal() : finding.secret.redacted;
  const where = [
    location.chain ? ` (in ${location.path}, line ${location.line})` : "",
    finding.originalSource ? ` (original source: ${finding.originalSource})` : "",
    finding.encoding ? ` (${finding.encoding}-encoded)` : "",
    commit ? ` (commit ${commit.sha})` : ""
  ].join("");
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${finding.title}: ${key}${where}` },
    ...sarifLocations(location, indexOf),
    // SARIF §3.35: an allow comment in the source; its reason is the justification.
    ...finding.suppressed ? { suppressions: [{ kind: "inSource", justification: finding.suppressed.detail || "caibo-scan:allow" }] } : {},
    partialFingerprints: {
      [SECRET_FINGERPRINT]: finding.fingerprint,
      ...finding.lineHash ? { primaryLocationLineHash: finding.lineHash } : {}
    },
    properties: {
      ...location.chain ? { path: location.path } : {},
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
var formatSarif = redacting((report, options2) => {
  const rules = [...report.rules].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const { repository } = options2;
  const findings = sarifFindings(report.findings);
  const { artifacts, indexOf } = nestedArtifacts(findings);
  const keys = groupByKey(report);
  const keyById = new Map(keys.map((k) => [k.id, k]));
  const run = {
    tool: { driver: { name: "caibo-scan", semanticVersion: options2.version, informationUri: INFORMATION_URI, rules: rules.map(sarifRule) } },
    ...options2.sarifCategory ? { automationDetails: { id: automationId(options2.sarifCategory) } } : {},
    // Only when the caller knows the one revision scanned (the Action); history findings name their own commit.
    ...repository ? {
      versionControlProvenance: [
        { repositoryUri: repository.uri, revisionId: repository.revision, ...repository.branch ? { branch: repository.branch } : {}, mappedTo: { uriBaseId: "%SRCROOT%" } }
      ]
    } : {},
    originalUriBaseIds: { "%SRCROOT%": { description: { text: "The project root: the git top-level, else the nearest folder with a package.json or framework config." } } },
    columnKind: "utf16CodeUnits",
    ...artifacts.length ? { artifacts } : {},
    results: findings.map((finding) => sarifResult(finding, ruleIndex.get(finding.ruleId), options2, indexOf, keyById.get(keyId(finding.secret)))),
    // The distinct keys (issue 14): one rotation each, however many results share one.
    properties: {
      keys: keys.map((k) => ({
        id: k.id,
        keyType: k.keyType,
        severity: k.severity,
        ruleId: k.ruleId,
        locations: k.locations.length,
        ...k.firstSeen ? { firstSeen: k.firstSeen.sha } : {},
        ...k.lastSeen ? { lastSeen: k.lastSeen.sha } : {},
        ...keyProperties(k)
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
function policyChangeLine(review, subject, only) {
  const changes = (review?.changes ?? []).filter((change) => only === void 0 || change.file === only);
  if (!review || changes.length === 0) return void 0;
  const verb = changes.some((change) => change.weakens) ? "weakens the scan" : "changes the scan policy";
  const applied = review.from === "head" ? "applied (policy from the head)" : `not applied: the scan used the base's policy (${review.revision.slice(0, 7)})`;
  return `${subject} ${verb}: ${changes.map((change) => change.detail).join("; ")}; ${applied}`;
}

// src/scan.ts
import { statSync as statSync5 } from "node:fs";
import { dirname as dirname5, isAbsolute as isAbsolute2, relative as relative4, resolve as resolve4, sep as sep4 } from "node:path";

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
var NAMED_BUNDLE = /(?:\.min|\.bundle|\.chunk)\.m?js$/;
var MOBILE_BUNDLE = /^index\.(?:android|ios)\.bundle$|\.jsbundle$/;
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
  if (MOBILE_BUNDLE.test(name)) return "mobile-bundle";
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
function startsWithUseClient(head) {
  let at = 0;
  for (; ; ) {
    while (at < head.length && /\s/.test(head[at])) at += 1;
    const commentEnd = head.startsWith("//", at) ? head.indexOf("\n", at) : head.startsWith("/*", at) ? head.indexOf("*/", at + 2) + 1 : at;
    if (commentEnd === at) break;
    if (commentEnd <= 0) return false;
    at = commentEnd + 1;
  }
  return /^['"]use client['"]/.test(head.slice(at, at + 12));
}
function scriptExposure(path, content) {
  const head = content.toString("utf8", 0, Math.min(content.length, MARKER_SCAN_BYTES));
  if (startsWithUseClient(head)) return verdict("client", "use-client");
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
function envContext(provenance, path) {
  if (!isEnvFile(path)) return void 0;
  if (provenance.container) return "committed-env";
  switch (provenance.kind) {
    case "history":
    case "staged":
      return "committed-env";
    case "worktree":
      if (provenance.git === "tracked") return "committed-env";
      if (provenance.git === "ignored") return "local-env";
      return void 0;
    case "stdin":
    case "url":
    case "emitted":
      return void 0;
  }
}
function classify(blob, candidates, facts) {
  const { provenance } = blob;
  const path = provenance.container?.contextPath ?? provenance.path;
  const ownFacts = provenance.container && !provenance.container.inProject ? void 0 : facts;
  const exposure = provenance.kind === "url" ? { exposure: "client", reason: "served-by-site" } : provenance.kind === "emitted" && provenance.environment ? { exposure: provenance.environment, reason: "bundler-environment" } : exposureOf(path, blob.bytes, ownFacts);
  const env = envContext(provenance, path);
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
      const escape2 = jsEscape(bytes, at);
      code = escape2 && escape2.code < 128 ? escape2.code : -1;
      if (escape2) length = escape2.length;
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
function findEncodedCandidates(bytes, detector, options2 = {}) {
  const runs = encodedRuns(bytes, detector.needles, options2.from ?? 0, options2.to ?? bytes.length);
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
  const locator = new LineLocator(bytes, options2.origin);
  const binary = options2.isBinary ?? isBinary(bytes);
  return found.map((candidate) => {
    const { line, column } = locator.locate(candidate.start);
    const located = { ...candidate, line, column, endLine: line, endColumn: column + (candidate.end - candidate.start) };
    if (binary) located.byteOffset = (options2.fileOffset ?? 0) + candidate.start;
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
  const options2 = chunk ? { to: chunk.to, origin: chunk.origin, fileOffset: chunk.fileOffset, isBinary: chunk.isBinary } : {};
  let searches = prefilters.get(detector);
  if (!searches) prefilters.set(detector, searches = anyKeySearches(detector.needles));
  if (!searches.some((find) => find(bytes, 0) !== -1)) return { candidates: [], bytes, transcoded: transcoded !== void 0 };
  const candidates = detector.findCandidates(bytes, options2);
  if (!blob.hasNoEncodedNeedle) {
    const plainStarts = new Set(candidates.map((c) => c.start));
    candidates.push(...findEncodedCandidates(bytes, detector, options2).filter((c) => !plainStarts.has(c.start)));
  }
  if (transcoded) for (const candidate of candidates) candidate.encoding ??= "utf16";
  return { candidates, bytes, transcoded: transcoded !== void 0 };
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
import { execFile } from "node:child_process";
import { once } from "node:events";
import { existsSync as existsSync3 } from "node:fs";
import { join as join4 } from "node:path";

// src/sources/git-early.ts
import { spawn } from "node:child_process";
import { closeSync, openSync, read, unlinkSync } from "node:fs";
import { promisify } from "node:util";

// src/sources/safe-git.ts
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

// src/sources/git-early.ts
var STAGED_DIFF_ARGS = ["diff", "--cached", "--raw", "-p", "-U0", "-z", "--no-abbrev", "--full-index", "-M"];
function watch(child, output) {
  const stderr = [];
  child.stderr.on("data", (part) => stderr.push(part));
  const exited = new Promise((done, fail) => {
    child.once("error", fail);
    child.once("close", done);
  });
  return { child, stderr, exited, output: output(exited) };
}
var spawnGit = (dir, args, stdout) => {
  const git = safeGit(args);
  return spawn("git", git.args, { cwd: dir, stdio: [stdout === "pipe" ? "pipe" : "ignore", stdout, "pipe"], env: { ...git.env, GIT_FLUSH: "0" } });
};
function startGit(dir, args) {
  const child = spawnGit(dir, args, "pipe");
  child.stdin.on("error", () => void 0);
  return { ...watch(child, () => child.stdout), stdin: child.stdin };
}
var readAt = promisify(read);
var OUTPUT_READ_BYTES = 256 * 1024;
var prestarted = /* @__PURE__ */ new Map();
var keyOf = (dir, args) => [dir, ...args].join("\0");
function takePrestarted(dir, args) {
  const started = prestarted.get(keyOf(dir, args));
  prestarted.delete(keyOf(dir, args));
  return started?.run;
}

// src/sources/git.ts
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
  const { child, stdin, stderr, exited, output } = (feed ? void 0 : takePrestarted(repo.dir, args)) ?? startGit(repo.dir, args);
  const fed = (feed && stdin ? feed(stdin) : Promise.resolve()).then(
    () => void stdin?.end(),
    (error) => error
  );
  try {
    yield* output;
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
  const read2 = async (paths) => {
    const wanted = paths.map(inRepo).filter((path) => path !== void 0);
    return Promise.all([filesAtCommit({ ...repo, dir: top }, range.base, wanted), filesAtCommit({ ...repo, dir: top }, range.head, wanted)]);
  };
  const has = (snapshot, path) => {
    const rel = inRepo(path);
    return rel === void 0 || snapshot.has(rel);
  };
  const candidates = request.config === false ? [] : request.config ? [request.config] : configCandidates(request.root, top);
  const [base, head] = await read2([...candidates, ...request.baseline ? [request.baseline] : [], ...request.rules]);
  const baseConfig = candidates.find((file) => has(base, file));
  const headConfig = candidates.find((file) => has(head, file));
  const baseRequest = {
    ...request,
    ...request.baseline && !has(base, request.baseline) ? { baseline: void 0 } : {},
    rules: request.rules.filter((dir) => has(base, dir) || [...base.keys()].some((path) => path.startsWith(`${inRepo(dir)}/`)))
  };
  const ruleDirs = [...baseConfig ? loadConfig(baseConfig, commitFiles(top, base)).rules : [], ...baseRequest.rules];
  const [baseRules, headRules] = await read2(ruleDirs);
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

// src/sources/containers/expand.ts
import { Readable as Readable2 } from "node:stream";
import * as zlib from "node:zlib";

// src/sources/read-file.ts
import { closeSync as closeSync2, constants, fstatSync, openSync as openSync2, readSync } from "node:fs";
var WHOLE_FILE_LIMIT = 16 * 1024 * 1024;
var OVERLAP = 4 * MAX_KEY_BYTES;
var NEWLINE5 = 10;
function advance(origin, bytes) {
  let line = origin.line;
  let lastNewline = -1;
  for (let at = bytes.indexOf(NEWLINE5); at !== -1; at = bytes.indexOf(NEWLINE5, at + 1)) {
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
    fd = openSync2(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return skipFor(path, error);
  }
  let streaming = false;
  try {
    const stat2 = fstatSync(fd);
    if (!stat2.isFile()) return { path, reason: "not-a-file" };
    if (stat2.size <= chunkBytes) return { bytes: readWhole(fd, stat2.size, into?.take(stat2.size)) };
    streaming = true;
    return { chunks: readInChunks(fd, chunkBytes) };
  } catch (error) {
    return skipFor(path, error);
  } finally {
    if (!streaming) closeSync2(fd);
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
    closeSync2(fd);
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

// src/sources/containers/byte-reader.ts
var ByteReader = class {
  #source;
  /** Pulled and not yet consumed, oldest first. */
  #pending = [];
  #pendingBytes = 0;
  #isDone = false;
  #pulledBytes = 0;
  constructor(source) {
    this.#source = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source)[Symbol.asyncIterator]();
  }
  /** Pulls one more buffer; false at the end. */
  async #pull() {
    if (this.#isDone) return false;
    const next = await this.#source.next();
    if (next.done) {
      this.#isDone = true;
      return false;
    }
    this.#pulledBytes += next.value.length;
    if (next.value.length) {
      this.#pending.push(next.value);
      this.#pendingBytes += next.value.length;
    }
    return true;
  }
  /** Bytes taken from the stream so far, read or not. */
  get pulledBytes() {
    return this.#pulledBytes;
  }
  /** Up to `length` first unread bytes, left unread. */
  async peek(length) {
    while (this.#pendingBytes < length && await this.#pull()) ;
    const joined = this.#pending.length > 1 ? Buffer.concat(this.#pending) : this.#pending[0] ?? Buffer.alloc(0);
    this.#pending = joined.length ? [joined] : [];
    return joined.subarray(0, length);
  }
  /**
   * Pulls until more than `limit` bytes are held or the stream ends; true when all of it fits.
   * What was pulled stays unread either way (takeAll, or rest for a raw scan).
   */
  async fill(limit) {
    while (this.#pendingBytes <= limit && await this.#pull()) ;
    return this.#isDone && this.#pendingBytes <= limit;
  }
  /** Everything held (after a fill that returned true: the whole rest). */
  takeAll() {
    const all = this.#pending.length === 1 ? this.#pending[0] : Buffer.concat(this.#pending);
    this.#pending = [];
    this.#pendingBytes = 0;
    return all;
  }
  /** Copies the next bytes into `into` at `at`; fewer than `length` only at the end. */
  async read(into, at, length) {
    let copied = 0;
    while (copied < length) {
      if (!this.#pending.length && !await this.#pull()) break;
      const first = this.#pending[0];
      const n = first.copy(into, at + copied, 0, Math.min(first.length, length - copied));
      copied += n;
      this.#pendingBytes -= n;
      if (n === first.length) this.#pending.shift();
      else this.#pending[0] = first.subarray(n);
    }
    return copied;
  }
  /** The unread bytes as a stream (for a decompressor or a tar parser). */
  async *rest() {
    for (; ; ) {
      while (this.#pending.length) {
        const first = this.#pending.shift();
        this.#pendingBytes -= first.length;
        yield first;
      }
      if (!await this.#pull()) return;
    }
  }
  /** Reads to the end without keeping anything, so the stream it came from can move on. */
  async discard() {
    do {
      this.#pending = [];
      this.#pendingBytes = 0;
    } while (await this.#pull());
  }
};
async function* toAsync(buffers) {
  yield* buffers;
}

// src/sources/containers/magic.ts
var MAGIC_BYTES = 512;
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

// src/sources/containers/members.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
var import_yauzl = __toESM(require_yauzl(), 1);
import { Readable } from "node:stream";

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

// src/sources/containers/members.ts
var memberPath = (name) => printable(name.replace(/\\/g, "/").replace(/^(?:\.?\/)+/, ""));
async function* zipMembers(bytes) {
  const zip = await import_yauzl.default.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  const entries = zip.eachEntry();
  for await (const entry of entries) {
    const name = memberPath(entry.fileName);
    if (entry.fileName.endsWith("/")) continue;
    if (entry.isEncrypted()) {
      yield { name, problem: "encrypted" };
      continue;
    }
    const stream = await zip.openReadStreamPromise(entry);
    try {
      yield { name, content: stream, isInflated: true };
    } finally {
      stream.destroy();
    }
  }
}
function crxPayload(bytes) {
  if (bytes.length < 16) throw new Error("truncated CRX header");
  const version = bytes.readUInt32LE(4);
  const start = version === 3 ? 12 + bytes.readUInt32LE(8) : version === 2 ? 16 + bytes.readUInt32LE(8) + bytes.readUInt32LE(12) : -1;
  if (start < 0 || start > bytes.length) throw new Error(`unknown CRX version ${version}`);
  return bytes.subarray(start);
}
async function* tarMembers(input) {
  const extract = import_tar_stream.default.extract();
  const source = Readable.from(input, { objectMode: false });
  source.on("error", (error) => extract.destroy(error));
  source.pipe(extract);
  try {
    for await (const entry of extract) {
      const { type, name } = entry.header;
      if (type === "file" || type === "contiguous-file") yield { name: memberPath(name), content: entry, isInflated: false };
      else entry.resume();
    }
  } finally {
    source.destroy();
    extract.destroy();
  }
}
function* asarMembers(bytes) {
  const headerSize = bytes.readUInt32LE(4);
  const jsonLength = bytes.length >= 16 ? bytes.readUInt32LE(12) : Infinity;
  if (8 + headerSize > bytes.length || 16 + jsonLength > 8 + headerSize) throw new Error("asar header runs past the end of the file");
  const header = JSON.parse(bytes.toString("utf8", 16, 16 + jsonLength));
  const dataStart = 8 + headerSize;
  const pending = [["", header]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [prefix, node] = next;
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const path = `${prefix}${printable(name)}`;
      if (child.files) pending.push([`${path}/`, child]);
      else if (child.link !== void 0 || child.unpacked) continue;
      else {
        const start = dataStart + Number(child.offset);
        const end = start + Number(child.size);
        if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < dataStart || end < start || end > bytes.length) {
          yield { name: path, problem: "entry points outside the archive" };
        } else {
          yield { name: path, content: [bytes.subarray(start, end)], isInflated: false };
        }
      }
    }
  }
}

// src/sources/containers/expand.ts
var MiB = 1024 * 1024;
var DEFAULT_CONTAINER_LIMITS = {
  maxDepth: 3,
  maxArchiveBytes: 512 * MiB,
  maxEntries: 1e5,
  maxRatio: 100,
  ratioFloorBytes: 64 * MiB
};
var createZstdDecompress2 = zlib.createZstdDecompress;
var LimitReached = class extends Error {
};
var Budget = class {
  constructor(limits, outer) {
    this.limits = limits;
    this.outer = outer;
  }
  limits;
  outer;
  #inflated = 0;
  #entries = 0;
  countEntry() {
    this.#entries += 1;
    if (this.#entries > this.limits.maxEntries) throw new LimitReached(`more than ${this.limits.maxEntries} members`);
  }
  countInflated(bytes) {
    this.#inflated += bytes;
    const { maxRatio, ratioFloorBytes } = this.limits;
    if (this.#inflated > Math.max(ratioFloorBytes, maxRatio * this.outer.pulledBytes)) {
      throw new LimitReached(
        `expands past ${maxRatio}x its ${this.outer.pulledBytes} bytes and ${Math.round(ratioFloorBytes / MiB)} MiB: a zip bomb? the rest is not scanned`
      );
    }
  }
};
async function* counted(content, budget) {
  for await (const bytes of content) {
    budget.countInflated(bytes.length);
    yield bytes;
  }
}
var withoutCompression = (name) => name.replace(/\.(?:gz|br|zst|bz2)$/, "").replace(/\.tgz$/, ".tar");
function decompressed(kind, input) {
  const inflate = kind === "gzip" ? zlib.createGunzip() : kind === "brotli" ? zlib.createBrotliDecompress() : createZstdDecompress2();
  const source = Readable2.from(input, { objectMode: false });
  source.on("error", (error) => inflate.destroy(error));
  return source.pipe(inflate);
}
var skipOf = (node, reason, detail) => ({ chain: node.chain, reason, detail });
var Expansion = class {
  constructor(limits, budget) {
    this.limits = limits;
    this.budget = budget;
  }
  limits;
  budget;
  /** A file as it is: whole when it fits the scan's whole-file limit, else in the same overlapping chunks as a large file. */
  async *leaf({ chain, contextPath, inProject, reader }) {
    if (await reader.fill(WHOLE_FILE_LIMIT)) {
      yield { chain, contextPath, inProject, bytes: reader.takeAll() };
      return;
    }
    for await (const part of chunksOf((into, at, length) => reader.read(into, at, length), WHOLE_FILE_LIMIT)) yield { chain, contextPath, inProject, ...part };
  }
  /** A file that may be a container, `depth` containers deep. */
  async *file(node, depth) {
    try {
      const kind = containerKind(await node.reader.peek(MAGIC_BYTES), node.chain.at(-1));
      if (!kind) {
        yield* this.leaf(node);
      } else if (depth >= this.limits.maxDepth) {
        yield skipOf(node, "archive-depth", `${kind} nested more than ${this.limits.maxDepth} deep (--max-archive-depth); scanned as raw bytes`);
        yield* this.leaf(node);
      } else if (kind === "bzip2" || kind === "zstd" && !createZstdDecompress2) {
        yield skipOf(node, "archive-unsupported", kind === "bzip2" ? "bzip2: no maintained decompressor for Node" : "zstd needs Node 22.15 or later");
      } else {
        yield* this.open(kind, node, depth);
      }
      await node.reader.discard();
    } catch (error) {
      if (error instanceof LimitReached) throw error;
      yield skipOf(node, "archive-unreadable", error.message);
      await node.reader.discard().catch(() => void 0);
    }
  }
  async *open(kind, node, depth) {
    switch (kind) {
      case "zip":
      case "crx":
      case "asar": {
        if (!await node.reader.fill(this.limits.maxArchiveBytes)) {
          const limit = `${Math.round(this.limits.maxArchiveBytes / MiB)} MiB`;
          yield skipOf(node, "archive-limit", `${kind} over ${limit} is not opened (read whole for its directory); scanned as raw bytes`);
          yield* this.leaf(node);
          return;
        }
        const bytes = node.reader.takeAll();
        try {
          yield* this.members(kind === "asar" ? asarMembers(bytes) : zipMembers(kind === "crx" ? crxPayload(bytes) : bytes), node.chain, depth);
        } catch (error) {
          if (error instanceof LimitReached) throw error;
          yield skipOf(node, "archive-unreadable", `${error.message}; scanned as raw bytes`);
          yield* this.leaf({ ...node, reader: new ByteReader([bytes]) });
        }
        return;
      }
      case "tar":
        yield* this.members(tarMembers(node.reader.rest()), node.chain, depth);
        return;
      default: {
        const inflated = new ByteReader(counted(decompressed(kind, node.reader.rest()), this.budget));
        if (containerKind(await inflated.peek(MAGIC_BYTES), "") === "tar") {
          yield* this.members(tarMembers(inflated.rest()), node.chain, depth);
          return;
        }
        const name = withoutCompression(node.chain.at(-1));
        yield* this.file({ chain: [...node.chain, name.slice(name.lastIndexOf("/") + 1)], contextPath: withoutCompression(node.contextPath), inProject: node.inProject, reader: inflated }, depth + 1);
      }
    }
  }
  async *members(members, chain, depth) {
    for await (const member of members) {
      this.budget.countEntry();
      if ("problem" in member) {
        yield { chain: [...chain, member.name], reason: "archive-unreadable", detail: member.problem };
        continue;
      }
      const content = member.isInflated ? counted(member.content, this.budget) : member.content;
      yield* this.file({ chain: [...chain, member.name], contextPath: member.name, inProject: false, reader: new ByteReader(content) }, depth + 1);
    }
  }
};
async function* expandContainer(path, contextPath, reader, limits, inProject = true) {
  const expansion = new Expansion(limits, new Budget(limits, reader));
  try {
    yield* expansion.file({ chain: [path], contextPath, inProject, reader }, 0);
  } catch (error) {
    if (!(error instanceof LimitReached)) throw error;
    yield { chain: [path], reason: "archive-limit", detail: error.message };
  } finally {
    await reader.discard().catch(() => void 0);
  }
}

// src/sources/source.ts
var isSkip = (item) => "reason" in item;
var isCleanFiles = (item) => "kind" in item;

// src/sources/containers/source.ts
async function* restOfFile(first, items) {
  let chunk = first;
  for (; ; ) {
    const { bytes, chunk: position } = chunk;
    yield Buffer.from(bytes.subarray(0, position.to));
    if (position.to === bytes.length) return;
    const next = await items.next();
    if (next.done || isSkip(next.value) || isCleanFiles(next.value) || !next.value.chunk) throw new Error("file ended between chunks");
    chunk = next.value;
  }
}
function innerProvenance(outer, chain, contextPath, inProject) {
  const { addedLines: _lines, ...rest } = outer;
  return { ...rest, path: chain.join("!/"), container: { chain, contextPath, inProject } };
}
function withContainers(source, limits) {
  if (limits.maxDepth === 0) return source;
  return {
    async *blobs() {
      const items = source.blobs()[Symbol.asyncIterator]();
      for (let next = await items.next(); !next.done; next = await items.next()) {
        const item = next.value;
        if (isSkip(item) || isCleanFiles(item) || item.chunk && item.chunk.fileOffset !== 0 || !isContainer(item.bytes, item.provenance.path)) {
          yield item;
          continue;
        }
        const { provenance } = item;
        const contextPath = provenance.container?.contextPath ?? provenance.path;
        const reader = new ByteReader(item.chunk ? restOfFile(item, items) : [item.bytes]);
        for await (const expanded of expandContainer(provenance.path, contextPath, reader, limits, provenance.container?.inProject ?? true)) {
          const path = expanded.chain.join("!/");
          if ("reason" in expanded) yield { path, reason: expanded.reason, detail: expanded.detail };
          else {
            const blob = { provenance: innerProvenance(provenance, expanded.chain, expanded.contextPath, expanded.inProject), bytes: expanded.bytes };
            if (expanded.chunk) blob.chunk = expanded.chunk;
            yield blob;
          }
        }
      }
    }
  };
}

// src/sources/file-workers.ts
import { existsSync as existsSync4 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_SCRIPT = ["./scan-worker.js", "../scan-worker.js"].map((path) => new URL(path, import.meta.url)).find((url) => existsSync4(fileURLToPath2(url)));
var MIN_DEFAULT_THREADS = 4;
var MAX_DEFAULT_THREADS = 8;
var defaultThreads = (cores = availableParallelism()) => cores < MIN_DEFAULT_THREADS ? 1 : Math.min(cores, MAX_DEFAULT_THREADS);
function startFileWorkers(count, patterns) {
  if (!WORKER_SCRIPT) return void 0;
  const waiting = /* @__PURE__ */ new Map();
  let nextId = 0;
  let ready = 0;
  let failure;
  const failAll = (owner, error) => {
    failure ??= error;
    for (const [id, job] of waiting) {
      if (job.owner !== owner) continue;
      waiting.delete(id);
      job.reject(error);
    }
  };
  const pool = Array.from({ length: count }, () => {
    const member = { worker: new Worker(WORKER_SCRIPT, { workerData: { patterns } }), queued: 0 };
    member.worker.on("message", ({ id, result, error, ready: started }) => {
      if (started) {
        ready += 1;
        return;
      }
      const job = waiting.get(id);
      waiting.delete(id);
      member.queued -= 1;
      if (error !== void 0) job.reject(new Error(`worker thread: ${error}`));
      else job.resolve(result);
    });
    member.worker.on("error", (error) => failAll(member, error));
    member.worker.on("exit", (code) => failAll(member, new Error(`worker thread exited (code ${code})`)));
    return member;
  });
  return {
    size: count,
    get ready() {
      return ready;
    },
    screen(entries) {
      if (failure) return Promise.reject(failure);
      const member = pool.reduce((least, candidate) => candidate.queued < least.queued ? candidate : least);
      member.queued += 1;
      const id = nextId++;
      return new Promise((resolve6, reject) => {
        waiting.set(id, { resolve: resolve6, reject, owner: member });
        member.worker.postMessage({ id, entries });
      });
    },
    async close() {
      for (const member of pool) member.worker.removeAllListeners("exit");
      await Promise.all(pool.map((member) => member.worker.terminate()));
    }
  };
}

// src/sources/image.ts
import { createReadStream, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { join as join6 } from "node:path";
var MAX_JSON_BYTES = 4 * 1024 * 1024;
var blobPath = (digest) => `blobs/${digest.replace(":", "/")}`;
function imagesIn(readJson) {
  const docker = readJson("manifest.json");
  if (Array.isArray(docker)) return docker.map((entry) => ({ ...entry.Config ? { config: entry.Config } : {}, layers: entry.Layers ?? [] }));
  const index = readJson("index.json");
  if (!index?.manifests) return [];
  const images = [];
  const pending = [...index.manifests];
  for (let descriptor = pending.shift(); descriptor; descriptor = pending.shift()) {
    if (!descriptor.digest) continue;
    const manifest = readJson(blobPath(descriptor.digest));
    if (!manifest) continue;
    if (manifest.manifests) pending.push(...manifest.manifests);
    else images.push({ ...manifest.config?.digest ? { config: blobPath(manifest.config.digest) } : {}, layers: (manifest.layers ?? []).flatMap((l) => l.digest ? [blobPath(l.digest)] : []) });
  }
  return images;
}
var parseJson = (bytes) => {
  if (!bytes) return void 0;
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
};
function layerLabels(images) {
  const labels = /* @__PURE__ */ new Map();
  images.forEach(
    (image, i) => image.layers.forEach((layer, j) => {
      if (!labels.has(layer)) labels.set(layer, `${i ? `image-${i + 1}/` : ""}layer-${j + 1}`);
    })
  );
  return labels;
}
async function smallJsonOf(file) {
  const found = /* @__PURE__ */ new Map();
  for await (const member of tarMembers(createReadStream(file))) {
    const reader = new ByteReader(member.content);
    const isCandidate = member.name.endsWith(".json") || member.name.startsWith("blobs/");
    if (isCandidate && await reader.fill(MAX_JSON_BYTES)) {
      const bytes = reader.takeAll();
      if (bytes[0] === 123 || bytes[0] === 91) found.set(member.name, bytes);
    }
    await reader.discard();
  }
  return found;
}
var provenanceOf = (chain, contextPath) => ({
  kind: "worktree",
  path: chain.join("!/"),
  git: "no-repo",
  container: { chain, contextPath, inProject: false }
});
function imageSource(absolute, display, limits) {
  let isDirectory2;
  try {
    isDirectory2 = statSync2(absolute).isDirectory();
  } catch (error) {
    const code = error.code;
    throw usageError(`image: ${display}: ${code === "ENOENT" ? "no such file or directory" : code}`);
  }
  return {
    async *blobs() {
      let readSmall;
      if (isDirectory2) {
        readSmall = (path) => {
          try {
            return readFileSync3(join6(absolute, path));
          } catch {
            return void 0;
          }
        };
      } else {
        let small;
        try {
          small = await smallJsonOf(absolute);
        } catch (error) {
          throw sourceError(`image: ${display}: not a tar file (${error.message})`);
        }
        readSmall = (path) => small.get(path);
      }
      const readJson = (path) => parseJson(readSmall(path));
      const images = imagesIn(readJson);
      if (!images.length) throw usageError(`image: ${display} is neither a docker save tarball nor an OCI layout (no manifest.json or index.json)`);
      for (const config of new Set(images.flatMap((image) => image.config ? [image.config] : []))) {
        const bytes = readSmall(config);
        if (!bytes) {
          yield { path: `${display}!/${config}`, reason: "archive-unreadable", detail: "image config missing" };
          continue;
        }
        yield { provenance: provenanceOf([display, config], "image.env"), bytes };
      }
      const labels = layerLabels(images);
      const layers = isDirectory2 ? (async function* () {
        for (const layer of labels.keys()) yield { name: layer, content: createReadStream(join6(absolute, layer)) };
      })() : tarMembers(createReadStream(absolute));
      const seen = /* @__PURE__ */ new Set();
      for await (const { name, content } of layers) {
        const label = labels.get(name);
        if (!label) continue;
        seen.add(name);
        for await (const expanded of expandContainer(label, "", new ByteReader(content), { ...limits, maxDepth: limits.maxDepth + 1 }, false)) {
          const [, member, ...rest] = expanded.chain;
          const chain = member === void 0 ? [display, label] : [display, `${label}/${member}`, ...rest];
          if ("reason" in expanded) yield { path: chain.join("!/"), reason: expanded.reason, detail: expanded.detail };
          else yield { provenance: provenanceOf(chain, expanded.contextPath), bytes: expanded.bytes, ...expanded.chunk ? { chunk: expanded.chunk } : {} };
        }
      }
      for (const [layer, label] of labels) {
        if (!seen.has(layer)) yield { path: `${display}!/${label}`, reason: "archive-unreadable", detail: `layer ${layer} is missing from the image` };
      }
    }
  };
}

// node_modules/entities/dist/esm/decode-codepoint.js
var _a;
var decodeMap = /* @__PURE__ */ new Map([
  [0, 65533],
  // C1 Unicode control character reference replacements
  [128, 8364],
  [130, 8218],
  [131, 402],
  [132, 8222],
  [133, 8230],
  [134, 8224],
  [135, 8225],
  [136, 710],
  [137, 8240],
  [138, 352],
  [139, 8249],
  [140, 338],
  [142, 381],
  [145, 8216],
  [146, 8217],
  [147, 8220],
  [148, 8221],
  [149, 8226],
  [150, 8211],
  [151, 8212],
  [152, 732],
  [153, 8482],
  [154, 353],
  [155, 8250],
  [156, 339],
  [158, 382],
  [159, 376]
]);
var fromCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, n/no-unsupported-features/es-builtins
  (_a = String.fromCodePoint) !== null && _a !== void 0 ? _a : ((codePoint) => {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  })
);
function replaceCodePoint(codePoint) {
  var _a3;
  if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
    return 65533;
  }
  return (_a3 = decodeMap.get(codePoint)) !== null && _a3 !== void 0 ? _a3 : codePoint;
}

// node_modules/entities/dist/esm/internal/decode-shared.js
function decodeBase64(input) {
  const binary = (
    // eslint-disable-next-line n/no-unsupported-features/node-builtins
    typeof atob === "function" ? (
      // Browser (and Node >=16)
      // eslint-disable-next-line n/no-unsupported-features/node-builtins
      atob(input)
    ) : (
      // Older Node versions (<16)
      // eslint-disable-next-line n/no-unsupported-features/node-builtins
      typeof Buffer.from === "function" ? (
        // eslint-disable-next-line n/no-unsupported-features/node-builtins
        Buffer.from(input, "base64").toString("binary")
      ) : (
        // eslint-disable-next-line unicorn/no-new-buffer, n/no-deprecated-api
        new Buffer(input, "base64").toString("binary")
      )
    )
  );
  const evenLength = binary.length & ~1;
  const out = new Uint16Array(evenLength / 2);
  for (let index = 0, outIndex = 0; index < evenLength; index += 2) {
    const lo = binary.charCodeAt(index);
    const hi = binary.charCodeAt(index + 1);
    out[outIndex++] = lo | hi << 8;
  }
  return out;
}

// node_modules/entities/dist/esm/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeBase64("QR08ALkAAgH6AYsDNQR2BO0EPgXZBQEGLAbdBxMISQrvCmQLfQurDKQNLw4fD4YPpA+6D/IPAAAAAAAAAAAAAAAAKhBMEY8TmxUWF2EYLBkxGuAa3RsJHDscWR8YIC8jSCSIJcMl6ie3Ku8rEC0CLjoupS7kLgAIRU1hYmNmZ2xtbm9wcnN0dVQAWgBeAGUAaQBzAHcAfgCBAIQAhwCSAJoAoACsALMAbABpAGcAO4DGAMZAUAA7gCYAJkBjAHUAdABlADuAwQDBQHIiZXZlAAJhAAFpeW0AcgByAGMAO4DCAMJAEGRyAADgNdgE3XIAYQB2AGUAO4DAAMBA8CFoYZFj4SFjcgBhZAAAoFMqAAFncIsAjgBvAG4ABGFmAADgNdg43fAlbHlGdW5jdGlvbgCgYSBpAG4AZwA7gMUAxUAAAWNzpACoAHIAAOA12Jzc6SFnbgCgVCJpAGwAZABlADuAwwDDQG0AbAA7gMQAxEAABGFjZWZvcnN1xQDYANoA7QDxAPYA+QD8AAABY3LJAM8AayNzbGFzaAAAoBYidgHTANUAAKDnKmUAZAAAoAYjeQARZIABY3J0AOAA5QDrAGEidXNlAACgNSLuI291bGxpcwCgLCFhAJJjcgAA4DXYBd1wAGYAAOA12Dnd5SF2ZdhiYwDyAOoAbSJwZXEAAKBOIgAHSE9hY2RlZmhpbG9yc3UXARoBHwE6AVIBVQFiAWQBZgGCAakB6QHtAfIBYwB5ACdkUABZADuAqQCpQIABY3B5ACUBKAE1AfUhdGUGYWmg0iJ0KGFsRGlmZmVyZW50aWFsRAAAoEUhbCJleXMAAKAtIQACYWVpb0EBRAFKAU0B8iFvbgxhZABpAGwAO4DHAMdAcgBjAAhhbiJpbnQAAKAwIm8AdAAKYQABZG5ZAV0BaSJsbGEAuGB0I2VyRG90ALdg8gA5AWkAp2NyImNsZQAAAkRNUFRwAXQBeQF9AW8AdAAAoJkiaSJudXMAAKCWIuwhdXMAoJUiaSJtZXMAAKCXIm8AAAFjc4cBlAFrKndpc2VDb250b3VySW50ZWdyYWwAAKAyImUjQ3VybHkAAAFEUZwBpAFvJXVibGVRdW90ZQAAoB0gdSJvdGUAAKAZIAACbG5wdbABtgHNAdgBbwBuAGWgNyIAoHQqgAFnaXQAvAHBAcUB8iJ1ZW50AKBhIm4AdAAAoC8i7yV1ckludGVncmFsAKAuIgABZnLRAdMBAKACIe8iZHVjdACgECJuLnRlckNsb2Nrd2lzZUNvbnRvdXJJbnRlZ3JhbAAAoDMi7yFzcwCgLypjAHIAAOA12J7ccABDoNMiYQBwAACgTSKABURKU1phY2VmaW9zAAsCEgIVAhgCGwIsAjQCOQI9AnMCfwNvoEUh9CJyYWhkAKARKWMAeQACZGMAeQAFZGMAeQAPZIABZ3JzACECJQIoAuchZXIAoCEgcgAAoKEhaAB2AACg5CoAAWF5MAIzAvIhb24OYRRkbAB0oAciYQCUY3IAAOA12AfdAAFhZkECawIAAWNtRQJnAvIjaXRpY2FsAAJBREdUUAJUAl8CYwJjInV0ZQC0YG8AdAFZAloC2WJiJGxlQWN1dGUA3WJyImF2ZQBgYGkibGRlANxi7yFuZACgxCJmJWVyZW50aWFsRAAAoEYhcAR9AgAAAAAAAIECjgIAABoDZgAA4DXYO91EoagAhQKJAm8AdAAAoNwgcSJ1YWwAAKBQIuIhbGUAA0NETFJVVpkCqAK1Au8C/wIRA28AbgB0AG8AdQByAEkAbgB0AGUAZwByAGEA7ADEAW8AdAKvAgAAAACwAqhgbiNBcnJvdwAAoNMhAAFlb7kC0AJmAHQAgAFBUlQAwQLGAs0CciJyb3cAAKDQIekkZ2h0QXJyb3cAoNQhZQDlACsCbgBnAAABTFLWAugC5SFmdAABQVLcAuECciJyb3cAAKD4J+kkZ2h0QXJyb3cAoPon6SRnaHRBcnJvdwCg+SdpImdodAAAAUFU9gL7AnIicm93AACg0iFlAGUAAKCoInAAQQIGAwAAAAALA3Iicm93AACg0SFvJHduQXJyb3cAAKDVIWUlcnRpY2FsQmFyAACgJSJuAAADQUJMUlRhJAM2AzoDWgNxA3oDciJyb3cAAKGTIUJVLAMwA2EAcgAAoBMpcCNBcnJvdwAAoPUhciJldmUAEWPlIWZ00gJDAwAASwMAAFIDaSVnaHRWZWN0b3IAAKBQKWUkZVZlY3RvcgAAoF4p5SJjdG9yQqC9IWEAcgAAoFYpaSJnaHQA1AFiAwAAaQNlJGVWZWN0b3IAAKBfKeUiY3RvckKgwSFhAHIAAKBXKWUAZQBBoKQiciJyb3cAAKCnIXIAcgBvAPcAtAIAAWN0gwOHA3IAAOA12J/c8iFvaxBhAAhOVGFjZGZnbG1vcHFzdHV4owOlA6kDsAO/A8IDxgPNA9ID8gP9AwEEFAQeBCAEJQRHAEphSAA7gNAA0EBjAHUAdABlADuAyQDJQIABYWl5ALYDuQO+A/Ihb24aYXIAYwA7gMoAykAtZG8AdAAWYXIAAOA12AjdcgBhAHYAZQA7gMgAyEDlIm1lbnQAoAgiAAFhcNYD2QNjAHIAEmF0AHkAUwLhAwAAAADpA20lYWxsU3F1YXJlAACg+yVlJ3J5U21hbGxTcXVhcmUAAKCrJQABZ3D2A/kDbwBuABhhZgAA4DXYPN3zImlsb26VY3UAAAFhaQYEDgRsAFSgdSppImxkZQAAoEIi7CNpYnJpdW0AoMwhAAFjaRgEGwRyAACgMCFtAACgcyphAJdjbQBsADuAywDLQAABaXApBC0E8yF0cwCgAyLvJG5lbnRpYWxFAKBHIYACY2Zpb3MAPQQ/BEMEXQRyBHkAJGRyAADgNdgJ3WwibGVkAFMCTAQAAAAAVARtJWFsbFNxdWFyZQAAoPwlZSdyeVNtYWxsU3F1YXJlAACgqiVwA2UEAABpBAAAAABtBGYAAOA12D3dwSFsbACgACLyI2llcnRyZgCgMSFjAPIAcQQABkpUYWJjZGZnb3JzdIgEiwSOBJMElwSkBKcEqwStBLIE5QTqBGMAeQADZDuAPgA+QO0hbWFkoJMD3GNyImV2ZQAeYYABZWl5AJ0EoASjBOQhaWwiYXIAYwAcYRNkbwB0ACBhcgAA4DXYCt0AoNkicABmAADgNdg+3eUiYXRlcgADRUZHTFNUvwTIBM8E1QTZBOAEcSJ1YWwATKBlIuUhc3MAoNsidSRsbEVxdWFsAACgZyJyI2VhdGVyAACgoirlIXNzAKB3IuwkYW50RXF1YWwAoH4qaSJsZGUAAKBzImMAcgAA4DXYotwAoGsiAARBYWNmaW9zdfkE/QQFBQgFCwUTBSIFKwVSIkRjeQAqZAABY3QBBQQFZQBrAMdiXmDpIXJjJGFyAACgDCFsJWJlcnRTcGFjZQAAoAsh8AEYBQAAGwVmAACgDSHpJXpvbnRhbExpbmUAoAAlAAFjdCYFKAXyABIF8iFvayZhbQBwAEQBMQU5BW8AdwBuAEgAdQBtAPAAAAFxInVhbAAAoE8iAAdFSk9hY2RmZ21ub3N0dVMFVgVZBVwFYwVtBXAFcwV6BZAFtgXFBckFzQVjAHkAFWTsIWlnMmFjAHkAAWRjAHUAdABlADuAzQDNQAABaXlnBWwFcgBjADuAzgDOQBhkbwB0ADBhcgAAoBEhcgBhAHYAZQA7gMwAzEAAoREhYXB/BYsFAAFjZ4MFhQVyACphaSNuYXJ5SQAAoEghbABpAGUA8wD6AvQBlQUAAKUFZaAsIgABZ3KaBZ4F8iFhbACgKyLzI2VjdGlvbgCgwiJpI3NpYmxlAAABQ1SsBbEFbyJtbWEAAKBjIGkibWVzAACgYiCAAWdwdAC8Bb8FwwVvAG4ALmFmAADgNdhA3WEAmWNjAHIAAKAQIWkibGRlAChh6wHSBQAA1QVjAHkABmRsADuAzwDPQIACY2Zvc3UA4QXpBe0F8gX9BQABaXnlBegFcgBjADRhGWRyAADgNdgN3XAAZgAA4DXYQd3jAfcFAAD7BXIAAOA12KXc8iFjeQhk6yFjeQRkgANISmFjZm9zAAwGDwYSBhUGHQYhBiYGYwB5ACVkYwB5AAxk8CFwYZpjAAFleRkGHAbkIWlsNmEaZHIAAOA12A7dcABmAADgNdhC3WMAcgAA4DXYptyABUpUYWNlZmxtb3N0AD0GQAZDBl4GawZkB2gHcAd0B80H2gdjAHkACWQ7gDwAPECAAmNtbnByAEwGTwZSBlUGWwb1IXRlOWHiIWRhm2NnAACg6ifsI2FjZXRyZgCgEiFyAACgniGAAWFleQBkBmcGagbyIW9uPWHkIWlsO2EbZAABZnNvBjQHdAAABUFDREZSVFVWYXKABp4GpAbGBssG3AYDByEHwQIqBwABbnKEBowGZyVsZUJyYWNrZXQAAKDoJ/Ihb3cAoZAhQlKTBpcGYQByAACg5CHpJGdodEFycm93AKDGIWUjaWxpbmcAAKAII28A9QGqBgAAsgZiJWxlQnJhY2tldAAAoOYnbgDUAbcGAAC+BmUkZVZlY3RvcgAAoGEp5SJjdG9yQqDDIWEAcgAAoFkpbCJvb3IAAKAKI2kiZ2h0AAABQVbSBtcGciJyb3cAAKCUIeUiY3RvcgCgTikAAWVy4AbwBmUAAKGjIkFW5gbrBnIicm93AACgpCHlImN0b3IAoFopaSNhbmdsZQBCorIi+wYAAAAA/wZhAHIAAKDPKXEidWFsAACgtCJwAIABRFRWAAoHEQcYB+8kd25WZWN0b3IAoFEpZSRlVmVjdG9yAACgYCnlImN0b3JCoL8hYQByAACgWCnlImN0b3JCoLwhYQByAACgUilpAGcAaAB0AGEAcgByAG8A9wDMAnMAAANFRkdMU1Q/B0cHTgdUB1gHXwfxJXVhbEdyZWF0ZXIAoNoidSRsbEVxdWFsAACgZiJyI2VhdGVyAACgdiLlIXNzAKChKuwkYW50RXF1YWwAoH0qaSJsZGUAAKByInIAAOA12A/dZaDYIuYjdGFycm93AKDaIWkiZG90AD9hgAFucHcAege1B7kHZwAAAkxSbHKCB5QHmwerB+UhZnQAAUFSiAeNB3Iicm93AACg9SfpJGdodEFycm93AKD3J+kkZ2h0QXJyb3cAoPYn5SFmdAABYXLcAqEHaQBnAGgAdABhAHIAcgBvAPcA5wJpAGcAaAB0AGEAcgByAG8A9wDuAmYAAOA12EPdZQByAAABTFK/B8YHZSRmdEFycm93AACgmSHpJGdodEFycm93AKCYIYABY2h0ANMH1QfXB/IAWgYAoLAh8iFva0FhAKBqIgAEYWNlZmlvc3XpB+wH7gf/BwMICQgOCBEIcAAAoAUpeQAcZAABZGzyB/kHaSR1bVNwYWNlAACgXyBsI2ludHJmAACgMyFyAADgNdgQ3e4jdXNQbHVzAKATInAAZgAA4DXYRN1jAPIA/gecY4AESmFjZWZvc3R1ACEIJAgoCDUIgQiFCDsKQApHCmMAeQAKZGMidXRlAENhgAFhZXkALggxCDQI8iFvbkdh5CFpbEVhHWSAAWdzdwA7CGEIfQjhInRpdmWAAU1UVgBECEwIWQhlJWRpdW1TcGFjZQAAoAsgaABpAAABY25SCFMIawBTAHAAYQBjAOUASwhlAHIAeQBUAGgAaQDuAFQI9CFlZAABR0xnCHUIcgBlAGEAdABlAHIARwByAGUAYQB0AGUA8gDrBGUAcwBzAEwAZQBzAPMA2wdMImluZQAKYHIAAOA12BHdAAJCbnB0jAiRCJkInAhyImVhawAAoGAgwiZyZWFraW5nU3BhY2WgYGYAAKAVIUOq7CqzCMIIzQgAAOcIGwkAAAAAAAAtCQAAbwkAAIcJAACdCcAJGQoAADQKAAFvdbYIvAjuI2dydWVudACgYiJwIkNhcAAAoG0ibyh1YmxlVmVydGljYWxCYXIAAKAmIoABbHF4ANII1wjhCOUibWVudACgCSL1IWFsVKBgImkibGRlAADgQiI4A2kic3RzAACgBCJyI2VhdGVyAACjbyJFRkdMU1T1CPoIAgkJCQ0JFQlxInVhbAAAoHEidSRsbEVxdWFsAADgZyI4A3IjZWF0ZXIAAOBrIjgD5SFzcwCgeSLsJGFudEVxdWFsAOB+KjgDaSJsZGUAAKB1IvUhbXBEASAJJwnvI3duSHVtcADgTiI4A3EidWFsAADgTyI4A2UAAAFmczEJRgn0JFRyaWFuZ2xlQqLqIj0JAAAAAEIJYQByAADgzyk4A3EidWFsAACg7CJzAICibiJFR0xTVABRCVYJXAlhCWkJcSJ1YWwAAKBwInIjZWF0ZXIAAKB4IuUhc3MA4GoiOAPsJGFudEVxdWFsAOB9KjgDaSJsZGUAAKB0IuUic3RlZAABR0x1CX8J8iZlYXRlckdyZWF0ZXIA4KIqOAPlI3NzTGVzcwDgoSo4A/IjZWNlZGVzAKGAIkVTjwmVCXEidWFsAADgryo4A+wkYW50RXF1YWwAoOAiAAFlaaAJqQl2JmVyc2VFbGVtZW50AACgDCLnJWh0VHJpYW5nbGVCousitgkAAAAAuwlhAHIAAODQKTgDcSJ1YWwAAKDtIgABcXXDCeAJdSNhcmVTdQAAAWJwywnVCfMhZXRF4I8iOANxInVhbAAAoOIi5SJyc2V0ReCQIjgDcSJ1YWwAAKDjIoABYmNwAOYJ8AkNCvMhZXRF4IIi0iBxInVhbAAAoIgi4yJlZWRzgKGBIkVTVAD6CQAKBwpxInVhbAAA4LAqOAPsJGFudEVxdWFsAKDhImkibGRlAADgfyI4A+UicnNldEXggyLSIHEidWFsAACgiSJpImxkZQCAoUEiRUZUACIKJwouCnEidWFsAACgRCJ1JGxsRXF1YWwAAKBHImkibGRlAACgSSJlJXJ0aWNhbEJhcgAAoCQiYwByAADgNdip3GkAbABkAGUAO4DRANFAnWMAB0VhY2RmZ21vcHJzdHV2XgphCmgKcgp2CnoKgQqRCpYKqwqtCrsKyArNCuwhaWdSYWMAdQB0AGUAO4DTANNAAAFpeWwKcQpyAGMAO4DUANRAHmRiImxhYwBQYXIAAOA12BLdcgBhAHYAZQA7gNIA0kCAAWFlaQCHCooKjQpjAHIATGFnAGEAqWNjInJvbgCfY3AAZgAA4DXYRt3lI25DdXJseQABRFGeCqYKbyV1YmxlUXVvdGUAAKAcIHUib3RlAACgGCAAoFQqAAFjbLEKtQpyAADgNdiq3GEAcwBoADuA2ADYQGkAbAHACsUKZABlADuA1QDVQGUAcwAAoDcqbQBsADuA1gDWQGUAcgAAAUJQ0wrmCgABYXLXCtoKcgAAoD4gYQBjAAABZWvgCuIKAKDeI2UAdAAAoLQjYSVyZW50aGVzaXMAAKDcI4AEYWNmaGlsb3JzAP0KAwsFCwkLCwsMCxELIwtaC3IjdGlhbEQAAKACInkAH2RyAADgNdgT3WkApmOgY/Ujc01pbnVzsWAAAWlwFQsgC24AYwBhAHIAZQBwAGwAYQBuAOUACgVmAACgGSGAobsqZWlvACoLRQtJC+MiZWRlc4CheiJFU1QANAs5C0ALcSJ1YWwAAKCvKuwkYW50RXF1YWwAoHwiaSJsZGUAAKB+Im0AZQAAoDMgAAFkcE0LUQv1IWN0AKAPIm8jcnRpb24AYaA3ImwAAKAdIgABY2leC2ILcgAA4DXYq9yoYwACVWZvc2oLbwtzC3cLTwBUADuAIgAiQHIAAOA12BTdcABmAACgGiFjAHIAAOA12KzcAAZCRWFjZWZoaW9yc3WPC5MLlwupC7YL2AvbC90LhQyTDJoMowzhIXJyAKAQKUcAO4CuAK5AgAFjbnIAnQugC6ML9SF0ZVRhZwAAoOsncgB0oKAhbAAAoBYpgAFhZXkArwuyC7UL8iFvblhh5CFpbFZhIGR2oBwhZSJyc2UAAAFFVb8LzwsAAWxxwwvIC+UibWVudACgCyL1JGlsaWJyaXVtAKDLIXAmRXF1aWxpYnJpdW0AAKBvKXIAAKAcIW8AoWPnIWh0AARBQ0RGVFVWYewLCgwQDDIMNwxeDHwM9gIAAW5y8Av4C2clbGVCcmFja2V0AACg6SfyIW93AKGSIUJM/wsDDGEAcgAAoOUhZSRmdEFycm93AACgxCFlI2lsaW5nAACgCSNvAPUBFgwAAB4MYiVsZUJyYWNrZXQAAKDnJ24A1AEjDAAAKgxlJGVWZWN0b3IAAKBdKeUiY3RvckKgwiFhAHIAAKBVKWwib29yAACgCyMAAWVyOwxLDGUAAKGiIkFWQQxGDHIicm93AACgpiHlImN0b3IAoFspaSNhbmdsZQBCorMiVgwAAAAAWgxhAHIAAKDQKXEidWFsAACgtSJwAIABRFRWAGUMbAxzDO8kd25WZWN0b3IAoE8pZSRlVmVjdG9yAACgXCnlImN0b3JCoL4hYQByAACgVCnlImN0b3JCoMAhYQByAACgUykAAXB1iQyMDGYAAKAdIe4kZEltcGxpZXMAoHAp6SRnaHRhcnJvdwCg2yEAAWNongyhDHIAAKAbIQCgsSHsJGVEZWxheWVkAKD0KYAGSE9hY2ZoaW1vcXN0dQC/DMgMzAzQDOIM5gwKDQ0NFA0ZDU8NVA1YDQABQ2PDDMYMyCFjeSlkeQAoZEYiVGN5ACxkYyJ1dGUAWmEAorwqYWVpedgM2wzeDOEM8iFvbmBh5CFpbF5hcgBjAFxhIWRyAADgNdgW3e8hcnQAAkRMUlXvDPYM/QwEDW8kd25BcnJvdwAAoJMhZSRmdEFycm93AACgkCHpJGdodEFycm93AKCSIXAjQXJyb3cAAKCRIechbWGjY+EkbGxDaXJjbGUAoBgicABmAADgNdhK3XICHw0AAAAAIg10AACgGiLhIXJlgKGhJUlTVQAqDTINSg3uJXRlcnNlY3Rpb24AoJMidQAAAWJwNw1ADfMhZXRFoI8icSJ1YWwAAKCRIuUicnNldEWgkCJxInVhbAAAoJIibiJpb24AAKCUImMAcgAA4DXYrtxhAHIAAKDGIgACYmNtcF8Nag2ODZANc6DQImUAdABFoNAicSJ1YWwAAKCGIgABY2huDYkNZSJlZHMAgKF7IkVTVAB4DX0NhA1xInVhbAAAoLAq7CRhbnRFcXVhbACgfSJpImxkZQAAoH8iVABoAGEA9ADHCwCgESIAodEiZXOVDZ8NciJzZXQARaCDInEidWFsAACghyJlAHQAAKDRIoAFSFJTYWNmaGlvcnMAtQ27Db8NyA3ODdsN3w3+DRgOHQ4jDk8AUgBOADuA3gDeQMEhREUAoCIhAAFIY8MNxg1jAHkAC2R5ACZkAAFidcwNzQ0JYKRjgAFhZXkA1A3XDdoN8iFvbmRh5CFpbGJhImRyAADgNdgX3QABZWnjDe4N8gHoDQAA7Q3lImZvcmUAoDQiYQCYYwABY27yDfkNayNTcGFjZQAA4F8gCiDTInBhY2UAoAkg7CFkZYChPCJFRlQABw4MDhMOcSJ1YWwAAKBDInUkbGxFcXVhbAAAoEUiaSJsZGUAAKBIInAAZgAA4DXYS93pI3BsZURvdACg2yAAAWN0Jw4rDnIAAOA12K/c8iFva2Zh4QpFDlYOYA5qDgAAbg5yDgAAAAAAAAAAAAB5DnwOqA6zDgAADg8RDxYPGg8AAWNySA5ODnUAdABlADuA2gDaQHIAb6CfIeMhaXIAoEkpcgDjAVsOAABdDnkADmR2AGUAbGEAAWl5Yw5oDnIAYwA7gNsA20AjZGIibGFjAHBhcgAA4DXYGN1yAGEAdgBlADuA2QDZQOEhY3JqYQABZGl/Dp8OZQByAAABQlCFDpcOAAFhcokOiw5yAF9gYQBjAAABZWuRDpMOAKDfI2UAdAAAoLUjYSVyZW50aGVzaXMAAKDdI28AbgBQoMMi7CF1cwCgjiIAAWdwqw6uDm8AbgByYWYAAOA12EzdAARBREVUYWRwc78O0g7ZDuEOBQPqDvMOBw9yInJvdwDCoZEhyA4AAMwOYQByAACgEilvJHduQXJyb3cAAKDFIW8kd25BcnJvdwAAoJUhcSV1aWxpYnJpdW0AAKBuKWUAZQBBoKUiciJyb3cAAKClIW8AdwBuAGEAcgByAG8A9wAQA2UAcgAAAUxS+Q4AD2UkZnRBcnJvdwAAoJYh6SRnaHRBcnJvdwCglyFpAGyg0gNvAG4ApWPpIW5nbmFjAHIAAOA12LDcaSJsZGUAaGFtAGwAO4DcANxAgAREYmNkZWZvc3YALQ8xDzUPNw89D3IPdg97D4AP4SFzaACgqyJhAHIAAKDrKnkAEmThIXNobKCpIgCg5ioAAWVyQQ9DDwCgwSKAAWJ0eQBJD00Paw9hAHIAAKAWIGmgFiDjIWFsAAJCTFNUWA9cD18PZg9hAHIAAKAjIukhbmV8YGUkcGFyYXRvcgAAoFgnaSJsZGUAAKBAItQkaGluU3BhY2UAoAogcgAA4DXYGd1wAGYAAOA12E3dYwByAADgNdix3GQiYXNoAACgqiKAAmNlZm9zAI4PkQ+VD5kPng/pIXJjdGHkIWdlAKDAInIAAOA12BrdcABmAADgNdhO3WMAcgAA4DXYstwAAmZpb3OqD64Prw+0D3IAAOA12BvdnmNwAGYAAOA12E/dYwByAADgNdiz3IAEQUlVYWNmb3N1AMgPyw/OD9EP2A/gD+QP6Q/uD2MAeQAvZGMAeQAHZGMAeQAuZGMAdQB0AGUAO4DdAN1AAAFpedwP3w9yAGMAdmErZHIAAOA12BzdcABmAADgNdhQ3WMAcgAA4DXYtNxtAGwAeGEABEhhY2RlZm9z/g8BEAUQDRAQEB0QIBAkEGMAeQAWZGMidXRlAHlhAAFheQkQDBDyIW9ufWEXZG8AdAB7YfIBFRAAABwQbwBXAGkAZAB0AOgAVAhhAJZjcgAAoCghcABmAACgJCFjAHIAAOA12LXc4QtCEEkQTRAAAGcQbRByEAAAAAAAAAAAeRCKEJcQ8hD9EAAAGxEhETIROREAAD4RYwB1AHQAZQA7gOEA4UByImV2ZQADYYCiPiJFZGl1eQBWEFkQWxBgEGUQAOA+IjMDAKA/InIAYwA7gOIA4kB0AGUAO4C0ALRAMGRsAGkAZwA7gOYA5kByoGEgAOA12B7dcgBhAHYAZQA7gOAA4EAAAWVwfBCGEAABZnCAEIQQ8yF5bQCgNSHoAIMQaABhALFjAAFhcI0QWwAAAWNskRCTEHIAAWFnAACgPypkApwQAAAAALEQAKInImFkc3ajEKcQqRCuEG4AZAAAoFUqAKBcKmwib3BlAACgWCoAoFoqAKMgImVsbXJzersQvRDAEN0Q5RDtEACgpCllAACgICJzAGQAYaAhImEEzhDQENIQ1BDWENgQ2hDcEACgqCkAoKkpAKCqKQCgqykAoKwpAKCtKQCgrikAoK8pdAB2oB8iYgBkoL4iAKCdKQABcHTpEOwQaAAAoCIixWDhIXJyAKB8IwABZ3D1EPgQbwBuAAVhZgAA4DXYUt0Ao0giRWFlaW9wBxEJEQ0RDxESERQRAKBwKuMhaXIAoG8qAKBKImQAAKBLInMAJ2DyIW94ZaBIIvEADhFpAG4AZwA7gOUA5UCAAWN0eQAmESoRKxFyAADgNdi23CpgbQBwAGWgSCLxAPgBaQBsAGQAZQA7gOMA40BtAGwAO4DkAORAAAFjaUERRxFvAG4AaQBuAPQA6AFuAHQAAKARKgAITmFiY2RlZmlrbG5vcHJzdWQRaBGXEZ8RpxGrEdIR1hErEjASexKKEn0RThNbE3oTbwB0AACg7SoAAWNybBGJEWsAAAJjZXBzdBF4EX0RghHvIW5nAKBMInAjc2lsb24A9mNyImltZQAAoDUgaQBtAGWgPSJxAACgzSJ2AY0RkRFlAGUAAKC9ImUAZABnoAUjZQAAoAUjcgBrAHSgtSPiIXJrAKC2IwABb3mjEaYRbgDnAHcRMWTxIXVvAKAeIIACY21wcnQAtBG5Eb4RwRHFEeEhdXPloDUi5ABwInR5dgAAoLApcwDpAH0RbgBvAPUA6gCAAWFodwDLEcwRzhGyYwCgNiHlIWVuAKBsInIAAOA12B/dZwCAA2Nvc3R1dncA4xHyEQUSEhIhEiYSKRKAAWFpdQDpEesR7xHwAKMFcgBjAACg7yVwAACgwyKAAWRwdAD4EfwRABJvAHQAAKAAKuwhdXMAoAEqaSJtZXMAAKACKnECCxIAAAAADxLjIXVwAKAGKmEAcgAAoAUm8iNpYW5nbGUAAWR1GhIeEu8hd24AoL0lcAAAoLMlcCJsdXMAAKAEKmUA5QBCD+UAkg9hInJvdwAAoA0pgAFha28ANhJoEncSAAFjbjoSZRJrAIABbHN0AEESRxJNEm8jemVuZ2UAAKDrKXEAdQBhAHIA5QBcBPIjaWFuZ2xlgKG0JWRscgBYElwSYBLvIXduAKC+JeUhZnQAoMIlaSJnaHQAAKC4JWsAAKAjJLEBbRIAAHUSsgFxEgAAcxIAoJIlAKCRJTQAAKCTJWMAawAAoIglAAFlb38ShxJx4D0A5SD1IWl2AOBhIuUgdAAAoBAjAAJwdHd4kRKVEpsSnxJmAADgNdhT3XSgpSJvAG0AAKClIvQhaWUAoMgiAAZESFVWYmRobXB0dXayEsES0RLgEvcS+xIKExoTHxMjEygTNxMAAkxSbHK5ErsSvRK/EgCgVyUAoFQlAKBWJQCgUyUAolAlRFVkdckSyxLNEs8SAKBmJQCgaSUAoGQlAKBnJQACTFJsctgS2hLcEt4SAKBdJQCgWiUAoFwlAKBZJQCjUSVITFJobHLrEu0S7xLxEvMS9RIAoGwlAKBjJQCgYCUAoGslAKBiJQCgXyVvAHgAAKDJKQACTFJscgITBBMGEwgTAKBVJQCgUiUAoBAlAKAMJQCiACVEVWR1EhMUExYTGBMAoGUlAKBoJQCgLCUAoDQlaSJudXMAAKCfIuwhdXMAoJ4iaSJtZXMAAKCgIgACTFJsci8TMRMzEzUTAKBbJQCgWCUAoBglAKAUJQCjAiVITFJobHJCE0QTRhNIE0oTTBMAoGolAKBhJQCgXiUAoDwlAKAkJQCgHCUAAWV2UhNVE3YA5QD5AGIAYQByADuApgCmQAACY2Vpb2ITZhNqE24TcgAA4DXYt9xtAGkAAKBPIG0A5aA9IogRbAAAoVwAYmh0E3YTAKDFKfMhdWIAoMgnbAF+E4QTbABloCIgdAAAoCIgcAAAoU4iRWWJE4sTAKCuKvGgTyI8BeEMqRMAAN8TABQDFB8UAAAjFDQUAAAAAIUUAAAAAI0UAAAAANcU4xT3FPsUAACIFQAAlhWAAWNwcgCuE7ET1RP1IXRlB2GAoikiYWJjZHMAuxO/E8QTzhPSE24AZAAAoEQqciJjdXAAAKBJKgABYXXIE8sTcAAAoEsqcAAAoEcqbwB0AACgQCoA4CkiAP4AAWVv2RPcE3QAAKBBIO4ABAUAAmFlaXXlE+8T9RP4E/AB6hMAAO0TcwAAoE0qbwBuAA1hZABpAGwAO4DnAOdAcgBjAAlhcABzAHOgTCptAACgUCpvAHQAC2GAAWRtbgAIFA0UEhRpAGwAO4C4ALhAcCJ0eXYAAKCyKXQAAIGiADtlGBQZFKJAcgBkAG8A9ABiAXIAAOA12CDdgAFjZWkAKBQqFDIUeQBHZGMAawBtoBMn4SFyawCgEyfHY3IAAKPLJUVjZWZtcz8UQRRHFHcUfBSAFACgwykAocYCZWxGFEkUcQAAoFciZQBhAlAUAAAAAGAUciJyb3cAAAFsclYUWhTlIWZ0AKC6IWkiZ2h0AACguyGAAlJTYWNkAGgUaRRrFG8UcxSuYACgyCRzAHQAAKCbIukhcmMAoJoi4SFzaACgnSJuImludAAAoBAqaQBkAACg7yrjIWlyAKDCKfUhYnN1oGMmaQB0AACgYybsApMUmhS2FAAAwxRvAG4AZaA6APGgVCKrAG0CnxQAAAAAoxRhAHSgLABAYAChASJmbKcUqRTuABMNZQAAAW14rhSyFOUhbnQAoAEiZQDzANIB5wG6FAAAwBRkoEUibwB0AACgbSpuAPQAzAGAAWZyeQDIFMsUzhQA4DXYVN1vAOQA1wEAgakAO3MeAdMUcgAAoBchAAFhb9oU3hRyAHIAAKC1IXMAcwAAoBcnAAFjdeYU6hRyAADgNdi43AABYnDuFPIUZaDPKgCg0SploNAqAKDSKuQhb3QAoO8igANkZWxwcnZ3AAYVEBUbFSEVRBVlFYQV4SFycgABbHIMFQ4VAKA4KQCgNSlwAhYVAAAAABkVcgAAoN4iYwAAoN8i4SFycnCgtiEAoD0pgKIqImJjZG9zACsVMBU6FT4VQRVyImNhcAAAoEgqAAFhdTQVNxVwAACgRipwAACgSipvAHQAAKCNInIAAKBFKgDgKiIA/gACYWxydksVURVuFXMVcgByAG2gtyEAoDwpeQCAAWV2dwBYFWUVaRVxAHACXxUAAAAAYxVyAGUA4wAXFXUA4wAZFWUAZQAAoM4iZSJkZ2UAAKDPImUAbgA7gKQApEBlI2Fycm93AAABbHJ7FX8V5SFmdACgtiFpImdodAAAoLchZQDkAG0VAAFjaYsVkRVvAG4AaQBuAPQAkwFuAHQAAKAxImwiY3R5AACgLSOACUFIYWJjZGVmaGlqbG9yc3R1d3oAuBW7Fb8V1RXgFegV+RUKFhUWHxZUFlcWZRbFFtsW7xb7FgUXChdyAPIAtAJhAHIAAKBlKQACZ2xyc8YVyhXOFdAV5yFlcgCgICDlIXRoAKA4IfIA9QxoAHagECAAoKMiawHZFd4VYSJyb3cAAKAPKWEA4wBfAgABYXnkFecV8iFvbg9hNGQAoUYhYW/tFfQVAAFnciEC8RVyAACgyiF0InNlcQAAoHcqgAFnbG0A/xUCFgUWO4CwALBAdABhALRjcCJ0eXYAAKCxKQABaXIOFhIW8yFodACgfykA4DXYId1hAHIAAAFschsWHRYAoMMhAKDCIYACYWVnc3YAKBauAjYWOhY+Fm0AAKHEIm9zLhY0Fm4AZABzoMQi9SFpdACgZiZhIm1tYQDdY2kAbgAAoPIiAKH3AGlvQxZRFmQAZQAAgfcAO29KFksW90BuI3RpbWVzAACgxyJuAPgAUBZjAHkAUmRjAG8CXhYAAAAAYhZyAG4AAKAeI28AcAAAoA0jgAJscHR1dwBuFnEWdRaSFp4W7CFhciRgZgAA4DXYVd0AotkCZW1wc30WhBaJFo0WcQBkoFAibwB0AACgUSJpIm51cwAAoDgi7CF1cwCgFCLxInVhcmUAoKEiYgBsAGUAYgBhAHIAdwBlAGQAZwDlANcAbgCAAWFkaAClFqoWtBZyAHIAbwD3APUMbwB3AG4AYQByAHIAbwB3APMA8xVhI3Jwb29uAAABbHK8FsAWZQBmAPQAHBZpAGcAaAD0AB4WYgHJFs8WawBhAHIAbwD3AJILbwLUFgAAAADYFnIAbgAAoB8jbwBwAACgDCOAAWNvdADhFukW7BYAAXJ55RboFgDgNdi53FVkbAAAoPYp8iFvaxFhAAFkcvMW9xZvAHQAAKDxImkA5qC/JVsSAAFhaP8WAhdyAPIANQNhAPIA1wvhIm5nbGUAoKYpAAFjaQ4XEBd5AF9k5yJyYXJyAKD/JwAJRGFjZGVmZ2xtbm9wcXJzdHV4MRc4F0YXWxcyBF4XaRd5F40XrBe0F78X2RcVGCEYLRg1GEAYAAFEbzUXgRZvAPQA+BUAAWNzPBdCF3UAdABlADuA6QDpQPQhZXIAoG4qAAJhaW95TRdQF1YXWhfyIW9uG2FyAGOgViI7gOoA6kDsIW9uAKBVIk1kbwB0ABdhAAFEcmIXZhdvAHQAAKBSIgDgNdgi3XKhmipuF3QXYQB2AGUAO4DoAOhAZKCWKm8AdAAAoJgqgKGZKmlscwCAF4UXhxfuInRlcnMAoOcjAKATIWSglSpvAHQAAKCXKoABYXBzAJMXlheiF2MAcgATYXQAeQBzogUinxcAAAAAoRdlAHQAAKAFInAAMaADIDMBqRerFwCgBCAAoAUgAAFnc7AXsRdLYXAAAKACIAABZ3C4F7sXbwBuABlhZgAA4DXYVt2AAWFscwDFF8sXzxdyAHOg1SJsAACg4yl1AHMAAKBxKmkAAKG1A2x21RfYF28AbgC1Y/VjAAJjc3V24BfoF/0XEBgAAWlv5BdWF3IAYwAAoFYiaQLuFwAAAADwF+0ADQThIW50AAFnbPUX+Rd0AHIAAKCWKuUhc3MAoJUqgAFhZWkAAxgGGAoYbABzAD1gcwB0AACgXyJ2AESgYSJEAACgeCrwImFyc2wAoOUpAAFEYRkYHRhvAHQAAKBTInIAcgAAoHEpgAFjZGkAJxgqGO0XcgAAoC8hbwD0AIwCAAFhaDEYMhi3YzuA8ADwQAABbXI5GD0YbAA7gOsA60BvAACgrCCAAWNpcABGGEgYSxhsACFgcwD0ACwEAAFlb08YVxhjAHQAYQB0AGkAbwDuABoEbgBlAG4AdABpAGEAbADlADME4Ql1GAAAgRgAAIMYiBgAAAAAoRilGAAAqhgAALsYvhjRGAAA1xgnGWwAbABpAG4AZwBkAG8AdABzAGUA8QBlF3kARGRtImFsZQAAoEAmgAFpbHIAjRiRGJ0Y7CFpZwCgA/tpApcYAAAAAJoYZwAAoAD7aQBnAACgBPsA4DXYI93sIWlnAKAB++whaWcA4GYAagCAAWFsdACvGLIYthh0AACgbSZpAGcAAKAC+24AcwAAoLElbwBmAJJh8AHCGAAAxhhmAADgNdhX3QABYWvJGMwYbADsAGsEdqDUIgCg2SphI3J0aW50AACgDSoAAWFv2hgiGQABY3PeGB8ZsQPnGP0YBRkSGRUZAAAdGbID7xjyGPQY9xj5GAAA+xg7gL0AvUAAoFMhO4C8ALxAAKBVIQCgWSEAoFshswEBGQAAAxkAoFQhAKBWIbQCCxkOGQAAAAAQGTuAvgC+QACgVyEAoFwhNQAAoFghtgEZGQAAGxkAoFohAKBdITgAAKBeIWwAAKBEIHcAbgAAoCIjYwByAADgNdi73IAIRWFiY2RlZmdpamxub3JzdHYARhlKGVoZXhlmGWkZkhmWGZkZnRmgGa0ZxhnLGc8Z4BkjGmygZyIAoIwqgAFjbXAAUBlTGVgZ9SF0ZfVhbQBhAOSgswM6FgCghipyImV2ZQAfYQABaXliGWUZcgBjAB1hM2RvAHQAIWGAoWUibHFzAMYEcBl6GfGhZSLOBAAAdhlsAGEAbgD0AN8EgKF+KmNkbACBGYQZjBljAACgqSpvAHQAb6CAKmyggioAoIQqZeDbIgD+cwAAoJQqcgAA4DXYJN3noGsirATtIWVsAKA3IWMAeQBTZIChdyJFYWoApxmpGasZAKCSKgCgpSoAoKQqAAJFYWVztBm2Gb0ZwhkAoGkicABwoIoq8iFveACgiipxoIgq8aCIKrUZaQBtAACg5yJwAGYAAOA12FjdYQB2AOUAYwIAAWNp0xnWGXIAAKAKIW0AAKFzImVs3BneGQCgjioAoJAqAIM+ADtjZGxxco0E6xn0GfgZ/BkBGgABY2nvGfEZAKCnKnIAAKB6Km8AdAAAoNci0CFhcgCglSl1ImVzdAAAoHwqgAJhZGVscwAKGvQZFhrVBCAa8AEPGgAAFBpwAHIAbwD4AFkZcgAAoHgpcQAAAWxxxAQbGmwAZQBzAPMASRlpAO0A5AQAAWVuJxouGnIjdG5lcXEAAOBpIgD+xQAsGgAFQWFiY2Vma29zeUAaQxpmGmoabRqDGocalhrCGtMacgDyAMwCAAJpbG1yShpOGlAaVBpyAHMA8ABxD2YAvWBpAGwA9AASBQABZHJYGlsaYwB5AEpkAKGUIWN3YBpkGmkAcgAAoEgpAKCtIWEAcgAAoA8h6SFyYyVhgAFhbHIAcxp7Gn8a8iF0c3WgZSZpAHQAAKBlJuwhaXAAoCYg4yFvbgCguSJyAADgNdgl3XMAAAFld4wakRphInJvdwAAoCUpYSJyb3cAAKAmKYACYW1vcHIAnxqjGqcauhq+GnIAcgAAoP8h9CFodACgOyJrAAABbHKsGrMaZSRmdGFycm93AACgqSHpJGdodGFycm93AKCqIWYAAOA12Fnd4iFhcgCgFSCAAWNsdADIGswa0BpyAADgNdi93GEAcwDoAGka8iFvaydhAAFicNca2xr1IWxsAKBDIOghZW4AoBAg4Qr2GgAA/RoAAAgbExsaGwAAIRs7GwAAAAA+G2IbmRuVG6sbAACyG80b0htjAHUAdABlADuA7QDtQAChYyBpeQEbBhtyAGMAO4DuAO5AOGQAAWN4CxsNG3kANWRjAGwAO4ChAKFAAAFmcssCFhsA4DXYJt1yAGEAdgBlADuA7ADsQIChSCFpbm8AJxsyGzYbAAFpbisbLxtuAHQAAKAMKnQAAKAtIuYhaW4AoNwpdABhAACgKSHsIWlnM2GAAWFvcABDG1sbXhuAAWNndABJG0sbWRtyACthgAFlbHAAcQVRG1UbaQBuAOUAyAVhAHIA9AByBWgAMWFmAACgtyJlAGQAtWEAoggiY2ZvdGkbbRt1G3kb4SFyZQCgBSFpAG4AdKAeImkAZQAAoN0pZABvAPQAWxsAoisiY2VscIEbhRuPG5QbYQBsAACguiIAAWdyiRuNG2UAcgDzACMQ4wCCG2EicmhrAACgFyryIW9kAKA8KgACY2dwdJ8boRukG6gbeQBRZG8AbgAvYWYAAOA12FrdYQC5Y3UAZQBzAHQAO4C/AL9AAAFjabUbuRtyAADgNdi+3G4AAKIIIkVkc3bCG8QbyBvQAwCg+SJvAHQAAKD1Inag9CIAoPMiaaBiIOwhZGUpYesB1hsAANkbYwB5AFZkbAA7gO8A70AAA2NmbW9zdeYb7hvyG/Ub+hsFHAABaXnqG+0bcgBjADVhOWRyAADgNdgn3eEhdGg3YnAAZgAA4DXYW93jAf8bAAADHHIAAOA12L/c8iFjeVhk6yFjeVRkAARhY2ZnaGpvcxUcGhwiHCYcKhwtHDAcNRzwIXBhdqC6A/BjAAFleR4cIRzkIWlsN2E6ZHIAAOA12CjdciJlZW4AOGFjAHkARWRjAHkAXGRwAGYAAOA12FzdYwByAADgNdjA3IALQUJFSGFiY2RlZmdoamxtbm9wcnN0dXYAXhxtHHEcdRx5HN8cBx0dHTwd3B3tHfEdAR4EHh0eLB5FHrwewx7hHgkfPR9LH4ABYXJ0AGQcZxxpHHIA8gBvB/IAxQLhIWlsAKAbKeEhcnIAoA4pZ6BmIgCgiyphAHIAAKBiKWMJjRwAAJAcAACVHAAAAAAAAAAAAACZHJwcAACmHKgcrRwAANIc9SF0ZTph7SJwdHl2AKC0KXIAYQDuAFoG4iFkYbtjZwAAoegnZGyhHKMcAKCRKeUAiwYAoIUqdQBvADuAqwCrQHIAgKOQIWJmaGxwc3QAuhy/HMIcxBzHHMoczhxmoOQhcwAAoB8pcwAAoB0p6wCyGnAAAKCrIWwAAKA5KWkAbQAAoHMpbAAAoKIhAKGrKmFl1hzaHGkAbAAAoBkpc6CtKgDgrSoA/oABYWJyAOUc6RztHHIAcgAAoAwpcgBrAACgcicAAWFr8Rz4HGMAAAFla/Yc9xx7YFtgAAFlc/wc/hwAoIspbAAAAWR1Ax0FHQCgjykAoI0pAAJhZXV5Dh0RHRodHB3yIW9uPmEAAWRpFR0YHWkAbAA8YewAowbiAPccO2QAAmNxcnMkHScdLB05HWEAAKA2KXUAbwDyoBwgqhEAAWR1MB00HeghYXIAoGcpcyJoYXIAAKBLKWgAAKCyIQCiZCJmZ3FzRB1FB5Qdnh10AIACYWhscnQATh1WHWUdbB2NHXIicm93AHSgkCFhAOkAzxxhI3Jwb29uAAABZHVeHWId7yF3bgCgvSFwAACgvCHlJGZ0YXJyb3dzAKDHIWkiZ2h0AIABYWhzAHUdex2DHXIicm93APOglCGdBmEAcgBwAG8AbwBuAPMAzgtxAHUAaQBnAGEAcgByAG8A9wBlGugkcmVldGltZXMAoMsi8aFkIk0HAACaHWwAYQBuAPQAXgcAon0qY2Rnc6YdqR2xHbcdYwAAoKgqbwB0AG+gfypyoIEqAKCDKmXg2iIA/nMAAKCTKoACYWRlZ3MAwB3GHcod1h3ZHXAAcAByAG8A+ACmHG8AdAAAoNYicQAAAWdxzx3SHXQA8gBGB2cAdADyAHQcdADyAFMHaQDtAGMHgAFpbHIA4h3mHeod8yFodACgfClvAG8A8gDKBgDgNdgp3UWgdiIAoJEqYQH1Hf4dcgAAAWR1YB35HWygvCEAoGopbABrAACghCVjAHkAWWQAomoiYWNodAweDx4VHhkecgDyAGsdbwByAG4AZQDyAGAW4SFyZACgaylyAGkAAKD6JQABaW8hHiQe5CFvdEBh9SFzdGGgsCPjIWhlAKCwIwACRWFlczMeNR48HkEeAKBoInAAcKCJKvIhb3gAoIkqcaCHKvGghyo0HmkAbQAAoOYiAARhYm5vcHR3elIeXB5fHoUelh6mHqsetB4AAW5yVh5ZHmcAAKDsJ3IAAKD9IXIA6wCwBmcAgAFsbXIAZh52Hnse5SFmdAABYXKIB2weaQBnAGgAdABhAHIAcgBvAPcAkwfhInBzdG8AoPwnaQBnAGgAdABhAHIAcgBvAPcAmgdwI2Fycm93AAABbHKNHpEeZQBmAPQAxhxpImdodAAAoKwhgAFhZmwAnB6fHqIecgAAoIUpAOA12F3ddQBzAACgLSppIm1lcwAAoDQqYQGvHrMecwB0AACgFyLhAIoOZaHKJbkeRhLuIWdlAKDKJWEAcgBsoCgAdAAAoJMpgAJhY2htdADMHs8e1R7bHt0ecgDyAJ0GbwByAG4AZQDyANYWYQByAGSgyyEAoG0pAKAOIHIAaQAAoL8iAANhY2hpcXTrHu8e1QfzHv0eBh/xIXVvAKA5IHIAAOA12MHcbQDloXIi+h4AAPweAKCNKgCgjyoAAWJ19xwBH28AcqAYIACgGiDyIW9rQmEAhDwAO2NkaGlscXJCBhcfxh0gHyQfKB8sHzEfAAFjaRsfHR8AoKYqcgAAoHkqcgBlAOUAkx3tIWVzAKDJIuEhcnIAoHYpdSJlc3QAAKB7KgABUGk1HzkfYQByAACglillocMlAgdfEnIAAAFkdUIfRx9zImhhcgAAoEop6CFhcgCgZikAAWVuTx9WH3IjdG5lcXEAAOBoIgD+xQBUHwAHRGFjZGVmaGlsbm9wc3VuH3Ifoh+rH68ftx+7H74f5h/uH/MfBwj/HwsgxCFvdACgOiIAAmNscHJ5H30fiR+eH3IAO4CvAK9AAAFldIEfgx8AoEImZaAgJ3MAZQAAoCAnc6CmIXQAbwCAoaYhZGx1AJQfmB+cH28AdwDuAHkDZQBmAPQA6gbwAOkO6yFlcgCgriUAAW95ph+qH+0hbWEAoCkqPGThIXNoAKAUIOElc3VyZWRhbmdsZQCgISJyAADgNdgq3W8AAKAnIYABY2RuAMQfyR/bH3IAbwA7gLUAtUBhoiMi0B8AANMf1x9zAPQAKxFpAHIAAKDwKm8AdAA7gLcAt0B1AHMA4qESIh4TAADjH3WgOCIAoCoqYwHqH+0fcAAAoNsq8gB+GnAAbAB1APMACAgAAWRw9x/7H+UhbHMAoKciZgAA4DXYXt0AAWN0AyAHIHIAAOA12MLc8CFvcwCgPiJsobwDECAVIPQiaW1hcACguCJhAPAAEyAADEdMUlZhYmNkZWZnaGlqbG1vcHJzdHV2dzwgRyBmIG0geSCqILgg2iDeIBEhFSEyIUMhTSFQIZwhnyHSIQAiIyKLIrEivyIUIwABZ3RAIEMgAODZIjgD9uBrItIgBwmAAWVsdABNIF8gYiBmAHQAAAFhclMgWCByInJvdwAAoM0h6SRnaHRhcnJvdwCgziEA4NgiOAP24Goi0iBfCekkZ2h0YXJyb3cAoM8hAAFEZHEgdSDhIXNoAKCvIuEhc2gAoK4igAJiY25wdACCIIYgiSCNIKIgbABhAACgByL1IXRlRGFnAADgICLSIACiSSJFaW9wlSCYIJwgniAA4HAqOANkAADgSyI4A3MASWFyAG8A+AAyCnUAcgBhoG4mbADzoG4mmwjzAa8gAACzIHAAO4CgAKBAbQBwAOXgTiI4AyoJgAJhZW91eQDBIMogzSDWINkg8AHGIAAAyCAAoEMqbwBuAEhh5CFpbEZhbgBnAGSgRyJvAHQAAOBtKjgDcAAAoEIqPWThIXNoAKATIACjYCJBYWRxc3jpIO0g+SD+IAIhDCFyAHIAAKDXIXIAAAFocvIg9SBrAACgJClvoJch9wAGD28AdAAA4FAiOAN1AGkA9gC7CAABZWkGIQohYQByAACgKCntAN8I6SFzdPOgBCLlCHIAAOA12CvdAAJFZXN0/wgcISshLiHxoXEiIiEAABMJ8aFxIgAJAAAnIWwAYQBuAPQAEwlpAO0AGQlyoG8iAKBvIoABQWFwADghOyE/IXIA8gBeIHIAcgAAoK4hYQByAACg8ipzogsiSiEAAAAAxwtkoPwiAKD6ImMAeQBaZIADQUVhZGVzdABcIV8hYiFmIWkhkyGWIXIA8gBXIADgZiI4A3IAcgAAoJohcgAAoCUggKFwImZxcwBwIYQhjiF0AAABYXJ1IXohcgByAG8A9wBlIWkAZwBoAHQAYQByAHIAbwD3AD4h8aFwImAhAACKIWwAYQBuAPQAZwlz4H0qOAMAoG4iaQDtAG0JcqBuImkA5aDqIkUJaQDkADoKAAFwdKMhpyFmAADgNdhf3YCBrAA7aW4AriGvIcchrEBuAIChCSJFZHYAtyG6Ib8hAOD5IjgDbwB0AADg9SI4A+EB1gjEIcYhAKD3IgCg9iJpAHagDCLhAagJzyHRIQCg/iIAoP0igAFhb3IA2CHsIfEhcgCAoSYiYXN0AOAh5SHpIWwAbABlAOwAywhsAADg/SrlIADgAiI4A2wiaW50AACgFCrjoYAi9yEAAPohdQDlAJsJY+CvKjgDZaCAIvEAkwkAAkFhaXQHIgoiFyIeInIA8gBsIHIAcgAAoZshY3cRIhQiAOAzKTgDAOCdITgDZyRodGFycm93AACgmyFyAGkA5aDrIr4JgANjaGltcHF1AC8iPCJHIpwhTSJQIloigKGBImNlcgA2Iv0JOSJ1AOUABgoA4DXYw9zvIXJ0bQKdIQAAAABEImEAcgDhAOEhbQBloEEi8aBEIiYKYQDyAMsIcwB1AAABYnBWIlgi5QDUCeUA3wmAAWJjcABgInMieCKAoYQiRWVzAGci7glqIgDgxSo4A2UAdABl4IIi0iBxAPGgiCJoImMAZaCBIvEA/gmAoYUiRWVzAH8iFgqCIgDgxio4A2UAdABl4IMi0iBxAPGgiSKAIgACZ2lscpIilCKaIpwi7AAMCWwAZABlADuA8QDxQOcAWwlpI2FuZ2xlAAABbHKkIqoi5SFmdGWg6iLxAEUJaSJnaHQAZaDrIvEAvgltoL0DAKEjAGVzuCK8InIAbwAAoBYhcAAAoAcggARESGFkZ2lscnMAziLSItYi2iLeIugi7SICIw8j4SFzaACgrSLhIXJyAKAEKXAAAOBNItIg4SFzaACgrCIAAWV04iLlIgDgZSLSIADgPgDSIG4iZmluAACg3imAAUFldADzIvci+iJyAHIAAKACKQDgZCLSIHLgPADSIGkAZQAA4LQi0iAAAUF0BiMKI3IAcgAAoAMp8iFpZQDgtSLSIGkAbQAA4Dwi0iCAAUFhbgAaIx4jKiNyAHIAAKDWIXIAAAFociMjJiNrAACgIylvoJYh9wD/DuUhYXIAoCcpUxJqFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVCMAAF4jaSN/I4IjjSOeI8AUAAAAAKYjwCMAANoj3yMAAO8jHiQvJD8kRCQAAWNzVyNsFHUAdABlADuA8wDzQAABaXlhI2cjcgBjoJoiO4D0APRAPmSAAmFiaW9zAHEjdCN3I3EBeiNzAOgAdhTsIWFjUWF2AACgOCrvIWxkAKC8KewhaWdTYQABY3KFI4kjaQByAACgvykA4DXYLN1vA5QjAAAAAJYjAACcI24A22JhAHYAZQA7gPIA8kAAoMEpAAFibaEjjAphAHIAAKC1KQACYWNpdKwjryO6I70jcgDyAFkUAAFpcrMjtiNyAACgvinvIXNzAKC7KW4A5QDZCgCgwCmAAWFlaQDFI8gjyyNjAHIATWFnAGEAyWOAAWNkbgDRI9Qj1iPyIW9uv2MAoLYpdQDzAHgBcABmAADgNdhg3YABYWVsAOQj5yPrI3IAAKC3KXIAcAAAoLkpdQDzAHwBAKMoImFkaW9zdvkj/CMPJBMkFiQbJHIA8gBeFIChXSplZm0AAyQJJAwkcgBvoDQhZgAAoDQhO4CqAKpAO4C6ALpA5yFvZgCgtiJyAACgVipsIm9wZQAAoFcqAKBbKoABY2xvACMkJSQrJPIACCRhAHMAaAA7gPgA+EBsAACgmCJpAGwBMyQ4JGQAZQA7gPUA9UBlAHMAYaCXInMAAKA2Km0AbAA7gPYA9kDiIWFyAKA9I+EKXiQAAHokAAB8JJQkAACYJKkkAAAAALUkEQsAAPAkAAAAAAQleiUAAIMlcgCAoSUiYXN0AGUkbyQBCwCBtgA7bGokayS2QGwAZQDsABgDaQJ1JAAAAAB4JG0AAKDzKgCg/Sp5AD9kcgCAAmNpbXB0AIUkiCSLJJkSjyRuAHQAJWBvAGQALmBpAGwAAKAwIOUhbmsAoDEgcgAA4DXYLd2AAWltbwCdJKAkpCR2oMYD1WNtAGEA9AD+B24AZQAAoA4m9KHAA64kAAC0JGMjaGZvcmsAAKDUItZjAAFhdbgkxCRuAAABY2u9JMIkawBooA8hAKAOIfYAaRpzAACkKwBhYmNkZW1zdNMkIRPXJNsk4STjJOck6yTjIWlyAKAjKmkAcgAAoCIqAAFvdYsW3yQAoCUqAKByKm4AO4CxALFAaQBtAACgJip3AG8AAKAnKoABaXB1APUk+iT+JO4idGludACgFSpmAADgNdhh3W4AZAA7gKMAo0CApHoiRWFjZWlub3N1ABMlFSUYJRslTCVRJVklSSV1JQCgsypwAACgtyp1AOUAPwtjoK8qgKJ6ImFjZW5zACclLSU0JTYlSSVwAHAAcgBvAPgAFyV1AHIAbAB5AGUA8QA/C/EAOAuAAWFlcwA8JUElRSXwInByb3gAoLkqcQBxAACgtSppAG0AAKDoImkA7QBEC20AZQDzoDIgIguAAUVhcwBDJVclRSXwAEAlgAFkZnAATwtfJXElgAFhbHMAZSVpJW0l7CFhcgCgLiPpIW5lAKASI/UhcmYAoBMjdKAdIu8AWQvyIWVsAKCwIgABY2l9JYElcgAA4DXYxdzIY24iY3NwAACgCCAAA2Zpb3BzdZElKxuVJZolnyWkJXIAAOA12C7dcABmAADgNdhi3XIiaW1lAACgVyBjAHIAAOA12MbcgAFhZW8AqiW6JcAldAAAAWVpryW2JXIAbgBpAG8AbgDzABkFbgB0AACgFipzAHQAZaA/APEACRj0AG0LgApBQkhhYmNkZWZoaWxtbm9wcnN0dXgA4yXyJfYl+iVpJpAmpia9JtUm5ib4JlonaCdxJ3UnnietJ7EnyCfiJ+cngAFhcnQA6SXsJe4lcgDyAJkM8gD6AuEhaWwAoBwpYQByAPIA3BVhAHIAAKBkKYADY2RlbnFydAAGJhAmEyYYJiYmKyZaJgABZXUKJg0mAOA9IjEDdABlAFVhaQDjACAN7SJwdHl2AKCzKWcAgKHpJ2RlbAAgJiImJCYAoJIpAKClKeUA9wt1AG8AO4C7ALtAcgAApZIhYWJjZmhscHN0dz0mQCZFJkcmSiZMJk4mUSZVJlgmcAAAoHUpZqDlIXMAAKAgKQCgMylzAACgHinrALka8ACVHmwAAKBFKWkAbQAAoHQpbAAAoKMhAKCdIQABYWleJmImaQBsAACgGilvAG6gNiJhAGwA8wB2C4ABYWJyAG8mciZ2JnIA8gAvEnIAawAAoHMnAAFha3omgSZjAAABZWt/JoAmfWBdYAABZXOFJocmAKCMKWwAAAFkdYwmjiYAoI4pAKCQKQACYWV1eZcmmiajJqUm8iFvbllhAAFkaZ4moSZpAGwAV2HsAA8M4gCAJkBkAAJjbHFzrSawJrUmuiZhAACgNylkImhhcgAAoGkpdQBvAPKgHSCjAWgAAKCzIYABYWNnAMMm0iaUC2wAgKEcIWlwcwDLJs4migxuAOUAoAxhAHIA9ADaC3QAAKCtJYABaWxyANsm3ybjJvMhaHQAoH0pbwBvAPIANgwA4DXYL90AAWFv6ib1JnIAAAFkde8m8SYAoMEhbKDAIQCgbCl2oMED8WOAAWducwD+Jk4nUCdoAHQAAANhaGxyc3QKJxInISc1Jz0nRydyInJvdwB0oJIhYQDpAFYmYSNycG9vbgAAAWR1GiceJ28AdwDuAPAmcAAAoMAh5SFmdAABYWgnJy0ncgByAG8AdwDzAAkMYQByAHAAbwBvAG4A8wATBGklZ2h0YXJyb3dzAACgySFxAHUAaQBnAGEAcgByAG8A9wBZJugkcmVldGltZXMAoMwiZwDaYmkAbgBnAGQAbwB0AHMAZQDxABwYgAFhaG0AYCdjJ2YncgDyAAkMYQDyABMEAKAPIG8idXN0AGGgsSPjIWhlAKCxI+0haWQAoO4qAAJhYnB0fCeGJ4knmScAAW5ygCeDJ2cAAKDtJ3IAAKD+IXIA6wAcDIABYWZsAI8nkieVJ3IAAKCGKQDgNdhj3XUAcwAAoC4qaSJtZXMAAKA1KgABYXCiJ6gncgBnoCkAdAAAoJQp7yJsaW50AKASKmEAcgDyADwnAAJhY2hxuCe8J6EMwCfxIXVvAKA6IHIAAOA12MfcAAFidYAmxCdvAPKgGSCoAYABaGlyAM4n0ifWJ3IAZQDlAE0n7SFlcwCgyiJpAIChuSVlZmwAXAxjEt4n9CFyaQCgzinsInVoYXIAoGgpAKAeIWENBSgJKA0oSyhVKIYoAACLKLAoAAAAAOMo5ygAABApJCkxKW0pcSmHKaYpAACYKgAAAACxKmMidXRlAFthcQB1AO8ABR+ApHsiRWFjZWlucHN5ABwoHignKCooLygyKEEoRihJKACgtCrwASMoAAAlKACguCpvAG4AYWF1AOUAgw1koLAqaQBsAF9hcgBjAF1hgAFFYXMAOCg6KD0oAKC2KnAAAKC6KmkAbQAAoOki7yJsaW50AKATKmkA7QCIDUFkbwB0AGKixSKRFgAAAABTKACgZiqAA0FhY21zdHgAYChkKG8ocyh1KHkogihyAHIAAKDYIXIAAAFocmkoayjrAJAab6CYIfcAzAd0ADuApwCnQGkAO2D3IWFyAKApKW0AAAFpbn4ozQBuAHUA8wDOAHQAAKA2J3IA7+A12DDdIxkAAmFjb3mRKJUonSisKHIAcAAAoG8mAAFoeZkonChjAHkASWRIZHIAdABtAqUoAAAAAKgoaQDkAFsPYQByAGEA7ABsJDuArQCtQAABZ22zKLsobQBhAAChwwNmdroouijCY4CjPCJkZWdsbnByAMgozCjPKNMo1yjaKN4obwB0AACgairxoEMiCw5FoJ4qAKCgKkWgnSoAoJ8qZQAAoEYi7CF1cwCgJCrhIXJyAKByKWEAcgDyAPwMAAJhZWl07Sj8KAEpCCkAAWxz8Sj4KGwAcwBlAHQAbQDpAH8oaABwAACgMyrwImFyc2wAoOQpAAFkbFoPBSllAACgIyNloKoqc6CsKgDgrCoA/oABZmxwABUpGCkfKfQhY3lMZGKgLwBhoMQpcgAAoD8jZgAA4DXYZN1hAAABZHIoKRcDZQBzAHWgYCZpAHQAAKBgJoABY3N1ADYpRilhKQABYXU6KUApcABzoJMiAOCTIgD+cABzoJQiAOCUIgD+dQAAAWJwSylWKQChjyJlcz4NUCllAHQAZaCPIvEAPw0AoZAiZXNIDVspZQB0AGWgkCLxAEkNAKGhJWFmZilbBHIAZQFrKVwEAKChJWEAcgDyAAMNAAJjZW10dyl7KX8pgilyAADgNdjI3HQAbQDuAM4AaQDsAAYpYQByAOYAVw0AAWFyiimOKXIA5qAGJhESAAFhbpIpoylpImdodAAAAWVwmSmgKXAAcwBpAGwAbwDuANkXaADpAKAkcwCvYIACYmNtbnAArin8KY4NJSooKgCkgiJFZGVtbnByc7wpvinCKcgpzCnUKdgp3CkAoMUqbwB0AACgvSpkoIYibwB0AACgwyr1IWx0AKDBKgABRWXQKdIpAKDLKgCgiiLsIXVzAKC/KuEhcnIAoHkpgAFlaXUA4inxKfQpdAAAoYIiZW7oKewpcQDxoIYivSllAHEA8aCKItEpbQAAoMcqAAFicPgp+ikAoNUqAKDTKmMAgKJ7ImFjZW5zAAcqDSoUKhYqRihwAHAAcgBvAPgAIyh1AHIAbAB5AGUA8QCDDfEAfA2AAWFlcwAcKiIqPShwAHAAcgBvAPgAPChxAPEAOShnAACgaiYApoMiMTIzRWRlaGxtbnBzPCo/KkIqRSpHKlIqWCpjKmcqaypzKncqO4C5ALlAO4CyALJAO4CzALNAAKDGKgABb3NLKk4qdAAAoL4qdQBiAACg2CpkoIcibwB0AACgxCpzAAABb3VdKmAqbAAAoMknYgAAoNcq4SFycgCgeyn1IWx0AKDCKgABRWVvKnEqAKDMKgCgiyLsIXVzAKDAKoABZWl1AH0qjCqPKnQAAKGDImVugyqHKnEA8aCHIkYqZQBxAPGgiyJwKm0AAKDIKgABYnCTKpUqAKDUKgCg1iqAAUFhbgCdKqEqrCpyAHIAAKDZIXIAAAFocqYqqCrrAJUab6CZIfcAxQf3IWFyAKAqKWwAaQBnADuA3wDfQOELzyrZKtwq6SrsKvEqAAD1KjQrAAAAAAAAAAAAAEwrbCsAAHErvSsAAAAAAADRK3IC1CoAAAAA2CrnIWV0AKAWI8RjcgDrAOUKgAFhZXkA4SrkKucq8iFvbmVh5CFpbGNhQmRvAPQAIg5sInJlYwAAoBUjcgAA4DXYMd0AAmVpa2/7KhIrKCsuK/IBACsAAAkrZQAAATRm6g0EK28AcgDlAOsNYQBzorgDECsAAAAAEit5AG0A0WMAAWNuFislK2sAAAFhcxsrIStwAHAAcgBvAPgAFw5pAG0AAKA8InMA8AD9DQABYXMsKyEr8AAXDnIAbgA7gP4A/kDsATgrOyswG2QA5QBnAmUAcwCAgdcAO2JkAEMrRCtJK9dAYaCgInIAAKAxKgCgMCqAAWVwcwBRK1MraSvhAAkh4qKkIlsrXysAAAAAYytvAHQAAKA2I2kAcgAAoPEqb+A12GXdcgBrAACg2irhAHgociJpbWUAAKA0IIABYWlwAHYreSu3K2QA5QC+DYADYWRlbXBzdACFK6MrmiunK6wrsCuzK24iZ2xlAACitSVkbHFykCuUK5ornCvvIXduAKC/JeUhZnRloMMl8QACBwCgXCJpImdodABloLkl8QBdDG8AdAAAoOwlaSJudXMAAKA6KuwhdXMAoDkqYgAAoM0p6SFtZQCgOyrlInppdW0AoOIjgAFjaHQAwivKK80rAAFyecYrySsA4DXYydxGZGMAeQBbZPIhb2tnYQABaW/UK9creAD0ANERaCJlYWQAAAFsct4r5ytlAGYAdABhAHIAcgBvAPcAXQbpJGdodGFycm93AKCgIQAJQUhhYmNkZmdobG1vcHJzdHV3CiwNLBEsHSwnLDEsQCxLLFIsYix6LIQsjyzLLOgs7Sz/LAotcgDyAAkDYQByAACgYykAAWNyFSwbLHUAdABlADuA+gD6QPIACQ1yAOMBIywAACUseQBeZHYAZQBtYQABaXkrLDAscgBjADuA+wD7QENkgAFhYmgANyw6LD0scgDyANEO7CFhY3FhYQDyAOAOAAFpckQsSCzzIWh0AKB+KQDgNdgy3XIAYQB2AGUAO4D5APlAYQFWLF8scgAAAWxyWixcLACgvyEAoL4hbABrAACggCUAAWN0Zix2LG8CbCwAAAAAcyxyAG4AZaAcI3IAAKAcI28AcAAAoA8jcgBpAACg+CUAAWFsfiyBLGMAcgBrYTuAqACoQAABZ3CILIssbwBuAHNhZgAA4DXYZt0AA2FkaGxzdZksniynLLgsuyzFLHIAcgBvAPcACQ1vAHcAbgBhAHIAcgBvAPcA2A5hI3Jwb29uAAABbHKvLLMsZQBmAPQAWyxpAGcAaAD0AF0sdQDzAKYOaQAAocUDaGzBLMIs0mNvAG4AxWPwI2Fycm93cwCgyCGAAWNpdADRLOEs5CxvAtcsAAAAAN4scgBuAGWgHSNyAACgHSNvAHAAAKAOI24AZwBvYXIAaQAAoPklYwByAADgNdjK3IABZGlyAPMs9yz6LG8AdAAAoPAi7CFkZWlhaQBmoLUlAKC0JQABYW0DLQYtcgDyAMosbAA7gPwA/EDhIm5nbGUAoKcpgAdBQkRhY2RlZmxub3Byc3oAJy0qLTAtNC2bLZ0toS2/LcMtxy3TLdgt3C3gLfwtcgDyABADYQByAHag6CoAoOkqYQBzAOgA/gIAAW5yOC08LechcnQAoJwpgANla25wcnN0AJkpSC1NLVQtXi1iLYItYQBwAHAA4QAaHG8AdABoAGkAbgDnAKEXgAFoaXIAoSmzJFotbwBwAPQAdCVooJUh7wD4JgABaXVmLWotZwBtAOEAuygAAWJwbi14LXMjZXRuZXEAceCKIgD+AODLKgD+cyNldG5lcQBx4IsiAP4A4MwqAP4AAWhyhi2KLWUAdADhABIraSNhbmdsZQAAAWxyki2WLeUhZnQAoLIiaSJnaHQAAKCzInkAMmThIXNoAKCiIoABZWxyAKcttC24LWKiKCKuLQAAAACyLWEAcgAAoLsicQAAoFoi7CFpcACg7iIAAWJ0vC1eD2EA8gBfD3IAAOA12DPddAByAOkAlS1zAHUAAAFicM0t0C0A4IIi0iAA4IMi0iBwAGYAAOA12GfdcgBvAPAAWQt0AHIA6QCaLQABY3XkLegtcgAA4DXYy9wAAWJw7C30LW4AAAFFZXUt8S0A4IoiAP5uAAABRWV/LfktAOCLIgD+6SJnemFnAKCaKYADY2Vmb3BycwANLhAuJS4pLiMuLi40LukhcmN1YQABZGkULiEuAAFiZxguHC5hAHIAAKBfKmUAcaAnIgCgWSLlIXJwAKAYIXIAAOA12DTdcABmAADgNdho3WWgQCJhAHQA6ABqD2MAcgAA4DXYzNzjCuQRUC4AAFQuAABYLmIuAAAAAGMubS5wLnQuAAAAAIguki4AAJouJxIqEnQAcgDpAB0ScgAA4DXYNd0AAUFhWy5eLnIA8gDnAnIA8gCTB75jAAFBYWYuaS5yAPIA4AJyAPIAjAdhAPAAeh5pAHMAAKD7IoABZHB0APgReS6DLgABZmx9LoAuAOA12GnddQDzAP8RaQBtAOUABBIAAUFhiy6OLnIA8gDuAnIA8gCaBwABY3GVLgoScgAA4DXYzdwAAXB0nS6hLmwAdQDzACUScgDpACASAARhY2VmaW9zdbEuvC7ELsguzC7PLtQu2S5jAAABdXm2LrsudABlADuA/QD9QE9kAAFpecAuwy5yAGMAd2FLZG4AO4ClAKVAcgAA4DXYNt1jAHkAV2RwAGYAAOA12GrdYwByAADgNdjO3AABY23dLt8ueQBOZGwAO4D/AP9AAAVhY2RlZmhpb3N38y73Lv8uAi8MLxAvEy8YLx0vIi9jInV0ZQB6YQABYXn7Lv4u8iFvbn5hN2RvAHQAfGEAAWV0Bi8KL3QAcgDmAB8QYQC2Y3IAAOA12DfdYwB5ADZk5yJyYXJyAKDdIXAAZgAA4DXYa91jAHIAAOA12M/cAAFqbiYvKC8AoA0gagAAoAwg");

// node_modules/entities/dist/esm/generated/decode-data-xml.js
var xmlDecodeTree = /* @__PURE__ */ decodeBase64("AAJhZ2xxBwARABMAFQBtAg0AAAAAAA8AcAAmYG8AcwAnYHQAPmB0ADxg9SFvdCJg");

// node_modules/entities/dist/esm/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags3) {
  BinTrieFlags3[BinTrieFlags3["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags3[BinTrieFlags3["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags3[BinTrieFlags3["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags3[BinTrieFlags3["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/entities/dist/esm/decode.js
var CharCodes;
(function(CharCodes4) {
  CharCodes4[CharCodes4["NUM"] = 35] = "NUM";
  CharCodes4[CharCodes4["SEMI"] = 59] = "SEMI";
  CharCodes4[CharCodes4["EQUALS"] = 61] = "EQUALS";
  CharCodes4[CharCodes4["ZERO"] = 48] = "ZERO";
  CharCodes4[CharCodes4["NINE"] = 57] = "NINE";
  CharCodes4[CharCodes4["LOWER_A"] = 97] = "LOWER_A";
  CharCodes4[CharCodes4["LOWER_F"] = 102] = "LOWER_F";
  CharCodes4[CharCodes4["LOWER_X"] = 120] = "LOWER_X";
  CharCodes4[CharCodes4["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes4[CharCodes4["UPPER_A"] = 65] = "UPPER_A";
  CharCodes4[CharCodes4["UPPER_F"] = 70] = "UPPER_F";
  CharCodes4[CharCodes4["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
function isNumber(code) {
  return code >= CharCodes.ZERO && code <= CharCodes.NINE;
}
function isHexadecimalCharacter(code) {
  return code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_F || code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_F;
}
function isAsciiAlphaNumeric(code) {
  return code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_Z || code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_Z || isNumber(code);
}
function isEntityInAttributeInvalidEnd(code) {
  return code === CharCodes.EQUALS || isAsciiAlphaNumeric(code);
}
var EntityDecoderState;
(function(EntityDecoderState3) {
  EntityDecoderState3[EntityDecoderState3["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState3[EntityDecoderState3["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState3[EntityDecoderState3["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState3[EntityDecoderState3["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState3[EntityDecoderState3["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode3) {
  DecodingMode3[DecodingMode3["Legacy"] = 0] = "Legacy";
  DecodingMode3[DecodingMode3["Strict"] = 1] = "Strict";
  DecodingMode3[DecodingMode3["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var EntityDecoder = class {
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
    this.state = EntityDecoderState.EntityStart;
    this.consumed = 1;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.decodeMode = DecodingMode.Strict;
    this.runConsumed = 0;
  }
  /** Resets the instance to make it reusable. */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
    this.runConsumed = 0;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(input, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (input.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(input, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(input, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(input, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(input, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(input, offset);
      }
      case EntityDecoderState.NamedEntity: {
        return this.stateNamedEntity(input, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericStart(input, offset) {
    if (offset >= input.length) {
      return -1;
    }
    if ((input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(input, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(input, offset);
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(input, offset) {
    while (offset < input.length) {
      const char = input.charCodeAt(offset);
      if (isNumber(char) || isHexadecimalCharacter(char)) {
        const digit = char <= CharCodes.NINE ? char - CharCodes.ZERO : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
        this.result = this.result * 16 + digit;
        this.consumed++;
        offset++;
      } else {
        return this.emitNumericEntity(char, 3);
      }
    }
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(input, offset) {
    while (offset < input.length) {
      const char = input.charCodeAt(offset);
      if (isNumber(char)) {
        this.result = this.result * 10 + (char - CharCodes.ZERO);
        this.consumed++;
        offset++;
      } else {
        return this.emitNumericEntity(char, 2);
      }
    }
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   *
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    var _a3;
    if (this.consumed <= expectedLength) {
      (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode.Strict) {
      return 0;
    }
    this.emitCodePoint(replaceCodePoint(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(input, offset) {
    const { decodeTree } = this;
    let current = decodeTree[this.treeIndex];
    let valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
    while (offset < input.length) {
      if (valueLength === 0 && (current & BinTrieFlags.FLAG13) !== 0) {
        const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        if (this.runConsumed === 0) {
          const firstChar = current & BinTrieFlags.JUMP_TABLE;
          if (input.charCodeAt(offset) !== firstChar) {
            return this.result === 0 ? 0 : this.emitNotTerminatedNamedEntity();
          }
          offset++;
          this.excess++;
          this.runConsumed++;
        }
        while (this.runConsumed < runLength) {
          if (offset >= input.length) {
            return -1;
          }
          const charIndexInPacked = this.runConsumed - 1;
          const packedWord = decodeTree[this.treeIndex + 1 + (charIndexInPacked >> 1)];
          const expectedChar = charIndexInPacked % 2 === 0 ? packedWord & 255 : packedWord >> 8 & 255;
          if (input.charCodeAt(offset) !== expectedChar) {
            this.runConsumed = 0;
            return this.result === 0 ? 0 : this.emitNotTerminatedNamedEntity();
          }
          offset++;
          this.excess++;
          this.runConsumed++;
        }
        this.runConsumed = 0;
        this.treeIndex += 1 + (runLength >> 1);
        current = decodeTree[this.treeIndex];
        valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
      }
      if (offset >= input.length)
        break;
      const char = input.charCodeAt(offset);
      if (char === CharCodes.SEMI && valueLength !== 0 && (current & BinTrieFlags.FLAG13) !== 0) {
        return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
      }
      this.treeIndex = determineBranch(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
      if (this.treeIndex < 0) {
        return this.result === 0 || // If we are parsing an attribute
        this.decodeMode === DecodingMode.Attribute && // We shouldn't have consumed any characters after the entity,
        (valueLength === 0 || // And there should be no invalid characters.
        isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
      }
      current = decodeTree[this.treeIndex];
      valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
      if (valueLength !== 0) {
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
        }
        if (this.decodeMode !== DecodingMode.Strict && (current & BinTrieFlags.FLAG13) === 0) {
          this.result = this.treeIndex;
          this.consumed += this.excess;
          this.excess = 0;
        }
      }
      offset++;
      this.excess++;
    }
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   *
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    var _a3;
    const { result, decodeTree } = this;
    const valueLength = (decodeTree[result] & BinTrieFlags.VALUE_LENGTH) >> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   *
   * @param result The index of the entity in the decode tree.
   * @param valueLength The number of bytes in the entity.
   * @param consumed The number of characters consumed.
   *
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & ~(BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13) : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   *
   * @returns The number of characters consumed.
   */
  end() {
    var _a3;
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      case EntityDecoderState.EntityStart: {
        return 0;
      }
    }
  }
};
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (branchCount === 0) {
    return jumpOffset !== 0 && char === jumpOffset ? nodeIndex : -1;
  }
  if (jumpOffset) {
    const value = char - jumpOffset;
    return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIndex + value] - 1;
  }
  const packedKeySlots = branchCount + 1 >> 1;
  let lo = 0;
  let hi = branchCount - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const slot = mid >> 1;
    const packed = decodeTree[nodeIndex + slot];
    const midKey = packed >> (mid & 1) * 8 & 255;
    if (midKey < char) {
      lo = mid + 1;
    } else if (midKey > char) {
      hi = mid - 1;
    } else {
      return decodeTree[nodeIndex + packedKeySlots + mid];
    }
  }
  return -1;
}

// node_modules/htmlparser2/dist/esm/Tokenizer.js
var CharCodes2;
(function(CharCodes4) {
  CharCodes4[CharCodes4["Tab"] = 9] = "Tab";
  CharCodes4[CharCodes4["NewLine"] = 10] = "NewLine";
  CharCodes4[CharCodes4["FormFeed"] = 12] = "FormFeed";
  CharCodes4[CharCodes4["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes4[CharCodes4["Space"] = 32] = "Space";
  CharCodes4[CharCodes4["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes4[CharCodes4["Number"] = 35] = "Number";
  CharCodes4[CharCodes4["Amp"] = 38] = "Amp";
  CharCodes4[CharCodes4["SingleQuote"] = 39] = "SingleQuote";
  CharCodes4[CharCodes4["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes4[CharCodes4["Dash"] = 45] = "Dash";
  CharCodes4[CharCodes4["Slash"] = 47] = "Slash";
  CharCodes4[CharCodes4["Zero"] = 48] = "Zero";
  CharCodes4[CharCodes4["Nine"] = 57] = "Nine";
  CharCodes4[CharCodes4["Semi"] = 59] = "Semi";
  CharCodes4[CharCodes4["Lt"] = 60] = "Lt";
  CharCodes4[CharCodes4["Eq"] = 61] = "Eq";
  CharCodes4[CharCodes4["Gt"] = 62] = "Gt";
  CharCodes4[CharCodes4["Questionmark"] = 63] = "Questionmark";
  CharCodes4[CharCodes4["UpperA"] = 65] = "UpperA";
  CharCodes4[CharCodes4["LowerA"] = 97] = "LowerA";
  CharCodes4[CharCodes4["UpperF"] = 70] = "UpperF";
  CharCodes4[CharCodes4["LowerF"] = 102] = "LowerF";
  CharCodes4[CharCodes4["UpperZ"] = 90] = "UpperZ";
  CharCodes4[CharCodes4["LowerZ"] = 122] = "LowerZ";
  CharCodes4[CharCodes4["LowerX"] = 120] = "LowerX";
  CharCodes4[CharCodes4["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes2 || (CharCodes2 = {}));
var State;
(function(State2) {
  State2[State2["Text"] = 1] = "Text";
  State2[State2["BeforeTagName"] = 2] = "BeforeTagName";
  State2[State2["InTagName"] = 3] = "InTagName";
  State2[State2["InSelfClosingTag"] = 4] = "InSelfClosingTag";
  State2[State2["BeforeClosingTagName"] = 5] = "BeforeClosingTagName";
  State2[State2["InClosingTagName"] = 6] = "InClosingTagName";
  State2[State2["AfterClosingTagName"] = 7] = "AfterClosingTagName";
  State2[State2["BeforeAttributeName"] = 8] = "BeforeAttributeName";
  State2[State2["InAttributeName"] = 9] = "InAttributeName";
  State2[State2["AfterAttributeName"] = 10] = "AfterAttributeName";
  State2[State2["BeforeAttributeValue"] = 11] = "BeforeAttributeValue";
  State2[State2["InAttributeValueDq"] = 12] = "InAttributeValueDq";
  State2[State2["InAttributeValueSq"] = 13] = "InAttributeValueSq";
  State2[State2["InAttributeValueNq"] = 14] = "InAttributeValueNq";
  State2[State2["BeforeDeclaration"] = 15] = "BeforeDeclaration";
  State2[State2["InDeclaration"] = 16] = "InDeclaration";
  State2[State2["InProcessingInstruction"] = 17] = "InProcessingInstruction";
  State2[State2["BeforeComment"] = 18] = "BeforeComment";
  State2[State2["CDATASequence"] = 19] = "CDATASequence";
  State2[State2["InSpecialComment"] = 20] = "InSpecialComment";
  State2[State2["InCommentLike"] = 21] = "InCommentLike";
  State2[State2["BeforeSpecialS"] = 22] = "BeforeSpecialS";
  State2[State2["BeforeSpecialT"] = 23] = "BeforeSpecialT";
  State2[State2["SpecialStartSequence"] = 24] = "SpecialStartSequence";
  State2[State2["InSpecialTag"] = 25] = "InSpecialTag";
  State2[State2["InEntity"] = 26] = "InEntity";
})(State || (State = {}));
function isWhitespace(c) {
  return c === CharCodes2.Space || c === CharCodes2.NewLine || c === CharCodes2.Tab || c === CharCodes2.FormFeed || c === CharCodes2.CarriageReturn;
}
function isEndOfTagSection(c) {
  return c === CharCodes2.Slash || c === CharCodes2.Gt || isWhitespace(c);
}
function isASCIIAlpha(c) {
  return c >= CharCodes2.LowerA && c <= CharCodes2.LowerZ || c >= CharCodes2.UpperA && c <= CharCodes2.UpperZ;
}
var QuoteType;
(function(QuoteType2) {
  QuoteType2[QuoteType2["NoValue"] = 0] = "NoValue";
  QuoteType2[QuoteType2["Unquoted"] = 1] = "Unquoted";
  QuoteType2[QuoteType2["Single"] = 2] = "Single";
  QuoteType2[QuoteType2["Double"] = 3] = "Double";
})(QuoteType || (QuoteType = {}));
var Sequences = {
  Cdata: new Uint8Array([67, 68, 65, 84, 65, 91]),
  // CDATA[
  CdataEnd: new Uint8Array([93, 93, 62]),
  // ]]>
  CommentEnd: new Uint8Array([45, 45, 62]),
  // `-->`
  ScriptEnd: new Uint8Array([60, 47, 115, 99, 114, 105, 112, 116]),
  // `</script`
  StyleEnd: new Uint8Array([60, 47, 115, 116, 121, 108, 101]),
  // `</style`
  TitleEnd: new Uint8Array([60, 47, 116, 105, 116, 108, 101]),
  // `</title`
  TextareaEnd: new Uint8Array([
    60,
    47,
    116,
    101,
    120,
    116,
    97,
    114,
    101,
    97
  ]),
  // `</textarea`
  XmpEnd: new Uint8Array([60, 47, 120, 109, 112])
  // `</xmp`
};
var Tokenizer = class {
  constructor({ xmlMode = false, decodeEntities = true }, cbs) {
    this.cbs = cbs;
    this.state = State.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.entityStart = 0;
    this.baseState = State.Text;
    this.isSpecial = false;
    this.running = true;
    this.offset = 0;
    this.currentSequence = void 0;
    this.sequenceIndex = 0;
    this.xmlMode = xmlMode;
    this.decodeEntities = decodeEntities;
    this.entityDecoder = new EntityDecoder(xmlMode ? xmlDecodeTree : htmlDecodeTree, (cp, consumed) => this.emitCodePoint(cp, consumed));
  }
  reset() {
    this.state = State.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.baseState = State.Text;
    this.currentSequence = void 0;
    this.running = true;
    this.offset = 0;
  }
  write(chunk) {
    this.offset += this.buffer.length;
    this.buffer = chunk;
    this.parse();
  }
  end() {
    if (this.running)
      this.finish();
  }
  pause() {
    this.running = false;
  }
  resume() {
    this.running = true;
    if (this.index < this.buffer.length + this.offset) {
      this.parse();
    }
  }
  stateText(c) {
    if (c === CharCodes2.Lt || !this.decodeEntities && this.fastForwardTo(CharCodes2.Lt)) {
      if (this.index > this.sectionStart) {
        this.cbs.ontext(this.sectionStart, this.index);
      }
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateSpecialStartSequence(c) {
    const isEnd = this.sequenceIndex === this.currentSequence.length;
    const isMatch = isEnd ? (
      // If we are at the end of the sequence, make sure the tag name has ended
      isEndOfTagSection(c)
    ) : (
      // Otherwise, do a case-insensitive comparison
      (c | 32) === this.currentSequence[this.sequenceIndex]
    );
    if (!isMatch) {
      this.isSpecial = false;
    } else if (!isEnd) {
      this.sequenceIndex++;
      return;
    }
    this.sequenceIndex = 0;
    this.state = State.InTagName;
    this.stateInTagName(c);
  }
  /** Look for an end tag. For <title> tags, also decode entities. */
  stateInSpecialTag(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (c === CharCodes2.Gt || isWhitespace(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) {
          const actualIndex = this.index;
          this.index = endOfText;
          this.cbs.ontext(this.sectionStart, endOfText);
          this.index = actualIndex;
        }
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (this.currentSequence === Sequences.TitleEnd) {
        if (this.decodeEntities && c === CharCodes2.Amp) {
          this.startEntity();
        }
      } else if (this.fastForwardTo(CharCodes2.Lt)) {
        this.sequenceIndex = 1;
      }
    } else {
      this.sequenceIndex = Number(c === CharCodes2.Lt);
    }
  }
  stateCDATASequence(c) {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      this.state = State.InDeclaration;
      this.stateInDeclaration(c);
    }
  }
  /**
   * When we wait for one specific character, we can speed things up
   * by skipping through the buffer until we find it.
   *
   * @returns Whether the character was found.
   */
  fastForwardTo(c) {
    while (++this.index < this.buffer.length + this.offset) {
      if (this.buffer.charCodeAt(this.index - this.offset) === c) {
        return true;
      }
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  /**
   * Comments and CDATA end with `-->` and `]]>`.
   *
   * Their common qualities are:
   * - Their end sequences have a distinct character they start with.
   * - That character is then repeated, so we have to check multiple repeats.
   * - All characters but the start character of the sequence can be skipped.
   */
  stateInCommentLike(c) {
    if (c === this.currentSequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === this.currentSequence.length) {
        if (this.currentSequence === Sequences.CdataEnd) {
          this.cbs.oncdata(this.sectionStart, this.index, 2);
        } else {
          this.cbs.oncomment(this.sectionStart, this.index, 2);
        }
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = State.Text;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(this.currentSequence[0])) {
        this.sequenceIndex = 1;
      }
    } else if (c !== this.currentSequence[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }
  /**
   * HTML only allows ASCII alpha characters (a-z and A-Z) at the beginning of a tag name.
   *
   * XML allows a lot more characters here (@see https://www.w3.org/TR/REC-xml/#NT-NameStartChar).
   * We allow anything that wouldn't end the tag.
   */
  isTagStartChar(c) {
    return this.xmlMode ? !isEndOfTagSection(c) : isASCIIAlpha(c);
  }
  startSpecial(sequence, offset) {
    this.isSpecial = true;
    this.currentSequence = sequence;
    this.sequenceIndex = offset;
    this.state = State.SpecialStartSequence;
  }
  stateBeforeTagName(c) {
    if (c === CharCodes2.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Questionmark) {
      this.state = State.InProcessingInstruction;
      this.sectionStart = this.index + 1;
    } else if (this.isTagStartChar(c)) {
      const lower = c | 32;
      this.sectionStart = this.index;
      if (this.xmlMode) {
        this.state = State.InTagName;
      } else if (lower === Sequences.ScriptEnd[2]) {
        this.state = State.BeforeSpecialS;
      } else if (lower === Sequences.TitleEnd[2] || lower === Sequences.XmpEnd[2]) {
        this.state = State.BeforeSpecialT;
      } else {
        this.state = State.InTagName;
      }
    } else if (c === CharCodes2.Slash) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }
  stateInTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateBeforeClosingTagName(c) {
    if (isWhitespace(c)) {
    } else if (c === CharCodes2.Gt) {
      this.state = State.Text;
    } else {
      this.state = this.isTagStartChar(c) ? State.InClosingTagName : State.InSpecialComment;
      this.sectionStart = this.index;
    }
  }
  stateInClosingTagName(c) {
    if (c === CharCodes2.Gt || isWhitespace(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }
  stateAfterClosingTagName(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeAttributeName(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onopentagend(this.index);
      if (this.isSpecial) {
        this.state = State.InSpecialTag;
        this.sequenceIndex = 0;
      } else {
        this.state = State.Text;
      }
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Slash) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateInSelfClosingTag(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
      this.isSpecial = false;
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateInAttributeName(c) {
    if (c === CharCodes2.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }
  stateAfterAttributeName(c) {
    if (c === CharCodes2.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === CharCodes2.Slash || c === CharCodes2.Gt) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateBeforeAttributeValue(c) {
    if (c === CharCodes2.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.SingleQuote) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }
  handleInAttributeValue(c, quote) {
    if (c === quote || !this.decodeEntities && this.fastForwardTo(quote)) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote === CharCodes2.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
      this.state = State.BeforeAttributeName;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateInAttributeValueDoubleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.DoubleQuote);
  }
  stateInAttributeValueSingleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.SingleQuote);
  }
  stateInAttributeValueNoQuotes(c) {
    if (isWhitespace(c) || c === CharCodes2.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateBeforeDeclaration(c) {
    if (c === CharCodes2.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else {
      this.state = c === CharCodes2.Dash ? State.BeforeComment : State.InDeclaration;
    }
  }
  stateInDeclaration(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateInProcessingInstruction(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeComment(c) {
    if (c === CharCodes2.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      this.sequenceIndex = 2;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InDeclaration;
    }
  }
  stateInSpecialComment(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeSpecialS(c) {
    const lower = c | 32;
    if (lower === Sequences.ScriptEnd[3]) {
      this.startSpecial(Sequences.ScriptEnd, 4);
    } else if (lower === Sequences.StyleEnd[3]) {
      this.startSpecial(Sequences.StyleEnd, 4);
    } else {
      this.state = State.InTagName;
      this.stateInTagName(c);
    }
  }
  stateBeforeSpecialT(c) {
    const lower = c | 32;
    switch (lower) {
      case Sequences.TitleEnd[3]: {
        this.startSpecial(Sequences.TitleEnd, 4);
        break;
      }
      case Sequences.TextareaEnd[3]: {
        this.startSpecial(Sequences.TextareaEnd, 4);
        break;
      }
      case Sequences.XmpEnd[3]: {
        this.startSpecial(Sequences.XmpEnd, 4);
        break;
      }
      default: {
        this.state = State.InTagName;
        this.stateInTagName(c);
      }
    }
  }
  startEntity() {
    this.baseState = this.state;
    this.state = State.InEntity;
    this.entityStart = this.index;
    this.entityDecoder.startEntity(this.xmlMode ? DecodingMode.Strict : this.baseState === State.Text || this.baseState === State.InSpecialTag ? DecodingMode.Legacy : DecodingMode.Attribute);
  }
  stateInEntity() {
    const indexInBuffer = this.index - this.offset;
    const length = this.entityDecoder.write(this.buffer, indexInBuffer);
    if (length >= 0) {
      this.state = this.baseState;
      if (length === 0) {
        this.index -= 1;
      }
    } else {
      if (indexInBuffer < this.buffer.length && this.buffer.charCodeAt(indexInBuffer) === CharCodes2.Amp) {
        this.state = this.baseState;
        this.index -= 1;
        return;
      }
      this.index = this.offset + this.buffer.length - 1;
    }
  }
  /**
   * Remove data that has already been consumed from the buffer.
   */
  cleanup() {
    if (this.running && this.sectionStart !== this.index) {
      if (this.state === State.Text || this.state === State.InSpecialTag && this.sequenceIndex === 0) {
        this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (this.state === State.InAttributeValueDq || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueNq) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
  }
  shouldContinue() {
    return this.index < this.buffer.length + this.offset && this.running;
  }
  /**
   * Iterates through the buffer, calling the function corresponding to the current state.
   *
   * States that are more likely to be hit are higher up, as a performance improvement.
   */
  parse() {
    while (this.shouldContinue()) {
      const c = this.buffer.charCodeAt(this.index - this.offset);
      switch (this.state) {
        case State.Text: {
          this.stateText(c);
          break;
        }
        case State.SpecialStartSequence: {
          this.stateSpecialStartSequence(c);
          break;
        }
        case State.InSpecialTag: {
          this.stateInSpecialTag(c);
          break;
        }
        case State.CDATASequence: {
          this.stateCDATASequence(c);
          break;
        }
        case State.InAttributeValueDq: {
          this.stateInAttributeValueDoubleQuotes(c);
          break;
        }
        case State.InAttributeName: {
          this.stateInAttributeName(c);
          break;
        }
        case State.InCommentLike: {
          this.stateInCommentLike(c);
          break;
        }
        case State.InSpecialComment: {
          this.stateInSpecialComment(c);
          break;
        }
        case State.BeforeAttributeName: {
          this.stateBeforeAttributeName(c);
          break;
        }
        case State.InTagName: {
          this.stateInTagName(c);
          break;
        }
        case State.InClosingTagName: {
          this.stateInClosingTagName(c);
          break;
        }
        case State.BeforeTagName: {
          this.stateBeforeTagName(c);
          break;
        }
        case State.AfterAttributeName: {
          this.stateAfterAttributeName(c);
          break;
        }
        case State.InAttributeValueSq: {
          this.stateInAttributeValueSingleQuotes(c);
          break;
        }
        case State.BeforeAttributeValue: {
          this.stateBeforeAttributeValue(c);
          break;
        }
        case State.BeforeClosingTagName: {
          this.stateBeforeClosingTagName(c);
          break;
        }
        case State.AfterClosingTagName: {
          this.stateAfterClosingTagName(c);
          break;
        }
        case State.BeforeSpecialS: {
          this.stateBeforeSpecialS(c);
          break;
        }
        case State.BeforeSpecialT: {
          this.stateBeforeSpecialT(c);
          break;
        }
        case State.InAttributeValueNq: {
          this.stateInAttributeValueNoQuotes(c);
          break;
        }
        case State.InSelfClosingTag: {
          this.stateInSelfClosingTag(c);
          break;
        }
        case State.InDeclaration: {
          this.stateInDeclaration(c);
          break;
        }
        case State.BeforeDeclaration: {
          this.stateBeforeDeclaration(c);
          break;
        }
        case State.BeforeComment: {
          this.stateBeforeComment(c);
          break;
        }
        case State.InProcessingInstruction: {
          this.stateInProcessingInstruction(c);
          break;
        }
        case State.InEntity: {
          this.stateInEntity();
          break;
        }
      }
      this.index++;
    }
    this.cleanup();
  }
  finish() {
    if (this.state === State.InEntity) {
      this.entityDecoder.end();
      this.state = this.baseState;
    }
    this.handleTrailingData();
    this.cbs.onend();
  }
  /** Handle any trailing data. */
  handleTrailingData() {
    const endIndex = this.buffer.length + this.offset;
    if (this.sectionStart >= endIndex) {
      return;
    }
    if (this.state === State.InCommentLike) {
      if (this.currentSequence === Sequences.CdataEnd) {
        this.cbs.oncdata(this.sectionStart, endIndex, 0);
      } else {
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
      }
    } else if (this.state === State.InTagName || this.state === State.BeforeAttributeName || this.state === State.BeforeAttributeValue || this.state === State.AfterAttributeName || this.state === State.InAttributeName || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueDq || this.state === State.InAttributeValueNq || this.state === State.InClosingTagName) {
    } else {
      this.cbs.ontext(this.sectionStart, endIndex);
    }
  }
  emitCodePoint(cp, consumed) {
    if (this.baseState !== State.Text && this.baseState !== State.InSpecialTag) {
      if (this.sectionStart < this.entityStart) {
        this.cbs.onattribdata(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.onattribentity(cp);
    } else {
      if (this.sectionStart < this.entityStart) {
        this.cbs.ontext(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.ontextentity(cp, this.sectionStart);
    }
  }
};

// node_modules/htmlparser2/dist/esm/Parser.js
var formTags = /* @__PURE__ */ new Set([
  "input",
  "option",
  "optgroup",
  "select",
  "button",
  "datalist",
  "textarea"
]);
var pTag = /* @__PURE__ */ new Set(["p"]);
var tableSectionTags = /* @__PURE__ */ new Set(["thead", "tbody"]);
var ddtTags = /* @__PURE__ */ new Set(["dd", "dt"]);
var rtpTags = /* @__PURE__ */ new Set(["rt", "rp"]);
var openImpliesClose = /* @__PURE__ */ new Map([
  ["tr", /* @__PURE__ */ new Set(["tr", "th", "td"])],
  ["th", /* @__PURE__ */ new Set(["th"])],
  ["td", /* @__PURE__ */ new Set(["thead", "th", "td"])],
  ["body", /* @__PURE__ */ new Set(["head", "link", "script"])],
  ["li", /* @__PURE__ */ new Set(["li"])],
  ["p", pTag],
  ["h1", pTag],
  ["h2", pTag],
  ["h3", pTag],
  ["h4", pTag],
  ["h5", pTag],
  ["h6", pTag],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", /* @__PURE__ */ new Set(["option"])],
  ["optgroup", /* @__PURE__ */ new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["address", pTag],
  ["article", pTag],
  ["aside", pTag],
  ["blockquote", pTag],
  ["details", pTag],
  ["div", pTag],
  ["dl", pTag],
  ["fieldset", pTag],
  ["figcaption", pTag],
  ["figure", pTag],
  ["footer", pTag],
  ["form", pTag],
  ["header", pTag],
  ["hr", pTag],
  ["main", pTag],
  ["nav", pTag],
  ["ol", pTag],
  ["pre", pTag],
  ["section", pTag],
  ["table", pTag],
  ["ul", pTag],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags]
]);
var voidElements = /* @__PURE__ */ new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
]);
var foreignContextElements = /* @__PURE__ */ new Set(["math", "svg"]);
var htmlIntegrationElements = /* @__PURE__ */ new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignobject",
  "desc",
  "title"
]);
var reNameEnd = /\s|\//;
var Parser = class {
  constructor(cbs, options2 = {}) {
    var _a3, _b, _c, _d, _e, _f;
    this.options = options2;
    this.startIndex = 0;
    this.endIndex = 0;
    this.openTagStart = 0;
    this.tagname = "";
    this.attribname = "";
    this.attribvalue = "";
    this.attribs = null;
    this.stack = [];
    this.buffers = [];
    this.bufferOffset = 0;
    this.writeIndex = 0;
    this.ended = false;
    this.cbs = cbs !== null && cbs !== void 0 ? cbs : {};
    this.htmlMode = !this.options.xmlMode;
    this.lowerCaseTagNames = (_a3 = options2.lowerCaseTags) !== null && _a3 !== void 0 ? _a3 : this.htmlMode;
    this.lowerCaseAttributeNames = (_b = options2.lowerCaseAttributeNames) !== null && _b !== void 0 ? _b : this.htmlMode;
    this.recognizeSelfClosing = (_c = options2.recognizeSelfClosing) !== null && _c !== void 0 ? _c : !this.htmlMode;
    this.tokenizer = new ((_d = options2.Tokenizer) !== null && _d !== void 0 ? _d : Tokenizer)(this.options, this);
    this.foreignContext = [!this.htmlMode];
    (_f = (_e = this.cbs).onparserinit) === null || _f === void 0 ? void 0 : _f.call(_e, this);
  }
  // Tokenizer event handlers
  /** @internal */
  ontext(start, endIndex) {
    var _a3, _b;
    const data = this.getSlice(start, endIndex);
    this.endIndex = endIndex - 1;
    (_b = (_a3 = this.cbs).ontext) === null || _b === void 0 ? void 0 : _b.call(_a3, data);
    this.startIndex = endIndex;
  }
  /** @internal */
  ontextentity(cp, endIndex) {
    var _a3, _b;
    this.endIndex = endIndex - 1;
    (_b = (_a3 = this.cbs).ontext) === null || _b === void 0 ? void 0 : _b.call(_a3, fromCodePoint(cp));
    this.startIndex = endIndex;
  }
  /**
   * Checks if the current tag is a void element. Override this if you want
   * to specify your own additional void elements.
   */
  isVoidElement(name) {
    return this.htmlMode && voidElements.has(name);
  }
  /** @internal */
  onopentagname(start, endIndex) {
    this.endIndex = endIndex;
    let name = this.getSlice(start, endIndex);
    if (this.lowerCaseTagNames) {
      name = name.toLowerCase();
    }
    this.emitOpenTag(name);
  }
  emitOpenTag(name) {
    var _a3, _b, _c, _d;
    this.openTagStart = this.startIndex;
    this.tagname = name;
    const impliesClose = this.htmlMode && openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[0])) {
        const element = this.stack.shift();
        (_b = (_a3 = this.cbs).onclosetag) === null || _b === void 0 ? void 0 : _b.call(_a3, element, true);
      }
    }
    if (!this.isVoidElement(name)) {
      this.stack.unshift(name);
      if (this.htmlMode) {
        if (foreignContextElements.has(name)) {
          this.foreignContext.unshift(true);
        } else if (htmlIntegrationElements.has(name)) {
          this.foreignContext.unshift(false);
        }
      }
    }
    (_d = (_c = this.cbs).onopentagname) === null || _d === void 0 ? void 0 : _d.call(_c, name);
    if (this.cbs.onopentag)
      this.attribs = {};
  }
  endOpenTag(isImplied) {
    var _a3, _b;
    this.startIndex = this.openTagStart;
    if (this.attribs) {
      (_b = (_a3 = this.cbs).onopentag) === null || _b === void 0 ? void 0 : _b.call(_a3, this.tagname, this.attribs, isImplied);
      this.attribs = null;
    }
    if (this.cbs.onclosetag && this.isVoidElement(this.tagname)) {
      this.cbs.onclosetag(this.tagname, true);
    }
    this.tagname = "";
  }
  /** @internal */
  onopentagend(endIndex) {
    this.endIndex = endIndex;
    this.endOpenTag(false);
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onclosetag(start, endIndex) {
    var _a3, _b, _c, _d, _e, _f, _g, _h;
    this.endIndex = endIndex;
    let name = this.getSlice(start, endIndex);
    if (this.lowerCaseTagNames) {
      name = name.toLowerCase();
    }
    if (this.htmlMode && (foreignContextElements.has(name) || htmlIntegrationElements.has(name))) {
      this.foreignContext.shift();
    }
    if (!this.isVoidElement(name)) {
      const pos = this.stack.indexOf(name);
      if (pos !== -1) {
        for (let index = 0; index <= pos; index++) {
          const element = this.stack.shift();
          (_b = (_a3 = this.cbs).onclosetag) === null || _b === void 0 ? void 0 : _b.call(_a3, element, index !== pos);
        }
      } else if (this.htmlMode && name === "p") {
        this.emitOpenTag("p");
        this.closeCurrentTag(true);
      }
    } else if (this.htmlMode && name === "br") {
      (_d = (_c = this.cbs).onopentagname) === null || _d === void 0 ? void 0 : _d.call(_c, "br");
      (_f = (_e = this.cbs).onopentag) === null || _f === void 0 ? void 0 : _f.call(_e, "br", {}, true);
      (_h = (_g = this.cbs).onclosetag) === null || _h === void 0 ? void 0 : _h.call(_g, "br", false);
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onselfclosingtag(endIndex) {
    this.endIndex = endIndex;
    if (this.recognizeSelfClosing || this.foreignContext[0]) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      this.onopentagend(endIndex);
    }
  }
  closeCurrentTag(isOpenImplied) {
    var _a3, _b;
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.stack[0] === name) {
      (_b = (_a3 = this.cbs).onclosetag) === null || _b === void 0 ? void 0 : _b.call(_a3, name, !isOpenImplied);
      this.stack.shift();
    }
  }
  /** @internal */
  onattribname(start, endIndex) {
    this.startIndex = start;
    const name = this.getSlice(start, endIndex);
    this.attribname = this.lowerCaseAttributeNames ? name.toLowerCase() : name;
  }
  /** @internal */
  onattribdata(start, endIndex) {
    this.attribvalue += this.getSlice(start, endIndex);
  }
  /** @internal */
  onattribentity(cp) {
    this.attribvalue += fromCodePoint(cp);
  }
  /** @internal */
  onattribend(quote, endIndex) {
    var _a3, _b;
    this.endIndex = endIndex;
    (_b = (_a3 = this.cbs).onattribute) === null || _b === void 0 ? void 0 : _b.call(_a3, this.attribname, this.attribvalue, quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : quote === QuoteType.NoValue ? void 0 : null);
    if (this.attribs && !Object.prototype.hasOwnProperty.call(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = "";
  }
  getInstructionName(value) {
    const index = value.search(reNameEnd);
    let name = index < 0 ? value : value.substr(0, index);
    if (this.lowerCaseTagNames) {
      name = name.toLowerCase();
    }
    return name;
  }
  /** @internal */
  ondeclaration(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`!${name}`, `!${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onprocessinginstruction(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`?${name}`, `?${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  oncomment(start, endIndex, offset) {
    var _a3, _b, _c, _d;
    this.endIndex = endIndex;
    (_b = (_a3 = this.cbs).oncomment) === null || _b === void 0 ? void 0 : _b.call(_a3, this.getSlice(start, endIndex - offset));
    (_d = (_c = this.cbs).oncommentend) === null || _d === void 0 ? void 0 : _d.call(_c);
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  oncdata(start, endIndex, offset) {
    var _a3, _b, _c, _d, _e, _f, _g, _h, _j, _k;
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex - offset);
    if (!this.htmlMode || this.options.recognizeCDATA) {
      (_b = (_a3 = this.cbs).oncdatastart) === null || _b === void 0 ? void 0 : _b.call(_a3);
      (_d = (_c = this.cbs).ontext) === null || _d === void 0 ? void 0 : _d.call(_c, value);
      (_f = (_e = this.cbs).oncdataend) === null || _f === void 0 ? void 0 : _f.call(_e);
    } else {
      (_h = (_g = this.cbs).oncomment) === null || _h === void 0 ? void 0 : _h.call(_g, `[CDATA[${value}]]`);
      (_k = (_j = this.cbs).oncommentend) === null || _k === void 0 ? void 0 : _k.call(_j);
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onend() {
    var _a3, _b;
    if (this.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (let index = 0; index < this.stack.length; index++) {
        this.cbs.onclosetag(this.stack[index], true);
      }
    }
    (_b = (_a3 = this.cbs).onend) === null || _b === void 0 ? void 0 : _b.call(_a3);
  }
  /**
   * Resets the parser to a blank state, ready to parse a new HTML document
   */
  reset() {
    var _a3, _b, _c, _d;
    (_b = (_a3 = this.cbs).onreset) === null || _b === void 0 ? void 0 : _b.call(_a3);
    this.tokenizer.reset();
    this.tagname = "";
    this.attribname = "";
    this.attribs = null;
    this.stack.length = 0;
    this.startIndex = 0;
    this.endIndex = 0;
    (_d = (_c = this.cbs).onparserinit) === null || _d === void 0 ? void 0 : _d.call(_c, this);
    this.buffers.length = 0;
    this.foreignContext.length = 0;
    this.foreignContext.unshift(!this.htmlMode);
    this.bufferOffset = 0;
    this.writeIndex = 0;
    this.ended = false;
  }
  /**
   * Resets the parser, then parses a complete document and
   * pushes it to the handler.
   *
   * @param data Document to parse.
   */
  parseComplete(data) {
    this.reset();
    this.end(data);
  }
  getSlice(start, end) {
    while (start - this.bufferOffset >= this.buffers[0].length) {
      this.shiftBuffer();
    }
    let slice = this.buffers[0].slice(start - this.bufferOffset, end - this.bufferOffset);
    while (end - this.bufferOffset > this.buffers[0].length) {
      this.shiftBuffer();
      slice += this.buffers[0].slice(0, end - this.bufferOffset);
    }
    return slice;
  }
  shiftBuffer() {
    this.bufferOffset += this.buffers[0].length;
    this.writeIndex--;
    this.buffers.shift();
  }
  /**
   * Parses a chunk of data and calls the corresponding callbacks.
   *
   * @param chunk Chunk to parse.
   */
  write(chunk) {
    var _a3, _b;
    if (this.ended) {
      (_b = (_a3 = this.cbs).onerror) === null || _b === void 0 ? void 0 : _b.call(_a3, new Error(".write() after done!"));
      return;
    }
    this.buffers.push(chunk);
    if (this.tokenizer.running) {
      this.tokenizer.write(chunk);
      this.writeIndex++;
    }
  }
  /**
   * Parses the end of the buffer and clears the stack, calls onend.
   *
   * @param chunk Optional final chunk to parse.
   */
  end(chunk) {
    var _a3, _b;
    if (this.ended) {
      (_b = (_a3 = this.cbs).onerror) === null || _b === void 0 ? void 0 : _b.call(_a3, new Error(".end() after done!"));
      return;
    }
    if (chunk)
      this.write(chunk);
    this.ended = true;
    this.tokenizer.end();
  }
  /**
   * Pauses parsing. The parser won't emit events until `resume` is called.
   */
  pause() {
    this.tokenizer.pause();
  }
  /**
   * Resumes parsing after `pause` was called.
   */
  resume() {
    this.tokenizer.resume();
    while (this.tokenizer.running && this.writeIndex < this.buffers.length) {
      this.tokenizer.write(this.buffers[this.writeIndex++]);
    }
    if (this.ended)
      this.tokenizer.end();
  }
  /**
   * Alias of `write`, for backwards compatibility.
   *
   * @param chunk Chunk to parse.
   * @deprecated
   */
  parseChunk(chunk) {
    this.write(chunk);
  }
  /**
   * Alias of `end`, for backwards compatibility.
   *
   * @param chunk Optional final chunk to parse.
   * @deprecated
   */
  done(chunk) {
    this.end(chunk);
  }
};

// node_modules/domelementtype/lib/esm/index.js
var ElementType;
(function(ElementType2) {
  ElementType2["Root"] = "root";
  ElementType2["Text"] = "text";
  ElementType2["Directive"] = "directive";
  ElementType2["Comment"] = "comment";
  ElementType2["Script"] = "script";
  ElementType2["Style"] = "style";
  ElementType2["Tag"] = "tag";
  ElementType2["CDATA"] = "cdata";
  ElementType2["Doctype"] = "doctype";
})(ElementType || (ElementType = {}));
var Root = ElementType.Root;
var Text = ElementType.Text;
var Directive = ElementType.Directive;
var Comment = ElementType.Comment;
var Script = ElementType.Script;
var Style = ElementType.Style;
var Tag = ElementType.Tag;
var CDATA = ElementType.CDATA;
var Doctype = ElementType.Doctype;

// node_modules/dom-serializer/node_modules/entities/lib/esm/generated/decode-data-html.js
var decode_data_html_default = new Uint16Array(
  // prettier-ignore
  '\u1D41<\xD5\u0131\u028A\u049D\u057B\u05D0\u0675\u06DE\u07A2\u07D6\u080F\u0A4A\u0A91\u0DA1\u0E6D\u0F09\u0F26\u10CA\u1228\u12E1\u1415\u149D\u14C3\u14DF\u1525\0\0\0\0\0\0\u156B\u16CD\u198D\u1C12\u1DDD\u1F7E\u2060\u21B0\u228D\u23C0\u23FB\u2442\u2824\u2912\u2D08\u2E48\u2FCE\u3016\u32BA\u3639\u37AC\u38FE\u3A28\u3A71\u3AE0\u3B2E\u0800EMabcfglmnoprstu\\bfms\x7F\x84\x8B\x90\x95\x98\xA6\xB3\xB9\xC8\xCFlig\u803B\xC6\u40C6P\u803B&\u4026cute\u803B\xC1\u40C1reve;\u4102\u0100iyx}rc\u803B\xC2\u40C2;\u4410r;\uC000\u{1D504}rave\u803B\xC0\u40C0pha;\u4391acr;\u4100d;\u6A53\u0100gp\x9D\xA1on;\u4104f;\uC000\u{1D538}plyFunction;\u6061ing\u803B\xC5\u40C5\u0100cs\xBE\xC3r;\uC000\u{1D49C}ign;\u6254ilde\u803B\xC3\u40C3ml\u803B\xC4\u40C4\u0400aceforsu\xE5\xFB\xFE\u0117\u011C\u0122\u0127\u012A\u0100cr\xEA\xF2kslash;\u6216\u0176\xF6\xF8;\u6AE7ed;\u6306y;\u4411\u0180crt\u0105\u010B\u0114ause;\u6235noullis;\u612Ca;\u4392r;\uC000\u{1D505}pf;\uC000\u{1D539}eve;\u42D8c\xF2\u0113mpeq;\u624E\u0700HOacdefhilorsu\u014D\u0151\u0156\u0180\u019E\u01A2\u01B5\u01B7\u01BA\u01DC\u0215\u0273\u0278\u027Ecy;\u4427PY\u803B\xA9\u40A9\u0180cpy\u015D\u0162\u017Aute;\u4106\u0100;i\u0167\u0168\u62D2talDifferentialD;\u6145leys;\u612D\u0200aeio\u0189\u018E\u0194\u0198ron;\u410Cdil\u803B\xC7\u40C7rc;\u4108nint;\u6230ot;\u410A\u0100dn\u01A7\u01ADilla;\u40B8terDot;\u40B7\xF2\u017Fi;\u43A7rcle\u0200DMPT\u01C7\u01CB\u01D1\u01D6ot;\u6299inus;\u6296lus;\u6295imes;\u6297o\u0100cs\u01E2\u01F8kwiseContourIntegral;\u6232eCurly\u0100DQ\u0203\u020FoubleQuote;\u601Duote;\u6019\u0200lnpu\u021E\u0228\u0247\u0255on\u0100;e\u0225\u0226\u6237;\u6A74\u0180git\u022F\u0236\u023Aruent;\u6261nt;\u622FourIntegral;\u622E\u0100fr\u024C\u024E;\u6102oduct;\u6210nterClockwiseContourIntegral;\u6233oss;\u6A2Fcr;\uC000\u{1D49E}p\u0100;C\u0284\u0285\u62D3ap;\u624D\u0580DJSZacefios\u02A0\u02AC\u02B0\u02B4\u02B8\u02CB\u02D7\u02E1\u02E6\u0333\u048D\u0100;o\u0179\u02A5trahd;\u6911cy;\u4402cy;\u4405cy;\u440F\u0180grs\u02BF\u02C4\u02C7ger;\u6021r;\u61A1hv;\u6AE4\u0100ay\u02D0\u02D5ron;\u410E;\u4414l\u0100;t\u02DD\u02DE\u6207a;\u4394r;\uC000\u{1D507}\u0100af\u02EB\u0327\u0100cm\u02F0\u0322ritical\u0200ADGT\u0300\u0306\u0316\u031Ccute;\u40B4o\u0174\u030B\u030D;\u42D9bleAcute;\u42DDrave;\u4060ilde;\u42DCond;\u62C4ferentialD;\u6146\u0470\u033D\0\0\0\u0342\u0354\0\u0405f;\uC000\u{1D53B}\u0180;DE\u0348\u0349\u034D\u40A8ot;\u60DCqual;\u6250ble\u0300CDLRUV\u0363\u0372\u0382\u03CF\u03E2\u03F8ontourIntegra\xEC\u0239o\u0274\u0379\0\0\u037B\xBB\u0349nArrow;\u61D3\u0100eo\u0387\u03A4ft\u0180ART\u0390\u0396\u03A1rrow;\u61D0ightArrow;\u61D4e\xE5\u02CAng\u0100LR\u03AB\u03C4eft\u0100AR\u03B3\u03B9rrow;\u67F8ightArrow;\u67FAightArrow;\u67F9ight\u0100AT\u03D8\u03DErrow;\u61D2ee;\u62A8p\u0241\u03E9\0\0\u03EFrrow;\u61D1ownArrow;\u61D5erticalBar;\u6225n\u0300ABLRTa\u0412\u042A\u0430\u045E\u047F\u037Crrow\u0180;BU\u041D\u041E\u0422\u6193ar;\u6913pArrow;\u61F5reve;\u4311eft\u02D2\u043A\0\u0446\0\u0450ightVector;\u6950eeVector;\u695Eector\u0100;B\u0459\u045A\u61BDar;\u6956ight\u01D4\u0467\0\u0471eeVector;\u695Fector\u0100;B\u047A\u047B\u61C1ar;\u6957ee\u0100;A\u0486\u0487\u62A4rrow;\u61A7\u0100ct\u0492\u0497r;\uC000\u{1D49F}rok;\u4110\u0800NTacdfglmopqstux\u04BD\u04C0\u04C4\u04CB\u04DE\u04E2\u04E7\u04EE\u04F5\u0521\u052F\u0536\u0552\u055D\u0560\u0565G;\u414AH\u803B\xD0\u40D0cute\u803B\xC9\u40C9\u0180aiy\u04D2\u04D7\u04DCron;\u411Arc\u803B\xCA\u40CA;\u442Dot;\u4116r;\uC000\u{1D508}rave\u803B\xC8\u40C8ement;\u6208\u0100ap\u04FA\u04FEcr;\u4112ty\u0253\u0506\0\0\u0512mallSquare;\u65FBerySmallSquare;\u65AB\u0100gp\u0526\u052Aon;\u4118f;\uC000\u{1D53C}silon;\u4395u\u0100ai\u053C\u0549l\u0100;T\u0542\u0543\u6A75ilde;\u6242librium;\u61CC\u0100ci\u0557\u055Ar;\u6130m;\u6A73a;\u4397ml\u803B\xCB\u40CB\u0100ip\u056A\u056Fsts;\u6203onentialE;\u6147\u0280cfios\u0585\u0588\u058D\u05B2\u05CCy;\u4424r;\uC000\u{1D509}lled\u0253\u0597\0\0\u05A3mallSquare;\u65FCerySmallSquare;\u65AA\u0370\u05BA\0\u05BF\0\0\u05C4f;\uC000\u{1D53D}All;\u6200riertrf;\u6131c\xF2\u05CB\u0600JTabcdfgorst\u05E8\u05EC\u05EF\u05FA\u0600\u0612\u0616\u061B\u061D\u0623\u066C\u0672cy;\u4403\u803B>\u403Emma\u0100;d\u05F7\u05F8\u4393;\u43DCreve;\u411E\u0180eiy\u0607\u060C\u0610dil;\u4122rc;\u411C;\u4413ot;\u4120r;\uC000\u{1D50A};\u62D9pf;\uC000\u{1D53E}eater\u0300EFGLST\u0635\u0644\u064E\u0656\u065B\u0666qual\u0100;L\u063E\u063F\u6265ess;\u62DBullEqual;\u6267reater;\u6AA2ess;\u6277lantEqual;\u6A7Eilde;\u6273cr;\uC000\u{1D4A2};\u626B\u0400Aacfiosu\u0685\u068B\u0696\u069B\u069E\u06AA\u06BE\u06CARDcy;\u442A\u0100ct\u0690\u0694ek;\u42C7;\u405Eirc;\u4124r;\u610ClbertSpace;\u610B\u01F0\u06AF\0\u06B2f;\u610DizontalLine;\u6500\u0100ct\u06C3\u06C5\xF2\u06A9rok;\u4126mp\u0144\u06D0\u06D8ownHum\xF0\u012Fqual;\u624F\u0700EJOacdfgmnostu\u06FA\u06FE\u0703\u0707\u070E\u071A\u071E\u0721\u0728\u0744\u0778\u078B\u078F\u0795cy;\u4415lig;\u4132cy;\u4401cute\u803B\xCD\u40CD\u0100iy\u0713\u0718rc\u803B\xCE\u40CE;\u4418ot;\u4130r;\u6111rave\u803B\xCC\u40CC\u0180;ap\u0720\u072F\u073F\u0100cg\u0734\u0737r;\u412AinaryI;\u6148lie\xF3\u03DD\u01F4\u0749\0\u0762\u0100;e\u074D\u074E\u622C\u0100gr\u0753\u0758ral;\u622Bsection;\u62C2isible\u0100CT\u076C\u0772omma;\u6063imes;\u6062\u0180gpt\u077F\u0783\u0788on;\u412Ef;\uC000\u{1D540}a;\u4399cr;\u6110ilde;\u4128\u01EB\u079A\0\u079Ecy;\u4406l\u803B\xCF\u40CF\u0280cfosu\u07AC\u07B7\u07BC\u07C2\u07D0\u0100iy\u07B1\u07B5rc;\u4134;\u4419r;\uC000\u{1D50D}pf;\uC000\u{1D541}\u01E3\u07C7\0\u07CCr;\uC000\u{1D4A5}rcy;\u4408kcy;\u4404\u0380HJacfos\u07E4\u07E8\u07EC\u07F1\u07FD\u0802\u0808cy;\u4425cy;\u440Cppa;\u439A\u0100ey\u07F6\u07FBdil;\u4136;\u441Ar;\uC000\u{1D50E}pf;\uC000\u{1D542}cr;\uC000\u{1D4A6}\u0580JTaceflmost\u0825\u0829\u082C\u0850\u0863\u09B3\u09B8\u09C7\u09CD\u0A37\u0A47cy;\u4409\u803B<\u403C\u0280cmnpr\u0837\u083C\u0841\u0844\u084Dute;\u4139bda;\u439Bg;\u67EAlacetrf;\u6112r;\u619E\u0180aey\u0857\u085C\u0861ron;\u413Ddil;\u413B;\u441B\u0100fs\u0868\u0970t\u0500ACDFRTUVar\u087E\u08A9\u08B1\u08E0\u08E6\u08FC\u092F\u095B\u0390\u096A\u0100nr\u0883\u088FgleBracket;\u67E8row\u0180;BR\u0899\u089A\u089E\u6190ar;\u61E4ightArrow;\u61C6eiling;\u6308o\u01F5\u08B7\0\u08C3bleBracket;\u67E6n\u01D4\u08C8\0\u08D2eeVector;\u6961ector\u0100;B\u08DB\u08DC\u61C3ar;\u6959loor;\u630Aight\u0100AV\u08EF\u08F5rrow;\u6194ector;\u694E\u0100er\u0901\u0917e\u0180;AV\u0909\u090A\u0910\u62A3rrow;\u61A4ector;\u695Aiangle\u0180;BE\u0924\u0925\u0929\u62B2ar;\u69CFqual;\u62B4p\u0180DTV\u0937\u0942\u094CownVector;\u6951eeVector;\u6960ector\u0100;B\u0956\u0957\u61BFar;\u6958ector\u0100;B\u0965\u0966\u61BCar;\u6952ight\xE1\u039Cs\u0300EFGLST\u097E\u098B\u0995\u099D\u09A2\u09ADqualGreater;\u62DAullEqual;\u6266reater;\u6276ess;\u6AA1lantEqual;\u6A7Dilde;\u6272r;\uC000\u{1D50F}\u0100;e\u09BD\u09BE\u62D8ftarrow;\u61DAidot;\u413F\u0180npw\u09D4\u0A16\u0A1Bg\u0200LRlr\u09DE\u09F7\u0A02\u0A10eft\u0100AR\u09E6\u09ECrrow;\u67F5ightArrow;\u67F7ightArrow;\u67F6eft\u0100ar\u03B3\u0A0Aight\xE1\u03BFight\xE1\u03CAf;\uC000\u{1D543}er\u0100LR\u0A22\u0A2CeftArrow;\u6199ightArrow;\u6198\u0180cht\u0A3E\u0A40\u0A42\xF2\u084C;\u61B0rok;\u4141;\u626A\u0400acefiosu\u0A5A\u0A5D\u0A60\u0A77\u0A7C\u0A85\u0A8B\u0A8Ep;\u6905y;\u441C\u0100dl\u0A65\u0A6FiumSpace;\u605Flintrf;\u6133r;\uC000\u{1D510}nusPlus;\u6213pf;\uC000\u{1D544}c\xF2\u0A76;\u439C\u0480Jacefostu\u0AA3\u0AA7\u0AAD\u0AC0\u0B14\u0B19\u0D91\u0D97\u0D9Ecy;\u440Acute;\u4143\u0180aey\u0AB4\u0AB9\u0ABEron;\u4147dil;\u4145;\u441D\u0180gsw\u0AC7\u0AF0\u0B0Eative\u0180MTV\u0AD3\u0ADF\u0AE8ediumSpace;\u600Bhi\u0100cn\u0AE6\u0AD8\xEB\u0AD9eryThi\xEE\u0AD9ted\u0100GL\u0AF8\u0B06reaterGreate\xF2\u0673essLes\xF3\u0A48Line;\u400Ar;\uC000\u{1D511}\u0200Bnpt\u0B22\u0B28\u0B37\u0B3Areak;\u6060BreakingSpace;\u40A0f;\u6115\u0680;CDEGHLNPRSTV\u0B55\u0B56\u0B6A\u0B7C\u0BA1\u0BEB\u0C04\u0C5E\u0C84\u0CA6\u0CD8\u0D61\u0D85\u6AEC\u0100ou\u0B5B\u0B64ngruent;\u6262pCap;\u626DoubleVerticalBar;\u6226\u0180lqx\u0B83\u0B8A\u0B9Bement;\u6209ual\u0100;T\u0B92\u0B93\u6260ilde;\uC000\u2242\u0338ists;\u6204reater\u0380;EFGLST\u0BB6\u0BB7\u0BBD\u0BC9\u0BD3\u0BD8\u0BE5\u626Fqual;\u6271ullEqual;\uC000\u2267\u0338reater;\uC000\u226B\u0338ess;\u6279lantEqual;\uC000\u2A7E\u0338ilde;\u6275ump\u0144\u0BF2\u0BFDownHump;\uC000\u224E\u0338qual;\uC000\u224F\u0338e\u0100fs\u0C0A\u0C27tTriangle\u0180;BE\u0C1A\u0C1B\u0C21\u62EAar;\uC000\u29CF\u0338qual;\u62ECs\u0300;EGLST\u0C35\u0C36\u0C3C\u0C44\u0C4B\u0C58\u626Equal;\u6270reater;\u6278ess;\uC000\u226A\u0338lantEqual;\uC000\u2A7D\u0338ilde;\u6274ested\u0100GL\u0C68\u0C79reaterGreater;\uC000\u2AA2\u0338essLess;\uC000\u2AA1\u0338recedes\u0180;ES\u0C92\u0C93\u0C9B\u6280qual;\uC000\u2AAF\u0338lantEqual;\u62E0\u0100ei\u0CAB\u0CB9verseElement;\u620CghtTriangle\u0180;BE\u0CCB\u0CCC\u0CD2\u62EBar;\uC000\u29D0\u0338qual;\u62ED\u0100qu\u0CDD\u0D0CuareSu\u0100bp\u0CE8\u0CF9set\u0100;E\u0CF0\u0CF3\uC000\u228F\u0338qual;\u62E2erset\u0100;E\u0D03\u0D06\uC000\u2290\u0338qual;\u62E3\u0180bcp\u0D13\u0D24\u0D4Eset\u0100;E\u0D1B\u0D1E\uC000\u2282\u20D2qual;\u6288ceeds\u0200;EST\u0D32\u0D33\u0D3B\u0D46\u6281qual;\uC000\u2AB0\u0338lantEqual;\u62E1ilde;\uC000\u227F\u0338erset\u0100;E\u0D58\u0D5B\uC000\u2283\u20D2qual;\u6289ilde\u0200;EFT\u0D6E\u0D6F\u0D75\u0D7F\u6241qual;\u6244ullEqual;\u6247ilde;\u6249erticalBar;\u6224cr;\uC000\u{1D4A9}ilde\u803B\xD1\u40D1;\u439D\u0700Eacdfgmoprstuv\u0DBD\u0DC2\u0DC9\u0DD5\u0DDB\u0DE0\u0DE7\u0DFC\u0E02\u0E20\u0E22\u0E32\u0E3F\u0E44lig;\u4152cute\u803B\xD3\u40D3\u0100iy\u0DCE\u0DD3rc\u803B\xD4\u40D4;\u441Eblac;\u4150r;\uC000\u{1D512}rave\u803B\xD2\u40D2\u0180aei\u0DEE\u0DF2\u0DF6cr;\u414Cga;\u43A9cron;\u439Fpf;\uC000\u{1D546}enCurly\u0100DQ\u0E0E\u0E1AoubleQuote;\u601Cuote;\u6018;\u6A54\u0100cl\u0E27\u0E2Cr;\uC000\u{1D4AA}ash\u803B\xD8\u40D8i\u016C\u0E37\u0E3Cde\u803B\xD5\u40D5es;\u6A37ml\u803B\xD6\u40D6er\u0100BP\u0E4B\u0E60\u0100ar\u0E50\u0E53r;\u603Eac\u0100ek\u0E5A\u0E5C;\u63DEet;\u63B4arenthesis;\u63DC\u0480acfhilors\u0E7F\u0E87\u0E8A\u0E8F\u0E92\u0E94\u0E9D\u0EB0\u0EFCrtialD;\u6202y;\u441Fr;\uC000\u{1D513}i;\u43A6;\u43A0usMinus;\u40B1\u0100ip\u0EA2\u0EADncareplan\xE5\u069Df;\u6119\u0200;eio\u0EB9\u0EBA\u0EE0\u0EE4\u6ABBcedes\u0200;EST\u0EC8\u0EC9\u0ECF\u0EDA\u627Aqual;\u6AAFlantEqual;\u627Cilde;\u627Eme;\u6033\u0100dp\u0EE9\u0EEEuct;\u620Fortion\u0100;a\u0225\u0EF9l;\u621D\u0100ci\u0F01\u0F06r;\uC000\u{1D4AB};\u43A8\u0200Ufos\u0F11\u0F16\u0F1B\u0F1FOT\u803B"\u4022r;\uC000\u{1D514}pf;\u611Acr;\uC000\u{1D4AC}\u0600BEacefhiorsu\u0F3E\u0F43\u0F47\u0F60\u0F73\u0FA7\u0FAA\u0FAD\u1096\u10A9\u10B4\u10BEarr;\u6910G\u803B\xAE\u40AE\u0180cnr\u0F4E\u0F53\u0F56ute;\u4154g;\u67EBr\u0100;t\u0F5C\u0F5D\u61A0l;\u6916\u0180aey\u0F67\u0F6C\u0F71ron;\u4158dil;\u4156;\u4420\u0100;v\u0F78\u0F79\u611Cerse\u0100EU\u0F82\u0F99\u0100lq\u0F87\u0F8Eement;\u620Builibrium;\u61CBpEquilibrium;\u696Fr\xBB\u0F79o;\u43A1ght\u0400ACDFTUVa\u0FC1\u0FEB\u0FF3\u1022\u1028\u105B\u1087\u03D8\u0100nr\u0FC6\u0FD2gleBracket;\u67E9row\u0180;BL\u0FDC\u0FDD\u0FE1\u6192ar;\u61E5eftArrow;\u61C4eiling;\u6309o\u01F5\u0FF9\0\u1005bleBracket;\u67E7n\u01D4\u100A\0\u1014eeVector;\u695Dector\u0100;B\u101D\u101E\u61C2ar;\u6955loor;\u630B\u0100er\u102D\u1043e\u0180;AV\u1035\u1036\u103C\u62A2rrow;\u61A6ector;\u695Biangle\u0180;BE\u1050\u1051\u1055\u62B3ar;\u69D0qual;\u62B5p\u0180DTV\u1063\u106E\u1078ownVector;\u694FeeVector;\u695Cector\u0100;B\u1082\u1083\u61BEar;\u6954ector\u0100;B\u1091\u1092\u61C0ar;\u6953\u0100pu\u109B\u109Ef;\u611DndImplies;\u6970ightarrow;\u61DB\u0100ch\u10B9\u10BCr;\u611B;\u61B1leDelayed;\u69F4\u0680HOacfhimoqstu\u10E4\u10F1\u10F7\u10FD\u1119\u111E\u1151\u1156\u1161\u1167\u11B5\u11BB\u11BF\u0100Cc\u10E9\u10EEHcy;\u4429y;\u4428FTcy;\u442Ccute;\u415A\u0280;aeiy\u1108\u1109\u110E\u1113\u1117\u6ABCron;\u4160dil;\u415Erc;\u415C;\u4421r;\uC000\u{1D516}ort\u0200DLRU\u112A\u1134\u113E\u1149ownArrow\xBB\u041EeftArrow\xBB\u089AightArrow\xBB\u0FDDpArrow;\u6191gma;\u43A3allCircle;\u6218pf;\uC000\u{1D54A}\u0272\u116D\0\0\u1170t;\u621Aare\u0200;ISU\u117B\u117C\u1189\u11AF\u65A1ntersection;\u6293u\u0100bp\u118F\u119Eset\u0100;E\u1197\u1198\u628Fqual;\u6291erset\u0100;E\u11A8\u11A9\u6290qual;\u6292nion;\u6294cr;\uC000\u{1D4AE}ar;\u62C6\u0200bcmp\u11C8\u11DB\u1209\u120B\u0100;s\u11CD\u11CE\u62D0et\u0100;E\u11CD\u11D5qual;\u6286\u0100ch\u11E0\u1205eeds\u0200;EST\u11ED\u11EE\u11F4\u11FF\u627Bqual;\u6AB0lantEqual;\u627Dilde;\u627FTh\xE1\u0F8C;\u6211\u0180;es\u1212\u1213\u1223\u62D1rset\u0100;E\u121C\u121D\u6283qual;\u6287et\xBB\u1213\u0580HRSacfhiors\u123E\u1244\u1249\u1255\u125E\u1271\u1276\u129F\u12C2\u12C8\u12D1ORN\u803B\xDE\u40DEADE;\u6122\u0100Hc\u124E\u1252cy;\u440By;\u4426\u0100bu\u125A\u125C;\u4009;\u43A4\u0180aey\u1265\u126A\u126Fron;\u4164dil;\u4162;\u4422r;\uC000\u{1D517}\u0100ei\u127B\u1289\u01F2\u1280\0\u1287efore;\u6234a;\u4398\u0100cn\u128E\u1298kSpace;\uC000\u205F\u200ASpace;\u6009lde\u0200;EFT\u12AB\u12AC\u12B2\u12BC\u623Cqual;\u6243ullEqual;\u6245ilde;\u6248pf;\uC000\u{1D54B}ipleDot;\u60DB\u0100ct\u12D6\u12DBr;\uC000\u{1D4AF}rok;\u4166\u0AE1\u12F7\u130E\u131A\u1326\0\u132C\u1331\0\0\0\0\0\u1338\u133D\u1377\u1385\0\u13FF\u1404\u140A\u1410\u0100cr\u12FB\u1301ute\u803B\xDA\u40DAr\u0100;o\u1307\u1308\u619Fcir;\u6949r\u01E3\u1313\0\u1316y;\u440Eve;\u416C\u0100iy\u131E\u1323rc\u803B\xDB\u40DB;\u4423blac;\u4170r;\uC000\u{1D518}rave\u803B\xD9\u40D9acr;\u416A\u0100di\u1341\u1369er\u0100BP\u1348\u135D\u0100ar\u134D\u1350r;\u405Fac\u0100ek\u1357\u1359;\u63DFet;\u63B5arenthesis;\u63DDon\u0100;P\u1370\u1371\u62C3lus;\u628E\u0100gp\u137B\u137Fon;\u4172f;\uC000\u{1D54C}\u0400ADETadps\u1395\u13AE\u13B8\u13C4\u03E8\u13D2\u13D7\u13F3rrow\u0180;BD\u1150\u13A0\u13A4ar;\u6912ownArrow;\u61C5ownArrow;\u6195quilibrium;\u696Eee\u0100;A\u13CB\u13CC\u62A5rrow;\u61A5own\xE1\u03F3er\u0100LR\u13DE\u13E8eftArrow;\u6196ightArrow;\u6197i\u0100;l\u13F9\u13FA\u43D2on;\u43A5ing;\u416Ecr;\uC000\u{1D4B0}ilde;\u4168ml\u803B\xDC\u40DC\u0480Dbcdefosv\u1427\u142C\u1430\u1433\u143E\u1485\u148A\u1490\u1496ash;\u62ABar;\u6AEBy;\u4412ash\u0100;l\u143B\u143C\u62A9;\u6AE6\u0100er\u1443\u1445;\u62C1\u0180bty\u144C\u1450\u147Aar;\u6016\u0100;i\u144F\u1455cal\u0200BLST\u1461\u1465\u146A\u1474ar;\u6223ine;\u407Ceparator;\u6758ilde;\u6240ThinSpace;\u600Ar;\uC000\u{1D519}pf;\uC000\u{1D54D}cr;\uC000\u{1D4B1}dash;\u62AA\u0280cefos\u14A7\u14AC\u14B1\u14B6\u14BCirc;\u4174dge;\u62C0r;\uC000\u{1D51A}pf;\uC000\u{1D54E}cr;\uC000\u{1D4B2}\u0200fios\u14CB\u14D0\u14D2\u14D8r;\uC000\u{1D51B};\u439Epf;\uC000\u{1D54F}cr;\uC000\u{1D4B3}\u0480AIUacfosu\u14F1\u14F5\u14F9\u14FD\u1504\u150F\u1514\u151A\u1520cy;\u442Fcy;\u4407cy;\u442Ecute\u803B\xDD\u40DD\u0100iy\u1509\u150Drc;\u4176;\u442Br;\uC000\u{1D51C}pf;\uC000\u{1D550}cr;\uC000\u{1D4B4}ml;\u4178\u0400Hacdefos\u1535\u1539\u153F\u154B\u154F\u155D\u1560\u1564cy;\u4416cute;\u4179\u0100ay\u1544\u1549ron;\u417D;\u4417ot;\u417B\u01F2\u1554\0\u155BoWidt\xE8\u0AD9a;\u4396r;\u6128pf;\u6124cr;\uC000\u{1D4B5}\u0BE1\u1583\u158A\u1590\0\u15B0\u15B6\u15BF\0\0\0\0\u15C6\u15DB\u15EB\u165F\u166D\0\u1695\u169B\u16B2\u16B9\0\u16BEcute\u803B\xE1\u40E1reve;\u4103\u0300;Ediuy\u159C\u159D\u15A1\u15A3\u15A8\u15AD\u623E;\uC000\u223E\u0333;\u623Frc\u803B\xE2\u40E2te\u80BB\xB4\u0306;\u4430lig\u803B\xE6\u40E6\u0100;r\xB2\u15BA;\uC000\u{1D51E}rave\u803B\xE0\u40E0\u0100ep\u15CA\u15D6\u0100fp\u15CF\u15D4sym;\u6135\xE8\u15D3ha;\u43B1\u0100ap\u15DFc\u0100cl\u15E4\u15E7r;\u4101g;\u6A3F\u0264\u15F0\0\0\u160A\u0280;adsv\u15FA\u15FB\u15FF\u1601\u1607\u6227nd;\u6A55;\u6A5Clope;\u6A58;\u6A5A\u0380;elmrsz\u1618\u1619\u161B\u161E\u163F\u164F\u1659\u6220;\u69A4e\xBB\u1619sd\u0100;a\u1625\u1626\u6221\u0461\u1630\u1632\u1634\u1636\u1638\u163A\u163C\u163E;\u69A8;\u69A9;\u69AA;\u69AB;\u69AC;\u69AD;\u69AE;\u69AFt\u0100;v\u1645\u1646\u621Fb\u0100;d\u164C\u164D\u62BE;\u699D\u0100pt\u1654\u1657h;\u6222\xBB\xB9arr;\u637C\u0100gp\u1663\u1667on;\u4105f;\uC000\u{1D552}\u0380;Eaeiop\u12C1\u167B\u167D\u1682\u1684\u1687\u168A;\u6A70cir;\u6A6F;\u624Ad;\u624Bs;\u4027rox\u0100;e\u12C1\u1692\xF1\u1683ing\u803B\xE5\u40E5\u0180cty\u16A1\u16A6\u16A8r;\uC000\u{1D4B6};\u402Amp\u0100;e\u12C1\u16AF\xF1\u0288ilde\u803B\xE3\u40E3ml\u803B\xE4\u40E4\u0100ci\u16C2\u16C8onin\xF4\u0272nt;\u6A11\u0800Nabcdefiklnoprsu\u16ED\u16F1\u1730\u173C\u1743\u1748\u1778\u177D\u17E0\u17E6\u1839\u1850\u170D\u193D\u1948\u1970ot;\u6AED\u0100cr\u16F6\u171Ek\u0200ceps\u1700\u1705\u170D\u1713ong;\u624Cpsilon;\u43F6rime;\u6035im\u0100;e\u171A\u171B\u623Dq;\u62CD\u0176\u1722\u1726ee;\u62BDed\u0100;g\u172C\u172D\u6305e\xBB\u172Drk\u0100;t\u135C\u1737brk;\u63B6\u0100oy\u1701\u1741;\u4431quo;\u601E\u0280cmprt\u1753\u175B\u1761\u1764\u1768aus\u0100;e\u010A\u0109ptyv;\u69B0s\xE9\u170Cno\xF5\u0113\u0180ahw\u176F\u1771\u1773;\u43B2;\u6136een;\u626Cr;\uC000\u{1D51F}g\u0380costuvw\u178D\u179D\u17B3\u17C1\u17D5\u17DB\u17DE\u0180aiu\u1794\u1796\u179A\xF0\u0760rc;\u65EFp\xBB\u1371\u0180dpt\u17A4\u17A8\u17ADot;\u6A00lus;\u6A01imes;\u6A02\u0271\u17B9\0\0\u17BEcup;\u6A06ar;\u6605riangle\u0100du\u17CD\u17D2own;\u65BDp;\u65B3plus;\u6A04e\xE5\u1444\xE5\u14ADarow;\u690D\u0180ako\u17ED\u1826\u1835\u0100cn\u17F2\u1823k\u0180lst\u17FA\u05AB\u1802ozenge;\u69EBriangle\u0200;dlr\u1812\u1813\u1818\u181D\u65B4own;\u65BEeft;\u65C2ight;\u65B8k;\u6423\u01B1\u182B\0\u1833\u01B2\u182F\0\u1831;\u6592;\u65914;\u6593ck;\u6588\u0100eo\u183E\u184D\u0100;q\u1843\u1846\uC000=\u20E5uiv;\uC000\u2261\u20E5t;\u6310\u0200ptwx\u1859\u185E\u1867\u186Cf;\uC000\u{1D553}\u0100;t\u13CB\u1863om\xBB\u13CCtie;\u62C8\u0600DHUVbdhmptuv\u1885\u1896\u18AA\u18BB\u18D7\u18DB\u18EC\u18FF\u1905\u190A\u1910\u1921\u0200LRlr\u188E\u1890\u1892\u1894;\u6557;\u6554;\u6556;\u6553\u0280;DUdu\u18A1\u18A2\u18A4\u18A6\u18A8\u6550;\u6566;\u6569;\u6564;\u6567\u0200LRlr\u18B3\u18B5\u18B7\u18B9;\u655D;\u655A;\u655C;\u6559\u0380;HLRhlr\u18CA\u18CB\u18CD\u18CF\u18D1\u18D3\u18D5\u6551;\u656C;\u6563;\u6560;\u656B;\u6562;\u655Fox;\u69C9\u0200LRlr\u18E4\u18E6\u18E8\u18EA;\u6555;\u6552;\u6510;\u650C\u0280;DUdu\u06BD\u18F7\u18F9\u18FB\u18FD;\u6565;\u6568;\u652C;\u6534inus;\u629Flus;\u629Eimes;\u62A0\u0200LRlr\u1919\u191B\u191D\u191F;\u655B;\u6558;\u6518;\u6514\u0380;HLRhlr\u1930\u1931\u1933\u1935\u1937\u1939\u193B\u6502;\u656A;\u6561;\u655E;\u653C;\u6524;\u651C\u0100ev\u0123\u1942bar\u803B\xA6\u40A6\u0200ceio\u1951\u1956\u195A\u1960r;\uC000\u{1D4B7}mi;\u604Fm\u0100;e\u171A\u171Cl\u0180;bh\u1968\u1969\u196B\u405C;\u69C5sub;\u67C8\u016C\u1974\u197El\u0100;e\u1979\u197A\u6022t\xBB\u197Ap\u0180;Ee\u012F\u1985\u1987;\u6AAE\u0100;q\u06DC\u06DB\u0CE1\u19A7\0\u19E8\u1A11\u1A15\u1A32\0\u1A37\u1A50\0\0\u1AB4\0\0\u1AC1\0\0\u1B21\u1B2E\u1B4D\u1B52\0\u1BFD\0\u1C0C\u0180cpr\u19AD\u19B2\u19DDute;\u4107\u0300;abcds\u19BF\u19C0\u19C4\u19CA\u19D5\u19D9\u6229nd;\u6A44rcup;\u6A49\u0100au\u19CF\u19D2p;\u6A4Bp;\u6A47ot;\u6A40;\uC000\u2229\uFE00\u0100eo\u19E2\u19E5t;\u6041\xEE\u0693\u0200aeiu\u19F0\u19FB\u1A01\u1A05\u01F0\u19F5\0\u19F8s;\u6A4Don;\u410Ddil\u803B\xE7\u40E7rc;\u4109ps\u0100;s\u1A0C\u1A0D\u6A4Cm;\u6A50ot;\u410B\u0180dmn\u1A1B\u1A20\u1A26il\u80BB\xB8\u01ADptyv;\u69B2t\u8100\xA2;e\u1A2D\u1A2E\u40A2r\xE4\u01B2r;\uC000\u{1D520}\u0180cei\u1A3D\u1A40\u1A4Dy;\u4447ck\u0100;m\u1A47\u1A48\u6713ark\xBB\u1A48;\u43C7r\u0380;Ecefms\u1A5F\u1A60\u1A62\u1A6B\u1AA4\u1AAA\u1AAE\u65CB;\u69C3\u0180;el\u1A69\u1A6A\u1A6D\u42C6q;\u6257e\u0261\u1A74\0\0\u1A88rrow\u0100lr\u1A7C\u1A81eft;\u61BAight;\u61BB\u0280RSacd\u1A92\u1A94\u1A96\u1A9A\u1A9F\xBB\u0F47;\u64C8st;\u629Birc;\u629Aash;\u629Dnint;\u6A10id;\u6AEFcir;\u69C2ubs\u0100;u\u1ABB\u1ABC\u6663it\xBB\u1ABC\u02EC\u1AC7\u1AD4\u1AFA\0\u1B0Aon\u0100;e\u1ACD\u1ACE\u403A\u0100;q\xC7\xC6\u026D\u1AD9\0\0\u1AE2a\u0100;t\u1ADE\u1ADF\u402C;\u4040\u0180;fl\u1AE8\u1AE9\u1AEB\u6201\xEE\u1160e\u0100mx\u1AF1\u1AF6ent\xBB\u1AE9e\xF3\u024D\u01E7\u1AFE\0\u1B07\u0100;d\u12BB\u1B02ot;\u6A6Dn\xF4\u0246\u0180fry\u1B10\u1B14\u1B17;\uC000\u{1D554}o\xE4\u0254\u8100\xA9;s\u0155\u1B1Dr;\u6117\u0100ao\u1B25\u1B29rr;\u61B5ss;\u6717\u0100cu\u1B32\u1B37r;\uC000\u{1D4B8}\u0100bp\u1B3C\u1B44\u0100;e\u1B41\u1B42\u6ACF;\u6AD1\u0100;e\u1B49\u1B4A\u6AD0;\u6AD2dot;\u62EF\u0380delprvw\u1B60\u1B6C\u1B77\u1B82\u1BAC\u1BD4\u1BF9arr\u0100lr\u1B68\u1B6A;\u6938;\u6935\u0270\u1B72\0\0\u1B75r;\u62DEc;\u62DFarr\u0100;p\u1B7F\u1B80\u61B6;\u693D\u0300;bcdos\u1B8F\u1B90\u1B96\u1BA1\u1BA5\u1BA8\u622Arcap;\u6A48\u0100au\u1B9B\u1B9Ep;\u6A46p;\u6A4Aot;\u628Dr;\u6A45;\uC000\u222A\uFE00\u0200alrv\u1BB5\u1BBF\u1BDE\u1BE3rr\u0100;m\u1BBC\u1BBD\u61B7;\u693Cy\u0180evw\u1BC7\u1BD4\u1BD8q\u0270\u1BCE\0\0\u1BD2re\xE3\u1B73u\xE3\u1B75ee;\u62CEedge;\u62CFen\u803B\xA4\u40A4earrow\u0100lr\u1BEE\u1BF3eft\xBB\u1B80ight\xBB\u1BBDe\xE4\u1BDD\u0100ci\u1C01\u1C07onin\xF4\u01F7nt;\u6231lcty;\u632D\u0980AHabcdefhijlorstuwz\u1C38\u1C3B\u1C3F\u1C5D\u1C69\u1C75\u1C8A\u1C9E\u1CAC\u1CB7\u1CFB\u1CFF\u1D0D\u1D7B\u1D91\u1DAB\u1DBB\u1DC6\u1DCDr\xF2\u0381ar;\u6965\u0200glrs\u1C48\u1C4D\u1C52\u1C54ger;\u6020eth;\u6138\xF2\u1133h\u0100;v\u1C5A\u1C5B\u6010\xBB\u090A\u016B\u1C61\u1C67arow;\u690Fa\xE3\u0315\u0100ay\u1C6E\u1C73ron;\u410F;\u4434\u0180;ao\u0332\u1C7C\u1C84\u0100gr\u02BF\u1C81r;\u61CAtseq;\u6A77\u0180glm\u1C91\u1C94\u1C98\u803B\xB0\u40B0ta;\u43B4ptyv;\u69B1\u0100ir\u1CA3\u1CA8sht;\u697F;\uC000\u{1D521}ar\u0100lr\u1CB3\u1CB5\xBB\u08DC\xBB\u101E\u0280aegsv\u1CC2\u0378\u1CD6\u1CDC\u1CE0m\u0180;os\u0326\u1CCA\u1CD4nd\u0100;s\u0326\u1CD1uit;\u6666amma;\u43DDin;\u62F2\u0180;io\u1CE7\u1CE8\u1CF8\u40F7de\u8100\xF7;o\u1CE7\u1CF0ntimes;\u62C7n\xF8\u1CF7cy;\u4452c\u026F\u1D06\0\0\u1D0Arn;\u631Eop;\u630D\u0280lptuw\u1D18\u1D1D\u1D22\u1D49\u1D55lar;\u4024f;\uC000\u{1D555}\u0280;emps\u030B\u1D2D\u1D37\u1D3D\u1D42q\u0100;d\u0352\u1D33ot;\u6251inus;\u6238lus;\u6214quare;\u62A1blebarwedg\xE5\xFAn\u0180adh\u112E\u1D5D\u1D67ownarrow\xF3\u1C83arpoon\u0100lr\u1D72\u1D76ef\xF4\u1CB4igh\xF4\u1CB6\u0162\u1D7F\u1D85karo\xF7\u0F42\u026F\u1D8A\0\0\u1D8Ern;\u631Fop;\u630C\u0180cot\u1D98\u1DA3\u1DA6\u0100ry\u1D9D\u1DA1;\uC000\u{1D4B9};\u4455l;\u69F6rok;\u4111\u0100dr\u1DB0\u1DB4ot;\u62F1i\u0100;f\u1DBA\u1816\u65BF\u0100ah\u1DC0\u1DC3r\xF2\u0429a\xF2\u0FA6angle;\u69A6\u0100ci\u1DD2\u1DD5y;\u445Fgrarr;\u67FF\u0900Dacdefglmnopqrstux\u1E01\u1E09\u1E19\u1E38\u0578\u1E3C\u1E49\u1E61\u1E7E\u1EA5\u1EAF\u1EBD\u1EE1\u1F2A\u1F37\u1F44\u1F4E\u1F5A\u0100Do\u1E06\u1D34o\xF4\u1C89\u0100cs\u1E0E\u1E14ute\u803B\xE9\u40E9ter;\u6A6E\u0200aioy\u1E22\u1E27\u1E31\u1E36ron;\u411Br\u0100;c\u1E2D\u1E2E\u6256\u803B\xEA\u40EAlon;\u6255;\u444Dot;\u4117\u0100Dr\u1E41\u1E45ot;\u6252;\uC000\u{1D522}\u0180;rs\u1E50\u1E51\u1E57\u6A9Aave\u803B\xE8\u40E8\u0100;d\u1E5C\u1E5D\u6A96ot;\u6A98\u0200;ils\u1E6A\u1E6B\u1E72\u1E74\u6A99nters;\u63E7;\u6113\u0100;d\u1E79\u1E7A\u6A95ot;\u6A97\u0180aps\u1E85\u1E89\u1E97cr;\u4113ty\u0180;sv\u1E92\u1E93\u1E95\u6205et\xBB\u1E93p\u01001;\u1E9D\u1EA4\u0133\u1EA1\u1EA3;\u6004;\u6005\u6003\u0100gs\u1EAA\u1EAC;\u414Bp;\u6002\u0100gp\u1EB4\u1EB8on;\u4119f;\uC000\u{1D556}\u0180als\u1EC4\u1ECE\u1ED2r\u0100;s\u1ECA\u1ECB\u62D5l;\u69E3us;\u6A71i\u0180;lv\u1EDA\u1EDB\u1EDF\u43B5on\xBB\u1EDB;\u43F5\u0200csuv\u1EEA\u1EF3\u1F0B\u1F23\u0100io\u1EEF\u1E31rc\xBB\u1E2E\u0269\u1EF9\0\0\u1EFB\xED\u0548ant\u0100gl\u1F02\u1F06tr\xBB\u1E5Dess\xBB\u1E7A\u0180aei\u1F12\u1F16\u1F1Als;\u403Dst;\u625Fv\u0100;D\u0235\u1F20D;\u6A78parsl;\u69E5\u0100Da\u1F2F\u1F33ot;\u6253rr;\u6971\u0180cdi\u1F3E\u1F41\u1EF8r;\u612Fo\xF4\u0352\u0100ah\u1F49\u1F4B;\u43B7\u803B\xF0\u40F0\u0100mr\u1F53\u1F57l\u803B\xEB\u40EBo;\u60AC\u0180cip\u1F61\u1F64\u1F67l;\u4021s\xF4\u056E\u0100eo\u1F6C\u1F74ctatio\xEE\u0559nential\xE5\u0579\u09E1\u1F92\0\u1F9E\0\u1FA1\u1FA7\0\0\u1FC6\u1FCC\0\u1FD3\0\u1FE6\u1FEA\u2000\0\u2008\u205Allingdotse\xF1\u1E44y;\u4444male;\u6640\u0180ilr\u1FAD\u1FB3\u1FC1lig;\u8000\uFB03\u0269\u1FB9\0\0\u1FBDg;\u8000\uFB00ig;\u8000\uFB04;\uC000\u{1D523}lig;\u8000\uFB01lig;\uC000fj\u0180alt\u1FD9\u1FDC\u1FE1t;\u666Dig;\u8000\uFB02ns;\u65B1of;\u4192\u01F0\u1FEE\0\u1FF3f;\uC000\u{1D557}\u0100ak\u05BF\u1FF7\u0100;v\u1FFC\u1FFD\u62D4;\u6AD9artint;\u6A0D\u0100ao\u200C\u2055\u0100cs\u2011\u2052\u03B1\u201A\u2030\u2038\u2045\u2048\0\u2050\u03B2\u2022\u2025\u2027\u202A\u202C\0\u202E\u803B\xBD\u40BD;\u6153\u803B\xBC\u40BC;\u6155;\u6159;\u615B\u01B3\u2034\0\u2036;\u6154;\u6156\u02B4\u203E\u2041\0\0\u2043\u803B\xBE\u40BE;\u6157;\u615C5;\u6158\u01B6\u204C\0\u204E;\u615A;\u615D8;\u615El;\u6044wn;\u6322cr;\uC000\u{1D4BB}\u0880Eabcdefgijlnorstv\u2082\u2089\u209F\u20A5\u20B0\u20B4\u20F0\u20F5\u20FA\u20FF\u2103\u2112\u2138\u0317\u213E\u2152\u219E\u0100;l\u064D\u2087;\u6A8C\u0180cmp\u2090\u2095\u209Dute;\u41F5ma\u0100;d\u209C\u1CDA\u43B3;\u6A86reve;\u411F\u0100iy\u20AA\u20AErc;\u411D;\u4433ot;\u4121\u0200;lqs\u063E\u0642\u20BD\u20C9\u0180;qs\u063E\u064C\u20C4lan\xF4\u0665\u0200;cdl\u0665\u20D2\u20D5\u20E5c;\u6AA9ot\u0100;o\u20DC\u20DD\u6A80\u0100;l\u20E2\u20E3\u6A82;\u6A84\u0100;e\u20EA\u20ED\uC000\u22DB\uFE00s;\u6A94r;\uC000\u{1D524}\u0100;g\u0673\u061Bmel;\u6137cy;\u4453\u0200;Eaj\u065A\u210C\u210E\u2110;\u6A92;\u6AA5;\u6AA4\u0200Eaes\u211B\u211D\u2129\u2134;\u6269p\u0100;p\u2123\u2124\u6A8Arox\xBB\u2124\u0100;q\u212E\u212F\u6A88\u0100;q\u212E\u211Bim;\u62E7pf;\uC000\u{1D558}\u0100ci\u2143\u2146r;\u610Am\u0180;el\u066B\u214E\u2150;\u6A8E;\u6A90\u8300>;cdlqr\u05EE\u2160\u216A\u216E\u2173\u2179\u0100ci\u2165\u2167;\u6AA7r;\u6A7Aot;\u62D7Par;\u6995uest;\u6A7C\u0280adels\u2184\u216A\u2190\u0656\u219B\u01F0\u2189\0\u218Epro\xF8\u209Er;\u6978q\u0100lq\u063F\u2196les\xF3\u2088i\xED\u066B\u0100en\u21A3\u21ADrtneqq;\uC000\u2269\uFE00\xC5\u21AA\u0500Aabcefkosy\u21C4\u21C7\u21F1\u21F5\u21FA\u2218\u221D\u222F\u2268\u227Dr\xF2\u03A0\u0200ilmr\u21D0\u21D4\u21D7\u21DBrs\xF0\u1484f\xBB\u2024il\xF4\u06A9\u0100dr\u21E0\u21E4cy;\u444A\u0180;cw\u08F4\u21EB\u21EFir;\u6948;\u61ADar;\u610Firc;\u4125\u0180alr\u2201\u220E\u2213rts\u0100;u\u2209\u220A\u6665it\xBB\u220Alip;\u6026con;\u62B9r;\uC000\u{1D525}s\u0100ew\u2223\u2229arow;\u6925arow;\u6926\u0280amopr\u223A\u223E\u2243\u225E\u2263rr;\u61FFtht;\u623Bk\u0100lr\u2249\u2253eftarrow;\u61A9ightarrow;\u61AAf;\uC000\u{1D559}bar;\u6015\u0180clt\u226F\u2274\u2278r;\uC000\u{1D4BD}as\xE8\u21F4rok;\u4127\u0100bp\u2282\u2287ull;\u6043hen\xBB\u1C5B\u0AE1\u22A3\0\u22AA\0\u22B8\u22C5\u22CE\0\u22D5\u22F3\0\0\u22F8\u2322\u2367\u2362\u237F\0\u2386\u23AA\u23B4cute\u803B\xED\u40ED\u0180;iy\u0771\u22B0\u22B5rc\u803B\xEE\u40EE;\u4438\u0100cx\u22BC\u22BFy;\u4435cl\u803B\xA1\u40A1\u0100fr\u039F\u22C9;\uC000\u{1D526}rave\u803B\xEC\u40EC\u0200;ino\u073E\u22DD\u22E9\u22EE\u0100in\u22E2\u22E6nt;\u6A0Ct;\u622Dfin;\u69DCta;\u6129lig;\u4133\u0180aop\u22FE\u231A\u231D\u0180cgt\u2305\u2308\u2317r;\u412B\u0180elp\u071F\u230F\u2313in\xE5\u078Ear\xF4\u0720h;\u4131f;\u62B7ed;\u41B5\u0280;cfot\u04F4\u232C\u2331\u233D\u2341are;\u6105in\u0100;t\u2338\u2339\u621Eie;\u69DDdo\xF4\u2319\u0280;celp\u0757\u234C\u2350\u235B\u2361al;\u62BA\u0100gr\u2355\u2359er\xF3\u1563\xE3\u234Darhk;\u6A17rod;\u6A3C\u0200cgpt\u236F\u2372\u2376\u237By;\u4451on;\u412Ff;\uC000\u{1D55A}a;\u43B9uest\u803B\xBF\u40BF\u0100ci\u238A\u238Fr;\uC000\u{1D4BE}n\u0280;Edsv\u04F4\u239B\u239D\u23A1\u04F3;\u62F9ot;\u62F5\u0100;v\u23A6\u23A7\u62F4;\u62F3\u0100;i\u0777\u23AElde;\u4129\u01EB\u23B8\0\u23BCcy;\u4456l\u803B\xEF\u40EF\u0300cfmosu\u23CC\u23D7\u23DC\u23E1\u23E7\u23F5\u0100iy\u23D1\u23D5rc;\u4135;\u4439r;\uC000\u{1D527}ath;\u4237pf;\uC000\u{1D55B}\u01E3\u23EC\0\u23F1r;\uC000\u{1D4BF}rcy;\u4458kcy;\u4454\u0400acfghjos\u240B\u2416\u2422\u2427\u242D\u2431\u2435\u243Bppa\u0100;v\u2413\u2414\u43BA;\u43F0\u0100ey\u241B\u2420dil;\u4137;\u443Ar;\uC000\u{1D528}reen;\u4138cy;\u4445cy;\u445Cpf;\uC000\u{1D55C}cr;\uC000\u{1D4C0}\u0B80ABEHabcdefghjlmnoprstuv\u2470\u2481\u2486\u248D\u2491\u250E\u253D\u255A\u2580\u264E\u265E\u2665\u2679\u267D\u269A\u26B2\u26D8\u275D\u2768\u278B\u27C0\u2801\u2812\u0180art\u2477\u247A\u247Cr\xF2\u09C6\xF2\u0395ail;\u691Barr;\u690E\u0100;g\u0994\u248B;\u6A8Bar;\u6962\u0963\u24A5\0\u24AA\0\u24B1\0\0\0\0\0\u24B5\u24BA\0\u24C6\u24C8\u24CD\0\u24F9ute;\u413Amptyv;\u69B4ra\xEE\u084Cbda;\u43BBg\u0180;dl\u088E\u24C1\u24C3;\u6991\xE5\u088E;\u6A85uo\u803B\xAB\u40ABr\u0400;bfhlpst\u0899\u24DE\u24E6\u24E9\u24EB\u24EE\u24F1\u24F5\u0100;f\u089D\u24E3s;\u691Fs;\u691D\xEB\u2252p;\u61ABl;\u6939im;\u6973l;\u61A2\u0180;ae\u24FF\u2500\u2504\u6AABil;\u6919\u0100;s\u2509\u250A\u6AAD;\uC000\u2AAD\uFE00\u0180abr\u2515\u2519\u251Drr;\u690Crk;\u6772\u0100ak\u2522\u252Cc\u0100ek\u2528\u252A;\u407B;\u405B\u0100es\u2531\u2533;\u698Bl\u0100du\u2539\u253B;\u698F;\u698D\u0200aeuy\u2546\u254B\u2556\u2558ron;\u413E\u0100di\u2550\u2554il;\u413C\xEC\u08B0\xE2\u2529;\u443B\u0200cqrs\u2563\u2566\u256D\u257Da;\u6936uo\u0100;r\u0E19\u1746\u0100du\u2572\u2577har;\u6967shar;\u694Bh;\u61B2\u0280;fgqs\u258B\u258C\u0989\u25F3\u25FF\u6264t\u0280ahlrt\u2598\u25A4\u25B7\u25C2\u25E8rrow\u0100;t\u0899\u25A1a\xE9\u24F6arpoon\u0100du\u25AF\u25B4own\xBB\u045Ap\xBB\u0966eftarrows;\u61C7ight\u0180ahs\u25CD\u25D6\u25DErrow\u0100;s\u08F4\u08A7arpoon\xF3\u0F98quigarro\xF7\u21F0hreetimes;\u62CB\u0180;qs\u258B\u0993\u25FAlan\xF4\u09AC\u0280;cdgs\u09AC\u260A\u260D\u261D\u2628c;\u6AA8ot\u0100;o\u2614\u2615\u6A7F\u0100;r\u261A\u261B\u6A81;\u6A83\u0100;e\u2622\u2625\uC000\u22DA\uFE00s;\u6A93\u0280adegs\u2633\u2639\u263D\u2649\u264Bppro\xF8\u24C6ot;\u62D6q\u0100gq\u2643\u2645\xF4\u0989gt\xF2\u248C\xF4\u099Bi\xED\u09B2\u0180ilr\u2655\u08E1\u265Asht;\u697C;\uC000\u{1D529}\u0100;E\u099C\u2663;\u6A91\u0161\u2669\u2676r\u0100du\u25B2\u266E\u0100;l\u0965\u2673;\u696Alk;\u6584cy;\u4459\u0280;acht\u0A48\u2688\u268B\u2691\u2696r\xF2\u25C1orne\xF2\u1D08ard;\u696Bri;\u65FA\u0100io\u269F\u26A4dot;\u4140ust\u0100;a\u26AC\u26AD\u63B0che\xBB\u26AD\u0200Eaes\u26BB\u26BD\u26C9\u26D4;\u6268p\u0100;p\u26C3\u26C4\u6A89rox\xBB\u26C4\u0100;q\u26CE\u26CF\u6A87\u0100;q\u26CE\u26BBim;\u62E6\u0400abnoptwz\u26E9\u26F4\u26F7\u271A\u272F\u2741\u2747\u2750\u0100nr\u26EE\u26F1g;\u67ECr;\u61FDr\xEB\u08C1g\u0180lmr\u26FF\u270D\u2714eft\u0100ar\u09E6\u2707ight\xE1\u09F2apsto;\u67FCight\xE1\u09FDparrow\u0100lr\u2725\u2729ef\xF4\u24EDight;\u61AC\u0180afl\u2736\u2739\u273Dr;\u6985;\uC000\u{1D55D}us;\u6A2Dimes;\u6A34\u0161\u274B\u274Fst;\u6217\xE1\u134E\u0180;ef\u2757\u2758\u1800\u65CAnge\xBB\u2758ar\u0100;l\u2764\u2765\u4028t;\u6993\u0280achmt\u2773\u2776\u277C\u2785\u2787r\xF2\u08A8orne\xF2\u1D8Car\u0100;d\u0F98\u2783;\u696D;\u600Eri;\u62BF\u0300achiqt\u2798\u279D\u0A40\u27A2\u27AE\u27BBquo;\u6039r;\uC000\u{1D4C1}m\u0180;eg\u09B2\u27AA\u27AC;\u6A8D;\u6A8F\u0100bu\u252A\u27B3o\u0100;r\u0E1F\u27B9;\u601Arok;\u4142\u8400<;cdhilqr\u082B\u27D2\u2639\u27DC\u27E0\u27E5\u27EA\u27F0\u0100ci\u27D7\u27D9;\u6AA6r;\u6A79re\xE5\u25F2mes;\u62C9arr;\u6976uest;\u6A7B\u0100Pi\u27F5\u27F9ar;\u6996\u0180;ef\u2800\u092D\u181B\u65C3r\u0100du\u2807\u280Dshar;\u694Ahar;\u6966\u0100en\u2817\u2821rtneqq;\uC000\u2268\uFE00\xC5\u281E\u0700Dacdefhilnopsu\u2840\u2845\u2882\u288E\u2893\u28A0\u28A5\u28A8\u28DA\u28E2\u28E4\u0A83\u28F3\u2902Dot;\u623A\u0200clpr\u284E\u2852\u2863\u287Dr\u803B\xAF\u40AF\u0100et\u2857\u2859;\u6642\u0100;e\u285E\u285F\u6720se\xBB\u285F\u0100;s\u103B\u2868to\u0200;dlu\u103B\u2873\u2877\u287Bow\xEE\u048Cef\xF4\u090F\xF0\u13D1ker;\u65AE\u0100oy\u2887\u288Cmma;\u6A29;\u443Cash;\u6014asuredangle\xBB\u1626r;\uC000\u{1D52A}o;\u6127\u0180cdn\u28AF\u28B4\u28C9ro\u803B\xB5\u40B5\u0200;acd\u1464\u28BD\u28C0\u28C4s\xF4\u16A7ir;\u6AF0ot\u80BB\xB7\u01B5us\u0180;bd\u28D2\u1903\u28D3\u6212\u0100;u\u1D3C\u28D8;\u6A2A\u0163\u28DE\u28E1p;\u6ADB\xF2\u2212\xF0\u0A81\u0100dp\u28E9\u28EEels;\u62A7f;\uC000\u{1D55E}\u0100ct\u28F8\u28FDr;\uC000\u{1D4C2}pos\xBB\u159D\u0180;lm\u2909\u290A\u290D\u43BCtimap;\u62B8\u0C00GLRVabcdefghijlmoprstuvw\u2942\u2953\u297E\u2989\u2998\u29DA\u29E9\u2A15\u2A1A\u2A58\u2A5D\u2A83\u2A95\u2AA4\u2AA8\u2B04\u2B07\u2B44\u2B7F\u2BAE\u2C34\u2C67\u2C7C\u2CE9\u0100gt\u2947\u294B;\uC000\u22D9\u0338\u0100;v\u2950\u0BCF\uC000\u226B\u20D2\u0180elt\u295A\u2972\u2976ft\u0100ar\u2961\u2967rrow;\u61CDightarrow;\u61CE;\uC000\u22D8\u0338\u0100;v\u297B\u0C47\uC000\u226A\u20D2ightarrow;\u61CF\u0100Dd\u298E\u2993ash;\u62AFash;\u62AE\u0280bcnpt\u29A3\u29A7\u29AC\u29B1\u29CCla\xBB\u02DEute;\u4144g;\uC000\u2220\u20D2\u0280;Eiop\u0D84\u29BC\u29C0\u29C5\u29C8;\uC000\u2A70\u0338d;\uC000\u224B\u0338s;\u4149ro\xF8\u0D84ur\u0100;a\u29D3\u29D4\u666El\u0100;s\u29D3\u0B38\u01F3\u29DF\0\u29E3p\u80BB\xA0\u0B37mp\u0100;e\u0BF9\u0C00\u0280aeouy\u29F4\u29FE\u2A03\u2A10\u2A13\u01F0\u29F9\0\u29FB;\u6A43on;\u4148dil;\u4146ng\u0100;d\u0D7E\u2A0Aot;\uC000\u2A6D\u0338p;\u6A42;\u443Dash;\u6013\u0380;Aadqsx\u0B92\u2A29\u2A2D\u2A3B\u2A41\u2A45\u2A50rr;\u61D7r\u0100hr\u2A33\u2A36k;\u6924\u0100;o\u13F2\u13F0ot;\uC000\u2250\u0338ui\xF6\u0B63\u0100ei\u2A4A\u2A4Ear;\u6928\xED\u0B98ist\u0100;s\u0BA0\u0B9Fr;\uC000\u{1D52B}\u0200Eest\u0BC5\u2A66\u2A79\u2A7C\u0180;qs\u0BBC\u2A6D\u0BE1\u0180;qs\u0BBC\u0BC5\u2A74lan\xF4\u0BE2i\xED\u0BEA\u0100;r\u0BB6\u2A81\xBB\u0BB7\u0180Aap\u2A8A\u2A8D\u2A91r\xF2\u2971rr;\u61AEar;\u6AF2\u0180;sv\u0F8D\u2A9C\u0F8C\u0100;d\u2AA1\u2AA2\u62FC;\u62FAcy;\u445A\u0380AEadest\u2AB7\u2ABA\u2ABE\u2AC2\u2AC5\u2AF6\u2AF9r\xF2\u2966;\uC000\u2266\u0338rr;\u619Ar;\u6025\u0200;fqs\u0C3B\u2ACE\u2AE3\u2AEFt\u0100ar\u2AD4\u2AD9rro\xF7\u2AC1ightarro\xF7\u2A90\u0180;qs\u0C3B\u2ABA\u2AEAlan\xF4\u0C55\u0100;s\u0C55\u2AF4\xBB\u0C36i\xED\u0C5D\u0100;r\u0C35\u2AFEi\u0100;e\u0C1A\u0C25i\xE4\u0D90\u0100pt\u2B0C\u2B11f;\uC000\u{1D55F}\u8180\xAC;in\u2B19\u2B1A\u2B36\u40ACn\u0200;Edv\u0B89\u2B24\u2B28\u2B2E;\uC000\u22F9\u0338ot;\uC000\u22F5\u0338\u01E1\u0B89\u2B33\u2B35;\u62F7;\u62F6i\u0100;v\u0CB8\u2B3C\u01E1\u0CB8\u2B41\u2B43;\u62FE;\u62FD\u0180aor\u2B4B\u2B63\u2B69r\u0200;ast\u0B7B\u2B55\u2B5A\u2B5Flle\xEC\u0B7Bl;\uC000\u2AFD\u20E5;\uC000\u2202\u0338lint;\u6A14\u0180;ce\u0C92\u2B70\u2B73u\xE5\u0CA5\u0100;c\u0C98\u2B78\u0100;e\u0C92\u2B7D\xF1\u0C98\u0200Aait\u2B88\u2B8B\u2B9D\u2BA7r\xF2\u2988rr\u0180;cw\u2B94\u2B95\u2B99\u619B;\uC000\u2933\u0338;\uC000\u219D\u0338ghtarrow\xBB\u2B95ri\u0100;e\u0CCB\u0CD6\u0380chimpqu\u2BBD\u2BCD\u2BD9\u2B04\u0B78\u2BE4\u2BEF\u0200;cer\u0D32\u2BC6\u0D37\u2BC9u\xE5\u0D45;\uC000\u{1D4C3}ort\u026D\u2B05\0\0\u2BD6ar\xE1\u2B56m\u0100;e\u0D6E\u2BDF\u0100;q\u0D74\u0D73su\u0100bp\u2BEB\u2BED\xE5\u0CF8\xE5\u0D0B\u0180bcp\u2BF6\u2C11\u2C19\u0200;Ees\u2BFF\u2C00\u0D22\u2C04\u6284;\uC000\u2AC5\u0338et\u0100;e\u0D1B\u2C0Bq\u0100;q\u0D23\u2C00c\u0100;e\u0D32\u2C17\xF1\u0D38\u0200;Ees\u2C22\u2C23\u0D5F\u2C27\u6285;\uC000\u2AC6\u0338et\u0100;e\u0D58\u2C2Eq\u0100;q\u0D60\u2C23\u0200gilr\u2C3D\u2C3F\u2C45\u2C47\xEC\u0BD7lde\u803B\xF1\u40F1\xE7\u0C43iangle\u0100lr\u2C52\u2C5Ceft\u0100;e\u0C1A\u2C5A\xF1\u0C26ight\u0100;e\u0CCB\u2C65\xF1\u0CD7\u0100;m\u2C6C\u2C6D\u43BD\u0180;es\u2C74\u2C75\u2C79\u4023ro;\u6116p;\u6007\u0480DHadgilrs\u2C8F\u2C94\u2C99\u2C9E\u2CA3\u2CB0\u2CB6\u2CD3\u2CE3ash;\u62ADarr;\u6904p;\uC000\u224D\u20D2ash;\u62AC\u0100et\u2CA8\u2CAC;\uC000\u2265\u20D2;\uC000>\u20D2nfin;\u69DE\u0180Aet\u2CBD\u2CC1\u2CC5rr;\u6902;\uC000\u2264\u20D2\u0100;r\u2CCA\u2CCD\uC000<\u20D2ie;\uC000\u22B4\u20D2\u0100At\u2CD8\u2CDCrr;\u6903rie;\uC000\u22B5\u20D2im;\uC000\u223C\u20D2\u0180Aan\u2CF0\u2CF4\u2D02rr;\u61D6r\u0100hr\u2CFA\u2CFDk;\u6923\u0100;o\u13E7\u13E5ear;\u6927\u1253\u1A95\0\0\0\0\0\0\0\0\0\0\0\0\0\u2D2D\0\u2D38\u2D48\u2D60\u2D65\u2D72\u2D84\u1B07\0\0\u2D8D\u2DAB\0\u2DC8\u2DCE\0\u2DDC\u2E19\u2E2B\u2E3E\u2E43\u0100cs\u2D31\u1A97ute\u803B\xF3\u40F3\u0100iy\u2D3C\u2D45r\u0100;c\u1A9E\u2D42\u803B\xF4\u40F4;\u443E\u0280abios\u1AA0\u2D52\u2D57\u01C8\u2D5Alac;\u4151v;\u6A38old;\u69BClig;\u4153\u0100cr\u2D69\u2D6Dir;\u69BF;\uC000\u{1D52C}\u036F\u2D79\0\0\u2D7C\0\u2D82n;\u42DBave\u803B\xF2\u40F2;\u69C1\u0100bm\u2D88\u0DF4ar;\u69B5\u0200acit\u2D95\u2D98\u2DA5\u2DA8r\xF2\u1A80\u0100ir\u2D9D\u2DA0r;\u69BEoss;\u69BBn\xE5\u0E52;\u69C0\u0180aei\u2DB1\u2DB5\u2DB9cr;\u414Dga;\u43C9\u0180cdn\u2DC0\u2DC5\u01CDron;\u43BF;\u69B6pf;\uC000\u{1D560}\u0180ael\u2DD4\u2DD7\u01D2r;\u69B7rp;\u69B9\u0380;adiosv\u2DEA\u2DEB\u2DEE\u2E08\u2E0D\u2E10\u2E16\u6228r\xF2\u1A86\u0200;efm\u2DF7\u2DF8\u2E02\u2E05\u6A5Dr\u0100;o\u2DFE\u2DFF\u6134f\xBB\u2DFF\u803B\xAA\u40AA\u803B\xBA\u40BAgof;\u62B6r;\u6A56lope;\u6A57;\u6A5B\u0180clo\u2E1F\u2E21\u2E27\xF2\u2E01ash\u803B\xF8\u40F8l;\u6298i\u016C\u2E2F\u2E34de\u803B\xF5\u40F5es\u0100;a\u01DB\u2E3As;\u6A36ml\u803B\xF6\u40F6bar;\u633D\u0AE1\u2E5E\0\u2E7D\0\u2E80\u2E9D\0\u2EA2\u2EB9\0\0\u2ECB\u0E9C\0\u2F13\0\0\u2F2B\u2FBC\0\u2FC8r\u0200;ast\u0403\u2E67\u2E72\u0E85\u8100\xB6;l\u2E6D\u2E6E\u40B6le\xEC\u0403\u0269\u2E78\0\0\u2E7Bm;\u6AF3;\u6AFDy;\u443Fr\u0280cimpt\u2E8B\u2E8F\u2E93\u1865\u2E97nt;\u4025od;\u402Eil;\u6030enk;\u6031r;\uC000\u{1D52D}\u0180imo\u2EA8\u2EB0\u2EB4\u0100;v\u2EAD\u2EAE\u43C6;\u43D5ma\xF4\u0A76ne;\u660E\u0180;tv\u2EBF\u2EC0\u2EC8\u43C0chfork\xBB\u1FFD;\u43D6\u0100au\u2ECF\u2EDFn\u0100ck\u2ED5\u2EDDk\u0100;h\u21F4\u2EDB;\u610E\xF6\u21F4s\u0480;abcdemst\u2EF3\u2EF4\u1908\u2EF9\u2EFD\u2F04\u2F06\u2F0A\u2F0E\u402Bcir;\u6A23ir;\u6A22\u0100ou\u1D40\u2F02;\u6A25;\u6A72n\u80BB\xB1\u0E9Dim;\u6A26wo;\u6A27\u0180ipu\u2F19\u2F20\u2F25ntint;\u6A15f;\uC000\u{1D561}nd\u803B\xA3\u40A3\u0500;Eaceinosu\u0EC8\u2F3F\u2F41\u2F44\u2F47\u2F81\u2F89\u2F92\u2F7E\u2FB6;\u6AB3p;\u6AB7u\xE5\u0ED9\u0100;c\u0ECE\u2F4C\u0300;acens\u0EC8\u2F59\u2F5F\u2F66\u2F68\u2F7Eppro\xF8\u2F43urlye\xF1\u0ED9\xF1\u0ECE\u0180aes\u2F6F\u2F76\u2F7Approx;\u6AB9qq;\u6AB5im;\u62E8i\xED\u0EDFme\u0100;s\u2F88\u0EAE\u6032\u0180Eas\u2F78\u2F90\u2F7A\xF0\u2F75\u0180dfp\u0EEC\u2F99\u2FAF\u0180als\u2FA0\u2FA5\u2FAAlar;\u632Eine;\u6312urf;\u6313\u0100;t\u0EFB\u2FB4\xEF\u0EFBrel;\u62B0\u0100ci\u2FC0\u2FC5r;\uC000\u{1D4C5};\u43C8ncsp;\u6008\u0300fiopsu\u2FDA\u22E2\u2FDF\u2FE5\u2FEB\u2FF1r;\uC000\u{1D52E}pf;\uC000\u{1D562}rime;\u6057cr;\uC000\u{1D4C6}\u0180aeo\u2FF8\u3009\u3013t\u0100ei\u2FFE\u3005rnion\xF3\u06B0nt;\u6A16st\u0100;e\u3010\u3011\u403F\xF1\u1F19\xF4\u0F14\u0A80ABHabcdefhilmnoprstux\u3040\u3051\u3055\u3059\u30E0\u310E\u312B\u3147\u3162\u3172\u318E\u3206\u3215\u3224\u3229\u3258\u326E\u3272\u3290\u32B0\u32B7\u0180art\u3047\u304A\u304Cr\xF2\u10B3\xF2\u03DDail;\u691Car\xF2\u1C65ar;\u6964\u0380cdenqrt\u3068\u3075\u3078\u307F\u308F\u3094\u30CC\u0100eu\u306D\u3071;\uC000\u223D\u0331te;\u4155i\xE3\u116Emptyv;\u69B3g\u0200;del\u0FD1\u3089\u308B\u308D;\u6992;\u69A5\xE5\u0FD1uo\u803B\xBB\u40BBr\u0580;abcfhlpstw\u0FDC\u30AC\u30AF\u30B7\u30B9\u30BC\u30BE\u30C0\u30C3\u30C7\u30CAp;\u6975\u0100;f\u0FE0\u30B4s;\u6920;\u6933s;\u691E\xEB\u225D\xF0\u272El;\u6945im;\u6974l;\u61A3;\u619D\u0100ai\u30D1\u30D5il;\u691Ao\u0100;n\u30DB\u30DC\u6236al\xF3\u0F1E\u0180abr\u30E7\u30EA\u30EEr\xF2\u17E5rk;\u6773\u0100ak\u30F3\u30FDc\u0100ek\u30F9\u30FB;\u407D;\u405D\u0100es\u3102\u3104;\u698Cl\u0100du\u310A\u310C;\u698E;\u6990\u0200aeuy\u3117\u311C\u3127\u3129ron;\u4159\u0100di\u3121\u3125il;\u4157\xEC\u0FF2\xE2\u30FA;\u4440\u0200clqs\u3134\u3137\u313D\u3144a;\u6937dhar;\u6969uo\u0100;r\u020E\u020Dh;\u61B3\u0180acg\u314E\u315F\u0F44l\u0200;ips\u0F78\u3158\u315B\u109Cn\xE5\u10BBar\xF4\u0FA9t;\u65AD\u0180ilr\u3169\u1023\u316Esht;\u697D;\uC000\u{1D52F}\u0100ao\u3177\u3186r\u0100du\u317D\u317F\xBB\u047B\u0100;l\u1091\u3184;\u696C\u0100;v\u318B\u318C\u43C1;\u43F1\u0180gns\u3195\u31F9\u31FCht\u0300ahlrst\u31A4\u31B0\u31C2\u31D8\u31E4\u31EErrow\u0100;t\u0FDC\u31ADa\xE9\u30C8arpoon\u0100du\u31BB\u31BFow\xEE\u317Ep\xBB\u1092eft\u0100ah\u31CA\u31D0rrow\xF3\u0FEAarpoon\xF3\u0551ightarrows;\u61C9quigarro\xF7\u30CBhreetimes;\u62CCg;\u42DAingdotse\xF1\u1F32\u0180ahm\u320D\u3210\u3213r\xF2\u0FEAa\xF2\u0551;\u600Foust\u0100;a\u321E\u321F\u63B1che\xBB\u321Fmid;\u6AEE\u0200abpt\u3232\u323D\u3240\u3252\u0100nr\u3237\u323Ag;\u67EDr;\u61FEr\xEB\u1003\u0180afl\u3247\u324A\u324Er;\u6986;\uC000\u{1D563}us;\u6A2Eimes;\u6A35\u0100ap\u325D\u3267r\u0100;g\u3263\u3264\u4029t;\u6994olint;\u6A12ar\xF2\u31E3\u0200achq\u327B\u3280\u10BC\u3285quo;\u603Ar;\uC000\u{1D4C7}\u0100bu\u30FB\u328Ao\u0100;r\u0214\u0213\u0180hir\u3297\u329B\u32A0re\xE5\u31F8mes;\u62CAi\u0200;efl\u32AA\u1059\u1821\u32AB\u65B9tri;\u69CEluhar;\u6968;\u611E\u0D61\u32D5\u32DB\u32DF\u332C\u3338\u3371\0\u337A\u33A4\0\0\u33EC\u33F0\0\u3428\u3448\u345A\u34AD\u34B1\u34CA\u34F1\0\u3616\0\0\u3633cute;\u415Bqu\xEF\u27BA\u0500;Eaceinpsy\u11ED\u32F3\u32F5\u32FF\u3302\u330B\u330F\u331F\u3326\u3329;\u6AB4\u01F0\u32FA\0\u32FC;\u6AB8on;\u4161u\xE5\u11FE\u0100;d\u11F3\u3307il;\u415Frc;\u415D\u0180Eas\u3316\u3318\u331B;\u6AB6p;\u6ABAim;\u62E9olint;\u6A13i\xED\u1204;\u4441ot\u0180;be\u3334\u1D47\u3335\u62C5;\u6A66\u0380Aacmstx\u3346\u334A\u3357\u335B\u335E\u3363\u336Drr;\u61D8r\u0100hr\u3350\u3352\xEB\u2228\u0100;o\u0A36\u0A34t\u803B\xA7\u40A7i;\u403Bwar;\u6929m\u0100in\u3369\xF0nu\xF3\xF1t;\u6736r\u0100;o\u3376\u2055\uC000\u{1D530}\u0200acoy\u3382\u3386\u3391\u33A0rp;\u666F\u0100hy\u338B\u338Fcy;\u4449;\u4448rt\u026D\u3399\0\0\u339Ci\xE4\u1464ara\xEC\u2E6F\u803B\xAD\u40AD\u0100gm\u33A8\u33B4ma\u0180;fv\u33B1\u33B2\u33B2\u43C3;\u43C2\u0400;deglnpr\u12AB\u33C5\u33C9\u33CE\u33D6\u33DE\u33E1\u33E6ot;\u6A6A\u0100;q\u12B1\u12B0\u0100;E\u33D3\u33D4\u6A9E;\u6AA0\u0100;E\u33DB\u33DC\u6A9D;\u6A9Fe;\u6246lus;\u6A24arr;\u6972ar\xF2\u113D\u0200aeit\u33F8\u3408\u340F\u3417\u0100ls\u33FD\u3404lsetm\xE9\u336Ahp;\u6A33parsl;\u69E4\u0100dl\u1463\u3414e;\u6323\u0100;e\u341C\u341D\u6AAA\u0100;s\u3422\u3423\u6AAC;\uC000\u2AAC\uFE00\u0180flp\u342E\u3433\u3442tcy;\u444C\u0100;b\u3438\u3439\u402F\u0100;a\u343E\u343F\u69C4r;\u633Ff;\uC000\u{1D564}a\u0100dr\u344D\u0402es\u0100;u\u3454\u3455\u6660it\xBB\u3455\u0180csu\u3460\u3479\u349F\u0100au\u3465\u346Fp\u0100;s\u1188\u346B;\uC000\u2293\uFE00p\u0100;s\u11B4\u3475;\uC000\u2294\uFE00u\u0100bp\u347F\u348F\u0180;es\u1197\u119C\u3486et\u0100;e\u1197\u348D\xF1\u119D\u0180;es\u11A8\u11AD\u3496et\u0100;e\u11A8\u349D\xF1\u11AE\u0180;af\u117B\u34A6\u05B0r\u0165\u34AB\u05B1\xBB\u117Car\xF2\u1148\u0200cemt\u34B9\u34BE\u34C2\u34C5r;\uC000\u{1D4C8}tm\xEE\xF1i\xEC\u3415ar\xE6\u11BE\u0100ar\u34CE\u34D5r\u0100;f\u34D4\u17BF\u6606\u0100an\u34DA\u34EDight\u0100ep\u34E3\u34EApsilo\xEE\u1EE0h\xE9\u2EAFs\xBB\u2852\u0280bcmnp\u34FB\u355E\u1209\u358B\u358E\u0480;Edemnprs\u350E\u350F\u3511\u3515\u351E\u3523\u352C\u3531\u3536\u6282;\u6AC5ot;\u6ABD\u0100;d\u11DA\u351Aot;\u6AC3ult;\u6AC1\u0100Ee\u3528\u352A;\u6ACB;\u628Alus;\u6ABFarr;\u6979\u0180eiu\u353D\u3552\u3555t\u0180;en\u350E\u3545\u354Bq\u0100;q\u11DA\u350Feq\u0100;q\u352B\u3528m;\u6AC7\u0100bp\u355A\u355C;\u6AD5;\u6AD3c\u0300;acens\u11ED\u356C\u3572\u3579\u357B\u3326ppro\xF8\u32FAurlye\xF1\u11FE\xF1\u11F3\u0180aes\u3582\u3588\u331Bppro\xF8\u331Aq\xF1\u3317g;\u666A\u0680123;Edehlmnps\u35A9\u35AC\u35AF\u121C\u35B2\u35B4\u35C0\u35C9\u35D5\u35DA\u35DF\u35E8\u35ED\u803B\xB9\u40B9\u803B\xB2\u40B2\u803B\xB3\u40B3;\u6AC6\u0100os\u35B9\u35BCt;\u6ABEub;\u6AD8\u0100;d\u1222\u35C5ot;\u6AC4s\u0100ou\u35CF\u35D2l;\u67C9b;\u6AD7arr;\u697Bult;\u6AC2\u0100Ee\u35E4\u35E6;\u6ACC;\u628Blus;\u6AC0\u0180eiu\u35F4\u3609\u360Ct\u0180;en\u121C\u35FC\u3602q\u0100;q\u1222\u35B2eq\u0100;q\u35E7\u35E4m;\u6AC8\u0100bp\u3611\u3613;\u6AD4;\u6AD6\u0180Aan\u361C\u3620\u362Drr;\u61D9r\u0100hr\u3626\u3628\xEB\u222E\u0100;o\u0A2B\u0A29war;\u692Alig\u803B\xDF\u40DF\u0BE1\u3651\u365D\u3660\u12CE\u3673\u3679\0\u367E\u36C2\0\0\0\0\0\u36DB\u3703\0\u3709\u376C\0\0\0\u3787\u0272\u3656\0\0\u365Bget;\u6316;\u43C4r\xEB\u0E5F\u0180aey\u3666\u366B\u3670ron;\u4165dil;\u4163;\u4442lrec;\u6315r;\uC000\u{1D531}\u0200eiko\u3686\u369D\u36B5\u36BC\u01F2\u368B\0\u3691e\u01004f\u1284\u1281a\u0180;sv\u3698\u3699\u369B\u43B8ym;\u43D1\u0100cn\u36A2\u36B2k\u0100as\u36A8\u36AEppro\xF8\u12C1im\xBB\u12ACs\xF0\u129E\u0100as\u36BA\u36AE\xF0\u12C1rn\u803B\xFE\u40FE\u01EC\u031F\u36C6\u22E7es\u8180\xD7;bd\u36CF\u36D0\u36D8\u40D7\u0100;a\u190F\u36D5r;\u6A31;\u6A30\u0180eps\u36E1\u36E3\u3700\xE1\u2A4D\u0200;bcf\u0486\u36EC\u36F0\u36F4ot;\u6336ir;\u6AF1\u0100;o\u36F9\u36FC\uC000\u{1D565}rk;\u6ADA\xE1\u3362rime;\u6034\u0180aip\u370F\u3712\u3764d\xE5\u1248\u0380adempst\u3721\u374D\u3740\u3751\u3757\u375C\u375Fngle\u0280;dlqr\u3730\u3731\u3736\u3740\u3742\u65B5own\xBB\u1DBBeft\u0100;e\u2800\u373E\xF1\u092E;\u625Cight\u0100;e\u32AA\u374B\xF1\u105Aot;\u65ECinus;\u6A3Alus;\u6A39b;\u69CDime;\u6A3Bezium;\u63E2\u0180cht\u3772\u377D\u3781\u0100ry\u3777\u377B;\uC000\u{1D4C9};\u4446cy;\u445Brok;\u4167\u0100io\u378B\u378Ex\xF4\u1777head\u0100lr\u3797\u37A0eftarro\xF7\u084Fightarrow\xBB\u0F5D\u0900AHabcdfghlmoprstuw\u37D0\u37D3\u37D7\u37E4\u37F0\u37FC\u380E\u381C\u3823\u3834\u3851\u385D\u386B\u38A9\u38CC\u38D2\u38EA\u38F6r\xF2\u03EDar;\u6963\u0100cr\u37DC\u37E2ute\u803B\xFA\u40FA\xF2\u1150r\u01E3\u37EA\0\u37EDy;\u445Eve;\u416D\u0100iy\u37F5\u37FArc\u803B\xFB\u40FB;\u4443\u0180abh\u3803\u3806\u380Br\xF2\u13ADlac;\u4171a\xF2\u13C3\u0100ir\u3813\u3818sht;\u697E;\uC000\u{1D532}rave\u803B\xF9\u40F9\u0161\u3827\u3831r\u0100lr\u382C\u382E\xBB\u0957\xBB\u1083lk;\u6580\u0100ct\u3839\u384D\u026F\u383F\0\0\u384Arn\u0100;e\u3845\u3846\u631Cr\xBB\u3846op;\u630Fri;\u65F8\u0100al\u3856\u385Acr;\u416B\u80BB\xA8\u0349\u0100gp\u3862\u3866on;\u4173f;\uC000\u{1D566}\u0300adhlsu\u114B\u3878\u387D\u1372\u3891\u38A0own\xE1\u13B3arpoon\u0100lr\u3888\u388Cef\xF4\u382Digh\xF4\u382Fi\u0180;hl\u3899\u389A\u389C\u43C5\xBB\u13FAon\xBB\u389Aparrows;\u61C8\u0180cit\u38B0\u38C4\u38C8\u026F\u38B6\0\0\u38C1rn\u0100;e\u38BC\u38BD\u631Dr\xBB\u38BDop;\u630Eng;\u416Fri;\u65F9cr;\uC000\u{1D4CA}\u0180dir\u38D9\u38DD\u38E2ot;\u62F0lde;\u4169i\u0100;f\u3730\u38E8\xBB\u1813\u0100am\u38EF\u38F2r\xF2\u38A8l\u803B\xFC\u40FCangle;\u69A7\u0780ABDacdeflnoprsz\u391C\u391F\u3929\u392D\u39B5\u39B8\u39BD\u39DF\u39E4\u39E8\u39F3\u39F9\u39FD\u3A01\u3A20r\xF2\u03F7ar\u0100;v\u3926\u3927\u6AE8;\u6AE9as\xE8\u03E1\u0100nr\u3932\u3937grt;\u699C\u0380eknprst\u34E3\u3946\u394B\u3952\u395D\u3964\u3996app\xE1\u2415othin\xE7\u1E96\u0180hir\u34EB\u2EC8\u3959op\xF4\u2FB5\u0100;h\u13B7\u3962\xEF\u318D\u0100iu\u3969\u396Dgm\xE1\u33B3\u0100bp\u3972\u3984setneq\u0100;q\u397D\u3980\uC000\u228A\uFE00;\uC000\u2ACB\uFE00setneq\u0100;q\u398F\u3992\uC000\u228B\uFE00;\uC000\u2ACC\uFE00\u0100hr\u399B\u399Fet\xE1\u369Ciangle\u0100lr\u39AA\u39AFeft\xBB\u0925ight\xBB\u1051y;\u4432ash\xBB\u1036\u0180elr\u39C4\u39D2\u39D7\u0180;be\u2DEA\u39CB\u39CFar;\u62BBq;\u625Alip;\u62EE\u0100bt\u39DC\u1468a\xF2\u1469r;\uC000\u{1D533}tr\xE9\u39AEsu\u0100bp\u39EF\u39F1\xBB\u0D1C\xBB\u0D59pf;\uC000\u{1D567}ro\xF0\u0EFBtr\xE9\u39B4\u0100cu\u3A06\u3A0Br;\uC000\u{1D4CB}\u0100bp\u3A10\u3A18n\u0100Ee\u3980\u3A16\xBB\u397En\u0100Ee\u3992\u3A1E\xBB\u3990igzag;\u699A\u0380cefoprs\u3A36\u3A3B\u3A56\u3A5B\u3A54\u3A61\u3A6Airc;\u4175\u0100di\u3A40\u3A51\u0100bg\u3A45\u3A49ar;\u6A5Fe\u0100;q\u15FA\u3A4F;\u6259erp;\u6118r;\uC000\u{1D534}pf;\uC000\u{1D568}\u0100;e\u1479\u3A66at\xE8\u1479cr;\uC000\u{1D4CC}\u0AE3\u178E\u3A87\0\u3A8B\0\u3A90\u3A9B\0\0\u3A9D\u3AA8\u3AAB\u3AAF\0\0\u3AC3\u3ACE\0\u3AD8\u17DC\u17DFtr\xE9\u17D1r;\uC000\u{1D535}\u0100Aa\u3A94\u3A97r\xF2\u03C3r\xF2\u09F6;\u43BE\u0100Aa\u3AA1\u3AA4r\xF2\u03B8r\xF2\u09EBa\xF0\u2713is;\u62FB\u0180dpt\u17A4\u3AB5\u3ABE\u0100fl\u3ABA\u17A9;\uC000\u{1D569}im\xE5\u17B2\u0100Aa\u3AC7\u3ACAr\xF2\u03CEr\xF2\u0A01\u0100cq\u3AD2\u17B8r;\uC000\u{1D4CD}\u0100pt\u17D6\u3ADCr\xE9\u17D4\u0400acefiosu\u3AF0\u3AFD\u3B08\u3B0C\u3B11\u3B15\u3B1B\u3B21c\u0100uy\u3AF6\u3AFBte\u803B\xFD\u40FD;\u444F\u0100iy\u3B02\u3B06rc;\u4177;\u444Bn\u803B\xA5\u40A5r;\uC000\u{1D536}cy;\u4457pf;\uC000\u{1D56A}cr;\uC000\u{1D4CE}\u0100cm\u3B26\u3B29y;\u444El\u803B\xFF\u40FF\u0500acdefhiosw\u3B42\u3B48\u3B54\u3B58\u3B64\u3B69\u3B6D\u3B74\u3B7A\u3B80cute;\u417A\u0100ay\u3B4D\u3B52ron;\u417E;\u4437ot;\u417C\u0100et\u3B5D\u3B61tr\xE6\u155Fa;\u43B6r;\uC000\u{1D537}cy;\u4436grarr;\u61DDpf;\uC000\u{1D56B}cr;\uC000\u{1D4CF}\u0100jn\u3B85\u3B87;\u600Dj;\u600C'.split("").map((c) => c.charCodeAt(0))
);

// node_modules/dom-serializer/node_modules/entities/lib/esm/generated/decode-data-xml.js
var decode_data_xml_default = new Uint16Array(
  // prettier-ignore
  "\u0200aglq	\x1B\u026D\0\0p;\u4026os;\u4027t;\u403Et;\u403Cuot;\u4022".split("").map((c) => c.charCodeAt(0))
);

// node_modules/dom-serializer/node_modules/entities/lib/esm/decode_codepoint.js
var _a2;
var decodeMap2 = /* @__PURE__ */ new Map([
  [0, 65533],
  // C1 Unicode control character reference replacements
  [128, 8364],
  [130, 8218],
  [131, 402],
  [132, 8222],
  [133, 8230],
  [134, 8224],
  [135, 8225],
  [136, 710],
  [137, 8240],
  [138, 352],
  [139, 8249],
  [140, 338],
  [142, 381],
  [145, 8216],
  [146, 8217],
  [147, 8220],
  [148, 8221],
  [149, 8226],
  [150, 8211],
  [151, 8212],
  [152, 732],
  [153, 8482],
  [154, 353],
  [155, 8250],
  [156, 339],
  [158, 382],
  [159, 376]
]);
var fromCodePoint2 = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, node/no-unsupported-features/es-builtins
  (_a2 = String.fromCodePoint) !== null && _a2 !== void 0 ? _a2 : function(codePoint) {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  }
);
function replaceCodePoint2(codePoint) {
  var _a3;
  if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
    return 65533;
  }
  return (_a3 = decodeMap2.get(codePoint)) !== null && _a3 !== void 0 ? _a3 : codePoint;
}

// node_modules/dom-serializer/node_modules/entities/lib/esm/decode.js
var CharCodes3;
(function(CharCodes4) {
  CharCodes4[CharCodes4["NUM"] = 35] = "NUM";
  CharCodes4[CharCodes4["SEMI"] = 59] = "SEMI";
  CharCodes4[CharCodes4["EQUALS"] = 61] = "EQUALS";
  CharCodes4[CharCodes4["ZERO"] = 48] = "ZERO";
  CharCodes4[CharCodes4["NINE"] = 57] = "NINE";
  CharCodes4[CharCodes4["LOWER_A"] = 97] = "LOWER_A";
  CharCodes4[CharCodes4["LOWER_F"] = 102] = "LOWER_F";
  CharCodes4[CharCodes4["LOWER_X"] = 120] = "LOWER_X";
  CharCodes4[CharCodes4["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes4[CharCodes4["UPPER_A"] = 65] = "UPPER_A";
  CharCodes4[CharCodes4["UPPER_F"] = 70] = "UPPER_F";
  CharCodes4[CharCodes4["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes3 || (CharCodes3 = {}));
var TO_LOWER_BIT2 = 32;
var BinTrieFlags2;
(function(BinTrieFlags3) {
  BinTrieFlags3[BinTrieFlags3["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags3[BinTrieFlags3["BRANCH_LENGTH"] = 16256] = "BRANCH_LENGTH";
  BinTrieFlags3[BinTrieFlags3["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags2 || (BinTrieFlags2 = {}));
function isNumber2(code) {
  return code >= CharCodes3.ZERO && code <= CharCodes3.NINE;
}
function isHexadecimalCharacter2(code) {
  return code >= CharCodes3.UPPER_A && code <= CharCodes3.UPPER_F || code >= CharCodes3.LOWER_A && code <= CharCodes3.LOWER_F;
}
function isAsciiAlphaNumeric2(code) {
  return code >= CharCodes3.UPPER_A && code <= CharCodes3.UPPER_Z || code >= CharCodes3.LOWER_A && code <= CharCodes3.LOWER_Z || isNumber2(code);
}
function isEntityInAttributeInvalidEnd2(code) {
  return code === CharCodes3.EQUALS || isAsciiAlphaNumeric2(code);
}
var EntityDecoderState2;
(function(EntityDecoderState3) {
  EntityDecoderState3[EntityDecoderState3["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState3[EntityDecoderState3["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState3[EntityDecoderState3["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState3[EntityDecoderState3["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState3[EntityDecoderState3["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState2 || (EntityDecoderState2 = {}));
var DecodingMode2;
(function(DecodingMode3) {
  DecodingMode3[DecodingMode3["Legacy"] = 0] = "Legacy";
  DecodingMode3[DecodingMode3["Strict"] = 1] = "Strict";
  DecodingMode3[DecodingMode3["Attribute"] = 2] = "Attribute";
})(DecodingMode2 || (DecodingMode2 = {}));
var EntityDecoder2 = class {
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
    this.state = EntityDecoderState2.EntityStart;
    this.consumed = 1;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.decodeMode = DecodingMode2.Strict;
  }
  /** Resets the instance to make it reusable. */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState2.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   *
   * @param string The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(str, offset) {
    switch (this.state) {
      case EntityDecoderState2.EntityStart: {
        if (str.charCodeAt(offset) === CharCodes3.NUM) {
          this.state = EntityDecoderState2.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(str, offset + 1);
        }
        this.state = EntityDecoderState2.NamedEntity;
        return this.stateNamedEntity(str, offset);
      }
      case EntityDecoderState2.NumericStart: {
        return this.stateNumericStart(str, offset);
      }
      case EntityDecoderState2.NumericDecimal: {
        return this.stateNumericDecimal(str, offset);
      }
      case EntityDecoderState2.NumericHex: {
        return this.stateNumericHex(str, offset);
      }
      case EntityDecoderState2.NamedEntity: {
        return this.stateNamedEntity(str, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericStart(str, offset) {
    if (offset >= str.length) {
      return -1;
    }
    if ((str.charCodeAt(offset) | TO_LOWER_BIT2) === CharCodes3.LOWER_X) {
      this.state = EntityDecoderState2.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(str, offset + 1);
    }
    this.state = EntityDecoderState2.NumericDecimal;
    return this.stateNumericDecimal(str, offset);
  }
  addToNumericResult(str, start, end, base) {
    if (start !== end) {
      const digitCount = end - start;
      this.result = this.result * Math.pow(base, digitCount) + parseInt(str.substr(start, digitCount), base);
      this.consumed += digitCount;
    }
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(str, offset) {
    const startIdx = offset;
    while (offset < str.length) {
      const char = str.charCodeAt(offset);
      if (isNumber2(char) || isHexadecimalCharacter2(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str, startIdx, offset, 16);
        return this.emitNumericEntity(char, 3);
      }
    }
    this.addToNumericResult(str, startIdx, offset, 16);
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(str, offset) {
    const startIdx = offset;
    while (offset < str.length) {
      const char = str.charCodeAt(offset);
      if (isNumber2(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str, startIdx, offset, 10);
        return this.emitNumericEntity(char, 2);
      }
    }
    this.addToNumericResult(str, startIdx, offset, 10);
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   *
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    var _a3;
    if (this.consumed <= expectedLength) {
      (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes3.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode2.Strict) {
      return 0;
    }
    this.emitCodePoint(replaceCodePoint2(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes3.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(str, offset) {
    const { decodeTree } = this;
    let current = decodeTree[this.treeIndex];
    let valueLength = (current & BinTrieFlags2.VALUE_LENGTH) >> 14;
    for (; offset < str.length; offset++, this.excess++) {
      const char = str.charCodeAt(offset);
      this.treeIndex = determineBranch2(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
      if (this.treeIndex < 0) {
        return this.result === 0 || // If we are parsing an attribute
        this.decodeMode === DecodingMode2.Attribute && // We shouldn't have consumed any characters after the entity,
        (valueLength === 0 || // And there should be no invalid characters.
        isEntityInAttributeInvalidEnd2(char)) ? 0 : this.emitNotTerminatedNamedEntity();
      }
      current = decodeTree[this.treeIndex];
      valueLength = (current & BinTrieFlags2.VALUE_LENGTH) >> 14;
      if (valueLength !== 0) {
        if (char === CharCodes3.SEMI) {
          return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
        }
        if (this.decodeMode !== DecodingMode2.Strict) {
          this.result = this.treeIndex;
          this.consumed += this.excess;
          this.excess = 0;
        }
      }
    }
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   *
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    var _a3;
    const { result, decodeTree } = this;
    const valueLength = (decodeTree[result] & BinTrieFlags2.VALUE_LENGTH) >> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   *
   * @param result The index of the entity in the decode tree.
   * @param valueLength The number of bytes in the entity.
   * @param consumed The number of characters consumed.
   *
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & ~BinTrieFlags2.VALUE_LENGTH : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   *
   * @returns The number of characters consumed.
   */
  end() {
    var _a3;
    switch (this.state) {
      case EntityDecoderState2.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode2.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState2.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState2.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState2.NumericStart: {
        (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      case EntityDecoderState2.EntityStart: {
        return 0;
      }
    }
  }
};
function getDecoder(decodeTree) {
  let ret = "";
  const decoder = new EntityDecoder2(decodeTree, (str) => ret += fromCodePoint2(str));
  return function decodeWithTrie(str, decodeMode) {
    let lastIndex = 0;
    let offset = 0;
    while ((offset = str.indexOf("&", offset)) >= 0) {
      ret += str.slice(lastIndex, offset);
      decoder.startEntity(decodeMode);
      const len = decoder.write(
        str,
        // Skip the "&"
        offset + 1
      );
      if (len < 0) {
        lastIndex = offset + decoder.end();
        break;
      }
      lastIndex = offset + len;
      offset = len === 0 ? lastIndex + 1 : lastIndex;
    }
    const result = ret + str.slice(lastIndex);
    ret = "";
    return result;
  };
}
function determineBranch2(decodeTree, current, nodeIdx, char) {
  const branchCount = (current & BinTrieFlags2.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags2.JUMP_TABLE;
  if (branchCount === 0) {
    return jumpOffset !== 0 && char === jumpOffset ? nodeIdx : -1;
  }
  if (jumpOffset) {
    const value = char - jumpOffset;
    return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIdx + value] - 1;
  }
  let lo = nodeIdx;
  let hi = lo + branchCount - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const midVal = decodeTree[mid];
    if (midVal < char) {
      lo = mid + 1;
    } else if (midVal > char) {
      hi = mid - 1;
    } else {
      return decodeTree[mid + branchCount];
    }
  }
  return -1;
}
var htmlDecoder = getDecoder(decode_data_html_default);
var xmlDecoder = getDecoder(decode_data_xml_default);

// node_modules/dom-serializer/node_modules/entities/lib/esm/generated/encode-html.js
function restoreDiff(arr) {
  for (let i = 1; i < arr.length; i++) {
    arr[i][0] += arr[i - 1][0] + 1;
  }
  return arr;
}
var encode_html_default = new Map(/* @__PURE__ */ restoreDiff([[9, "&Tab;"], [0, "&NewLine;"], [22, "&excl;"], [0, "&quot;"], [0, "&num;"], [0, "&dollar;"], [0, "&percnt;"], [0, "&amp;"], [0, "&apos;"], [0, "&lpar;"], [0, "&rpar;"], [0, "&ast;"], [0, "&plus;"], [0, "&comma;"], [1, "&period;"], [0, "&sol;"], [10, "&colon;"], [0, "&semi;"], [0, { v: "&lt;", n: 8402, o: "&nvlt;" }], [0, { v: "&equals;", n: 8421, o: "&bne;" }], [0, { v: "&gt;", n: 8402, o: "&nvgt;" }], [0, "&quest;"], [0, "&commat;"], [26, "&lbrack;"], [0, "&bsol;"], [0, "&rbrack;"], [0, "&Hat;"], [0, "&lowbar;"], [0, "&DiacriticalGrave;"], [5, { n: 106, o: "&fjlig;" }], [20, "&lbrace;"], [0, "&verbar;"], [0, "&rbrace;"], [34, "&nbsp;"], [0, "&iexcl;"], [0, "&cent;"], [0, "&pound;"], [0, "&curren;"], [0, "&yen;"], [0, "&brvbar;"], [0, "&sect;"], [0, "&die;"], [0, "&copy;"], [0, "&ordf;"], [0, "&laquo;"], [0, "&not;"], [0, "&shy;"], [0, "&circledR;"], [0, "&macr;"], [0, "&deg;"], [0, "&PlusMinus;"], [0, "&sup2;"], [0, "&sup3;"], [0, "&acute;"], [0, "&micro;"], [0, "&para;"], [0, "&centerdot;"], [0, "&cedil;"], [0, "&sup1;"], [0, "&ordm;"], [0, "&raquo;"], [0, "&frac14;"], [0, "&frac12;"], [0, "&frac34;"], [0, "&iquest;"], [0, "&Agrave;"], [0, "&Aacute;"], [0, "&Acirc;"], [0, "&Atilde;"], [0, "&Auml;"], [0, "&angst;"], [0, "&AElig;"], [0, "&Ccedil;"], [0, "&Egrave;"], [0, "&Eacute;"], [0, "&Ecirc;"], [0, "&Euml;"], [0, "&Igrave;"], [0, "&Iacute;"], [0, "&Icirc;"], [0, "&Iuml;"], [0, "&ETH;"], [0, "&Ntilde;"], [0, "&Ograve;"], [0, "&Oacute;"], [0, "&Ocirc;"], [0, "&Otilde;"], [0, "&Ouml;"], [0, "&times;"], [0, "&Oslash;"], [0, "&Ugrave;"], [0, "&Uacute;"], [0, "&Ucirc;"], [0, "&Uuml;"], [0, "&Yacute;"], [0, "&THORN;"], [0, "&szlig;"], [0, "&agrave;"], [0, "&aacute;"], [0, "&acirc;"], [0, "&atilde;"], [0, "&auml;"], [0, "&aring;"], [0, "&aelig;"], [0, "&ccedil;"], [0, "&egrave;"], [0, "&eacute;"], [0, "&ecirc;"], [0, "&euml;"], [0, "&igrave;"], [0, "&iacute;"], [0, "&icirc;"], [0, "&iuml;"], [0, "&eth;"], [0, "&ntilde;"], [0, "&ograve;"], [0, "&oacute;"], [0, "&ocirc;"], [0, "&otilde;"], [0, "&ouml;"], [0, "&div;"], [0, "&oslash;"], [0, "&ugrave;"], [0, "&uacute;"], [0, "&ucirc;"], [0, "&uuml;"], [0, "&yacute;"], [0, "&thorn;"], [0, "&yuml;"], [0, "&Amacr;"], [0, "&amacr;"], [0, "&Abreve;"], [0, "&abreve;"], [0, "&Aogon;"], [0, "&aogon;"], [0, "&Cacute;"], [0, "&cacute;"], [0, "&Ccirc;"], [0, "&ccirc;"], [0, "&Cdot;"], [0, "&cdot;"], [0, "&Ccaron;"], [0, "&ccaron;"], [0, "&Dcaron;"], [0, "&dcaron;"], [0, "&Dstrok;"], [0, "&dstrok;"], [0, "&Emacr;"], [0, "&emacr;"], [2, "&Edot;"], [0, "&edot;"], [0, "&Eogon;"], [0, "&eogon;"], [0, "&Ecaron;"], [0, "&ecaron;"], [0, "&Gcirc;"], [0, "&gcirc;"], [0, "&Gbreve;"], [0, "&gbreve;"], [0, "&Gdot;"], [0, "&gdot;"], [0, "&Gcedil;"], [1, "&Hcirc;"], [0, "&hcirc;"], [0, "&Hstrok;"], [0, "&hstrok;"], [0, "&Itilde;"], [0, "&itilde;"], [0, "&Imacr;"], [0, "&imacr;"], [2, "&Iogon;"], [0, "&iogon;"], [0, "&Idot;"], [0, "&imath;"], [0, "&IJlig;"], [0, "&ijlig;"], [0, "&Jcirc;"], [0, "&jcirc;"], [0, "&Kcedil;"], [0, "&kcedil;"], [0, "&kgreen;"], [0, "&Lacute;"], [0, "&lacute;"], [0, "&Lcedil;"], [0, "&lcedil;"], [0, "&Lcaron;"], [0, "&lcaron;"], [0, "&Lmidot;"], [0, "&lmidot;"], [0, "&Lstrok;"], [0, "&lstrok;"], [0, "&Nacute;"], [0, "&nacute;"], [0, "&Ncedil;"], [0, "&ncedil;"], [0, "&Ncaron;"], [0, "&ncaron;"], [0, "&napos;"], [0, "&ENG;"], [0, "&eng;"], [0, "&Omacr;"], [0, "&omacr;"], [2, "&Odblac;"], [0, "&odblac;"], [0, "&OElig;"], [0, "&oelig;"], [0, "&Racute;"], [0, "&racute;"], [0, "&Rcedil;"], [0, "&rcedil;"], [0, "&Rcaron;"], [0, "&rcaron;"], [0, "&Sacute;"], [0, "&sacute;"], [0, "&Scirc;"], [0, "&scirc;"], [0, "&Scedil;"], [0, "&scedil;"], [0, "&Scaron;"], [0, "&scaron;"], [0, "&Tcedil;"], [0, "&tcedil;"], [0, "&Tcaron;"], [0, "&tcaron;"], [0, "&Tstrok;"], [0, "&tstrok;"], [0, "&Utilde;"], [0, "&utilde;"], [0, "&Umacr;"], [0, "&umacr;"], [0, "&Ubreve;"], [0, "&ubreve;"], [0, "&Uring;"], [0, "&uring;"], [0, "&Udblac;"], [0, "&udblac;"], [0, "&Uogon;"], [0, "&uogon;"], [0, "&Wcirc;"], [0, "&wcirc;"], [0, "&Ycirc;"], [0, "&ycirc;"], [0, "&Yuml;"], [0, "&Zacute;"], [0, "&zacute;"], [0, "&Zdot;"], [0, "&zdot;"], [0, "&Zcaron;"], [0, "&zcaron;"], [19, "&fnof;"], [34, "&imped;"], [63, "&gacute;"], [65, "&jmath;"], [142, "&circ;"], [0, "&caron;"], [16, "&breve;"], [0, "&DiacriticalDot;"], [0, "&ring;"], [0, "&ogon;"], [0, "&DiacriticalTilde;"], [0, "&dblac;"], [51, "&DownBreve;"], [127, "&Alpha;"], [0, "&Beta;"], [0, "&Gamma;"], [0, "&Delta;"], [0, "&Epsilon;"], [0, "&Zeta;"], [0, "&Eta;"], [0, "&Theta;"], [0, "&Iota;"], [0, "&Kappa;"], [0, "&Lambda;"], [0, "&Mu;"], [0, "&Nu;"], [0, "&Xi;"], [0, "&Omicron;"], [0, "&Pi;"], [0, "&Rho;"], [1, "&Sigma;"], [0, "&Tau;"], [0, "&Upsilon;"], [0, "&Phi;"], [0, "&Chi;"], [0, "&Psi;"], [0, "&ohm;"], [7, "&alpha;"], [0, "&beta;"], [0, "&gamma;"], [0, "&delta;"], [0, "&epsi;"], [0, "&zeta;"], [0, "&eta;"], [0, "&theta;"], [0, "&iota;"], [0, "&kappa;"], [0, "&lambda;"], [0, "&mu;"], [0, "&nu;"], [0, "&xi;"], [0, "&omicron;"], [0, "&pi;"], [0, "&rho;"], [0, "&sigmaf;"], [0, "&sigma;"], [0, "&tau;"], [0, "&upsi;"], [0, "&phi;"], [0, "&chi;"], [0, "&psi;"], [0, "&omega;"], [7, "&thetasym;"], [0, "&Upsi;"], [2, "&phiv;"], [0, "&piv;"], [5, "&Gammad;"], [0, "&digamma;"], [18, "&kappav;"], [0, "&rhov;"], [3, "&epsiv;"], [0, "&backepsilon;"], [10, "&IOcy;"], [0, "&DJcy;"], [0, "&GJcy;"], [0, "&Jukcy;"], [0, "&DScy;"], [0, "&Iukcy;"], [0, "&YIcy;"], [0, "&Jsercy;"], [0, "&LJcy;"], [0, "&NJcy;"], [0, "&TSHcy;"], [0, "&KJcy;"], [1, "&Ubrcy;"], [0, "&DZcy;"], [0, "&Acy;"], [0, "&Bcy;"], [0, "&Vcy;"], [0, "&Gcy;"], [0, "&Dcy;"], [0, "&IEcy;"], [0, "&ZHcy;"], [0, "&Zcy;"], [0, "&Icy;"], [0, "&Jcy;"], [0, "&Kcy;"], [0, "&Lcy;"], [0, "&Mcy;"], [0, "&Ncy;"], [0, "&Ocy;"], [0, "&Pcy;"], [0, "&Rcy;"], [0, "&Scy;"], [0, "&Tcy;"], [0, "&Ucy;"], [0, "&Fcy;"], [0, "&KHcy;"], [0, "&TScy;"], [0, "&CHcy;"], [0, "&SHcy;"], [0, "&SHCHcy;"], [0, "&HARDcy;"], [0, "&Ycy;"], [0, "&SOFTcy;"], [0, "&Ecy;"], [0, "&YUcy;"], [0, "&YAcy;"], [0, "&acy;"], [0, "&bcy;"], [0, "&vcy;"], [0, "&gcy;"], [0, "&dcy;"], [0, "&iecy;"], [0, "&zhcy;"], [0, "&zcy;"], [0, "&icy;"], [0, "&jcy;"], [0, "&kcy;"], [0, "&lcy;"], [0, "&mcy;"], [0, "&ncy;"], [0, "&ocy;"], [0, "&pcy;"], [0, "&rcy;"], [0, "&scy;"], [0, "&tcy;"], [0, "&ucy;"], [0, "&fcy;"], [0, "&khcy;"], [0, "&tscy;"], [0, "&chcy;"], [0, "&shcy;"], [0, "&shchcy;"], [0, "&hardcy;"], [0, "&ycy;"], [0, "&softcy;"], [0, "&ecy;"], [0, "&yucy;"], [0, "&yacy;"], [1, "&iocy;"], [0, "&djcy;"], [0, "&gjcy;"], [0, "&jukcy;"], [0, "&dscy;"], [0, "&iukcy;"], [0, "&yicy;"], [0, "&jsercy;"], [0, "&ljcy;"], [0, "&njcy;"], [0, "&tshcy;"], [0, "&kjcy;"], [1, "&ubrcy;"], [0, "&dzcy;"], [7074, "&ensp;"], [0, "&emsp;"], [0, "&emsp13;"], [0, "&emsp14;"], [1, "&numsp;"], [0, "&puncsp;"], [0, "&ThinSpace;"], [0, "&hairsp;"], [0, "&NegativeMediumSpace;"], [0, "&zwnj;"], [0, "&zwj;"], [0, "&lrm;"], [0, "&rlm;"], [0, "&dash;"], [2, "&ndash;"], [0, "&mdash;"], [0, "&horbar;"], [0, "&Verbar;"], [1, "&lsquo;"], [0, "&CloseCurlyQuote;"], [0, "&lsquor;"], [1, "&ldquo;"], [0, "&CloseCurlyDoubleQuote;"], [0, "&bdquo;"], [1, "&dagger;"], [0, "&Dagger;"], [0, "&bull;"], [2, "&nldr;"], [0, "&hellip;"], [9, "&permil;"], [0, "&pertenk;"], [0, "&prime;"], [0, "&Prime;"], [0, "&tprime;"], [0, "&backprime;"], [3, "&lsaquo;"], [0, "&rsaquo;"], [3, "&oline;"], [2, "&caret;"], [1, "&hybull;"], [0, "&frasl;"], [10, "&bsemi;"], [7, "&qprime;"], [7, { v: "&MediumSpace;", n: 8202, o: "&ThickSpace;" }], [0, "&NoBreak;"], [0, "&af;"], [0, "&InvisibleTimes;"], [0, "&ic;"], [72, "&euro;"], [46, "&tdot;"], [0, "&DotDot;"], [37, "&complexes;"], [2, "&incare;"], [4, "&gscr;"], [0, "&hamilt;"], [0, "&Hfr;"], [0, "&Hopf;"], [0, "&planckh;"], [0, "&hbar;"], [0, "&imagline;"], [0, "&Ifr;"], [0, "&lagran;"], [0, "&ell;"], [1, "&naturals;"], [0, "&numero;"], [0, "&copysr;"], [0, "&weierp;"], [0, "&Popf;"], [0, "&Qopf;"], [0, "&realine;"], [0, "&real;"], [0, "&reals;"], [0, "&rx;"], [3, "&trade;"], [1, "&integers;"], [2, "&mho;"], [0, "&zeetrf;"], [0, "&iiota;"], [2, "&bernou;"], [0, "&Cayleys;"], [1, "&escr;"], [0, "&Escr;"], [0, "&Fouriertrf;"], [1, "&Mellintrf;"], [0, "&order;"], [0, "&alefsym;"], [0, "&beth;"], [0, "&gimel;"], [0, "&daleth;"], [12, "&CapitalDifferentialD;"], [0, "&dd;"], [0, "&ee;"], [0, "&ii;"], [10, "&frac13;"], [0, "&frac23;"], [0, "&frac15;"], [0, "&frac25;"], [0, "&frac35;"], [0, "&frac45;"], [0, "&frac16;"], [0, "&frac56;"], [0, "&frac18;"], [0, "&frac38;"], [0, "&frac58;"], [0, "&frac78;"], [49, "&larr;"], [0, "&ShortUpArrow;"], [0, "&rarr;"], [0, "&darr;"], [0, "&harr;"], [0, "&updownarrow;"], [0, "&nwarr;"], [0, "&nearr;"], [0, "&LowerRightArrow;"], [0, "&LowerLeftArrow;"], [0, "&nlarr;"], [0, "&nrarr;"], [1, { v: "&rarrw;", n: 824, o: "&nrarrw;" }], [0, "&Larr;"], [0, "&Uarr;"], [0, "&Rarr;"], [0, "&Darr;"], [0, "&larrtl;"], [0, "&rarrtl;"], [0, "&LeftTeeArrow;"], [0, "&mapstoup;"], [0, "&map;"], [0, "&DownTeeArrow;"], [1, "&hookleftarrow;"], [0, "&hookrightarrow;"], [0, "&larrlp;"], [0, "&looparrowright;"], [0, "&harrw;"], [0, "&nharr;"], [1, "&lsh;"], [0, "&rsh;"], [0, "&ldsh;"], [0, "&rdsh;"], [1, "&crarr;"], [0, "&cularr;"], [0, "&curarr;"], [2, "&circlearrowleft;"], [0, "&circlearrowright;"], [0, "&leftharpoonup;"], [0, "&DownLeftVector;"], [0, "&RightUpVector;"], [0, "&LeftUpVector;"], [0, "&rharu;"], [0, "&DownRightVector;"], [0, "&dharr;"], [0, "&dharl;"], [0, "&RightArrowLeftArrow;"], [0, "&udarr;"], [0, "&LeftArrowRightArrow;"], [0, "&leftleftarrows;"], [0, "&upuparrows;"], [0, "&rightrightarrows;"], [0, "&ddarr;"], [0, "&leftrightharpoons;"], [0, "&Equilibrium;"], [0, "&nlArr;"], [0, "&nhArr;"], [0, "&nrArr;"], [0, "&DoubleLeftArrow;"], [0, "&DoubleUpArrow;"], [0, "&DoubleRightArrow;"], [0, "&dArr;"], [0, "&DoubleLeftRightArrow;"], [0, "&DoubleUpDownArrow;"], [0, "&nwArr;"], [0, "&neArr;"], [0, "&seArr;"], [0, "&swArr;"], [0, "&lAarr;"], [0, "&rAarr;"], [1, "&zigrarr;"], [6, "&larrb;"], [0, "&rarrb;"], [15, "&DownArrowUpArrow;"], [7, "&loarr;"], [0, "&roarr;"], [0, "&hoarr;"], [0, "&forall;"], [0, "&comp;"], [0, { v: "&part;", n: 824, o: "&npart;" }], [0, "&exist;"], [0, "&nexist;"], [0, "&empty;"], [1, "&Del;"], [0, "&Element;"], [0, "&NotElement;"], [1, "&ni;"], [0, "&notni;"], [2, "&prod;"], [0, "&coprod;"], [0, "&sum;"], [0, "&minus;"], [0, "&MinusPlus;"], [0, "&dotplus;"], [1, "&Backslash;"], [0, "&lowast;"], [0, "&compfn;"], [1, "&radic;"], [2, "&prop;"], [0, "&infin;"], [0, "&angrt;"], [0, { v: "&ang;", n: 8402, o: "&nang;" }], [0, "&angmsd;"], [0, "&angsph;"], [0, "&mid;"], [0, "&nmid;"], [0, "&DoubleVerticalBar;"], [0, "&NotDoubleVerticalBar;"], [0, "&and;"], [0, "&or;"], [0, { v: "&cap;", n: 65024, o: "&caps;" }], [0, { v: "&cup;", n: 65024, o: "&cups;" }], [0, "&int;"], [0, "&Int;"], [0, "&iiint;"], [0, "&conint;"], [0, "&Conint;"], [0, "&Cconint;"], [0, "&cwint;"], [0, "&ClockwiseContourIntegral;"], [0, "&awconint;"], [0, "&there4;"], [0, "&becaus;"], [0, "&ratio;"], [0, "&Colon;"], [0, "&dotminus;"], [1, "&mDDot;"], [0, "&homtht;"], [0, { v: "&sim;", n: 8402, o: "&nvsim;" }], [0, { v: "&backsim;", n: 817, o: "&race;" }], [0, { v: "&ac;", n: 819, o: "&acE;" }], [0, "&acd;"], [0, "&VerticalTilde;"], [0, "&NotTilde;"], [0, { v: "&eqsim;", n: 824, o: "&nesim;" }], [0, "&sime;"], [0, "&NotTildeEqual;"], [0, "&cong;"], [0, "&simne;"], [0, "&ncong;"], [0, "&ap;"], [0, "&nap;"], [0, "&ape;"], [0, { v: "&apid;", n: 824, o: "&napid;" }], [0, "&backcong;"], [0, { v: "&asympeq;", n: 8402, o: "&nvap;" }], [0, { v: "&bump;", n: 824, o: "&nbump;" }], [0, { v: "&bumpe;", n: 824, o: "&nbumpe;" }], [0, { v: "&doteq;", n: 824, o: "&nedot;" }], [0, "&doteqdot;"], [0, "&efDot;"], [0, "&erDot;"], [0, "&Assign;"], [0, "&ecolon;"], [0, "&ecir;"], [0, "&circeq;"], [1, "&wedgeq;"], [0, "&veeeq;"], [1, "&triangleq;"], [2, "&equest;"], [0, "&ne;"], [0, { v: "&Congruent;", n: 8421, o: "&bnequiv;" }], [0, "&nequiv;"], [1, { v: "&le;", n: 8402, o: "&nvle;" }], [0, { v: "&ge;", n: 8402, o: "&nvge;" }], [0, { v: "&lE;", n: 824, o: "&nlE;" }], [0, { v: "&gE;", n: 824, o: "&ngE;" }], [0, { v: "&lnE;", n: 65024, o: "&lvertneqq;" }], [0, { v: "&gnE;", n: 65024, o: "&gvertneqq;" }], [0, { v: "&ll;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nLtv;"], [7577, "&nLt;"]])) }], [0, { v: "&gg;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nGtv;"], [7577, "&nGt;"]])) }], [0, "&between;"], [0, "&NotCupCap;"], [0, "&nless;"], [0, "&ngt;"], [0, "&nle;"], [0, "&nge;"], [0, "&lesssim;"], [0, "&GreaterTilde;"], [0, "&nlsim;"], [0, "&ngsim;"], [0, "&LessGreater;"], [0, "&gl;"], [0, "&NotLessGreater;"], [0, "&NotGreaterLess;"], [0, "&pr;"], [0, "&sc;"], [0, "&prcue;"], [0, "&sccue;"], [0, "&PrecedesTilde;"], [0, { v: "&scsim;", n: 824, o: "&NotSucceedsTilde;" }], [0, "&NotPrecedes;"], [0, "&NotSucceeds;"], [0, { v: "&sub;", n: 8402, o: "&NotSubset;" }], [0, { v: "&sup;", n: 8402, o: "&NotSuperset;" }], [0, "&nsub;"], [0, "&nsup;"], [0, "&sube;"], [0, "&supe;"], [0, "&NotSubsetEqual;"], [0, "&NotSupersetEqual;"], [0, { v: "&subne;", n: 65024, o: "&varsubsetneq;" }], [0, { v: "&supne;", n: 65024, o: "&varsupsetneq;" }], [1, "&cupdot;"], [0, "&UnionPlus;"], [0, { v: "&sqsub;", n: 824, o: "&NotSquareSubset;" }], [0, { v: "&sqsup;", n: 824, o: "&NotSquareSuperset;" }], [0, "&sqsube;"], [0, "&sqsupe;"], [0, { v: "&sqcap;", n: 65024, o: "&sqcaps;" }], [0, { v: "&sqcup;", n: 65024, o: "&sqcups;" }], [0, "&CirclePlus;"], [0, "&CircleMinus;"], [0, "&CircleTimes;"], [0, "&osol;"], [0, "&CircleDot;"], [0, "&circledcirc;"], [0, "&circledast;"], [1, "&circleddash;"], [0, "&boxplus;"], [0, "&boxminus;"], [0, "&boxtimes;"], [0, "&dotsquare;"], [0, "&RightTee;"], [0, "&dashv;"], [0, "&DownTee;"], [0, "&bot;"], [1, "&models;"], [0, "&DoubleRightTee;"], [0, "&Vdash;"], [0, "&Vvdash;"], [0, "&VDash;"], [0, "&nvdash;"], [0, "&nvDash;"], [0, "&nVdash;"], [0, "&nVDash;"], [0, "&prurel;"], [1, "&LeftTriangle;"], [0, "&RightTriangle;"], [0, { v: "&LeftTriangleEqual;", n: 8402, o: "&nvltrie;" }], [0, { v: "&RightTriangleEqual;", n: 8402, o: "&nvrtrie;" }], [0, "&origof;"], [0, "&imof;"], [0, "&multimap;"], [0, "&hercon;"], [0, "&intcal;"], [0, "&veebar;"], [1, "&barvee;"], [0, "&angrtvb;"], [0, "&lrtri;"], [0, "&bigwedge;"], [0, "&bigvee;"], [0, "&bigcap;"], [0, "&bigcup;"], [0, "&diam;"], [0, "&sdot;"], [0, "&sstarf;"], [0, "&divideontimes;"], [0, "&bowtie;"], [0, "&ltimes;"], [0, "&rtimes;"], [0, "&leftthreetimes;"], [0, "&rightthreetimes;"], [0, "&backsimeq;"], [0, "&curlyvee;"], [0, "&curlywedge;"], [0, "&Sub;"], [0, "&Sup;"], [0, "&Cap;"], [0, "&Cup;"], [0, "&fork;"], [0, "&epar;"], [0, "&lessdot;"], [0, "&gtdot;"], [0, { v: "&Ll;", n: 824, o: "&nLl;" }], [0, { v: "&Gg;", n: 824, o: "&nGg;" }], [0, { v: "&leg;", n: 65024, o: "&lesg;" }], [0, { v: "&gel;", n: 65024, o: "&gesl;" }], [2, "&cuepr;"], [0, "&cuesc;"], [0, "&NotPrecedesSlantEqual;"], [0, "&NotSucceedsSlantEqual;"], [0, "&NotSquareSubsetEqual;"], [0, "&NotSquareSupersetEqual;"], [2, "&lnsim;"], [0, "&gnsim;"], [0, "&precnsim;"], [0, "&scnsim;"], [0, "&nltri;"], [0, "&NotRightTriangle;"], [0, "&nltrie;"], [0, "&NotRightTriangleEqual;"], [0, "&vellip;"], [0, "&ctdot;"], [0, "&utdot;"], [0, "&dtdot;"], [0, "&disin;"], [0, "&isinsv;"], [0, "&isins;"], [0, { v: "&isindot;", n: 824, o: "&notindot;" }], [0, "&notinvc;"], [0, "&notinvb;"], [1, { v: "&isinE;", n: 824, o: "&notinE;" }], [0, "&nisd;"], [0, "&xnis;"], [0, "&nis;"], [0, "&notnivc;"], [0, "&notnivb;"], [6, "&barwed;"], [0, "&Barwed;"], [1, "&lceil;"], [0, "&rceil;"], [0, "&LeftFloor;"], [0, "&rfloor;"], [0, "&drcrop;"], [0, "&dlcrop;"], [0, "&urcrop;"], [0, "&ulcrop;"], [0, "&bnot;"], [1, "&profline;"], [0, "&profsurf;"], [1, "&telrec;"], [0, "&target;"], [5, "&ulcorn;"], [0, "&urcorn;"], [0, "&dlcorn;"], [0, "&drcorn;"], [2, "&frown;"], [0, "&smile;"], [9, "&cylcty;"], [0, "&profalar;"], [7, "&topbot;"], [6, "&ovbar;"], [1, "&solbar;"], [60, "&angzarr;"], [51, "&lmoustache;"], [0, "&rmoustache;"], [2, "&OverBracket;"], [0, "&bbrk;"], [0, "&bbrktbrk;"], [37, "&OverParenthesis;"], [0, "&UnderParenthesis;"], [0, "&OverBrace;"], [0, "&UnderBrace;"], [2, "&trpezium;"], [4, "&elinters;"], [59, "&blank;"], [164, "&circledS;"], [55, "&boxh;"], [1, "&boxv;"], [9, "&boxdr;"], [3, "&boxdl;"], [3, "&boxur;"], [3, "&boxul;"], [3, "&boxvr;"], [7, "&boxvl;"], [7, "&boxhd;"], [7, "&boxhu;"], [7, "&boxvh;"], [19, "&boxH;"], [0, "&boxV;"], [0, "&boxdR;"], [0, "&boxDr;"], [0, "&boxDR;"], [0, "&boxdL;"], [0, "&boxDl;"], [0, "&boxDL;"], [0, "&boxuR;"], [0, "&boxUr;"], [0, "&boxUR;"], [0, "&boxuL;"], [0, "&boxUl;"], [0, "&boxUL;"], [0, "&boxvR;"], [0, "&boxVr;"], [0, "&boxVR;"], [0, "&boxvL;"], [0, "&boxVl;"], [0, "&boxVL;"], [0, "&boxHd;"], [0, "&boxhD;"], [0, "&boxHD;"], [0, "&boxHu;"], [0, "&boxhU;"], [0, "&boxHU;"], [0, "&boxvH;"], [0, "&boxVh;"], [0, "&boxVH;"], [19, "&uhblk;"], [3, "&lhblk;"], [3, "&block;"], [8, "&blk14;"], [0, "&blk12;"], [0, "&blk34;"], [13, "&square;"], [8, "&blacksquare;"], [0, "&EmptyVerySmallSquare;"], [1, "&rect;"], [0, "&marker;"], [2, "&fltns;"], [1, "&bigtriangleup;"], [0, "&blacktriangle;"], [0, "&triangle;"], [2, "&blacktriangleright;"], [0, "&rtri;"], [3, "&bigtriangledown;"], [0, "&blacktriangledown;"], [0, "&dtri;"], [2, "&blacktriangleleft;"], [0, "&ltri;"], [6, "&loz;"], [0, "&cir;"], [32, "&tridot;"], [2, "&bigcirc;"], [8, "&ultri;"], [0, "&urtri;"], [0, "&lltri;"], [0, "&EmptySmallSquare;"], [0, "&FilledSmallSquare;"], [8, "&bigstar;"], [0, "&star;"], [7, "&phone;"], [49, "&female;"], [1, "&male;"], [29, "&spades;"], [2, "&clubs;"], [1, "&hearts;"], [0, "&diamondsuit;"], [3, "&sung;"], [2, "&flat;"], [0, "&natural;"], [0, "&sharp;"], [163, "&check;"], [3, "&cross;"], [8, "&malt;"], [21, "&sext;"], [33, "&VerticalSeparator;"], [25, "&lbbrk;"], [0, "&rbbrk;"], [84, "&bsolhsub;"], [0, "&suphsol;"], [28, "&LeftDoubleBracket;"], [0, "&RightDoubleBracket;"], [0, "&lang;"], [0, "&rang;"], [0, "&Lang;"], [0, "&Rang;"], [0, "&loang;"], [0, "&roang;"], [7, "&longleftarrow;"], [0, "&longrightarrow;"], [0, "&longleftrightarrow;"], [0, "&DoubleLongLeftArrow;"], [0, "&DoubleLongRightArrow;"], [0, "&DoubleLongLeftRightArrow;"], [1, "&longmapsto;"], [2, "&dzigrarr;"], [258, "&nvlArr;"], [0, "&nvrArr;"], [0, "&nvHarr;"], [0, "&Map;"], [6, "&lbarr;"], [0, "&bkarow;"], [0, "&lBarr;"], [0, "&dbkarow;"], [0, "&drbkarow;"], [0, "&DDotrahd;"], [0, "&UpArrowBar;"], [0, "&DownArrowBar;"], [2, "&Rarrtl;"], [2, "&latail;"], [0, "&ratail;"], [0, "&lAtail;"], [0, "&rAtail;"], [0, "&larrfs;"], [0, "&rarrfs;"], [0, "&larrbfs;"], [0, "&rarrbfs;"], [2, "&nwarhk;"], [0, "&nearhk;"], [0, "&hksearow;"], [0, "&hkswarow;"], [0, "&nwnear;"], [0, "&nesear;"], [0, "&seswar;"], [0, "&swnwar;"], [8, { v: "&rarrc;", n: 824, o: "&nrarrc;" }], [1, "&cudarrr;"], [0, "&ldca;"], [0, "&rdca;"], [0, "&cudarrl;"], [0, "&larrpl;"], [2, "&curarrm;"], [0, "&cularrp;"], [7, "&rarrpl;"], [2, "&harrcir;"], [0, "&Uarrocir;"], [0, "&lurdshar;"], [0, "&ldrushar;"], [2, "&LeftRightVector;"], [0, "&RightUpDownVector;"], [0, "&DownLeftRightVector;"], [0, "&LeftUpDownVector;"], [0, "&LeftVectorBar;"], [0, "&RightVectorBar;"], [0, "&RightUpVectorBar;"], [0, "&RightDownVectorBar;"], [0, "&DownLeftVectorBar;"], [0, "&DownRightVectorBar;"], [0, "&LeftUpVectorBar;"], [0, "&LeftDownVectorBar;"], [0, "&LeftTeeVector;"], [0, "&RightTeeVector;"], [0, "&RightUpTeeVector;"], [0, "&RightDownTeeVector;"], [0, "&DownLeftTeeVector;"], [0, "&DownRightTeeVector;"], [0, "&LeftUpTeeVector;"], [0, "&LeftDownTeeVector;"], [0, "&lHar;"], [0, "&uHar;"], [0, "&rHar;"], [0, "&dHar;"], [0, "&luruhar;"], [0, "&ldrdhar;"], [0, "&ruluhar;"], [0, "&rdldhar;"], [0, "&lharul;"], [0, "&llhard;"], [0, "&rharul;"], [0, "&lrhard;"], [0, "&udhar;"], [0, "&duhar;"], [0, "&RoundImplies;"], [0, "&erarr;"], [0, "&simrarr;"], [0, "&larrsim;"], [0, "&rarrsim;"], [0, "&rarrap;"], [0, "&ltlarr;"], [1, "&gtrarr;"], [0, "&subrarr;"], [1, "&suplarr;"], [0, "&lfisht;"], [0, "&rfisht;"], [0, "&ufisht;"], [0, "&dfisht;"], [5, "&lopar;"], [0, "&ropar;"], [4, "&lbrke;"], [0, "&rbrke;"], [0, "&lbrkslu;"], [0, "&rbrksld;"], [0, "&lbrksld;"], [0, "&rbrkslu;"], [0, "&langd;"], [0, "&rangd;"], [0, "&lparlt;"], [0, "&rpargt;"], [0, "&gtlPar;"], [0, "&ltrPar;"], [3, "&vzigzag;"], [1, "&vangrt;"], [0, "&angrtvbd;"], [6, "&ange;"], [0, "&range;"], [0, "&dwangle;"], [0, "&uwangle;"], [0, "&angmsdaa;"], [0, "&angmsdab;"], [0, "&angmsdac;"], [0, "&angmsdad;"], [0, "&angmsdae;"], [0, "&angmsdaf;"], [0, "&angmsdag;"], [0, "&angmsdah;"], [0, "&bemptyv;"], [0, "&demptyv;"], [0, "&cemptyv;"], [0, "&raemptyv;"], [0, "&laemptyv;"], [0, "&ohbar;"], [0, "&omid;"], [0, "&opar;"], [1, "&operp;"], [1, "&olcross;"], [0, "&odsold;"], [1, "&olcir;"], [0, "&ofcir;"], [0, "&olt;"], [0, "&ogt;"], [0, "&cirscir;"], [0, "&cirE;"], [0, "&solb;"], [0, "&bsolb;"], [3, "&boxbox;"], [3, "&trisb;"], [0, "&rtriltri;"], [0, { v: "&LeftTriangleBar;", n: 824, o: "&NotLeftTriangleBar;" }], [0, { v: "&RightTriangleBar;", n: 824, o: "&NotRightTriangleBar;" }], [11, "&iinfin;"], [0, "&infintie;"], [0, "&nvinfin;"], [4, "&eparsl;"], [0, "&smeparsl;"], [0, "&eqvparsl;"], [5, "&blacklozenge;"], [8, "&RuleDelayed;"], [1, "&dsol;"], [9, "&bigodot;"], [0, "&bigoplus;"], [0, "&bigotimes;"], [1, "&biguplus;"], [1, "&bigsqcup;"], [5, "&iiiint;"], [0, "&fpartint;"], [2, "&cirfnint;"], [0, "&awint;"], [0, "&rppolint;"], [0, "&scpolint;"], [0, "&npolint;"], [0, "&pointint;"], [0, "&quatint;"], [0, "&intlarhk;"], [10, "&pluscir;"], [0, "&plusacir;"], [0, "&simplus;"], [0, "&plusdu;"], [0, "&plussim;"], [0, "&plustwo;"], [1, "&mcomma;"], [0, "&minusdu;"], [2, "&loplus;"], [0, "&roplus;"], [0, "&Cross;"], [0, "&timesd;"], [0, "&timesbar;"], [1, "&smashp;"], [0, "&lotimes;"], [0, "&rotimes;"], [0, "&otimesas;"], [0, "&Otimes;"], [0, "&odiv;"], [0, "&triplus;"], [0, "&triminus;"], [0, "&tritime;"], [0, "&intprod;"], [2, "&amalg;"], [0, "&capdot;"], [1, "&ncup;"], [0, "&ncap;"], [0, "&capand;"], [0, "&cupor;"], [0, "&cupcap;"], [0, "&capcup;"], [0, "&cupbrcap;"], [0, "&capbrcup;"], [0, "&cupcup;"], [0, "&capcap;"], [0, "&ccups;"], [0, "&ccaps;"], [2, "&ccupssm;"], [2, "&And;"], [0, "&Or;"], [0, "&andand;"], [0, "&oror;"], [0, "&orslope;"], [0, "&andslope;"], [1, "&andv;"], [0, "&orv;"], [0, "&andd;"], [0, "&ord;"], [1, "&wedbar;"], [6, "&sdote;"], [3, "&simdot;"], [2, { v: "&congdot;", n: 824, o: "&ncongdot;" }], [0, "&easter;"], [0, "&apacir;"], [0, { v: "&apE;", n: 824, o: "&napE;" }], [0, "&eplus;"], [0, "&pluse;"], [0, "&Esim;"], [0, "&Colone;"], [0, "&Equal;"], [1, "&ddotseq;"], [0, "&equivDD;"], [0, "&ltcir;"], [0, "&gtcir;"], [0, "&ltquest;"], [0, "&gtquest;"], [0, { v: "&leqslant;", n: 824, o: "&nleqslant;" }], [0, { v: "&geqslant;", n: 824, o: "&ngeqslant;" }], [0, "&lesdot;"], [0, "&gesdot;"], [0, "&lesdoto;"], [0, "&gesdoto;"], [0, "&lesdotor;"], [0, "&gesdotol;"], [0, "&lap;"], [0, "&gap;"], [0, "&lne;"], [0, "&gne;"], [0, "&lnap;"], [0, "&gnap;"], [0, "&lEg;"], [0, "&gEl;"], [0, "&lsime;"], [0, "&gsime;"], [0, "&lsimg;"], [0, "&gsiml;"], [0, "&lgE;"], [0, "&glE;"], [0, "&lesges;"], [0, "&gesles;"], [0, "&els;"], [0, "&egs;"], [0, "&elsdot;"], [0, "&egsdot;"], [0, "&el;"], [0, "&eg;"], [2, "&siml;"], [0, "&simg;"], [0, "&simlE;"], [0, "&simgE;"], [0, { v: "&LessLess;", n: 824, o: "&NotNestedLessLess;" }], [0, { v: "&GreaterGreater;", n: 824, o: "&NotNestedGreaterGreater;" }], [1, "&glj;"], [0, "&gla;"], [0, "&ltcc;"], [0, "&gtcc;"], [0, "&lescc;"], [0, "&gescc;"], [0, "&smt;"], [0, "&lat;"], [0, { v: "&smte;", n: 65024, o: "&smtes;" }], [0, { v: "&late;", n: 65024, o: "&lates;" }], [0, "&bumpE;"], [0, { v: "&PrecedesEqual;", n: 824, o: "&NotPrecedesEqual;" }], [0, { v: "&sce;", n: 824, o: "&NotSucceedsEqual;" }], [2, "&prE;"], [0, "&scE;"], [0, "&precneqq;"], [0, "&scnE;"], [0, "&prap;"], [0, "&scap;"], [0, "&precnapprox;"], [0, "&scnap;"], [0, "&Pr;"], [0, "&Sc;"], [0, "&subdot;"], [0, "&supdot;"], [0, "&subplus;"], [0, "&supplus;"], [0, "&submult;"], [0, "&supmult;"], [0, "&subedot;"], [0, "&supedot;"], [0, { v: "&subE;", n: 824, o: "&nsubE;" }], [0, { v: "&supE;", n: 824, o: "&nsupE;" }], [0, "&subsim;"], [0, "&supsim;"], [2, { v: "&subnE;", n: 65024, o: "&varsubsetneqq;" }], [0, { v: "&supnE;", n: 65024, o: "&varsupsetneqq;" }], [2, "&csub;"], [0, "&csup;"], [0, "&csube;"], [0, "&csupe;"], [0, "&subsup;"], [0, "&supsub;"], [0, "&subsub;"], [0, "&supsup;"], [0, "&suphsub;"], [0, "&supdsub;"], [0, "&forkv;"], [0, "&topfork;"], [0, "&mlcp;"], [8, "&Dashv;"], [1, "&Vdashl;"], [0, "&Barv;"], [0, "&vBar;"], [0, "&vBarv;"], [1, "&Vbar;"], [0, "&Not;"], [0, "&bNot;"], [0, "&rnmid;"], [0, "&cirmid;"], [0, "&midcir;"], [0, "&topcir;"], [0, "&nhpar;"], [0, "&parsim;"], [9, { v: "&parsl;", n: 8421, o: "&nparsl;" }], [44343, { n: new Map(/* @__PURE__ */ restoreDiff([[56476, "&Ascr;"], [1, "&Cscr;"], [0, "&Dscr;"], [2, "&Gscr;"], [2, "&Jscr;"], [0, "&Kscr;"], [2, "&Nscr;"], [0, "&Oscr;"], [0, "&Pscr;"], [0, "&Qscr;"], [1, "&Sscr;"], [0, "&Tscr;"], [0, "&Uscr;"], [0, "&Vscr;"], [0, "&Wscr;"], [0, "&Xscr;"], [0, "&Yscr;"], [0, "&Zscr;"], [0, "&ascr;"], [0, "&bscr;"], [0, "&cscr;"], [0, "&dscr;"], [1, "&fscr;"], [1, "&hscr;"], [0, "&iscr;"], [0, "&jscr;"], [0, "&kscr;"], [0, "&lscr;"], [0, "&mscr;"], [0, "&nscr;"], [1, "&pscr;"], [0, "&qscr;"], [0, "&rscr;"], [0, "&sscr;"], [0, "&tscr;"], [0, "&uscr;"], [0, "&vscr;"], [0, "&wscr;"], [0, "&xscr;"], [0, "&yscr;"], [0, "&zscr;"], [52, "&Afr;"], [0, "&Bfr;"], [1, "&Dfr;"], [0, "&Efr;"], [0, "&Ffr;"], [0, "&Gfr;"], [2, "&Jfr;"], [0, "&Kfr;"], [0, "&Lfr;"], [0, "&Mfr;"], [0, "&Nfr;"], [0, "&Ofr;"], [0, "&Pfr;"], [0, "&Qfr;"], [1, "&Sfr;"], [0, "&Tfr;"], [0, "&Ufr;"], [0, "&Vfr;"], [0, "&Wfr;"], [0, "&Xfr;"], [0, "&Yfr;"], [1, "&afr;"], [0, "&bfr;"], [0, "&cfr;"], [0, "&dfr;"], [0, "&efr;"], [0, "&ffr;"], [0, "&gfr;"], [0, "&hfr;"], [0, "&ifr;"], [0, "&jfr;"], [0, "&kfr;"], [0, "&lfr;"], [0, "&mfr;"], [0, "&nfr;"], [0, "&ofr;"], [0, "&pfr;"], [0, "&qfr;"], [0, "&rfr;"], [0, "&sfr;"], [0, "&tfr;"], [0, "&ufr;"], [0, "&vfr;"], [0, "&wfr;"], [0, "&xfr;"], [0, "&yfr;"], [0, "&zfr;"], [0, "&Aopf;"], [0, "&Bopf;"], [1, "&Dopf;"], [0, "&Eopf;"], [0, "&Fopf;"], [0, "&Gopf;"], [1, "&Iopf;"], [0, "&Jopf;"], [0, "&Kopf;"], [0, "&Lopf;"], [0, "&Mopf;"], [1, "&Oopf;"], [3, "&Sopf;"], [0, "&Topf;"], [0, "&Uopf;"], [0, "&Vopf;"], [0, "&Wopf;"], [0, "&Xopf;"], [0, "&Yopf;"], [1, "&aopf;"], [0, "&bopf;"], [0, "&copf;"], [0, "&dopf;"], [0, "&eopf;"], [0, "&fopf;"], [0, "&gopf;"], [0, "&hopf;"], [0, "&iopf;"], [0, "&jopf;"], [0, "&kopf;"], [0, "&lopf;"], [0, "&mopf;"], [0, "&nopf;"], [0, "&oopf;"], [0, "&popf;"], [0, "&qopf;"], [0, "&ropf;"], [0, "&sopf;"], [0, "&topf;"], [0, "&uopf;"], [0, "&vopf;"], [0, "&wopf;"], [0, "&xopf;"], [0, "&yopf;"], [0, "&zopf;"]])) }], [8906, "&fflig;"], [0, "&filig;"], [0, "&fllig;"], [0, "&ffilig;"], [0, "&ffllig;"]]));

// node_modules/dom-serializer/node_modules/entities/lib/esm/escape.js
var xmlCodeMap = /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [39, "&apos;"],
  [60, "&lt;"],
  [62, "&gt;"]
]);
var getCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  String.prototype.codePointAt != null ? (str, index) => str.codePointAt(index) : (
    // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
    (c, index) => (c.charCodeAt(index) & 64512) === 55296 ? (c.charCodeAt(index) - 55296) * 1024 + c.charCodeAt(index + 1) - 56320 + 65536 : c.charCodeAt(index)
  )
);
function getEscaper(regex, map) {
  return function escape2(data) {
    let match;
    let lastIdx = 0;
    let result = "";
    while (match = regex.exec(data)) {
      if (lastIdx !== match.index) {
        result += data.substring(lastIdx, match.index);
      }
      result += map.get(match[0].charCodeAt(0));
      lastIdx = match.index + 1;
    }
    return result + data.substring(lastIdx);
  };
}
var escapeUTF8 = getEscaper(/[&<>'"]/g, xmlCodeMap);
var escapeAttribute = getEscaper(/["&\u00A0]/g, /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [160, "&nbsp;"]
]));
var escapeText = getEscaper(/[&<>\u00A0]/g, /* @__PURE__ */ new Map([
  [38, "&amp;"],
  [60, "&lt;"],
  [62, "&gt;"],
  [160, "&nbsp;"]
]));

// node_modules/dom-serializer/node_modules/entities/lib/esm/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// node_modules/dom-serializer/lib/esm/foreignNames.js
var elementNames = new Map([
  "altGlyph",
  "altGlyphDef",
  "altGlyphItem",
  "animateColor",
  "animateMotion",
  "animateTransform",
  "clipPath",
  "feBlend",
  "feColorMatrix",
  "feComponentTransfer",
  "feComposite",
  "feConvolveMatrix",
  "feDiffuseLighting",
  "feDisplacementMap",
  "feDistantLight",
  "feDropShadow",
  "feFlood",
  "feFuncA",
  "feFuncB",
  "feFuncG",
  "feFuncR",
  "feGaussianBlur",
  "feImage",
  "feMerge",
  "feMergeNode",
  "feMorphology",
  "feOffset",
  "fePointLight",
  "feSpecularLighting",
  "feSpotLight",
  "feTile",
  "feTurbulence",
  "foreignObject",
  "glyphRef",
  "linearGradient",
  "radialGradient",
  "textPath"
].map((val) => [val.toLowerCase(), val]));
var attributeNames = new Map([
  "definitionURL",
  "attributeName",
  "attributeType",
  "baseFrequency",
  "baseProfile",
  "calcMode",
  "clipPathUnits",
  "diffuseConstant",
  "edgeMode",
  "filterUnits",
  "glyphRef",
  "gradientTransform",
  "gradientUnits",
  "kernelMatrix",
  "kernelUnitLength",
  "keyPoints",
  "keySplines",
  "keyTimes",
  "lengthAdjust",
  "limitingConeAngle",
  "markerHeight",
  "markerUnits",
  "markerWidth",
  "maskContentUnits",
  "maskUnits",
  "numOctaves",
  "pathLength",
  "patternContentUnits",
  "patternTransform",
  "patternUnits",
  "pointsAtX",
  "pointsAtY",
  "pointsAtZ",
  "preserveAlpha",
  "preserveAspectRatio",
  "primitiveUnits",
  "refX",
  "refY",
  "repeatCount",
  "repeatDur",
  "requiredExtensions",
  "requiredFeatures",
  "specularConstant",
  "specularExponent",
  "spreadMethod",
  "startOffset",
  "stdDeviation",
  "stitchTiles",
  "surfaceScale",
  "systemLanguage",
  "tableValues",
  "targetX",
  "targetY",
  "textLength",
  "viewBox",
  "viewTarget",
  "xChannelSelector",
  "yChannelSelector",
  "zoomAndPan"
].map((val) => [val.toLowerCase(), val]));

// node_modules/domutils/lib/esm/helpers.js
var DocumentPosition;
(function(DocumentPosition2) {
  DocumentPosition2[DocumentPosition2["DISCONNECTED"] = 1] = "DISCONNECTED";
  DocumentPosition2[DocumentPosition2["PRECEDING"] = 2] = "PRECEDING";
  DocumentPosition2[DocumentPosition2["FOLLOWING"] = 4] = "FOLLOWING";
  DocumentPosition2[DocumentPosition2["CONTAINS"] = 8] = "CONTAINS";
  DocumentPosition2[DocumentPosition2["CONTAINED_BY"] = 16] = "CONTAINED_BY";
})(DocumentPosition || (DocumentPosition = {}));

// src/sources/url.ts
var MiB2 = 1024 * 1024;
var DEFAULT_CRAWL = {
  maxPages: 50,
  maxRequests: 500,
  maxResponseBytes: 20 * MiB2,
  maxTotalBytes: 200 * MiB2,
  requestTimeoutMs: 1e4,
  totalTimeoutMs: 12e4,
  concurrency: 4
};
var SCRIPT_REFERENCES = [
  /\bimport\s*\(\s*["'`]([^"'`\s]+)["'`]\s*\)/g,
  /\b(?:import|export)\s*(?:[\w*${}\s,]+\s*from\s*)?["']([^"'\s]+)["']/g,
  /\bnew\s+(?:Shared)?Worker\s*\(\s*["'`]([^"'`\s]+)["'`]/g,
  /\bnew\s+URL\s*\(\s*["'`]([^"'`\s]+)["'`]\s*,\s*import\.meta\.url/g,
  /\bserviceWorker\s*\.\s*register\s*\(\s*["'`]([^"'`\s]+)["'`]/g,
  /\bimportScripts\s*\(\s*["'`]([^"'`\s]+)["'`]/g,
  /["'`]((?:\.{0,2}\/)?(?:[\w@~-]+\/)*[\w@~-][\w@~.-]*\.(?:m?js|css|map|webmanifest))["'`]/g
];
var SOURCE_MAPPING_URL = /[#@]\s*sourceMappingURL=([^\s*'"]+)/g;
var WEBPACK_CHUNK_MAP = /["']([\w/.-]*)["']\s*\+\s*([\w$]+)\s*\+\s*["']([\w.-]*)["']\s*\+\s*\{([^{}]*)\}\s*\[\s*\2\s*\]\s*\+\s*["']([\w.-]*)["']/g;
var CHUNK_MAP_ENTRY = /["']?([\w-]+)["']?\s*:\s*["']([\w-]+)["']/g;
function webpackChunks(text2) {
  const files = [];
  for (const [, prefix, , separator, entries, suffix] of text2.matchAll(WEBPACK_CHUNK_MAP)) {
    for (const [, id, hash] of entries.matchAll(CHUNK_MAP_ENTRY)) files.push(`${prefix}${id}${separator}${hash}${suffix}`);
  }
  return files;
}
function scriptReferences(text2, scriptUrl, siteRoot) {
  const found = [];
  const add = (reference, kind, isModuleRelative = /^(?:\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(reference)) => {
    if (/^(?:data|blob|javascript):/i.test(reference)) return;
    const base = isModuleRelative ? scriptUrl : siteRoot;
    try {
      found.push({ url: new URL(reference, base).href, kind });
    } catch {
    }
  };
  for (const pattern of SCRIPT_REFERENCES) {
    for (const match of text2.matchAll(pattern)) {
      const reference = match[1];
      if (!/\.(?:m?js|css|map|webmanifest|json)(?:[?#]|$)/.test(reference) && !reference.startsWith("/") && !reference.startsWith(".")) continue;
      add(reference, /\.map(?:[?#]|$)/.test(reference) ? "map" : /\.m?js(?:[?#]|$)/.test(reference) ? "script" : "other");
    }
  }
  for (const match of text2.matchAll(SOURCE_MAPPING_URL)) add(match[1], "map", true);
  for (const file of webpackChunks(text2)) add(file, "script", false);
  return [...new Map(found.map((reference) => [reference.url, reference])).values()];
}
function pageReferences(html, pageUrl) {
  const found = [];
  let base = pageUrl;
  const inlineScripts = [];
  let inScript = false;
  const add = (reference, kind) => {
    if (!reference || /^(?:data|blob|javascript|mailto|tel):/i.test(reference.trim())) return;
    try {
      const url = new URL(reference.trim(), base);
      url.hash = "";
      found.push({ url: url.href, kind });
    } catch {
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const rel = (attributes.rel ?? "").toLowerCase().split(/\s+/);
        if (name === "base" && attributes.href) base = new URL(attributes.href, pageUrl).href;
        else if (name === "script") {
          inScript = !attributes.src;
          add(attributes.src, "script");
        } else if (name === "link" && (rel.includes("modulepreload") || rel.includes("preload") && attributes.as === "script")) add(attributes.href, "script");
        else if (name === "link" && (rel.includes("manifest") || rel.includes("stylesheet"))) add(attributes.href, "other");
        else if (name === "a" || name === "iframe" || name === "frame") add(attributes.href ?? attributes.src, "page");
      },
      ontext(text2) {
        if (inScript) inlineScripts.push(text2);
      },
      onclosetag(name) {
        if (name === "script") inScript = false;
      }
    },
    { decodeEntities: true }
  );
  parser.end(html);
  for (const script of inlineScripts) found.push(...scriptReferences(script, pageUrl, new URL("/", pageUrl).href));
  return found;
}
function fetchProblem(error, timeoutMs) {
  const cause = error.cause;
  const code = cause?.code ?? "";
  if (error.name === "TimeoutError" || error.name === "AbortError") return `no response within ${timeoutMs / 1e3} s`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `DNS lookup failed (${code})`;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ECONNRESET") return "connection reset";
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `TLS error (${code})`;
  return cause?.message ?? error.message;
}
var Problem = class extends Error {
};
function urlSource(options2) {
  let start;
  try {
    start = new URL(options2.url);
  } catch {
    throw usageError(`url: ${options2.url} is not a URL`);
  }
  if (start.protocol !== "http:" && start.protocol !== "https:") throw usageError(`url: ${options2.url}: only http and https URLs`);
  const allowed = /* @__PURE__ */ new Set([start.host, ...options2.allowHosts.map((host) => host.toLowerCase())]);
  const isAllowed = (url) => (url.protocol === "http:" || url.protocol === "https:") && (allowed.has(url.host) || allowed.has(url.hostname));
  const siteRoot = new URL("/", start).href;
  const started = performance.now();
  let totalBytes = 0;
  async function get(url) {
    let current = new URL(url);
    for (let hops = 0; ; hops += 1) {
      const left = Math.max(1, Math.round(options2.totalTimeoutMs - (performance.now() - started)));
      const untilHeaders = new AbortController();
      const timer = setTimeout(() => untilHeaders.abort(new DOMException("timed out", "TimeoutError")), Math.min(options2.requestTimeoutMs, left));
      let response;
      try {
        response = await fetch(current, {
          redirect: "manual",
          headers: options2.headers,
          signal: AbortSignal.any([untilHeaders.signal, AbortSignal.timeout(left)])
        });
      } catch (error) {
        throw new Problem(fetchProblem(error, options2.requestTimeoutMs));
      } finally {
        clearTimeout(timer);
      }
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, current);
        if (!isAllowed(next)) throw new Problem(`redirects to ${next.host}, which is not allowed (--allow-host ${next.host} to follow it)`);
        if (hops >= 10) throw new Problem("more than 10 redirects");
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Problem(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
      }
      const chunks = [];
      let size = 0;
      let truncated = false;
      const limit = Math.min(options2.maxResponseBytes, options2.maxTotalBytes - totalBytes);
      try {
        for await (const chunk of response.body ?? []) {
          const bytes = Buffer.from(chunk);
          const room = limit - size;
          chunks.push(bytes.length > room ? bytes.subarray(0, room) : bytes);
          size += Math.min(bytes.length, room);
          if (bytes.length >= room) {
            truncated = true;
            break;
          }
        }
      } catch (error) {
        throw new Problem(fetchProblem(error, options2.requestTimeoutMs));
      }
      totalBytes += size;
      return { url: current.href, bytes: Buffer.concat(chunks), contentType: response.headers.get("content-type") ?? "", truncated };
    }
  }
  return {
    async *blobs() {
      const seen = /* @__PURE__ */ new Set();
      const queue = [{ url: start.href, kind: "page" }];
      let pages = 0;
      let requests = 0;
      const enqueue = (references) => {
        for (const reference of references) {
          const url = new URL(reference.url);
          url.hash = "";
          if (!isAllowed(url) || seen.has(url.href)) continue;
          seen.add(url.href);
          queue.push({ url: url.href, kind: reference.kind });
        }
      };
      seen.add(start.href);
      let isFirst = true;
      while (queue.length) {
        if (performance.now() - started > options2.totalTimeoutMs || totalBytes >= options2.maxTotalBytes || requests >= options2.maxRequests) {
          const why = performance.now() - started > options2.totalTimeoutMs ? `time limit (${options2.totalTimeoutMs / 1e3} s)` : totalBytes >= options2.maxTotalBytes ? "byte limit" : "request limit";
          yield { path: siteRoot, reason: "crawl-limit", detail: `${why} reached; ${queue.length} URLs not fetched` };
          return;
        }
        const wave = [];
        while (queue.length && wave.length < options2.concurrency && requests + wave.length < options2.maxRequests) {
          const next = queue.shift();
          if (next.kind === "page" && pages >= options2.maxPages) continue;
          if (next.kind === "page") pages += 1;
          wave.push(next);
        }
        requests += wave.length;
        const results = await Promise.all(wave.map(async (item) => ({ item, result: await get(item.url).catch((error) => error) })));
        for (const { item, result } of results) {
          if (result instanceof Problem) {
            if (isFirst) throw sourceError(`url: ${item.url}: ${result.message}`);
            yield { path: item.url, reason: "unreadable", detail: result.message };
            continue;
          }
          if (result instanceof Error) throw result;
          isFirst = false;
          const fetched = { ...result, kind: item.kind };
          if (fetched.truncated) yield { path: fetched.url, reason: "too-large", detail: `response larger than the limit: the first ${Math.round(fetched.bytes.length / MiB2)} MiB scanned` };
          yield { provenance: { kind: "url", path: fetched.url }, bytes: fetched.bytes };
          const text2 = fetched.bytes.toString("utf8");
          const isHtml = /html/i.test(fetched.contentType) || fetched.kind === "page" && /^\s*</.test(text2);
          const isScript = /javascript|ecmascript/i.test(fetched.contentType) || fetched.kind === "script";
          if (isHtml) enqueue(pageReferences(text2, fetched.url));
          else if (isScript) enqueue(scriptReferences(text2, fetched.url, siteRoot));
        }
        isFirst = false;
      }
    }
  };
}

// src/sources/history.ts
import { once as once2 } from "node:events";
import { PassThrough } from "node:stream";

// src/sources/git-diff.ts
var HEADER_MARK = 1;
var COLON = 58;
var NEWLINE6 = 10;
var COMMIT_FORMAT = "%x01%H";
async function* nulTokenBatches(chunks) {
  let carry = [];
  for await (const chunk of chunks) {
    const last = chunk.lastIndexOf(0);
    if (last === -1) {
      carry.push(chunk);
      continue;
    }
    const text2 = carry.length ? Buffer.concat([...carry, chunk.subarray(0, last)]).toString("utf8") : chunk.toString("utf8", 0, last);
    carry = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : [];
    yield text2.split("\0");
  }
  if (carry.length) yield [Buffer.concat(carry).toString("utf8")];
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
    parentBlobId: fields[parents + 1],
    status: status[0],
    // Renames and copies (only with -M/-C, never in combined entries) name the old path, then the new.
    pathCount: parents === 1 && (status[0] === "R" || status[0] === "C") ? 2 : 1
  };
}
async function* parseChanges(chunks) {
  let group;
  let pending;
  let patch;
  const endPatch = () => {
    if (patch) attachPatch(group?.files ?? [], patch.join("\0"));
    patch = void 0;
  };
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
      let token = patch || raw.charCodeAt(0) !== NEWLINE6 ? raw : raw.slice(1);
      if (patch || token.startsWith("diff ")) {
        const next = token.indexOf("\n");
        (patch ??= []).push(next === -1 ? token : token.slice(0, next + 1));
        if (next === -1) continue;
        endPatch();
        token = token.slice(next + 1);
      }
      if (token.length === 0) continue;
      if (token.charCodeAt(0) === HEADER_MARK) {
        if (group) complete.push(group);
        group = { commit: token.slice(1).trim(), files: [] };
      } else if (token.charCodeAt(0) === COLON) {
        pending = parseRawEntry(token);
      }
    }
    if (complete.length) yield complete;
  }
  endPatch();
  if (group) yield [group];
}
var SECTION_START = Buffer.from("\ndiff ");
function splitSections(bytes) {
  const sections = [];
  let start = 0;
  for (let at = bytes.indexOf(SECTION_START); at !== -1; at = bytes.indexOf(SECTION_START, at + 1)) {
    sections.push(bytes.subarray(start, at + 1));
    start = at + 1;
  }
  if (start < bytes.length) sections.push(bytes.subarray(start));
  return sections;
}
async function* patchSections(chunks) {
  let current = [];
  for await (const chunk of chunks) {
    const last = chunk.lastIndexOf(SECTION_START);
    if (last === -1) {
      current.push(chunk);
      continue;
    }
    yield splitSections(Buffer.concat([...current, chunk.subarray(0, last + 1)]));
    current = [chunk.subarray(last + 1)];
  }
  if (current.length) yield splitSections(Buffer.concat(current));
}
function sectionBlobId(section) {
  const body = section.indexOf("\n@@");
  const header = section.toString("latin1", 0, body === -1 ? Math.min(section.length, 4096) : body);
  return /^index [0-9a-f]+\.\.([0-9a-f]+)/m.exec(header)?.[1];
}
var NUL = 0;
var EMPTY_TOKEN = Buffer.from([NUL, NUL]);
async function* patchAfterRaw(chunks, raw) {
  let inPatch = false;
  let endedWithNul = false;
  for await (const chunk of chunks) {
    if (inPatch) {
      yield chunk;
      continue;
    }
    const pair = chunk.indexOf(EMPTY_TOKEN);
    const end = endedWithNul && chunk[0] === NUL ? 0 : pair === -1 ? -1 : pair + 1;
    if (end === -1) {
      raw.push(chunk);
      endedWithNul = chunk[chunk.length - 1] === NUL;
      continue;
    }
    raw.push(chunk.subarray(0, end));
    inPatch = true;
    if (end + 1 < chunk.length) yield chunk.subarray(end + 1);
  }
}
async function rawChanges(raw) {
  const files = [];
  const whole = (async function* () {
    yield Buffer.concat(raw);
  })();
  for await (const groups of parseChanges(whole)) files.push(...groups.flatMap((group) => group.files));
  return files;
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
  for (let at = 0; at < commits.length; at += COMMITS_PER_CALL) {
    const contains = commits.slice(at, at + COMMITS_PER_CALL).flatMap((sha) => ["--contains", sha]);
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
  let at = 0;
  return specs.map((spec) => {
    const missing = `${spec} missing
`;
    if (output.startsWith(missing, at)) {
      at += missing.length;
      return void 0;
    }
    const end = output.indexOf("\n", at);
    const [id, type] = output.slice(at, end).split(" ");
    at = end + 1;
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
  const earlier = (a, b) => time.get(a.sha) - time.get(b.sha) || a.sha.localeCompare(b.sha);
  const oldest = (list) => list.reduce((best, c) => !best || earlier(c, best) < 0 ? c : best, void 0);
  const newest = (list) => list.reduce((best, c) => !best || earlier(c, best) > 0 ? c : best, void 0);
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

// src/sources/history.ts
var emptySummary = () => ({ refs: 0, commits: 0, uniqueBlobs: 0, bytes: 0, warnings: [] });
function needleFilter(detector) {
  const { plain, encoded } = keyNeedleSearches(detector.needles);
  const searches = [...plain, ...encoded];
  return (bytes) => hasUtf16Bom(bytes, 0) || searches.some((find) => find(bytes, 0) !== -1);
}
async function keysInContainer(bytes, detector, limits) {
  const keys = /* @__PURE__ */ new Set();
  if (limits.maxDepth === 0) return keys;
  for await (const expanded of expandContainer("", "", new ByteReader([bytes]), limits)) {
    if ("bytes" in expanded) for (const candidate of findKeysInAnyForm(expanded.bytes, detector)) keys.add(candidate.secret.hash);
  }
  return keys;
}
var newCommitsRange = (tips, known = ["--all"]) => ({
  revisions: ["--ignore-missing", ...tips, "--not", ...known],
  head: tips[0]
});
var SINCE_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;
async function rangeSinceDate(repo, date) {
  if (Number.isNaN(Date.parse(date))) throw usageError(`--since ${date}: not a valid date`);
  const head = await resolveCommit(repo, "HEAD");
  if (!head) throw gitError(`--since ${date}: HEAD is not a commit in this repository`);
  const base = (await ask(repo, ["rev-list", "-1", "--first-parent", `--before=${date}`, head])).trim();
  return base ? { base, head, revisions: [`${base}..${head}`] } : { head, revisions: [head] };
}
var SHALLOW_HINT = "fetch full history (actions/checkout: fetch-depth: 0, or git fetch --unshallow)";
var NULL_SHA = /^0+$/;
var SUBMODULE_MODE = "160000";
var KEEP_WHOLE_LIMIT = WHOLE_FILE_LIMIT;
var PROGRESS_EVERY = 256;
async function resolveRange(repo, spec) {
  if (spec.range === void 0 && spec.since !== void 0 && SINCE_DATE.test(spec.since)) return rangeSinceDate(repo, spec.since);
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
async function refsOutsideHead(repo, commits) {
  const outside = /* @__PURE__ */ new Map();
  for (const sha of new Set(commits)) {
    const inHead = await ask(repo, ["merge-base", "--is-ancestor", sha, "HEAD"]).then(
      () => true,
      () => false
    );
    if (inHead) continue;
    const refs = await ask(repo, ["for-each-ref", "--contains", sha, "--format=%(refname:short)"]);
    outside.set(sha, refs.split("\n").filter(Boolean));
  }
  return outside;
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
var CHANGE_FLAGS = [`--format=${COMMIT_FORMAT}`, "--raw", "-z", "--no-abbrev", "--no-renames", "-c", "--root"];
async function linesAdded(repo, shas) {
  const added = /* @__PURE__ */ new Map();
  if (shas.length === 0) return added;
  const args = ["log", "--no-walk=unsorted", "--stdin", ...CHANGE_FLAGS, "-p", "-U0", "--"];
  for await (const groups of parseChanges(streamGit(repo, args, (stdin) => writeLines(stdin, shas)))) {
    for (const { commit, files } of groups) {
      added.set(commit, new Map(files.filter((file) => file.addedLines).map((file) => [file.path, file.addedLines])));
    }
  }
  return added;
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
function historySource(options2) {
  const { repo, detector, range } = options2;
  const summary = emptySummary();
  const hasNeedle = needleFilter(detector);
  async function* blobs() {
    const questions = Promise.all([
      refTips(repo),
      range ? false : isShallow(repo),
      options2.includeUnreachable && !range ? unreachableObjects(repo) : { commits: [], blobs: [] },
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
    const logArgs = [
      "log",
      ...CHANGE_FLAGS,
      "--topo-order",
      ...range ? range.revisions : ["--all", "--stdin"],
      ...options2.maxCommits ? [`--max-count=${options2.maxCommits}`] : [],
      "--"
    ];
    const report = () => options2.onProgress?.({ commits: commits.length, blobs: summary.uniqueBlobs, bytes: summary.bytes });
    const hits = /* @__PURE__ */ new Map();
    const missing = /* @__PURE__ */ new Set();
    const keysByBlob = /* @__PURE__ */ new Map();
    const containers = [];
    const keep = (id, bytes) => {
      summary.uniqueBlobs += 1;
      summary.bytes += bytes.length;
      if (summary.uniqueBlobs % PROGRESS_EVERY === 0) report();
      if (isContainer(bytes, "")) containers.push(id);
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
            if (file.status === "D" && !range && file.parentBlobId && !NULL_SHA.test(file.parentBlobId)) deletions.push(commit, blobIds.id(file.parentBlobId));
            if (file.status === "D" || file.mode === SUBMODULE_MODE || NULL_SHA.test(file.blobId)) continue;
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
    for (const id of containers) {
      const keys = await keysInContainer(await readObject(repo, id), detector, options2.containerLimits);
      if (keys.size === 0) continue;
      keysByBlob.set(id, /* @__PURE__ */ new Set([...keysByBlob.get(id) ?? [], ...keys]));
      hits.set(id, void 0);
    }
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
    if (!range) for (let at = 0; at < deletions.length; at += 2) noteRemovals(deletions[at], keysOfBlob(deletions[at + 1]), void 0);
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
    const hitCommits = [...new Set(hitRows.map((row) => commits[rows[row]]))];
    const [headBlobs, infos, added] = await Promise.all([
      headCommit ? treeBlobs(repo, headCommit, hitPaths) : /* @__PURE__ */ new Map(),
      commitInfos(repo, hitCommits),
      range ? linesAdded(repo, hitCommits) : /* @__PURE__ */ new Map()
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
      const sha = commits[rows[row]];
      const addedLines = added.get(sha)?.get(path);
      const provenance = {
        kind: "history",
        path,
        blobId,
        commit: infos.get(sha),
        headKeys: headKeys(path),
        ...addedLines ? { addedLines } : {}
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
import { closeSync as closeSync3, existsSync as existsSync5, openSync as openSync3, readSync as readSync2 } from "node:fs";
import { join as join7 } from "node:path";
var HEAD_BYTES = 256 * 1024;
function projectFacts(root) {
  const existing = /* @__PURE__ */ new Map();
  return {
    exists(path) {
      let known = existing.get(path);
      if (known === void 0) existing.set(path, known = existsSync5(join7(root, path)));
      return known;
    },
    head(path) {
      let fd;
      try {
        fd = openSync3(join7(root, path), "r");
        const buffer = Buffer.alloc(HEAD_BYTES);
        return buffer.subarray(0, readSync2(fd, buffer, 0, HEAD_BYTES, 0));
      } catch {
        return void 0;
      } finally {
        if (fd !== void 0) closeSync3(fd);
      }
    }
  };
}

// src/sources/project-root.ts
import { existsSync as existsSync6, readdirSync as readdirSync2 } from "node:fs";
import { dirname as dirname4, join as join8, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
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
    if (mayBeRepository && existsSync6(join8(dir, ".git"))) return dir;
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

// src/sources/staged.ts
import { PassThrough as PassThrough2 } from "node:stream";
var isStagedContent = (file) => file.status !== "D" && file.status !== "U" && file.mode !== "160000" && !/^0+$/.test(file.blobId);
var NO_BYTES = Buffer.alloc(0);
var PLUS = 43;
var NEWLINE7 = 10;
function addsNeedle(section, searches) {
  const body = section.indexOf("\n@@");
  if (body === -1) return false;
  if (section.indexOf(0, body) !== -1) return true;
  const isAdded = (at) => section[section.lastIndexOf(NEWLINE7, at) + 1] === PLUS;
  for (const find of searches) {
    for (let at = find(section, body); at !== -1; at = find(section, at + 1)) if (isAdded(at)) return true;
  }
  return false;
}
async function stagedChanges(repo, against, onSections) {
  const raw = [];
  let files;
  let paired = 0;
  let mismatch = false;
  const output = streamGit(repo, [...STAGED_DIFF_ARGS, ...against ? [against] : [], "--"]);
  for await (const batch of patchSections(patchAfterRaw(output, raw))) {
    files ??= await rawChanges(raw);
    const handed = [];
    for (const section of batch) {
      const file = files[paired++];
      const id = sectionBlobId(section);
      mismatch ||= !file || id !== void 0 && id !== file.blobId;
      if (mismatch) continue;
      const lines = addedLinesIn(section.toString("latin1"));
      if (lines) file.addedLines = lines;
      handed.push({ file, section });
    }
    if (handed.length) onSections?.(handed);
  }
  files ??= await rawChanges(raw);
  if (mismatch || paired !== files.length) for (const file of files) delete file.addedLines;
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
  const { plain, encoded } = keyNeedleSearches(detector.needles);
  const searches = [...plain, ...encoded];
  async function* blobs() {
    const contents = /* @__PURE__ */ new Map();
    const pathOf = /* @__PURE__ */ new Map();
    const patchBytes = /* @__PURE__ */ new Map();
    let reading;
    const toRead = new PassThrough2({ objectMode: true });
    const read2 = (files) => {
      const fresh = files.filter((file) => isStagedContent(file) && !pathOf.has(file.blobId));
      for (const file of fresh) pathOf.set(file.blobId, file.path);
      if (fresh.length === 0) return;
      if (!reading) {
        reading = readObjects({ dir }, toRead, (id, bytes) => {
          summary.bytes += bytes.length;
          if (hasNeedle(bytes) || isContainer(bytes, pathOf.get(id))) contents.set(id, Buffer.from(bytes));
        });
        reading.catch(() => void 0);
      }
      toRead.write([...new Set(fresh.map((file) => file.blobId))]);
    };
    const [diffed, opened] = await Promise.allSettled([
      stagedChanges({ dir }, void 0, (sections) => {
        const needed = sections.filter(({ file, section }) => {
          if (!file.addedLines || isContainer(NO_BYTES, file.path) || addsNeedle(section, searches)) return true;
          patchBytes.set(file.blobId, section.length);
          return false;
        });
        read2(needed.map(({ file }) => file));
      }),
      openRepo(dir, { mergeHead: true })
    ]);
    try {
      if (opened.status === "rejected") throw opened.reason;
      const repo = opened.value;
      if (repo.bare) throw gitError(`${dir}: a bare repository has no staged changes (staged needs a working tree)`);
      if (diffed.status === "rejected") throw diffed.reason;
      const files = diffed.value.filter(isStagedContent);
      read2(files.filter((file) => !file.addedLines));
      if (repo.mergeHead) intersectAdded(files, await stagedChanges(repo, repo.mergeHead));
    } finally {
      toRead.end();
    }
    await reading;
    const searchedOnly = [...patchBytes].filter(([id]) => !pathOf.has(id));
    summary.uniqueBlobs = pathOf.size + searchedOnly.length;
    for (const [, bytes] of searchedOnly) summary.bytes += bytes;
    for (const file of diffed.status === "fulfilled" ? diffed.value : []) {
      const bytes = isStagedContent(file) ? contents.get(file.blobId) : void 0;
      if (bytes) yield { provenance: { kind: "staged", path: file.path, ...file.addedLines ? { addedLines: file.addedLines } : {} }, bytes };
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
import { readdirSync as readdirSync3, realpathSync as realpathSync2, statSync as statSync4 } from "node:fs";
import { lstat, stat } from "node:fs/promises";
import { relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// src/sources/file-batch.ts
import { closeSync as closeSync4, constants as constants2, openSync as openSync4, readSync as readSync3 } from "node:fs";
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
      fd = openSync4(absolutePath, constants2.O_RDONLY | constants2.O_NONBLOCK);
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
      closeSync4(fd);
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

// src/sources/screen-files.ts
import { statSync as statSync3 } from "node:fs";
function sizeOf(absolute) {
  try {
    return statSync3(absolute).size;
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
    const counted2 = { cleanFiles: 0, cleanBytes: 0 };
    const batched = /* @__PURE__ */ new Map();
    const indexOf = (path) => batched.get(path).shift();
    const take = (item) => {
      if (isSkip(item)) flagged.set(indexOf(item.path), item);
      else if (isCleanFiles(item)) {
        counted2.cleanFiles += item.files;
        counted2.cleanBytes += item.bytes;
      } else {
        const index = indexOf(item.provenance.path);
        if (this.#needsPipeline(item)) flagged.set(index, null);
        else this.#countClean(counted2, item);
      }
    };
    for (const [index, [given, path]] of entries.entries()) {
      const absolute = typeof given === "string" ? given : Buffer.from(given);
      if (!this.#batch.add(absolute, path)) {
        if (!this.#batch.isEmpty) for (const item of this.#batch.drain("no-repo")) take(item);
        if (!this.#batch.add(absolute, path)) {
          await this.#screenAlone(absolute, path, index, flagged, counted2);
          continue;
        }
      }
      batched.set(path, [...batched.get(path) ?? [], index]);
    }
    for (const item of this.#batch.drain("no-repo")) take(item);
    return { flagged: [...flagged].sort(([a], [b]) => a - b), ...counted2 };
  }
  /**
   * A file too large for a batch, read whole. One streamed in chunks (over WHOLE_FILE_LIMIT) is left
   * to the scan itself: screening it here would read it twice whenever it holds a key, and hold a
   * second chunk buffer.
   */
  async #screenAlone(absolute, path, index, flagged, counted2) {
    if (sizeOf(absolute) > WHOLE_FILE_LIMIT) {
      flagged.set(index, null);
      return;
    }
    const read2 = await readFileOrChunks(absolute, path, WHOLE_FILE_LIMIT, this.#wholeFiles);
    if ("reason" in read2) {
      flagged.set(index, read2);
      return;
    }
    if (!("bytes" in read2)) {
      await read2.chunks.next();
      await read2.chunks.return(void 0);
      flagged.set(index, null);
      return;
    }
    const blob = { provenance: { kind: "worktree", path, git: "no-repo" }, bytes: read2.bytes };
    if (this.#needsPipeline(blob)) flagged.set(index, null);
    else this.#countClean(counted2, blob);
  }
  /** Files are screened whole (streamed ones are left to the scan), so a blob here is always a whole file. */
  #needsPipeline(blob) {
    return isContainer(blob.bytes, blob.provenance.path) || candidatesIn(blob, this.detector).candidates.length > 0;
  }
  #countClean(counted2, blob) {
    counted2.cleanFiles += 1;
    counted2.cleanBytes += blob.bytes.length;
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
  const globTest = (globs) => {
    const byName = picomatch(globs.filter((g) => !g.includes("/")), { dot: true });
    const byPath = picomatch(globs.filter((g) => g.includes("/")), { dot: true });
    return (path) => byPath(path) || byName(path.replace(/\/$/, "").split("/").pop());
  };
  const tests = excludes.map(({ globs, rebase }) => {
    const isMatch = globTest(globs);
    return (path) => {
      const rebased = rebase(path);
      return rebased !== void 0 && isMatch(rebased);
    };
  });
  return {
    isExcludedByGlob: tests.length ? (path) => tests.some((test) => test(path)) : () => false,
    isIncluded: include.length ? globTest(include) : () => true
  };
}
var PARALLEL_MIN_FILES = 256;
var PARALLEL_MIN_BYTES = 16 * 1024 * 1024;
var startsWorkersAtOnce = () => process.env.CAIBO_SCAN_PARALLEL_MIN === "0";
var BYTES_PER_MESSAGE = 2 * 1024 * 1024;
var MAX_FILES_PER_MESSAGE = 128;
var MESSAGES_QUEUED_PER_WORKER = 8;
async function walkStart(walk) {
  const listings = [];
  let [files, bytes] = [0, 0];
  while (!startsWorkersAtOnce() && files < PARALLEL_MIN_FILES && bytes < PARALLEL_MIN_BYTES) {
    const next = await walk.next();
    if (next.done) return { listings, done: true, files, bytes };
    listings.push(next.value);
    for (const entry of next.value) {
      if ("reason" in entry || files >= PARALLEL_MIN_FILES || bytes >= PARALLEL_MIN_BYTES) continue;
      files += 1;
      const size = sizeOf(entry.absolute);
      if (size <= WHOLE_FILE_LIMIT) bytes += size;
    }
  }
  return { listings, done: false, files, bytes };
}
var filesPerMessage = (files, bytes) => Math.max(1, Math.min(MAX_FILES_PER_MESSAGE, Math.round(BYTES_PER_MESSAGE * files / Math.max(1, bytes))));
async function* concat(first, rest) {
  yield* first;
  yield* rest;
}
function worktreeSource(options2) {
  let filteredOut = 0;
  let workerThreads = 0;
  const wholeFiles = new ReadBuffer();
  const visited = /* @__PURE__ */ new Map();
  const reportPath = (absolute) => toPosix2(relative3(options2.root, absolute)) || ".";
  function listDirectory(directory, at) {
    if (options2.followSymlinks) {
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
      else if (dirent.isSymbolicLink() && !options2.followSymlinks) found.push({ path, reason: "symlink" });
      else found.push({ path, reason: "unreadable", detail: "name holds a line break or invalid UTF-8; not walked" });
    }
    return found;
  }
  function kindOf(dirent, absolute) {
    if (dirent.isDirectory()) return "directory";
    if (!dirent.isSymbolicLink()) return "file";
    if (!options2.followSymlinks) return "symlink";
    try {
      return statSync4(absolute).isDirectory() ? "directory" : "file";
    } catch {
      return "file";
    }
  }
  async function* entries() {
    const globs = await globMatchers(options2);
    for (const given of options2.paths) {
      const absolute = resolve3(options2.cwd, given);
      const info = await (options2.followSymlinks ? stat : lstat)(absolute).catch((error) => {
        throw sourceError(`${given}: cannot scan: ${error.code === "ENOENT" ? "no such file or directory" : error.code}`);
      });
      const path = toPosix2(relative3(options2.root, absolute)) || ".";
      if (info.isSymbolicLink()) {
        yield [{ path, reason: "symlink" }];
      } else if (!info.isDirectory()) {
        yield [{ path, absolute, isRegular: info.isFile() }];
      } else {
        yield* walk(absolute, globs);
      }
    }
  }
  function* walk(top, { isExcludedByGlob, isIncluded }) {
    const base = toPosix2(relative3(options2.root, top));
    const pending = [[top, reportPath(top)]];
    for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
      const [directory, at] = next;
      const { dirents, unusual } = listDirectory(directory, at);
      const listing = [];
      const subdirectories = [];
      for (const dirent of dirents) {
        if (EXCLUDED_NAMES.has(dirent.name)) continue;
        const absolute = `${directory}${sep3}${dirent.name}`;
        const path = at === "." ? dirent.name : `${at}/${dirent.name}`;
        const kind = kindOf(dirent, absolute);
        if (kind === "directory") {
          if (!isExcludedByGlob(path) && !isExcludedByGlob(`${path}/`)) subdirectories.push([absolute, path]);
          else filteredOut += 1;
          continue;
        }
        if (isExcludedByGlob(path) || !isIncluded(base ? path.slice(base.length + 1) : path)) {
          filteredOut += 1;
          continue;
        }
        listing.push(kind === "symlink" ? { path, reason: "symlink" } : { path, absolute, isRegular: dirent.isFile() });
      }
      listing.push(...unusual);
      if (listing.length) yield listing;
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
  async function* read2(entry, git) {
    const result = await readFileOrChunks(entry.absolute, entry.path, WHOLE_FILE_LIMIT, wholeFiles);
    if ("reason" in result) {
      yield result;
      return;
    }
    const provenance = { kind: "worktree", path: entry.path, git };
    if ("bytes" in result) yield { provenance, bytes: result.bytes };
    else for await (const part of result.chunks) yield { provenance, ...part };
  }
  async function* readInOrder(walked, envFiles) {
    const batch = new FileBatch(keyNeedleSearches(options2.needles));
    for await (const listing of walked) for (const entry of listing) {
      if ("reason" in entry && batch.isEmpty) yield entry;
      else if ("reason" in entry) batch.addSkip(entry);
      else if (isEnvFile(entry.path)) envFiles.push(entry);
      else if (!entry.isRegular) {
        yield* batch.drain("no-repo");
        yield* read2(entry, "no-repo");
      } else if (!batch.add(entry.absolute, entry.path)) {
        if (!batch.isEmpty) yield* batch.drain("no-repo");
        if (!batch.add(entry.absolute, entry.path)) yield* read2(entry, "no-repo");
      }
    }
    yield* batch.drain("no-repo");
  }
  async function* readInParallel(walked, envFiles, workers, seen) {
    const pending = [];
    let files = [];
    let inFlight = 0;
    let batchFiles = filesPerMessage(seen.files, seen.bytes);
    let screenHere;
    const flush = async () => {
      if (!files.length) return;
      const batch = files.map((e) => [e.absolute, e.path]);
      let screened;
      if (workers.ready === 0) {
        screenHere ??= new FileScreen(createDetector(options2.patterns ?? []));
        screened = Promise.resolve(await screenHere.screen(batch));
        await new Promise(setImmediate);
      } else {
        screened = workers.screen(batch);
        screened.catch(() => {
        });
      }
      pending.push({ files, screened });
      inFlight += 1;
      files = [];
    };
    async function* emit(segment) {
      if (!("screened" in segment)) {
        if ("reason" in segment.entry) yield segment.entry;
        else yield* read2(segment.entry, "no-repo");
        return;
      }
      inFlight -= 1;
      const { flagged, cleanFiles, cleanBytes } = await segment.screened;
      seen.files += cleanFiles;
      seen.bytes += cleanBytes;
      batchFiles = filesPerMessage(seen.files, seen.bytes);
      for (const [index, skip] of flagged) {
        if (skip) yield skip;
        else yield* read2(segment.files[index], "no-repo");
      }
      if (cleanFiles) yield { kind: "clean", files: cleanFiles, bytes: cleanBytes };
    }
    for await (const listing of walked) for (const entry of listing) {
      if (!("reason" in entry) && isEnvFile(entry.path)) envFiles.push(entry);
      else if ("reason" in entry || !entry.isRegular) {
        await flush();
        pending.push({ entry });
      } else {
        files.push(entry);
        if (files.length >= batchFiles) await flush();
      }
      while (inFlight >= workers.size * MESSAGES_QUEUED_PER_WORKER) yield* emit(pending.shift());
    }
    await flush();
    while (pending.length) yield* emit(pending.shift());
  }
  return {
    get filteredOut() {
      return filteredOut;
    },
    get workerThreads() {
      return workerThreads;
    },
    async *blobs() {
      const envFiles = [];
      const walk2 = entries();
      const threads = options2.threads ?? 1;
      const head = threads > 1 ? await walkStart(walk2) : { listings: [], done: false, files: 0, bytes: 0 };
      const workers = threads > 1 && !head.done ? startFileWorkers(threads, options2.patterns ?? []) : void 0;
      workerThreads = workers?.size ?? 0;
      const walked = concat(head.listings, head.done ? [] : walk2);
      try {
        yield* workers ? readInParallel(walked, envFiles, workers, head) : readInOrder(walked, envFiles);
      } finally {
        await workers?.close();
      }
      const statuses = options2.shipped ? /* @__PURE__ */ new Map() : await gitStatuses(options2.root, envFiles.map((e) => e.path));
      for (const entry of envFiles) yield* read2(entry, options2.shipped ? "tracked" : statuses.get(entry.path) ?? "no-repo");
    }
  };
}

// src/scan.ts
async function openRange(options2, cwd) {
  if (options2.mode !== "history" || options2.range === void 0 && options2.since === void 0) return void 0;
  const repo = await openRepo(resolve4(cwd, options2.paths?.[0] ?? "."));
  const [range, top] = await Promise.all([resolveRange(repo, options2), topLevel(repo)]);
  return { repo, range, top };
}
async function planGitScan(options2, cwd, detector, containerLimits, opened) {
  const dir = resolve4(cwd, options2.paths?.[0] ?? ".");
  const root = findProjectRoot(dir);
  if (options2.mode === "staged") {
    const source2 = stagedSource(dir, detector);
    return { mode: "staged", root, source: source2, facts: projectFacts(root), git: source2.summary };
  }
  const repo = opened?.repo ?? await openRepo(dir);
  const wantsRange = opened !== void 0;
  const locateRemoved = async (findings) => {
    const removed = findings.filter((f) => f.commit && f.inHead === false);
    const isFullAudit = !wantsRange && !options2.newCommits;
    const refs = isFullAudit && removed.length ? await refsOutsideHead(repo, removed.map((f) => f.commit.sha)) : /* @__PURE__ */ new Map();
    for (const finding of removed) {
      const holding = refs.get(finding.commit.sha);
      if (holding) finding.refs = holding;
    }
  };
  const source = historySource({
    repo,
    detector,
    ...opened ? { range: opened.range } : options2.newCommits ? { range: newCommitsRange(options2.newCommits.tips, options2.newCommits.known) } : {},
    includeUnreachable: options2.includeUnreachable ?? false,
    ...options2.maxCommits ? { maxCommits: options2.maxCommits } : {},
    ...options2.onProgress ? { onProgress: options2.onProgress } : {},
    containerLimits
  });
  if (repo.bare) return { mode: "history", root: dir, source, git: source.summary, locateRemoved };
  return { mode: "history", root, source, facts: projectFacts(root), git: source.summary, locateRemoved };
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
function scanAnchor(options2, cwd) {
  if (options2.stdin) return cwd;
  const paths = (options2.paths?.length ? options2.paths : ["."]).map((path) => resolve4(cwd, path));
  if (paths.length === 1 && isDirectory(paths[0])) return paths[0];
  const holdsAll = (dir) => paths.every((path) => path === dir || path.startsWith(dir.endsWith(sep4) ? dir : dir + sep4));
  if (holdsAll(cwd)) return cwd;
  let common = dirname5(paths[0]);
  while (!holdsAll(common)) common = dirname5(common);
  return common;
}
function configRebase(options2, root, config) {
  return rebaseFrom(root, config.file && !options2.config ? dirname5(config.file) : root);
}
function planFileScan(options2, cwd, anchor, root, config, detector) {
  const paths = options2.paths?.length ? options2.paths : ["."];
  const cliExclude = options2.exclude ?? [];
  const source = worktreeSource({
    root,
    cwd,
    paths,
    include: options2.include ?? [],
    // --exclude globs match report paths, and (as before issue 11) paths below the scanned directory.
    exclude: [
      { globs: cliExclude, rebase: (path) => path },
      { globs: anchor === root ? [] : cliExclude, rebase: rebaseFrom(root, anchor) },
      { globs: config.exclude, rebase: configRebase(options2, root, config) }
    ],
    followSymlinks: options2.followSymlinks ?? false,
    needles: detector.needles,
    shipped: options2.shipped ?? false,
    threads: options2.threads ?? defaultThreads(),
    patterns: detector.patterns
  });
  return { mode: "files", root, facts: projectFacts(root), source, filteredOut: () => source.filteredOut, workerThreads: () => source.workerThreads };
}
function reportPathOf(cwd, given) {
  const path = relative4(cwd, resolve4(cwd, given));
  return (path.startsWith("..") || isAbsolute2(path) ? resolve4(cwd, given) : path).split(sep4).join("/");
}
async function planScan(options2, cwd, anchor, root, config, detector, containerLimits, opened) {
  if (options2.stdin) return { mode: "stdin", root: cwd, source: stdinSource(options2.stdin, options2.stdinFilename ?? "<stdin>"), facts: projectFacts(cwd) };
  if (options2.crawl) return { mode: "files", root: cwd, source: urlSource({ allowHosts: [], headers: {}, ...DEFAULT_CRAWL, ...options2.crawl }) };
  if (options2.image !== void 0) {
    const source = imageSource(resolve4(cwd, options2.image), reportPathOf(cwd, options2.image), containerLimits);
    return { mode: "files", root: cwd, source, opensContainers: true };
  }
  if (options2.mode === "history" || options2.mode === "staged") return planGitScan(options2, cwd, detector, containerLimits, opened);
  return planFileScan(options2, cwd, anchor, root, config, detector);
}
function isDirectory(path) {
  try {
    return statSync5(path).isDirectory();
  } catch {
    return false;
  }
}
function findingsIn(original, detector, ruleset, filters, facts, withLineHashes) {
  const { candidates, bytes, transcoded } = candidatesIn(original, detector);
  if (candidates.length === 0) return [];
  const blob = transcoded ? { ...original, bytes } : original;
  const { chunk } = blob;
  const classifications = classify(blob, candidates, facts);
  const { container } = blob.provenance;
  const hashes = withLineHashes && !chunk && !container ? lineHashes(blob.bytes.toString("utf8"), new Set(candidates.map((c) => c.line))) : void 0;
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
        ...container ? { chain: container.chain } : {},
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
function policyRequest(options2, cwd, anchor) {
  return {
    config: options2.config === false ? false : options2.config ? resolve4(cwd, options2.config) : void 0,
    root: anchor,
    ...options2.baseline ? { baseline: resolve4(cwd, options2.baseline) } : {},
    rules: (options2.rules ?? []).map((dir) => resolve4(cwd, dir))
  };
}
function setUpScan(options2, root, policy) {
  const { config, ruleset, baseline, review } = policy;
  const filters = {
    placeholders: ruleset.placeholders,
    allow: [...config.allow, ...compileAllow(options2.allow ?? [], "allow option")],
    allowPath: configRebase(options2, root, config),
    baseline,
    includeLocalEnv: options2.includeLocalEnv ?? config.includeLocalEnv ?? false
  };
  return { config, ruleset, detector: createDetector(ruleset.patterns), filters, ...review ? { review } : {} };
}
async function runPlan(plan, source, setup, options2, started) {
  const { detector, ruleset, filters, config, review } = setup;
  const findings = [];
  const skipped = [];
  let filesScanned = 0;
  let bytesScanned = 0;
  for await (const item of source.blobs()) {
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
    findings.push(...findingsIn(item, detector, ruleset, filters, plan.facts, options2.lineHashes ?? false));
  }
  const { git } = plan;
  const filteredOut = plan.filteredOut?.() ?? 0;
  const workerThreads = plan.workerThreads?.() ?? 0;
  if (filesScanned === 0 && skipped.length === 0 && filteredOut > 0) {
    throw usageError(`nothing to scan: the include/exclude globs (flags or config) left out every file found (${filteredOut} left out)`);
  }
  const reported = plan.mode === "history" ? firstPerPathAndKey(findings) : findings;
  reported.sort(compareFindings);
  await plan.locateRemoved?.(reported);
  return {
    mode: plan.mode,
    root: plan.root,
    findings: reported,
    skipped,
    warnings: git?.warnings ?? [],
    failOn: options2.failOn ?? config.failOn ?? "high",
    rules: ruleset.rules,
    ...git?.keys ? { keyHistory: git.keys } : {},
    ...git?.remote ? { remote: git.remote } : {},
    patterns: ruleset.patterns,
    ...review ? { policy: review, newSuppressions: config.newSuppressions ?? "report" } : {},
    stats: {
      filesScanned: git ? git.uniqueBlobs : filesScanned,
      bytesScanned: git ? git.bytes : bytesScanned,
      filesSkipped: skipped.length,
      ...git && plan.mode === "history" ? { commits: git.commits, refs: git.refs, uniqueBlobs: git.uniqueBlobs } : {},
      ...workerThreads ? { workerThreads } : {},
      durationMs: Math.round(performance.now() - started)
    }
  };
}
async function scan(options2 = {}) {
  const started = performance.now();
  const cwd = resolve4(options2.cwd ?? process.cwd());
  const anchor = scanAnchor(options2, cwd);
  const root = findProjectRoot(anchor);
  const request = policyRequest(options2, cwd, anchor);
  const opened = await openRange(options2, cwd);
  if (options2.policyFrom && !opened) throw usageError("--policy-from needs --range or --since (only range scans read the policy from the base)");
  const base = opened?.range.base;
  const policy = opened && base ? await policyForRange(request, opened.repo, { ...opened.range, base, top: opened.top }, options2.policyFrom ?? "base") : policyFromDisk(request);
  const setup = setUpScan(options2, root, policy);
  const containerLimits = { ...DEFAULT_CONTAINER_LIMITS, ...options2.containerLimits };
  if (options2.maxArchiveDepth !== void 0) containerLimits.maxDepth = options2.maxArchiveDepth;
  const plan = await planScan(options2, cwd, anchor, root, setup.config, setup.detector, containerLimits, opened);
  const source = plan.opensContainers ? plan.source : withContainers(plan.source, containerLimits);
  return runPlan(plan, source, setup, options2, started);
}

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
async function planScan2(input, eventName, payload, cwd, sha) {
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
  const counted2 = report.newSuppressions === "fail" ? " The base policy says `newSuppressions: fail`: they count as findings." : "";
  return [
    `### ${plural(allowed.length, "key")} allowed by this ${policySubject(plan)}`,
    "",
    `An allow comment on a line this ${policySubject(plan)} adds suppresses each of these; a reviewer should agree.${counted2}`,
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
var optional = (name, value) => value === void 0 ? {} : { [name]: value };
function readInputs(env) {
  const oneOf = (name, allowed, fallback) => {
    const value = getInput(name, env) || fallback;
    if (value === void 0) return void 0;
    if (!allowed.includes(value)) throw usageError(`input ${name} must be one of ${allowed.join(", ")} (got "${value}")`);
    return value;
  };
  return {
    path: getInput("path", env) || ".",
    mode: oneOf("mode", ACTION_MODES, "auto"),
    ...optional("failOn", oneOf("fail-on", FAIL_ON)),
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
    return JSON.parse(readFileSync4(env.GITHUB_EVENT_PATH, "utf8"));
  } catch (error) {
    throw usageError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${error.message}`);
  }
}
function relativeToWorkspace(report, workspace) {
  const prefix = report.root ? relative5(workspace, report.root).split(sep5).join("/") : "";
  if (!prefix) return;
  for (const finding of report.findings) finding.location.path = posix2.join(prefix, finding.location.path);
}
async function scanFor(plan, inputs, workspace) {
  const options2 = {
    cwd: workspace,
    paths: [inputs.path],
    ...optional("failOn", inputs.failOn),
    lineHashes: true,
    ...inputs.config ? { config: inputs.config } : {},
    ...inputs.baseline ? { baseline: inputs.baseline } : {}
  };
  if (plan.mode === "files") {
    const report2 = await scan(options2);
    relativeToWorkspace(report2, workspace);
    return report2;
  }
  const report = await scan({ ...options2, mode: "history", ...plan.range ? { range: plan.range, policyFrom: inputs.policyFrom } : {} });
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
    const plan = await planScan2(inputs.mode, env.GITHUB_EVENT_NAME ?? "", readEvent(env), resolve5(workspace, inputs.path), env.GITHUB_SHA ?? "HEAD");
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
      writeFileSync(sarifPath, formatSarif(report, formatDefaults(scannedRevision(env, plan))));
    }
    const count = activeFindings(report).length;
    process.stdout.write(`caibo-scan: ${count ? plural(count, "finding") : "no Caibo keys found"}${exitCode ? ` (fail-on: ${report.failOn})` : ""}${EOL2}`);
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
