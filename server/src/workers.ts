/**
 * A small pool of worker processes for the command line. Tasks go out a
 * couple at a time per worker (a 40-page letter then does not hold up a long
 * queue), and results are handed back in task order, so the output does not
 * depend on which worker finished first. A task that throws fails alone; a
 * worker that dies fails only the task it was working on, and the pool starts
 * a replacement a few times; when it cannot, every task left fails: the run
 * always ends.
 *
 * Processes rather than worker threads: the threads of one process share V8's
 * helper threads for garbage collection, and two checking threads on two
 * cores spent half again as much CPU time as one (16.9 against 10.9 s on the
 * 1,000 bench letters), which left them about as fast as one thread. A
 * process can be told to collect its garbage in its own thread (the caller's
 * flags); two such processes took about a tenth less time than one thread.
 */
import { type ChildProcess, fork } from 'node:child_process';

/** Tasks sent ahead to each worker, so it never waits for the next one. */
const IN_FLIGHT_PER_WORKER = 2;
/** How much of a worker's stderr is kept to tell why it died. */
const STDERR_KEPT = 4000;

type ToWorker<T> = { workerData: unknown } | { index: number; task: T };
type FromWorker<R> = { index: number; result: R } | { index: number; error: string };

export interface PoolOptions<R> {
  /** The worker's script; started with `args`, it calls serveTasks. */
  script: string;
  args: readonly string[];
  /** Node's flags for each worker (see the caller for why). */
  execArgv?: readonly string[];
  /** Handed to each worker's serveTasks before its first task. */
  workerData: unknown;
  /** Number of worker processes. */
  jobs: number;
  /** Each task's result, called in task order. */
  onResult(index: number, result: R): void;
  /** The result that stands in for a task that failed, whose worker died, or that no worker was left to take. */
  failed(index: number, error: Error): R;
  /** Asked after each result handed over: true ends the run there, the workers leaving once their current task is done. */
  stopped?(): boolean;
}

export function runInWorkers<T, R>(tasks: readonly T[], options: PoolOptions<R>): Promise<void> {
  return new Promise((resolvePool) => {
    const waiting = tasks.map((_, index) => index);
    const done = new Map<number, R>();
    const live = new Set<ChildProcess>();
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
      if (!finished && (nextToHandOver === tasks.length || options.stopped?.())) {
        finished = true;
        for (const worker of live) if (worker.connected) worker.disconnect();
        resolvePool();
      }
    };

    const start = (): void => {
      const worker = fork(options.script, [...options.args], {
        execArgv: [...(options.execArgv ?? [])],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      const send = (message: ToWorker<T>): void => {
        worker.send(message);
      };
      const inFlight: number[] = [];
      let stderr = '';
      let startError: Error | undefined;
      live.add(worker);
      worker.stderr!.setEncoding('utf8').on('data', (text: string) => {
        stderr = (stderr + text).slice(-STDERR_KEPT);
      });
      const feed = (): void => {
        while (inFlight.length < IN_FLIGHT_PER_WORKER && waiting.length > 0) {
          const index = waiting.shift()!;
          inFlight.push(index);
          send({ index, task: tasks[index] });
        }
      };
      worker.on('message', (message: FromWorker<R>) => {
        inFlight.splice(inFlight.indexOf(message.index), 1);
        feed();
        deliver(message.index, 'error' in message ? options.failed(message.index, new Error(message.error)) : message.result);
      });
      worker.on('error', (error) => {
        if (worker.pid === undefined) startError = error;
      });
      worker.on('close', (code, signal) => {
        live.delete(worker);
        if (finished) return;
        const error = startError ?? new Error(errorLine(stderr) ?? `worker process stopped with ${signal ? `signal ${signal}` : `exit code ${code}`}`);
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
      send({ workerData: options.workerData });
      feed();
    };

    if (finished) resolvePool();
    else for (let i = 0; i < Math.min(options.jobs, tasks.length); i++) start();
  });
}

/** The line of a dead worker's stderr that says why: V8's fatal error or the uncaught exception. */
function errorLine(stderr: string): string | undefined {
  return /^(?:FATAL ERROR|\w*Error)\b.*$/m.exec(stderr)?.[0];
}

/** The worker's side: makes its handler from the pool's workerData, then answers each task with it. */
export function serveTasks<T, R>(makeHandler: (workerData: unknown) => (task: T) => R): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('serveTasks runs in a worker process');
  let handle: ((task: T) => R) | undefined;
  process.on('message', (message: ToWorker<T>) => {
    if ('workerData' in message) {
      handle = makeHandler(message.workerData);
      return;
    }
    let reply: FromWorker<R>;
    try {
      reply = { index: message.index, result: handle!(message.task) };
    } catch (error) {
      reply = { index: message.index, error: error instanceof Error ? error.message : String(error) };
    }
    send(reply);
  });
  // The pool disconnects when the run ends, or is gone: either way there is nothing left to do.
  process.on('disconnect', () => process.exit());
}
