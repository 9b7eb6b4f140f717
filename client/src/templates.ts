import * as vscode from 'vscode';
import { TEMPLATE_MIN_TYPED, templatesAt } from '../../server/src/core/templates';

/**
 * Opens the completion list when a template's prefix is typed at the start of
 * a line. Markdown has quick suggestions off, so VS Code would show the
 * templates only on Ctrl+Space; turning them on for Markdown would pop up
 * word lists in every README. The list opens once, when the typed word reaches
 * the length templates are offered from; VS Code keeps it open and filters it
 * while the user types on. What is offered is the server's answer (letters
 * only; the whole letter in a blank document), the same in every editor.
 */
export function offerTemplatesWhileTyping(isLetter: (uri: vscode.Uri) => boolean): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
    if (vscode.window.activeTextEditor?.document !== document || contentChanges.length !== 1) return;
    const [change] = contentChanges;
    if (!/^\p{L}$/u.test(change.text)) return;
    // On every keystroke: look at the line first, and at the whole text only when a prefix just reached its length.
    const { line, character } = change.range.start;
    if (document.lineAt(line).text.slice(0, character + 1).trimStart().length !== TEMPLATE_MIN_TYPED) return;
    const offset = change.rangeOffset + change.text.length;
    if (templatesAt(document.getText(), offset, { isLetter: isLetter(document.uri), profile: {} }).length > 0) {
      void vscode.commands.executeCommand('editor.action.triggerSuggest');
    }
  });
}
