/** The singular of an English plural noun, lower-cased: `devices` → `device`, `categories` → `category`. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  // (`statuses`, `addresses`, `boxes`, `matches`: the `es` is the plural's; `expenses`, `cases`: only the `s` is)
  if (/(?:ss|us|x|z|sh|ch)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
