import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInWorkers, serveTasks } from '../server/src/workers';

/** Started with this argument, this file is a worker of the pools below, not a test file. */
const TEST_WORKER = '--workers-test-worker';

/**
 * The worker: a task "n" busy-waits n ms (so workers finish out of order) and
 * answers "done n"; "throw" throws, "exit" ends the process, "kill" kills it
 * with a signal; "data" answers with the pool's workerData.
 */
function testHandler(workerData: unknown) {
  return (task: string): string => {
    if (task === 'throw') throw new Error('kaput');
    if (task === 'exit') process.exit(3);
    if (task === 'kill') process.kill(process.pid, 'SIGKILL');
    if (task === 'data') return JSON.stringify(workerData);
    const until = Date.now() + Number(task);
    while (Date.now() < until);
    return `done ${task}`;
  };
}

interface Run {
  order: number[];
  results: string[];
}

async function pool(script: string, tasks: string[], jobs: number, workerData: unknown = null): Promise<Run> {
  const run: Run = { order: [], results: [] };
  await runInWorkers(tasks, {
    script,
    args: [TEST_WORKER],
    workerData,
    jobs,
    onResult: (index, result: string) => {
      run.order.push(index);
      run.results.push(result);
    },
    failed: (index, error) => `failed ${index}: ${error.message}`,
  });
  return run;
}

if (process.argv[2] === TEST_WORKER) {
  serveTasks(testHandler);
} else {
  describe('worker pool (server/src/workers.ts)', function () {
    this.timeout(30_000);
    let folder: string;
    before(() => {
      folder = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-workers-'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('hands results over in task order, whichever worker finishes first', async () => {
      const tasks = ['30', '0', '0', '25', '1', '0', '20', '0', '5', '0', '15', '0', '0', '10', '0'];
      const { order, results } = await pool(__filename, tasks, 3);
      assert.deepEqual(order, tasks.map((_, i) => i));
      assert.deepEqual(results, tasks.map((t) => `done ${t}`));
    });

    it('gives every worker the workerData before its first task', async () => {
      const workerData = { options: { locale: 'da', named: ['brev.md'] } };
      const { results } = await pool(__filename, ['data', 'data', 'data', 'data'], 2, workerData);
      assert.deepEqual(results, Array(4).fill(JSON.stringify(workerData)));
    });

    it('a task that throws fails alone; a worker that exits or is killed fails only its running task; the other tasks still run', async () => {
      const tasks = ['0', 'throw', '2', '0', 'exit', '1', '0', 'throw', '0', 'kill', '0', '0'];
      const { order, results } = await pool(__filename, tasks, 2);
      assert.deepEqual(order, tasks.map((_, i) => i));
      tasks.forEach((task, i) => {
        if (task === 'throw') assert.equal(results[i], `failed ${i}: kaput`);
        else if (task === 'exit') assert.equal(results[i], `failed ${i}: worker process stopped with exit code 3`);
        else if (task === 'kill') assert.equal(results[i], `failed ${i}: worker process stopped with signal SIGKILL`);
        else assert.equal(results[i], `done ${task}`);
      });
    });

    it('ends, failing every task with the reason the worker gave on stderr, when no worker can start', async () => {
      const broken = join(folder, 'broken.js');
      writeFileSync(broken, 'this is not JavaScript (');
      const tasks = Array.from({ length: 12 }, () => '0');
      const { order, results } = await pool(broken, tasks, 2);
      assert.deepEqual(order, tasks.map((_, i) => i));
      for (const [i, result] of results.entries()) assert.match(result, new RegExp(`^failed ${i}: SyntaxError: `));
    });

    it('a run without tasks ends at once', async () => {
      assert.deepEqual(await pool(__filename, [], 2), { order: [], results: [] });
    });
  });
}
