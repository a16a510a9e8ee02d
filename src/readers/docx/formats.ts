/**
 * Word number formats (`w:numFmt`) rendered the way Word displays them, with
 * the Chinese counters that Chinese plans use (一、 （一） ① 甲 壹).
 */
import { toChineseCounting } from '../../text/numerals.js';

const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_TRADITIONAL_DIGITS = '零壹貳參肆伍陸柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Legal (financial) numerals: unlike 十一, the tens digit is always written, so 11 is 壹拾壹. */
function legalNumber(n: number, digits: string, ten: string, hundred: string): string {
  if (n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = h ? digits[h]! + hundred : '';
  if (t) s += digits[t]! + ten;
  else if (h && u) s += digits[0];
  if (u) s += digits[u];
  return s;
}

/** Past ten repeats (JJJJJJJJJJ) a letter marker is no marker anyone reads: decimal, and no marker grows with the count. */
const MAX_LETTER_REPEAT = 10;

/** A, B, … Z, AA, BB, … (Word repeats the letter rather than counting in base 26). */
function letters(n: number, upper: boolean): string {
  if (n <= 0 || n > 26 * MAX_LETTER_REPEAT) return String(n);
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let s = '';
  for (const [value, numeral] of table) {
    while (n >= value) {
      s += numeral;
      n -= value;
    }
  }
  return s;
}

/** ① … ⑳ exist as characters; past them Word falls back to plain digits. */
function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

function fullWidth(n: number): string {
  return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

function cycle(n: number, chars: string): string {
  return n >= 1 ? chars[(n - 1) % chars.length]! : String(n);
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: fullWidth,
  decimalFullWidth2: fullWidth,
  decimalHalfWidth: String,
  decimalEnclosedCircle: (n) => enclosed(n, 0x2460, 20),
  decimalEnclosedCircleChinese: (n) => enclosed(n, 0x2460, 20),
  decimalEnclosedParen: (n) => enclosed(n, 0x2474, 20),
  decimalEnclosedFullstop: (n) => enclosed(n, 0x2488, 20),
  chineseCounting: toChineseCounting,
  chineseCountingThousand: toChineseCounting,
  taiwaneseCounting: toChineseCounting,
  taiwaneseCountingThousand: toChineseCounting,
  ideographDigital: (n) => String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!),
  taiwaneseDigital: (n) => String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!),
  chineseLegalSimplified: (n) => legalNumber(n, LEGAL_DIGITS, '拾', '佰'),
  ideographLegalTraditional: (n) => legalNumber(n, LEGAL_TRADITIONAL_DIGITS, '拾', '佰'),
  ideographTraditional: (n) => cycle(n, HEAVENLY_STEMS),
  ideographZodiac: (n) => cycle(n, EARTHLY_BRANCHES),
  upperLetter: (n) => letters(n, true),
  lowerLetter: (n) => letters(n, false),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
  none: () => '',
  bullet: () => '',
};

/** Formats that draw no number: the paragraph has no marker text. */
export function isSilentFormat(numFmt: string): boolean {
  return numFmt === 'none' || numFmt === 'bullet';
}

/** Render `n` in Word number format `numFmt`; unknown formats fall back to decimal, as Word does. */
export function formatNumber(n: number, numFmt: string): string {
  return (FORMATS[numFmt] ?? String)(n);
}
