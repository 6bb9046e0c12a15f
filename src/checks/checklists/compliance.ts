import type { Checklist } from '../rule.js';

export const compliance: Checklist = {
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'compliance',
  stakeholder: 'compliance',
  title: 'Compliance',
  rules: [],
};
