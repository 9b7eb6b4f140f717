// npm run docs: writes the generated head of every docs/rules/<id>.md from the rule's metadata.
// test/rules-metadata.test.ts fails when a page's head differs from what this writes.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const outfile = 'out/scripts/rule-docs.js';
await build({
  stdin: { contents: "export { RULES } from './server/src/core/rules'; export { withGeneratedHeader } from './server/src/core/ruleDocs'; export { ruleDocPath } from './server/src/core/rule';", resolveDir: '.', loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', loader: { '.code-snippets': 'json' },
});
const { RULES, withGeneratedHeader, ruleDocPath } = createRequire(import.meta.url)(`../${outfile}`);
for (const rule of RULES) {
  const path = ruleDocPath(rule.id);
  const page = readFileSync(path, 'utf8');
  const updated = withGeneratedHeader(page, rule);
  if (updated !== page) {
    writeFileSync(path, updated);
    console.log(`updated ${path}`);
  }
}
