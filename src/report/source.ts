import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Location } from '../core/location.ts';

/** Reads a scanned file by its report path (relative, `/`-separated); undefined when it cannot. */
export type ReadSource = (file: string) => string | undefined;

/**
 * A cached reader confined to `root`. Report paths come from a JSON file that may have been edited or
 * crafted, so `../../etc/passwd` must not end up embedded in an HTML report.
 */
export function sourceReader(root: string): ReadSource {
  const base = resolve(root);
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (cache.has(file)) return cache.get(file);
    const full = resolve(base, file);
    const rel = relative(base, full);
    let text: string | undefined;
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
      try {
        text = readFileSync(full, 'utf8');
      } catch {
        text = undefined;
      }
    }
    cache.set(file, text);
    return text;
  };
}

export interface SnippetLine {
  line: number;
  text: string;
  /** the line the finding points at */
  flagged: boolean;
}

function linesOf(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  // a final newline ends the last line; it does not start another
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** The flagged line of `location`, or undefined when the file or line is not there. */
export function lineAt(read: ReadSource, location: Location): string | undefined {
  const text = read(location.file);
  if (text === undefined) return undefined;
  return linesOf(text)[location.line - 1];
}

/** `context` lines either side of the flagged line. */
export function snippetAt(read: ReadSource, location: Location, context = 2): SnippetLine[] | undefined {
  const text = read(location.file);
  if (text === undefined) return undefined;
  const lines = linesOf(text);
  if (location.line < 1 || location.line > lines.length) return undefined;
  const from = Math.max(1, location.line - context);
  const to = Math.min(lines.length, location.line + context);
  const out: SnippetLine[] = [];
  for (let n = from; n <= to; n++) out.push({ line: n, text: lines[n - 1] ?? '', flagged: n === location.line });
  return out;
}

/** A reader for reporters: the scanned root when the report has one, else nothing. */
export function readerFor(root: string | undefined): ReadSource {
  return root === undefined ? () => undefined : sourceReader(root);
}
