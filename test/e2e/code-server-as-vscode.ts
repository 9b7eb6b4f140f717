#!/usr/bin/env node
/**
 * A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }):
 * it takes the same command line (--extensionDevelopmentPath=, --extensionTestsPath=,
 * --user-data-dir=, --extensions-dir=, [folder]), runs the tests in code-server's real Node
 * extension host driven by headless Chromium (the workbench URL's payload carries the test
 * arguments; the workbench calls window.codeAutomationExit(code) when they finish), and exits
 * with the result. Other command lines (--install-extension, --version …) go to code-server as is.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { CODE_SERVER_BIN, launchChromium, startCodeServer, writeUserSettings } from './lib/code-server';

const argv = process.argv.slice(2);
const values = (name: string): string[] => argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));

/** VS Code's own log lines and offline noise, not the tests' output. */
const NOISE = /Failed to load resource|ENOTFOUND|Resolv|Creating a socket|Service Worker|same-origin|ChatSessionStore|Overwriting extension|builtin extensions cache|\[Extension Host\]|marketplace|Ignoring the error/;

async function main(): Promise<number> {
  if (!values('extensionTestsPath').length) {
    const child = spawn(CODE_SERVER_BIN, argv, { stdio: 'inherit' });
    return new Promise((r) => child.on('exit', (code) => r(code ?? 1)));
  }
  const testsPath = resolve(values('extensionTestsPath')[0]);
  const devPaths = values('extensionDevelopmentPath').map((p) => resolve(p));
  const scratch = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-cs-'));
  const userDataDir = resolve(values('user-data-dir')[0] ?? join(scratch, 'user'));
  const extensionsDir = resolve(values('extensions-dir')[0] ?? join(scratch, 'extensions'));
  const folder = argv.find((a) => !a.startsWith('-'));
  writeUserSettings(userDataDir);

  const server = await startCodeServer(userDataDir, extensionsDir);
  const stop = (): void => server.stop();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { stop(); process.exit(1); });
  try {
    const remote = (p: string): string => `vscode-remote://${server.authority}${p}`;
    const payload = [['extensionTestsPath', remote(testsPath)], ...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['skipWelcome', 'true']];
    let url = `http://${server.authority}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
    if (folder) url += `&folder=${encodeURIComponent(resolve(folder))}`;

    const context = await launchChromium(join(scratch, 'chromium'));
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      let finish!: (code: number) => void;
      const exited = new Promise<number>((r) => { finish = r; });
      await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
      // The extension host's console (mocha's report) is forwarded to the page's console.
      page.on('console', async (message) => {
        let parts = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => String(a))));
        if (typeof parts[0] === 'string' && parts[0].startsWith('%c')) parts = parts.slice(2); // "%c INFO", "color: …"
        const text = parts.length ? format(...parts) : message.text();
        if (!NOISE.test(text)) console.log(text);
      });
      await page.goto(url);
      const timeoutMs = Number(process.env.CS_TEST_TIMEOUT_MS ?? 600_000);
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([exited, new Promise<'timeout'>((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); })]);
      clearTimeout(timer);
      if (code === 'timeout') console.error(`timed out waiting for the tests; code-server log:\n${server.log()}`);
      return code === 0 ? 0 : 1;
    } finally {
      await context.close();
    }
  } finally {
    stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error: unknown) => { console.error(error); process.exit(1); });
