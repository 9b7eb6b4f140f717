/** Runs only the full check over the corpus, for `node --cpu-prof`. */
import { checkDocument } from '../server/src/core';
import { generateCorpus } from '../test/helpers/generate';

const letters = generateCorpus(Number(process.argv[2] ?? 300));
let findings = 0;
for (let pass = 0; pass < 2; pass++) for (const text of letters) findings += checkDocument(text, { force: true }).findings.length;
console.log(`${findings} findings`);
