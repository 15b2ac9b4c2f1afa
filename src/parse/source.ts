import type { Comment, EcmaScriptModule } from 'oxc-parser';
import type { Location } from '../core/location.ts';
import type { NodeIndex, T } from './ast.ts';

/** One parsed file of the scanned project. Parsed once; every adapter and fact reads this. */
export interface SourceFile {
  /** absolute path */
  abs: string;
  /** relative to the scanned root, `/` separators */
  rel: string;
  text: string;
  program: T.Program;
  module: EcmaScriptModule;
  comments: Comment[];
  /** offsets at which each line starts, for offset → line/column */
  lineStarts: number[];
  /** lists of the node types later passes look for (calls, classes, declarators …), built in the parse pass */
  index: NodeIndex;
}

/** The file imports a name from a module by name (`import { decode } from 'hono/jwt'`). */
export function importsNamed(file: SourceFile, module: RegExp, name: RegExp): boolean {
  return file.module.staticImports.some(
    (i) =>
      module.test(i.moduleRequest.value) &&
      i.entries.some((e) => e.importName.kind === 'Name' && name.test(e.importName.name ?? '')),
  );
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of a UTF-16 offset. */
export function locationAt(file: SourceFile, offset: number): Location {
  const starts = file.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { file: file.rel, line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function locationOf(file: SourceFile, node: { start: number }): Location {
  return locationAt(file, node.start);
}
