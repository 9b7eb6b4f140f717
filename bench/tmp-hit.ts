import { readFileSync } from 'node:fs';
import { parseLetter } from '../server/src/core/letter';
const letter = parseLetter(readFileSync(process.argv[2], 'utf8'));
for (const hit of letter.find('appeal.obsoleteBody')) {
  console.log(JSON.stringify(hit.text), hit.textStart, hit.textEnd, hit.start, hit.end, JSON.stringify(letter.source.slice(hit.start, hit.end)), JSON.stringify(hit.block.text.slice(hit.textStart, hit.textEnd)));
}
