import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInWorkers } from '../server/src/workers';

/**
 * A worker speaking the pool's protocol like serveTasks: a task "n" busy-waits
 * n ms (so threads finish out of order) and answers "done n"; "throw" throws,
 * "exit" ends the thread.
 */
const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ index, task }) => {
  if (task === 'throw') throw new Error('kaput');
  if (task === 'exit') process.exit(3);
  const until = Date.now() + Number(task);
  while (Date.now() < until);
  parentPort.postMessage({ index, result: 'done ' + task });
});
`;

interface Run {
  order: number[];
  results: string[];
}

async function pool(script: string, tasks: string[], jobs: number): Promise<Run> {
  const run: Run = { order: [], results: [] };
  await runInWorkers(tasks, {
    script,
    workerData: null,
    jobs,
    onResult: (index, result: string) => {
      run.order.push(index);
      run.results.push(result);
    },
    failed: (index, error) => `failed ${index}: ${error.message}`,
  });
  return run;
}

describe('worker pool (server/src/workers.ts)', function () {
  this.timeout(30_000);
  let folder: string;
  let script: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-workers-'));
    script = join(folder, 'worker.js');
    writeFileSync(script, WORKER);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('hands results over in task order, whichever thread finishes first', async () => {
    const tasks = ['30', '0', '0', '25', '1', '0', '20', '0', '5', '0', '15', '0', '0', '10', '0'];
    const { order, results } = await pool(script, tasks, 3);
    assert.deepEqual(order, tasks.map((_, i) => i));
    assert.deepEqual(results, tasks.map((t) => `done ${t}`));
  });

  it('a task that throws or ends its thread fails alone; the other tasks still run', async () => {
    const tasks = ['0', 'throw', '2', '0', 'exit', '1', '0', 'throw', '0', '0'];
    const { order, results } = await pool(script, tasks, 2);
    assert.deepEqual(order, tasks.map((_, i) => i));
    tasks.forEach((task, i) => {
      if (task === 'throw') assert.equal(results[i], `failed ${i}: kaput`);
      else if (task === 'exit') assert.equal(results[i], `failed ${i}: worker thread stopped with exit code 3`);
      else assert.equal(results[i], `done ${task}`);
    });
  });

  it('ends, failing every task, when no worker can start', async () => {
    const broken = join(folder, 'broken.js');
    writeFileSync(broken, 'this is not JavaScript (');
    const tasks = Array.from({ length: 12 }, () => '0');
    const { order, results } = await pool(broken, tasks, 2);
    assert.deepEqual(order, tasks.map((_, i) => i));
    for (const [i, result] of results.entries()) assert.match(result, new RegExp(`^failed ${i}: .*SyntaxError|^failed ${i}: Unexpected`));
  });

  it('a run without tasks ends at once', async () => {
    assert.deepEqual(await pool(script, [], 2), { order: [], results: [] });
  });
});
