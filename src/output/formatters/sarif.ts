import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CODE_RULES } from '../../model/rules.js';
import { repositoryPath, type Workspace } from './artifact-path.js';
import { Fingerprints } from './fingerprint.js';
import type { Formatter, RuleInfo } from './types.js';
import { visibleJson } from '../../text/visible.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties?: { stakeholder: string };
}

/** Where people learn about the tool (SARIF driver.informationUri): its package page. */
export const INFORMATION_URI = 'https://www.npmjs.com/package/socialplan';

/** A rule's name as SARIF wants it, readable and distinct from its id: `legal/legal-hold` is LegalLegalHold. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** A sentence ends with a full stop, as SARIF viewers expect of descriptions. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return sentence(end === -1 ? text : text.slice(0, end + 1));
}

function descriptor(rule: RuleInfo): ReportingDescriptor {
  const short = rule.title ?? firstSentence(rule.rationale ?? `Finding of ${rule.id}`);
  const help = [rule.fix ? `Fix: ${sentence(rule.fix)}` : '', rule.reference ? `Reference: ${rule.reference}` : ''].filter(Boolean);
  const helpUri = rule.helpUri ?? (rule.reference && /^https?:\/\/\S+$/.test(rule.reference) ? rule.reference : undefined);
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: sentence(short) },
    fullDescription: { text: sentence(rule.rationale ?? short) },
    help: { text: help.length ? help.join('\n') : `See \`socialplan explain ${rule.id}\`.` },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    ...(rule.stakeholder ? { properties: { stakeholder: rule.stakeholder } } : {}),
  };
}

/** The rules socialplan's code raises (well-formedness, input files, waivers, sign-offs), described as checklist rules are. */
const MODEL_RULES = new Map<string, RuleInfo>(
  CODE_RULES.map((r) => [r.id, { id: r.id, stakeholder: '', severity: 'severity' in r ? r.severity : 'error', title: firstSentence(r.summary), rationale: r.summary, fix: r.fix }]),
);

/** A rule no catalogue describes (an organisation's checklist that did not run, say): described from its finding. */
function fromFinding(d: Diagnostic): RuleInfo {
  return {
    id: d.ruleId,
    stakeholder: d.stakeholder ?? '',
    severity: d.severity,
    title: `Finding of ${d.ruleId}`,
    ...(d.rationale ? { rationale: d.rationale } : {}),
    ...(d.reference ? { reference: d.reference } : {}),
    ...(d.fix ? { fix: d.fix } : {}),
  };
}

/**
 * Where the file is: from the repository root under %SRCROOT% (the root itself given in
 * originalUriBaseIds), each segment percent-encoded; a file outside the repository as a file URI.
 */
function artifactLocation(file: string, workspace: Workspace): { uri: string; uriBaseId?: string } {
  const { path, inRepository } = repositoryPath(file, workspace);
  if (!inRepository) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

const SRCROOT = '%SRCROOT%';

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
export const sarif: Formatter = (reports, { rules, toolVersion, asOf, workspace }) => {
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
    for (const d of report.diagnostics) if (!index.has(d.ruleId) && !extra.has(d.ruleId)) extra.set(d.ruleId, MODEL_RULES.get(d.ruleId) ?? fromFinding(d));
  }
  for (const id of [...extra.keys()].sort()) add(extra.get(id)!);

  const fingerprints = new Fingerprints();
  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => {
      const where = region(d);
      const file = d.file || report.file;
      return {
        ruleId: d.ruleId,
        ruleIndex: index.get(d.ruleId)!,
        level: LEVEL[d.severity],
        message: { text: sentence(d.message) },
        locations: [
          {
            physicalLocation: { artifactLocation: artifactLocation(file, workspace), ...(where ? { region: where } : {}) },
            ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path }] } : {}),
          },
        ],
        partialFingerprints: { [FINGERPRINT]: fingerprints.next(d, repositoryPath(file, workspace).path) },
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
        tool: { driver: { name: 'socialplan', version: toolVersion, informationUri: INFORMATION_URI, rules: infos.map(descriptor) } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(workspace.root.endsWith(sep) ? workspace.root : workspace.root + sep).href } },
        // Columns come from JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results,
        properties: { asOf },
      },
    ],
  };
  return visibleJson(log);
};

/** The partialFingerprints key: what the finding is (fingerprint.ts), versioned should its recipe change. */
const FINGERPRINT = 'socialplanFinding/v1';
