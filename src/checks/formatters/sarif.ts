import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { artifactPath } from './artifact-path.js';
import type { Formatter, RuleInfo } from './types.js';
import { visibleJson } from '../../text/visible.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties?: { stakeholder: string };
}

function helpText(fix: string | undefined, reference: string | undefined): string | undefined {
  const parts = [fix ? `Fix: ${fix}` : '', reference ? `Reference: ${reference}` : ''].filter(Boolean);
  return parts.length ? parts.join('\n') : undefined;
}

function descriptor(rule: RuleInfo): ReportingDescriptor {
  const help = helpText(rule.fix, rule.reference);
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title ?? rule.id },
    ...(rule.rationale ? { fullDescription: { text: rule.rationale } } : {}),
    ...(help ? { help: { text: help } } : {}),
    ...(rule.reference && /^https?:\/\/\S+$/.test(rule.reference) ? { helpUri: rule.reference } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    ...(rule.stakeholder ? { properties: { stakeholder: rule.stakeholder } } : {}),
  };
}

/**
 * Well-formedness rules (yaml/*, schema/*, waiver/*) are not checklist rules, so options.rules
 * does not describe them; SARIF consumers still want a descriptor behind every ruleIndex, so one
 * is made from the first finding that names the rule.
 */
function synthesized(d: Diagnostic): RuleInfo {
  return {
    id: d.ruleId,
    stakeholder: d.stakeholder ?? '',
    severity: d.severity,
    ...(d.rationale ? { rationale: d.rationale } : {}),
    ...(d.reference ? { reference: d.reference } : {}),
    ...(d.fix ? { fix: d.fix } : {}),
  };
}

/** A relative reference with each path segment percent-encoded; a Windows drive becomes a file URI. */
function uri(file: string): string {
  const path = artifactPath(file);
  const drive = /^[A-Za-z]:\//.exec(path);
  const rest = drive ? path.slice(drive[0].length) : path;
  const encoded = rest.split('/').map(encodeURIComponent).join('/');
  return drive ? `file:///${drive[0]}${encoded}` : encoded;
}

function region(d: Diagnostic): Record<string, number> | undefined {
  if (d.line < 1) return undefined;
  return {
    startLine: d.line,
    startColumn: Math.max(1, d.column),
    ...(d.endLine && d.endLine >= d.line ? { endLine: d.endLine } : {}),
    // SARIF's endColumn, like ours, is the column after the last character.
    ...(d.endLine && d.endLine >= d.line && d.endColumn ? { endColumn: d.endColumn } : {}),
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. A waived finding stays a result
 * with an accepted external suppression, so viewers show it as dismissed rather than losing it;
 * info is SARIF's `note`; a file-level (line 0) finding has a location without a region.
 */
export const sarif: Formatter = (reports, { rules, toolVersion, asOf }) => {
  const infos: RuleInfo[] = [];
  const index = new Map<string, number>();
  const add = (rule: RuleInfo): void => {
    if (index.has(rule.id)) return;
    index.set(rule.id, infos.length);
    infos.push(rule);
  };
  for (const rule of rules) add(rule);
  const extra = new Map<string, RuleInfo>();
  for (const report of reports) {
    for (const d of report.diagnostics) if (!index.has(d.ruleId) && !extra.has(d.ruleId)) extra.set(d.ruleId, synthesized(d));
  }
  for (const id of [...extra.keys()].sort()) add(extra.get(id)!);

  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => {
      const where = region(d);
      return {
        ruleId: d.ruleId,
        ruleIndex: index.get(d.ruleId)!,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: uri(d.file || report.file) }, ...(where ? { region: where } : {}) },
            ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path }] } : {}),
          },
        ],
        ...(d.waived
          ? {
              suppressions: [
                {
                  kind: 'external',
                  status: 'accepted',
                  justification: `${d.waived.reason} (approved by ${d.waived.approvedBy}, expires ${d.waived.expires})`,
                },
              ],
            }
          : {}),
      };
    }),
  );

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'socialplan', version: toolVersion, rules: infos.map(descriptor) } },
        // Columns come from JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results,
        properties: { asOf },
      },
    ],
  };
  return visibleJson(log);
};
