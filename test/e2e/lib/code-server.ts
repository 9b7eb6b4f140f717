/**
 * Starts code-server (real VS Code 1.100 in the browser, with a Node extension host) in its own
 * process group on a free loopback port, and headless Debian Chromium through playwright-core.
 * stop() kills the whole process group: a plain kill leaves the extension host and watchers behind.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { REPO } from '../letters';

export const CACHE = process.env.E2E_CACHE ?? join(REPO, '.cache', 'e2e');
export const CODE_SERVER_BIN = process.env.CODE_SERVER_BIN ?? join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Quiet, trusting, offline user settings: a trust dialog or welcome page would swallow every click. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
};

export function writeUserSettings(userDataDir: string, extra: Record<string, unknown> = {}): void {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extra }, null, 2));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    http.get(`http://127.0.0.1:${port}/healthz`, (res) => { res.resume(); resolve(res.statusCode === 200); }).on('error', () => resolve(false));
  });
}

export interface CodeServer {
  port: number;
  authority: string;
  process: ChildProcess;
  log(): string;
  stop(): void;
}

export async function startCodeServer(userDataDir: string, extensionsDir: string): Promise<CodeServer> {
  const port = await freePort();
  const child = spawn(CODE_SERVER_BIN, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', join(userDataDir, 'code-server.yaml'),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
  ], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log: string[] = [];
  child.stdout!.on('data', (d) => log.push(String(d)));
  child.stderr!.on('data', (d) => log.push(String(d)));
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = (): void => {
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
  };
  process.on('exit', stop);
  const deadline = Date.now() + 60_000;
  while (!(await healthy(port))) {
    if (exited || Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not start:\n${log.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, authority: `127.0.0.1:${port}`, process: child, log: () => log.join(''), stop };
}

export async function launchChromium(profileDir: string): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
