import { PROBLEM_KINDS, type ProblemKind } from '../model/problem-kinds';

/**
 * Every message template: a description of the problem per dispute reason, the answers to a seller's offer, the
 * request to extend buyer protection and the request for AliExpress to step in. Each id has its text in
 * `locales/templates/{en,ru}.json` as `templates.text.<id>` and its name as `templates.name.<id>`.
 */
export const TEMPLATE_GROUPS = {
  describe: PROBLEM_KINDS.map((kind) => `describe.${kind}` as const),
  reply: ['reply.accept', 'reply.counter', 'reply.decline'] as const,
  ask: ['ask.extension', 'ask.support'] as const,
};
export type TemplateGroup = keyof typeof TEMPLATE_GROUPS;
export type TemplateId =
  `describe.${ProblemKind}` | (typeof TEMPLATE_GROUPS)['reply'][number] | 'ask.extension' | 'ask.support';

export const TEMPLATE_IDS: readonly TemplateId[] = Object.values(TEMPLATE_GROUPS).flat();
