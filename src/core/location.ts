/** A place in the scanned project. `file` is relative to the scanned root, with `/` separators. */
export interface Location {
  file: string;
  line: number;
  column: number;
}
