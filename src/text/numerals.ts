/** Chinese and full-width numerals → integers. */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters that can make up a Chinese number (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟';

/**
 * `十六` → 16, `二十一` → 21, `一百零五` → 105, `二〇二四` → 2024 (digit by digit
 * when there is no unit character), `16` → 16. Returns null for anything else.
 */
export function parseChineseNumber(text: string): number | null {
  const s = toHalfWidthDigits(text.trim());
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || [...s].some((c) => !(c in DIGITS) && !(c in UNITS))) return null;
  if (![...s].some((c) => c in UNITS)) {
    // 二〇二四: a digit-by-digit year
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let current = 0;
  for (const c of s) {
    if (c in DIGITS) {
      current = DIGITS[c]!;
    } else {
      const unit = UNITS[c]!;
      total += (current || 1) * unit;
      current = 0;
    }
  }
  return total + current;
}

/** ０-９ → 0-9. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** 1 → 一, 11 → 十一, 21 → 二十一, 105 → 一百零五 (the way chineseCounting counts). */
export function toChineseCounting(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 0) return String(n);
  if (n < 10) return d[n]!;
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const restText = rest === 0 ? '' : rest < 10 ? '零' + d[rest] : rest < 20 ? '一' + toChineseCounting(rest) : toChineseCounting(rest);
    return d[Math.floor(n / 100)] + '百' + restText;
  }
  return String(n);
}
