// Bundles the benchmark scripts (TypeScript, importing the core) into out/bench/.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

const entryPoints = readdirSync('bench').filter((name) => name.endsWith('.ts')).map((name) => `bench/${name}`);
await build({
  entryPoints,
  outdir: 'out/bench',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  loader: { '.code-snippets': 'json' },
  logLevel: 'warning',
});
