import type { Checklist } from '../rule.js';

export const legal: Checklist = {
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'legal',
  stakeholder: 'legal',
  title: 'Legal',
  rules: [],
};
