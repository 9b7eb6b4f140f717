/**
 * Server memory: opens 50 generated letters in `node dist/server.js --stdio`
 * (with the Node flags the client uses),
 * waits for every document's diagnostics, and reads the server's RSS (VmRSS)
 * and peak RSS (VmHWM) from /proc right after, then once a second for 20 s
 * of idling. Prints JSON.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { SERVER_ENV, SERVER_NODE_FLAGS } from '../server/src/protocol';
import { connectTo } from '../test/helpers/lsp';
import { generateCorpus } from '../test/helpers/generate';

const ROOT = join(__dirname, '..', '..');
const OPEN = 50;
const SETTLE_SECONDS = 20;

function memoryOf(pid: number): { rssMiB: number; peakRssMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakRssMiB: kib('VmHWM') / 1024 };
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...SERVER_ENV } });
  const connection = connectTo(server);
  const done = new Set<string>();
  let wake: (() => void) | undefined;
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    done.add(params.uri);
    wake?.();
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification(InitializedNotification.type, {});
  const idle = memoryOf(server.pid!);
  const letters = generateCorpus(OPEN, 4242);
  for (const [i, text] of letters.entries()) {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: `file:///tmp/afgoerelsestjek-bench/brev-${i}.afg.md`, languageId: 'markdown', version: 1, text },
    });
  }
  while (done.size < OPEN) await new Promise<void>((resolve) => (wake = resolve));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const open = memoryOf(server.pid!);
  // Then idle, as an editor with 50 letters open mostly is: V8 gives back heap it grew while parsing
  // (its memory reducer starts some seconds after the last garbage collection).
  const idleSamples: number[] = [];
  for (let second = 1; second <= SETTLE_SECONDS; second++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    idleSamples.push(memoryOf(server.pid!).rssMiB);
  }
  const settled = { rssMiB: idleSamples[idleSamples.length - 1], afterSeconds: SETTLE_SECONDS, samples: idleSamples };
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  connection.dispose();
  console.log(JSON.stringify({ documents: OPEN, totalChars: letters.reduce((sum, t) => sum + t.length, 0), idle, open, settled }));
}

void main();
