/**
 * The whole process on 1,000 letters, side by side: `node dist/cli.js <folder>`
 * (one per core beyond the first), the same with `--jobs <cores>` (a worker
 * process per core), `markdownlint-cli2 "<folder>/*.md"` (default rules) and,
 * as a reference, a bare remark-parse of every file (bare-remark.ts), in
 * rotating order, each under GNU time for wall time and CPU time. Peak
 * memory is that of the whole tree of processes: the sum of each process's
 * own peak (VmHWM, read every 20 ms; for one process, GNU time's exact
 * figure). Prints JSON.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../test/helpers/generate';

const ROOT = join(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 5);
const TIME = '/usr/bin/time';

interface Run {
  wallSeconds: number;
  /** User + system CPU time of all threads: when other processes share the machine, wall time says little. */
  cpuSeconds: number;
  /** Of the whole tree of processes. */
  peakRssMiB: number;
  processes: number;
  exitCode: number;
}

/** The processes started by `pid`, and theirs (Linux). */
function descendants(pid: number): number[] {
  let children: number[];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

function peakKiB(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function timed(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const time = spawn(TIME, ['-v', command, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    time.stdout.resume();
    let report = '';
    time.stderr.setEncoding('utf8').on('data', (text: string) => {
      report = (report + text).slice(-20_000);
    });
    // Each process's own peak, by pid, for the processes under GNU time.
    const peaks = new Map<number, number>();
    const poll = setInterval(() => {
      for (const pid of descendants(time.pid!)) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peakKiB(pid) ?? 0));
    }, 20);
    time.on('error', reject);
    time.on('close', () => {
      clearInterval(poll);
      const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(report);
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
      const exit = /Exit status: (\d+)/.exec(report);
      const cpu = ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(report)?.[1] ?? NaN));
      if (!wall || !rss) {
        reject(new Error(`GNU time gave no report for ${command}: ${report.slice(-500)}`));
        return;
      }
      const polled = [...peaks.values()].reduce((sum, kib) => sum + kib, 0);
      resolveRun({
        wallSeconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]),
        cpuSeconds: cpu[0] + cpu[1],
        peakRssMiB: (peaks.size > 1 ? polled : Number(rss[1])) / 1024,
        processes: Math.max(1, peaks.size),
        exitCode: Number(exit?.[1] ?? -1),
      });
    });
  });
}

if (!existsSync(TIME)) {
  console.error('GNU time mangler: apt-get install -y time');
  process.exit(2);
}
async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-bench-'));
  try {
    writeCorpus(join(folder, 'letters'), 1000);
    const tools = {
      cli: () => timed(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'letters'], folder),
      cliEveryCore: () => timed(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--jobs', String(availableParallelism()), 'letters'], folder),
      markdownlintCli2: () => timed(process.execPath, [join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), 'letters/*.md'], folder),
      bareRemark: () => timed(process.execPath, [join(__dirname, 'bare-remark.js'), 'letters'], folder),
    };
    const loadBefore = loadavg();
    const names = Object.keys(tools) as Array<keyof typeof tools>;
    const runs = Object.fromEntries(names.map((name) => [name, [] as Run[]])) as Record<keyof typeof tools, Run[]>;
    for (let i = 0; i < RUNS; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length];
        runs[name].push(await tools[name]());
      }
    }
    console.log(JSON.stringify({ files: 1000, threads: availableParallelism(), loadBefore, loadAfter: loadavg(), runs }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
