import { isFunction, type Node, parentOf } from '../../parse/ast.ts';
import type { SourceFile } from '../../parse/source.ts';

interface Site {
  file: SourceFile;
  node: Node;
}

/**
 * Registration order across files. A helper that receives the app (`setupMiddleware(app)`, defined in
 * another module) registers at the moment it is called, not where its code sits: its calls are ordered at
 * the call site (followed through nested helpers), then by their own position.
 */
export class CallSites {
  private readonly sites = new Map<Node, Site>();

  /** `fn` was called with the app/router at `site`; the first call found wins. */
  record(fn: Node, site: Site): void {
    if (!this.sites.has(fn)) this.sites.set(fn, site);
  }

  forget(fn: Node): void {
    this.sites.delete(fn);
  }

  /** Where a call inside some function effectively happens. */
  orderOf(file: SourceFile, node: Node): { file: SourceFile; start: number } {
    let f = file;
    let n = node;
    for (let depth = 0; depth < 6; depth++) {
      let site: Site | undefined;
      for (let p = parentOf(n); p && !site; p = parentOf(p)) if (isFunction(p)) site = this.sites.get(p);
      if (!site) break;
      f = site.file;
      n = site.node;
    }
    return { file: f, start: n.start };
  }

  /** Sorts registrations into the order they run. */
  sort<R extends { file: SourceFile; call: Node }>(regs: R[]): void {
    const order = new Map(regs.map((r) => [r, this.orderOf(r.file, r.call)]));
    regs.sort((a, b) => {
      const oa = order.get(a)!;
      const ob = order.get(b)!;
      if (oa.file !== ob.file) return oa.file.rel.localeCompare(ob.file.rel);
      return oa.start !== ob.start ? oa.start - ob.start : a.call.start - b.call.start;
    });
  }
}
