import * as z from 'zod';
import { entity, IsoDate, Text } from '../../model/schema/common.js';
import { Jurisdiction, RegulatoryTag } from '../../model/schema/metadata.js';
import { SCOPES, STAGES } from '../../model/vocabulary.js';
import { FUNCTIONS, QUANTIFIERS } from './functions/index.js';
import { isValidPath } from './path.js';
import { reservedStakeholderReason } from './stakeholders.js';

/**
 * What a rule is, as data: the same schema reads the built-in checklists (in a test) and an
 * organisation's own checklist files, so both speak exactly one vocabulary.
 */

/** A stakeholder's id: its brief is written to `<id>.md`, so the built-in briefings' names are taken. */
const StakeholderId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and "-", starting with a letter')
  .superRefine((id, ctx) => {
    const reason = reservedStakeholderReason(id);
    if (reason) ctx.addIssue({ code: 'custom', message: reason, input: id });
  });

const FieldPath = z.string().refine(isValidPath, 'a path such as personalData.lawfulBasis or $.governance.crisis');

export type Condition =
  | { field?: string; function: string; value?: unknown }
  | { anyOf: Condition[] }
  | { allOf: Condition[] };

const leafConditions = Object.values(FUNCTIONS).map((fn) =>
  entity({
    field: FieldPath.optional().describe('Where to look, relative to the item (or absolute with $.); the item itself when absent.'),
    function: z.literal(fn.name).describe(fn.description),
    ...(fn.value ? { value: fn.value(z).describe('What the function compares with.') } : {}),
  }),
);

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.discriminatedUnion('function', [
      ...(leafConditions as unknown as [z.ZodObject, ...z.ZodObject[]]),
      ...QUANTIFIERS.map((name) =>
        entity({
          field: FieldPath.optional().describe('The list to look in.'),
          function: z
            .literal(name)
            .describe(
              name.startsWith('usedBy')
                ? `${name === 'usedBySome' ? 'Some' : 'No'} live initiative that uses this platform meets every condition in value.`
                : `${name} item of the list meets every condition in value.`,
            ),
          value: z.union([ConditionSchema, z.array(ConditionSchema).min(1)]).describe('Conditions on each item.'),
        }),
      ),
    ]),
    entity({ anyOf: z.array(ConditionSchema).min(1).describe('At least one of these holds.') }),
    entity({ allOf: z.array(ConditionSchema).min(1).describe('All of these hold.') }),
  ]),
) as z.ZodType<Condition>;

const Conditions = z.union([ConditionSchema, z.array(ConditionSchema).min(1)]);

export const Severity = z.enum(['error', 'warning', 'info']);

/**
 * Where a rule's requirement comes from, as a reviewer would look it up: the law, guidance or standard,
 * the part of it, the address of its official text, and the day someone last read it there.
 */
export const SourceSchema = entity({
  title: Text.describe('The source as it is cited: "GDPR", "16 CFR Part 465", "FINRA Regulatory Notice 11-39".'),
  section: Text.optional().describe('The part that says it: "art. 26", "465.7", "(b)(4)".'),
  url: z
    .string()
    .max(2000)
    .regex(/^https:\/\/[^\s<>"]+$/, 'an https:// address with no spaces')
    .describe('Where the official text is: the regulation, the Federal Register, the decision, the regulator’s page.'),
  verified: IsoDate.describe('When someone last read the source there and found it says what the rule says (YYYY-MM-DD).'),
  note: Text.optional().describe('What the source says that the rule relies on, or how far it reaches.'),
});

export type Source = z.infer<typeof SourceSchema>;

export const RuleSchema = entity({
  id: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a rule id such as northwind/mfa-everywhere')
    .brand<'ChecklistRuleId'>()
    .describe('A stable id: checklist/rule-name.'),
  stakeholder: StakeholderId.optional().describe('Whose checklist it belongs to; the checklist’s own when absent.'),
  severity: Severity.describe('error blocks approval; warning should be fixed; info is advice.'),
  escalateFor: z
    .array(RegulatoryTag)
    .optional()
    .describe('Regulatory tags under which the rule is an error whatever its severity (R3 is high for all, blocking for FIN).'),
  title: Text.optional().describe('What the rule asks, in one line.'),
  appliesTo: entity({
    scope: z.enum(SCOPES).optional().describe('Only for internal or only for external initiatives.'),
    stages: z.array(z.enum(STAGES)).optional().describe('Only for initiatives at these stages.'),
    tags: z.array(RegulatoryTag).optional().describe('Only when the strategy has one of these regulatory tags.'),
    exceptTags: z
      .array(RegulatoryTag)
      .optional()
      .describe('Never when the strategy has one of these regulatory tags (the NLRA does not reach GOV or FED employers).'),
    jurisdictions: z
      .array(Jurisdiction)
      .optional()
      .describe('Only when the strategy covers one of these (EU covers its member states; EEA covers the EU, IS, LI and NO; US covers US-CA; UK and GB are one).'),
    notFor: z
      .array(
        entity({
          tags: z.array(RegulatoryTag).min(1).describe('The regulatory tags the law does not reach.'),
          jurisdictions: z.array(Jurisdiction).min(1).describe('Of the rule’s jurisdictions, those whose law does not reach them.'),
        }),
      )
      .optional()
      .describe(
        'Where one of the rule’s laws does not reach an organisation with these tags, while the others do: the CCPA binds businesses, not a public body, which the GDPR binds all the same. Those jurisdictions drop out of the rule for such an organisation.',
      ),
  })
    .optional()
    .describe('When the rule applies at all.'),
  given: z
    .string()
    .refine(isValidPath, 'a path such as initiatives[*] or $')
    .describe('The items the rule looks at: initiatives[*], platforms[*], governance, $ ...'),
  when: Conditions.optional().describe('Only items meeting these conditions are checked.'),
  then: Conditions.describe('What each item must meet; the first condition it fails is the finding.'),
  message: Text.describe('The finding, with {{field}} placeholders from the item (such as {{name}}) or the function ({{missing}}).'),
  rationale: Text.optional().describe('Why it matters.'),
  reference: Text.optional().describe('The law, guidance or standard behind it, in one line.'),
  sources: z
    .array(SourceSchema)
    .min(1)
    .optional()
    .describe('The sources behind the reference, each with its address and the date it was last verified.'),
  fix: Text.optional().describe('What to change.'),
  between: z.array(z.string()).length(2).optional().describe('For a conflict between two checklists: the two stakeholders.'),
  sharedWith: z
    .array(StakeholderId)
    .min(1)
    .optional()
    .describe('Other stakeholders who own the same gap: it is reported once, naming every owner ({{owners}}), and appears in each one’s brief.'),
  yieldsTo: z
    .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a rule id such as records/capture-tested'))
    .min(1)
    .optional()
    .describe(
      'Rules that report the same gap in their own law’s terms: where one of them has a finding, at least as severe, at the same field of the same item, this rule says nothing there (one gap, one finding).',
    ),
});

export type Rule = z.infer<typeof RuleSchema> & { stakeholder: string };

export const ChecklistSchema = entity({
  apiVersion: z.literal('socialplan/v1').describe('The format version.'),
  kind: z.literal('Checklist').describe('Always Checklist.'),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/).describe('The checklist’s id.'),
  stakeholder: StakeholderId.describe('Whose checklist it is (privacy, security, or your own).'),
  title: Text.optional().describe('Its title.'),
  rules: z.array(RuleSchema).min(1).describe('Its rules.'),
});

export type Checklist = z.infer<typeof ChecklistSchema>;
