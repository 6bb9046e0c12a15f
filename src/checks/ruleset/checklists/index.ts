import type { Checklist } from '../../engine/rule.js';
import { communications } from './communications.js';
import { compliance } from './compliance.js';
import { conflicts } from './conflicts.js';
import { hr } from './hr.js';
import { legal } from './legal.js';
import { privacy } from './privacy.js';
import { records } from './records.js';
import { security } from './security.js';
import { strategy } from './strategy.js';

/** The checklists socialplan ships. security and hr run only when enabled. */
export const BUILT_IN_CHECKLISTS: readonly Checklist[] = [privacy, compliance, legal, records, communications, security, hr, strategy, conflicts];
