/**
 * Readable rules: a finding's rule link opens the rule's page as a rendered, read-only Markdown
 * preview, and "Vis reglerne" lists every rule with its title, severity and legal source, each
 * with an on/off switch. The rules' metadata comes from the extension's own manifest (the
 * `afgoerelsestjek.rules` setting, generated from the rules), so the client needs no copy of it.
 */
import * as vscode from 'vscode';
import type { Locale } from '../../server/src/protocol';
import { text } from './messages';

export const SHOW_RULE = 'afgoerelsestjek.showRule';
export const SHOW_RULES = 'afgoerelsestjek.showRules';
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
type SeveritySetting = (typeof SEVERITIES)[number];

export interface RuleInfo {
  id: string;
  title: string;
  citation: string;
  defaultSeverity: SeveritySetting;
}

interface RulesSettingSchema {
  default: Record<string, SeveritySetting>;
  properties: Record<string, { title: string; description: string }>;
}

/** The rules, in the manifest's order, from the `afgoerelsestjek.rules` setting's schema. */
export function rulesOf(extension: vscode.Extension<unknown>): RuleInfo[] {
  const schema = (extension.packageJSON as { contributes: { configuration: { properties: Record<string, RulesSettingSchema> } } })
    .contributes.configuration.properties['afgoerelsestjek.rules'];
  return Object.entries(schema.properties).map(([id, property]) => ({
    id, title: property.title, citation: property.description, defaultSeverity: schema.default[id],
  }));
}

/** A rule's page as a command link: diagnostics link here instead of to the Markdown file itself. */
export function ruleLink(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

/** Opens a rule's page from the extension's docs as a rendered Markdown preview (read-only). */
export async function showRule(extensionUri: vscode.Uri, ruleId: unknown): Promise<void> {
  if (typeof ruleId !== 'string' || !/^[a-z-]+$/.test(ruleId)) return;
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`));
}

/** Points each of our diagnostics' rule link at the rendered page. */
export function linkRulePages(diagnostics: readonly vscode.Diagnostic[], source: string): vscode.Diagnostic[] {
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code;
    if (diagnostic.source === source && typeof code === 'object' && /^[a-z-]+$/.test(String(code.value))) {
      diagnostic.code = { value: code.value, target: ruleLink(String(code.value)) };
    }
  }
  return diagnostics as vscode.Diagnostic[];
}

const SEVERITY_TEXT: Record<SeveritySetting, { da: string; en: string }> = {
  error: { da: 'fejl', en: 'error' },
  warning: { da: 'advarsel', en: 'warning' },
  information: { da: 'information', en: 'information' },
  hint: { da: 'tip (vises ikke i Problemer)', en: 'hint (not shown in Problems)' },
  off: { da: 'slået fra', en: 'off' },
};

interface RuleItem extends vscode.QuickPickItem {
  rule: RuleInfo;
}

/**
 * Lists every rule; a checked rule is on. Accepting writes the rules switched off (and those
 * switched back on, at their default) to the workspace settings, or the user's without a folder.
 */
export async function showRules(extensionUri: vscode.Uri, rules: readonly RuleInfo[], locale: Locale): Promise<void> {
  const settings = vscode.workspace.getConfiguration('afgoerelsestjek');
  const current = settings.get<Record<string, SeveritySetting>>('rules') ?? {};
  const severityOf = (rule: RuleInfo): SeveritySetting => (SEVERITIES.includes(current[rule.id]) ? current[rule.id] : rule.defaultSeverity);
  const readButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('book'), tooltip: text(locale, 'readRule') };
  const items: RuleItem[] = rules.map((rule) => {
    const severity = severityOf(rule);
    const shown = severity === 'off' ? rule.defaultSeverity : severity;
    return {
      rule,
      label: rule.title,
      description: `${rule.id} · ${SEVERITY_TEXT[shown][locale]}`,
      detail: rule.citation,
      picked: severity !== 'off',
      buttons: [readButton],
    };
  });
  const pick = vscode.window.createQuickPick<RuleItem>();
  pick.title = text(locale, 'rulesTitle');
  pick.placeholder = text(locale, 'rulesPlaceholder');
  pick.canSelectMany = true;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = items;
  pick.selectedItems = items.filter((item) => item.picked);
  const chosen = await new Promise<readonly RuleItem[] | undefined>((resolve) => {
    pick.onDidTriggerItemButton((event) => void showRule(extensionUri, event.item.rule.id));
    pick.onDidAccept(() => { resolve(pick.selectedItems); pick.hide(); });
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (!chosen) return;
  const on = new Set(chosen.map((item) => item.rule.id));
  const inspected = settings.inspect<Record<string, SeveritySetting>>('rules');
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const written = { ...((target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {}) };
  let changed = false;
  for (const rule of rules) {
    const wasOn = severityOf(rule) !== 'off';
    if (on.has(rule.id) === wasOn) continue;
    changed = true;
    if (on.has(rule.id)) written[rule.id] = rule.defaultSeverity;
    else written[rule.id] = 'off';
  }
  if (changed) await settings.update('rules', written, target);
}
