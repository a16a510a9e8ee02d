/**
 * Just enough XML for WordprocessingML parts: attribute values and the
 * children of one element. Word's XML is machine-written and regular, so a
 * regex scan is both sufficient and several times faster than a DOM.
 */

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return ENTITY[e.toLowerCase()] ?? '';
    return codePointText(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** A character reference beyond Unicode (`&#1114112;`) is damage, not text: U+FFFD, as XML parsers that recover do. */
function codePointText(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}

export function escapeXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Value of attribute `name` (e.g. `w:val`) in an element's attribute text. */
export function attr(attrs: string, name: string): string | undefined {
  const at = attrs.indexOf(` ${name}=`);
  if (at < 0) return undefined;
  const quote = attrs[at + name.length + 2];
  const start = at + name.length + 3;
  const end = attrs.indexOf(quote!, start);
  return end < 0 ? undefined : decodeXmlEntities(attrs.slice(start, end));
}

/** Every `<tag …>…</tag>` (or self-closed `<tag …/>`) in `xml`: its attributes and inner XML. Not for self-nesting tags. */
export function* elements(xml: string, tag: string): Generator<{ attrs: string; inner: string }> {
  const re = new RegExp(`<${tag}(?=[\\s/>])([^>]*?)(/?)>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[2]) {
      yield { attrs: m[1]!, inner: '' };
      continue;
    }
    const close = xml.indexOf(`</${tag}>`, re.lastIndex);
    const end = close < 0 ? xml.length : close;
    yield { attrs: m[1]!, inner: xml.slice(re.lastIndex, end) };
    re.lastIndex = end;
  }
}

/** The `w:val` of the first `<tag w:val="…"/>` in `xml`. */
export function childVal(xml: string, tag: string): string | undefined {
  for (const e of elements(xml, tag)) return attr(e.attrs, 'w:val') ?? '';
  return undefined;
}

/** An on/off property (`<w:isLgl/>`, `<w:isLgl w:val="0"/>`). */
export function childFlag(xml: string, tag: string): boolean {
  const v = childVal(xml, tag);
  return v !== undefined && v !== '0' && v !== 'false' && v !== 'off';
}

export function childInt(xml: string, tag: string): number | undefined {
  const v = childVal(xml, tag);
  if (v === undefined || v === '') return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
