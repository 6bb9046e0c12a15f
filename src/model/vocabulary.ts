/**
 * The strategy format's fixed words, apart from the zod schema that uses them, so code that needs
 * a stage name or the apiVersion (a check, a briefing) does not build the whole schema to get it.
 */
export const API_VERSION = 'socialplan/v1';
export const KIND = 'SocialStrategy';

export const SCOPES = ['internal', 'external'] as const;
export const STAGES = ['idea', 'pilot', 'rollout', 'run', 'retired'] as const;
export const VALUE_CHAIN = [
  'research',
  'product-development',
  'procurement',
  'operations',
  'logistics',
  'marketing',
  'sales',
  'service',
  'talent',
  'partners',
] as const;

export const REGULATORY_TAGS = ['FIN', 'RIA', 'BANK', 'HC', 'PHARMA', 'PUBCO', 'GOV', 'FED', 'KIDS'] as const;
export const STATUSES = ['draft', 'in-review', 'approved', 'retired'] as const;

export const STAKEHOLDERS = ['privacy', 'compliance', 'legal', 'records', 'communications', 'security', 'hr'] as const;
export type StakeholderId = (typeof STAKEHOLDERS)[number];
