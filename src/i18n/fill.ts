/** `{name}` placeholders only: for the catalogue's date patterns, which the message formatter itself uses. */
export function formatTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
