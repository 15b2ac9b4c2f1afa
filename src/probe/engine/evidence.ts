import type { Evidence } from '../../core/finding.ts';
import { toCurl } from '../http/curl.ts';
import type { Exchange } from '../http/exchange.ts';
import { redactHeaders, redactText } from '../http/redact.ts';

const EXCERPT = 1500;
const KEEP_RESPONSE_HEADERS =
  /^(content-type|location|retry-after|www-authenticate|x-powered-by|server|ratelimit.*|x-ratelimit.*|api-version|x-api-version)$/i;

/** One exchange as report evidence: credentials replaced by placeholders, secrets redacted, bodies cut short. */
export function toEvidence(ex: Exchange, description: string): Evidence {
  const headers = redactHeaders(ex.request.headers, ex.as);
  delete headers['user-agent'];
  delete headers.accept;
  const request = {
    method: ex.request.method,
    url: ex.request.url,
    headers,
    ...(ex.request.body !== undefined ? { body: cut(redactText(ex.request.body)) } : {}),
  };
  const responseHeaders = Object.fromEntries(
    Object.entries(ex.response.headers).filter(([k]) => KEEP_RESPONSE_HEADERS.test(k)),
  );
  return {
    description: `${description} (as ${ex.as})`,
    request,
    response: {
      status: ex.response.status,
      headers: redactHeaders(responseHeaders, ex.as),
      body: cut(redactText(ex.response.body)) + (ex.response.truncated ? ' …[response cut at the size cap]' : ''),
    },
    curl: toCurl({ ...request, headers }),
  };
}

function cut(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)} …[${text.length - EXCERPT} more chars]` : text;
}
