import type { EndpointMethod, Finding } from './finding.ts';
import type { Location } from './location.ts';
import type { FrameworkId, Stack } from './stack.ts';

export const SCHEMA_VERSION = 1;

/** An endpoint as it appears in the JSON report (the contract in ../shared/spec/report-format.md). */
export interface ReportEndpoint {
  method: EndpointMethod;
  path: string;
  location: Location | null;
  framework: FrameworkId | 'openapi';
  public: boolean;
  auth: 'required' | 'none' | 'unknown';
  facts: Record<string, unknown>;
}

/** A problem with the input that did not stop the scan (a file that does not parse, an unreadable file ...). */
export interface Diagnostic {
  kind: 'parse-error' | 'unreadable' | 'skipped' | 'unresolved' | 'warning';
  message: string;
  file?: string;
  line?: number;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'vas'; version: string };
  mode: 'static' | 'dynamic';
  target: string;
  stack: Stack;
  endpoints: ReportEndpoint[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  stats: { files: number; endpoints: number; durationMs: number; lines?: number; requests?: number };
}
