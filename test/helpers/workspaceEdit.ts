import assert from 'node:assert/strict';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';

/**
 * The edits a workspace edit makes to one document, asserting they are bound
 * to the version they were computed from (an editor refuses them once the text changed).
 */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string, version: number): TextEdit[] {
  assert.equal(edit?.changes, undefined, 'unversioned edits');
  const documentEdits = (edit?.documentChanges ?? []).filter((change) => 'textDocument' in change && change.textDocument.uri === uri);
  assert.equal(documentEdits.length, 1, `one versioned edit of ${uri}`);
  const [documentEdit] = documentEdits as Array<{ textDocument: { version: number | null }; edits: TextEdit[] }>;
  assert.equal(documentEdit.textDocument.version, version, 'the version the edits were computed from');
  return documentEdit.edits;
}
