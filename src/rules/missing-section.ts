/**
 * missing-section: a plan without its standard parts (指导思想, 主要任务,
 * 保障措施), or a summary that does not say what went wrong (存在问题).
 */
import type { Section, SectionKind } from '../model/plan.js';
import { defineRule } from './types.js';

/** How each section kind is usually titled, for messages. */
const TITLES: Record<SectionKind, string> = {
  guidance: '指导思想/总体要求',
  goals: '工作目标',
  tasks: '主要任务',
  schedule: '实施步骤',
  safeguards: '保障措施',
  organization: '组织领导',
  problems: '存在问题',
  'next-steps': '下一步打算',
  background: '基本情况',
  other: '',
};

function kindsIn(sections: Section[], into = new Set<SectionKind>()): Set<SectionKind> {
  for (const section of sections) {
    into.add(section.kind);
    kindsIn(section.children, into);
  }
  return into;
}

export const missingSection = defineRule({
  id: 'missing-section',
  defaultSeverity: 'warning',
  description:
    'A document without one of the sections its kind needs. By default a plan (方案/计划) needs 指导思想 or 总体要求 (guidance), 主要任务 (tasks) and 保障措施 (safeguards), and a summary (总结) needs 存在问题 (problems). The lists are set with requiredSections in the configuration, by section kind; extra heading words for a kind go in lexicon.sectionKinds.',
  messages: ['planMissing', 'summaryMissing'],
  examples: {
    bad: '社区环境整治工作方案\n一、主要任务\n1、清理楼道杂物。6月底前完成。\n责任人：王丹',
    good: '社区环境整治工作方案\n一、指导思想\n以改善人居环境为目标。\n二、主要任务\n1、清理楼道杂物。6月底前完成。\n责任人：王丹\n三、保障措施\n加强组织领导。',
    output: ['1:1 plan has no 指导思想/总体要求 section (guidance)', '1:1 plan has no 保障措施 section (safeguards)'],
  },
  check: ({ document, settings }) => {
    if (document.kind === 'other') return [];
    const required = settings.requiredSections[document.kind];
    const present = kindsIn(document.sections);
    const messageId = document.kind === 'plan' ? ('planMissing' as const) : ('summaryMissing' as const);
    return required
      .filter((kind) => !present.has(kind))
      .map((kind) => ({ messageId, data: { title: TITLES[kind] || kind, kind }, location: document.location.start }));
  },
});
