// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/breakingrules.h"
#include "contract/dcsimport.h"
#include "contract/sourcedocument.h"
#include "testutils.h"

#include <QtTest>

using namespace tessera;
using Json = nlohmann::json;

namespace {

Json load(const QString &relative)
{
    const auto doc = SourceDocument::fromFile(test::fixture(relative));
    if (!doc.isValid()) {
        qFatal("cannot read %s", qPrintable(relative));
    }
    return DcsImport::toOdcs(doc.value());
}

BreakingReport compare(const Json &a, const Json &b)
{
    return BreakingRules::classify(ContractDiff::compare(a, b), a, b);
}

QStringList rulesOf(const BreakingReport &r)
{
    QStringList rules;
    for (const auto &c : r.changes) {
        rules << c.ruleId;
    }
    return rules;
}

QString describe(const BreakingReport &r)
{
    QStringList lines;
    for (const auto &c : r.changes) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(QLatin1String(severityName(c.severity)), c.ruleId, QString::fromStdString(c.change.path));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestBreakingRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void everyRuleIsDocumented();
    void odcsFixturePairs_data();
    void odcsFixturePairs();
    void dcsFixturePairs_data();
    void dcsFixturePairs();
    void suggestsVersion_data();
    void suggestsVersion();
};

void TestBreakingRules::rules_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("severity");

    const auto table = [](const char *props) {
        return QStringLiteral(R"({"version":"1.0.0","schema":[{"name":"t","properties":[%1]}]})")
            .arg(QLatin1String(props));
    };
    const int E = int(Severity::Error);
    const int W = int(Severity::Warning);
    const int I = int(Severity::Info);
    QTest::newRow("object removed") << R"({"schema":[{"name":"t"},{"name":"u"}]})"
                                    << R"({"schema":[{"name":"t"}]})"
                                    << "schema-object-removed" << E;
    QTest::newRow("object added") << R"({"schema":[{"name":"t"}]})"
                                  << R"({"schema":[{"name":"t"},{"name":"u"}]})"
                                  << "schema-object-added" << I;
    QTest::newRow("property removed") << table(R"({"name":"a"},{"name":"b"})") << table(R"({"name":"a"})")
                                      << "property-removed" << E;
    QTest::newRow("optional property added")
        << table(R"({"name":"a"})") << table(R"({"name":"a"},{"name":"b"})") << "property-added" << I;
    QTest::newRow("required property added")
        << table(R"({"name":"a"})") << table(R"({"name":"a"},{"name":"b","required":true})")
        << "property-added-required" << E;
    // An invalid contract's `required` that is not a boolean (found by fuzz_odcs_yaml: it threw) is not true.
    QTest::newRow("property added, required not a boolean")
        << table(R"({"name":"a"})") << table(R"({"name":"a"},{"name":"b","required":"tru?"})") << "property-added" << I;
    QTest::newRow("nested property removed")
        << table(R"({"name":"a","properties":[{"name":"x"},{"name":"y"}]})")
        << table(R"({"name":"a","properties":[{"name":"x"}]})") << "property-removed" << E;
    QTest::newRow("server removed") << R"({"servers":[{"server":"a","type":"local"},{"server":"b","type":"local"}]})"
                                    << R"({"servers":[{"server":"a","type":"local"}]})"
                                    << "server-removed" << E;
    QTest::newRow("server changed") << R"({"servers":[{"server":"a","type":"postgres","host":"x"}]})"
                                    << R"({"servers":[{"server":"a","type":"postgres","host":"y"}]})"
                                    << "server-changed" << W;
    QTest::newRow("required tightened") << table(R"({"name":"a","required":false})")
                                        << table(R"({"name":"a","required":true})") << "required-tightened" << E;
    QTest::newRow("required added as true")
        << table(R"({"name":"a"})") << table(R"({"name":"a","required":true})") << "required-tightened" << E;
    QTest::newRow("required loosened") << table(R"({"name":"a","required":true})")
                                       << table(R"({"name":"a","required":false})") << "required-loosened" << I;
    QTest::newRow("unique tightened") << table(R"({"name":"a"})") << table(R"({"name":"a","unique":true})")
                                      << "unique-tightened" << E;
    QTest::newRow("logical type changed") << table(R"({"name":"a","logicalType":"string"})")
                                          << table(R"({"name":"a","logicalType":"integer"})") << "type-changed" << E;
    QTest::newRow("physical type changed")
        << table(R"({"name":"a","physicalType":"varchar[10]"})") << table(R"({"name":"a","physicalType":"varchar[5]"})")
        << "type-changed" << E;
    QTest::newRow("maximum tightened") << table(R"({"name":"a","logicalTypeOptions":{"maximum":10}})")
                                       << table(R"({"name":"a","logicalTypeOptions":{"maximum":5}})")
                                       << "bound-tightened" << E;
    QTest::newRow("maxLength added") << table(R"({"name":"a"})")
                                     << table(R"({"name":"a","logicalTypeOptions":{"maxLength":5}})")
                                     << "bound-tightened" << E;
    QTest::newRow("minimum raised") << table(R"({"name":"a","logicalTypeOptions":{"minimum":1}})")
                                    << table(R"({"name":"a","logicalTypeOptions":{"minimum":2}})") << "bound-tightened"
                                    << E;
    QTest::newRow("minimum loosened") << table(R"({"name":"a","logicalTypeOptions":{"minimum":2}})")
                                      << table(R"({"name":"a","logicalTypeOptions":{"minimum":1}})") << "bound-loosened"
                                      << I;
    QTest::newRow("maxLength removed") << table(R"({"name":"a","logicalTypeOptions":{"maxLength":5}})")
                                       << table(R"({"name":"a","logicalTypeOptions":{}})") << "bound-loosened" << I;
    QTest::newRow("enum value removed") << table(R"({"name":"a","logicalTypeOptions":{"enum":["x","y"]}})")
                                        << table(R"({"name":"a","logicalTypeOptions":{"enum":["x"]}})")
                                        << "enum-value-removed" << E;
    QTest::newRow("enum value added") << table(R"({"name":"a","logicalTypeOptions":{"enum":["x"]}})")
                                      << table(R"({"name":"a","logicalTypeOptions":{"enum":["x","y"]}})")
                                      << "enum-value-added" << W;
    QTest::newRow("validValues removed")
        << table(R"({"name":"a","quality":[{"name":"q","validValues":["x","y"],"mustBe":0}]})")
        << table(R"({"name":"a","quality":[{"name":"q","validValues":["x"],"mustBe":0}]})") << "enum-value-removed"
        << E;
    QTest::newRow("quality threshold tightened")
        << table(R"({"name":"a","quality":[{"name":"q","metric":"rowCount","mustBeGreaterThan":10}]})")
        << table(R"({"name":"a","quality":[{"name":"q","metric":"rowCount","mustBeGreaterThan":100}]})")
        << "quality-tightened" << E;
    QTest::newRow("quality threshold loosened")
        << table(R"({"name":"a","quality":[{"name":"q","mustBeLessThan":10}]})")
        << table(R"({"name":"a","quality":[{"name":"q","mustBeLessThan":100}]})") << "quality-loosened" << I;
    QTest::newRow("quality range narrowed")
        << table(R"({"name":"a","quality":[{"name":"q","mustBeBetween":[0,10]}]})")
        << table(R"({"name":"a","quality":[{"name":"q","mustBeBetween":[1,10]}]})") << "quality-tightened" << E;
    QTest::newRow("quality rule added") << table(R"({"name":"a"})")
                                        << table(R"({"name":"a","quality":[{"name":"q","mustBe":0}]})")
                                        << "quality-added" << W;
    QTest::newRow("availability raised")
        << R"({"slaProperties":[{"property":"availability","value":99.0,"unit":"percent"}]})"
        << R"({"slaProperties":[{"property":"availability","value":99.9,"unit":"percent"}]})"
        << "sla-tightened" << E;
    QTest::newRow("availability lowered") << R"({"slaProperties":[{"property":"availability","value":"99.9%"}]})"
                                          << R"({"slaProperties":[{"property":"availability","value":"99.5%"}]})"
                                          << "sla-loosened" << I;
    QTest::newRow("latency shortened by unit") << R"({"slaProperties":[{"property":"latency","value":1,"unit":"d"}]})"
                                               << R"({"slaProperties":[{"property":"latency","value":12,"unit":"h"}]})"
                                               << "sla-tightened" << E;
    QTest::newRow("latency same in other unit") << R"({"slaProperties":[{"property":"latency","value":1,"unit":"d"}]})"
                                                << R"({"slaProperties":[{"property":"latency","value":24,"unit":"h"}]})"
                                                << "sla-changed" << I;
    QTest::newRow("sla removed") << R"({"slaProperties":[{"property":"latency","value":1,"unit":"d"}]})"
                                 << R"({"slaProperties":[]})"
                                 << "sla-removed" << W;
    QTest::newRow("description") << table(R"({"name":"a","description":"x"})")
                                 << table(R"({"name":"a","description":"y"})") << "documentation" << I;
    QTest::newRow("tags") << table(R"({"name":"a","tags":["x"]})") << table(R"({"name":"a","tags":["y"]})")
                          << "documentation" << I;
    QTest::newRow("classification") << table(R"({"name":"a","classification":"public"})")
                                    << table(R"({"name":"a","classification":"restricted"})")
                                    << "classification-changed" << W;
}

void TestBreakingRules::rules()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, rule);
    QFETCH(int, severity);
    const auto report = compare(Json::parse(before.toStdString()), Json::parse(after.toStdString()));
    QVERIFY2(report.changes.size() >= 1, qPrintable(describe(report)));
    const auto it = std::find_if(
        report.changes.begin(), report.changes.end(), [&](const ClassifiedChange &c) { return c.ruleId == rule; });
    QVERIFY2(it != report.changes.end(), qPrintable(describe(report)));
    QCOMPARE(int(it->severity), severity);
    QVERIFY(!it->message.isEmpty());
    QCOMPARE(report.isBreaking(), severity == int(Severity::Error));
}

void TestBreakingRules::everyRuleIsDocumented()
{
    const QString doc = QString::fromUtf8(test::readAll(QStringLiteral(TESSERA_SOURCE_DIR "/docs/breaking-rules.md")));
    for (const auto &rule : BreakingRules::rules()) {
        QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(QLatin1String(rule.id))), rule.id);
    }
}

void TestBreakingRules::odcsFixturePairs_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("breaking");
    QTest::addColumn<QStringList>("mustContain");
    const QString cli = QStringLiteral("standards/odcs/datacontract-cli/");
    // datacontract-cli (PR #1482): exit code 1, "4 Error, 1 Warning, 3 Info".
    QTest::newRow("changelog integration")
        << cli + "changelog/changelog_integration_v1.yaml" << cli + "changelog/changelog_integration_v2.yaml" << true
        << QStringList { "property-removed", "type-changed", "required-tightened", "schema-object-added",
               "property-added", "sla-loosened" };
    // datacontract-cli: exit code 0 (adds the optional property `region`).
    QTest::newRow("warning only") << cli + "breaking/warning_only_v1.yaml" << cli + "breaking/warning_only_v2.yaml"
                                  << false << QStringList { "property-added" };
    QTest::newRow("same file") << cli + "changelog/changelog_unit_v1.yaml" << cli + "changelog/changelog_unit_v1.yaml"
                               << false << QStringList {};
    QTest::newRow("schema evolution 1 to 2") << cli + "schema-evolution/odcs-datacontract-cities-version-1.yaml"
                                             << cli + "schema-evolution/odcs-datacontract-cities-version-2.yaml" << true
                                             << QStringList { "server-removed", "server-added", "property-added" };
}

void TestBreakingRules::odcsFixturePairs()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, breaking);
    QFETCH(QStringList, mustContain);
    const auto report = compare(load(before), load(after));
    QCOMPARE(report.isBreaking(), breaking);
    const QStringList rules = rulesOf(report);
    for (const QString &rule : mustContain) {
        QVERIFY2(rules.contains(rule), qPrintable(rule + QStringLiteral(" missing:\n") + describe(report)));
    }
}

void TestBreakingRules::dcsFixturePairs_data()
{
    // The DCS pairs of datacontract-cli v0.10.41, imported into ODCS. Where datacontract-cli's DCS rules
    // and ours agree, so do the verdicts; where ours are stricter by design (docs/breaking-rules.md:
    // tightening `required`, `unique` or a bound is breaking here, a warning there), the expected rules say so.
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("breaking");
    QTest::addColumn<QStringList>("mustContain");
    const auto f = [](const char *name) {
        return QStringLiteral("standards/dcs/datacontract-cli-breaking/datacontract-%1.yaml").arg(QLatin1String(name));
    };
    QTest::newRow("fields v2 -> v2") << f("fields-v2") << f("fields-v2") << false << QStringList {};
    QTest::newRow("models v1 -> v2 (model added)")
        << f("models-v1") << f("models-v2") << false << QStringList { "schema-object-added" };
    QTest::newRow("models v2 -> v1 (model removed)")
        << f("models-v2") << f("models-v1") << true << QStringList { "schema-object-removed" };
    QTest::newRow("models v2 -> v3 (model type updated)")
        << f("models-v2") << f("models-v3") << true << QStringList { "type-changed" };
    QTest::newRow("quality v1 -> v2 (added)")
        << f("quality-v1") << f("quality-v2") << false << QStringList { "quality-added" };
    QTest::newRow("quality v2 -> v1 (removed)")
        << f("quality-v2") << f("quality-v1") << false << QStringList { "quality-removed" };
    QTest::newRow("quality v2 -> v3 (updated)")
        << f("quality-v2") << f("quality-v3") << false << QStringList { "quality-changed" };
    QTest::newRow("fields v1 -> v2 (attributes added)")
        << f("fields-v1") << f("fields-v2") << true
        << QStringList { "bound-tightened", "enum-restricted", "property-added", "format-changed" };
    QTest::newRow("fields v2 -> v1 (attributes removed)")
        << f("fields-v2") << f("fields-v1") << true
        << QStringList { "property-removed", "bound-loosened", "enum-unrestricted" };
    QTest::newRow("fields v2 -> v3 (attributes updated)")
        << f("fields-v2") << f("fields-v3") << true
        << QStringList { "required-tightened", "type-changed", "bound-tightened", "enum-value-added",
               "classification-changed" };
    QTest::newRow("definitions v1 -> v2")
        << f("definitions-v1") << f("definitions-v2") << true << QStringList { "bound-tightened" };
    QTest::newRow("definitions v2 -> v3")
        << f("definitions-v2") << f("definitions-v3") << true << QStringList { "type-changed" };
    QTest::newRow("fields-array v1 -> v2")
        << f("fields-array-v1") << f("fields-array-v2") << true << QStringList { "type-changed" };
    QTest::newRow("info v1 -> v2") << f("info-v1") << f("info-v2") << false << QStringList {};
    QTest::newRow("terms v2 -> v3") << f("terms-v2") << f("terms-v3") << false << QStringList { "documentation" };
}

void TestBreakingRules::dcsFixturePairs()
{
    odcsFixturePairs();
}

void TestBreakingRules::suggestsVersion_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("bump");
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<bool>("tooLow");
    QTest::newRow("breaking") << R"({"version":"1.4.2","schema":[{"name":"a"}]})"
                              << R"({"version":"1.5.0","schema":[]})"
                              << "major"
                              << "2.0.0" << true;
    QTest::newRow("warning") << R"({"version":"1.4.2","slaProperties":[]})"
                             << R"({"version":"1.5.0","slaProperties":[{"property":"latency","value":1,"unit":"d"}]})"
                             << "minor"
                             << "1.5.0" << false;
    QTest::newRow("docs") << R"({"version":"1.4.2","description":{"purpose":"a"}})"
                          << R"({"version":"1.4.2","description":{"purpose":"b"}})"
                          << "patch"
                          << "1.4.3" << true;
    QTest::newRow("nothing") << R"({"version":"1.4.2"})"
                             << R"({"version":"1.4.2"})"
                             << "none"
                             << "" << false;
}

void TestBreakingRules::suggestsVersion()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, bump);
    QFETCH(QString, suggested);
    QFETCH(bool, tooLow);
    const auto report = compare(Json::parse(before.toStdString()), Json::parse(after.toStdString()));
    QCOMPARE(report.bump, bump);
    QCOMPARE(QString::fromStdString(report.suggestedVersion), suggested);
    QCOMPARE(report.versionTooLow, tooLow);
}

QTEST_GUILESS_MAIN(TestBreakingRules)
#include "tst_breakingrules.moc"
