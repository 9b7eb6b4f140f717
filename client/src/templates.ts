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
    const offset = change.rangeOffset + change.text.length;
    const templates = templatesAt(document.getText(), offset, { isLetter: isLetter(document.uri), profile: {} });
    if (templates.some((template) => template.range.end - template.range.start === TEMPLATE_MIN_TYPED)) {
      void vscode.commands.executeCommand('editor.action.triggerSuggest');
    }
  });
}
