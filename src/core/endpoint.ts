import type { Node } from '../parse/ast.ts';
import type { SourceFile } from '../parse/source.ts';
import type { EndpointFacts } from './facts.ts';
import type { EndpointMethod } from './finding.ts';
import type { FrameworkId } from './stack.ts';

/** A function somewhere in the project (a handler, a middleware, a guard's canActivate ...). */
export interface FunctionRef {
  file: SourceFile;
  fn: Node;
  /**
   * When set, only these statements of `fn` run in this context, in order (nested functions inside them
   * included): a Next.js pages/api method branch with the code that leads to it, or the part of a
   * middleware.ts that runs for one path. Analyses should read these instead of the whole body.
   */
  statements?: Node[];
}

/**
 * One piece of code that runs before (or around) a handler, in registration order.
 * `node` is the expression as registered (`requireAuth`, `rateLimit({ max: 5 })`, `passport.authenticate('jwt')`);
 * `fn` is the function body when it could be resolved (null for package middleware or unresolvable names).
 */
export interface ChainLink {
  name: string;
  /** where it was attached: app-wide, on a router/plugin/sub-app, on the route itself, as a guard/decorator */
  scope: 'app' | 'router' | 'route' | 'guard' | 'decorator' | 'middleware-file';
  file: SourceFile;
  node: Node;
  fn: FunctionRef | null;
  /**
   * What the adapter already knows this link does (a framework built-in it recognised: `@fastify/jwt`'s
   * `jwtVerify`, a Nest `AuthGuard('jwt')`, `ThrottlerGuard`, a Fastify route `schema`, a `@Public()` marker).
   * Links without a hint are analysed by behaviour (facts/).
   */
  hint?: LinkHint;
  /**
   * Request headers this link overwrites before the handler runs (a Next.js middleware that forwards
   * `x-user-id` with `NextResponse.next({ request: { headers } })`): a handler reading one of them reads the
   * link's value, not the client's. Headers not listed here are client input.
   */
  setsHeaders?: string[];
  /**
   * Strategies of which any one lets the request through (`fastify.auth([a, b])`, whose default relation is `or`): the
   * link does what they all do, no more
   */
  anyOf?: ChainLink[];
  /**
   * A guard whose role comparison is against what a decorator asks for (`@SponsorRoles('ADMIN')`), on a route that asks
   * for none: what else it checks (a membership) still holds, no role does
   */
  rolesUnasked?: true;
}

export type LinkHint =
  | { kind: 'auth'; detail?: string }
  /** the route opts out of an app-wide auth guard (`@Public()`, `.unless({ path })`) */
  | { kind: 'public'; detail?: string }
  | { kind: 'rate-limit'; detail?: string }
  /** `keepsUnknown`: the schema checks the keys it declares and hands any other through (no whitelist, passthrough) */
  | {
      kind: 'validation';
      target: 'body' | 'params' | 'query' | 'all';
      detail?: string;
      keepsUnknown?: boolean;
      /** the handler receives what the validator let through (Fastify's schema validates `request.body` in place) */
      replaces?: boolean;
    }
  | { kind: 'role'; detail?: string };

/**
 * How a handler receives the request. Most frameworks pass it positionally; NestJS binds parameters with
 * decorators (`@Param('id') id`), which the adapter translates into `bindings`.
 */
export interface HandlerRef extends FunctionRef {
  /** parameter index → what it holds; positions not listed are read by the handler analysis heuristics */
  bindings?: Record<number, ParamBinding>;
}

export type ParamBinding =
  | { kind: 'request' }
  | { kind: 'response' }
  | { kind: 'context' }
  | {
      kind: 'params' | 'body' | 'query' | 'headers';
      key?: string;
      validated?: boolean;
      /** the validator passes properties it does not declare (class-validator without `whitelist`) */
      loose?: boolean;
    }
  | { kind: 'user'; key?: string };

/** One route of the inventory, before and after facts are attached. */
export interface Endpoint {
  method: EndpointMethod;
  /** full path as a client sees it, params as `{name}` */
  path: string;
  framework: FrameworkId;
  /** the registration (the `app.get(...)` call, the `@Get()` decorator, the exported `GET` function) */
  file: SourceFile;
  node: Node;
  /** middleware, hooks and guards in the order they run */
  chain: ChainLink[];
  /** the final handler(s); several when a route lists more than one function after its middleware */
  handlers: HandlerRef[];
  /** the calls that mounted the route's router, outermost first (`app.use('/api', router)`), where the adapter knows */
  mounts?: { file: SourceFile; node: Node }[];
  /**
   * error middleware registered on a router the route is mounted through (`adminRouter.use(adminErrorHandler)`): it
   * answers for this route's errors only. The app's own error handlers are on AppInfo.
   */
  errorHandlers?: FunctionRef[];
  /**
   * A requirement the route declares that nothing in its chain enforces: Nest's `@Roles('HR_ADMIN')` metadata, which
   * the app's roles guard reads, on a controller that guard is not applied to. The route meant to require it.
   */
  unenforced?: { detail: string; file: SourceFile; node: Node };
  /**
   * A schema the framework serializes the route's success answer through, dropping undeclared properties (Fastify's
   * `schema.response[200]`, with fast-json-stringify or a zod type provider): the answer is shaped whatever the handler
   * returns.
   */
  serializer?: { file: SourceFile; node: Node };
  facts?: EndpointFacts;
}

/** An application instance (`express()`, `Fastify()`, `new Hono()`, `NestFactory.create`, a Next.js app). */
export interface AppInfo {
  framework: FrameworkId;
  file: SourceFile;
  node: Node;
  /** middleware applied to every route of the app */
  globalMiddleware: ChainLink[];
  /** error handlers (Express 4-arity middleware, setErrorHandler, onError, exception filters) */
  errorHandlers: FunctionRef[];
  /** URI/header versioning enabled at app level (Nest enableVersioning, global /v1 prefix) */
  versioning?: { kind: 'uri' | 'header' | 'media-type'; node: Node; file: SourceFile };
  /**
   * Database clients created with privileges that bypass row-level security (a Supabase client built with
   * the service-role key): their queries are not limited to the caller's rows, so ownership must be
   * enforced in code. `node` is the creation call; a query's client resolves to it.
   */
  privilegedClients?: { file: SourceFile; node: Node; detail: string }[];
}

export interface Inventory {
  endpoints: Endpoint[];
  apps: AppInfo[];
}
