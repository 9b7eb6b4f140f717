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
