import type { Checklist } from '../rule.js';

export const hr: Checklist = {
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'hr',
  stakeholder: 'hr',
  title: 'HR',
  rules: [],
};
