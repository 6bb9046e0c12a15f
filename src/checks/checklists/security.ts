import type { Checklist } from '../rule.js';

export const security: Checklist = {
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'security',
  stakeholder: 'security',
  title: 'Security',
  rules: [],
};
