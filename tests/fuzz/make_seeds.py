#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Writes the committed seed corpora of the fuzz targets (corpus/<target>/) from ../shared/fixtures and
# resources/demo-mesh. Run it again when the fixtures change; it replaces corpus/ whole. Needs python3-yaml.
#
#   tests/fuzz/make_seeds.py [--shared ../shared]
#
# Seeds stay small (each under 64 KiB, the targets' -max_len; all together well under 2 MB): a few events or
# entities each, and responses for a first and an incremental sync for the adapters (see fuzz_adapter.cpp).
import argparse
import copy
import hashlib
import json
import pathlib
import shutil

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAX = 60 * 1024


class Corpus:
    def __init__(self, out, name):
        self.dir = out / name
        self.dir.mkdir(parents=True)
        self.seen = set()

    def add(self, name, data):
        if isinstance(data, str):
            data = data.encode()
        digest = hashlib.sha1(data).hexdigest()
        if len(data) > MAX or digest in self.seen:
            return
        self.seen.add(digest)
        safe = ''.join(c if c.isalnum() or c in '.-_' else '_' for c in name)
        (self.dir / safe).write_bytes(data)


def yaml_load(path):
    # Timestamps and dates stay strings, as contracts mean them.
    class Loader(yaml.SafeLoader):
        pass
    Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
                                      for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return yaml.load(path.read_text(), Loader=Loader)


def contracts(shared):
    odcs = sorted((shared / 'fixtures/standards/odcs').rglob('*.yaml'))
    dcs = sorted((shared / 'fixtures/standards/dcs').rglob('*.yaml'))[:6]
    om = sorted((shared / 'fixtures/catalogs/openmetadata/examples/odcs').glob('*.yaml'))
    demo = sorted((ROOT / 'resources/demo-mesh/contracts').rglob('*.yaml'))
    demo = [p for p in demo if p.stat().st_size < 12 * 1024][:16]
    return odcs + dcs + om + demo


def odcs_seeds(shared, out):
    ycorpus = Corpus(out, 'fuzz_odcs_yaml')
    jcorpus = Corpus(out, 'fuzz_odcs_json')
    for path in contracts(shared):
        text = path.read_text()
        ycorpus.add(path.parent.name + '-' + path.name, text)
        try:
            value = yaml_load(path)
        except yaml.YAMLError:
            continue
        stem = path.parent.name + '-' + path.stem
        jcorpus.add(stem + '.json', json.dumps(value, indent=2, default=str))
        if path.stat().st_size < 4096:
            jcorpus.add(stem + '.min.json', json.dumps(value, separators=(',', ':'), default=str))
    for path in sorted((shared / 'fixtures/catalogs/openmetadata/examples/odcs').glob('*.json')):
        jcorpus.add('openmetadata-' + path.name, path.read_bytes())
    # Small hand-written edge cases: anchors and aliases, a BOM, flow style, comments, odd scalars.
    ycorpus.add('edge-anchors.yaml', 'apiVersion: v3.0.2\nkind: DataContract\nid: a\nversion: 1.0.0\nstatus: draft\n'
                'x-base: &b {name: id, logicalType: integer}\nschema:\n  - name: t\n    properties: [*b, *b]\n')
    ycorpus.add('edge-bom-flow.yaml', '\ufeff{apiVersion: v3.1.0, kind: DataContract, id: "b", version: 2.0.0, '
                'status: active, schema: [{name: t, properties: [{name: x, logicalType: number, '
                'logicalTypeOptions: {minimum: .nan, maximum: .inf}}]}]}\n')
    ycorpus.add('edge-scalars.yaml', '# comment\napiVersion: v3.0.2 # trailing\nkind: DataContract\nid: c\n'
                'version: "1.0"\nstatus: ~\ntags: [yes, no, 0x1F, 1e3, 2001-12-14, "", null]\n'
                'description:\n  purpose: |\n    line one\n    line two\n  usage: >-\n    folded\n    text\n')
    # Found by fuzzing (tests/core/tst_store.cpp dcsFileWithNumbersImports): DCS with numbers where text goes.
    ycorpus.add('regression-dcs-numbers.yaml', 'dataContractSpecification: 1.1.0\nid: 5\ninfo:\n  title: x\n'
                '  version: 1.0\n  contact: {name: 7}\nmodels: {t: {fields: {a: {type: int}}}}\n'
                'servicelevels: {latency: {threshold: ..h}}\n')
    jcorpus.add('edge-nested.json', '{"apiVersion":"v3.0.2","kind":"DataContract","id":"d","version":"1","status":'
                '"draft","schema":[{"name":"t","properties":[{"name":"p","items":{"items":{"items":{}}}}]}],'
                '"customProperties":[{"property":"k","value":[1,2.5,-0.0,1e308,"\\u00e9\\ud83d\\ude00"]}]}')


def lineage_seeds(shared, out):
    corpus = Corpus(out, 'fuzz_openlineage')
    ol = shared / 'fixtures/catalogs'
    for path in sorted((ol / 'openlineage/events').glob('*.json')) + sorted((ol / 'marquez/open_lineage').glob('*.json')) \
            + sorted((ol / 'marquez/apples').glob('*.json')):
        corpus.add(path.parent.name + '-' + path.name, path.read_bytes())
    for path in sorted((ol / 'openlineage/tests').rglob('*.json'))[:8]:
        corpus.add('facet-' + path.name, path.read_bytes())
    template = (ol / 'marquez/metadata.template.json').read_text()
    corpus.add('marquez-metadata-array.json', template)
    # demo-mesh run events and measurements: a few lines of each file, as .ndjson
    for path in sorted((ROOT / 'resources/demo-mesh').rglob('*.ndjson')):
        lines = path.read_text().splitlines()
        corpus.add('demo-' + path.stem + '-head.ndjson', '\n'.join(lines[:2]) + '\n')
        corpus.add('demo-' + path.stem + '-tail.ndjson', lines[-1] + '\n')
    for path in sorted((ol / 'openmetadata/examples/sample_data').glob('*.ndjson')):
        corpus.add('openmetadata-' + path.name, '\n'.join(path.read_text().splitlines()[:8]) + '\n')
    corpus.add('edge-mixed.ndjson', '{"eventType":"COMPLETE","eventTime":"2026-01-01T00:00:00+05:30","job":'
               '{"namespace":"n","name":"j"},"inputs":[{"namespace":"a","name":"b"}],"outputs":"oops"}\n'
               'not json\n[1,2]\n\n{"eventTime":"2026-13-45T99:99:99Z","job":{"name":""},"run":{}}\n'
               '{"contractId":"c","rule":"r","value":"x"}\n')


def session(responses):
    """Canned responses in fuzz_adapter.cpp's format: [(method, path, status, body, headers)]."""
    parts = []
    for method, path, status, body, *headers in responses:
        head = f'@@ {method} {path} {status}\n'
        for h in (headers[0] if headers else []):
            head += f'> {h}\n'
        parts.append(head + (body if isinstance(body, str) else json.dumps(body)) + '\n')
    return ''.join(parts)


def backstage_entities(shared):
    out = []
    for path in sorted((shared / 'fixtures/catalogs/backstage/examples').rglob('*.yaml')):
        e = yaml_load(path)
        e['metadata'].setdefault('namespace', 'default')
        e['metadata']['etag'] = hashlib.sha1(path.name.encode()).hexdigest()[:8]
        e['metadata']['uid'] = hashlib.md5(path.name.encode()).hexdigest()
        out.append(e)
    system = next(e for e in out if e['kind'] == 'System')
    system['relations'] = [{'type': 'hasPart', 'targetRef': 'resource:default/artists-db'},
                           {'type': 'partOf', 'targetRef': 'domain:default/artists'}]
    out.append({'apiVersion': 'backstage.io/v1alpha1', 'kind': 'Component',
                'metadata': {'name': 'artist-insights', 'namespace': 'default', 'etag': 'p1', 'title': 'Insights',
                             'tags': ['data'], 'annotations': {'backstage.io/location': 's3://lake/gold/insights',
                                                               'openlineage.io/namespace': 'spark',
                                                               'openlineage.io/name': 'gold.insights'}},
                'spec': {'type': 'data-product', 'lifecycle': 'production', 'owner': 'group:default/team-a',
                         'system': 'artist-engagement-portal', 'dependsOn': ['resource:artists-db', 'component:x']},
                'relations': [{'type': 'dependsOn', 'targetRef': 'resource:default/artists-db'},
                              {'type': 'ownedBy', 'targetRef': 'group:default/team-a'}]})
    out.append({'kind': 'Resource', 'metadata': {'name': 'artists-lake', 'namespace': 'music', 'etag': 'r2',
                'annotations': {'tessera.io/location': 'gs://bucket/artists/', 'x': 1}},
                'spec': {'type': 'dataset', 'owner': 'team-b', 'system': 'system:default/artist-engagement-portal',
                         'dependsOn': ['resource:default/artists-db', 'resource:music/artists-lake']}})
    out.append({'kind': 'Group', 'metadata': {'name': 'team-a', 'etag': 'g1'}, 'spec': {'type': 'team'}})
    return out


def listing(e):
    m = e['metadata']
    return {'kind': e['kind'], 'metadata': {k: m[k] for k in ('namespace', 'name', 'etag') if k in m}}


def backstage_seeds(shared, out):
    corpus = Corpus(out, 'fuzz_backstage')
    q, r = '/api/catalog/entities/by-query', '/api/catalog/entities/by-refs'
    es = backstage_entities(shared)
    systems = [e for e in es if e['kind'] in ('System', 'Domain')]
    others = [e for e in es if e['kind'] not in ('System', 'Domain')]
    first = [('GET', q, 200, {'items': [listing(e) for e in es[:3]], 'totalItems': len(es),
                                'pageInfo': {'nextCursor': 'c2'}}),
             ('GET', q, 200, {'items': [listing(e) for e in es[3:]], 'totalItems': len(es), 'pageInfo': {}}),
             ('POST', r, 200, {'items': systems}), ('POST', r, 200, {'items': others + [None]})]
    changed = copy.deepcopy(es)
    changed[0]['metadata']['etag'] = 'changed'
    del changed[-1]
    second = [('GET', q, 200, {'items': [listing(e) for e in changed], 'pageInfo': {}}),
              ('POST', r, 200, {'items': [e for e in changed if e['kind'] in ('System', 'Domain')]}),
              ('POST', r, 200, {'items': [changed[0]]})]
    corpus.add('two-syncs', session(first + second))
    corpus.add('one-sync', session(first))
    corpus.add('errors', session([('GET', q, 503, {'error': {'message': 'down'}}, ['retry-after: 0']),
                                  ('GET', q, 200, {'items': [listing(e) for e in es], 'pageInfo': {'nextCursor': 'a'}}),
                                  ('GET', q, 200, {'items': [], 'pageInfo': {'nextCursor': 'a'}}),
                                  ('GET', q, 401, '{"error":{"name":"AuthenticationError","message":"no token"}}'),
                                  ('POST', r, 200, '{"items": [1, "x", {"kind": 3}]')]))


def marquez_seeds(shared, out):
    corpus = Corpus(out, 'fuzz_marquez')
    m = shared / 'fixtures/catalogs/marquez'
    namespaces = json.loads((m / 'seed/namespaces.json').read_text())
    datasets = json.loads((m / 'seed/datasets.json').read_text())[:5]
    jobs = json.loads((m / 'seed/jobs.json').read_text())[:4]
    for d in datasets:
        d['id'] = {'namespace': d['namespace'], 'name': d['name']}
        d['currentVersion'] = 'v1'
    for j in jobs:
        j['id'] = {'namespace': j['namespace'], 'name': j['name']}
        j['updatedAt'] = '2026-11-20T06:00:00Z'
    events = json.loads((m / 'open_lineage/event_full.json').read_text())
    events = events if isinstance(events, list) else [events]
    simple = json.loads((m / 'open_lineage/event_simple.json').read_text())
    column = json.loads((m / 'column_lineage/node.json').read_text())
    ns = namespaces[0]['name']
    base = f'/api/v1/namespaces/{ns}'

    def pages(path, key, items):
        out, size = [], 3
        for i in range(0, max(len(items), 1), size):
            out.append(('GET', path, 200, {key: items[i:i + size], 'totalCount': len(items)}))
        return out

    first = pages('/api/v1/namespaces', 'namespaces', namespaces) + pages(f'{base}/datasets', 'datasets', datasets) \
        + pages(f'{base}/jobs', 'jobs', jobs) \
        + [('GET', '/api/v1/column-lineage', 200, {'graph': column if isinstance(column, list) else [column]})] * 2 \
        + pages('/api/v1/events/lineage', 'events', events + [simple])
    second = pages('/api/v1/namespaces', 'namespaces', namespaces) + pages(f'{base}/datasets', 'datasets', datasets[1:]) \
        + pages(f'{base}/jobs', 'jobs', jobs) + [('GET', '/api/v1/events/lineage', 200, {'events': []})]
    corpus.add('two-syncs', session(first + second))
    corpus.add('prefix-routes', session([('GET', '/api/v1/namespaces', 200, {'namespaces': [{'name': 'a b/c'}]}),
                                         ('GET', '/api/v1/namespaces/*', 200,
                                          {'datasets': [{'name': 'x', 'fields': [{'name': 'f', 'tags': ['PII']}]}]}),
                                         ('GET', '/api/v1/namespaces/*', 200,
                                          {'jobs': [{'name': 'j', 'outputs': [{'namespace': 'a b/c', 'name': 'x'}],
                                                     'latestRun': {'endedAt': '2026-01-01T00:00:00Z'}}]}),
                                         ('GET', '/api/v1/column-lineage', 200, column),
                                         ('GET', '/api/v1/events/lineage', 200,
                                          {'events': [simple, 7, {'eventTime': 5}], 'totalCount': 3})]))


def openmetadata_seeds(shared, out):
    corpus = Corpus(out, 'fuzz_openmetadata')
    om = shared / 'fixtures/catalogs/openmetadata/examples'
    lineage = json.loads((om / 'sample_data/lineage/lineage.json').read_text())
    sample = json.loads((om / 'sample_data/dataContracts/dataContracts.json').read_text())
    results = json.loads((om / 'sample_data/dataContracts/dataContractResults.json').read_text())
    uid = lambda n: f'00000000-0000-4000-8000-{n:012d}'
    domain = {'id': uid(1), 'name': 'Commerce', 'fullyQualifiedName': 'Commerce', 'version': 0.1,
              'domainType': 'Source-aligned', 'description': 'Orders'}
    ref = [{'id': uid(1), 'type': 'domain', 'name': 'Commerce'}]
    product = {'id': uid(50), 'name': 'customer_analytics', 'displayName': 'Customer analytics', 'version': 0.1,
               'fullyQualifiedName': 'customer_analytics', 'lifecycleStage': 'PRODUCTION', 'domains': ref,
               'owners': [{'id': uid(2), 'type': 'team', 'name': 'analytics'}], 'updatedAt': 1763600000000}
    fqns = sorted({e[end]['fqn'] for e in lineage for end in ('from', 'to') if e[end].get('type') == 'table'})[:4]
    tables = []
    for n, fqn in enumerate(fqns):
        columns = next(([{'name': s['name'], 'dataType': s.get('dataType', 'STRING')} for s in c.get('schema', [])]
                        for c in sample['dataContracts'] if c.get('tableFQN') == fqn), [{'name': 'id', 'dataType': 'INT'}])
        tables.append({'id': uid(100 + n), 'name': fqn.rsplit('.', 1)[-1], 'fullyQualifiedName': fqn,
                       'columns': columns, 'version': 0.1, 'updatedAt': 1763600000000 + n, 'domains': ref,
                       'tags': [{'tagFQN': 'PII.Sensitive'}]})
    contracts = [{'id': uid(200), 'name': 'dim_customer_schema_contract', 'version': 0.1, 'entityStatus': 'Active',
                  'entity': {'id': uid(100), 'type': 'table'}},
                 {'id': uid(201), 'name': 'customer_orders', 'version': 0.3, 'entityStatus': 'In Review',
                  'entity': {'id': uid(101), 'type': 'table'}}]
    upstream = []
    for e in lineage[:3]:
        upstream.append({'fromEntity': {'id': uid(100), 'type': 'table', 'fullyQualifiedName': e['from']['fqn']},
                         'toEntity': {'id': uid(101), 'type': 'table', 'fullyQualifiedName': e['to']['fqn']},
                         'lineageDetails': {'pipeline': {'fullyQualifiedName': 'airflow.etl'},
                                            'columnsLineage': [{'fromColumns': [e['from']['fqn'] + '.id'],
                                                                'toColumn': e['to']['fqn'] + '.id'}]}})
    table_lineage = {'entity': {'id': uid(101), 'fullyQualifiedName': fqns[1] if len(fqns) > 1 else 'a.b.c.d'},
                     'nodes': [{'id': uid(100), 'fullyQualifiedName': fqns[0]}], 'upstreamEdges':
                     [{'fromEntity': uid(100), 'toEntity': uid(101), 'lineageDetails': upstream[0]['lineageDetails']}],
                     'downstreamEdges': []}
    res = results['dataContractResults'][0]['results'][:3]
    for i, r in enumerate(res):
        r['timestamp'] = 1763625600000 + i * 86400000
        r['qualityValidation'] = {'passed': 3, 'failed': i % 2, 'total': 3, 'qualityScore': 66.7 + i}
        r['slaValidation'] = {'latencyMet': i != 1, 'actualLatency': 12500}
    simple = (om / 'odcs/simple-contract.json').read_text()
    orders = (om / 'odcs/customer-orders-contract.yaml').read_text()

    def page(path, items):
        return ('GET', path, 200, {'data': items, 'paging': {'total': len(items)}})

    first = [page('/api/v1/domains', [domain]), page('/api/v1/dataProducts', [product]),
             ('GET', '/api/v1/tables', 200, {'data': tables[:2], 'paging': {'after': 'p2', 'total': len(tables)}}),
             page('/api/v1/tables', tables[2:])] \
        + [('GET', '/api/v1/lineage/table/name/*', 200, table_lineage)] * 2 \
        + [page('/api/v1/dataContracts', contracts),
           ('GET', f'/api/v1/dataContracts/{uid(200)}/odcs/yaml', 200, simple, ['content-type: application/yaml']),
           ('GET', f'/api/v1/dataContracts/{uid(200)}/results', 200, {'data': res}),
           ('GET', f'/api/v1/dataContracts/{uid(201)}/odcs/yaml', 200, orders, ['content-type: text/yaml']),
           ('GET', f'/api/v1/dataContracts/{uid(201)}/results', 200, {'data': []})]
    changed = dict(tables[0], version=0.2, description='changed')
    second = [('GET', '/api/v1/events', 200, {'data': [
        {'entityType': 'table', 'entityId': uid(100), 'eventType': 'entityUpdated', 'timestamp': 1763700000000},
        {'entityType': 'dataProduct', 'entityId': uid(50), 'eventType': 'entityDeleted', 'timestamp': 1763700000001},
        {'entityType': 'dataContract', 'entityId': uid(201), 'eventType': 'entityUpdated'},
        {'entityType': 'domain', 'entityId': uid(9), 'eventType': 'entityCreated'}]}),
        ('GET', f'/api/v1/tables/{uid(100)}', 200, changed),
        ('GET', '/api/v1/lineage/table/name/*', 200, table_lineage),
        ('GET', f'/api/v1/dataContracts/{uid(201)}', 200, dict(contracts[1], version=0.4)),
        ('GET', f'/api/v1/dataContracts/{uid(201)}/odcs/yaml', 200, orders),
        ('GET', f'/api/v1/dataContracts/{uid(201)}/results', 200, {'data': []}),
        ('GET', f'/api/v1/domains/{uid(9)}', 404, {'message': 'gone'})]
    corpus.add('two-syncs', session(first + second))
    corpus.add('one-sync', session(first))
    # Found by fuzzing (tests/core/tst_syncengine.cpp connectionTestReadsOddPaging): test() reads the rest.
    corpus.add('regression-test-paging', session([('GET', '/api/v1/tables', 200, {'data': [], 'paging': {'total': '1'}})]))
    corpus.add('odd', session([page('/api/v1/domains', [{'id': 1, 'name': 'x'}, domain, domain]),
                               ('GET', '/api/v1/dataProducts', 200, '{"data": [], "paging": {"after": 7}}'),
                               ('GET', '/api/v1/tables', 200, {'data': [dict(tables[0], version='1.0', columns=[{}])],
                                                               'paging': {'after': 'x'}}),
                               ('GET', '/api/v1/tables', 200, {'data': [tables[1]], 'paging': {'after': 'x'}}),
                               ('GET', '/api/v1/tables', 429, '', ['retry-after: Wed, 21 Oct 2015 07:28:00 GMT'])]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--shared', type=pathlib.Path, default=ROOT.parent / 'shared')
    args = parser.parse_args()
    out = pathlib.Path(__file__).resolve().parent / 'corpus'
    if out.exists():
        shutil.rmtree(out)
    odcs_seeds(args.shared, out)
    lineage_seeds(args.shared, out)
    backstage_seeds(args.shared, out)
    marquez_seeds(args.shared, out)
    openmetadata_seeds(args.shared, out)
    for d in sorted(out.iterdir()):
        files = list(d.iterdir())
        print(f'{d.name}: {len(files)} seeds, {sum(f.stat().st_size for f in files) // 1024} KiB')


if __name__ == '__main__':
    main()
