// CPU profile of one phase (PH=facts|inv|checks|load|all), runs RUNS times over bench corpus; prints top self-time functions
import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
const { planProject, loadSources } = await import('./src/parse/project.ts');
const { groupSources } = await import('./src/parse/groups.ts');
const { Resolver } = await import('./src/parse/resolve.ts');
const { buildInventory } = await import('./src/adapters/index.ts');
const { attachFacts } = await import('./src/facts/index.ts');
const { runChecks } = await import('./src/checks/run.ts');
const { stackOf, stackPackages } = await import('./src/stack/detect.ts');
const PH = process.env.PH ?? 'facts';
const root = process.argv[2] ?? 'bench/.corpus';
const session = new Session(); session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
const runs = Number(process.env.RUNS ?? 4);
for (let r = 0; r < runs; r++) {
  if (r === 1) await session.post('Profiler.start');
  const plan = planProject(root);
  const texts = new Map();
  const groups = groupSources(plan, (abs) => { let x = texts.get(abs); if (x === undefined) { x = readFileSync(abs, 'utf8'); texts.set(abs, x); } return x; });
  for (const group of groups) {
    const on = (p) => r > 0 && (PH === 'all' || PH === p);
    const project = loadSources({ root: plan.root, ...group }, { texts });
    const stack = stackOf(stackPackages(project));
    const resolver = new Resolver(project);
    const inventory = buildInventory(project, resolver);
    const facts = attachFacts(inventory, project, resolver);
    runChecks({ inventory, project, resolver, stack, facts });
  }
}
const { profile } = await session.post('Profiler.stop');
// self time per function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; let total = 0;
const counts = new Map();
for (let i = 0; i < profile.samples.length; i++) { const id = profile.samples[i]; counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0; }
for (const [id, t] of counts) { const n = byId.get(id); const cf = n.callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`; self.set(k, (self.get(k) ?? 0) + t); }
// inclusive time per function
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, t] of counts) { const seen = new Set(); let cur = id; while (cur !== undefined) { const n = byId.get(cur); const cf = n.callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } cur = parent.get(cur); } }
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${(t / total * 100).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log('total ms', (total / 1000).toFixed(0));
console.log('--- self\n' + top(self, Number(process.env.N ?? 40)));
console.log('--- inclusive\n' + top(incl, Number(process.env.NI ?? 60)));
