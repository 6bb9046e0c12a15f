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
  if ('all' in when) return when.all.map((w) => ('any' in w ? `(${describeWhen(w)})` : describeWhen(w))).join(' and ');
  if ('any' in when) return when.any.map(describeWhen).join(' or ');
  if ('tag' in when) return `tagged ${when.tag.join(' or ')}`;
  if ('jurisdiction' in when) return `in ${when.jurisdiction.join(' or ')}`;
  if ('initiativeScope' in when) return `an initiative is ${when.initiativeScope}`;
  if ('usedBy' in when) return `the platform is used by an ${when.usedBy} initiative`;
  if ('archived' in when) return when.archived ? 'an archiver captures the platform for every initiative using it' : 'no archiver captures the platform for every initiative using it';
  if ('equals' in when) return `${when.answer} is ${String(when.equals)}`;
  if ('notEquals' in when) return when.notEquals === undefined ? `${when.answer} is answered` : `${when.answer} is not ${String(when.notEquals)}`;
  return `${when.answer} includes ${when.includesAny.join(' or ')}`;
}

/** A checkbox whose choices come from earlier answers is asked only when there is something to choose. */
function askedWhen(q: Question): string {
  const when = describeWhen(q.when);
  if (q.kind !== 'checkbox' || typeof q.choices !== 'function' || q.openChoices) return when;
  return q.when ? `${when}, once there is something to choose` : 'once there is something to choose';
}

function helpOf(q: Question): string {
  return [q.help, ...(q.moreHelp ?? []).map((m) => `${m.text} (${describeWhen(m.when)})`)].join(' ');
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
    case 'list':
      return `a list of up to ${q.item!.max}, each with ${q.item!.questions.map((i) => `\`${i.id}\``).join(', ')}`;
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
    'Three complete examples, each drafting a strategy on which `check` reports no error (the warnings left are the',
    'open items the end summary names, each with its owner):',
    '[a regulated external pilot](../examples/answers/regulated-external.yaml) (a listed broker-dealer on LinkedIn and X, US and EU),',
    '[an internal collaboration network](../examples/answers/internal-network.yaml) (a manufacturer in the US and Germany) and',
    '[a government external initiative](../examples/answers/government-external.yaml) (a US city on Facebook and Nextdoor).',
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
    if (section.each) lines.push(`A list with one entry per name, each keeping it under \`${section.each.key}\`; a name left out takes the defaults.`, '');
    lines.push('| key | question | answer | asked when | why it matters |', '| --- | --- | --- | --- | --- |');
    for (const q of section.questions) {
      lines.push(`| \`${q.id}\` | ${cell(q.message)} | ${cell(answerType(q))} | ${cell(askedWhen(q))} | ${cell(helpOf(q))} |`);
    }
    lines.push('');
    for (const q of section.questions.filter((q) => q.item)) {
      lines.push(`Each item of \`${q.id}\`:`, '', '| key | question | answer | why it matters |', '| --- | --- | --- | --- |');
      for (const i of q.item!.questions) lines.push(`| \`${i.id}\` | ${cell(i.message)} | ${cell(answerType(i))} | ${cell(helpOf(i))} |`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
