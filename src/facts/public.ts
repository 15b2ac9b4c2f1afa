import type { Endpoint, FunctionRef } from '../core/endpoint.ts';
import { CLIENT, type DataAccess, type PublicFact } from '../core/facts.ts';
import { isFunction, type Node, parentOf, unwrap, walk } from '../parse/ast.ts';
import { importsNamed, type SourceFile } from '../parse/source.ts';
import { resolveMethodCall } from '../parse/this-members.ts';
import { type FlowResult, sourcesOf } from './flow.ts';
import { belongsToNoOne, type ModelInfo, modelKey, PERSON_MODEL, PUBLIC_STATES, WORKFLOW_MODEL } from './models.ts';
import { SECRET_KEY } from './request.ts';

/** Routes that are public by design: health checks, the auth flow itself, docs, webhooks, share links. */
/** Actions that are public in RPC-style APIs: provider webhooks, unsubscribe links, auth configuration, pixels. */
/** A form that finds one's own booking or order by the code one was given (`POST /bookings/lookup`). */
/** A token the client sends in the body or query, verified or decoded by the handler: `jwt.verify(req.body.code, …)`. */
const SIGNED_CODE_READ =
  /\b(?:verify|decode|jwtVerify|decodeJwt)\s*\(\s*(?:(?:req|request|ctx\.request|c\.req)\.)?(?:body|query)\.\w+\s*[,)]/;
const LOOKUP_SEGMENT = /\/(?:lookup|look-up|find|retrieve|track)$/i;
const RPC_PUBLIC =
  /^(?:webhooks?|hooks|unsubscribe|subscribe|confirmSubscription|pixel|unfurl|interactive|generateAuthenticationOptions|verifyAuthentication|config|revoke|sitemap|well-known|robots|manifest|favicon)$/;
const PUBLIC_SEGMENT =
  /^(?:health|healthz|healthcheck|ready|readyz|readiness|live|livez|liveness|status|ping|version|metrics|login|signin|sign-in|log-in|logout|signout|sign-out|log-out|register|signup|sign-up|forgot|forgot-password|reset|reset-password|password-reset|verify|verify-email|confirm|callback|oauth|oauth2|sso|webhook|webhooks|docs|openapi|openapi\.json|swagger|public|token|tokens|refresh|refresh-token|refresh-tokens|magic-link|otp|invitations?|accept-invite|activate|activation|account-activation|activate-account|verify-account|resend-verification|resend-activation|contact|contact-us)$/i;
/** Sign-in with another credential: `/auth/pin-login`, `/otp-login`, `/login-with-code` (also an auth route to limit). */
export const LOGIN_VARIANTS = '[a-z]+-(?:login|signin|sign-in)|(?:login|signin)-with-[a-z-]+';
const LOGIN_VARIANT = new RegExp(`^(?:${LOGIN_VARIANTS})$`, 'i');
/**
 * Sign-up and sign-in for one kind of account under an auth prefix: `/auth/register-parent`, `/auth/login-admin`.
 * (Not `/devices/register-device`, which a signed-in user calls.)
 */
export const ACCOUNT_AUTH_STEP =
  /\/(?:auth|accounts?|users?)\/(?:register|signup|sign-up|login|signin|sign-in|log-in)-[a-z][\w-]*(?:\/|$)/i;
/** A module the app keeps its catalogue's routes in (`routes/catalog.js`, `catalogue.controller.ts`). */
const CATALOG_FILE = /(?:^|\/)catalog(?:ue)?(?:[.-](?:routes?|router|controller|handlers?))?\.[cm]?[jt]sx?$/i;
/** Read-only catalogues a shop or blog serves to anonymous visitors. */
const CATALOG_NOUNS =
  'products|categories|catalog|catalogue|menu|plans|pricing|tags|countries|currencies|faq|faqs|articles|posts|recipes|courses|listings|jobs|gigs|books|pros|professionals|providers|mechanics|doctors|dentists|vets|veterinarians|coaches|trainers|instructors|tutors|therapists|locations|venues|stores|shops|branches|restaurants|brands|genres|amenities|hotels|tours|attractions|menus|dishes|medications|medicines|classes|schedules|timetable';
const CATALOG_SEGMENT = new RegExp(`^(?:${CATALOG_NOUNS})$`, 'i');
/** The catalogue nouns that are people a marketplace lists (its professionals). */
const PEOPLE_CATALOG =
  /^(?:pros|professionals|providers|mechanics|doctors|dentists|vets|veterinarians|coaches|trainers|instructors|tutors|therapists)$/i;
/** A catalogue item named by its id, as a query or body field: `productId`, `recipe_id`. */
const CATALOG_ITEM_ID = new RegExp(
  `\\b(?:${CATALOG_NOUNS.split('|')
    .map((n) =>
      n
        .replace(/ies$/, 'y')
        .replace(/(sh|ch|x)es$/, '$1')
        .replace(/s$/, ''),
    )
    .join('|')})(?:Id|_id)\\b`,
);
/** What a catalogue item shows with it: the comments of a post, the reviews of a product, the lessons of a course. */
const AVAILABILITY = /^(?:availability|slots|openings|opening-hours|free-slots|free-busy)$/i;
const PUBLIC_PART =
  /^(?:comments|reviews|ratings|images|photos|media|variants|tags|authors|chapters|lessons|sections|episodes|items|prices|nearby|search|featured|popular|trending|availability|slots|openings|opening-hours|hours|copies|editions)$/i;
const PUBLICATION_FLAGS =
  'published|isPublished|is_published|isPublic|is_public|visibility|isPrivate|is_private|isVerified|is_verified|isApproved|is_approved|approved|isListed|is_listed|publicProfile|public_profile|isPublicProfile|discoverable|isDiscoverable';
/** A filter on publication state: the flag compared with a value (`published: true`, `.eq('is_public', true)`, `eq(t.isPublic, true)`), not merely selected. */
const PUBLICATION_FILTER = new RegExp(
  `\\b(?:${PUBLICATION_FLAGS})\\b['"\`]?\\s*(?:[:,]|={1,3}|!==?)\\s*(?:true|false|['"\`]\\w+['"\`])|\\beq\\([^)]*\\b(?:${PUBLICATION_FLAGS})\\b` +
    // (a directory of what is verified or active: `WHERE t.verified = true`, `find({ active: true })` — not a column
    // picked by `select: { isActive: true }`)
    `|\\b(?:verified|active|isActive|is_active)\\b\\s*={1,3}\\s*true\\b` +
    `|\\.find(?:One)?\\(\\s*\\{[^{}]*\\b(?:verified|active|isActive|is_active)\\s*:\\s*true\\b` +
    // a status that means "shown to the public": `status: 'listed'`, SQL `status = 'published'`
    `|\\b(?:status|state)\\b['"\`]?\\s*(?:[:,]|={1,3})\\s*['"\`](?:${PUBLIC_STATES})['"\`]`,
);
/** A projection object (`select: { id: true, isPublic: true }`, `columns: {…}`): the columns a query reads. */
const PROJECTION = /\b(?:select|columns|attributes|projection)\s*:\s*\{[^{}]*\}/g;
const PUBLICATION_FLAG = new RegExp(`\\.(?:${PUBLICATION_FLAGS}|shared|isShared|is_shared)\\b`);
/** …or its state compared with a published one (`episode.status !== 'PUBLISHED'`). */
const PUBLICATION_STATE_TEST = new RegExp(`\\.(?:status|state)\\s*[!=]==?\\s*['"\`](?:${PUBLIC_STATES})['"\`]`, 'i');

/**
 * An ownership comparison that sits in one condition with the record's publication flag (or its sharing flag: `if
 * (!note.shared && note.owner !== me) 404` serves shared notes to anyone).
 */
function draftsForTheirAuthors(flow: FlowResult): boolean {
  return flow.ownershipChecks.some(({ node, file }) => {
    let top: Node = node;
    for (let p = parentOf(top); p?.type === 'LogicalExpression' || p?.type === 'UnaryExpression'; p = parentOf(p))
      top = p;
    if (top !== node && PUBLICATION_FLAG.test(file.text.slice(top.start, top.end))) return true;
    // …or one asked only of what is not published: `if (!league.is_public) { if (!isMember(league.id, me)) 404 }`
    for (let child: Node = node, p = parentOf(node); p && !isFunction(p); child = p, p = parentOf(p))
      if (p.type === 'IfStatement' && p.consequent === child) {
        const test = file.text.slice(p.test.start, p.test.end);
        if (PUBLICATION_FLAG.test(test) || PUBLICATION_STATE_TEST.test(test)) return true;
      }
    return false;
  });
}

/** Accepting an invitation by the token it came with (no object in the path: `/invites/{id}/accept` is the caller's). */
const INVITE_ACCEPT = /\/(?:[\w-]+-)?(?:invites?|invitations?)\/accept$/i;

/** People whose reviews are private: staff appraisals, students' and patients' assessments. */
const RATED_PRIVATELY =
  /^(?:employees|staff|workers|students|patients|members|teams|candidates|applicants|contractors)$/i;
/** A credential read from the request body: a password or a one-time code. */
const CREDENTIAL_READ =
  /\b(?:body|input|data|dto|credentials)\??\.(?:password|passcode|code|otp|pin|totp)\b|\{[^}]*\b(?:password|otp|pin|code)\b[^}]*\}\s*=/;
/** A lookup by one of `fields`: `where: { email: … }`, `.where({ email })`, `findOne({ phone })`, `WHERE email = $1`. */
const lookupBy = (fields: string) =>
  new RegExp(
    `\\b(?:where|findOne|findOneBy|findUnique|findFirst)\\b[^;]{0,40}?\\b(?:${fields})\\b|\\bwhere\\s+(?:\\w+\\.)?(?:${fields})\\s*=`,
    'i',
  );
/** A lookup by e-mail address. */
const BY_EMAIL = lookupBy('email');
/** A lookup by the contact a one-time code is sent to (an e-mail address or a phone number). */
const BY_CONTACT = lookupBy('email|phone|phoneNumber|mobile');
/** A reset or verification code stored for an account (`resetToken: token`, `verification_code: code`). */
const ISSUED_CODE =
  /\b(?:reset|password_?reset|verif\w*|confirm\w*|magic|otp|login)_?(?:token|code|hash)\w*["'`]?\s*:/i;
/** An auth provider's reset or sign-up request, sent to the account's e-mail by the provider. */
const PROVIDER_ACCOUNT_STEP =
  /\bauth\w*(?:\.\w+)*\.(?:resetPasswordForEmail|signUp|resend)\s*\(|\bsendPasswordResetEmail\s*\(/;
const NEVER_PUBLIC = /\/(?:admin|internal|private|me|account|accounts|users|billing|settings)(?:\/|$)/i;

/** A flag that keeps a record from everyone but its owner (`isPrivate`, `visibility`). */
const PRIVACY_FIELD = /^(?:is_?private|private|visibility|is_?public|is_?hidden|hidden|is_?published|published)$/i;

function canBePrivate(models: ReadonlyMap<string, ModelInfo>, name: string): boolean {
  const model = models.get(modelKey(name));
  return !!model?.defined && [...model.fields].some((f) => PRIVACY_FIELD.test(f));
}

/**
 * `includePrivate === 'true' ? { owner: id } : { owner: id, isPrivate: false }`: the client picks whether the publication
 * filter applies, so the route serves what is not published too.
 */
function clientDropsPublicationFilter(endpoint: Endpoint, flow: FlowResult | null): boolean {
  if (!flow) return false;
  let found = false;
  for (const h of endpoint.handlers)
    walk(h.fn, (n) => {
      if (found) return false;
      if (n.type !== 'ConditionalExpression') return undefined;
      const [a, b] = [unwrap(n.consequent as Node), unwrap(n.alternate as Node)];
      if (a?.type !== 'ObjectExpression' || b?.type !== 'ObjectExpression') return undefined;
      const filtered = (x: Node) => PUBLICATION_FILTER.test(h.file.text.slice(x.start, x.end));
      if (filtered(a) !== filtered(b) && sourcesOf(flow.env, n.test as Node) & CLIENT) found = true;
      return undefined;
    });
  return found;
}

export function intendedPublic(
  endpoint: Endpoint,
  flow: FlowResult | null,
  handlerText: string,
  models: ReadonlyMap<string, ModelInfo> = new Map(),
): PublicFact {
  const segments = endpoint.path.split('/').filter(Boolean);
  // RPC-style paths name the action inside the segment (`/auth.config`, `/hooks.slack`, `/_health`)
  const literal = segments
    .filter((s) => !s.startsWith('{'))
    .flatMap((s) => [s, ...s.replace(/^_+/, '').split(/[.]/)])
    .filter(Boolean);
  const found = literal.find(
    (s) => PUBLIC_SEGMENT.test(s.replace(/^_+/, '')) || RPC_PUBLIC.test(s) || LOGIN_VARIANT.test(s),
  );
  // an invitation is opened by its code (`/invitations/{code}`) or accepted (`POST /invitations/accept`); a `GET` of
  // invitations named by nothing secret (`/invitations/pending?email=`) lists other people's invitations and codes
  const after = found ? segments[segments.indexOf(found) + 1] : undefined;
  const inviteList =
    found !== undefined &&
    /^invitations?$/i.test(found) &&
    endpoint.method === 'GET' &&
    !after?.startsWith('{') &&
    !/^(?:accept|decline|preview)$/i.test(after ?? '');
  const hit = inviteList ? undefined : found;
  // `/status` and `/version` are service endpoints; `/orders/{id}/status` is a field of an object
  const serviceInfo = hit !== undefined && /^(?:status|version)$/i.test(hit);
  // …and `/bookings/{id}/confirm`, `/boats/{id}/verify` are actions on an object, not the auth flow's steps
  // (`/teams/{teamId}/invitations`: a team's invitations, managed by its members, not one opened by its code)
  const ofObject =
    hit !== undefined &&
    /^(?:status|version|confirm|verify|verification|activate|activation|reset|refresh|token|tokens|otp|live|livez|ready|readyz|health|healthz|ping|metrics|invitations?|manifest|config)$/i.test(
      hit,
    ) &&
    segments[segments.indexOf(hit) - 1]?.startsWith('{') === true;
  // a provider's webhook is public, but proves who sent it: a signature, an HMAC, the provider's verifier; one that
  // checks nothing lets anyone post events
  const webhook = hit !== undefined && /^(?:webhooks?|hooks)$/i.test(hit) && endpoint.method !== 'GET';
  if (webhook && !verifiesSender(endpoint, handlerText, flow)) return { intended: false, reason: null };
  // (…and one that checks the signature only when the header came: a request without it goes through)
  if (webhook && endpoint.handlers.some(signatureOptional))
    return { intended: false, reason: null, signatureOptional: true };
  if (hit && !ofObject && !/^(?:public|status|version|token|otp|verify|confirm)$/i.test(hit))
    return { intended: true, reason: `${hit} route`, ...(webhook ? { senderVerified: true as const } : {}) };
  if (hit && endpoint.method !== 'DELETE' && !ofObject && (!serviceInfo || endpoint.method === 'GET'))
    return { intended: true, reason: `${hit} route` };
  if (segments.length === 0) return { intended: true, reason: 'root route' };
  // a signed request or link: the handler goes on only if the client's HMAC (a provider's signature, a receipt link's
  // token) or the code it was sent checks out — the secret is the credential
  if (flow?.signedRequest)
    return { intended: true, reason: 'signed request (the client proves a shared secret)', senderVerified: true };
  // `DELETE /auth/session`: signing out ends whatever session there is, and needs none
  if (endpoint.method === 'DELETE' && /\/sessions?$/i.test(endpoint.path))
    return { intended: true, reason: 'sign-out' };
  if (endpoint.method === 'POST' && ACCOUNT_AUTH_STEP.test(endpoint.path)) return { intended: true, reason: 'sign-up' };
  // `POST /auth/invites/accept` with the invite's token in the body: the invitee has no account yet
  if (endpoint.method === 'POST' && INVITE_ACCEPT.test(endpoint.path))
    return { intended: true, reason: 'invite acceptance' };
  // `router.get('*', renderApp)`: the catch-all that serves the front end's pages
  if (endpoint.method === 'GET' && /^\/(?:\*|\{\.\.\.\w*\}|\{\*\w*\})$/.test(endpoint.path))
    return { intended: true, reason: 'catch-all page route' };
  if (declaredPublic(endpoint)) return { intended: true, reason: 'declared public in a comment' };
  // a queue's delivery endpoint whose library checks the sender (`handleCallback` of `@vercel/queue`, QStash's
  // `verifySignatureAppRouter`): the provider signs every call
  if (endpoint.method !== 'GET' && endpoint.handlers.some((h) => importsCallbackVerifier(h.file)))
    return { intended: true, reason: 'queue callback (sender verified by the queue library)' };
  // CORS preflights carry no credentials by design
  if (endpoint.method === 'OPTIONS' || endpoint.method === 'HEAD') return { intended: true, reason: 'preflight' };
  // an auth library's own catch-all (`/api/auth/*`, `/auth/{...rest}`)
  const authAt = literal.findIndex((s) => /^(?:auth|oauth|sso)$/i.test(s));
  if (
    authAt !== -1 &&
    segments
      .slice(segments.indexOf(literal[authAt]!) + 1)
      // (…and its own steps: `/api/auth/callback/credentials`, the credentials sign-in)
      .every((s) => s.startsWith('{') || s === '*' || /^(?:callback|credentials)$/.test(s))
  ) {
    return { intended: true, reason: 'authentication handler' };
  }
  // sign-up as `POST /users`: creates an account from a password in the body
  if (
    endpoint.method === 'POST' &&
    /^(?:users?|accounts?|members?|customers?|signups?|registrations?)$/i.test(literal[literal.length - 1] ?? '') &&
    !segments[segments.length - 1]!.startsWith('{')
  ) {
    const createsPerson = (flow?.accesses ?? []).some(
      (a) => a.operation === 'create' && /^(?:user|account|member|customer|profile)$/.test(modelKey(a.model ?? '')),
    );
    // (…which may sign the new account in at once: `session.user = toSessionUser(user)`)
    if (createsPerson && (!(flow && readsCaller(flow)) || flow?.issuesToken))
      return { intended: true, reason: 'sign-up' };
  }
  // a sign-in recognised by what it does: checks a credential from the body and signs a token for the caller
  // (`POST /portal/access` redeeming an e-mailed code)
  if (endpoint.method === 'POST' && flow?.issuesToken && !readsCaller(flow) && CREDENTIAL_READ.test(handlerText))
    return { intended: true, reason: 'sign-in' };
  // …and a pass the auth flow hands to visitors without an account (`POST /auth/guest` signing a guest token)
  if (
    (endpoint.method === 'POST' || endpoint.method === 'PUT') &&
    flow?.issuesToken &&
    !readsCaller(flow) &&
    literal.some((x) => /^(?:auth|session|sessions)$/i.test(x))
  )
    return { intended: true, reason: 'token issued by the auth flow' };
  // share links: the secret is in the URL (`/share/{token}`, `/invites/{code}`)
  // (any parameter of the path, also inside a segment: `/s/{shareId}.{format}`)
  const params = [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  if (
    params.some((p) =>
      /^(?:token|share\w*|\w*Token|\w*_token|code|inviteCode|invite\w*|secret|key|publicId|public_id)$/i.test(p),
    )
  )
    return { intended: true, reason: 'capability link' };
  const usesCaller = flow ? readsCaller(flow) : false;
  // a signed code the client hands in and the handler reads (`jwt.verify(req.body.code, …)` at a kiosk, an e-mailed
  // confirmation token): the code is the credential, as in a share link (reading it unverified, `jwt.decode`, is the
  // token rule's finding)
  if (endpoint.method !== 'GET' && SIGNED_CODE_READ.test(handlerText))
    return { intended: true, reason: 'capability link (a signed code in the request)' };
  // an auth provider's own account step (`supabase.auth.resetPasswordForEmail(email)`, Firebase
  // `sendPasswordResetEmail(auth, email)`): the provider mails the account's owner, the caller has no session yet
  if (endpoint.method === 'POST' && !usesCaller && PROVIDER_ACCOUNT_STEP.test(handlerText))
    return { intended: true, reason: 'account step run by the auth provider' };
  // a lookup by a secret the client holds (`where: { confirmationCode: code, guestEmail: email }` from the link in an
  // e-mail): the code is the credential, as in a share link
  // (also a lookup form posted to `/bookings/lookup`: it only reads)
  if (
    (endpoint.method === 'GET' || (endpoint.method === 'POST' && LOOKUP_SEGMENT.test(endpoint.path))) &&
    !usesCaller &&
    flow &&
    flow.accesses.length > 0 &&
    flow.accesses.every(
      (a) =>
        (a.operation === 'read' || a.operation === 'list') &&
        // (an id with the link's secret beside it, `where: { id, downloadToken: token }`, is looked up by the secret)
        (!a.byClientId || a.clientKeys.some((k) => SECRET_KEY.test(k)) || (a.bySecret?.length ?? 0) > 0),
    ) &&
    flow.accesses.some((a) => a.byClientId || a.bySecret)
  )
    return { intended: true, reason: 'capability link (looked up by a secret code)' };
  // a secret the client was sent redeemed (`PUT /account/password` finding the account by `resetToken: token` and
  // setting its password): the secret is the credential, whatever the path
  if (
    endpoint.method !== 'GET' &&
    !usesCaller &&
    flow?.accesses.some((a) => (a.bySecret?.length ?? 0) > 0) &&
    flow.accesses.every(
      (a) => !a.byClientId || (a.bySecret?.length ?? 0) > 0 || a.clientKeys.every((k) => SECRET_KEY.test(k)),
    )
  )
    return { intended: true, reason: 'redeems a secret the client was sent (the secret is the credential)' };
  // the first step of a reset or a verification: an account looked up by the e-mail sent, and a fresh code stored
  // for it (`POST /account/password` with `{ email }`), which only its owner receives
  if (
    endpoint.method === 'POST' &&
    !usesCaller &&
    flow?.accesses.some(
      (a) => (a.operation === 'read' || a.operation === 'list') && !!a.model && PERSON_MODEL.test(modelKey(a.model)),
    ) &&
    BY_EMAIL.test(handlerText) &&
    ISSUED_CODE.test(handlerText)
  )
    return { intended: true, reason: 'reset or verification request (a code sent to the account’s e-mail)' };
  // (…also by phone, in a service the handler hands the number to: `requestCode(dto.phone)` finding the participant by
  // `phone` and storing `otpCode` for the text message)
  if (
    endpoint.method === 'POST' &&
    !usesCaller &&
    flow?.accesses.some((a) => a.operation === 'read' || a.operation === 'list') &&
    flow.accesses.some((a) => a.operation === 'update' || a.operation === 'create')
  ) {
    const reached = reachedText(flow, handlerText);
    if (BY_CONTACT.test(reached) && ISSUED_CODE.test(reached))
      return { intended: true, reason: 'sign-in code request (a code sent to the account’s e-mail or phone)' };
  }
  const accesses: DataAccess[] = flow?.accesses ?? [];
  // a read that filters on publication state serves anonymous visitors (and maybe an optional viewer)
  if (
    endpoint.method === 'GET' &&
    // (a flag picked by a projection, `select: { isPublic: true }`, filters nothing)
    PUBLICATION_FILTER.test(handlerText.replace(PROJECTION, '')) &&
    !clientDropsPublicationFilter(endpoint, flow) &&
    accesses.length > 0 &&
    // (an approved request of a workflow — time off, an expense, a refund — is decided, not published)
    !accesses.some((a) => WORKFLOW_MODEL.test(modelKey(a.model ?? ''))) &&
    accesses.every((a) => a.operation === 'read' || a.operation === 'list')
  ) {
    return { intended: true, reason: 'public content (filtered on publication state)' };
  }
  // `if (!recipe.published && recipe.authorId !== session?.user?.id) return 404`: the viewer is read only to show
  // authors their drafts; what is published is for everyone
  if (
    endpoint.method === 'GET' &&
    flow &&
    accesses.length > 0 &&
    accesses.every((a) => a.operation === 'read' || a.operation === 'list') &&
    // (the caller's membership may be looked up for what is not published; the content itself is not theirs)
    accesses.some((a) => !a.scopedToCaller) &&
    draftsForTheirAuthors(flow)
  ) {
    return { intended: true, reason: 'public content (drafts only for their author)' };
  }
  // raw SQL that only selects reads as surely as findMany
  const readOnlySql =
    /\bselect\b/i.test(handlerText) && !/\b(?:insert\s+into|update\s+\w+\s+set|delete\s+from)\b/i.test(handlerText);
  // (…a view counter moved on what is read, `findOneAndUpdate({ slug, status: 'published' }, { $inc: { views: 1 } })`,
  // changes nothing anyone wrote)
  const reads = (a: DataAccess) =>
    a.operation === 'read' ||
    a.operation === 'list' ||
    (a.operation === 'query' && readOnlySql) ||
    (a.operation === 'update' && !!a.countsOnly && !!a.publicRow);
  // published rows, also found through a service (`findOneBy({ id, isPublic: true })`), and what their ids key (the
  // league's matches): the publication filter says who may read them
  if (endpoint.method === 'GET' && accesses.length > 0 && accesses.every(reads) && accesses.some((a) => a.publicRow)) {
    const published = new Set(accesses.filter((a) => a.publicRow).flatMap((a) => a.clientKeys));
    if (
      accesses.every(
        (a) =>
          a.publicRow ||
          (a.byClientId && a.clientKeys.length > 0 && a.clientKeys.every((k) => published.has(k))) ||
          // (rows keyed by the published record itself, `where: { eventId: event.id }`: nothing the client picked)
          (!a.byClientId && !a.ownerFromClient && !a.scopedToCaller && !a.filterFromClient && a.operation !== 'query'),
      )
    )
      return { intended: true, reason: 'public content (filtered on publication state)' };
    // (…and the person whose published rows they are, looked up by the path: `/users/{id}/recipes` reads the author,
    // then lists what they published)
    if (
      accesses.every(
        (a) =>
          a.publicRow ||
          (a.operation === 'read' &&
            a.byClientId &&
            !!a.model &&
            PERSON_MODEL.test(modelKey(a.model)) &&
            !a.ownerFromClient),
      )
    )
      return { intended: true, reason: 'public content (a person’s published rows)' };
  }
  if (endpoint.method === 'GET' && !usesCaller) {
    const last = literal[literal.length - 1] ?? '';
    if (
      // the resource read is the last named one: `/jobs/{id}` and `/posts/{id}/comments` are the catalogue,
      // `/jobs/{id}/applications` is not; `/reviews?productId=` is the reviews of a product
      ((literal.some((s) => CATALOG_SEGMENT.test(s)) && (CATALOG_SEGMENT.test(last) || PUBLIC_PART.test(last))) ||
        // (anything the app files under its catalogue: `/catalog/clinics`, `/catalogue/{id}/sizes`, or the reads of
        // its `routes/catalog.js`)
        literal.some((s) => /^catalog(?:ue)?$/i.test(s)) ||
        // (the catalogue's own rows, not what hangs off one: `/shops/{id}/stats` is the shop owner's)
        (CATALOG_FILE.test(endpoint.file.rel) && !/\}\/[^{]/.test(endpoint.path)) ||
        (PUBLIC_PART.test(last) && CATALOG_ITEM_ID.test(handlerText)) ||
        // when something is free (`/desks/{id}/availability`, `/rooms/{id}/slots`): what anyone booking is shown
        (AVAILABILITY.test(last) && segments[segments.length - 2]?.startsWith('{'))) &&
      !NEVER_PUBLIC.test(endpoint.path) &&
      accesses.every(reads) &&
      // (only people, read under a catalogue's name that is no kind of person — `/drivers/locations` listing drivers
      // with their phones and positions — are no catalogue: `/tutors` reading users is, and so are posts with authors)
      !(
        accesses.length > 0 &&
        accesses.every((a) => !!a.model && PERSON_MODEL.test(modelKey(a.model))) &&
        !literal.some((x) => PEOPLE_CATALOG.test(x))
      )
    ) {
      // (a record its owner can make private, read by the client's id without the privacy filter: the private ones
      // come along — an object-level gap on a public route)
      const exposesPrivate = accesses.some(
        (a) => a.byClientId && !a.publicRow && !!a.model && canBePrivate(models, a.model),
      );
      return { intended: true, reason: 'public catalogue', ...(exposesPrivate ? { exposesPrivate } : {}) };
    }
    // the reviews or ratings of someone the app rates (`/drivers/{id}/ratings`, `/sellers/{id}/reviews`): what every
    // customer is shown before choosing (not an employee's performance review or a student's marks)
    const rated = segments.length >= 3 ? segments[segments.length - 3]! : '';
    if (
      /^(?:reviews|ratings)$/i.test(segments[segments.length - 1] ?? '') &&
      segments[segments.length - 2]?.startsWith('{') &&
      !rated.startsWith('{') &&
      !RATED_PRIVATELY.test(rated) &&
      !NEVER_PUBLIC.test(endpoint.path) &&
      accesses.every(reads)
    )
      return { intended: true, reason: 'public reviews' };
    // reading only records that belong to no one (parking lots, locations and their desks): nothing private to guard
    if (
      accesses.length > 0 &&
      accesses.every(
        (a) => (a.operation === 'read' || a.operation === 'list') && !!a.model && belongsToNoOne(models, a.model),
      ) &&
      !NEVER_PUBLIC.test(endpoint.path)
    ) {
      return { intended: true, reason: 'public catalogue (records that belong to no one)' };
    }
  }
  return { intended: false, reason: null };
}

// (`verify…`, `verification`; not a record's `verified: true` flag)
const SENDER_CHECK =
  /signature|signing|hmac|verif(?!ied)|constructEvent|svix|timingSafeEqual|secret|x-hub|x-signature/i;

/** The webhook's handler, or a link before it, checks who sent the request (a signature, a shared secret). */
function verifiesSender(endpoint: Endpoint, handlerText: string, flow: FlowResult | null): boolean {
  if (SENDER_CHECK.test(handlerText)) return true;
  // …or a project function or method it hands the request to (`(req, res) => paymentWebhook.handle(req, res)`,
  // `const payload = await getPayload(request)` checking the HMAC of the raw body)
  if (flow && SENDER_CHECK.test(reachedText(flow, handlerText))) return true;
  if (
    endpoint.chain.some(
      (l) => SENDER_CHECK.test(l.name) || (l.fn && SENDER_CHECK.test(l.fn.file.text.slice(l.fn.fn.start, l.fn.fn.end))),
    )
  )
    return true;
  return false;
}

/** A signature header's name: `x-signature`, `x-hub-signature-256`, `x-transcoder-signature`, `stripe-signature`. */
const SIGNATURE_HEADER = /signature|x-hub|hmac/i;

/**
 * `const sig = req.headers['x-signature']; if (sig && !verify(raw, sig)) return 401` (also `typeof sig === 'string'
 * && …`, `sig !== undefined && …`): the signature is checked when the sender sends one — leaving the header out skips
 * the check.
 */
function signatureOptional(h: FunctionRef): boolean {
  const headers = new Set<string>();
  walk(h.fn, (n) => {
    if (n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier' || !n.init) return undefined;
    const text = h.file.text.slice(n.init.start, n.init.end);
    if (/header/i.test(text) && SIGNATURE_HEADER.test(text)) headers.add(n.id.name);
    return undefined;
  });
  if (headers.size === 0) return false;
  /** `sig`, `typeof sig === 'string'`, `sig !== undefined`, `sig != null`: the header was sent */
  const present = (x: Node): boolean => {
    const u = unwrap(x);
    if (u?.type === 'Identifier') return headers.has(u.name);
    if (u?.type !== 'BinaryExpression' || !/^!==?$|^===?$/.test(u.operator)) return false;
    const l = unwrap(u.left as Node);
    const operand = l?.type === 'UnaryExpression' && l.operator === 'typeof' ? unwrap(l.argument as Node) : l;
    return operand?.type === 'Identifier' && headers.has(operand.name) && (u.operator.startsWith('!') || l !== operand);
  };
  let optional = false;
  walk(h.fn, (n) => {
    if (optional) return false;
    if (n.type !== 'IfStatement') return undefined;
    const t = unwrap(n.test as Node);
    if (t?.type === 'LogicalExpression' && t.operator === '&&' && present(t.left as Node)) optional = true;
    return undefined;
  });
  return optional;
}

/** A queue library's handler wrapper that verifies the provider's signature on each delivery. */
function importsCallbackVerifier(file: SourceFile): boolean {
  return (
    importsNamed(file, /^@vercel\/queue$/, /^handleCallback$/) ||
    importsNamed(file, /^@upstash\/qstash\/(?:dist\/)?nextjs$/, /^verifySignature(?:AppRouter|Edge)?$/)
  );
}

/** `// Public weekly leaderboard`, `// public by design`, `// no auth required` */
const PUBLIC_COMMENT =
  /^\s*\*?\s*public\b|\b(?:public|unauthenticated|anonymous) (?:by design|on purpose)\b|\bintentionally (?:public|unauthenticated)\b|\bno (?:auth(?:entication)?|account|login|sign-?in) (?:is )?(?:required|needed)\b|\b(?:don[’']?t|do not|doesn[’']?t|does not|never) need (?:an account|to (?:sign|log) ?in)\b|\b(?:can|may) (?:be )?[a-z]+(?: [a-z]+){0,4} without (?:an account|signing in|logging in)\b|(?<!\bnot )\b(?:shown|open) to the public\b|(?<!\bnot (?:on )?(?:the |our )?)\bpublic (?:website|web ?site|site|homepage|widget|directory)\b/i;

/** A heading over public and protected routes alike: `// Public / mixed routers`, `// public + authenticated`. */
const MIXED_COMMENT =
  /\bmixed\b|\bpublic\s*(?:\/|&|\+|and|or)\s*(?:private|protected|authenticated|auth|signed[- ]in|members?)\b/i;

/**
 * The developer says so: a comment right above the statement that registers the route declares it public. Above
 * mounts, a comment heads a section: it covers the mounts that follow it up to a blank line (`// Public` above
 * `app.use('/auth', auth)` and `app.use('/doctors', doctors)`). Routes do not get sections: a route added under
 * `// Public share links` is not a share link.
 */
function declaredPublic(endpoint: Endpoint): boolean {
  if (commentAbove(endpoint.file, statementOf(endpoint.node).start)) return true;
  // (…or above the class of a NestJS controller: `/** Public "find a broker" directory */ @Controller('agents')`)
  for (let p = parentOf(endpoint.node); p; p = parentOf(p))
    if (p.type === 'ClassDeclaration' || p.type === 'ClassExpression') {
      // (its decorators may come before `export`: the comment sits above the first of them)
      const stmt = statementOf(p);
      const first = Math.min(stmt.start, ...p.decorators.map((d) => d.start));
      if (commentAbove(endpoint.file, first)) return true;
      break;
    }
  // (…or above the router it is registered on: `// Public staff directory …` over `const staffRouter = new Router()`)
  const router = routerDeclaration(endpoint);
  if (router && commentAbove(endpoint.file, sectionStart(endpoint.file, statementOf(router)).start)) return true;
  return (endpoint.mounts ?? []).some(({ file, node }) =>
    commentAbove(file, sectionStart(file, statementOf(node)).start),
  );
}

/** The local declaration of the router a route is registered on (`staffRouter.get('/', …)` → `const staffRouter = …`). */
function routerDeclaration(endpoint: Endpoint): Node | null {
  const call = endpoint.node.type === 'CallExpression' ? endpoint.node : null;
  let obj = call?.callee.type === 'MemberExpression' ? unwrap(call.callee.object as Node) : null;
  // (`router.route('/x').get(…)`: the router the chain starts from)
  while (obj?.type === 'CallExpression' && obj.callee.type === 'MemberExpression')
    obj = unwrap(obj.callee.object as Node);
  if (obj?.type !== 'Identifier') return null;
  const name = obj.name;
  return (
    endpoint.file.index.VariableDeclarator.find(
      (d) => d.id.type === 'Identifier' && d.id.name === name && parentOf(statementOf(d))?.type === 'Program',
    ) ?? null
  );
}

function statementOf(node: Node): Node {
  let stmt = node;
  for (
    let p = parentOf(stmt);
    p && p.type !== 'Program' && p.type !== 'BlockStatement' && p.type !== 'ClassBody';
    p = parentOf(p)
  )
    stmt = p;
  return stmt;
}

/** The first statement of the run without blank lines that `stmt` belongs to. */
function sectionStart(file: SourceFile, stmt: Node): Node {
  const parent = parentOf(stmt);
  const body = parent && 'body' in parent && Array.isArray(parent.body) ? (parent.body as Node[]) : null;
  if (!body) return stmt;
  let i = body.indexOf(stmt);
  while (i > 0 && !/\n[ \t]*\r?\n/.test(file.text.slice(body[i - 1]!.end, body[i]!.start))) i--;
  return body[Math.max(i, 0)]!;
}

/** A comment (or a run of comments) right above the code starting at offset `at` declares it public. */
function commentAbove(file: SourceFile, at: number): boolean {
  let end = at;
  for (let i = file.comments.length - 1; i >= 0; i--) {
    const c = file.comments[i]!;
    if (c.end > end) continue;
    if (file.text.slice(c.end, end).trim() !== '') break;
    if (PUBLIC_COMMENT.test(c.value) && !MIXED_COMMENT.test(c.value)) return true;
    end = c.start;
  }
  return false;
}

/** The handler's text and that of the project functions it calls (a Nest controller hands the work to a service). */
function reachedText(flow: FlowResult, handlerText: string): string {
  const resolver = flow.env.resolver;
  if (!resolver) return handlerText;
  const parts = [handlerText];
  for (const c of flow.calls) {
    const target = resolver.calleeFunction(flow.env.file, c) ?? resolveMethodCall(resolver, flow.env.file, c);
    if (target) parts.push(target.file.text.slice(target.fn.start, target.fn.end));
  }
  return parts.join('\n');
}

function readsCaller(flow: FlowResult): boolean {
  for (const v of flow.env.vars.values()) if (v & 16) return true;
  return flow.identityCalls.length > 0;
}

/** Why a list of a collection is public in a way its items share: a catalogue, or the developer said so. */
const SHARED_REASON = /^(?:public catalogue|declared public in a comment)/;

/**
 * `GET /lessons/{id}` beside a public `GET /lessons`: the detail page of a catalogue whose list anyone may browse, when
 * it only reads records of the kinds that list lists, none by the caller. (Not from a list filtered on publication state:
 * its items may be drafts; nor for a model its owners can make private, read without that filter.)
 */
export function publicLikeItsList(endpoints: readonly Endpoint[], models: ReadonlyMap<string, ModelInfo>): void {
  const lists = new Map<string, Set<string>>();
  for (const e of endpoints) {
    const f = e.facts;
    if (e.method !== 'GET' || !f?.public.intended || !SHARED_REASON.test(f.public.reason ?? '')) continue;
    const listed = f.data.filter((a) => a.operation === 'list' && a.model).map((a) => modelKey(a.model!));
    if (listed.length > 0) lists.set(e.path, new Set(listed));
  }
  if (lists.size === 0) return;
  /** a row of a catalogue: no one's in particular, and not one its owner may have made private */
  const catalogueRow = (a: DataAccess): boolean =>
    !!a.model && !a.scopedToCaller && !a.ownerFromClient && (a.publicRow || !canBePrivate(models, a.model));
  for (const e of endpoints) {
    const f = e.facts;
    if (e.method !== 'GET' || !f || f.public.intended || f.auth.status !== 'none') continue;
    const cut = e.path.lastIndexOf('/');
    if (!/^\{[^}]+\}$/.test(e.path.slice(cut + 1))) continue;
    const listed = lists.get(e.path.slice(0, cut));
    const itemRead = (a: DataAccess) => a.operation === 'read' && catalogueRow(a) && listed!.has(modelKey(a.model!));
    // (…beside a few columns of rows the item itself keys: `SELECT due_at FROM loans WHERE tool_id = ?` with the
    // tool's id, when it is next free)
    const keyedPart = (a: DataAccess) =>
      (a.operation === 'read' || a.operation === 'list') &&
      a.selected &&
      !a.selectedSensitive &&
      !a.byClientId &&
      !a.scopedToCaller &&
      !a.ownerFromClient &&
      !a.filterFromClient;
    if (listed && f.data.some(itemRead) && f.data.every((a) => itemRead(a) || keyedPart(a)))
      f.public = { intended: true, reason: `public catalogue (an item of the public list ${e.path.slice(0, cut)})` };
  }
  // …and the parts of such an item that a catalogue shows with it (`GET /reports/{id}/photos` beside a public
  // `GET /reports/{id}`), read by the item's id alone
  const items = new Set(
    endpoints
      .filter((e) => e.method === 'GET' && e.facts?.public.intended && SHARED_REASON.test(e.facts.public.reason ?? ''))
      .map((e) => e.path),
  );
  // (an optional viewer's own profile may be looked up beside: `const viewer = await getAuthUser(req)`)
  const viewer = (a: DataAccess) => a.operation === 'read' && a.scopedToCaller && !a.byClientId;
  for (const e of endpoints) {
    const f = e.facts;
    if (e.method !== 'GET' || !f || f.public.intended || f.auth.status !== 'none') continue;
    const cut = e.path.lastIndexOf('/');
    const parent = e.path.slice(0, cut);
    if (!PUBLIC_PART.test(e.path.slice(cut + 1)) || !/\}$/.test(parent) || !items.has(parent)) continue;
    const parts = f.data.filter((a) => !viewer(a));
    if (
      parts.length > 0 &&
      parts.every((a) => (a.operation === 'read' || a.operation === 'list') && catalogueRow(a) && !a.filterFromClient)
    )
      f.public = { intended: true, reason: `public catalogue (part of the public item ${parent})` };
  }
}
