// CPU-time (not wall) comparison of check vs bare parse, robust to a loaded machine.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { checkDocument } from '../server/src/core';
import { phraseStarts } from '../server/src/core/phrases';
import { parseLetter } from '../server/src/core/letter';
import { generateCorpus } from './generate';
const letters = generateCorpus(Number(process.argv[2] ?? 300));
const parser = unified().use(remarkParse);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const w: Record<string, (t: string) => unknown> = { check: (t) => checkDocument(t, { force: true }), parse: (t) => parser.parse(t) };
const names = Object.keys(w); const tot: Record<string, number> = {};
for (const t of letters.slice(0, 50)) for (const n of names) w[n](t);
letters.forEach((t, i) => { for (let k = 0; k < names.length; k++) { const n = names[(i + k) % names.length]; const s = cpu(); w[n](t); tot[n] = (tot[n] ?? 0) + cpu() - s; } });
const texts = letters.map((t) => parseLetter(t).blocks.map((b) => b.text));
let s = cpu(); for (const bl of texts) for (const t of bl) phraseStarts(t); tot.phraseStarts = cpu() - s;
for (const n of Object.keys(tot)) console.log(n, (tot[n] / letters.length).toFixed(3));
console.log('ratio', (tot.check / tot.parse).toFixed(3));
