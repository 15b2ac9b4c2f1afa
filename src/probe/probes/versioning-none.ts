import { trivial } from '../engine/compare.ts';
import { is2xx } from '../http/exchange.ts';
import { conventionallyPublic, opKey } from '../operations/operation.ts';
import { defineProbe } from './define.ts';

const VERSIONED_PATH = /\/(v\d+(\.\d+)?|\d{4}-\d{2}-\d{2})(\/|$)/i;
const VERSION_HEADER = /^(api-version|x-api-version|accept-version|x-version)$/i;

export default defineProbe({
  meta: {
    id: 'versioning-none',
    kind: 'probe',
    title: 'API has no version in its paths or headers',
    category: 'versioning',
    severity: 'low',
    description:
      'Looks at the live routes: confirmed when none is under a version segment (`/v1`), no response names a version header or versioned media type, and the unversioned routes answer.',
    cwe: 'CWE-1059',
    defaultOn: true,
    requests: 'none (uses the responses of the run)',
    identities: 0,
  },
  fix: {
    summary: 'Version the API',
    steps: [
      'Mount the routes under a version prefix (`/api/v1`) and keep old versions until clients move.',
      'Or use a version header / media type consistently, and document it in the OpenAPI document.',
    ],
  },
  async run({ run, report }) {
    const ops = run.operations.filter((o) => !conventionallyPublic(o));
    if (ops.length === 0 || ops.some((o) => VERSIONED_PATH.test(o.path)) || VERSIONED_PATH.test(run.base.pathname))
      return;
    const answered = run.exchanges.filter((e) => e.op !== '-' && is2xx(e.response.status) && !trivial(e.response));
    if (
      answered.some(
        (e) =>
          Object.keys(e.response.headers).some((h) => VERSION_HEADER.test(h)) ||
          /version=|\.v\d+\+json/i.test(e.response.headers['content-type'] ?? ''),
      )
    ) {
      return;
    }
    const live = answered.find((e) => ops.some((o) => opKey(o) === e.op));
    if (!live) return;
    const op = ops.find((o) => opKey(o) === live.op);
    if (
      !op ||
      (await run.looksLikeCanary(
        op.method,
        op.path,
        run.identities.find((i) => i.name === live.as) ?? run.anonymous,
        live.response,
      ))
    )
      return;
    report({
      op: null,
      message: `none of the ${ops.length} routes carries a version (e.g. ${op.method} ${op.path} answers unversioned), and no response names a version header`,
      evidence: [{ ex: live, description: 'an unversioned route that answers' }],
    });
  },
});
