/**
 * Reading letters from disk and standard input, for the CLI and the server's
 * "check every letter". Only regular files are read, and their size is known
 * before a byte is read: /dev/zero grew the CLI to 6 GB, and a named pipe
 * called x.md hung it for good (issue #14).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_LETTER_BYTES } from './protocol';

export { MAX_LETTER_BYTES };

/** Why a file was not read. */
export type Refusal =
  | { reason: 'missing' }
  | { reason: 'unreadable'; code: string }
  | { reason: 'notRegular' }
  | { reason: 'tooLarge'; bytes: number }
  | { reason: 'binary' };

export type LetterRead = { text: string } | { refused: Refusal };

/** The part of a file looked at for NUL bytes: text never has them, binary formats do early. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * Text from bytes: UTF-8, or UTF-16 when a byte order mark says so (Windows
 * "Unicode" text); the BOM is dropped, as editors do when they show a file.
 * Bytes with NUL and no UTF-16 BOM are not text.
 */
export function decodeLetter(bytes: Uint8Array): LetterRead {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { refused: { reason: 'binary' } };
  // TextDecoder drops a UTF-8 BOM itself.
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

/** Reads at most `limit` bytes from an open descriptor, in chunks (a pipe or standard input has no size to ask). */
export function readUpTo(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit - total));
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking standard input with nothing yet: wait a moment, not a busy loop.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks, total);
}

/**
 * A letter file's text, or why it was not read. Opened non-blocking, so that a
 * named pipe does not wait for a writer; fstat on the open file, so that a
 * symlink is judged by what it points to and nothing changes between the look
 * and the read.
 */
export function readLetterFile(path: string, maxBytes = MAX_LETTER_BYTES): LetterRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { refused: code === 'ENOENT' || code === 'ENOTDIR' ? { reason: 'missing' } : { reason: 'unreadable', code } };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refused: { reason: 'notRegular' } };
    if (stat.size > maxBytes) return { refused: { reason: 'tooLarge', bytes: stat.size } };
    // One byte more than allowed: a file that grew since fstat is caught too.
    const bytes = readUpTo(fd, maxBytes + 1);
    if (bytes.length > maxBytes) return { refused: { reason: 'tooLarge', bytes: bytes.length } };
    return decodeLetter(bytes);
  } catch (error) {
    return { refused: { reason: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' } };
  } finally {
    closeSync(fd);
  }
}
