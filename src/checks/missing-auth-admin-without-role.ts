import { defineCheck } from '../core/check.ts';
import { locationOf } from '../parse/source.ts';
import { endpointLabel } from './_idiom.ts';
import { isAdminPath } from './_predicates.ts';

export default defineCheck({
  meta: {
    id: 'missing-auth-admin-without-role',
    kind: 'check',
    title: 'Admin function reachable by any signed-in user',
    category: 'missing-auth',
    severity: 'high',
    description: 'An admin-only route checks that the caller is signed in but not that the caller is an admin (broken function-level authorization).',
    owasp: 'API5:2023',
    cwe: 'CWE-285',
  },
  endpoint(e) {
    const f = e.facts;
    if (!f || f.auth.status !== 'required' || f.roleCheck || !isAdminPath(e)) return null;
    return {
      message: `${endpointLabel(e)} is an admin route but any signed-in user can call it (no role check)`,
      location: locationOf(e.file, e.node),
      endpoint: e,
      fix: {
        summary: 'Check the caller’s role before running an admin function',
        steps: [
          'Add a role check after authentication (a `requireRole("admin")` middleware, a roles guard, or an explicit check in the handler that answers 403).',
          'Apply it to the whole admin router so new admin routes are covered too.',
        ],
        example:
          e.framework === 'nestjs'
            ? "@UseGuards(JwtAuthGuard, RolesGuard)\n@Roles('admin')"
            : "function requireRole(role) {\n  return (req, res, next) => req.user?.role === role ? next() : res.status(403).json({ error: 'Forbidden' });\n}\nadminRouter.use(requireAuth, requireRole('admin'));",
      },
    };
  },
});
