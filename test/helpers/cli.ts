import { main } from '../../server/src/cli';

/** Standard output as text: a fixed letter from standard input comes as bytes (UTF-8 in these tests). */
export const asText = (output: string | Uint8Array): string => (typeof output === 'string' ? output : Buffer.from(output).toString('utf8'));

/** Runs the CLI in-process and captures what it writes. */
export function runCli(argv: string[], stdin?: string, stderrIsTTY = false): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, (output) => { out += asText(output); }, (text) => { err += text; }, { readStdin: stdin === undefined ? undefined : () => stdin, stderrIsTTY });
  return { code, out, err };
}

/** The bytes Windows-1252 puts at 0x80-0x9F for the characters the tests use; every other character is its Latin-1 byte. */
const WINDOWS_1252_ONLY: Readonly<Record<string, number>> = { '€': 0x80, '„': 0x84, '…': 0x85, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

/** `text` as a Windows tool saves it ("ANSI", Windows-1252), made here rather than by the code under test. */
export function asWindows1252(text: string): Buffer {
  return Buffer.from([...text].map((char) => {
    const code = char.charCodeAt(0);
    const byte = WINDOWS_1252_ONLY[char] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
    if (byte === undefined) throw new Error(`U+${code.toString(16)} is not in the tests' Windows-1252`);
    return byte;
  }));
}
