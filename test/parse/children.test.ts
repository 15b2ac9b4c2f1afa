import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseSync, visitorKeys } from 'oxc-parser';
import { describe, expect, it } from 'vitest';
import { type Node, walk } from '../../src/parse/ast.ts';
import { CHILDREN } from '../../src/parse/children.generated.ts';

const ROOT = join(import.meta.dirname, '../..');
const KEYS = visitorKeys as Record<string, readonly string[]>;

describe('generated child visitors', () => {
  it('are current with the installed oxc-parser (run node scripts/gen-children.ts after an upgrade)', () => {
    // exits 1 with a message when the file differs from what oxc-parser's visitorKeys give
    execFileSync(process.execPath, [join(ROOT, 'scripts/gen-children.ts'), '--check'], { stdio: 'pipe' });
    expect(CHILDREN.size).toBe(Object.values(KEYS).filter((k) => k.length > 0).length);
  });

  it('let walk visit every node in source order, as a walk over visitorKeys does', () => {
    const code = `
      import { a } from 'b';
      export async function f({ x, y = 1 }: { x: string; y?: number }, ...rest: unknown[]) {
        const [p, , q] = await g<T>(x, ...rest);
        for (const k of Object.keys(p)) if (k in q) return <div id={k}>{q[k] ?? \`t\${k}\`}</div>;
        class C extends D { @dec() m(this: C) { return super.m?.() } }
        label: while (true) { try { throw new E() } catch { break label } finally {} }
        return x satisfies string as unknown as never;
      }`;
    const program = parseSync('t.tsx', code).program as unknown as Node;
    const seen: string[] = [];
    walk(program, (n) => {
      seen.push(`${n.type}@${n.start}`);
      return undefined;
    });
    const expected: string[] = [];
    const visit = (n: Record<string, unknown>): void => {
      expected.push(`${n.type}@${n.start}`);
      for (const k of KEYS[n.type as string] ?? []) {
        const c = n[k];
        for (const x of Array.isArray(c) ? c : [c])
          if (x && typeof x === 'object' && 'type' in x) visit(x as Record<string, unknown>);
      }
    };
    visit(program as unknown as Record<string, unknown>);
    expect(seen).toEqual(expected);
    expect(seen.length).toBeGreaterThan(100);
  });

  it('let enter skip a subtree by returning false', () => {
    const program = parseSync('t.ts', 'class C { m() { return 1 } }\nfunction g() {}').program as unknown as Node;
    const seen: string[] = [];
    walk(program, (n) => {
      seen.push(n.type);
      return n.type !== 'ClassDeclaration';
    });
    expect(seen).toContain('FunctionDeclaration');
    expect(seen).not.toContain('MethodDefinition');
  });
});
