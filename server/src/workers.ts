/**
 * A small pool of worker threads for the command line. Tasks go out a couple
 * at a time per worker (a 40-page letter then does not hold up a long queue),
 * and results are handed back in task order, so the output does not depend on
 * which thread finished first. A worker that dies fails only the task it was
 * working on; the pool starts a replacement a few times, and when it cannot,
 * every task left fails: the run always ends.
 */
import { type ResourceLimits, Worker, parentPort } from 'node:worker_threads';

/** Tasks sent ahead to each worker, so it never waits for the next one. */
const IN_FLIGHT_PER_WORKER = 2;

interface TaskMessage<T> {
  index: number;
  task: T;
}

interface ResultMessage<R> {
  index: number;
  result: R;
}

export interface PoolOptions<R> {
  /** The worker's script; it calls serveTasks. */
  script: string;
  workerData: unknown;
  /** Number of worker threads. */
  jobs: number;
  /** Heap limits of each worker (see the caller for why). */
  resourceLimits?: ResourceLimits;
  /** Each task's result, called in task order. */
  onResult(index: number, result: R): void;
  /** The result that stands in for a task whose worker died, or that no worker was left to take. */
  failed(index: number, error: Error): R;
}

export function runInWorkers<T, R>(tasks: readonly T[], options: PoolOptions<R>): Promise<void> {
  return new Promise((resolvePool) => {
    const waiting = tasks.map((_, index) => index);
    const done = new Map<number, R>();
    const live = new Set<Worker>();
    let nextToHandOver = 0;
    let replacementsLeft = options.jobs + 2;
    let finished = tasks.length === 0;

    const deliver = (index: number, result: R): void => {
      done.set(index, result);
      while (done.has(nextToHandOver)) {
        const ready = done.get(nextToHandOver)!;
        done.delete(nextToHandOver);
        options.onResult(nextToHandOver++, ready);
      }
      if (nextToHandOver === tasks.length && !finished) {
        finished = true;
        for (const worker of live) void worker.terminate();
        resolvePool();
      }
    };

    const start = (): void => {
      const worker = new Worker(options.script, { workerData: options.workerData, resourceLimits: options.resourceLimits });
      const inFlight: number[] = [];
      let lastError: Error | undefined;
      live.add(worker);
      const feed = (): void => {
        while (inFlight.length < IN_FLIGHT_PER_WORKER && waiting.length > 0) {
          const index = waiting.shift()!;
          inFlight.push(index);
          worker.postMessage({ index, task: tasks[index] } satisfies TaskMessage<T>);
        }
      };
      worker.on('message', ({ index, result }: ResultMessage<R>) => {
        inFlight.splice(inFlight.indexOf(index), 1);
        feed();
        deliver(index, result);
      });
      worker.on('error', (error) => {
        lastError = error;
      });
      worker.on('exit', (code) => {
        live.delete(worker);
        if (finished) return;
        const error = lastError ?? new Error(`worker thread stopped with exit code ${code}`);
        // The worker handles its tasks in order: the first was running, the others never started.
        const [running, ...notStarted] = inFlight;
        waiting.unshift(...notStarted);
        if (waiting.length > 0 && replacementsLeft > 0) {
          replacementsLeft--;
          start();
        } else if (live.size === 0) {
          for (const index of waiting.splice(0)) deliver(index, options.failed(index, error));
        }
        if (running !== undefined) deliver(running, options.failed(running, error));
      });
      feed();
    };

    if (finished) resolvePool();
    else for (let i = 0; i < Math.min(options.jobs, tasks.length); i++) start();
  });
}

/** The worker's side: answers each task with handle(task). */
export function serveTasks<T, R>(handle: (task: T) => R): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  port.on('message', ({ index, task }: TaskMessage<T>) => {
    port.postMessage({ index, result: handle(task) } satisfies ResultMessage<R>);
  });
}
