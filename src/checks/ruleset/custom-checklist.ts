import type { Finding } from '../../model/diagnostic.js';
import { loadDocument, type DocumentKind, type DocumentResult } from '../../model/document.js';
import { ChecklistSchema, type Checklist } from '../engine/rule.js';

function duplicateRules(checklist: Checklist): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  checklist.rules.forEach((rule, index) => {
    if (seen.has(rule.id)) {
      findings.push({
        ruleId: 'reference/duplicate-id',
        severity: 'error',
        path: ['rules', index, 'id'],
        message: `rule "${rule.id}" is declared twice in this checklist`,
      });
    }
    seen.add(rule.id);
  });
  return findings;
}

export const CHECKLIST: DocumentKind<Checklist> = {
  kind: 'Checklist',
  noun: 'a checklist',
  schema: ChecklistSchema,
  crossChecks: duplicateRules,
};

/** An organisation's own checklist: the same rule vocabulary as the built-in ones, checked the same way. */
export function loadChecklist(file: string): Promise<DocumentResult<Checklist>> {
  return loadDocument(file, CHECKLIST);
}
