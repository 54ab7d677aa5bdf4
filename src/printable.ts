import { isUtf8 } from 'node:buffer';

const hex = (byte: number) => `\\x${byte.toString(16).padStart(2, '0')}`;
// C0 and C1 controls, DEL and the Unicode line/paragraph separators: anything that could start a
// new output line (a fake GitHub workflow command) or drive a terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A file name as safe one-line text: a name can hold newlines, escape sequences or bytes that are
 * not UTF-8, and printing those raw would let a hostile repository forge report lines.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => (char.charCodeAt(0) <= 0xff ? hex(char.charCodeAt(0)) : `\\u${char.charCodeAt(0).toString(16)}`));
}

/** Raw name bytes (not necessarily UTF-8) as printable text: invalid bytes become `\xNN`. */
export function printableBytes(raw: Buffer): string {
  let text = '';
  for (let at = 0; at < raw.length; ) {
    const byte = raw[at]!;
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 0;
    const sequence = raw.subarray(at, at + length);
    if (length > 0 && sequence.length === length && isUtf8(sequence)) {
      text += printable(sequence.toString('utf8'));
      at += length;
    } else {
      text += hex(byte);
      at += 1;
    }
  }
  return text;
}
