/** The eight finding categories of the report contract, each mapped once to OWASP API Top 10 2023 and CWE. */
export const CATEGORIES = {
  'missing-auth': {
    title: 'Missing authentication or function-level authorization',
    owasp: 'API2:2023',
    cwe: 'CWE-306',
  },
  bola: { title: 'Broken object-level authorization (IDOR)', owasp: 'API1:2023', cwe: 'CWE-639' },
  'broken-auth': { title: 'Broken authentication', owasp: 'API2:2023', cwe: 'CWE-287' },
  'data-exposure': { title: 'Excessive data exposure', owasp: 'API3:2023', cwe: 'CWE-213' },
  'rate-limit': { title: 'Missing rate limiting', owasp: 'API4:2023', cwe: 'CWE-770' },
  'input-validation': { title: 'Missing input validation', owasp: 'API3:2023', cwe: 'CWE-20' },
  'error-leak': { title: 'Error details leaked to clients', owasp: 'API8:2023', cwe: 'CWE-209' },
  versioning: { title: 'No API versioning', owasp: 'API9:2023', cwe: 'CWE-1059' },
} as const;

export type Category = keyof typeof CATEGORIES;

export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[];

export function isCategory(value: string): value is Category {
  return Object.hasOwn(CATEGORIES, value);
}
