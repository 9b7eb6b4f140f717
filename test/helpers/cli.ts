import { main } from '../../server/src/cli';

/** Runs the CLI in-process and captures what it writes. */
export function runCli(argv: string[], stdin?: string, stderrIsTTY = false): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, (text) => { out += text; }, (text) => { err += text; }, { readStdin: stdin === undefined ? undefined : () => stdin, stderrIsTTY });
  return { code, out, err };
}
