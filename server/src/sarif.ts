/** SARIF 2.1.0 output for code-scanning tools and review dashboards. */
import { pathToFileURL } from 'node:url';
import { DIRECTIVE_RULE, Finding, PARTLY_CHECKED_RULE, LineIndex, Locale, RULES, Severity, findingMessage, fixTitle } from './core';

export interface SarifFile {
  /** Path relative to `root`, as shown to the user. */
  file: string;
  /** Only positionAt is used (the CLI passes the positions a worker thread computed). */
  lines: Pick<LineIndex, 'positionAt'>;
  findings: readonly Finding[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function region(lines: Pick<LineIndex, 'positionAt'>, start: number, end: number) {
  const from = lines.positionAt(start);
  const to = lines.positionAt(end);
  return { startLine: from.line + 1, startColumn: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
}

function artifactUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function toSarif(files: readonly SarifFile[], root: string, version: string, locale: Locale): unknown {
  const descriptors = [...RULES, DIRECTIVE_RULE, PARTLY_CHECKED_RULE];
  const index = new Map(descriptors.map((rule, i) => [rule.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'afgoerelsestjek',
          version,
          rules: descriptors.map((rule) => ({
            id: rule.id,
            shortDescription: { text: locale === 'en' ? rule.titleEn : rule.title },
            help: { text: rule.source.citation },
            defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            properties: { sources: rule.source.urls },
          })),
        },
      },
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(root.endsWith('/') ? root : `${root}/`).toString() } },
      columnKind: 'utf16CodeUnits',
      results: files.flatMap(({ file, lines, findings }) => findings.map((finding) => {
        const location = { uri: artifactUri(file), uriBaseId: 'SRCROOT' };
        const result: Record<string, unknown> = {
          ruleId: finding.ruleId,
          ruleIndex: index.get(finding.ruleId) ?? -1,
          level: LEVEL[finding.severity],
          message: { text: findingMessage(finding, locale) },
          locations: [{ physicalLocation: { artifactLocation: location, region: region(lines, finding.range.start, finding.range.end) } }],
        };
        if (finding.fix) {
          const { edit } = finding.fix;
          result.fixes = [{
            description: { text: fixTitle(finding.fix, locale) },
            artifactChanges: [{
              artifactLocation: location,
              replacements: [{ deletedRegion: region(lines, edit.range.start, edit.range.end), insertedContent: { text: edit.text } }],
            }],
          }];
        }
        return result;
      })),
    }],
  };
}
