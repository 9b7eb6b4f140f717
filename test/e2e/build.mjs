// Bundles the end-to-end tests (TypeScript) into out/e2e. `vscode`, mocha and playwright-core stay
// external: the extension host provides `vscode`; the others load from node_modules at run time.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const common = {
  bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true,
  external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'], loader: { '.code-snippets': 'json' }, logLevel: 'warning', outbase: 'test/e2e', outdir: 'out/e2e',
};
await build({
  ...common,
  entryPoints: [
    'test/e2e/vscode/index.ts', 'test/e2e/vscode/extension.test.ts', 'test/e2e/vscode/run.ts',
    'test/e2e/editors/editors.test.ts', 'test/e2e/ui/ui.test.ts', 'test/e2e/report/report.test.ts', 'test/e2e/browser/browser.test.ts', 'test/e2e/browser/code-server-web.test.ts', 'test/e2e/code-server-as-vscode.ts',
  ],
});
// The web test's page script runs in Chromium, beside the web server bundle it starts in a Worker.
await build({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['test/e2e/browser/page.ts'] });
chmodSync('out/e2e/code-server-as-vscode.js', 0o755); // runTests spawns it as the VS Code executable
