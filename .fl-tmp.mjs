// usage: node .fl-tmp.mjs <appdir> "METHOD /path"  — prints links, accesses, ownership facts of one endpoint
import { planProject, loadSources } from './src/parse/project.ts';
import { groupSources } from './src/parse/groups.ts';
import { Resolver } from './src/parse/resolve.ts';
import { buildInventory } from './src/adapters/index.ts';
import { attachFacts } from './src/facts/index.ts';
import { readFileSync } from 'node:fs';
const [root, want] = process.argv.slice(2);
const plan = planProject(root);
const groups = groupSources(plan, (a) => readFileSync(a, 'utf8'));
for (const g of groups) {
  const project = loadSources({ root: plan.root, ...g }, {});
  const resolver = new Resolver(project);
  const inv = buildInventory(project, resolver);
  const app = attachFacts(inv, project, resolver);
  for (const e of inv.endpoints) {
    if (want && `${e.method} ${e.path}` !== want) continue;
    console.log('==', e.method, e.path);
    for (const { link, facts } of app.links.get(e)) console.log('  link', link.name, [...facts.roles].join(','), [...facts.provenKeys].join(','));
    for (const f of app.flows.get(e)) {
      for (const a of f.accesses) { const { location, ...rest } = a; console.log('  access', JSON.stringify(rest, (k, v) => v instanceof Set ? [...v] : v)); }
      console.log('  ownershipChecks', f.ownershipChecks.length, 'provenKeys', [...f.provenKeys], 'roleChecks', f.roleChecks.length, 'rejects', f.rejects);
    }
    const { location, ...facts } = e.facts; console.log('  facts', JSON.stringify(facts.ownership ?? facts, null, 0).slice(0, 600));
  }
}
