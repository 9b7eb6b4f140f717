/**
 * npm run fuzz: the robustness properties of test/robustness.test.ts with
 * 100,000 cases (half mutated real letters, half random text); writes the result
 * to docs/ROBUSTNESS.md. FUZZ_RUNS overrides the case count, FUZZ_SEED
 * the seed. (Incremental parsing has its own long run: INCREMENTAL_RUNS with
 * test/incremental.test.ts.)
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { assertSound, mutatedLetter, randomText } from '../test/helpers/robustness';

const ROOT = join(__dirname, '..', '..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20251123);

interface Outcome {
  name: string;
  runs: number;
  seconds: number;
  failed: boolean;
  counterexample?: string;
}

function fuzz(name: string, arbitrary: fc.Arbitrary<string>, runs: number, property: (text: string) => void = assertSound): Outcome {
  const started = Date.now();
  const details = fc.check(fc.property(arbitrary, property), { numRuns: runs, seed: SEED });
  const outcome: Outcome = { name, runs: details.numRuns, seconds: (Date.now() - started) / 1000, failed: details.failed };
  if (details.failed) outcome.counterexample = `${String(details.errorInstance).slice(0, 500)}; seed ${details.seed}, path ${details.counterexamplePath}`;
  console.error(`${name}: ${outcome.runs} cases in ${outcome.seconds.toFixed(0)} s, ${outcome.failed ? 'FAILED' : 'ok'}`);
  return outcome;
}

const outcomes = [
  fuzz('mutated real letters', mutatedLetter, Math.ceil(RUNS / 2)),
  fuzz('random text', randomText, Math.floor(RUNS / 2)),
];
const started = new Date().toISOString();
writeFileSync(join(ROOT, 'docs', 'ROBUSTNESS.md'), `# Robusthed / Robustness

Written by \`npm run fuzz\` (bench/fuzz.ts); do not edit by hand.

- **Date:** ${started}; **command:** \`npm run fuzz\` (FUZZ_RUNS=${RUNS}, seed ${SEED})
- **Machine:** ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}

Property for every case: \`checkDocument\` (forced, and by detection) does not throw; every finding's range lies inside the document; every fix's edit range lies inside the document and applies. Mutated letters: the examples, the fixtures and generated letters of 1, 4 and 12 pages with 1-30 inserted, deleted, duplicated or swapped lines and characters (unbalanced Markdown, fences, HTML comments, NUL, CR, CRLF, tabs, lone surrogates, combining marks, bidi controls, legal references, placeholders), some with CRLF line ends. Random text: any UTF-16, and Markdown fragments glued together.

| Property | Cases | Time | Result |
| --- | --- | --- | --- |
${outcomes.map((o) => `| ${o.name} | ${o.runs.toLocaleString('en')} | ${o.seconds.toFixed(0)} s | ${o.failed ? `**failed**: ${o.counterexample}` : 'passed'} |`).join('\n')}

The test suite runs the same properties with 150 cases each (test/robustness.test.ts), the extreme inputs (10,000-deep nesting, a 1 MB line, NUL/CR/tabs, unterminated front matter), every core regular expression on adversarial 100 KB input, and incremental parsing against whole parses (test/incremental.test.ts; \`INCREMENTAL_RUNS\` raises its case count).
`);
process.exitCode = outcomes.some((o) => o.failed) ? 1 : 0;
