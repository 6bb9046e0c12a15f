import type { Checklist } from '../rule.js';

export const strategy: Checklist = {
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'strategy',
  stakeholder: 'strategy',
  title: 'Strategy',
  rules: [],
};
