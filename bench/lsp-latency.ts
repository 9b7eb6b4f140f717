/**
 * Editor latency over real LSP stdio: starts `node dist/server.js --stdio`
 * (with the Node flags the client uses),
 * opens a letter, types into it with single-character didChange edits, and
 * measures from each didChange to the publishDiagnostics for that version.
 * Typing speed: one key, then wait for its diagnostics and a typing pause.
 * Bursts: keys 5 ms apart; versions the server skipped are counted as dropped.
 * Published versions must be monotonic (a stale result is never published
 * after a newer one). Also the time from starting the server process to the
 * first diagnostics of the opened letter, as a user sees it after activation.
 * Prints JSON.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  ShutdownRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_ENV, SERVER_NODE_FLAGS } from '../server/src/protocol';
import { connectTo } from '../test/helpers/lsp';
import { PAGE_CHARS, generateLetter, randomSource } from '../test/helpers/generate';
import { summarise } from './stats';

const ROOT = join(__dirname, '..', '..');
const TYPED = ' Vi har lagt vægt på, at du selv kan klare lettere rengøring, når du tager pauser undervejs.';
/** Extra node flags for the server, e.g. BENCH_SERVER_NODE_ARGS=--cpu-prof to profile it. */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const TYPING_KEYS = Number(process.env.BENCH_TYPING_KEYS ?? 150);
/** Starts of the server on the 12 KB letter, from the code cache: first diagnostics is their median (one start follows the host's load). */
const STARTS = Number(process.env.BENCH_STARTS ?? 7);
const sleep = (ms: number): Promise<void> => new Promise((wake) => setTimeout(wake, ms));

/** A letter of about `chars` characters (the generator's sizes are approximate). */
function letterOfSize(chars: number, seed: number): string {
  const random = randomSource(seed);
  let pages = Math.max(1, Math.round(chars / PAGE_CHARS));
  for (;;) {
    const letter = generateLetter(random, pages).replace(/\r\n/g, '\n');
    if (letter.length >= chars * 0.9 && letter.length <= chars * 1.25) return letter;
    pages = letter.length < chars ? pages + 1 : Math.max(1, pages - 1);
  }
}

interface Scenario {
  label: string;
  chars: number;
  latenciesTyping: number[];
  latenciesBurst: number[];
  /** Server process started → first diagnostics of the opened letter (ms). */
  firstDiagnosticsMs: number;
  /** Server process started → its answer to initialize: Node started and the server loaded (ms). */
  initializedMs: number;
  sent: number;
  published: number;
  dropped: number;
  monotonic: boolean;
}

/** A server with one letter open, typed into at the start of its reasons. */
interface Session {
  /** One key, then its diagnostics and a typing pause. */
  typeKey(pauseMs: number): Promise<void>;
  /** `keys` keys 5 ms apart, then the diagnostics of the last. */
  burst(keys: number): Promise<void>;
  /** Opens another letter beside the first and returns the time from its didOpen to its diagnostics (ms). */
  openAnother(text: string): Promise<number>;
  close(): Promise<Scenario>;
}

async function openSession(label: string, text: string): Promise<Session> {
  const spawnedAt = performance.now();
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...SERVER_NODE_ARGS, join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...SERVER_ENV } });
  const connection = connectTo(server);
  const sentAt = new Map<number, number>();
  const publishedAt = new Map<number, number>();
  let lastPublished = 0;
  let monotonic = true;
  let wake: (() => void) | undefined;
  const othersPublished = new Map<string, () => void>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const now = performance.now();
    const other = othersPublished.get(params.uri);
    if (other) return other();
    const version = params.version ?? -1;
    if (version < lastPublished) monotonic = false;
    lastPublished = Math.max(lastPublished, version);
    publishedAt.set(version, now);
    wake?.();
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const published = async (version: number): Promise<void> => {
    while (!publishedAt.has(version) && lastPublished < version) await new Promise<void>((resolve) => (wake = resolve));
  };

  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  const initializedMs = performance.now() - spawnedAt;
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = `file:///tmp/afgoerelsestjek-bench/${label}.afg.md`;
  let document = TextDocument.create(uri, 'markdown', 1, text);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await published(1);
  const firstDiagnosticsMs = publishedAt.get(1)! - spawnedAt;

  // Type into the reasons, where the rules look.
  let at = text.indexOf('\n', text.search(/## (Begrundelse|Vores vurdering)/) + 3) + 1;
  at = text.indexOf('\n', at + 1);
  let typed = 0;
  const key = async (): Promise<number> => {
    const ch = TYPED[typed++ % TYPED.length];
    const position = document.positionAt(at);
    const version = document.version + 1;
    const change = { range: { start: position, end: position }, text: ch };
    document = TextDocument.update(document, [change], version);
    at++;
    sentAt.set(version, performance.now());
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    return version;
  };

  const latenciesTyping: number[] = [];
  const latenciesBurst: number[] = [];
  let burstSent = 0;
  let burstPublished = 0;
  return {
    async typeKey(pauseMs) {
      const version = await key();
      await published(version);
      latenciesTyping.push(publishedAt.get(version)! - sentAt.get(version)!);
      await sleep(pauseMs);
    },
    async burst(keys) {
      const versions: number[] = [];
      for (let i = 0; i < keys; i++) {
        versions.push(await key());
        await sleep(5);
      }
      await published(versions[versions.length - 1]);
      await sleep(50);
      for (const version of versions) {
        burstSent++;
        if (!publishedAt.has(version)) continue;
        burstPublished++;
        latenciesBurst.push(publishedAt.get(version)! - sentAt.get(version)!);
      }
    },
    async openAnother(otherText) {
      const otherUri = uri.replace(/\.afg\.md$/, `-${othersPublished.size + 1}.afg.md`);
      const diagnosed = new Promise<void>((resolve) => othersPublished.set(otherUri, resolve));
      const openedAt = performance.now();
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: otherUri, languageId: 'markdown', version: 1, text: otherText } });
      await diagnosed;
      return performance.now() - openedAt;
    },
    async close() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      await new Promise((resolve) => server.once('exit', resolve));
      connection.dispose();
      return {
        label,
        chars: text.length,
        latenciesTyping,
        latenciesBurst,
        firstDiagnosticsMs,
        initializedMs,
        sent: latenciesTyping.length + burstSent,
        published: latenciesTyping.length + burstPublished,
        dropped: burstSent - burstPublished,
        monotonic,
      };
    },
  };
}

/**
 * Starts a server on `text`, then opens `next` beside it (a letter opened while the server runs, as every letter
 * after the first of a window is), and closes it once both have diagnostics.
 */
async function firstDiagnostics(label: string, text: string, next: string): Promise<{ firstMs: number; initializedMs: number; nextMs: number }> {
  const session = await openSession(label, text);
  const nextMs = await session.openAnother(next);
  const { firstDiagnosticsMs, initializedMs } = await session.close();
  return { firstMs: firstDiagnosticsMs, initializedMs, nextMs };
}

async function main(): Promise<void> {
  const small = letterOfSize(12_000, 7);
  const nextSmall = letterOfSize(12_000, 8);
  const large = letterOfSize(40 * PAGE_CHARS, 11);
  // A code cache of its own (server/src/serverLoader.ts): the first start after a build has none and writes it
  // when the server exits; every scenario below starts as an editor does later, from the cache.
  const cacheFolder = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-bench-cache-'));
  process.env.AFGOERELSESTJEK_CACHE_DIR = cacheFolder;
  const firstStart = await firstDiagnostics('letter-12kb-first-start', small, nextSmall);
  const results: object[] = [{ label: 'letter-12kb-first-start', firstDiagnosticsMs: firstStart.firstMs }];
  const starts: number[] = [];
  const initialized: number[] = [];
  const nextLetters: number[] = [];
  for (let i = 1; i < STARTS; i++) {
    const start = await firstDiagnostics('letter-12kb-start', small, nextSmall);
    starts.push(start.firstMs);
    initialized.push(start.initializedMs);
    nextLetters.push(start.nextMs);
  }
  // Both letters open at once, in servers of their own, and typed into by turns: the host's speed, which drifts on a
  // shared VM, then weighs on both alike, and their ratio measures the work.
  const sessions = [await openSession('letter-12kb', small), await openSession('letter-40-pages', large)];
  for (let i = 0; i < TYPING_KEYS; i++) for (const session of sessions) await session.typeKey(60);
  for (let b = 0; b < 10; b++) for (const session of sessions) await session.burst(15);
  for (const session of sessions) {
    const scenario = await session.close();
    const firstDiagnostics = summarise(scenario.label === 'letter-12kb' ? [...starts, scenario.firstDiagnosticsMs] : [scenario.firstDiagnosticsMs]);
    results.push({
      label: scenario.label,
      chars: scenario.chars,
      typing: summarise(scenario.latenciesTyping),
      burst: summarise(scenario.latenciesBurst),
      firstDiagnosticsMs: firstDiagnostics.p50,
      firstDiagnostics,
      ...(scenario.label === 'letter-12kb' ? { initialized: summarise([...initialized, scenario.initializedMs]), nextLetterDiagnostics: summarise(nextLetters) } : {}),
      sent: scenario.sent,
      published: scenario.published,
      dropped: scenario.dropped,
      monotonic: scenario.monotonic,
    });
  }
  rmSync(cacheFolder, { recursive: true, force: true });
  console.log(JSON.stringify(results));
}

void main();
