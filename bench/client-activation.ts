/**
 * A proxy for the extension's activation cost: the time to require the bundled
 * client (dist/client.js) with a stubbed 'vscode' module, in a fresh process,
 * median of several runs. activate() itself only starts the language client
 * (which spawns the server in its own process) and is not timed. Prints JSON.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const PROBE = `
const Module = require('module');
const original = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return new Proxy({}, { get: () => function () {} });
  return original.call(this, request, parent, isMain);
};
const started = process.hrtime.bigint();
const extension = require(process.argv[1]);
const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
if (typeof extension.activate !== 'function') throw new Error('no activate');
process.stdout.write(String(elapsed));
`;

const runs: number[] = [];
for (let i = 0; i < 11; i++) {
  const result = spawnSync(process.execPath, ['-e', PROBE, join(ROOT, 'dist', 'client.js')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  runs.push(Number(result.stdout));
}
runs.sort((a, b) => a - b);
console.log(JSON.stringify({ requireMs: runs[Math.floor(runs.length / 2)], minMs: runs[0], maxMs: runs[runs.length - 1], runs: runs.length }));
