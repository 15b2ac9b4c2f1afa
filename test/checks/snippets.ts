/**
 * Files that many check cases share. A case is a whole little app, so each case still lists every file it needs;
 * only the identical ones live here.
 */

/** `src/auth.js`: Express middleware that verifies a bearer JWT and answers 401 otherwise. */
export const EXPRESS_REQUIRE_AUTH = `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}`;

/** `src/org.js`: Express middleware factory that requires the caller's membership (and role) in `:orgId`. */
export const ORG_MEMBERSHIP = `const { Membership } = require('./models');
function requireOrgRole(...roles) {
  return async (req, res, next) => {
    const membership = await Membership.findOne({ where: { orgId: req.params.orgId, userId: req.user.id } });
    if (!membership || (roles.length && !roles.includes(membership.role))) {
      return res.status(403).json({ error: 'Not allowed for this organization' });
    }
    next();
  };
}
module.exports = { requireOrgRole };`;

/** `src/auth.js` (CommonJS): verifies a bearer JWT and loads the caller's Sequelize record into `req.user`. */
export const EXPRESS_REQUIRE_AUTH_LOADS_USER = `const jwt = require('jsonwebtoken');
const { User } = require('./models');
async function requireAuth(req, res, next) {
  try { const p = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); req.user = await User.findByPk(p.sub); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
module.exports = { requireAuth };`;
