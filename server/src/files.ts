/**
 * Reading letters from disk and standard input, for the CLI and the server's
 * "check every letter". Only regular files are read, and their size is known
 * before a byte is read: /dev/zero grew the CLI to 6 GB, and a named pipe
 * called x.md hung it for good (issue #14).
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MAX_LETTER_BYTES } from './protocol';

export { MAX_LETTER_BYTES };

/** Why a file was not read. */
export type Refusal =
  | { reason: 'missing' }
  | { reason: 'unreadable'; code: string }
  | { reason: 'notRegular' }
  | { reason: 'tooLarge'; bytes: number }
  | { reason: 'binary' };

/** A file's text, with its bytes as read when it came from a file (to write it back the same way). */
export type LetterRead = { text: string; bytes?: Uint8Array } | { refused: Refusal };

/** The part of a file looked at for NUL bytes: text never has them, binary formats do early. */
const BINARY_SNIFF_BYTES = 8192;

/** The encoding a byte order mark at the start of `bytes` names, if there is one. */
export function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : undefined;
}

/**
 * Text from bytes: UTF-8, or UTF-16 when a byte order mark says so (Windows
 * "Unicode" text); the BOM is dropped, as editors do when they show a file.
 * Bytes with NUL and no UTF-16 BOM are not text.
 */
export function decodeLetter(bytes: Uint8Array): LetterRead {
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return { text: new TextDecoder(bom).decode(bytes.subarray(2)) };
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
    const read = decodeLetter(bytes);
    return 'text' in read ? { text: read.text, bytes } : read;
  } catch (error) {
    return { refused: { reason: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' } };
  } finally {
    closeSync(fd);
  }
}

/** `text` encoded as `original` was: UTF-16 (LE or BE) or UTF-8, with a byte order mark when it had one. */
export function encodeLike(text: string, original: Uint8Array): Buffer {
  const bom = byteOrderMark(original);
  if (bom === 'utf-16le') return Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (bom === 'utf-16be') return Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}

/** Why a letter was not written back. */
export type WriteRefusal = { reason: 'readOnly' } | { reason: 'changed' } | { reason: 'unwritable'; code: string };

/**
 * Replaces the letter at `path` with `content`, atomically: a temporary file
 * in the same folder with the letter's mode (and owner, where allowed),
 * flushed to disk, then renamed over the letter. A symlink is followed: its
 * target is replaced and the link stays. A letter that is read-only (no write
 * bit, even for root) or whose bytes are no longer `original` (changed while
 * it was checked) is left as it is.
 */
export function replaceLetterFile(path: string, original: Uint8Array, content: Uint8Array): WriteRefusal | undefined {
  let temp: string | undefined;
  try {
    const target = realpathSync(path);
    const { mode, uid, gid } = statSync(target);
    if ((mode & 0o222) === 0) return { reason: 'readOnly' };
    try {
      accessSync(target, constants.W_OK);
    } catch {
      return { reason: 'readOnly' };
    }
    const candidate = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = openSync(candidate, 'wx', 0o600);
    temp = candidate;
    try {
      try {
        fchownSync(fd, uid, gid);
      } catch {
        // Only root may give a file away; others write files they own anyway.
      }
      fchmodSync(fd, mode & 0o7777);
      for (let done = 0; done < content.length;) done += writeSync(fd, content, done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Last look before the rename: an editor or a colleague may have saved the letter meanwhile.
    if (!Buffer.from(original).equals(readFileSync(target))) return { reason: 'changed' };
    renameSync(temp, target);
    temp = undefined;
    syncFolder(dirname(target));
    return undefined;
  } catch (error) {
    return { reason: 'unwritable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    if (temp !== undefined) {
      try {
        unlinkSync(temp);
      } catch {
        // Not created.
      }
    }
  }
}

/** Flushes a folder's entries (the rename) to disk where the system allows it. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some systems cannot open or sync a folder; the rename itself is atomic.
  }
}
