/** The singular of an English plural noun, lower-cased: `devices` → `device`, `categories` → `category`. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  if (w.endsWith('ses') || w.endsWith('xes')) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
