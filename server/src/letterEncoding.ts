/**
 * A letter's bytes as text and back, with no Node API: the CLI and the Node
 * server read files through files.ts, the client in VS Code for the web reads
 * them for the server in a web worker, and all decode the same way.
 */

/** Why a file was not read. */
export type Refusal =
  | { reason: 'missing' }
  | { reason: 'unreadable'; code: string }
  | { reason: 'notRegular' }
  | { reason: 'tooLarge'; bytes: number }
  | { reason: 'binary' };

/** What a letter's bytes were read as. */
export type LetterEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file's text, the encoding it was read in, and its bytes as read when it came from a file (to write it back the same way). */
export type LetterRead = { text: string; encoding: LetterEncoding; bytes?: Uint8Array } | { refused: Refusal };

/** The part of a file looked at for NUL bytes: text never has them, binary formats do early. */
const BINARY_SNIFF_BYTES = 8192;

/** The encoding a byte order mark at the start of `bytes` names, if there is one. */
export function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : undefined;
}

/** Throws on bytes that are not UTF-8; drops a UTF-8 BOM itself. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text from bytes: UTF-16 when a byte order mark says so (Windows "Unicode"
 * text), UTF-8 when they are UTF-8 or begin with its byte order mark, and
 * otherwise Windows-1252, what Windows tools save "ANSI" text in (a superset
 * of Latin-1's printable characters): one stray byte that is not UTF-8 makes
 * the whole file Windows-1252, and the CLI says so. The BOM is dropped, as
 * editors do when they show a file. Bytes with NUL and no UTF-16 BOM are not
 * text.
 */
export function decodeLetter(bytes: Uint8Array): LetterRead {
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return { text: new TextDecoder(bom).decode(bytes.subarray(2)), encoding: bom };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { refused: { reason: 'binary' } };
  // A UTF-8 BOM says UTF-8 even if a byte is wrong (--fix then leaves the file alone: files.ts encodeFixed).
  if (bom === 'utf-8') return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252's characters for the bytes 0x80-0x9F; every other byte is the
 * code point of the same number (Latin-1). The five bytes Windows leaves
 * undefined are the C1 controls of their number, as the WHATWG Encoding
 * Standard decodes them, so that every byte has a character and back. Our own
 * table: Node 20's TextDecoder('windows-1252') decodes these bytes as Latin-1
 * (0x96, the en dash, as U+0096).
 */
const WINDOWS_1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F'
  + '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The byte of each character of WINDOWS_1252_HIGH. */
const WINDOWS_1252_BYTES = new Map([...WINDOWS_1252_HIGH].map((char, i) => [char.charCodeAt(0), 0x80 + i]));

/** Text from Windows-1252 bytes: one character per byte. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    codes[i] = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
  }
  const parts: string[] = [];
  for (let at = 0; at < codes.length; at += 8192) parts.push(String.fromCharCode(...codes.subarray(at, at + 8192)));
  return parts.join('');
}

/** `text` as Windows-1252 bytes; undefined when a character has no byte there. */
export function encodeWindows1252(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : WINDOWS_1252_BYTES.get(code);
    if (byte === undefined) return undefined;
    bytes[i] = byte;
  }
  return bytes;
}

/** An encoding's name as people know it, for messages. */
export function encodingName(encoding: LetterEncoding): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'windows-1252': 'Windows-1252' }[encoding];
}
