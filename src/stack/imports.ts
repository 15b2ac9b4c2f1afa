import type { Project } from '../parse/project.ts';
import type { SourceFile } from '../parse/source.ts';

/** The bare package name of an import specifier (`@scope/pkg/sub` → `@scope/pkg`), or null for relative paths. */
export function packageName(spec: string): string | null {
  if (spec.startsWith('.') || spec.startsWith('/')) return null;
  if (spec.startsWith('node:')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Every import/require specifier of a file (static imports, re-exports and `require('x')` calls). */
const SPECIFIERS = new WeakMap<SourceFile, string[]>();

export function specifiersOf(file: SourceFile): string[] {
  const cached = SPECIFIERS.get(file);
  if (cached) return cached;
  const out: string[] = [];
  SPECIFIERS.set(file, out);
  for (const imp of file.module.staticImports) out.push(imp.moduleRequest.value);
  for (const exp of file.module.staticExports)
    for (const e of exp.entries) if (e.moduleRequest) out.push(e.moduleRequest.value);
  if (file.text.includes('require(')) {
    for (const node of file.index.CallExpression) {
      if (
        node.callee.type === 'Identifier' &&
        node.callee.name === 'require' &&
        node.arguments[0]?.type === 'Literal' &&
        typeof node.arguments[0].value === 'string'
      ) {
        out.push(node.arguments[0].value);
      }
    }
  }
  return out;
}

export function importedPackages(project: Project): Set<string> {
  const names = new Set<string>();
  for (const file of project.files.values()) {
    for (const spec of specifiersOf(file)) {
      const name = packageName(spec);
      if (name) names.add(name);
    }
  }
  return names;
}
