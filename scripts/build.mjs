// Bundles the client, the language server and the CLI, and the client and server for VS Code for the web
// (unified and remark-parse are ESM-only; the bundles are CommonJS for VS Code and Node). With --tests,
// also bundles every test file so mocha runs them without a TypeScript loader.
import { build } from 'esbuild';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  loader: { '.code-snippets': 'json' },
  logLevel: 'warning',
};

// vscode-jsonrpc/node loads node:crypto when it loads, for the one function that names a pipe, which a stdio or
// IPC server never calls: about 20 ms of the server's cold start (its first diagnostics). It gets it when called.
const lazyCrypto = {
  name: 'lazy-crypto',
  setup(build) {
    build.onResolve({ filter: /^crypto$/ }, (args) => (/vscode-jsonrpc/.test(args.importer) ? { path: 'crypto', namespace: 'lazy-crypto' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-crypto' }, () => ({
      contents: 'exports.randomBytes = (size) => require("node:crypto").randomBytes(size);',
      loader: 'js',
    }));
  },
};

// VS Code for the web (package.json "browser"): the client in the web extension host, the server in a web worker.
const browser = { platform: 'browser', target: 'es2022' };
const entries = [
  { entryPoints: ['client/src/node.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // dist/server.js loads dist/serverMain.js through a V8 code cache (server/src/serverLoader.ts).
  { entryPoints: ['server/src/serverLoader.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/nodeServer.ts'], outfile: 'dist/serverMain.js', plugins: [lazyCrypto] },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...browser, entryPoints: ['client/src/browser.ts'], outfile: 'dist/browser/client.js', external: ['vscode'] },
  // "worker": packages with a DOM build (decode-named-character-reference) pick their build for workers, which have no document.
  { ...browser, entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/browser/server.js', format: 'iife', conditions: ['worker'] },
];

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' || name === 'e2e' ? [] : testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
// `npx afgoerelsestjek` runs dist/cli.js itself; esbuild keeps the mode of a file it overwrites, so a 0644 copy stays unrunnable.
chmodSync('dist/cli.js', 0o755);
if (withTests) {
  await build({ ...common, entryPoints: testFiles('test'), outdir: 'out/test', outbase: 'test', sourcemap: true, minify: false });
}
