/**
 * The language layer: locale detection, the message formatter, dates as
 * people write them, and catalogues that say everything in both languages
 * (every rule message, every rule description, the same keys).
 */
import { describe, expect, it } from 'vitest';
import { detectLang, formatMessage, peopleDate, peopleSpan, ruleMessage, catalog, messageText } from '../src/i18n/index.js';
import { templateArguments } from '../src/i18n/message.js';
import { en } from '../src/i18n/catalog/en.js';
import { zh } from '../src/i18n/catalog/zh.js';
import { rules } from '../src/rules/index.js';
import { describeDeadline } from '../src/formats/deadline.js';

describe('the language from the environment', () => {
  const us = () => 'en-US';
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_SG.GB18030' }, 'zh'],
  ])('%j → %s', (env, lang) => {
    expect(detectLang(env, us)).toBe(lang);
  });
  it('without LC_ALL, LC_MESSAGES or LANG (Windows), the system locale decides', () => {
    expect(detectLang({}, () => 'zh-CN')).toBe('zh');
    expect(detectLang({}, us)).toBe('en');
  });
});

describe('formatMessage', () => {
  it('fills names, plurals and dates', () => {
    const template = '{days, plural, one {# day} other {# days}} until {date, date}';
    expect(formatMessage(template, { days: 1, date: '2024-06-30' }, 'en')).toBe('1 day until 2024-06-30');
    expect(formatMessage(template, { days: 3, date: '--06-30' }, 'en')).toBe('3 days until Jun 30');
    expect(formatMessage('{n}天后，{date, date}', { n: 3, date: '2024-06-30' }, 'zh')).toBe('3天后，2024年6月30日');
  });
});

describe('dates for people', () => {
  it('writes Chinese dates as people write them', () => {
    expect(peopleDate('2024-05-31', 'zh')).toBe('2024年5月31日');
    expect(peopleDate('--05-31', 'zh')).toBe('5月31日');
    expect(peopleSpan('--04-11', '--05-31', 'zh')).toBe('4月11日—5月31日');
    expect(peopleSpan('2024-04-11', '2024-05-31', 'zh')).toBe('2024年4月11日—5月31日');
    expect(peopleSpan('2024-12-01', '2025-01-31', 'zh')).toBe('2024年12月1日—2025年1月31日');
  });
  it('describes each kind of deadline', () => {
    const before = { text: '5月底前', kind: 'before' as const, end: '2024-05-31', precision: 'fuzzy' as const };
    const yearless = { ...before, end: '--05-31' };
    const weekly = { text: '每周四', kind: 'recurring' as const, precision: 'exact' as const, recurrence: { unit: 'week' as const, every: 1, at: '4' } };
    expect(describeDeadline(before, 'zh')).toBe('2024年5月31日前');
    expect(describeDeadline(yearless, 'zh')).toBe('5月31日前');
    expect(describeDeadline(weekly, 'zh')).toBe('每周四');
    expect(describeDeadline(before, 'en')).toBe('by 2024-05-31');
    expect(describeDeadline(yearless, 'en')).toBe('by May 31');
  });
});

describe('the catalogues', () => {
  it('have the same keys in every language', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) && !['rules', 'ruleDescriptions', 'messages'].includes(k) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(zh)).toEqual(keys(en));
  });
  it('word every message every rule declares, in both languages, with the English arguments only', () => {
    for (const rule of rules) {
      expect(rule.messages.length, rule.id).toBeGreaterThan(0);
      for (const id of rule.messages) {
        const english = en.rules[rule.id]?.[id];
        const chinese = zh.rules[rule.id]?.[id];
        expect(english, `${rule.id}/${id}`).toBeTypeOf('string');
        expect(chinese, `${rule.id}/${id}`).toBeTypeOf('string');
        expect(templateArguments(chinese!).filter((a) => !templateArguments(english!).includes(a)), `${rule.id}/${id}`).toEqual([]);
        expect(chinese!.replace(/\{[^}]*\}/g, ''), `${rule.id}/${id}`).not.toMatch(/[A-Za-z]/);
      }
    }
  });
  it('have a Chinese description of every rule', () => {
    for (const rule of rules) expect(zh.ruleDescriptions[rule.id]?.match(/[\u4e00-\u9fff]/g)?.length ?? 0, rule.id).toBeGreaterThan(40);
  });
  it('name the step of a milestone finding first', () => {
    const data = { date: '2025-01-25', year: 2024, step: '授旗阶段' };
    expect(ruleMessage('en', 'deadline-outside-plan', 'otherYear', data)).toBe("授旗阶段: deadline 2025-01-25 is outside the plan's year 2024");
    expect(ruleMessage('zh', 'deadline-outside-plan', 'otherYear', data)).toBe('授旗阶段：完成时限2025年1月25日不在方案年度2024年内');
  });
  it('word the stages\' messages from their id and data, and keep the English reason for the rest', () => {
    const insertions = { severity: 'warning' as const, source: 'reader' as const, reason: 'accepted 2 tracked insertions', messageId: 'tracked-insertions', data: { count: 2 } };
    expect(messageText(insertions, 'zh')).toBe('已接受2处修订插入');
    expect(messageText(insertions, 'en')).toBe('accepted 2 tracked insertions');
    expect(messageText({ ...insertions, messageId: 'unknown-id' }, 'zh')).toBe('accepted 2 tracked insertions');
  });
});
