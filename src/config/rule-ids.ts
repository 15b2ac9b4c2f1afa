/** Accepts `bola-x` and `vas/bola-x` alike: users type both, the report uses the prefixed form. */
export function normaliseRuleId(id: string): string {
  return id.startsWith('vas/') ? id : `vas/${id}`;
}
