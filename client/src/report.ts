/**
 * "Lav rapport over arbejdsområdet": runs the bundled command line's `report` on the workspace
 * folder, writes afgoerelsestjek-rapport.html there (a file to share with colleagues) and shows
 * it in a panel, where a letter's link opens the letter. Node only (the desktop and remote
 * extension host): it starts the command line as a child process.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Locale } from '../../server/src/protocol';
import { text } from './messages';

export const MAKE_REPORT = 'afgoerelsestjek.report';
export const REPORT_FILE = 'afgoerelsestjek-rapport.html';

/** The rule severities set in VS Code (not the defaults), as the command line's --rule options. */
function ruleOptions(folder: vscode.Uri): string[] {
  const inspected = vscode.workspace.getConfiguration('afgoerelsestjek', folder).inspect<Record<string, string>>('rules');
  const set = { ...inspected?.globalValue, ...inspected?.workspaceValue, ...inspected?.workspaceFolderValue };
  return Object.entries(set).flatMap(([id, severity]) => ['--rule', `${id}=${severity}`]);
}

function runCli(cli: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    // In desktop VS Code the extension host is Electron: ELECTRON_RUN_AS_NODE makes it plain Node.
    execFile(process.execPath, [cli, ...args], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 2) : 0, stderr });
    });
  });
}

/** The report page with a script that hands link clicks to the extension (a webview cannot open files itself). */
function inPanel(html: string): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">`;
  const script = `<script nonce="${nonce}">const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ open: link.getAttribute('href') });
});</script>`;
  return html.replace('<head>', `<head>\n${csp}`).replace('</body>', `${script}\n</body>`);
}

/** The letter a link in the report names, if it lies inside the folder. */
function letterUri(folder: vscode.Uri, href: unknown): vscode.Uri | undefined {
  if (typeof href !== 'string') return undefined;
  const parts = href.split('/').map((part) => decodeURIComponent(part));
  if (parts.some((part) => part === '..' || part === '' || part === '.')) return undefined;
  return vscode.Uri.joinPath(folder, ...parts);
}

export async function makeReport(extensionUri: vscode.Uri, locale: Locale): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(text(locale, 'reportNeedsFolder'));
    return undefined;
  }
  // Letters being edited count as saved: the command line reads the files.
  await vscode.workspace.saveAll(false);
  const target = vscode.Uri.joinPath(folder.uri, REPORT_FILE);
  const cli = vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: text(locale, 'makingReport') },
    () => runCli(cli, ['report', folder.uri.fsPath, '--html', target.fsPath, '--quiet', ...ruleOptions(folder.uri)]),
  );
  if (result.code !== 0) {
    void vscode.window.showErrorMessage(text(locale, 'reportFailed', result.stderr.trim().split('\n')[0] ?? ''));
    return undefined;
  }
  const panel = vscode.window.createWebviewPanel('afgoerelsestjek.report', text(locale, 'reportTitle'), vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
  panel.webview.html = inPanel(await readFile(target.fsPath, 'utf8'));
  panel.webview.onDidReceiveMessage(async (message: { open?: unknown }) => {
    const letter = letterUri(folder.uri, message.open);
    if (letter) await vscode.window.showTextDocument(letter, { viewColumn: vscode.ViewColumn.Beside });
  });
  void vscode.window.showInformationMessage(text(locale, 'reportWritten', REPORT_FILE));
  return target;
}
