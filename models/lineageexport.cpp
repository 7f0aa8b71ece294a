// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineageexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace tessera::lineageexport {

namespace {

QString kindName(LineageNodeKind kind)
{
    switch (kind) {
    case LineageNodeKind::Dataset:
        return QStringLiteral("dataset");
    case LineageNodeKind::Job:
        return QStringLiteral("job");
    case LineageNodeKind::Product:
        return QStringLiteral("product");
    case LineageNodeKind::Domain:
        return QStringLiteral("domain");
    case LineageNodeKind::Column:
        return QStringLiteral("column");
    case LineageNodeKind::System:
        return QStringLiteral("system");
    case LineageNodeKind::Bundle:
        return QStringLiteral("bundle");
    }
    return {};
}

/** A DOT string literal: quotes and backslashes escaped, line breaks as \n. */
QString dotQuoted(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.remove(QLatin1Char('\r'));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    // A leading = + - @ would make a spreadsheet run it as a formula.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) {
        return QLatin1Char('\'') + text;
    }
    return text;
}

} // namespace

QByteArray toDot(const LineageGraph &graph, const LayoutResult *layout)
{
    QString out = QStringLiteral("digraph lineage {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
    for (const LineageNode &node : graph.nodes()) {
        out += QStringLiteral("  ") + dotQuoted(node.key) + QStringLiteral(" [label=") + dotQuoted(node.name)
            + QStringLiteral(", kind=") + dotQuoted(kindName(node.kind));
        if (!node.domain.isEmpty()) {
            out += QStringLiteral(", domain=") + dotQuoted(node.domain);
        }
        if (layout) {
            if (const auto it = layout->nodes.constFind(node.id); it != layout->nodes.cend()) {
                // Points, with y growing upwards as Graphviz has it.
                out += QStringLiteral(", pos=\"%1,%2!\"")
                           .arg(it->center().x() * 0.75, 0, 'f', 1)
                           .arg(-it->center().y() * 0.75, 0, 'f', 1);
            }
        }
        out += QStringLiteral("];\n");
    }
    for (const LineageEdge &edge : graph.edges()) {
        const LineageNode *from = graph.node(edge.from);
        const LineageNode *to = graph.node(edge.to);
        if (!from || !to) {
            continue;
        }
        out += QStringLiteral("  ") + dotQuoted(from->key) + QStringLiteral(" -> ") + dotQuoted(to->key);
        QStringList attributes;
        if (!edge.label.isEmpty()) {
            attributes << QStringLiteral("label=") + dotQuoted(edge.label);
        }
        if (edge.type == QLatin1String("INDIRECT")) {
            attributes << QStringLiteral("style=dashed");
        }
        if (!attributes.isEmpty()) {
            out += QStringLiteral(" [") + attributes.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        out += QStringLiteral(";\n");
    }
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

QByteArray toGraphml(const LineageGraph &graph, const LayoutResult *layout)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    const auto key = [&](const QString &id, const QString &target, const QString &name, const QString &type) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("for"), target);
        xml.writeAttribute(QStringLiteral("attr.name"), name);
        xml.writeAttribute(QStringLiteral("attr.type"), type);
        xml.writeEndElement();
    };
    key(QStringLiteral("name"), QStringLiteral("node"), QStringLiteral("name"), QStringLiteral("string"));
    key(QStringLiteral("kind"), QStringLiteral("node"), QStringLiteral("kind"), QStringLiteral("string"));
    key(QStringLiteral("domain"), QStringLiteral("node"), QStringLiteral("domain"), QStringLiteral("string"));
    key(QStringLiteral("product"), QStringLiteral("node"), QStringLiteral("product"), QStringLiteral("string"));
    key(QStringLiteral("owner"), QStringLiteral("node"), QStringLiteral("owner"), QStringLiteral("string"));
    key(QStringLiteral("x"), QStringLiteral("node"), QStringLiteral("x"), QStringLiteral("double"));
    key(QStringLiteral("y"), QStringLiteral("node"), QStringLiteral("y"), QStringLiteral("double"));
    key(QStringLiteral("label"), QStringLiteral("edge"), QStringLiteral("label"), QStringLiteral("string"));
    key(QStringLiteral("transformation"), QStringLiteral("edge"), QStringLiteral("transformation"),
        QStringLiteral("string"));
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("lineage"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    const auto data = [&](const QString &k, const QString &value) {
        if (value.isEmpty()) {
            return;
        }
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), k);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    for (const LineageNode &node : graph.nodes()) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.key);
        data(QStringLiteral("name"), node.name);
        data(QStringLiteral("kind"), kindName(node.kind));
        data(QStringLiteral("domain"), node.domain);
        data(QStringLiteral("product"), node.product);
        data(QStringLiteral("owner"), node.owner);
        if (layout) {
            if (const auto it = layout->nodes.constFind(node.id); it != layout->nodes.cend()) {
                data(QStringLiteral("x"), QString::number(it->center().x(), 'f', 1));
                data(QStringLiteral("y"), QString::number(it->center().y(), 'f', 1));
            }
        }
        xml.writeEndElement();
    }
    int n = 0;
    for (const LineageEdge &edge : graph.edges()) {
        const LineageNode *from = graph.node(edge.from);
        const LineageNode *to = graph.node(edge.to);
        if (!from || !to) {
            continue;
        }
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(n++));
        xml.writeAttribute(QStringLiteral("source"), from->key);
        xml.writeAttribute(QStringLiteral("target"), to->key);
        data(QStringLiteral("label"), edge.label);
        data(QStringLiteral("transformation"),
            edge.subtype.isEmpty() ? edge.type : edge.type + QLatin1Char('/') + edge.subtype);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

QByteArray impactCsv(const std::vector<lineage::ImpactEntry> &impact)
{
    QString out = QStringLiteral("kind,key,name,degree,product,owner,contract,domain\r\n");
    for (const auto &e : impact) {
        out += QStringList { kindName(e.kind), csvField(e.key), csvField(e.name), QString::number(e.degree),
            csvField(e.product), csvField(e.owner), csvField(e.contract), csvField(e.domain) }
                   .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray impactJson(const QString &changed, const std::vector<lineage::ImpactEntry> &impact)
{
    QJsonArray entries;
    for (const auto &e : impact) {
        entries.append(QJsonObject { { QStringLiteral("kind"), kindName(e.kind) }, { QStringLiteral("key"), e.key },
            { QStringLiteral("name"), e.name }, { QStringLiteral("degree"), e.degree },
            { QStringLiteral("product"), e.product }, { QStringLiteral("owner"), e.owner },
            { QStringLiteral("contract"), e.contract }, { QStringLiteral("domain"), e.domain } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("changed"), changed }, { QStringLiteral("impact"), entries } })
        .toJson(QJsonDocument::Indented);
}

} // namespace tessera::lineageexport
