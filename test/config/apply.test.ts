import { describe, expect, it } from 'vitest';
import { applyConfig } from '../../src/config/apply.ts';
import type { Report } from '../../src/core/report.ts';
import { loadReport } from '../report/helpers.ts';

const report = loadReport('static');
const ids = (r: Report) =>
  r.findings.map((f) => `${f.ruleId} ${f.endpoint ? `${f.endpoint.method} ${f.endpoint.path}` : '-'}`);

describe('applyConfig', () => {
  it('changes nothing with an empty config', () => {
    expect(applyConfig(report, {})).toEqual(report);
  });

  it('drops missing-auth and BOLA findings on routes that are public by design, and marks them public', () => {
    const out = applyConfig(report, { publicRoutes: ['GET /api/admin/*', '/api/todos/:id'] });
    expect(ids(out)).not.toContain('vas/missing-auth-route-without-auth GET /api/admin/users');
    expect(ids(out)).not.toContain('vas/bola-missing-ownership-check GET /api/todos/{id}');
    expect(ids(out)).not.toContain('vas/bola-missing-ownership-check PATCH /api/todos/{id}');
    // other categories on those routes stay: a public route can still take unvalidated input
    expect(ids(out)).toContain('vas/input-validation-mass-assignment PATCH /api/todos/{id}');
    expect(out.endpoints.find((e) => e.path === '/api/admin/users')?.public).toBe(true);
    expect(out.endpoints.find((e) => e.path === '/api/todos')?.public).toBe(false);
  });

  it('matches the method when the pattern names one', () => {
    const out = applyConfig(report, { publicRoutes: ['POST /api/admin/users'] });
    expect(ids(out)).toContain('vas/missing-auth-route-without-auth GET /api/admin/users');
  });

  it('disables rules and overrides severities, with or without the vas/ prefix', () => {
    const out = applyConfig(report, {
      rules: { 'versioning-none': 'off', 'vas/rate-limit-login-unlimited': 'critical' },
    });
    expect(out.findings.some((f) => f.ruleId === 'vas/versioning-none')).toBe(false);
    expect(out.findings.find((f) => f.ruleId === 'vas/rate-limit-login-unlimited')?.severity).toBe('critical');
    expect(out.findings).toHaveLength(report.findings.length - 1);
  });

  it('ignores paths gitignore-style: their findings and their endpoints go', () => {
    const out = applyConfig(report, { ignore: ['src/routes/admin.*'] });
    expect(out.endpoints.map((e) => e.path)).not.toContain('/api/admin/users');
    expect(out.stats.endpoints).toBe(report.endpoints.length - 1);
    expect(ids(out)).not.toContain('vas/missing-auth-route-without-auth GET /api/admin/users');
    expect(out.findings).toHaveLength(report.findings.length - 1);
  });

  it('trusts custom helpers found in the middleware chain', () => {
    const withHelpers: Report = structuredClone(report);
    const admin = withHelpers.endpoints.find((e) => e.path === '/api/admin/users')!;
    admin.facts.middleware = ['express.json', 'session.requireStaff()'];
    const login = withHelpers.endpoints.find((e) => e.path === '/api/auth/login')!;
    login.facts.middleware = ['express.json', 'throttle({ per: 5 })'];
    const todo = withHelpers.endpoints.find((e) => e.method === 'GET' && e.path === '/api/todos/{id}')!;
    todo.facts.middleware = ['requireAuth', 'assertOwner("todo")'];

    const out = applyConfig(withHelpers, {
      trust: { auth: ['requireStaff'], rateLimit: ['throttle'], ownership: ['assertOwner'] },
    });
    expect(ids(out)).not.toContain('vas/missing-auth-route-without-auth GET /api/admin/users');
    expect(out.endpoints.find((e) => e.path === '/api/admin/users')?.auth).toBe('required');
    expect(ids(out)).not.toContain('vas/rate-limit-login-unlimited POST /api/auth/login');
    expect(ids(out)).not.toContain('vas/bola-missing-ownership-check GET /api/todos/{id}');
    // PATCH has no assertOwner in its chain
    expect(ids(out)).toContain('vas/bola-missing-ownership-check PATCH /api/todos/{id}');
    // a helper that is not trusted changes nothing
    expect(applyConfig(withHelpers, { trust: { auth: ['requireAdmin'] } }).findings).toHaveLength(
      report.findings.length,
    );
  });
});
