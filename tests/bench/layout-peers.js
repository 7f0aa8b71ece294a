// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Lays out one graph with a JavaScript peer for bench_layout, on the same input and with the same
// spacing as Tessera: left to right, rank separation and node separation as given, node sizes as given.
//
//   node layout-peers.js dagre|elkjs GRAPH.json OUT.json
//
// GRAPH.json: { rankSeparation, nodeSeparation, nodes: [{ id, width, height }], edges: [{ id, source, target }] }
// OUT.json:   { ms, nodes: { id: [x, y, width, height] } }   (ms: the layout call alone, without reading
//             and writing files; x and y are the top-left corner)
'use strict';
const fs = require('fs');

const [engine, input, output] = process.argv.slice(2);
const graph = JSON.parse(fs.readFileSync(input, 'utf8'));

function write(ms, nodes) {
    fs.writeFileSync(output, JSON.stringify({ ms, nodes }));
}

function elapsedMs(start) {
    return Number(process.hrtime.bigint() - start) / 1e6;
}

if (engine === 'dagre') {
    const dagre = require('dagre');
    const g = new dagre.graphlib.Graph({ multigraph: true });
    g.setGraph({ rankdir: 'LR', ranksep: graph.rankSeparation, nodesep: graph.nodeSeparation });
    g.setDefaultEdgeLabel(() => ({}));
    for (const n of graph.nodes) {
        g.setNode(String(n.id), { width: n.width, height: n.height });
    }
    for (const e of graph.edges) {
        g.setEdge(String(e.source), String(e.target), {}, String(e.id));
    }
    const start = process.hrtime.bigint();
    dagre.layout(g);
    const ms = elapsedMs(start);
    const nodes = {};
    for (const id of g.nodes()) {
        const n = g.node(id);
        nodes[id] = [n.x - n.width / 2, n.y - n.height / 2, n.width, n.height];
    }
    write(ms, nodes);
} else if (engine === 'elkjs') {
    const ELK = require('elkjs/lib/elk.bundled.js');
    const elk = new ELK();
    const root = {
        id: 'root',
        layoutOptions: {
            'elk.algorithm': 'layered',
            'elk.direction': 'RIGHT',
            'elk.layered.spacing.nodeNodeBetweenLayers': String(graph.rankSeparation),
            'elk.spacing.nodeNode': String(graph.nodeSeparation),
        },
        children: graph.nodes.map((n) => ({ id: String(n.id), width: n.width, height: n.height })),
        edges: graph.edges.map((e) => ({ id: 'e' + e.id, sources: [String(e.source)], targets: [String(e.target)] })),
    };
    const start = process.hrtime.bigint();
    elk.layout(root)
        .then((laidOut) => {
            const ms = elapsedMs(start);
            const nodes = {};
            for (const n of laidOut.children) {
                nodes[n.id] = [n.x, n.y, n.width, n.height];
            }
            write(ms, nodes);
        })
        .catch((error) => {
            console.error(String(error && error.message ? error.message : error).split('\n')[0]);
            process.exit(3);
        });
} else {
    console.error('usage: node layout-peers.js dagre|elkjs GRAPH.json OUT.json');
    process.exit(2);
}
