import * as z from 'zod';
import { API_VERSION, Strategy } from './schema/strategy.js';

/**
 * The JSON Schema (draft-07) that editors read through a `# yaml-language-server: $schema=` modeline.
 * Generated from the zod schema, so the two cannot disagree; schema/strategy.schema.json is a copy
 * that a test keeps in step.
 */
export function strategyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Strategy, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    override(ctx) {
      // entity() accepts any key at parse time and reports unknown ones itself; for editors,
      // state the rule directly: the declared keys, plus x- keys for the organisation's own data.
      if (ctx.zodSchema._zod.def.type === 'object') {
        ctx.jsonSchema.additionalProperties = false;
        ctx.jsonSchema.patternProperties = { '^x-': {} };
      }
    },
  }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `socialplan strategy (${API_VERSION})`,
    description: 'An enterprise social media strategy: initiatives, platforms, governance, stakeholders and sign-offs.',
    ...schema,
  };
}
