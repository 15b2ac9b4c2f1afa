import { defineCheck } from '../core/check.ts';
import type { Endpoint } from '../core/endpoint.ts';
import { locationOf } from '../parse/source.ts';
import { endpointLabel } from './_idiom.ts';
import { isAdminPath } from './_predicates.ts';

/**
 * The resource's other write routes require a role (`POST /products` behind `requireRole('ADMIN')`) but this
 * one does not: a forgotten guard, the most common function-level authorization bug.
 */
const GUARDED = new WeakMap<Endpoint[], Map<string, Endpoint>>();

function roleGuardedSibling(e: Endpoint, all: Endpoint[]): string | null {
  if (e.method === 'GET' || e.method === 'HEAD' || e.method === 'OPTIONS') return null;
  // index the role-guarded write routes by collection once per scan
  let byResource = GUARDED.get(all);
  if (!byResource) {
    byResource = new Map();
    for (const o of all) {
      if (o.method !== 'GET' && o.facts?.roleCheck && o.facts.auth.status === 'required') {
        const key = resourceOf(o.path);
        if (!byResource.has(key)) byResource.set(key, o);
      }
    }
    GUARDED.set(all, byResource);
  }
  const guarded = byResource.get(resourceOf(e.path));
  return guarded && guarded !== e ? `${guarded.method} ${guarded.path}` : null;
}

/** `/api/v1/products/{id}` → `/api/v1/products`; nested collections (`/jobs/{id}/applications`) stay themselves */
function resourceOf(path: string): string {
  return path.replace(/\/\{[^}]+\}$/, '');
}

export default defineCheck({
  meta: {
    id: 'missing-auth-admin-without-role',
    kind: 'check',
    title: 'Admin function reachable by any signed-in user',
    category: 'missing-auth',
    severity: 'high',
    description:
      'An admin-only route checks that the caller is signed in but not that the caller is an admin (broken function-level authorization).',
    owasp: 'API5:2023',
    cwe: 'CWE-285',
  },
  endpoint(e, ctx) {
    const f = e.facts;
    if (f?.auth.status !== 'required' || f.roleCheck) return null;
    // an owner changing their own record (`updateMany({ where: { id, ownerId: me } })`) needs no creator role
    const ownsIt = f.ownership.kind === 'query-scoped' || f.ownership.kind === 'checked-after-load';
    const sibling = isAdminPath(e) || ownsIt ? null : roleGuardedSibling(e, ctx.endpoints);
    if (!isAdminPath(e) && !sibling) return null;
    return {
      message: sibling
        ? `${endpointLabel(e)} changes the same resource as ${sibling}, which requires a role, but any signed-in user can call it`
        : `${endpointLabel(e)} is an admin route but any signed-in user can call it (no role check)`,
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
