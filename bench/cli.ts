/**
 * The whole process on 1,000 letters, side by side: `node dist/cli.js <folder>`
 * (one thread per core beyond the first), the same with `--jobs <cores>` (a
 * worker thread per core) and `markdownlint-cli2 "<folder>/*.md"` (default
 * rules), in rotating order, each under GNU time for wall time and peak RSS.
 * Prints JSON.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../test/helpers/generate';

const ROOT = join(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);
const TIME = '/usr/bin/time';

interface Run {
  wallSeconds: number;
  /** User + system CPU time of all threads: when other processes share the machine, wall time says little. */
  cpuSeconds: number;
  peakRssMiB: number;
  exitCode: number;
}

function timed(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(TIME, ['-v', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const report = result.stderr;
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(report);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const exit = /Exit status: (\d+)/.exec(report);
  const cpu = ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(report)?.[1] ?? NaN));
  if (!wall || !rss) throw new Error(`GNU time gave no report for ${command}: ${report.slice(-500)}`);
  return {
    wallSeconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]),
    cpuSeconds: cpu[0] + cpu[1],
    peakRssMiB: Number(rss[1]) / 1024,
    exitCode: Number(exit?.[1] ?? -1),
  };
}

if (!existsSync(TIME)) {
  console.error('GNU time mangler: apt-get install -y time');
  process.exit(2);
}
const folder = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-bench-'));
try {
  writeCorpus(join(folder, 'letters'), 1000);
  const tools = {
    cli: () => timed(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'letters'], folder),
    cliEveryCore: () => timed(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--jobs', String(availableParallelism()), 'letters'], folder),
    markdownlintCli2: () => timed(process.execPath, [join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), 'letters/*.md'], folder),
  };
  const loadBefore = loadavg();
  const names = Object.keys(tools) as Array<keyof typeof tools>;
  const runs = Object.fromEntries(names.map((name) => [name, [] as Run[]])) as Record<keyof typeof tools, Run[]>;
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      runs[name].push(tools[name]());
    }
  }
  console.log(JSON.stringify({ files: 1000, threads: availableParallelism(), loadBefore, loadAfter: loadavg(), runs }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
