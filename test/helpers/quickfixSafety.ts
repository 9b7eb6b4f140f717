import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CodeAction, CodeActionRequest, Diagnostic, DidChangeTextDocumentNotification, TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, checkDocument, noInputEdits } from '../../server/src/core';
import { lineEndingOf } from '../../server/src/core/position';
import { FIX_ALL_KIND } from '../../server/src/protocol';
import { EXAMPLES_DIR, FIXTURE_DIR, ROOT, markdownFiles } from './fixtures';
import type { LspSession } from './lsp';
import { editsFor } from './workspaceEdit';

/**
 * The quick-fix safety property (issue #14): every code action and Fix All,
 * through the real server, on every letter in LF, CRLF, lone-CR, BOM and mixed
 * line-end variants, loses no character outside what it means to replace,
 * keeps line ends, and Fix All applied twice changes nothing the second time.
 */

const CORPUS_DIR = join(ROOT, '..', 'shared', 'corpus', 'letters');

/** Every letter the property runs on: fixtures, examples and the shared corpus. */
export function safetyLetters(): Array<{ name: string; text: string }> {
  return [...markdownFiles(FIXTURE_DIR), ...markdownFiles(EXAMPLES_DIR), ...(existsSync(CORPUS_DIR) ? markdownFiles(CORPUS_DIR) : [])];
}

/** Line-end variants of an LF text. Mixed: CRLF, LF and a lone CR in turn (text pasted from three sources). */
export const VARIANTS: Record<string, (text: string) => string> = {
  LF: (text) => text,
  CRLF: (text) => text.replace(/\n/g, '\r\n'),
  'lone CR': (text) => text.replace(/\n/g, '\r'),
  BOM: (text) => `\uFEFF${text}`,
  mixed: (text) => {
    let i = 0;
    return `\uFEFF${text.replace(/\n/g, () => ['\r\n', '\n', '\r'][i++ % 3])}`;
  },
};

const LINE_END = /\r\n|\r|\n/g;
const lineEnds = (text: string): number => text.match(LINE_END)?.length ?? 0;

interface Placed {
  start: number;
  end: number;
  newText: string;
}

/** An action's edits as offsets in `document` (the LSP library is the editor here). */
function placed(document: TextDocument, edits: readonly TextEdit[]): Placed[] {
  return edits.map((edit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), newText: edit.newText }));
}

/** The ranges a fix may replace: each finding's range widened to whole lines with their line ends. */
function intendedRanges(document: TextDocument, diagnostics: readonly Diagnostic[]): Array<[number, number]> {
  return diagnostics.map((d) => [document.offsetAt({ line: d.range.start.line, character: 0 }), document.offsetAt({ line: d.range.end.line + 1, character: 0 })]);
}

/** Checks one action's edits; returns the text they make. */
function checkEdits(label: string, document: TextDocument, edits: readonly TextEdit[], intended: ReadonlyArray<[number, number]>): string {
  const text = document.getText();
  const eol = lineEndingOf(text);
  const pieces = placed(document, edits);
  for (const { start, end, newText } of pieces) {
    if (end > start) assert.ok(intended.some(([from, to]) => start >= from && end <= to), `${label}: removes ${JSON.stringify(text.slice(start, end).slice(0, 80))} outside any finding's lines`);
    for (const inserted of newText.match(LINE_END) ?? []) assert.equal(inserted, eol, `${label}: inserts ${JSON.stringify(inserted)} into a ${JSON.stringify(eol)} document: ${JSON.stringify(newText.slice(0, 300))}`);
  }
  const result = TextDocument.applyEdits(document, [...edits]);
  // Each line end removed or inserted is counted; none merged with a neighbour (\r + \n) or split.
  const expectedEnds = lineEnds(text) + pieces.reduce((sum, p) => sum + lineEnds(p.newText) - lineEnds(text.slice(p.start, p.end)), 0);
  assert.equal(lineEnds(result), expectedEnds, `${label}: line ends merged or split`);
  if (text.startsWith('\uFEFF')) assert.ok(result.startsWith('\uFEFF'), `${label}: text inserted before the BOM`);
  return result;
}

let documentCount = 0;

/** Opens `text` in the session and waits for its diagnostics. */
async function openChecked(session: LspSession, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = `file:///tmp/quickfix-safety/brev-${++documentCount}.afg.md`;
  session.open(uri, text);
  const { diagnostics } = await session.diagnostics(uri, 1);
  return { uri, diagnostics };
}

async function codeActions(session: LspSession, uri: string, text: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const document = TextDocument.create(uri, 'markdown', 1, text);
  const range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  return ((await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } })) ?? []) as CodeAction[];
}

/** What one text gave: the actions tried. */
export interface SafetyOutcome {
  actions: number;
}

/** Runs the property on one text. */
export async function checkQuickFixSafety(session: LspSession, label: string, text: string): Promise<SafetyOutcome> {
  const { uri, diagnostics } = await openChecked(session, text);
  const document = TextDocument.create(uri, 'markdown', 1, text);
  const intended = intendedRanges(document, diagnostics);
  const actions = await codeActions(session, uri, text, diagnostics);
  const core = checkDocument(text, { fileName: '/tmp/quickfix-safety/brev.afg.md' }).findings;
  const lspFixes: string[] = [];
  let fixAll: string | undefined;
  for (const action of actions) {
    const edits = editsFor(action.edit, uri, 1);
    const result = checkEdits(`${label}: ${action.title}`, document, edits, intended);
    if (action.kind === FIX_ALL_KIND) fixAll = result;
    else if (action.isPreferred) lspFixes.push(result);
  }
  // The editor's results are the core's own, offset for offset.
  assert.deepEqual(lspFixes.sort(), core.filter((f) => f.fix).map((f) => applyEdits(text, [f.fix!.edit]).text).sort(), `${label}: quick fixes differ from the core's`);
  // Fix All applies the fixes that need no input (core noInputEdits).
  if (noInputEdits(core).length > 0) assert.equal(fixAll, applyEdits(text, noInputEdits(core)).text, `${label}: Fix All differs from the core's`);
  if (fixAll !== undefined) {
    // Fix All twice equals once: the same document, edited to the fixed text, offers nothing more to fix.
    void session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixAll }] });
    const again = await session.diagnostics(uri, 2);
    const second = (await codeActions(session, uri, fixAll, again.diagnostics, [FIX_ALL_KIND]))[0];
    const twice = second ? TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 2, fixAll), editsFor(second.edit, uri, 2)) : fixAll;
    assert.equal(twice, fixAll, `${label}: a second Fix All changes the text`);
  }
  return { actions: actions.length };
}
