// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/contractdiff.h"
#include "contract/sourcedocument.h"
#include "testutils.h"

#include <QRegularExpression>
#include <QtTest>

using namespace tessera;

namespace {

nlohmann::json load(const QString &relative)
{
    const auto doc = SourceDocument::fromFile(test::fixture(relative));
    if (!doc.isValid()) {
        qFatal("cannot read %s", qPrintable(relative));
    }
    return doc.value();
}

/** The (Change, Path) rows of one table of datacontract-cli's golden changelog text. */
QStringList goldenRows(const QString &section)
{
    const QString text = QString::fromUtf8(test::readAll(
        test::fixture(QStringLiteral("standards/odcs/datacontract-cli/changelog/golden_changelog_text.txt"))));
    const QString part = text.section(section, 1).section(QStringLiteral("╰"), 0, 0);
    QStringList rows;
    static const QRegularExpression row(QStringLiteral("^│ (Added|Removed|Updated)\\s*│ (\\S+)"));
    for (const QString &line : part.split(QLatin1Char('\n'))) {
        const auto m = row.match(line);
        if (m.hasMatch()) {
            rows << m.captured(1).toLower() + QLatin1Char(' ') + m.captured(2);
        }
    }
    return rows;
}

} // namespace

class TestContractDiff : public QObject
{
    Q_OBJECT

private slots:
    void matchesGoldenChangelog();
    void sameFileHasNoChanges();
    void matchesListItemsByName();
    void naturalKeys_data();
    void naturalKeys();
};

void TestContractDiff::matchesGoldenChangelog()
{
    const auto before = load(QStringLiteral("standards/odcs/datacontract-cli/changelog/changelog_integration_v1.yaml"));
    const auto after = load(QStringLiteral("standards/odcs/datacontract-cli/changelog/changelog_integration_v2.yaml"));
    const auto changes = ContractDiff::compare(before, after);

    QStringList details;
    for (const auto &c : changes) {
        details << QString::fromLatin1(ContractDiff::kindName(c.kind)) + QLatin1Char(' ')
                + QString::fromStdString(c.path);
    }
    QCOMPARE(details, goldenRows(QStringLiteral("Details")));

    QStringList summary;
    for (const auto &s : ContractDiff::summarize(changes)) {
        summary << QString::fromLatin1(ContractDiff::kindName(s.kind)) + QLatin1Char(' ')
                + QString::fromStdString(s.path);
    }
    QCOMPARE(summary, goldenRows(QStringLiteral("Summary")));
    QVERIFY(summary.size() < details.size());

    const auto it = std::find_if(changes.begin(), changes.end(),
        [](const Change &c) { return c.path == "schema.orders.properties.order_date.logicalType"; });
    QVERIFY(it != changes.end());
    QCOMPARE(it->kind, Change::Kind::Updated);
    QCOMPARE(it->oldValue.get<std::string>(), std::string("string"));
    QCOMPARE(it->newValue.get<std::string>(), std::string("date"));
}

void TestContractDiff::sameFileHasNoChanges()
{
    const auto doc = load(QStringLiteral("standards/odcs/datacontract-cli/changelog/changelog_integration_v1.yaml"));
    QVERIFY(ContractDiff::compare(doc, doc).empty());
    QVERIFY(ContractDiff::summarize({}).empty());
}

void TestContractDiff::matchesListItemsByName()
{
    // Reordering properties is no change; renaming one is a removal and an addition.
    const auto a = nlohmann::json::parse(
        R"({"schema":[{"name":"t","properties":[{"name":"a"},{"name":"b","logicalType":"string"}]}]})");
    const auto b = nlohmann::json::parse(
        R"({"schema":[{"name":"t","properties":[{"name":"b","logicalType":"string"},{"name":"a"}]}]})");
    QVERIFY(ContractDiff::compare(a, b).empty());
    const auto c = nlohmann::json::parse(
        R"({"schema":[{"name":"t","properties":[{"name":"b","logicalType":"integer"},{"name":"z"}]}]})");
    const auto changes = ContractDiff::compare(a, c);
    QStringList rows;
    for (const auto &ch : changes) {
        if (!ch.nested) {
            rows << QString::fromLatin1(ContractDiff::kindName(ch.kind)) + QLatin1Char(' ')
                    + QString::fromStdString(ch.path);
        }
    }
    QCOMPARE(rows,
        QStringList({ QStringLiteral("removed schema.t.properties.a"),
            QStringLiteral("updated schema.t.properties.b.logicalType"),
            QStringLiteral("added schema.t.properties.z") }));
    const auto &typeChange = *std::find_if(
        changes.begin(), changes.end(), [](const Change &ch) { return ch.kind == Change::Kind::Updated; });
    QCOMPARE(QString::fromStdString(typeChange.oldPointer), QStringLiteral("/schema/0/properties/1/logicalType"));
    QCOMPARE(QString::fromStdString(typeChange.newPointer), QStringLiteral("/schema/0/properties/0/logicalType"));
    QCOMPARE(QString::fromStdString(typeChange.shape), QStringLiteral("schema.*.properties.*.logicalType"));
}

void TestContractDiff::naturalKeys_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("path");
    QTest::newRow("sla by property")
        << R"({"slaProperties":[{"property":"latency","value":4},{"property":"retention","value":1}]})"
        << R"({"slaProperties":[{"property":"retention","value":1},{"property":"latency","value":2}]})"
        << "slaProperties.latency.value";
    QTest::newRow("servers by server") << R"({"servers":[{"server":"a","host":"x"},{"server":"b","host":"y"}]})"
                                       << R"({"servers":[{"server":"b","host":"z"},{"server":"a","host":"x"}]})"
                                       << "servers.b.host";
    QTest::newRow("support by channel") << R"({"support":[{"channel":"#a","url":"u"}]})"
                                        << R"({"support":[{"channel":"#a","url":"v"}]})"
                                        << "support.#a.url";
    QTest::newRow("roles by role") << R"({"roles":[{"role":"r","access":"read"}]})"
                                   << R"({"roles":[{"role":"r","access":"write"}]})"
                                   << "roles.r.access";
    QTest::newRow("members by username") << R"({"team":{"members":[{"username":"u","role":"a"}]}})"
                                         << R"({"team":{"members":[{"username":"u","role":"b"}]}})"
                                         << "team.members.u.role";
    QTest::newRow("custom properties by property") << R"({"customProperties":[{"property":"p","value":1}]})"
                                                   << R"({"customProperties":[{"property":"p","value":2}]})"
                                                   << "customProperties.p.value";
    QTest::newRow("definitions by url") << R"({"authoritativeDefinitions":[{"url":"http://a","type":"x"}]})"
                                        << R"({"authoritativeDefinitions":[{"url":"http://a","type":"y"}]})"
                                        << "authoritativeDefinitions.http://a.type";
    QTest::newRow("quality by name")
        << R"({"schema":[{"name":"t","quality":[{"name":"q","mustBe":1},{"name":"r","mustBe":2}]}]})"
        << R"({"schema":[{"name":"t","quality":[{"name":"r","mustBe":2},{"name":"q","mustBe":3}]}]})"
        << "schema.t.quality.q.mustBe";
    QTest::newRow("tags as one value") << R"({"tags":["a","b"]})"
                                       << R"({"tags":["a","c"]})"
                                       << "tags";
}

void TestContractDiff::naturalKeys()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, path);
    const auto changes = ContractDiff::compare(
        nlohmann::json::parse(before.toStdString()), nlohmann::json::parse(after.toStdString()));
    QCOMPARE(changes.size(), 1u);
    QCOMPARE(QString::fromStdString(changes.front().path), path);
    QCOMPARE(changes.front().kind, Change::Kind::Updated);
}

QTEST_GUILESS_MAIN(TestContractDiff)
#include "tst_contractdiff.moc"
