import type { Checklist } from '../rule.js';

export const conflicts: Checklist = {
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'conflicts',
  stakeholder: 'conflicts',
  title: 'Conflicts between checklists',
  rules: [],
};
