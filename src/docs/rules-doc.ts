import { WELL_FORMEDNESS_RULES } from '../model/rules.js';

/** docs/rules.md, from the rule metadata; `npm run docs:write` writes it and a test keeps it current. */
export function rulesDoc(): string {
  const rows = WELL_FORMEDNESS_RULES.map((r) => `| \`${r.id}\` | ${r.summary} | ${r.fix} |`);
  return [
    '# Rules',
    '',
    '<!-- Generated from src/model/rules.ts by `npm run docs:write`; edit that file, not this one. -->',
    '',
    '## Well-formedness',
    '',
    '`socialplan check` reports these before any stakeholder checklist runs. Each is an error:',
    'the file is not a valid strategy and `check` exits with 2.',
    '',
    '| rule | what it means | fix |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
