/**
 * Runs the extension-host suite with @vscode/test-electron's runTests. Here (no VS Code downloads)
 * the "VS Code executable" is code-server-as-vscode.js, which runs the same suite in code-server's
 * extension host; with E2E_VSCODE=download, test-electron downloads desktop VS Code instead.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO } from '../letters';

async function main(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-ws-'));
  const profile = mkdtempSync(join(tmpdir(), 'afgoerelsestjek-profile-'));
  mkdirSync(join(workspace, '.vscode'));
  for (const name of readdirSync(join(REPO, 'examples'))) cpSync(join(REPO, 'examples', name), join(workspace, name));
  const download = process.env.E2E_VSCODE === 'download';
  try {
    await runTests({
      ...(download ? {} : { vscodeExecutablePath: join(__dirname, '..', 'code-server-as-vscode.js') }),
      extensionDevelopmentPath: REPO,
      extensionTestsPath: __dirname,
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${join(profile, 'user')}`, `--extensions-dir=${join(profile, 'extensions')}`],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
