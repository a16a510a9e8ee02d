/**
 * Character tests by UTF-16 code unit, for the loops that walk a text one
 * character at a time. `text[i]` of a Chinese character makes a new
 * one-character string (V8 caches only Latin-1 ones), and over every text of
 * a plan those strings were a large part of the garbage collector's work
 * (issue 11); `text.charCodeAt(i)` makes none.
 */

/** Membership of code units: `table[code] === 1` for each code unit of `chars`. */
export function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Position + 1 of each code unit in `chars` (0: not in it), as `chars.indexOf(c) + 1`. */
export function codeIndex(chars: string): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let i = chars.length - 1; i >= 0; i--) table[chars.charCodeAt(i)] = i + 1;
  return table;
}

/**
 * A one-character regex test of a code unit, remembered per code unit (0: not
 * yet asked, 1: no, 2: yes). For a class of BMP characters (`/[，,；;]/`) it is
 * the same test as `re.test(text[i])`; the regex must not be global.
 */
export function codeTest(re: RegExp): (code: number) => boolean {
  const cached = tests.get(re.source + '/' + re.flags);
  if (cached) return cached;
  const known = new Uint8Array(0x10000);
  const test = (code: number): boolean => {
    if (known[code] === 0) known[code] = re.test(String.fromCharCode(code)) ? 2 : 1;
    return known[code] === 2;
  };
  tests.set(re.source + '/' + re.flags, test);
  return test;
}
/** By source and flags: a regex literal in a function body is a new object on every call. */
const tests = new Map<string, (code: number) => boolean>();
