import { goals, objectives } from './sections/alignment.js';
import { governance, leadership, stakeholders } from './sections/governance.js';
import { initiatives } from './sections/initiative.js';
import { organisation } from './sections/organisation.js';
import { platforms } from './sections/platforms.js';
import type { Section } from './types.js';

/** The interview, in order (../DOMAIN.md, "Questionnaire branching"). */
export const SECTIONS: readonly Section[] = [organisation, goals, objectives, initiatives, platforms, governance, stakeholders, leadership];

export { initiatives as INITIATIVE_SECTION, platforms as PLATFORM_SECTION };
