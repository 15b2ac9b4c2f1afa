import { defineCheck } from '../core/check.ts';
import { singular } from '../core/words.ts';
import { PERSON_MODEL } from '../facts/models.ts';
import { locationOf } from '../parse/source.ts';
import { endpointLabel, layerFor } from './_idiom.ts';
import { isAuthFlow } from './_predicates.ts';

/**
 * Secrets a record's owner holds and hands out on purpose: share and invite codes, a private podcast or calendar feed's
 * token, the door or gate code of their own unit (for their tenants and visitors).
 */
const CAPABILITY_FIELD =
  /(?:^|\.)(?:(?:private_?)?(?:share|sharing|invite|invitation|public|embed|join|feed|calendar|ical|rss|preview)_?(?:token|code|key|link|id|url)|(?:access|door|gate|lockbox|lock_?box|alarm|entry|entrance|building|keypad|key)_?(?:code|pin))$/i;

/** The number of a person's identity document: a licence, a passport, a national id. */
const IDENTITY_DOCUMENT =
  /(?:^|\.)(?:ssn|social_?security\w*|(?:id|identity)_?document_?(?:number|no)?|passport_?(?:number|no)|national_?id_?(?:number|no)?|driv(?:ing|ers?)_?licen[cs]e_?(?:number|no))$/i;

export default defineCheck({
  meta: {
    id: 'data-exposure-whole-record',
    kind: 'check',
    title: 'Whole record with sensitive fields sent to the client',
    category: 'data-exposure',
    severity: 'high',
    description:
      'The response sends a whole database row/document, including fields such as password hashes, tokens or other users’ personal data, instead of the fields the client needs.',
    cwe: 'CWE-213',
  },
  endpoint(e, ctx) {
    const f = e.facts;
    if (!f) return null;
    const personal = f.response.othersPersonalFields;
    // on login/sign-up the person looked up is the caller
    if (f.response.kind !== 'whole-record' && personal && personal.length > 0 && !f.roleCheck && !isAuthFlow(e)) {
      return {
        message: `${endpointLabel(e)} sends other users’ ${personal.join(', ')} to the caller`,
        location: f.response.location ?? locationOf(e.file, e.node),
        endpoint: e,
        severity: 'medium',
        fix: {
          summary: 'Leave other people’s contact data out of the response',
          steps: [
            'Return only what the feature needs about other users (id, display name, avatar).',
            'If contact data must be shared, make it opt-in per user and check that setting in the query.',
          ],
          example: 'const results = users.map((u) => ({ id: u.id, displayName: u.displayName }));',
        },
      };
    }
    // a mapper written for the staff's or team's routes, reused on a route anyone may call: their notes go to anyone
    const mapped = f.response.mappedInternalFields;
    if (f.response.kind !== 'whole-record' && mapped && mapped.length > 0 && f.auth.status === 'none') {
      return {
        message: `${endpointLabel(e)} answers anyone with ${mapped.join(', ')}: the response mapper copies staff-only fields`,
        location: f.response.location ?? locationOf(e.file, e.node),
        endpoint: e,
        severity: 'medium',
        fix: {
          summary: 'Use a public mapper on public routes',
          steps: [
            'Write a separate mapper (or DTO) for anonymous readers that leaves out internal notes and other staff-only fields.',
            'Keep the team-facing mapper for routes behind authentication and the membership or role check.',
          ],
          example: 'const toPublicEpisode = (e) => ({ id: e.id, title: e.title, description: e.description });',
        },
      };
    }
    if (f.response.kind !== 'whole-record') return null;
    // the owner may see the share/invite links of their own records; credentials never leave the server
    // (a record the caller just created, picking nothing by the client's ids, is theirs too)
    const created =
      f.data.some((d) => d.operation === 'create') && !f.data.some((d) => d.byClientId && !d.scopedToCaller);
    // (a published row read by anyone is not the caller's own: its owner's door code stays the owner's)
    const own =
      (f.ownership.kind === 'query-scoped' && f.data.some((d) => d.scopedToCaller || !d.publicRow)) ||
      f.ownership.kind === 'checked-after-load' ||
      created;
    // (…and so may staff behind a role check: the front desk hands out the room's door code)
    const r =
      own || f.roleCheck
        ? { ...f.response, sensitiveFields: f.response.sensitiveFields.filter((x) => !CAPABILITY_FIELD.test(x)) }
        : f.response;
    // an administrator behind a role check may list people; secrets are still reported below
    const otherPeople =
      !f.roleCheck &&
      // on login and sign-up the person looked up is the caller
      !isAuthFlow(e) &&
      // a middleware proved the addressed person is the caller (or a caller with rights)
      f.ownership.kind !== 'checked-after-load' &&
      r.model !== null &&
      PERSON_MODEL.test(r.model) &&
      (f.data.some((d) => d.operation === 'list' && !d.scopedToCaller) ||
        f.data.some((d) => d.byClientId && !d.scopedToCaller));
    // staff behind a role check may read agent-only notes; everyone else gets them only by mistake
    const hidden = f.roleCheck ? [] : (r.hiddenRows ?? []);
    // people nested whole into an unscoped listing; an admin behind a role check may see them
    const nested = f.roleCheck || isAuthFlow(e) ? [] : (r.othersNested ?? []);
    // staff notes reach only staff (a role check); payout details only their owner
    // (a role check for the people the notes are about, `requireRole('parent')`, lets them read the notes)
    // (a record the caller just made carries no staff notes yet: what it holds is what the caller sent)
    const internal = (f.roleCheck && !f.subjectRole) || created ? [] : (r.internalFields ?? []);
    // (the payout details of someone nested in the caller's own record are still someone else's)
    // (a public row is not the caller's own)
    const ownRecord = own && !f.data.some((d) => d.publicRow);
    const financial = f.roleCheck ? [] : (r.financialFields ?? []).filter((x) => !ownRecord || x.includes('.'));
    // an identity document's number is what staff behind a role check verify (a rental desk checks licences) when the
    // query left out what they must not see (`.select('-passwordHash -resetTokenHash')`); a credential is no one's
    const curated = f.data.some((d) => (d.excludedFields?.length ?? 0) > 0);
    const sensitive =
      f.roleCheck && !f.subjectRole && curated
        ? r.sensitiveFields.filter((x) => !IDENTITY_DOCUMENT.test(x))
        : r.sensitiveFields;
    const leaked = [...sensitive, ...internal, ...financial];
    if (leaked.length === 0 && !otherPeople && hidden.length === 0 && nested.length === 0) return null;
    const what =
      leaked.length > 0
        ? `including ${leaked.join(', ')}`
        : nested.length > 0
          ? `with other users’ ${nested.join(', ')} nested in`
          : hidden.length > 0
            ? `including every related ${hidden.map((h) => `${singular(h.relation)}, the ${h.flag} ones too`).join('; every ')}`
            : 'other users’ personal data';
    const layer = layerFor(ctx.stack, e);
    const model = r.model ?? 'record';
    const example =
      layer === 'prisma'
        ? `await prisma.${model}.findMany({ select: { id: true, name: true, email: true } })`
        : layer === 'mongoose'
          ? `await ${model.charAt(0).toUpperCase() + model.slice(1)}.find(filter).select('-password -__v')`
          : layer === 'sequelize'
            ? `await ${model}.findAll({ attributes: ['id', 'name', 'email'] })`
            : `const { password, passwordHash, ...safe } = ${model};\nres.json(safe);`;
    return {
      message: `${endpointLabel(e)} sends the whole ${model} record to the client, ${what}`,
      location: r.location ?? locationOf(e.file, e.node),
      endpoint: e,
      severity: sensitive.length > 0 ? 'high' : 'medium',
      fix: {
        summary: 'Send only the fields the client needs',
        steps: [
          'Select the columns explicitly in the query, or map the record to a response DTO.',
          'Hide secrets at the model level too (Mongoose `select: false`, a Sequelize default scope, `@Exclude()` with ClassSerializerInterceptor), so a new route cannot leak them by accident.',
        ],
        example,
      },
    };
  },
});
