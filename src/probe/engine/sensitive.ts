import { words } from './values.ts';

/** Why a JSON field is sensitive, or null. Decided by the field name's words and by the value's shape. */
export function sensitiveReason(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '' || value === false) return null;
  if (typeof value === 'string' && /^\*+$|^\[?redacted\]?$|^x+$/i.test(value)) return null;
  const w = words(key);
  const has = (...xs: string[]) => xs.some((x) => w.includes(x));
  const str = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  if (typeof value === 'object') return null;
  if (has('password', 'passwd', 'pwd', 'passcode', 'passphrase'))
    return has('hash', 'hashed', 'digest') ? 'password hash' : 'password';
  if (has('salt')) return 'password salt';
  if (w.length === 1 && w[0] === 'hash' && str.length >= 20) return 'hash';
  if (has('secret') && !has('question')) return 'secret';
  if (has('otp', 'totp', 'mfa', '2fa')) return 'one-time code or its secret';
  if (
    has('code') &&
    has(
      'reset',
      'confirmation',
      'confirm',
      'verification',
      'verify',
      'sms',
      'recovery',
      'backup',
      'activation',
      'auth',
      'login',
      'pin',
    )
  )
    return 'one-time code';
  if (has('pin') && w.length <= 2 && /^\d{4,8}$/.test(str)) return 'PIN';
  if (has('token') && !has('type', 'count', 'expires', 'expiry', 'limit', 'usage') && str.length >= 16) return 'token';
  if (has('key') && has('api', 'access', 'private', 'secret', 'signing', 'encryption', 'device') && str.length >= 8)
    return 'API key';
  if (has('apikey') && str.length >= 8) return 'API key';
  if (has('ssn', 'cvv', 'cvc')) return 'card or identity number';
  if (has('internal') && has('note', 'notes', 'flag', 'flags', 'comment', 'comments', 'memo')) return 'internal field';
  if ((has('risk', 'fraud') && has('score', 'level', 'flag', 'rating')) || (has('kyc') && w.length <= 2))
    return 'internal field';
  if (has('card', 'pan', 'cc') && luhn(str.replace(/[\s-]/g, ''))) return 'card number';
  return valueReason(str);
}

/** Secrets recognisable by shape alone, whatever the field is called. */
export function valueReason(str: string): string | null {
  if (/^\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}$/.test(str)) return 'bcrypt password hash';
  if (/^\$argon2(id|i|d)\$/.test(str)) return 'argon2 password hash';
  if (/^\$(pbkdf2|scrypt)[-$]/.test(str)) return 'password hash';
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(str)) return 'private key';
  if (/^(AKIA|ASIA)[0-9A-Z]{16}$/.test(str)) return 'AWS access key';
  if (/^sk_(live|test)_[0-9a-zA-Z]{16,}$/.test(str)) return 'Stripe secret key';
  const digits = str.replace(/[\s-]/g, '');
  if (/^(4\d{15}|5[1-5]\d{14}|3[47]\d{13}|6011\d{12})$/.test(digits) && luhn(digits)) return 'card number';
  return null;
}

export function luhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Sensitive fields in a JSON value: `path → reason`. `skip` names keys that are expected here (a login's token). */
export function sensitiveFields(json: unknown, skip: (key: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, path: string, depth: number) => {
    if (depth > 6 || out.size > 20) return;
    if (Array.isArray(v)) {
      for (const item of v.slice(0, 50)) walk(item, `${path}[]`, depth + 1);
      return;
    }
    if (!v || typeof v !== 'object') return;
    for (const [k, val] of Object.entries(v)) {
      const p = path ? `${path}.${k}` : k;
      if (skip(k)) continue;
      const reason = sensitiveReason(k, val);
      if (reason) out.set(p.replace(/\[\]/g, '[]'), reason);
      else walk(val, p, depth + 1);
    }
  };
  walk(json, '', 0);
  return out;
}
