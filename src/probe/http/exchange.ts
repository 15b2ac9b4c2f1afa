/** One request as the prober sent it (credentials included; redaction happens when evidence is written). */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ReceivedResponse {
  /** 0 when no response arrived (timeout, connection refused ...) */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** parsed body when it is JSON */
  json?: unknown;
  truncated: boolean;
  ms: number;
  error?: string;
}

export interface Exchange {
  id: number;
  request: SentRequest;
  response: ReceivedResponse;
  /** who sent it: an identity name, `anonymous`, or a forged credential's label */
  as: string;
  /** `METHOD /template` of the operation, or `-` for requests outside the inventory (canaries, login) */
  op: string;
  /** concrete values substituted into the request, for echo detection */
  values: string[];
}

export const is2xx = (status: number): boolean => status >= 200 && status < 300;
export const isDenied = (status: number): boolean => status === 401 || status === 403;
