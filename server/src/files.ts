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
import { LetterEncoding, LetterRead, byteOrderMark, decodeLetter, encodeWindows1252 } from './letterEncoding';

export { MAX_LETTER_BYTES };
export { byteOrderMark, decodeLetter, encodingName } from './letterEncoding';
export type { LetterEncoding, LetterRead, Refusal } from './letterEncoding';

/**
 * Reads at most `limit` bytes from an open descriptor, in chunks (a pipe or
 * standard input has no size to ask). `expected`, a regular file's size, sizes
 * the first chunk: one read takes the whole file and a one-byte read finds its
 * end. Reading in 64 KB chunks took the command line 0.56 of 12.7 s on the
 * thousand bench letters (a fresh 64 KB buffer for each read that finds an
 * end), this 0.03.
 */
export function readUpTo(fd: number, limit: number, expected = 64 * 1024): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let size = expected;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(size, limit - total)));
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
    // Short of the size the file had: most likely its end, which a one-byte read confirms; else it grew, read on.
    size = chunks.length === 1 && total < expected ? 1 : 64 * 1024;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
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
    const bytes = readUpTo(fd, maxBytes + 1, stat.size + 1);
    if (bytes.length > maxBytes) return { refused: { reason: 'tooLarge', bytes: bytes.length } };
    const read = decodeLetter(bytes);
    return 'text' in read ? { ...read, bytes } : read;
  } catch (error) {
    return { refused: { reason: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' } };
  } finally {
    closeSync(fd);
  }
}

/**
 * `text` encoded as `original` was read (decodeLetter): UTF-16 (LE or BE) or
 * UTF-8, with a byte order mark when it had one, or Windows-1252; undefined
 * when a character has no byte in Windows-1252.
 */
export function encodeLike(text: string, original: Uint8Array, encoding: LetterEncoding): Buffer | undefined {
  if (encoding === 'windows-1252') {
    const bytes = encodeWindows1252(text);
    return bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  const bom = byteOrderMark(original);
  if (bom === 'utf-16le') return Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (bom === 'utf-16be') return Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}

/**
 * A fixed letter's bytes in the encoding it was read in, or undefined when
 * writing them would change more than the fix: the fixed text has a character
 * the encoding has no byte for (Windows-1252), or the text as read does not
 * give back the bytes it was read from (invalid UTF-8 after a UTF-8 BOM, an
 * odd byte in UTF-16), which would be replaced outside the fix.
 */
export function encodeFixed(fixed: string, read: { text: string; bytes: Uint8Array; encoding: LetterEncoding }): Buffer | undefined {
  const unchanged = encodeLike(read.text, read.bytes, read.encoding);
  if (!unchanged?.equals(read.bytes)) return undefined;
  return encodeLike(fixed, read.bytes, read.encoding);
}

/** Why a letter was not written back. */
export type WriteRefusal = { reason: 'readOnly' } | { reason: 'changed' } | { reason: 'unwritable'; code: string } | { reason: 'encoding'; encoding: LetterEncoding };

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
