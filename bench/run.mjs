// npm run bench: builds the shipped bundles, runs every benchmark in its own
// process and writes docs/PERFORMANCE.md (machine, date, command, results).
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

const node = process.execPath;
const run = (script, env = {}) => JSON.parse(execFileSync(node, [script], { encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 }));
const step = (label) => console.error(`[bench] ${label}`);
const f = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const verdict = (ok) => (ok ? 'met' : '**missed**');

step('build (production bundles) and bench bundles');
execFileSync(node, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
execFileSync(node, ['bench/build.mjs'], { stdio: 'inherit' });
const loadBefore = loadavg();
const started = new Date();

const bundles = ['client', 'server', 'serverMain', 'cli'].map((name) => ({ name, kib: statSync(`dist/${name}.js`).size / 1024 }));
step('client activation proxy');
const activation = run('out/bench/client-activation.js');
step('throughput, 1,000 letters in one process (check / remark-parse / markdownlint, alternating)');
const throughput = run('out/bench/throughput.js');
step('editor latency over LSP stdio');
const latency = run('out/bench/lsp-latency.js');
step('server memory, 50 letters open');
const memory = run('out/bench/server-memory.js');
step('CLI against markdownlint-cli2, whole process, 1,000 files');
const cli = run('out/bench/cli.js');
const loadAfter = loadavg();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cliWall = median(cli.runs.cli.map((r) => r.wallSeconds));
// Each round runs the commands one after another: their ratio within a round is taken before the median, so that the
// host's drift between rounds does not pair a fast round of one command with a slow round of the other.
const cliRatio = median(cli.runs.cli.map((r, i) => r.wallSeconds / cli.runs.markdownlintCli2[i].wallSeconds));
const mdlWall = median(cli.runs.markdownlintCli2.map((r) => r.wallSeconds));
const cliRss = Math.max(...cli.runs.cli.map((r) => r.peakRssMiB));
const everyCoreWall = median(cli.runs.cliEveryCore.map((r) => r.wallSeconds));
const everyCoreRss = Math.max(...cli.runs.cliEveryCore.map((r) => r.peakRssMiB));
const defaultThreads = Math.max(1, cli.threads - 1);
const cliCpu = median(cli.runs.cli.map((r) => r.cpuSeconds));
const everyCoreCpu = median(cli.runs.cliEveryCore.map((r) => r.cpuSeconds));
const mdlCpu = median(cli.runs.markdownlintCli2.map((r) => r.cpuSeconds));
const mdlRss = Math.max(...cli.runs.markdownlintCli2.map((r) => r.peakRssMiB));
const { check, model, parse, markdownlint } = throughput;
const [firstStart, small, large] = latency;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;

const md = `# Ydeevne / Performance

Written by \`npm run bench\` (bench/run.mjs); do not edit by hand. Run it again after changes to the core.

- **Date:** ${started.toISOString()}
- **Command:** \`npm run bench\`
- **Machine:** ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${f(totalmem() / 2 ** 30, 0)} GiB RAM, Node ${process.version}, ${process.platform}
- **Load average** (1/5/15 min) before: ${loadBefore.map((l) => f(l, 2)).join(' / ')}, after: ${loadAfter.map((l) => f(l, 2)).join(' / ')}. A load above the core count means other processes shared the CPU; compare figures *within* one run (the four in-process workloads alternate per letter for that reason).
- **Versions:** afgoerelsestjek ${pkg.version}, unified ${version('unified')}, remark-parse ${version('remark-parse')}, markdownlint ${version('markdownlint')}, markdownlint-cli2 ${version('markdownlint-cli2')}
- **Letters:** test/helpers/generate.ts, fixed seed; sizes from 1 to 40 pages (a page ≈ 3,000 characters), every rule's triggers and look-alikes, lists, quotes, emphasis, links, HTML comments, character references, some CRLF and front matter. Corpus: ${throughput.letters} letters, ${f(throughput.totalChars / 1e6, 1)} M characters (mean ${f(throughput.totalChars / throughput.letters / 1024, 1)} KiB, largest ${f(throughput.maxChars / 1024, 0)} KiB). remark-parse reads every letter.

## Throughput in one process (ms per letter)

| Workload | mean | p50 | p95 | max |
| --- | --- | --- | --- | --- |
| \`checkDocument\` (parse + all rules) | ${f(check.mean, 2)} | ${f(check.p50, 2)} | ${f(check.p95, 2)} | ${f(check.max)} |
| \`parseLetter\` (the letter model alone: remark-parse and the walk over its tree) | ${f(model.mean, 2)} | ${f(model.p50, 2)} | ${f(model.p95, 2)} | ${f(model.max)} |
| bare \`unified().use(remarkParse).parse\` | ${f(parse.mean, 2)} | ${f(parse.p50, 2)} | ${f(parse.p95, 2)} | ${f(parse.max)} |
| markdownlint \`lint()\`, default rules | ${f(markdownlint.mean, 2)} | ${f(markdownlint.p50, 2)} | ${f(markdownlint.p95, 2)} | ${f(markdownlint.max)} |

By letter size (mean ms per letter; fixed per-letter costs weigh most on short letters):

| Size | letters | check | bare parse | markdownlint | check / parse | markdownlint / check |
| --- | --- | --- | --- | --- | --- | --- |
${throughput.bySize.map((b) => `| ${b.label} | ${b.letters} | ${f(b.check, 2)} | ${f(b.parse, 2)} | ${f(b.markdownlint, 2)} | ${f(b.check / b.parse, 2)} × | ${f(b.markdownlint / b.check, 2)} × |`).join('\n')}

markdownlint and the bare parse are references, without a ratio target: what users feel is the editor latency and the command line's time below.

## Editor latency over LSP stdio (didChange → publishDiagnostics, ms)

\`node dist/server.js --stdio\`, with the Node flags the client starts it with (server/src/protocol.ts), driven by vscode-languageserver-protocol. Both letters are open at once, each in a server of its own, and typed into by turns: a key in one, its diagnostics, a pause, then the same in the other, so that the host's speed, which drifts on this shared VM, weighs on both alike. Typing: one character, wait for its diagnostics, pause 60 ms. Bursts: 10 bursts of 15 characters 5 ms apart, by turns too. The server re-parses only the top-level nodes around each edit (incremental parsing).

| Letter | Typing p50 / p95 / max | Bursts p50 / p95 / max | Published / sent | Versions monotonic |
| --- | --- | --- | --- | --- |
${[small, large].map((r) => `| ${r.label} (${f(r.chars / 1024, 0)} KiB) | ${f(r.typing.p50)} / ${f(r.typing.p95)} / ${f(r.typing.max)} | ${f(r.burst.p50)} / ${f(r.burst.p95)} / ${f(r.burst.max)} | ${r.published} / ${r.sent} | ${r.monotonic ? 'yes' : '**no**'} |`).join('\n')}

| Target | Measured (typing p95) | |
| --- | --- | --- |
| ≤ 10 ms on the 12 KB letter | ${f(small.typing.p95)} ms | ${verdict(small.typing.p95 <= 10)} |
| ≤ 20 ms on the 40-page letter | ${f(large.typing.p95)} ms | ${verdict(large.typing.p95 <= 20)} |
| opening the 12 KB letter → first diagnostics ≤ 300 ms after activation (loading the client + starting the server + the first check) | ${f(activation.requireMs + small.firstDiagnosticsMs, 0)} ms (${f(activation.requireMs, 0)} + ${f(small.firstDiagnosticsMs, 0)}, the server's median of ${small.firstDiagnostics.count} starts, ${f(small.firstDiagnostics.min, 0)}–${f(small.firstDiagnostics.max, 0)}); the first start after installing, before the server's code cache exists: ${f(activation.requireMs + firstStart.firstDiagnosticsMs, 0)} ms | ${verdict(activation.requireMs + small.firstDiagnosticsMs <= 300)} |
| cost follows the edit: p50 on 40 pages ≤ 1.5 × p50 on 12 KB | ${f(large.typing.p50)} / ${f(small.typing.p50)} ms = ${f(large.typing.p50 / small.typing.p50, 2)} × | ${verdict(large.typing.p50 <= 1.5 * small.typing.p50)} |
| no stale result after a newer version | ${[small, large].every((r) => r.monotonic) ? 'published versions monotonic' : 'a stale version was published'} | ${verdict([small, large].every((r) => r.monotonic))} |

In bursts the server checks only the newest version it has received: changes that arrive while it checks are applied first, and the versions in between are never published (Published / sent counts them). Versions are never published out of order.

## Command line, whole process, 1,000 files (median of ${cli.runs.cli.length} runs in rotating order)

| Command | wall s | CPU s | peak RSS MiB (all its processes) |
| --- | --- | --- | --- |
| \`node dist/cli.js letters\` (${defaultThreads === 1 ? 'one thread' : `${defaultThreads} worker processes`}: one per core beyond the first, of ${cli.threads}) | ${f(cliWall, 2)} | ${f(cliCpu, 1)} | ${f(cliRss, 0)} |
| \`node dist/cli.js --jobs ${cli.threads} letters\` (a worker process per core) | ${f(everyCoreWall, 2)} | ${f(everyCoreCpu, 1)} | ${f(everyCoreRss, 0)} |
| \`markdownlint-cli2 "letters/*.md"\` (default rules) | ${f(mdlWall, 2)} | ${f(mdlCpu, 1)} | ${f(mdlRss, 0)} |

| Target | Measured | |
| --- | --- | --- |
| ≤ 1/2 of markdownlint-cli2's wall time | ${f(cliRatio, 2)} × its time (the median of the rounds' ratios: ${cli.runs.cli.map((r, i) => f(r.wallSeconds / cli.runs.markdownlintCli2[i].wallSeconds, 2)).join(', ')}) | ${verdict(cliRatio <= 1 / 2)} |
| peak memory below markdownlint-cli2's | ${f(cliRss, 0)} against ${f(mdlRss, 0)} MiB | ${verdict(cliRss < mdlRss)} |

## Server memory and the extension

| Measure | Value | Target | |
| --- | --- | --- | --- |
| Server RSS, idle after initialize | ${f(memory.idle.rssMiB)} MiB | – | |
| Server RSS, ${memory.documents} letters opened at once (${f(memory.totalChars / 1e6, 2)} M characters), 0.5 s after the last check | ${f(memory.open.rssMiB)} MiB (peak ${f(memory.open.peakRssMiB)}) | – | |
| Server RSS, the same ${memory.documents} letters open, after ${memory.settled.afterSeconds} s idle | ${f(memory.settled.rssMiB)} MiB | ≤ 100 MB | ${verdict(memory.settled.rssMiB * 1.048576 <= 100)} |
| Bundles (production, minified) | ${bundles.map((b) => `${b.name}.js ${f(b.kib, 0)} KiB`).join(', ')} | – | |
| Activation proxy: \`require('dist/client.js')\` with a stubbed \`vscode\`, fresh process, median of ${activation.runs} | ${f(activation.requireMs)} ms (min ${f(activation.minMs)}, max ${f(activation.maxMs)}) | – | |

The activation proxy times loading the client bundle only; \`activate()\` starts vscode-languageclient, which spawns the server as a separate process.

## What the numbers say

- **Parsing: remark-parse reads every letter** (server/src/core/markdown.ts, one seam: \`parseBlocks(source, body, previous?)\`). The letter model costs ${f(model.mean / parse.mean, 2)} × a bare remark parse of the same letter: the walk that turns its tree into prose blocks with source offsets. Letters longer than 8 KB are parsed in windows that end where a whole parse ends a block too (a line at the margin after a blank line), for two reasons. micromark's time grows with the square of the number of blocks in a document (a 2 MB letter took 4 s to parse in one piece, a 5 MB letter half a minute), and in windows it grows with the length (1.4 s for 2 MB, 2.7 s for 4 MB, rules included). And a parse keeps its events and tree alive until it ends: a 20 KB letter parsed in one piece outlived young-generation collections and was copied and promoted, in 8 KB windows it dies young; checking the 1,000 letters took about a fifth less time than in 64 KB windows (4 and 16 KB were about the same as 8), with the command line's output byte for byte the same. A property test holds the windows equal to one piece.
- **The rules** (check ${f(check.mean, 2)} ms against the model's ${f(model.mean, 2)} ms). They share one parse and one walk, and what they ask of a paragraph's text (phrase hits, sentences, word counts, legal references) is computed once per distinct text (server/src/core/textFacts.ts). Phrase groups are not scanned one regex at a time: one pass over a paragraph (\`scanPhrases\`) finds the word starts whose first letters can begin a phrase of any group, and each group's pattern is tried only there (phrases.ts). The patterns read a case-folded copy of the paragraph and so need neither the \`i\` nor the \`u\` flag: compiling \`\\p{L}\` case-insensitively in 53 groups of about 1,200 phrases took V8 about 0.3 s in each process's first check (the server's first diagnostics, every CLI worker); a test holds the folded matching equal to the Unicode case-insensitive one. The scan keeps each paragraph's candidate word starts for all groups in one array, sorted by group (a counting sort over reused scratch space), not an array per group: it was the checker's largest allocator after remark, and the CLI took about 7 % less time. In a profile of the CLI (\`node --cpu-prof dist/cli.js --jobs 1\` on these letters), remark-parse (micromark and mdast-util-from-markdown, whose tree builder spreads a context object for every event) is about half of the time, garbage collection a tenth, and our own code about a quarter: the walk from remark's tree to prose blocks and the phrase scan about 6 % each, the letter model, text facts and all the rules the rest. What is left to gain on the command line is mostly remark-parse's own. **Stretches that letters repeat** (the issue's suggestion: letters of one municipality share their boilerplate) are parsed once: a long letter is cut into windows where a blank line is followed by a line at the margin, and the stretch between two such cuts is kept, parsed, in a cache (markdown.ts, \`StretchCache\`) on its second sighting, copied so that it keeps no letter alive, at most 1 M characters (about 3 MB), oldest out first. Stretches are told apart by their length and sixteen sampled characters rather than a hash of every character, both when counting the ones seen once and when looking up the kept ones (hashing them cost most of the gain; the lookup by samples took about 1 % off the CLI). On these letters 12 % of the characters come from the cache and the CLI takes about 5 % less time; only stretches whose Markdown neither runs into them nor out of them are kept, and property tests hold a letter read through the cache equal to a parse in one piece.
- **First diagnostics** (${f(small.firstDiagnosticsMs, 0)} ms from starting the server process, the median of ${small.firstDiagnostics.count} starts): about 90 ms of it is Node starting on this VM (\`node -e 0\`), then loading the server bundle, then the first check, which runs cold (remark-parse and the rules still interpreted). dist/server.js loads the server bundle (dist/serverMain.js) from a V8 code cache that the server writes when it exits (server/src/serverLoader.ts, in the user's cache folder), so later starts skip compiling it: ${f(firstStart.firstDiagnosticsMs, 0)} ms on the first start after a build, ${f(small.firstDiagnosticsMs, 0)} ms later. The server bundle no longer loads \`node:crypto\` at start (vscode-jsonrpc needs it only to name a pipe; scripts/build.mjs). Tried for the cold first check and not kept: \`--always-sparkplug\`, \`--no-lazy-feedback-allocation\` and a larger \`--min-semi-space-size\` (no measurable gain), and loading \`node:child_process\` lazily (about 1 ms, not worth a second code path).
- **Editor latency:** only the top-level nodes around an edit are parsed again (markdown.parseBlocks, which finds the changed region by comparing slices natively), blocks after the edit keep their offsets (they are relative to the block), and the text facts and rules' text-only results of every unchanged paragraph are taken over from the previous version. The catalogue answers the rules' questions about references from memory, and the letter's date is read without splitting the letter into lines. **What a version found by text is carried to the next:** for each phrase group, and for each rule's test of a paragraph's text alone (\`LetterModel.blocksWhere\`: placeholders, amounts, long sentences, a grant as applied for), a version keeps which blocks pass, and the next version takes that over for the blocks before and after the edit whose texts are unchanged, testing only the blocks between (a unit test counts the blocks asked: one per keystroke); the blocks' text facts are carried by place, and headings' roles are looked up by text. The blocks before the edit are the previous version's own objects, so the hits, legal references and law mentions placed on them are taken over (the 40-page letter has 258 references and 220 named laws); the roles a block lies under are a bit mask per section, and the rules that walked every reference no longer make a closure per reference. **Where a keystroke's time goes over LSP**, measured inside the server (from the didChange handler to publishDiagnostics, and on to the write of the diagnostics to stdout; p50 of 150 keys, three runs): 12 KB 1.3–1.5 ms to publish and 0.3–0.4 ms more to write; 40 pages 1.7–2.0 ms and 0.6 ms more. The rest of the round trip, about 1.1 ms, is the same for both letters. So of the 40-page letter's extra time (about 1.1 ms a key), about half is sending and reading its 42 diagnostics (26 KB of JSON against 2 KB: 41 of them name a repealed provision, each with its legal source) and the parse of a longer paragraph around the edit (the bench types into the reasons in both letters: 830 characters are parsed again per key in the 40-page letter, 660 in the 12 KB one), which no change to the checker removes; the rest is what a keystroke still touches in the whole letter: the blocks after the edit are placed anew (their offsets are absolute, so they are copies) with their references, and some rules read a list per version. **Fewer passes over a long letter per keystroke** (the latest changes, after 8935d01): the references the decision rests on, and those that put it on an appeal route (direct, without appeal, open), are carried for the blocks after an edit too when the edit changed no heading (those blocks are then alike in text, kind and depth and lie in the same sections: \`alikeTail\` in letter.ts; a property test holds the carried lists equal to a fresh parse); foraeldet-henvisning and the appeal route walk only the blocks whose text gives them something; beregning reads each figure's sentence once per text; hjemmel stops at the first reference that settles it; a fix finds the closing greeting in a carried list and a block's place by its index, not by a search of the letter; klarsprog groups its prose by section without a lookup per block. In process the rules' extra time per key on the 40-page letter fell from about 0.3 to about 0.17 ms, and in the server the letter's extra time per key from 0.61–0.91 to 0.36–0.72 ms (three runs by turns with 8935d01); the round trip's ratio moved within its noise (by turns: 1.29–1.39 before, 1.26–1.42 after). **Touching less of the letter per keystroke** (earlier): the chunks a version takes over unchanged keep the previous version's block objects, without copying them or reading their titles again (letter.ts, letterBlocks); the service converts positions with the open document's own line table, which vscode-languageserver-textdocument updates with each change, instead of indexing the text anew (it is made anew only after an edit that joins a CR and an LF into one line ending, which the library's count from the inserted text alone misses); the nesting budget reads only the lines an edit touched (nesting.ts, limitNestingAfterEdit); hjemmel finds the procedural reference around a law name by block (it compared every pair: 220 names with about 100 references); readable prose is counted once per version, by section, for klarsprog, the status bar and the report; a fix's snippet is rendered once per profile; the kept blocks keep their sections (Sections takes over the roles and each heading's parent, and rebuilds only the sections open at the edit); and the references and law names the decision rests on are carried for the kept blocks (\`LetterModel.referencesWhere\`, \`lawMentionsWhere\`: their texts and sections are the same), so a keystroke tests only those after them. In the server, the 40-page letter's extra time per key fell from 0.76–0.96 to 0.46–0.79 ms (p50s of runs by turns with b1b1b04). Earlier still: the table of text facts is taken over by the next version instead of copied (pruned when more than 64 texts that edits left behind are kept: a bound that grew with the letter let the 40-page letter keep hundreds), klarsprog works out a paragraph's sentence reports once per text, and a phrase group's blocks are kept after a full pass. A letter's own blocks find their text facts by index, not by a map lookup of their text (thousands of lookups per check), which took about a sixth off the 40-page check in process; foraeldet-henvisning works out a paragraph's reports once per text and letter date and only places them on each check, and a finding's message object is rendered once (check.ts), which took about a fifth more off (the 40-page letter has 41 repealed references); the chunks after an edit are moved without copying their blocks (Chunk.shift), about 8 % more. The semi-space size is a trade between this and memory (server/src/protocol.ts): with 4 MB the 40-page p50 was about 1.9 × the 12 KB letter's; with 16 MB about 1.4 × (in a full run of this benchmark), but with 50 letters open the server then kept about 110 MiB after 20 s idle, and about 100 MiB even with the compacting idle collection below (a young generation that large is given back only by V8's memory reducer); the server runs with 8 MB. On this shared VM the tails (p95, max) follow the host's load, and its speed drifts by a fifth or more within minutes; p50 is the better guide to the work done, and the two letters are typed into by turns so that the ratio between them compares like with like.
- **CLI:** the files are checked by one process per core beyond the first (\`--jobs N\` sets it): on this VM's two cores that is the main thread; with more, worker processes, whose results are handed over in file order, so the output is the same byte for byte. V8 collects garbage and compiles on threads of its own, so one checking thread already keeps the second core partly busy (${f(cliCpu, 1)} s of CPU time in ${f(cliWall, 2)} s here). A worker process per core took ${f(everyCoreWall, 2)} s against ${f(cliWall, 2)} s, for ${f(everyCoreRss, 0)} against ${f(cliRss, 0)} MiB (the sum of the processes' peaks) and ${f(everyCoreCpu, 1)} s of CPU time, and leaves the user no core, so it is not the default. The workers are processes, not worker threads (server/src/workers.ts): the threads of one process share V8's helper threads for garbage collection, and two checking threads spent half again as much CPU time as one (16.9 against 10.9 s) and took about as long (8.9 against 9.1 s, side by side); a worker process collects its garbage in its own thread (\`--single-threaded-gc\`, which a process can be started with but cannot set for itself: V8 aborts when GC flags change at run time), with 8 MB semi-spaces and its old generation limited to 256 MB (server/src/cli.ts: without the limit two workers kept about 430 MiB in all, without \`--single-threaded-gc\` they took 10.1 s). It keeps only the findings per file (it used to keep every parsed letter: 423 MiB and 36 s in the first run of this benchmark). A profile of the whole process (\`node --cpu-prof dist/cli.js --jobs 1\`) is the check itself; start-up (about 0.1 s), walking the folder and reading the files are each well under 1 % of it: remark-parse is about half, garbage collection a tenth, and the checker's own code (the walk over remark's tree, the phrase scans, the letter model and the rules) about a third. The run keeps every file's findings until the end, as the output shows them (the message in the run's language; the fix only for SARIF), not the checker's findings with their texts in both languages and their fixes: about 1.4 instead of 3 KB a finding. One thread checks in the main thread with Node's defaults. Other things tried on the command line without a gain: 32 and 64 MB semi-spaces for the main thread; leaving short stretches from the cache inside the run being parsed (fewer remark calls, but slower in total: remark's time follows the characters); and leaving the cached stretches out of the text of the run, so that a window stays one call of remark (about 2,900 calls for the 1,000 letters instead of 8,700, since a call costs about 35 µs before it parses anything: micromark combines its constructs anew for every parse), which took as long in side-by-side runs (the parse time per 1,000 letters 5.5-5.9 s against 5.4-5.9 s) and had to parse a run again where a list before a left-out stretch ran on into the next.
- **Server memory:** the server keeps parsed letters only for the four documents checked last (where incremental parsing pays); other open documents keep their text and findings and are parsed again when edited or asked for an outline or hover. Right after 50 letters are opened at once, RSS is high because V8 grew its heap while parsing them; some seconds later the server's idle collection and V8's memory reducer give it back (the samples: ${memory.settled.samples.map((v) => f(v, 0)).join(', ')} MiB, one a second). The server runs with 8 MB semi-spaces (server/src/protocol.ts) and, 5 s after the last edit, runs one full collection (server/src/idle.ts, with Node's --expose-gc) that compacts (\`--compact-on-every-full-gc\`), which gives back what opening the letters left behind before V8's memory reducer would. Without compaction that collection freed the objects but left the old generation's pages in place: about 120 MiB until the memory reducer started, 15 s or more after the last check (and after more than 20 s in one full run of this benchmark); with it, about 85 MiB some 4 s after, and the memory reducer takes the young generation back later. \`--optimize-for-size\` gives about 72 MiB right after opening but nearly doubles the CPU time of checking, so it is not used.
`;
writeFileSync('docs/PERFORMANCE.md', md);
step('wrote docs/PERFORMANCE.md');
