import type { Checklist } from '../rule.js';

export const records: Checklist = {
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'records',
  stakeholder: 'records',
  title: 'Records',
  rules: [],
};
