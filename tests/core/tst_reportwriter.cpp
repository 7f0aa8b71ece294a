// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "report/reportwriter.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace tessera;

namespace {

std::vector<LintResult> sample()
{
    LintResult ok;
    ok.fileName = QStringLiteral("good.yaml");
    LintResult bad;
    bad.fileName = QStringLiteral("bad <&>.yaml");
    bad.findings.push_back(
        { QStringLiteral("schema"), Severity::Error, "/status", QStringLiteral("Missing \"status\""), { 3, 1 } });
    bad.findings.push_back(
        { QStringLiteral("version-semver"), Severity::Warning, "/version", QStringLiteral("Not semver"), { 2, 10 } });
    return { ok, bad };
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void formats();
    void lintText();
    void lintJson();
    void lintJUnit();
    void breakingJson();
};

void TestReportWriter::formats()
{
    ReportWriter::Format f;
    QVERIFY(ReportWriter::parseFormat(QStringLiteral("json"), f) && f == ReportWriter::Format::Json);
    QVERIFY(ReportWriter::parseFormat(QStringLiteral("junit"), f) && f == ReportWriter::Format::JUnit);
    QVERIFY(ReportWriter::parseFormat(QStringLiteral("text"), f) && f == ReportWriter::Format::Text);
    QVERIFY(!ReportWriter::parseFormat(QStringLiteral("xml"), f));
}

void TestReportWriter::lintText()
{
    const QString text = QString::fromUtf8(ReportWriter::lint(sample(), ReportWriter::Format::Text));
    QVERIFY2(text.contains(QStringLiteral("bad <&>.yaml:3:1: error: Missing \"status\" [schema] (/status)")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("bad <&>.yaml:2:10: warning: Not semver [version-semver]")));
    QVERIFY(text.contains(QStringLiteral("2 file(s) checked")));
}

void TestReportWriter::lintJson()
{
    const auto doc = nlohmann::json::parse(ReportWriter::lint(sample(), ReportWriter::Format::Json).toStdString());
    QCOMPARE(doc.at("summary").at("files").get<int>(), 2);
    QCOMPARE(doc.at("summary").at("invalid").get<int>(), 1);
    QCOMPARE(doc.at("summary").at("errors").get<int>(), 1);
    QCOMPARE(doc.at("summary").at("warnings").get<int>(), 1);
    const auto &finding = doc.at("files").at(1).at("findings").at(0);
    QCOMPARE(finding.at("rule").get<std::string>(), std::string("schema"));
    QCOMPARE(finding.at("severity").get<std::string>(), std::string("error"));
    QCOMPARE(finding.at("line").get<int>(), 3);
    QCOMPARE(finding.at("path").get<std::string>(), std::string("/status"));
}

void TestReportWriter::lintJUnit()
{
    QXmlStreamReader xml(ReportWriter::lint(sample(), ReportWriter::Format::JUnit));
    int testcases = 0;
    int failures = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            testcases += xml.name() == QLatin1String("testcase");
            failures += xml.name() == QLatin1String("failure");
            if (xml.name() == QLatin1String("testcase") && testcases == 2) {
                QCOMPARE(xml.attributes().value(QLatin1String("name")).toString(), QStringLiteral("bad <&>.yaml"));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(testcases, 2);
    QCOMPARE(failures, 1);
}

void TestReportWriter::breakingJson()
{
    const auto a = nlohmann::json::parse(R"({"version":"1.0.0","schema":[{"name":"t"}]})");
    const auto b = nlohmann::json::parse(R"({"version":"1.0.0","schema":[]})");
    const auto report = BreakingRules::classify(ContractDiff::compare(a, b), a, b);
    const auto doc = nlohmann::json::parse(
        ReportWriter::breaking(report, QStringLiteral("a"), QStringLiteral("b"), ReportWriter::Format::Json)
            .toStdString());
    QCOMPARE(doc.at("breaking").get<bool>(), true);
    QCOMPARE(doc.at("errors").get<int>(), 1);
    QCOMPARE(doc.at("suggestedVersion").get<std::string>(), std::string("2.0.0"));
    QCOMPARE(doc.at("changes").at(0).at("rule").get<std::string>(), std::string("schema-object-removed"));
}

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
