/**
 * A reference for the command line, not a tool: reads every `.md` file of a
 * folder and parses it with remark-parse in one piece, nothing more (no letter
 * model, no rules, no output), as remark is usually called: beside
 * `node dist/cli.js` on the same files, what remark-parse alone costs.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
const parser = unified().use(remarkParse);
let nodes = 0;
for (const name of readdirSync(folder)) {
  if (name.endsWith('.md')) nodes += parser.parse(readFileSync(join(folder, name), 'utf8')).children.length;
}
// Reading the result keeps the parse from being optimised away, and says the files were read.
if (nodes === 0) process.exitCode = 1;
