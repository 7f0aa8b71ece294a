// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/linter.h"
#include "contract/sourcedocument.h"

#include <QDate>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QUuid>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace tessera;
using Json = nlohmann::json;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

/** Every file below `sub` of the demo mesh whose name ends with `suffix`, sorted. */
QStringList meshFiles(const QString &sub, const QString &suffix)
{
    QStringList out;
    QDirIterator it(kMeshDir + QLatin1Char('/') + sub, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(suffix)) {
            out << path;
        }
    }
    out.sort();
    return out;
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString relative(const QString &path)
{
    return path.mid(kMeshDir.size() + 1);
}

/** One JSON value per non-empty line. */
std::vector<Json> readNdjson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    std::vector<Json> out;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty()) {
            continue;
        }
        Json value = Json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (value.is_discarded()) {
            qFatal("%s:%d is not valid JSON", qPrintable(path), lineNo);
        }
        out.push_back(std::move(value));
    }
    return out;
}

std::string str(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

QString describe(const LintResult &result)
{
    QStringList lines;
    for (const auto &f : result.findings) {
        lines << QStringLiteral("%1:%2 %3 %4 %5 (%6)")
                     .arg(f.location.line)
                     .arg(f.location.column)
                     .arg(QString::fromLatin1(severityName(f.severity)), f.ruleId, f.message,
                         QString::fromStdString(f.path));
    }
    return lines.join(QLatin1Char('\n'));
}

using ContractKey = std::pair<std::string, std::string>; // id, version
using ObjectKey = std::tuple<std::string, std::string, std::string>; // id, version, schema object

/** The OpenLineage (namespace, name) of a schema object on its contract's first server (see README.md). */
std::pair<std::string, std::string> lineageDataset(const Json &server, const Json &object)
{
    const std::string type = str(server, "type");
    const std::string physical = object.contains("physicalName") ? str(object, "physicalName") : str(object, "name");
    if (type == "postgres") {
        return { "postgres://" + str(server, "host") + ":" + std::to_string(server.at("port").get<int>()),
            str(server, "database") + "." + physical };
    }
    if (type == "snowflake") {
        return { "snowflake://" + str(server, "account"), str(server, "database") + "." + physical };
    }
    if (type == "bigquery") {
        return { "bigquery", str(server, "dataset") + "." + physical };
    }
    if (type == "kafka") {
        return { "kafka://" + str(server, "host"), physical };
    }
    if (type == "s3") {
        const std::string location = str(server, "location").substr(5); // after s3://
        const auto slash = location.find('/');
        return { "s3://" + location.substr(0, slash), location.substr(slash + 1) + physical };
    }
    return {};
}

} // namespace

class TestDemoMesh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void contractsLintClean_data();
    void contractsLintClean();
    void contractShape();
    void productsResolve();
    void lineageResolves();
    void lineageCrossesDomainsAndGoesDeep();
    void slaHistory();
    void qualityHistory();

private:
    std::map<ContractKey, Json> m_contracts;
    std::map<std::string, Json> m_products;
    std::map<ObjectKey, std::set<std::string>> m_objectColumns;
    std::map<std::pair<std::string, std::string>, ObjectKey> m_datasets; // OpenLineage (namespace, name) -> object
    std::vector<std::pair<QString, Json>> m_events;
};

void TestDemoMesh::initTestCase()
{
    for (const QString &path : meshFiles(QStringLiteral("contracts"), QStringLiteral(".odcs.yaml"))) {
        const SourceDocument doc = SourceDocument::fromFile(path);
        QVERIFY2(doc.isValid(), qPrintable(relative(path)));
        const Json &contract = doc.value();
        const ContractKey key { str(contract, "id"), str(contract, "version") };
        QVERIFY2(!m_contracts.count(key), qPrintable(QStringLiteral("duplicate contract version: ") + relative(path)));
        m_contracts[key] = contract;
        for (const Json &object : contract.value("schema", Json::array())) {
            const ObjectKey objectKey { key.first, key.second, str(object, "name") };
            auto &columns = m_objectColumns[objectKey];
            for (const Json &property : object.value("properties", Json::array())) {
                columns.insert(str(property, "name"));
            }
            const auto dataset = lineageDataset(contract.at("servers").at(0), object);
            QVERIFY2(!m_datasets.count(dataset),
                qPrintable(QStringLiteral("two schema objects map to dataset %1 %2")
                               .arg(QString::fromStdString(dataset.first), QString::fromStdString(dataset.second))));
            m_datasets[dataset] = objectKey;
        }
    }
    for (const QString &path : meshFiles(QStringLiteral("products"), QStringLiteral(".odps.yaml"))) {
        const SourceDocument doc = SourceDocument::fromFile(path);
        QVERIFY2(doc.isValid(), qPrintable(relative(path)));
        const std::string id = str(doc.value(), "id");
        QVERIFY2(!m_products.count(id), qPrintable(relative(path)));
        m_products[id] = doc.value();
    }
    for (const QString &path : meshFiles(QStringLiteral("lineage"), QStringLiteral(".ndjson"))) {
        for (Json &event : readNdjson(path)) {
            m_events.emplace_back(relative(path), std::move(event));
        }
    }
}

void TestDemoMesh::counts()
{
    std::set<std::string> ids;
    std::set<std::string> domains;
    for (const auto &[key, contract] : m_contracts) {
        ids.insert(key.first);
        domains.insert(str(contract, "domain"));
    }
    for (const auto &[id, product] : m_products) {
        domains.insert(str(product, "domain"));
    }
    QVERIFY2(m_products.size() >= 40, qPrintable(QString::number(m_products.size())));
    QVERIFY2(ids.size() >= 40, qPrintable(QString::number(ids.size())));
    QVERIFY2(domains.size() >= 7, qPrintable(QString::number(domains.size())));
    QVERIFY(m_contracts.size() > ids.size()); // some contracts keep two versions side by side
    QVERIFY(m_events.size() >= 100);
}

void TestDemoMesh::contractsLintClean_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : meshFiles(QStringLiteral("contracts"), QStringLiteral(".odcs.yaml"))) {
        QTest::newRow(qPrintable(relative(path))) << path;
    }
}

void TestDemoMesh::contractsLintClean()
{
    QFETCH(QString, path);
    const LintResult result = Linter().lintFile(path);
    QVERIFY2(result.isValid(), qPrintable(describe(result)));
    QCOMPARE(result.apiVersion, QStringLiteral("v3.1.0"));
    for (const Finding &finding : result.findings) {
        QVERIFY2(finding.severity == Severity::Info, qPrintable(describe(result)));
    }
}

void TestDemoMesh::contractShape()
{
    std::map<std::string, int> statuses;
    for (const auto &[key, contract] : m_contracts) {
        const QString name = QStringLiteral("%1 %2").arg(qs(key.first), qs(key.second));
        QCOMPARE(str(contract, "kind"), std::string("DataContract"));
        QVERIFY2(!str(contract, "domain").empty(), qPrintable(name));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                     .match(QString::fromStdString(key.second))
                     .hasMatch(),
            qPrintable(name));
        ++statuses[str(contract, "status")];

        // dataProduct names the product that lists this version as an output port
        const auto product = m_products.find(str(contract, "dataProduct"));
        QVERIFY2(product != m_products.end(), qPrintable(name));
        bool listed = false;
        for (const Json &port : product->second.value("outputPorts", Json::array())) {
            listed = listed || (str(port, "contractId") == key.first && str(port, "version") == key.second);
        }
        QVERIFY2(listed, qPrintable(name));

        const Json &schema = contract.at("schema");
        QVERIFY2(schema.size() >= 1 && schema.size() <= 4, qPrintable(name));
        for (const Json &object : schema) {
            const auto columns = object.at("properties").size();
            QVERIFY2(columns >= 5 && columns <= 30, qPrintable(name + QStringLiteral(" ") + qs(str(object, "name"))));
        }
        for (const Json &member : contract.at("team").at("members")) {
            QVERIFY2(!str(member, "username").empty() && !str(member, "role").empty(), qPrintable(name));
        }
        QVERIFY2(!contract.at("slaProperties").empty() && !contract.at("support").empty(), qPrintable(name));
    }
    std::set<std::string> serverTypes;
    for (const auto &[key, contract] : m_contracts) {
        for (const Json &server : contract.at("servers")) {
            serverTypes.insert(str(server, "type"));
        }
    }
    QCOMPARE(serverTypes, (std::set<std::string> { "bigquery", "kafka", "postgres", "s3", "snowflake" }));
    QVERIFY(statuses["active"] > statuses["draft"] + statuses["deprecated"] + statuses["retired"]);
    QVERIFY(statuses["draft"] > 0 && statuses["deprecated"] > 0 && statuses["retired"] > 0);
}

void TestDemoMesh::productsResolve()
{
    std::set<std::string> layers;
    for (const auto &[id, product] : m_products) {
        const QString name = QString::fromStdString(id);
        QCOMPARE(str(product, "apiVersion"), std::string("v1.0.0"));
        QCOMPARE(str(product, "kind"), std::string("DataProduct"));
        QVERIFY2(!product.value("outputPorts", Json::array()).empty(), qPrintable(name));
        for (const char *ports : { "inputPorts", "outputPorts" }) {
            for (const Json &port : product.value(ports, Json::array())) {
                const ContractKey key { str(port, "contractId"), str(port, "version") };
                QVERIFY2(m_contracts.count(key),
                    qPrintable(name
                        + QStringLiteral(": %1 %2 %3")
                              .arg(QLatin1String(ports), QString::fromStdString(key.first),
                                  QString::fromStdString(key.second))));
            }
        }
        for (const Json &property : product.value("customProperties", Json::array())) {
            if (str(property, "property") == "meshLayer") {
                layers.insert(str(property, "value"));
            }
        }
    }
    QCOMPARE(layers, (std::set<std::string> { "aggregate", "consumer-aligned", "source-aligned" }));
}

void TestDemoMesh::lineageResolves()
{
    int columnEdges = 0;
    std::set<std::string> eventTypes;
    for (const auto &[file, event] : m_events) {
        const QString where = file + QStringLiteral(" ") + QString::fromStdString(str(event, "eventTime"));
        for (const char *key : { "eventTime", "eventType", "producer", "schemaURL" }) {
            QVERIFY2(!str(event, key).empty(), qPrintable(where + QStringLiteral(" lacks ") + QLatin1String(key)));
        }
        eventTypes.insert(str(event, "eventType"));
        QVERIFY2(!QUuid::fromString(QString::fromStdString(str(event.at("run"), "runId"))).isNull(), qPrintable(where));
        QVERIFY2(
            !str(event.at("job"), "namespace").empty() && !str(event.at("job"), "name").empty(), qPrintable(where));
        QVERIFY(event.at("inputs").is_array() && event.at("outputs").is_array());

        std::map<std::pair<std::string, std::string>, ObjectKey> inEvent;
        for (const char *side : { "inputs", "outputs" }) {
            for (const Json &dataset : event.at(side)) {
                const std::pair<std::string, std::string> id { str(dataset, "namespace"), str(dataset, "name") };
                const Json &tessera = dataset.at("facets").at("tessera");
                const ObjectKey object { str(tessera, "contractId"), str(tessera, "contractVersion"),
                    str(tessera, "schemaObject") };
                QVERIFY2(m_objectColumns.count(object), qPrintable(where + QStringLiteral(" ") + qs(id.second)));
                const auto mapped = m_datasets.find(id);
                QVERIFY2(mapped != m_datasets.end() && mapped->second == object,
                    qPrintable(where + QStringLiteral(" dataset %1 %2").arg(qs(id.first), qs(id.second))));
                inEvent[id] = object;
            }
        }
        for (const Json &output : event.at("outputs")) {
            const auto lineage = output.at("facets").find("columnLineage");
            if (lineage == output.at("facets").end()) {
                continue;
            }
            const ObjectKey &target = inEvent.at({ str(output, "namespace"), str(output, "name") });
            for (const auto &[field, entry] : lineage->at("fields").items()) {
                QVERIFY2(m_objectColumns.at(target).count(field), qPrintable(where + QStringLiteral(" ") + qs(field)));
                for (const Json &input : entry.at("inputFields")) {
                    const auto source = inEvent.find({ str(input, "namespace"), str(input, "name") });
                    QVERIFY2(source != inEvent.end(), qPrintable(where + QStringLiteral(" ") + qs(str(input, "name"))));
                    QVERIFY2(m_objectColumns.at(source->second).count(str(input, "field")),
                        qPrintable(
                            where + QStringLiteral(" %1.%2").arg(qs(str(input, "name")), qs(str(input, "field")))));
                    const std::string type = str(input.at("transformations").at(0), "type");
                    QVERIFY(type == "DIRECT" || type == "INDIRECT");
                    ++columnEdges;
                }
            }
            for (const Json &input : lineage->value("dataset", Json::array())) {
                const auto source = inEvent.find({ str(input, "namespace"), str(input, "name") });
                QVERIFY2(source != inEvent.end() && m_objectColumns.at(source->second).count(str(input, "field")),
                    qPrintable(where));
            }
        }
    }
    QVERIFY(columnEdges > 300);
    QVERIFY(eventTypes.count("COMPLETE") && eventTypes.count("START") && eventTypes.count("FAIL"));
}

void TestDemoMesh::lineageCrossesDomainsAndGoesDeep()
{
    // object -> objects it is built from, from the completed runs
    std::map<ObjectKey, std::set<ObjectKey>> upstream;
    for (const auto &[file, event] : m_events) {
        if (str(event, "eventType") != "COMPLETE") {
            continue;
        }
        for (const Json &output : event.at("outputs")) {
            const ObjectKey target = m_datasets.at({ str(output, "namespace"), str(output, "name") });
            for (const Json &input : event.at("inputs")) {
                upstream[target].insert(m_datasets.at({ str(input, "namespace"), str(input, "name") }));
            }
        }
    }
    auto domainOf = [this](const ObjectKey &key) {
        return str(m_contracts.at({ std::get<0>(key), std::get<1>(key) }), "domain");
    };
    int crossDomain = 0;
    for (const auto &[target, sources] : upstream) {
        for (const ObjectKey &source : sources) {
            crossDomain += domainOf(source) != domainOf(target) ? 1 : 0;
        }
    }
    QVERIFY2(crossDomain >= 10, qPrintable(QString::number(crossDomain)));

    std::map<ObjectKey, int> memo;
    std::function<int(const ObjectKey &, int)> depth = [&](const ObjectKey &key, int guard) -> int {
        if (guard > 50) {
            return 1000; // a cycle; caught below
        }
        if (const auto it = memo.find(key); it != memo.end()) {
            return it->second;
        }
        int best = 0;
        if (const auto it = upstream.find(key); it != upstream.end()) {
            for (const ObjectKey &source : it->second) {
                best = std::max(best, 1 + depth(source, guard + 1));
            }
        }
        return memo[key] = best;
    };
    int deepest = 0;
    for (const auto &[target, sources] : upstream) {
        deepest = std::max(deepest, depth(target, 0));
    }
    QVERIFY2(deepest >= 3 && deepest <= 6, qPrintable(QString::number(deepest)));
}

void TestDemoMesh::slaHistory()
{
    const std::vector<Json> rows = readNdjson(kMeshDir + QStringLiteral("/measurements/sla.ndjson"));
    QVERIFY(!rows.empty());
    const std::set<std::string> fields { "contractId", "property", "time", "value", "unit", "target", "met" };
    std::set<std::string> ids;
    for (const auto &[key, contract] : m_contracts) {
        ids.insert(key.first);
    }
    QSet<QDate> days;
    int breaches = 0;
    std::map<std::string, int> breachesPerContract;
    for (const Json &row : rows) {
        std::set<std::string> keys;
        for (const auto &[key, value] : row.items()) {
            keys.insert(key);
        }
        QCOMPARE(keys, fields);
        QVERIFY2(ids.count(str(row, "contractId")), str(row, "contractId").c_str());
        QVERIFY(row.at("value").is_number() && row.at("target").is_number() && row.at("met").is_boolean());
        const QDateTime time = QDateTime::fromString(QString::fromStdString(str(row, "time")), Qt::ISODate);
        QVERIFY(time.isValid());
        days.insert(time.date());
        if (!row.at("met").get<bool>()) {
            ++breaches;
            ++breachesPerContract[str(row, "contractId")];
        }
    }
    QCOMPARE(days.size(), 90);
    QCOMPARE(*std::max_element(days.begin(), days.end()), QDate(2026, 11, 24));
    QVERIFY(breaches > 0);
    QVERIFY2(breaches * 20 < int(rows.size()), "most points should be healthy");
    int streaks = 0; // contracts with an incident: several breaches
    for (const auto &[id, count] : breachesPerContract) {
        streaks += count >= 3 ? 1 : 0;
    }
    QVERIFY(streaks >= 3);
}

void TestDemoMesh::qualityHistory()
{
    const std::vector<Json> rows = readNdjson(kMeshDir + QStringLiteral("/measurements/quality.ndjson"));
    QVERIFY(!rows.empty());
    // (contract id, schema object, property or "", rule name) of every rule in any version
    std::set<std::tuple<std::string, std::string, std::string, std::string>> rules;
    for (const auto &[key, contract] : m_contracts) {
        for (const Json &object : contract.at("schema")) {
            for (const Json &rule : object.value("quality", Json::array())) {
                rules.insert({ key.first, str(object, "name"), std::string(), str(rule, "name") });
            }
            for (const Json &property : object.at("properties")) {
                for (const Json &rule : property.value("quality", Json::array())) {
                    rules.insert({ key.first, str(object, "name"), str(property, "name"), str(rule, "name") });
                }
            }
        }
    }
    QSet<QDate> days;
    int failures = 0;
    for (const Json &row : rows) {
        for (const auto &[key, value] : row.items()) {
            QVERIFY2(key == "contractId" || key == "schemaObject" || key == "property" || key == "rule" || key == "time"
                    || key == "value" || key == "passed",
                key.c_str());
        }
        const auto rule = std::make_tuple(str(row, "contractId"), str(row, "schemaObject"),
            row.contains("property") ? str(row, "property") : std::string(), str(row, "rule"));
        QVERIFY2(rules.count(rule), (str(row, "contractId") + " " + str(row, "rule")).c_str());
        QVERIFY(row.at("value").is_number() && row.at("passed").is_boolean());
        days.insert(QDateTime::fromString(QString::fromStdString(str(row, "time")), Qt::ISODate).date());
        failures += row.at("passed").get<bool>() ? 0 : 1;
    }
    QCOMPARE(days.size(), 90);
    QVERIFY(failures > 0);
    QVERIFY2(failures * 20 < int(rows.size()), "most results should pass");
}

QTEST_GUILESS_MAIN(TestDemoMesh)
#include "tst_demomesh.moc"
