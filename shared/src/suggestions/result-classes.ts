import { z } from 'zod';
import { requiredText, text } from '../common/schemas';
import { ruleSourceSchema } from '../rules/profile-schema';

/**
 * The classes a reply is marked with (办理结果分类). NPC practice (congress-rules.md §5.3) marks A/B/C/D at
 * the top right of the reply's first page; jurisdictions word them differently, use 甲/乙/丙, or only
 * A/B/C, so the scheme is data. Two flags carry the rules that depend on the class:
 * - `solved`: counts towards 办成率, the share of matters actually solved (§5.4);
 * - `followUp`: the item is followed up after closing and carried into the next year until solved
 *   (上海规定 第二十二条; B and C by default).
 */
export const resultClassSchema = z
  .object({
    code: requiredText(10),
    label: requiredText(50),
    description: text(200),
    solved: z.boolean(),
    followUp: z.boolean(),
  })
  .strict();
export type ResultClass = z.infer<typeof resultClassSchema>;

export const resultClassSchemeSchema = z
  .object({
    classes: z.array(resultClassSchema).min(1).max(10),
    source: ruleSourceSchema,
  })
  .strict()
  .superRefine((scheme, ctx) => {
    const seen = new Set<string>();
    scheme.classes.forEach((c, i) => {
      if (seen.has(c.code))
        ctx.addIssue({ code: 'custom', path: ['classes', i, 'code'], message: `${c.code} is listed twice` });
      seen.add(c.code);
    });
  });
export type ResultClassScheme = z.infer<typeof resultClassSchemeSchema>;

/** NPC practice, worded as congress-rules.md §5.3 quotes it. */
export const DEFAULT_RESULT_CLASSES: ResultClassScheme = {
  classes: [
    {
      code: 'A',
      label: 'A类',
      description: '所提问题已经解决或者基本解决的',
      solved: true,
      followUp: false,
    },
    {
      code: 'B',
      label: 'B类',
      description: '所提问题正在解决或者列入规划逐步解决的',
      solved: false,
      followUp: true,
    },
    {
      code: 'C',
      label: 'C类',
      description: '所提问题因目前条件限制或者其他原因需待以后解决的',
      solved: false,
      followUp: true,
    },
    { code: 'D', label: 'D类', description: '所提问题留作参考的', solved: false, followUp: false },
  ],
  source: { kind: 'practice', law: '实践惯例', note: '全国人大代表建议答复分类（A/B/C/D）' },
};

export function resultClassOf(scheme: ResultClassScheme, code: string): ResultClass | undefined {
  return scheme.classes.find((c) => c.code === code);
}
