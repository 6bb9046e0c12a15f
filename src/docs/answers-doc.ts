import { SECTIONS } from '../questionnaire/questions.js';
import type { Question, When } from '../questionnaire/types.js';

/**
 * docs/answers.md: the questionnaire as a reference, generated from the questions themselves, so
 * the answers-file format an `init --answers` user writes cannot drift from what init asks.
 */

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function describeWhen(when: When | undefined): string {
  if (!when) return 'always';
  if ('all' in when) return when.all.map(describeWhen).join(' and ');
  if ('any' in when) return when.any.map(describeWhen).join(' or ');
  if ('tag' in when) return `tagged ${when.tag.join(' or ')}`;
  if ('jurisdiction' in when) return `in ${when.jurisdiction.join(' or ')}`;
  if ('equals' in when) return `${when.answer} is ${String(when.equals)}`;
  if ('notEquals' in when) return `${when.answer} is not ${String(when.notEquals)}`;
  return `${when.answer} includes ${when.includesAny.join(' or ')}`;
}

function answerType(q: Question): string {
  const choices = typeof q.choices === 'object' ? q.choices.map((c) => `\`${c.value}\``).join(', ') : '';
  switch (q.kind) {
    case 'confirm':
      return 'true or false';
    case 'number':
      return 'a number';
    case 'select':
      return choices ? `one of ${choices}` : 'one of the choices offered';
    case 'checkbox':
      return choices ? `a list of ${choices}` : 'a list of the choices offered';
    default:
      return 'text';
  }
}

export function answersDoc(): string {
  const lines = [
    '# The questionnaire and the answers file',
    '',
    '<!-- Generated from src/questionnaire/sections by `npm run docs:write`; edit the questions, not this page. -->',
    '',
    '`socialplan init` asks these questions in this order. `socialplan init --answers FILE` takes the answers from a',
    'YAML file instead: one key per section and one per question, as below. Any question left out takes its default,',
    'as with `--yes`; an answer the question would refuse is reported with its file, line and column (exit 2).',
    'See [examples/answers/regulated-external.yaml](../examples/answers/regulated-external.yaml).',
    '',
    '```yaml',
    'apiVersion: socialplan/v1',
    'kind: Answers',
    'organisation: { organization: Harborline Financial, regulatoryTags: [FIN, PUBCO], jurisdictions: [US, EU] }',
    'goals: [{ statement: Keep more clients. }]',
    'initiatives:',
    '  - { scope: external, name: Client care on LinkedIn, stage: pilot }',
    '```',
    '',
  ];
  for (const section of SECTIONS) {
    lines.push(`## \`${section.id}\`: ${section.title}`, '', section.intro, '');
    if (section.repeat) lines.push(`A list: from ${section.repeat.min} to ${section.repeat.max} entries.`, '');
    lines.push('| key | question | answer | asked when | why it matters |', '| --- | --- | --- | --- | --- |');
    for (const q of section.questions) {
      lines.push(`| \`${q.id}\` | ${cell(q.message)} | ${cell(answerType(q))} | ${cell(describeWhen(q.when))} | ${cell(q.help)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
