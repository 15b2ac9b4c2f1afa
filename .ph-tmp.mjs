// phase timings of the scan on the bench corpus (or argv[2]); runs N times, prints medians
import { performance } from 'node:perf_hooks';
const base = process.env.BASE ?? '.';
const { planProject, loadSources } = await import(`${base}/src/parse/project.ts`);
const { groupSources } = await import(`${base}/src/parse/groups.ts`);
const { Resolver } = await import(`${base}/src/parse/resolve.ts`);
const { buildInventory } = await import(`${base}/src/adapters/index.ts`);
const { attachFacts } = await import(`${base}/src/facts/index.ts`);
const { runChecks } = await import(`${base}/src/checks/run.ts`);
const { stackOf, stackPackages } = await import(`${base}/src/stack/detect.ts`);
const root = process.argv[2] ?? 'bench/.corpus';
const runs = Number(process.env.RUNS ?? 5);
const times = { plan: [], load: [], adapters: [], facts: [], checks: [], total: [] };
for (let r = 0; r < runs + 1; r++) {
  const t = { plan: 0, load: 0, adapters: 0, facts: 0, checks: 0 };
  let t0 = performance.now();
  const plan = planProject(root);
  const { readFileSync } = await import('node:fs');
  const texts = new Map();
  const groups = groupSources(plan, (abs) => { let x = texts.get(abs); if (x === undefined) { x = readFileSync(abs, 'utf8'); texts.set(abs, x); } return x; });
  t.plan += performance.now() - t0;
  let n = 0;
  for (const group of groups) {
    t0 = performance.now();
    const project = loadSources({ root: plan.root, ...group }, { texts });
    const stack = stackOf(stackPackages(project));
    const resolver = new Resolver(project);
    let t1 = performance.now(); t.load += t1 - t0; t0 = t1;
    const inventory = buildInventory(project, resolver);
    t1 = performance.now(); t.adapters += t1 - t0; t0 = t1;
    const facts = attachFacts(inventory, project, resolver);
    t1 = performance.now(); t.facts += t1 - t0; t0 = t1;
    n += runChecks({ inventory, project, resolver, stack, facts }).length;
    t1 = performance.now(); t.checks += t1 - t0;
  }
  if (r === 0) { console.log('findings', n); continue; }
  let tot = 0;
  for (const k of Object.keys(t)) { times[k].push(t[k]); tot += t[k]; }
  times.total.push(tot);
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
console.log(Object.entries(times).map(([k, v]) => `${k} ${(med(v) / 1000).toFixed(3)}`).join('  '));
