// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/canonicalorder.h"
#include "contract/datacontract.h"
#include "contract/sourcedocument.h"
#include "testutils.h"

#include <QtTest>

using namespace tessera;

class TestDataContract : public QObject
{
    Q_OBJECT

private slots:
    void lossless_data();
    void lossless();
    void typedFields();
    void wrongTypesStayInExtra();
    void teamListAndObject();
    void canonicalOrder();
};

void TestDataContract::lossless_data()
{
    QTest::addColumn<QString>("file");
    QStringList files;
    for (const char *folder :
        { "standards/odcs/examples", "standards/odcs/v3.2.0-draft", "standards/odcs/datacontract-cli/lint",
            "standards/odcs/datacontract-cli/changelog", "standards/odcs/datacontract-cli/breaking",
            "standards/odcs/datacontract-cli/schema-evolution", "standards/odcs/datacontract-editor" }) {
        files += test::fixtures(QLatin1String(folder));
    }
    files += test::fixture(QStringLiteral("standards/odcs/datacontract-cli/odcs-3.1.0.init.yaml"));
    QVERIFY(files.size() >= 35);
    for (const QString &f : files) {
        QTest::newRow(qPrintable(f.section(QLatin1Char('/'), -2))) << f;
    }
}

void TestDataContract::lossless()
{
    QFETCH(QString, file);
    const auto doc = SourceDocument::fromFile(file);
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    // Typed and back: every field survives, modelled or not.
    const auto contract = odcs::fromJson(doc.value());
    QCOMPARE(QString::fromStdString(odcs::toJson(contract).dump()), QString::fromStdString(doc.value().dump()));
    // Written as canonical YAML and JSON and read again: the same document.
    for (const std::string &text : { toCanonicalYaml(doc.value()), toCanonicalJson(doc.value()) }) {
        const auto again = SourceDocument::fromText(QByteArray::fromStdString(text));
        QVERIFY2(again.isValid(), qPrintable(again.error().message));
        QCOMPARE(QString::fromStdString(again.value().dump()), QString::fromStdString(doc.value().dump()));
    }
    // fmt is idempotent.
    const std::string once = toCanonicalYaml(doc.value());
    const auto reread = SourceDocument::fromText(QByteArray::fromStdString(once));
    QCOMPARE(QString::fromStdString(toCanonicalYaml(reread.value())), QString::fromStdString(once));
}

void TestDataContract::typedFields()
{
    const auto doc
        = SourceDocument::fromFile(test::fixture(QStringLiteral("standards/odcs/examples/full-example.odcs.yaml")));
    QVERIFY(doc.isValid());
    const auto c = odcs::fromJson(doc.value());
    QCOMPARE(c.apiVersion.value(), std::string("v3.1.0"));
    QCOMPARE(c.version.value(), std::string("1.1.0"));
    QVERIFY(c.description && c.description->purpose);
    QVERIFY(c.schema && !c.schema->empty());
    const auto &table = c.schema->front();
    QVERIFY(table.properties && table.properties->size() >= 2);
    QVERIFY(c.servers && c.servers->front().type);
    QVERIFY(!c.servers->front().connection.empty()); // host, port, ... are type-specific
    QVERIFY(c.slaProperties && !c.slaProperties->empty());
    QVERIFY(c.team);
    QVERIFY(c.roles && !c.roles->empty());
    QVERIFY(c.support && !c.support->empty());
    QVERIFY(c.price && c.price->priceAmount);
    QVERIFY(c.customProperties && !c.customProperties->empty());
    // Quality operators are recognised.
    bool sawOperator = false;
    for (const auto &p : *table.properties) {
        if (p.quality) {
            for (const auto &q : *p.quality) {
                sawOperator |= !q.operators.empty();
            }
        }
    }
    QVERIFY(sawOperator);
    QVERIFY(c.extra.empty() || c.extra.is_object());
}

void TestDataContract::wrongTypesStayInExtra()
{
    const auto doc = SourceDocument::fromText(
        "name: 42\nversion: [1]\nschema: nonsense\nslaProperties:\n  - 7\nvendorKey: {a: 1}\n"
        "servers:\n  - server: 5\n    type: postgres\n    host: h\n");
    QVERIFY(doc.isValid());
    const auto c = odcs::fromJson(doc.value());
    QVERIFY(!c.name);
    QVERIFY(!c.version);
    QVERIFY(!c.schema);
    QVERIFY(!c.slaProperties);
    QCOMPARE(c.extra.at("name").get<int>(), 42);
    QVERIFY(c.extra.contains("vendorKey"));
    QVERIFY(c.servers && !c.servers->front().server);
    QCOMPARE(QString::fromStdString(odcs::toJson(c).dump()), QString::fromStdString(doc.value().dump()));
    QVERIFY(odcs::toJson(odcs::fromJson(nlohmann::json::array())).empty());
}

void TestDataContract::teamListAndObject()
{
    const auto list = odcs::fromJson(nlohmann::json::parse(R"({"team":[{"username":"a"},{"username":"b"}]})"));
    QVERIFY(list.team && list.team->listForm);
    QCOMPARE(list.team->members->size(), 2u);
    const auto object = odcs::fromJson(nlohmann::json::parse(R"({"team":{"name":"t","members":[{"username":"a"}]}})"));
    QVERIFY(object.team && !object.team->listForm);
    QCOMPARE(object.team->name.value(), std::string("t"));
}

void TestDataContract::canonicalOrder()
{
    const auto doc = nlohmann::json::parse(
        R"({"zVendor":1,"schema":[{"properties":[{"logicalType":"string","name":"id"}],"name":"t"}],"kind":"DataContract","apiVersion":"v3.1.0","id":"x","version":"1.0.0","status":"active"})");
    QCOMPARE(QString::fromStdString(toCanonicalYaml(doc)),
        QStringLiteral(
            "apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\nschema:\n- name: t\n"
            "  properties:\n  - name: id\n    logicalType: string\nzVendor: 1\n"));
}

QTEST_GUILESS_MAIN(TestDataContract)
#include "tst_datacontract.moc"
