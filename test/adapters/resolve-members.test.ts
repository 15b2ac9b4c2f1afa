import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/parse/project.ts';
import { Resolver, type Value } from '../../src/parse/resolve.ts';
import { locationOf, type SourceFile } from '../../src/parse/source.ts';
import { FIXTURES } from './_inventory.ts';

function describeValue(v: Value): string {
  if (v.kind !== 'node') return v.kind;
  return `${v.file.rel}:${locationOf(v.file, v.node).line} ${v.node.type}`;
}

describe('Resolver.member: members assigned to an object literal after its declaration', () => {
  const project = loadProject(join(FIXTURES, 'koa-member-auth'));
  const resolver = new Resolver(project);
  const file = (rel: string): SourceFile => [...project.files.values()].find((f) => f.rel === rel)!;
  const guards = resolver.moduleValue(file('index.js'), './lib/guards');
  const limits = resolver.exportOf(file('lib/limits.js'), 'limits');

  it("finds `obj.prop = value` in the literal's file", () => {
    expect(describeValue(guards)).toBe('lib/guards.js:3 ObjectExpression');
    expect(describeValue(resolver.member(guards, 'signedIn'))).toBe('lib/guards.js:5 ArrowFunctionExpression');
    expect(describeValue(resolver.member(guards, 'staff'))).toBe('lib/guards.js:14 FunctionExpression');
  });

  it("ignores assignments to another object of the same name, and keeps the literal's own members first", () => {
    expect(resolver.member(guards, 'missing').kind).toBe('unknown');
    expect(describeValue(resolver.member(limits, 'slow'))).toBe('lib/limits.js:2 FunctionExpression');
  });
});
