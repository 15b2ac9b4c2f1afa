import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dotted, type Node, type T, walk } from '../../src/parse/ast.ts';
import { loadProject } from '../../src/parse/project.ts';
import { Resolver } from '../../src/parse/resolve.ts';
import { locationOf } from '../../src/parse/source.ts';
import { enclosingClass, resolveMethodCall, resolveThisMember } from '../../src/parse/this-members.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every `this.…(...)` call of a project with what `resolveMethodCall` and `resolveThisMember` make of it. */
function thisCalls(dir: string): Map<string, { method: string | null; member: string }> {
  const project = loadProject(join(ROOT, dir));
  const resolver = new Resolver(project);
  const out = new Map<string, { method: string | null; member: string }>();
  for (const file of project.files.values()) {
    walk(file.program, (n) => {
      if (n.type !== 'CallExpression') return;
      const callee = dotted(n.callee as Node);
      if (!callee?.startsWith('this.') || callee.includes('()')) return;
      const fn = resolveMethodCall(resolver, file, n as T.CallExpression);
      const cls = enclosingClass(n);
      const t = cls ? resolveThisMember(resolver, file, cls, callee.split('.')[1]!) : null;
      const member = !t
        ? 'null'
        : t.kind === 'class'
          ? `class ${t.node.id?.name}`
          : t.kind === 'model'
            ? `${t.layer} model ${t.model}`
            : t.value.kind === 'external'
              ? `${t.value.pkg}:${t.value.path.join('.')}`
              : t.value.kind;
      out.set(`${file.rel}:${locationOf(file, n).line} ${callee}`, {
        method: fn ? `${fn.file.rel}:${locationOf(fn.file, fn.fn).line}` : null,
        member,
      });
    });
  }
  return out;
}

describe('this-members: resolving injected services', () => {
  it('follows constructor parameter properties into service methods (todo-nestjs)', () => {
    const calls = thisCalls('test/fixtures/apps/todo-nestjs');
    expect(calls.get('src/todos/todos.controller.ts:19 this.todosService.findOne')).toEqual({
      method: 'src/todos/todos.service.ts:16',
      member: 'class TodosService',
    });
    expect(calls.get('src/admin/admin.controller.ts:10 this.usersService.findAll')).toEqual({
      method: 'src/users/users.service.ts:19',
      member: 'class UsersService',
    });
    // an own method
    expect(calls.get('src/auth/auth.guard.ts:16 this.extractTokenFromHeader')?.method).toBe(
      'src/auth/auth.guard.ts:29',
    );
    // PrismaService extends PrismaClient: a class of the project with an npm base, no method to follow
    expect(calls.get('src/todos/todos.service.ts:17 this.prisma.todo.findUnique')).toEqual({
      method: null,
      member: 'class PrismaService',
    });
    expect(calls.get('src/auth/auth.guard.ts:22 this.jwtService.verifyAsync')).toEqual({
      method: null,
      member: '@nestjs/jwt:JwtService',
    });
  });

  it('handles fields assigned in the constructor, property injection, @InjectRepository and inherited methods', () => {
    const calls = thisCalls('test/fixtures/adapters/nestjs-services');
    // `this.orders = orders` in the constructor; findById is inherited from BaseService
    expect(calls.get('src/orders/orders.controller.ts:14 this.orders.findById')).toEqual({
      method: 'src/common/base.service.ts:6',
      member: 'class OrdersService',
    });
    expect(calls.get('src/orders/orders.controller.ts:20 this.orders.findMine')?.method).toBe(
      'src/orders/orders.service.ts:19',
    );
    // @Inject(AuditService) private readonly audit: AuditService
    expect(calls.get('src/orders/orders.service.ts:20 this.audit.record')?.method).toBe(
      'src/common/audit.service.ts:5',
    );
    expect(calls.get('src/orders/orders.service.ts:21 this.repo.find')).toEqual({
      method: null,
      member: 'typeorm model Order',
    });
  });
});
