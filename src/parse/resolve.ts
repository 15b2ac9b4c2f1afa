import { dirname, join, resolve as resolvePath, sep } from 'node:path';
import {
  bindsName,
  boundNames,
  isFunction,
  type Node,
  nameOf,
  parentOf,
  returnedExpressions,
  stringValue,
  type T,
  unwrap,
  walk,
} from './ast.ts';
import type { Project } from './project.ts';
import type { SourceFile } from './source.ts';
import { type PathConfig, readPathConfig } from './tsconfig.ts';

/**
 * What an expression evaluates to, as far as a static reading can tell:
 * a node in some file, a whole module (namespace import, `require('./x')`), a value exported by an
 * npm package (`express.Router`), or unknown.
 */
export type Value =
  | { kind: 'node'; file: SourceFile; node: Node }
  | { kind: 'module'; file: SourceFile }
  | { kind: 'external'; pkg: string; path: string[] }
  | { kind: 'param'; file: SourceFile; fn: Node; index: number; path: string[] }
  | { kind: 'unknown' };

const UNKNOWN: Value = { kind: 'unknown' };
const EXTS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
const MAX_DEPTH = 24;

/**
 * Cross-file name resolution over the parsed project: imports/exports (ESM and CommonJS), local
 * declarations in enclosing scopes, object-literal members. It is deliberately lightweight: no type
 * checker, no full scope analysis — a missed resolution yields `unknown`, never a wrong definition.
 */
export class Resolver {
  readonly project: Project;
  private readonly moduleCache = new Map<string, SourceFile | null>();
  private readonly scopeNames = new Map<Node, Map<string, Node>>();
  private stemIndex: Map<string, SourceFile> | null = null;
  private readonly scopeChain = new Map<Node, Map<string, Value>>();
  private readonly calleeCache = new Map<Node, { file: SourceFile; fn: Node } | null>();
  private readonly scopeValues = new Map<Node, Map<string, Value | null>>();
  /** per file, `x.prop = value` assignments by property name (for members added to an object literal) */
  private readonly memberAssignments = new Map<SourceFile, Map<string, T.AssignmentExpression[]>>();

  constructor(project: Project) {
    this.project = project;
  }

  /** The file an import specifier points to, or null for packages and unresolvable paths. */
  resolveModule(from: SourceFile, spec: string): SourceFile | null {
    // files of one folder resolve a specifier alike
    const key = `${dirname(from.abs)}\0${spec}`;
    const cached = this.moduleCache.get(key);
    if (cached !== undefined) return cached;
    let result: SourceFile | null = null;
    const bases: string[] = [];
    if (spec.startsWith('.')) bases.push(resolvePath(dirname(from.abs), spec));
    else bases.push(...this.aliasTargets(from, spec));
    if (
      !spec.startsWith('.') &&
      (spec.startsWith('@/') || spec.startsWith('~/') || spec.startsWith('#/') || spec.startsWith('src/'))
    ) {
      // common tsconfig `paths` aliases: try the nearest folders that hold src/ or the alias root
      const rest = spec.startsWith('src/') ? spec : spec.slice(2);
      for (let dir = dirname(from.abs); dir.startsWith(this.project.root); dir = dirname(dir)) {
        bases.push(join(dir, rest), join(dir, 'src', rest));
        if (dir === this.project.root) break;
      }
    }
    for (const base of bases) {
      result = this.lookupFile(base);
      if (result) break;
    }
    this.moduleCache.set(key, result);
    return result;
  }

  /**
   * Candidates for a tsconfig/jsconfig `paths` alias (`@server/*` → `./server/*`), from the nearest config above
   * the importing file. The config is JSON with comments; unreadable ones are ignored.
   */
  private aliasTargets(from: SourceFile, spec: string): string[] {
    const out: string[] = [];
    for (const cfg of this.pathConfigsAbove(dirname(from.abs))) {
      for (const [pattern, targets] of cfg.paths) {
        const star = pattern.indexOf('*');
        const matches =
          star === -1
            ? spec === pattern
            : spec.startsWith(pattern.slice(0, star)) && spec.endsWith(pattern.slice(star + 1));
        if (!matches) continue;
        const rest = star === -1 ? '' : spec.slice(star, spec.length - (pattern.length - star - 1));
        for (const t of targets) out.push(resolvePath(cfg.base, t.replace('*', rest)));
      }
    }
    return out;
  }

  /** folder → the path configs that apply to its files, nearest first */
  private readonly pathConfigCache = new Map<string, PathConfig[]>();

  /**
   * The configs of a folder and of every folder above it up to the project root, nearest first: a package's own
   * config, an Nx project's `tsconfig.json` that extends the workspace's `tsconfig.base.json`, the root's.
   */
  private pathConfigsAbove(dir: string): PathConfig[] {
    const cached = this.pathConfigCache.get(dir);
    if (cached) return cached;
    const parent = dirname(dir);
    const above =
      dir === this.project.root || parent === dir || !dir.startsWith(this.project.root)
        ? []
        : this.pathConfigsAbove(parent);
    const configs = [...readPathConfig(dir), ...above];
    this.pathConfigCache.set(dir, configs);
    return configs;
  }

  private lookupFile(base: string): SourceFile | null {
    const direct = this.project.files.get(base);
    if (direct) return direct;
    // `./x.js` written in TS sources means `./x.ts`; a folder import (`./routes`) means its index file
    const stems = this.stems();
    return stems.get(base.replace(/\.(?:[cm]?js|jsx)$/, '')) ?? stems.get(`${base}${sep}index`) ?? null;
  }

  /** Every parsed file by its path without extension (first extension in EXTS order wins), built once. */
  private stems(): Map<string, SourceFile> {
    if (this.stemIndex) return this.stemIndex;
    const index = new Map<string, SourceFile>();
    const rank = (f: SourceFile) => EXTS.findIndex((e) => f.abs.endsWith(e));
    for (const f of this.project.files.values()) {
      const stem = f.abs.replace(/\.(?:[cm]?[jt]sx?)$/, '');
      const prev = index.get(stem);
      if (!prev || rank(f) < rank(prev)) index.set(stem, f);
    }
    this.stemIndex = index;
    return index;
  }

  /** Evaluates an expression to a Value, following identifiers, imports, requires and members. */
  valueOf(file: SourceFile, expr: Node | null | undefined, depth = 0): Value {
    const n = unwrap(expr);
    if (!n || depth > MAX_DEPTH) return UNKNOWN;
    switch (n.type) {
      case 'Identifier':
        return this.identifier(file, n.name, n, depth + 1);
      case 'MemberExpression': {
        const prop = n.computed ? stringValue(n.property) : nameOf(n.property);
        if (prop === null) return UNKNOWN;
        return this.member(this.valueOf(file, n.object, depth + 1), prop, depth + 1);
      }
      case 'CallExpression': {
        const req = requireSpec(n);
        if (req !== null) return this.moduleValue(file, req);
        return { kind: 'node', file, node: n };
      }
      case 'ImportExpression':
        return UNKNOWN;
      default:
        return { kind: 'node', file, node: n };
    }
  }

  /** Value of `obj.prop` given the value of obj. */
  member(obj: Value, prop: string, depth = 0): Value {
    if (depth > MAX_DEPTH) return UNKNOWN;
    switch (obj.kind) {
      case 'external':
        return { kind: 'external', pkg: obj.pkg, path: [...obj.path, prop] };
      case 'module':
        return this.exportOf(obj.file, prop, depth + 1);
      case 'param':
        return { ...obj, path: [...obj.path, prop] };
      case 'node': {
        const node = unwrap(obj.node);
        if (!node) return UNKNOWN;
        if (node.type === 'ObjectExpression') {
          for (const p of node.properties) {
            if (p.type === 'Property' && !p.computed && nameOf(p.key) === prop) {
              // shorthand `{ list }` and `{ list: listFn }` both resolve through the value
              return this.valueOf(obj.file, p.value as Node, depth + 1);
            }
            if (p.type === 'Property' && (p.kind === 'get' || p.method) && nameOf(p.key) === prop) {
              return { kind: 'node', file: obj.file, node: p.value as Node };
            }
          }
          // `const auth = {}; auth.isUser = (ctx, next) => …`: a member assigned later in the same file
          return this.assignedMember(obj.file, node, prop, depth + 1) ?? UNKNOWN;
        }
        if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') {
          const m = classMember(node, prop);
          return m ? { kind: 'node', file: obj.file, node: m } : UNKNOWN;
        }
        if (node.type === 'NewExpression') {
          // `new Controller()` then `.method`: the class's member
          const cls = this.valueOf(obj.file, node.callee, depth + 1);
          if (cls.kind === 'node') {
            const c = unwrap(cls.node);
            if (c && (c.type === 'ClassDeclaration' || c.type === 'ClassExpression')) {
              const m = classMember(c, prop);
              return m ? { kind: 'node', file: cls.file, node: m } : UNKNOWN;
            }
            // an ES5 constructor: `function SessionHandler(db) { this.login = (req, res) => … }`
            if (c && (c.type === 'FunctionDeclaration' || c.type === 'FunctionExpression')) {
              const m = constructorMember(c, prop);
              return m ? this.valueOf(cls.file, m, depth + 1) : UNKNOWN;
            }
          }
          if (cls.kind === 'external') return { kind: 'external', pkg: cls.pkg, path: [...cls.path, '()', prop] };
        }
        // `bindAll(new ShopController(catalog)).show`: a project helper that hands back what it was given
        if (node.type === 'CallExpression') {
          // (depth-bounded, not through the callee cache: resolving a callee may come back here)
          const cached = this.calleeCache.get(node);
          const fn =
            cached !== undefined ? cached : this.functionOf(this.valueOf(obj.file, node.callee as Node, depth + 1));
          const i = fn ? passthroughParam(fn.fn) : -1;
          const arg = i >= 0 ? (node.arguments[i] as Node | undefined) : undefined;
          if (arg && arg.type !== 'SpreadElement')
            return this.member(this.valueOf(obj.file, arg, depth + 1), prop, depth + 1);
        }
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  /**
   * The value of `obj.prop = value` assigned in the object literal's own file to a name that holds the
   * literal; the first such assignment in source order. Null when there is none.
   */
  private assignedMember(file: SourceFile, literal: T.ObjectExpression, prop: string, depth: number): Value | null {
    let byProp = this.memberAssignments.get(file);
    if (!byProp) {
      byProp = new Map();
      for (const a of file.index.AssignmentExpression) {
        const left = a.left as Node;
        if (a.operator !== '=' || left.type !== 'MemberExpression' || unwrap(left.object)?.type !== 'Identifier')
          continue;
        const key = left.computed ? stringValue(left.property) : nameOf(left.property);
        if (key === null) continue;
        const list = byProp.get(key);
        if (list) list.push(a);
        else byProp.set(key, [a]);
      }
      this.memberAssignments.set(file, byProp);
    }
    for (const a of byProp.get(prop) ?? []) {
      const target = this.valueOf(file, (a.left as T.MemberExpression).object, depth);
      if (target.kind === 'node' && target.file === file && unwrap(target.node) === literal) {
        return this.valueOf(file, a.right, depth);
      }
    }
    return null;
  }

  /** Resolves a name as seen from `at` (walks enclosing scopes, then the module's imports). */
  identifier(file: SourceFile, name: string, at: Node, depth = 0): Value {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const scope = enclosingScope(at);
    return scope ? this.fromScope(file, scope, name, depth) : UNKNOWN;
  }

  /**
   * A name as seen from one scope (a function, a block, the program), memoised per scope: every reference to
   * `prisma` inside one handler resolves once, and outer scopes are shared by every function they contain.
   */
  private fromScope(file: SourceFile, scope: Node, name: string, depth: number): Value {
    let memo = this.scopeChain.get(scope);
    if (!memo) {
      memo = new Map();
      this.scopeChain.set(scope, memo);
    }
    const hit = memo.get(name);
    if (hit) return hit;
    memo.set(name, UNKNOWN); // a cycle resolves to unknown
    const v = this.inScope(file, scope, name, depth) ?? this.outer(file, scope, name, depth);
    memo.set(name, v);
    return v;
  }

  private outer(file: SourceFile, scope: Node, name: string, depth: number): Value {
    const up = enclosingScope(scope);
    return up ? this.fromScope(file, up, name, depth) : UNKNOWN;
  }

  /** A name bound by this scope itself: a parameter, a named function expression, or a declaration in its body. */
  private inScope(file: SourceFile, scope: Node, name: string, depth: number): Value | null {
    if (isFunction(scope)) {
      const fn = scope as T.Function | T.ArrowFunctionExpression;
      for (let i = 0; i < fn.params.length; i++) {
        const p = fn.params[i] as Node;
        if (bindsName(p, name)) return { kind: 'param', file, fn: scope, index: i, path: destructuredPath(p, name) };
      }
      if (scope.type === 'FunctionExpression' && scope.id?.name === name) return { kind: 'node', file, node: scope };
    }
    const body = scopeStatements(scope);
    return body ? this.scopeLookup(file, scope, body, name, depth + 1) : null;
  }

  /**
   * A name declared directly in one scope. Each scope's declarations are indexed once, and resolved values
   * are memoised per (scope, name): every adapter and fact resolves the same `app`, `router`, `prisma` often.
   */
  private scopeLookup(file: SourceFile, scope: Node, body: readonly Node[], name: string, depth: number): Value | null {
    let names = this.scopeNames.get(scope);
    if (!names) {
      names = new Map();
      for (const st of body) addDeclaredNames(st, names);
      this.scopeNames.set(scope, names);
    }
    const st = names.get(name);
    if (!st) return null;
    let values = this.scopeValues.get(scope);
    if (!values) {
      values = new Map();
      this.scopeValues.set(scope, values);
    }
    const cached = values.get(name);
    if (cached !== undefined) return cached;
    values.set(name, UNKNOWN); // a cycle (`const a = b, b = a`) resolves to unknown
    const v = this.declarationIn(file, [st], name, depth);
    values.set(name, v);
    return v;
  }

  /** A declaration of `name` among a list of statements (functions, classes, variables, imports). */
  private declarationIn(file: SourceFile, statements: readonly Node[], name: string, depth: number): Value | null {
    for (const raw of statements) {
      const st = raw.type === 'ExportNamedDeclaration' && raw.declaration ? (raw.declaration as Node) : raw;
      const stmt = st.type === 'ExportDefaultDeclaration' ? (st.declaration as Node) : st;
      switch (stmt.type) {
        case 'FunctionDeclaration':
        case 'ClassDeclaration':
          if (stmt.id?.name === name) return { kind: 'node', file, node: stmt };
          break;
        case 'VariableDeclaration':
          for (const d of stmt.declarations) {
            if (d.id.type === 'Identifier' && d.id.name === name) {
              return d.init ? this.valueOf(file, d.init, depth) : UNKNOWN;
            }
            if (d.id.type !== 'Identifier' && bindsName(d.id, name)) {
              // const { Router } = require('express'); const { list } = controller;
              const path = destructuredPath(d.id, name);
              let v = d.init ? this.valueOf(file, d.init, depth) : UNKNOWN;
              for (const p of path) v = this.member(v, p, depth);
              return v;
            }
          }
          break;
        case 'ImportDeclaration':
          for (const s of stmt.specifiers) {
            if (s.local.name !== name) continue;
            const spec = stmt.source.value;
            if (s.type === 'ImportNamespaceSpecifier') return this.moduleValue(file, spec);
            const imported = s.type === 'ImportDefaultSpecifier' ? 'default' : (nameOf(s.imported as Node) ?? name);
            const target = this.resolveModule(file, spec);
            if (target) return this.exportOf(target, imported, depth);
            const pkg = spec;
            return { kind: 'external', pkg, path: imported === 'default' ? [] : [imported] };
          }
          break;
        case 'TSImportEqualsDeclaration':
          break;
        default:
          break;
      }
    }
    return null;
  }

  /** The value of `require(spec)` / `import * as x from spec`. */
  moduleValue(from: SourceFile, spec: string): Value {
    const target = this.resolveModule(from, spec);
    if (target) {
      const cjs = this.commonJsExports(target);
      return cjs ?? { kind: 'module', file: target };
    }
    if (spec.startsWith('.')) return UNKNOWN;
    return { kind: 'external', pkg: spec, path: [] };
  }

  /** `module.exports = X` makes the module's value X (and `.default` of an ESM import of it). */
  private commonJsExports(file: SourceFile): Value | null {
    for (const st of file.program.body as Node[]) {
      const a = assignmentOf(st);
      if (a && isModuleExports(a.left)) return this.valueOf(file, a.right, 1);
    }
    return null;
  }

  /** What a module exports under `name` ('default' for the default export). */
  exportOf(file: SourceFile, name: string, depth = 0): Value {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const body = file.program.body as Node[];
    for (const st of body) {
      if (st.type === 'ExportDefaultDeclaration' && name === 'default') {
        const d = st.declaration as Node;
        if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && !d.id)
          return { kind: 'node', file, node: d };
        if (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') return { kind: 'node', file, node: d };
        return this.valueOf(file, d, depth + 1);
      }
      if (st.type === 'ExportNamedDeclaration') {
        if (st.declaration) {
          const decl = st.declaration as Node;
          if ((decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') && decl.id?.name === name) {
            return { kind: 'node', file, node: decl };
          }
          if (decl.type === 'VariableDeclaration') {
            const v = this.declarationIn(file, [decl], name, depth + 1);
            if (v) return v;
          }
        }
        for (const s of st.specifiers) {
          const exported = nameOf(s.exported as Node);
          if (exported !== name) continue;
          const local = nameOf(s.local as Node) ?? name;
          if (st.source) {
            const target = this.resolveModule(file, st.source.value);
            if (!target) return { kind: 'external', pkg: st.source.value, path: local === 'default' ? [] : [local] };
            return this.exportOf(target, local, depth + 1);
          }
          return this.identifier(file, local, st, depth + 1);
        }
      }
    }
    // export * from './x'
    for (const st of body) {
      if (st.type === 'ExportAllDeclaration' && !st.exported) {
        const target = this.resolveModule(file, st.source.value);
        if (target) {
          const v = this.exportOf(target, name, depth + 1);
          if (v.kind !== 'unknown') return v;
        }
      }
    }
    // CommonJS: module.exports = {...} / exports.name = ... / module.exports.name = ...
    const cjs = this.commonJsExports(file);
    if (cjs) return name === 'default' ? cjs : this.member(cjs, name, depth + 1);
    for (const st of body) {
      const a = assignmentOf(st);
      if (a?.left.type !== 'MemberExpression') continue;
      const prop = nameOf(a.left.property as Node);
      if (prop === name && isExportsObject(a.left.object as Node)) return this.valueOf(file, a.right, depth + 1);
    }
    return UNKNOWN;
  }

  /** The function a value denotes (function/arrow/method), following one level of `const f = g`. */
  /** The project function a call runs (`signToken(user)`, `service.find(id)`), memoised per call site. */
  calleeFunction(file: SourceFile, call: T.CallExpression | T.NewExpression): { file: SourceFile; fn: Node } | null {
    const cached = this.calleeCache.get(call);
    if (cached !== undefined) return cached;
    const fn = this.functionOf(this.valueOf(file, call.callee as Node));
    this.calleeCache.set(call, fn);
    return fn;
  }

  functionOf(v: Value): { file: SourceFile; fn: Node } | null {
    if (v.kind !== 'node') return null;
    const n = unwrap(v.node);
    if (!n) return null;
    if (isFunction(n)) return { file: v.file, fn: n };
    if (n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') {
      const value = unwrap(n.value as Node);
      if (isFunction(value)) return { file: v.file, fn: value };
    }
    return null;
  }
}

/**
 * Adds the names a statement declares in its scope (functions, classes, variables, imports, exported declarations)
 * to `names`, mapped to the statement; the first declaration of a name wins. Written into the map directly: this
 * runs for every statement of every scope the resolver enters, and most statements declare nothing.
 */
function addDeclaredNames(raw: Node, names: Map<string, Node>): void {
  const st = raw.type === 'ExportNamedDeclaration' && raw.declaration ? (raw.declaration as Node) : raw;
  const stmt = st.type === 'ExportDefaultDeclaration' ? (st.declaration as Node) : st;
  const add = (name: string) => {
    if (!names.has(name)) names.set(name, raw);
  };
  switch (stmt.type) {
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      if (stmt.id) add(stmt.id.name);
      break;
    case 'VariableDeclaration':
      for (const d of stmt.declarations) {
        if (d.id.type === 'Identifier') add(d.id.name);
        else for (const n of boundNames(d.id as Node)) add(n);
      }
      break;
    case 'ImportDeclaration':
      for (const sp of stmt.specifiers) add(sp.local.name);
      break;
    default:
      break;
  }
}

function requireSpec(call: T.CallExpression): string | null {
  if (call.callee.type === 'Identifier' && call.callee.name === 'require' && call.arguments.length === 1) {
    return stringValue(call.arguments[0] as Node);
  }
  return null;
}

function assignmentOf(st: Node): T.AssignmentExpression | null {
  if (st.type !== 'ExpressionStatement') return null;
  const e = unwrap(st.expression);
  return e && e.type === 'AssignmentExpression' ? e : null;
}

function isModuleExports(n: Node): boolean {
  return (
    n.type === 'MemberExpression' &&
    n.object.type === 'Identifier' &&
    n.object.name === 'module' &&
    nameOf(n.property as Node) === 'exports'
  );
}

function isExportsObject(n: Node): boolean {
  return (n.type === 'Identifier' && n.name === 'exports') || isModuleExports(n);
}

/** The nearest ancestor that can bind names: a function (its parameters) or a statement list. */
function enclosingScope(node: Node): Node | null {
  for (let p = parentOf(node); p; p = parentOf(p)) {
    if (
      isFunction(p) ||
      p.type === 'Program' ||
      p.type === 'BlockStatement' ||
      p.type === 'StaticBlock' ||
      p.type === 'SwitchCase'
    )
      return p;
  }
  return null;
}

function scopeStatements(scope: Node): Node[] | null {
  switch (scope.type) {
    case 'Program':
    case 'BlockStatement':
    case 'StaticBlock':
      return scope.body as Node[];
    case 'SwitchCase':
      return scope.consequent as Node[];
    default:
      return null;
  }
}

/**
 * The value a constructor function gives `this.name` (`this.displayProfile = (req, res) => …`), ignoring nested
 * functions other than arrows, which have a `this` of their own. Null when the constructor assigns none.
 */
function constructorMember(fn: T.Function, name: string): Node | null {
  let found: Node | null = null;
  walk(fn, (node) => {
    if (found) return false;
    if (node !== fn && (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression')) return false;
    if (
      node.type === 'AssignmentExpression' &&
      node.operator === '=' &&
      node.left.type === 'MemberExpression' &&
      unwrap(node.left.object as Node)?.type === 'ThisExpression' &&
      (node.left.computed ? stringValue(node.left.property as Node) : nameOf(node.left.property as Node)) === name
    ) {
      found = node.right as Node;
      return false;
    }
  });
  return found;
}

export function classMember(cls: T.Class, name: string): Node | null {
  for (const m of cls.body.body) {
    if ((m.type === 'MethodDefinition' || m.type === 'PropertyDefinition') && nameOf(m.key as Node) === name) {
      return m.type === 'MethodDefinition' ? (m.value as Node) : ((m.value as Node | null) ?? null);
    }
  }
  return null;
}

/** For a binding pattern, the property path leading to `name`: `{ a: { b } }` → ['a','b']. */
function destructuredPath(pattern: Node, name: string): string[] {
  const search = (p: Node | null | undefined, path: string[]): string[] | null => {
    if (!p) return null;
    if (p.type === 'Identifier') return p.name === name ? path : null;
    if (p.type === 'AssignmentPattern') return search(p.left, path);
    if (p.type === 'ObjectPattern') {
      for (const prop of p.properties) {
        if (prop.type === 'RestElement') {
          const r = search(prop.argument, path);
          if (r) return r;
          continue;
        }
        const key = nameOf(prop.key as Node);
        const r = search(prop.value as Node, key ? [...path, key] : path);
        if (r) return r;
      }
    }
    if (p.type === 'ArrayPattern') {
      for (let i = 0; i < p.elements.length; i++) {
        const r = search(p.elements[i] as Node | null, [...path, String(i)]);
        if (r) return r;
      }
    }
    if (p.type === 'TSParameterProperty') return search(p.parameter, path);
    return null;
  };
  return search(pattern, []) ?? [];
}

const PASSTHROUGH = new WeakMap<Node, number>();

/**
 * The parameter a function hands back as it is, on every path (`function bindAll(instance) { …; return instance }`,
 * `(x) => x`); -1 when it returns anything else.
 */
function passthroughParam(fn: Node): number {
  const cached = PASSTHROUGH.get(fn);
  if (cached !== undefined) return cached;
  let index = -1;
  if (isFunction(fn)) {
    const names = fn.params.map((p) => (p.type === 'Identifier' ? p.name : null));
    const at = returnedExpressions(fn).map((r) => (r?.type === 'Identifier' ? names.indexOf(r.name) : -1));
    if (at.length > 0 && at[0]! >= 0 && at.every((i) => i === at[0])) index = at[0]!;
  }
  PASSTHROUGH.set(fn, index);
  return index;
}
