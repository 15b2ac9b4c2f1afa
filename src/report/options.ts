export interface ReporterOptions {
  /** Colour the output (terminal reporter only). */
  color: boolean;
  /** Absolute path of the scanned root, for reading code snippets; absent for dynamic reports. */
  root?: string;
}
