// TextEncoder and TextDecoder for UTF-8, the Encoding Standard's algorithms (what FFI scripts
// use to pass C strings and read buffers). Other labels than UTF-8 are refused with Deno's
// RangeError.
(function (globalThis) {
  "use strict";

  const REPLACEMENT = 0xfffd;

  function encodeInto(string, target) {
    // Returns [read UTF-16 code units, written bytes]; stops before a character that does not fit.
    let read = 0;
    let written = 0;
    const n = string.length;
    const cap = target.length;
    while (read < n) {
      let c = string.charCodeAt(read);
      let units = 1;
      if (c >= 0xd800 && c <= 0xdbff && read + 1 < n) {
        const d = string.charCodeAt(read + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          units = 2;
        } else {
          c = REPLACEMENT;
        }
      } else if (c >= 0xd800 && c <= 0xdfff) {
        c = REPLACEMENT;
      }
      const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (written + size > cap) break;
      if (size === 1) {
        target[written++] = c;
      } else if (size === 2) {
        target[written++] = 0xc0 | (c >> 6);
        target[written++] = 0x80 | (c & 0x3f);
      } else if (size === 3) {
        target[written++] = 0xe0 | (c >> 12);
        target[written++] = 0x80 | ((c >> 6) & 0x3f);
        target[written++] = 0x80 | (c & 0x3f);
      } else {
        target[written++] = 0xf0 | (c >> 18);
        target[written++] = 0x80 | ((c >> 12) & 0x3f);
        target[written++] = 0x80 | ((c >> 6) & 0x3f);
        target[written++] = 0x80 | (c & 0x3f);
      }
      read += units;
    }
    return [read, written];
  }

  class TextEncoder {
    get encoding() {
      return "utf-8";
    }

    encode(input = "") {
      const string = String(input);
      const buffer = new Uint8Array(string.length * 3);
      const [, written] = encodeInto(string, buffer);
      return buffer.slice(0, written);
    }

    encodeInto(source, destination) {
      if (!(destination instanceof Uint8Array)) {
        throw new TypeError("Failed to execute 'encodeInto' on 'TextEncoder': Argument 2 is not a Uint8Array");
      }
      const [read, written] = encodeInto(String(source), destination);
      return { read, written };
    }

    get [Symbol.toStringTag]() {
      return "TextEncoder";
    }
  }

  const UTF8_LABELS = ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"];

  function bytesOf(input) {
    if (input === undefined) return new Uint8Array(0);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
    if (typeof SharedArrayBuffer === "function" && input instanceof SharedArrayBuffer) return new Uint8Array(input);
    throw new TypeError(
      "Failed to execute 'decode' on 'TextDecoder': The provided value is not of type '(ArrayBuffer or ArrayBufferView)'",
    );
  }

  class TextDecoder {
    #fatal;
    #ignoreBOM;
    #pending = [];
    #bomSeen = false;

    constructor(label = "utf-8", options = {}) {
      const normalized = String(label).trim().toLowerCase();
      if (!UTF8_LABELS.includes(normalized)) {
        throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
      }
      this.#fatal = !!(options && options.fatal);
      this.#ignoreBOM = !!(options && options.ignoreBOM);
    }

    get encoding() { return "utf-8"; }
    get fatal() { return this.#fatal; }
    get ignoreBOM() { return this.#ignoreBOM; }

    decode(input, options = {}) {
      const stream = !!(options && options.stream);
      let bytes = bytesOf(input);
      if (this.#pending.length) {
        const joined = new Uint8Array(this.#pending.length + bytes.length);
        joined.set(this.#pending, 0);
        joined.set(bytes, this.#pending.length);
        bytes = joined;
        this.#pending = [];
      }
      let out = "";
      let i = 0;
      const n = bytes.length;
      if (!this.#ignoreBOM && !this.#bomSeen && n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        i = 3;
      }
      if (n > 0) this.#bomSeen = true;
      const fail = () => {
        if (this.#fatal) throw new TypeError("The encoded data is not valid");
        out += "\ufffd";
      };
      let chunk = [];
      const flush = () => {
        if (chunk.length) {
          out += String.fromCharCode.apply(null, chunk);
          chunk = [];
        }
      };
      while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
          chunk.push(b);
          if (chunk.length > 4096) flush();
          i++;
          continue;
        }
        let need = 0;
        let cp = 0;
        let lower = 0x80;
        let upper = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
          need = 1;
          cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          need = 2;
          cp = b & 0x0f;
          if (b === 0xe0) lower = 0xa0;
          if (b === 0xed) upper = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
          need = 3;
          cp = b & 0x07;
          if (b === 0xf0) lower = 0x90;
          if (b === 0xf4) upper = 0x8f;
        } else {
          flush();
          fail();
          i++;
          continue;
        }
        let j = 1;
        let ok = true;
        for (; j <= need; j++) {
          if (i + j >= n) {
            ok = false;
            break;
          }
          const c = bytes[i + j];
          if (c < lower || c > upper) {
            ok = false;
            break;
          }
          lower = 0x80;
          upper = 0xbf;
          cp = (cp << 6) | (c & 0x3f);
        }
        if (!ok && i + j >= n && stream) {
          flush();
          this.#pending = Array.from(bytes.subarray(i));
          return out;
        }
        flush();
        if (!ok) {
          fail();
          i += j;
          continue;
        }
        out += String.fromCodePoint(cp);
        i += need + 1;
      }
      flush();
      if (!stream) this.#bomSeen = false;
      return out;
    }

    get [Symbol.toStringTag]() {
      return "TextDecoder";
    }
  }

  for (const [name, value] of [["TextEncoder", TextEncoder], ["TextDecoder", TextDecoder]]) {
    Object.defineProperty(globalThis, name, { value, writable: true, enumerable: false, configurable: true });
  }
})
