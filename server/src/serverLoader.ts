/**
 * dist/server.js: starts the language server (dist/serverMain.js) from a V8
 * code cache, so that a new server does not compile its bundle again: the
 * first diagnostics after a window opens come about 25 ms sooner
 * (docs/PERFORMANCE.md). Written when the server exits, it holds the compiled
 * code of the server only, never letter text, in a folder of the user's own.
 * Whatever goes wrong with it, the server is loaded as usual.
 */
import './regexpTier';
import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

const MAIN = join(__dirname, 'serverMain.js');
const CACHE_PREFIX = 'server-';
const CACHE_SUFFIX = '.v8cache';

/**
 * The cache folder: AFGOERELSESTJEK_CACHE_DIR (empty turns the cache off),
 * else the platform's cache folder. Only a folder that only its owner, this
 * user, can write to: V8 trusts what it reads there.
 */
function cacheFolder(): string | undefined {
  const configured = process.env.AFGOERELSESTJEK_CACHE_DIR;
  if (configured === '') return undefined;
  const base = process.platform === 'win32' ? process.env.LOCALAPPDATA : process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const folder = configured ?? (base && join(base, 'afgoerelsestjek'));
  // Never a relative folder (no home folder): it would land in the user's workspace.
  if (!folder || !isAbsolute(folder)) return undefined;
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stat = lstatSync(folder);
  const ownedByUs = process.getuid === undefined || stat.uid === process.getuid();
  return stat.isDirectory() && ownedByUs && (process.platform === 'win32' || (stat.mode & 0o022) === 0) ? folder : undefined;
}

interface Prepared {
  script: Script;
  /** Where the cache belongs, and whether it must be written (there was none, or V8 refused it). */
  cacheFile?: string;
  stale: boolean;
}

function prepare(): Prepared {
  const source = readFileSync(MAIN, 'utf8');
  let folder: string | undefined;
  try {
    folder = cacheFolder();
  } catch {
    folder = undefined;
  }
  // V8 checks its version and flags, not the source: the bundle's size and time name the cache.
  const { size, mtimeMs } = statSync(MAIN);
  const cacheFile = folder && join(folder, `${CACHE_PREFIX}${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}${CACHE_SUFFIX}`);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(wrap(source), { filename: MAIN, cachedData });
  return { script, cacheFile, stale: cachedData === undefined || script.cachedDataRejected === true };
}

/** Replaces the cache (and removes those of other versions of the bundle); any failure leaves no cache. */
function writeCache(script: Script, cacheFile: string): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, cacheFile);
    const folder = dirname(cacheFile);
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (name.startsWith(CACHE_PREFIX) && name.endsWith(CACHE_SUFFIX) && path !== cacheFile) unlinkSync(path);
    }
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
}

let prepared: Prepared | undefined;
try {
  prepared = prepare();
} catch {
  prepared = undefined;
}
if (prepared) {
  const { script, cacheFile, stale } = prepared;
  // At exit the cache holds every function the server compiled, the checker's included.
  if (cacheFile && stale) process.once('exit', () => writeCache(script, cacheFile));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(MAIN), module, MAIN, __dirname);
} else {
  require(MAIN);
}
