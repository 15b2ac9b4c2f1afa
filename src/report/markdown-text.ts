/**
 * Markdown that shows attacker-influenced text (route paths, messages, response bodies) literally. GitHub
 * renders inline HTML in comments, so `<`, `>` and `&` become entities, and markdown punctuation is
 * backslash-escaped so a path like `/[x](javascript:…)` cannot turn into a link.
 */
export function mdText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

/**
 * An inline code span that survives backticks in the content (CommonMark: a longer backtick run) and table
 * cells (GFM splits cells on `|` even inside code spans unless it is escaped).
 */
export function mdCode(text: string, inTable = false): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const body = inTable ? oneLine.replace(/\|/g, '\\|') : oneLine;
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

/** A fenced block whose fence is longer than any backtick run inside, so content cannot close it early. */
export function mdFence(text: string, lang = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\n+$/, '')}\n${fence}`;
}
