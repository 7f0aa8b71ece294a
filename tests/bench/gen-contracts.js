// Generates the lint benchmark corpus: N ODCS v3.1.0 contracts as YAML (for Tessera) and the same
// documents as JSON (for ajv). A fifth are copies of the largest shared v3.1.0 example with their own
// ids; the rest are generated with variety: 1-25 tables of 5-30 columns, every logical type, quality
// rules, SLAs, teams, support channels and servers of several types. One in twenty has a misspelt key,
// so both validators also have errors to report. Deterministic (fixed seed).
//
//   node gen-contracts.js SHARED_FIXTURES_DIR OUT_DIR COUNT
const yaml = require('js-yaml');
const fs = require('fs');
const path = require('path');

const [fixtures, outDir, countArg] = process.argv.slice(2);
const count = parseInt(countArg || '1000', 10);
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(rnd() * list.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

const domains = ['orders', 'delivery', 'restaurants', 'customers', 'payments', 'marketing', 'finance'];
const words = ['order', 'rider', 'menu', 'item', 'price', 'customer', 'payment', 'refund', 'voucher', 'courier',
  'zone', 'shift', 'rating', 'review', 'invoice', 'ledger', 'campaign', 'click', 'session', 'address'];
const types = [['string', 'varchar(255)'], ['integer', 'bigint'], ['number', 'numeric(12,2)'], ['boolean', 'boolean'],
  ['date', 'date'], ['timestamp', 'timestamp'], ['string', 'text']];
const servers = [
  (n) => ({ server: n, type: 'postgres', host: 'db.internal', port: 5432, database: 'mesh', schema: 'public' }),
  (n) => ({ server: n, type: 'snowflake', account: 'acme-eu', database: 'MESH', schema: 'PUBLIC', warehouse: 'WH' }),
  (n) => ({ server: n, type: 'bigquery', project: 'acme-mesh', dataset: 'analytics' }),
  (n) => ({ server: n, type: 'kafka', host: 'kafka:9092', format: 'avro' }),
  (n) => ({ server: n, type: 's3', location: 's3://acme-mesh/' + n + '/', format: 'parquet' }),
];

function column(i) {
  const [logicalType, physicalType] = pick(types);
  const name = pick(words) + '_' + pick(words) + '_' + i;
  const p = { name, physicalName: name, logicalType, physicalType, description: 'The ' + name.replace(/_/g, ' ') + '.',
    required: rnd() < 0.5 };
  if (i === 0) { p.primaryKey = true; p.primaryKeyPosition = 1; p.unique = true; p.required = true; }
  if (logicalType === 'string' && rnd() < 0.3) p.logicalTypeOptions = { maxLength: int(8, 255) };
  if (logicalType === 'integer' && rnd() < 0.3) p.logicalTypeOptions = { minimum: 0 };
  if (rnd() < 0.2) p.classification = pick(['public', 'internal', 'restricted']);
  if (rnd() < 0.3) p.quality = [{ metric: 'nullValues', mustBe: 0, dimension: 'completeness' }];
  if (rnd() < 0.2) p.tags = [pick(domains), 'pii'];
  return p;
}

function generated(i) {
  const domain = pick(domains);
  const tables = [];
  for (let t = 0, n = int(1, 25); t < n; ++t) {
    const props = [];
    for (let c = 0, m = int(5, 30); c < m; ++c) props.push(column(c));
    tables.push({ name: domain + '_' + pick(words) + '_' + t, physicalName: domain + '_tbl_' + t, physicalType: 'table',
      logicalType: 'object', description: 'Table ' + t + ' of the ' + domain + ' domain.', properties: props,
      quality: [{ metric: 'rowCount', mustBeGreaterThan: int(0, 1000), dimension: 'completeness' }] });
  }
  const doc = {
    apiVersion: 'v3.1.0', kind: 'DataContract', id: 'bench-' + i, name: domain + ' contract ' + i,
    version: int(0, 3) + '.' + int(0, 9) + '.' + int(0, 9), status: pick(['active', 'draft', 'deprecated']),
    domain, dataProduct: domain + '-product-' + (i % 40),
    description: { purpose: 'Benchmark contract ' + i + ' for the ' + domain + ' domain.', usage: 'Analytics.' },
    tags: [domain, 'bench'], schema: tables,
    team: { name: 'team-' + domain, members: [{ username: 'owner' + i, role: 'owner' }, { username: 'dev' + i, role: 'developer' }] },
    roles: [{ role: domain + '_reader', access: 'read', firstLevelApprovers: 'team-' + domain }],
    support: [{ channel: '#' + domain, url: 'https://chat.example.com/' + domain, tool: 'slack' }],
    slaProperties: [{ property: 'latency', value: int(1, 24), unit: 'h' }, { property: 'retention', value: int(1, 5), unit: 'y' }],
    servers: [pick(servers)('prod'), pick(servers)('dev')],
    customProperties: [{ property: 'costCenter', value: 'cc-' + int(100, 999) }],
  };
  if (i % 20 === 7) { doc.schema[0].properties[0].logicalTyp = 'string'; }
  if (i % 20 === 13) { doc.descripton = 'typo'; }
  return doc;
}

const example = yaml.load(fs.readFileSync(path.join(fixtures, 'standards/odcs/examples/full-example.odcs.yaml'), 'utf8'),
  { schema: yaml.CORE_SCHEMA });
fs.mkdirSync(path.join(outDir, 'yaml'), { recursive: true });
fs.mkdirSync(path.join(outDir, 'json'), { recursive: true });
let bytes = 0;
for (let i = 0; i < count; ++i) {
  const doc = i % 5 === 0 ? Object.assign({}, example, { id: 'full-example-' + i }) : generated(i);
  const name = 'contract-' + String(i).padStart(4, '0');
  const text = yaml.dump(doc, { lineWidth: -1, noRefs: true });
  bytes += text.length;
  fs.writeFileSync(path.join(outDir, 'yaml', name + '.yaml'), text);
  fs.writeFileSync(path.join(outDir, 'json', name + '.json'), JSON.stringify(doc));
}
process.stdout.write(String(bytes) + '\n');
