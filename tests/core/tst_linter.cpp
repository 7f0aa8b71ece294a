// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/linter.h"
#include "contract/semanticrules.h"
#include "testutils.h"

#include <QtConcurrent>
#include <QtTest>

using namespace tessera;

namespace {

const QByteArray kHead = "apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\nstatus: active\n";

QString describe(const LintResult &r)
{
    QStringList lines;
    for (const auto &f : r.findings) {
        lines << QStringLiteral("%1:%2 %3 %4 %5")
                     .arg(f.location.line)
                     .arg(f.location.column)
                     .arg(f.ruleId, QString::fromStdString(f.path), f.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestLinter : public QObject
{
    Q_OBJECT

private slots:
    void validExamplesLintClean_data();
    void validExamplesLintClean();
    void invalidFixtures_data();
    void invalidFixtures();
    void semanticRules_data();
    void semanticRules();
    void everyRuleIsDocumented();
    void unreadableInput();
    void findingsHaveLocations();
    void threadSafe();
};

void TestLinter::validExamplesLintClean_data()
{
    QTest::addColumn<QString>("file");
    QStringList files = test::fixtures(QStringLiteral("standards/odcs/examples"));
    files << test::fixture(QStringLiteral("standards/odcs/datacontract-cli/lint/valid.odcs.yaml"))
          << test::fixture(QStringLiteral("standards/odcs/datacontract-cli/lint/valid-3.1.0.odcs.yaml"))
          << test::fixture(QStringLiteral("standards/odcs/datacontract-editor/example.yaml"))
          << test::fixture(QStringLiteral(
                 "standards/odcs/datacontract-cli/schema-evolution/odcs-datacontract-cities-version-1.yaml"))
          << test::fixture(QStringLiteral(
                 "standards/odcs/datacontract-cli/schema-evolution/odcs-datacontract-cities-version-3.yaml"));
    for (const QString &f : files) {
        QTest::newRow(qPrintable(f.section(QLatin1Char('/'), -1))) << f;
    }
}

void TestLinter::validExamplesLintClean()
{
    QFETCH(QString, file);
    const LintResult r = Linter().lintFile(file);
    QVERIFY(r.readable);
    QVERIFY2(r.isValid(), qPrintable(describe(r)));
    for (const auto &f : r.findings) {
        // A v3.0.x file that needs v3.1.0 rules says so; relationship hints to other contracts are info.
        QVERIFY2(
            f.ruleId == QLatin1String("api-version-features") || f.severity == Severity::Info, qPrintable(describe(r)));
    }
}

void TestLinter::invalidFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // "path|fragment" of each expected error
    const QString lint = QStringLiteral("standards/odcs/datacontract-cli/lint/");
    QTest::newRow("missing status") << test::fixture(lint + QStringLiteral("invalid.odcs.yaml"))
                                    << QStringList { QStringLiteral("|\"status\"") };
    QTest::newRow("missing version and status")
        << test::fixture(lint + QStringLiteral("invalid_multiple_errors.odcs.yaml"))
        << QStringList { QStringLiteral("|\"status\""), QStringLiteral("|\"version\"") };
    QTest::newRow("null description in schema[0]")
        << test::fixture(lint + QStringLiteral("invalid_multiple_schema_errors.odcs.yaml"))
        << QStringList { QStringLiteral("/schema/0/description|type") };
}

void TestLinter::invalidFixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const LintResult r = Linter().lintFile(file);
    QVERIFY(r.readable);
    QVERIFY(!r.isValid());
    int errors = 0;
    for (const auto &f : r.findings) {
        errors += f.severity == Severity::Error;
    }
    QCOMPARE(errors, expected.size());
    for (const QString &e : expected) {
        const QString path = e.section(QLatin1Char('|'), 0, 0);
        const QString fragment = e.section(QLatin1Char('|'), 1);
        const bool found = std::any_of(r.findings.begin(), r.findings.end(),
            [&](const Finding &f) { return QString::fromStdString(f.path) == path && f.message.contains(fragment); });
        QVERIFY2(found, qPrintable(e + QStringLiteral("\n") + describe(r)));
    }
}

void TestLinter::semanticRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");

    const QByteArray table = "schema:\n  - name: orders\n    properties:\n";
    QTest::newRow("duplicate property") << table + "      - name: id\n      - name: id\n"
                                        << "duplicate-property-name"
                                        << "/schema/0/properties/1/name";
    QTest::newRow("duplicate schema object")
        << QByteArray("schema:\n  - name: a\n  - name: a\n") << "duplicate-schema-name"
        << "/schema/1/name";
    QTest::newRow("duplicate primary key position") << table
            + "      - name: a\n        primaryKey: true\n        primaryKeyPosition: 1\n"
              "      - name: b\n        primaryKey: true\n        primaryKeyPosition: 1\n"
                                                    << "primary-key-position-duplicate"
                                                    << "/schema/0/properties/1/primaryKeyPosition";
    QTest::newRow("gapped primary key position") << table
            + "      - name: a\n        primaryKey: true\n        primaryKeyPosition: 1\n"
              "      - name: b\n        primaryKey: true\n        primaryKeyPosition: 3\n"
                                                 << "primary-key-position-gap"
                                                 << "/schema/0/properties/1/primaryKeyPosition";
    QTest::newRow("quality without operator")
        << table + "      - name: a\n        quality:\n          - metric: nullValues\n"
        << "quality-operator-count"
        << "/schema/0/properties/0/quality/0";
    QTest::newRow("quality with two operators") << table
            + "      - name: a\n        quality:\n          - metric: nullValues\n            mustBe: 0\n            "
              "mustBeLessThan: 3\n"
                                                << "quality-operator-count"
                                                << "/schema/0/properties/0/quality/0";
    QTest::newRow("availability over 100")
        << QByteArray("slaProperties:\n  - property: availability\n    value: 120\n    unit: percent\n")
        << "sla-percentage"
        << "/slaProperties/0/value";
    QTest::newRow("unknown time unit") << QByteArray(
        "slaProperties:\n  - property: latency\n    value: 4\n    unit: parsecs\n")
                                       << "sla-unit"
                                       << "/slaProperties/0/unit";
    QTest::newRow("negative latency") << QByteArray(
        "slaProperties:\n  - property: latency\n    value: -4\n    unit: h\n")
                                      << "sla-negative"
                                      << "/slaProperties/0/value";
    QTest::newRow("team member without username")
        << QByteArray("team:\n  name: t\n  members:\n    - name: Ada\n      role: owner\n") << "team-member-username"
        << "/team/members/0";
    QTest::newRow("relationship to a missing property")
        << table + "      - name: customer_id\n        relationships:\n          - to: orders.nope\n"
        << "relationship-target"
        << "/schema/0/properties/0/relationships/0/to";
    QTest::newRow("duplicate server") << QByteArray(
        "servers:\n  - server: s\n    type: local\n    path: a\n    format: csv\n"
        "  - server: s\n    type: local\n    path: b\n    format: csv\n")
                                      << "duplicate-server-name"
                                      << "/servers/1/server";
}

void TestLinter::semanticRules()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, rule);
    QFETCH(QString, path);
    const LintResult r = Linter().lintText(kHead + body, QStringLiteral("inline.yaml"));
    const auto it
        = std::find_if(r.findings.begin(), r.findings.end(), [&](const Finding &f) { return f.ruleId == rule; });
    QVERIFY2(it != r.findings.end(), qPrintable(describe(r)));
    QCOMPARE(QString::fromStdString(it->path), path);
    QVERIFY(it->location.isValid());
    QVERIFY(!it->message.isEmpty());
}

void TestLinter::everyRuleIsDocumented()
{
    const QString doc = QString::fromUtf8(test::readAll(QStringLiteral(TESSERA_SOURCE_DIR "/docs/lint-rules.md")));
    for (const auto &rule : SemanticRules::rules()) {
        QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(QLatin1String(rule.id))), rule.id);
    }
}

void TestLinter::unreadableInput()
{
    const LintResult r = Linter().lintText("a: [unclosed\n", QStringLiteral("broken.yaml"));
    QVERIFY(!r.readable);
    QCOMPARE(r.findings.size(), 1u);
    QCOMPARE(r.findings.front().ruleId, QStringLiteral("parse"));
    QVERIFY(r.findings.front().location.isValid());
    const LintResult list = Linter().lintText("- just\n- a list\n", QStringLiteral("list.yaml"));
    QVERIFY(!list.readable);
    QCOMPARE(list.findings.front().ruleId, QStringLiteral("not-a-contract"));
    // Wrong types everywhere: errors, never a crash.
    const LintResult wrong = Linter().lintText(
        "apiVersion: 3\nkind: [x]\nid: {}\nversion: true\nstatus: 1\nschema: {a: 1}\nteam: 5\nservers: [1, 2]\n"
        "slaProperties: [{property: [], value: {}}]\nsupport: x\nprice: []\ndescription: 7\n",
        QStringLiteral("wrong.yaml"));
    QVERIFY(wrong.readable);
    QVERIFY(!wrong.isValid());
    QVERIFY(wrong.findings.size() >= 8);
}

void TestLinter::findingsHaveLocations()
{
    const LintResult r = Linter().lintText(
        kHead + "schema:\n  - name: t\n    properties:\n      - name: a\n        logicalTyp: string\n",
        QStringLiteral("x.yaml"));
    QCOMPARE(r.findings.size(), 1u);
    QCOMPARE(r.findings.front().location.line, 10);
    QCOMPARE(r.findings.front().location.column, 9);
}

void TestLinter::threadSafe()
{
    const Linter linter;
    const QString file = test::fixture(QStringLiteral("standards/odcs/examples/full-example.odcs.yaml"));
    QList<QFuture<bool>> futures;
    for (int i = 0; i < 16; ++i) {
        futures << QtConcurrent::run([&] { return linter.lintFile(file).isValid(); });
    }
    for (auto &f : futures) {
        QVERIFY(f.result());
    }
}

QTEST_GUILESS_MAIN(TestLinter)
#include "tst_linter.moc"
