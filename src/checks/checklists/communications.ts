import type { Checklist } from '../rule.js';

export const communications: Checklist = {
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'communications',
  stakeholder: 'communications',
  title: 'Communications',
  rules: [],
};
