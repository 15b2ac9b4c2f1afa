/**
 * Secrets never reach a report or a log line: credentials become placeholders, secret-looking JSON values
 * and signed JWTs become `[redacted]`. Unsigned forged tokens stay, since they are the reproduction.
 */
const SECRET_HEADER =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token|x-access-token|x-csrf-token)$|token|secret|session|apikey|api-key|password/i;
const SECRET_KEY =
  /pass(word|wd|phrase)?$|^pwd$|secret|token|api_?key|private_?key|salt|hash|otp|_?code$|^code|pin$|cvv|ssn/i;
const JWT = /\beyJ[\w-]+\.eyJ[\w-]+\.([\w-]*)/g;

export function placeholder(identity: string, what: string): string {
  return `$VAS_${what}_${identity.replace(/[^a-z0-9]/gi, '_').toUpperCase()}`;
}

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name);
}

export function redactHeaders(headers: Record<string, string>, identity: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!isSecretHeader(name)) out[name] = value;
    else if (/^authorization$/i.test(name)) {
      const [scheme, token] = value.split(' ');
      out[name] =
        token && isUnsignedJwt(token) ? value : `${token ? `${scheme} ` : ''}${placeholder(identity, 'TOKEN')}`;
    } else if (/^cookie$/i.test(name)) out[name] = placeholder(identity, 'COOKIE');
    else if (/^set-cookie$/i.test(name))
      out[name] = value.replace(/=([^;\n]*)/g, (m, v: string) => (v ? '=[redacted]' : m));
    else out[name] = placeholder(identity, 'SECRET');
  }
  return out;
}

function isUnsignedJwt(token: string): boolean {
  const parts = token.split('.');
  return parts.length === 3 && parts[2] === '';
}

/** Redacts JWTs and secret-named JSON string values in any text (request or response body, log line). */
export function redactText(text: string): string {
  let out = text.replace(JWT, (m, sig: string) => (sig ? '[redacted-jwt]' : m));
  out = out.replace(/"([^"\\]{1,60})"\s*:\s*"((?:[^"\\]|\\.)*)"/g, (m, key: string, value: string) =>
    SECRET_KEY.test(key) && value.length > 0 ? `"${key}":"[redacted ${value.length} chars]"` : m,
  );
  return out;
}

/** Redacts secret-named values inside a parsed JSON value (for messages built from data). */
export function redactValue(key: string, value: unknown): unknown {
  return SECRET_KEY.test(key) && typeof value === 'string' && value ? `[redacted ${value.length} chars]` : value;
}

/** Shows the shape of a secret without the secret: `su*********` (11 chars). */
export function maskSecret(secret: string): string {
  return `${secret.slice(0, 2)}${'*'.repeat(Math.max(3, secret.length - 2))}`;
}
