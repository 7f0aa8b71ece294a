// Writes a Backstage catalog of N entities shaped like a data mesh, for the sync benchmark:
//   node gen-backstage.js OUT.yaml N
// 5 domains, a system per 100 entities, 8 groups; the rest are dataset resources, each depending on up to two
// earlier ones (lineage chains), with every 20th entity a data-product component over the last few resources.
const fs = require('fs');
const [out, countText] = process.argv.slice(2);
const count = parseInt(countText, 10);
const docs = [];
const domains = 5;
const systems = Math.max(1, Math.floor(count / 100));
const groups = 8;
for (let d = 0; d < domains; d++) {
  docs.push(`apiVersion: backstage.io/v1alpha1\nkind: Domain\nmetadata:\n  name: domain-${d}\n  description: Domain ${d}\nspec:\n  owner: group:team-0\n`);
}
for (let g = 0; g < groups; g++) {
  docs.push(`apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-${g}\nspec:\n  type: team\n  children: []\n`);
}
for (let s = 0; s < systems; s++) {
  docs.push(`apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: system-${s}\nspec:\n  owner: group:team-${s % groups}\n  domain: domain-${s % domains}\n`);
}
let resources = 0;
for (let i = docs.length; i < count; i++) {
  const system = `system-${i % systems}`;
  const owner = `group:team-${i % groups}`;
  if (i % 20 === 0 && resources > 3) {
    const deps = [1, 2, 3].map((k) => `resource:dataset-${resources - k}`).join(', ');
    docs.push(`apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: product-${i}\n  description: Data product ${i}\n  tags: [data-product]\nspec:\n  type: data-product\n  lifecycle: production\n  owner: ${owner}\n  system: ${system}\n  dependsOn: [${deps}]\n`);
    continue;
  }
  const deps = [];
  if (resources > 0) deps.push(`resource:dataset-${Math.floor(resources / 2)}`);
  if (resources > 1) deps.push(`resource:dataset-${resources - 1}`);
  docs.push(`apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: dataset-${resources}\n  description: Dataset ${resources} of the benchmark mesh\n  tags: [bench, tier-${resources % 3}]\n  annotations:\n    datamesh.example.com/location: s3://lake/bench/dataset_${resources}\nspec:\n  type: dataset\n  owner: ${owner}\n  system: ${system}\n  dependsOn: [${deps.join(', ')}]\n`);
  resources++;
}
fs.writeFileSync(out, docs.map((d) => '---\n' + d).join(''));
process.stdout.write(String(docs.length));
