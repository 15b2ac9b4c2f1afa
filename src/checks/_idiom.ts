import type { Endpoint } from '../core/endpoint.ts';
import type { DataLayerId, FrameworkId, Stack } from '../core/stack.ts';

/** How each framework spells the caller, the path id and the body — so fix examples read like the user's code. */
export function idiom(framework: FrameworkId): { user: string; id: string; body: string; deny: string } {
  switch (framework) {
    case 'fastify':
      return {
        user: 'request.user.id',
        id: 'request.params.id',
        body: 'request.body',
        deny: "return reply.code(404).send({ error: 'Not found' })",
      };
    case 'koa':
      return {
        user: 'ctx.state.user.id',
        id: 'ctx.params.id',
        body: 'ctx.request.body',
        deny: "ctx.throw(404, 'Not found')",
      };
    case 'hono':
      return {
        user: "c.get('user').id",
        id: "c.req.param('id')",
        body: "c.req.valid('json')",
        deny: "return c.json({ error: 'Not found' }, 404)",
      };
    case 'nestjs':
      return { user: 'user.id', id: 'id', body: 'dto', deny: 'throw new NotFoundException()' };
    case 'nextjs':
      return {
        user: 'session.user.id',
        id: 'params.id',
        body: 'body',
        deny: "return NextResponse.json({ error: 'Not found' }, { status: 404 })",
      };
    default:
      return {
        user: 'req.user.id',
        id: 'req.params.id',
        body: 'req.body',
        deny: "return res.status(404).json({ error: 'Not found' })",
      };
  }
}

/** The data layer a fix should be written for: the one the endpoint uses, else the first detected. */
export function layerFor(stack: Stack, e: Endpoint | null): DataLayerId | null {
  const used = e?.facts?.data.find((d) => d.layer !== 'memory' && d.layer !== 'unknown')?.layer;
  if (used && used !== 'memory' && used !== 'unknown') return used;
  return stack.dataLayers[0] ?? null;
}

export function modelName(e: Endpoint | null, fallback = 'item'): string {
  return e?.facts?.data.find((d) => d.model)?.model ?? fallback;
}

export function validatorFor(stack: Stack): string {
  const v = stack.validation.find((x) =>
    [
      'zod',
      'joi',
      'yup',
      'valibot',
      'class-validator',
      'express-validator',
      'celebrate',
      'typebox',
      '@hono/zod-validator',
    ].includes(x),
  );
  return v ?? 'zod';
}

export function endpointLabel(e: Endpoint): string {
  return `${e.method} ${e.path}`;
}
