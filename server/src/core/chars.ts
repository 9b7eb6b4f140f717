/**
 * Character classes by code unit, for the scanners that run over every
 * character of a letter: a table lookup instead of a Unicode regex per
 * character. Characters outside the table (rare in Danish letters) fall back
 * to the regex, so the answers equal \p{L}, \p{N} and \s.
 */
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

const TABLE_SIZE = 0x800;
const IS_LETTER = 1;
const IS_DIGIT = 2;
const IS_SPACE = 4;
const TABLE = new Uint8Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  TABLE[code] = (LETTER.test(ch) ? IS_LETTER : 0) | (/\p{N}/u.test(ch) ? IS_DIGIT : 0) | (SPACE.test(ch) ? IS_SPACE : 0);
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** The code point at `index` when `index` starts it, or the whole pair around a low surrogate. */
function codePointAround(text: string, index: number): string {
  const code = text.charCodeAt(index);
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) return text.slice(index - 1, index + 1);
  return String.fromCodePoint(text.codePointAt(index) ?? code);
}

/** Whether the character at `index` is a letter (\p{L}). */
export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < TABLE_SIZE) return (TABLE[code] & IS_LETTER) !== 0;
  return LETTER.test(isSurrogate(code) ? codePointAround(text, index) : text[index]);
}

/** Whether the character at `index` is a letter or a number (\p{L} or \p{N}). */
export function isWordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < TABLE_SIZE) return (TABLE[code] & (IS_LETTER | IS_DIGIT)) !== 0;
  return LETTER_OR_DIGIT.test(isSurrogate(code) ? codePointAround(text, index) : text[index]);
}

/** Whether the character at `index` is white space (\s). */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < TABLE_SIZE) return (TABLE[code] & IS_SPACE) !== 0;
  return SPACE.test(text[index]);
}
