/**
 * V8 runs a regular expression first from bytecode and compiles it to machine
 * code once it has run (tier-up), so the phrase groups' large patterns were
 * compiled twice for one letter. Compiled once, straight to machine code, the
 * server's first check of a letter takes about half the time and the command
 * line a few per cent less (docs/PERFORMANCE.md). V8 reads the flag when it
 * compiles a pattern, so it is set before the checker runs: imported first by
 * the Node entries (dist/server.js, dist/cli.js), never by the core, which
 * also runs in a browser.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
