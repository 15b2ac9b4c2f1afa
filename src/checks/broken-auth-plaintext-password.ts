import { defineCheck, type Report } from '../core/check.ts';
import type { Endpoint, FunctionRef } from '../core/endpoint.ts';
import { calleeName, memberPath, type Node, nameOf, parentOf, stringValue, walk } from '../parse/ast.ts';
import { anyFileMatches } from '../parse/project.ts';
import { locationOf, type SourceFile } from '../parse/source.ts';
import { reachableCalls, reachableFunctions } from './_calls.ts';
import { endpointLabel } from './_idiom.ts';
import { AUTH_FLOW } from './_predicates.ts';

/**
 * Names of secrets a person types: passwords (`screenerPassword`, `currentPassword`), passcodes and PINs (`pin`,
 * `kioskPin`, `badge_pin`). Not a stored hash of one (`passwordHash`, `hashedPin`).
 */
const PASSWORD =
  /^(?!\w*hash)(?:\w*(?:password|passwd|passcode)|pass|pwd|pin|pin_?code|\w+Pin|\w+_pin|\w*PinCode|\w+_pin_code)$/i;
const HASHING =
  /^(?:hash|hashSync|compare|compareSync|verify|genSalt|scrypt|scryptSync|pbkdf2|pbkdf2Sync|argon2|hashPassword|verifyPassword|comparePassword|checkPassword|timingSafeEqual)$/;

/** Calls that make a hash to store (as opposed to `compare`, which checks one). */
const STORE_HASHING = /^(?:hash|hashSync|scrypt|scryptSync|pbkdf2|pbkdf2Sync|argon2|hashPassword)$/;
/** Mongoose query updates: they skip the model's `pre('save')` hooks, where apps usually hash the password. */
const QUERY_UPDATE = /^(?:updateOne|updateMany|findOneAndUpdate|findByIdAndUpdate)$/;

const HITS = new WeakMap<Node, Node | null>();
const UPDATE_HITS = new WeakMap<Node, Node | null>();

/**
 * `User.updateOne({ _id }, { $set: { password: req.body.newPassword } })`: a password from the request written by a query
 * update, which runs no `save` hook; memoised per function.
 */
function passwordByQueryUpdate(f: FunctionRef): Node | null {
  const cached = UPDATE_HITS.get(f.fn);
  if (cached !== undefined) return cached;
  let hit: Node | null = null;
  walk(f.fn, (n) => {
    if (hit) return false;
    if (n.type !== 'Property' || !PASSWORD.test(nameOf(n.key as Node) ?? '')) return undefined;
    const v = memberPath(n.value as Node);
    if (!v || v.length < 2 || !PASSWORD.test(v[v.length - 1]!)) return undefined;
    const holder = holderOf(n);
    if (holder?.type === 'CallExpression' && QUERY_UPDATE.test(calleeName(holder) ?? '')) hit = n;
    return undefined;
  });
  UPDATE_HITS.set(f.fn, hit);
  return hit;
}

/** The call (or `new`) an object property is an argument of, through nested objects: `User.create({ data: { password } })`. */
function holderOf(prop: Node): Node | null {
  for (let p = parentOf(prop); p; p = parentOf(p)) {
    if (p.type === 'CallExpression' || p.type === 'NewExpression') return p;
    if (p.type !== 'ObjectExpression' && p.type !== 'Property') return null;
  }
  return null;
}

/** `new User({ email, password })`: a model document built with the password (stored by its `save()`). */
function inNewDocument(prop: Node): boolean {
  return holderOf(prop)?.type === 'NewExpression';
}

/** A Mongoose `pre('save')` hook that hashes (`bcrypt.genSalt`, `bcrypt.hash`): documents saved with a password store its hash. */
const HASHING_SAVE_HOOK =
  /\.pre\(\s*['"]save['"][\s\S]{0,600}?\b(?:hash|hashSync|genSalt|argon2|scrypt|hashPassword)\s*\(/;

/** A Mongoose middleware on query updates (`schema.pre('findOneAndUpdate', …)`) may hash there too. */
const UPDATE_HOOK = /\.pre\(\s*\[?\s*['"](?:updateOne|findOneAndUpdate|update)/;

/** The property is part of what a create/insert call stores (`User.create({ email, password })`). */
function storedBy(prop: Node): boolean {
  const holder = holderOf(prop);
  return (
    holder?.type === 'CallExpression' &&
    /^(?:create|insert|insertOne|save|build|values|upsert)$/.test(calleeName(holder) ?? '')
  );
}

/**
 * The password is handed to an identity provider's auth API (`supabase.auth.signUp({ email, password })`,
 * `admin.auth().createUser(…)`), which hashes and checks it: the app stores nothing itself.
 */
function toIdentityProvider(prop: Node): boolean {
  const holder = holderOf(prop);
  return holder?.type === 'CallExpression' && (memberPath(holder.callee as Node)?.includes('auth') ?? false);
}

/** A plain-text password comparison (or a query filtering on the plain password) in one function; memoised per function. */
function plaintextComparison(f: FunctionRef, hashesOnSave: boolean): Node | null {
  const cached = HITS.get(f.fn);
  if (cached !== undefined) return cached;
  let hit: Node | null = null;
  walk(f.fn, (n) => {
    if (hit) return false;
    if (
      n.type === 'BinaryExpression' &&
      (n.operator === '===' || n.operator === '==' || n.operator === '!==' || n.operator === '!=')
    ) {
      const l = memberPath(n.left as Node);
      const r = memberPath(n.right as Node);
      const lp = l?.[l.length - 1] ?? '';
      const rp = r?.[r.length - 1] ?? '';
      if ((PASSWORD.test(lp) && r) || (PASSWORD.test(rp) && l)) {
        if ((l && l.length >= 2 && PASSWORD.test(lp)) || (r && r.length >= 2 && PASSWORD.test(rp))) hit = n;
      }
    }
    // User.findOne({ email, password: req.body.password }): the stored password is the plain one;
    // User.create({ email, password }) stores it (no hashing runs on the route, see the check below)
    // (not a mailer's `auth: { pass: process.env.SMTP_PASSWORD }`; not a document whose model hashes on save)
    if (n.type === 'Property' && PASSWORD.test(nameOf(n.key as Node) ?? '') && !toIdentityProvider(n)) {
      const v = memberPath(n.value as Node);
      if (v && v[0] !== 'process' && PASSWORD.test(v[v.length - 1]!)) {
        const stores = storedBy(n) || inNewDocument(n);
        if (stores ? !hashesOnSave : v.length >= 2) hit = n;
      }
    }
    // INSERT INTO users (username, password) VALUES (?, ?) / UPDATE users SET password = ?
    if (n.type === 'CallExpression' && n.arguments.length > 0) {
      const sql = stringValue(n.arguments[0] as Node) ?? '';
      if (
        // (a `password_hash` column written on a route where nothing hashes is given the password as received)
        /insert\s+into\s+["`]?\w+["`]?\s*\([^)]*\bpassword(?:_?hash)?\b[^)]*\)|update\s+["`]?\w+["`]?\s+set\s+[^;]*\bpassword(?:_?hash)?\s*=/i.test(
          sql,
        )
      )
        hit = n;
    }
    return undefined;
  });
  HITS.set(f.fn, hit);
  return hit;
}

export default defineCheck({
  meta: {
    id: 'broken-auth-plaintext-password',
    kind: 'check',
    title: 'Password stored or compared in plain text',
    category: 'broken-auth',
    severity: 'critical',
    description:
      'Passwords are compared with === or stored as received instead of being hashed with bcrypt/argon2/scrypt; a database leak exposes every password.',
    cwe: 'CWE-256',
  },
  endpoint(e, ctx) {
    // passwords are compared and stored by the authentication flow (login, sign-up, password change)
    // (…or wherever a handler checks one as it is typed: a kiosk comparing `member.pin_code !== pin`)
    if (e.method === 'GET') return null;
    if (!AUTH_FLOW.test(e.path)) {
      const hit = e.handlers.map((h) => plainComparisonIn(h)).find((x) => x !== null);
      return hit ? plaintextFinding(e, hit.file, hit.node) : null;
    }
    const calls = reachableCalls(ctx.resolver, e);
    const fns: FunctionRef[] = [...e.handlers, ...reachableFunctions(ctx.resolver, e)];
    // (checking the current password with `compare` hashes nothing that is stored)
    if (
      !calls.some(({ call }) => STORE_HASHING.test(calleeName(call) ?? '')) &&
      !anyFileMatches(ctx.project, UPDATE_HOOK)
    )
      for (const f of fns) {
        const hit = passwordByQueryUpdate(f);
        if (hit)
          return {
            message: `${endpointLabel(e)} writes the new password with a query update, which skips the model's save hook that hashes it: it is stored in plain text`,
            location: locationOf(f.file, hit),
            endpoint: e,
            fix: {
              summary: 'Hash before a query update, or save the document',
              steps: [
                'Set the field on the loaded document and call `save()`, so the `pre("save")` hook hashes it.',
                'Or hash it yourself: `{ $set: { password: await bcrypt.hash(newPassword, 12) } }`.',
              ],
              example: 'user.password = req.body.newPassword;\nawait user.save(); // the pre("save") hook hashes it',
            },
          };
      }
    if (calls.some(({ call }) => HASHING.test(calleeName(call) ?? ''))) return null;
    for (const f of fns) {
      const hit = plaintextComparison(f, anyFileMatches(ctx.project, HASHING_SAVE_HOOK));
      if (hit) return plaintextFinding(e, f.file, hit);
    }
    return null;
  },
});

function plaintextFinding(e: Endpoint, file: SourceFile, at: Node): Report {
  return {
    message: `${endpointLabel(e)} stores or compares the password in plain text (no hashing on the route)`,
    location: locationOf(file, at),
    endpoint: e,
    fix: {
      summary: 'Hash passwords with bcrypt or argon2 and compare with the library',
      steps: [
        'Store `await bcrypt.hash(password, 12)` (or argon2id), never the password itself.',
        'Compare with `await bcrypt.compare(password, user.passwordHash)`.',
        'Migrate existing rows: force a reset or hash on next login.',
      ],
      example:
        'const ok = user && (await bcrypt.compare(password, user.passwordHash));\nif (!ok) return res.status(401).json({ error: "Invalid credentials" });',
    },
  };
}

/**
 * A stored secret compared as it is with one the client sent, in the handler itself: `member.pin_code !== pin`,
 * `user.password === req.body.password` (the stored side a field of a loaded row, the other a plain name or field).
 */
export function plainComparisonIn(h: FunctionRef): { file: SourceFile; node: Node } | null {
  let hit: Node | null = null;
  walk(h.fn, (n) => {
    if (hit) return false;
    if (n.type !== 'BinaryExpression' || !/^[!=]==?$/.test(n.operator)) return undefined;
    const l = memberPath(n.left as Node);
    const r = memberPath(n.right as Node);
    const stored = (p: string[] | null) => !!p && p.length === 2 && PASSWORD.test(p[1]!);
    const given = (p: string[] | null) => !!p && PASSWORD.test(p[p.length - 1]!);
    if ((stored(l) && given(r)) || (stored(r) && given(l))) hit = n;
    return undefined;
  });
  return hit ? { file: h.file, node: hit } : null;
}
