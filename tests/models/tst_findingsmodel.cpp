// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contractfindingsmodel.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace tessera;

namespace {

Finding makeFinding(const char *rule, Severity severity, const char *path, const char *message, int line, int column)
{
    return Finding { QString::fromLatin1(rule), severity, path, QString::fromUtf8(message),
        SourceLocation { line, column } };
}

// Three findings in file order; the error comes last so that sorting has something to do.
Findings sampleFindings()
{
    return {
        makeFinding("odcs-status-unknown", Severity::Warning, "/status", "Unknown status \"actve\"", 4, 9),
        makeFinding("odcs-description", Severity::Info, "", "The contract has no description", 0, 0),
        makeFinding("odcs-schema", Severity::Error, "/schema/0/properties/2/logicalType",
            "\"text\" is not one of the allowed values", 27, 22),
    };
}

} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyModel();
    void rowsAndColumns();
    void display_data();
    void display();
    void sortRole_data();
    void sortRole();
    void proxySortsErrorsFirst();
    void findingRoles();
    void severityIcons();
    void counts();
    void headers();
    void setFindingsResets();
};

void TestFindingsModel::initTestCase()
{
    // Breeze is what the Debian package depends on; the offscreen platform knows no icon theme of its own.
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths()
        + QStandardPaths::locateAll(
            QStandardPaths::GenericDataLocation, QStringLiteral("icons"), QStandardPaths::LocateDirectory));
    QIcon::setThemeName(QStringLiteral("breeze"));
}

void TestFindingsModel::emptyModel()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    QCOMPARE(model.count(Severity::Error), 0);
}

void TestFindingsModel::rowsAndColumns()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(sampleFindings());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 5);
    // A table: no children anywhere.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QVERIFY(!model.index(3, 0).isValid());
    QVERIFY(!model.data(model.index(3, 0)).isValid());
}

void TestFindingsModel::display_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::addRow("warning severity") << 0 << int(FindingsModel::SeverityColumn) << QStringLiteral("Warning");
    QTest::addRow("info severity") << 1 << int(FindingsModel::SeverityColumn) << QStringLiteral("Info");
    QTest::addRow("error severity") << 2 << int(FindingsModel::SeverityColumn) << QStringLiteral("Error");
    QTest::addRow("message") << 0 << int(FindingsModel::MessageColumn) << QStringLiteral("Unknown status \"actve\"");
    QTest::addRow("location") << 2 << int(FindingsModel::LocationColumn) << QStringLiteral("27:22");
    QTest::addRow("unknown location is empty") << 1 << int(FindingsModel::LocationColumn) << QString();
    QTest::addRow("path") << 2 << int(FindingsModel::PathColumn)
                          << QStringLiteral("/schema/0/properties/2/logicalType");
    QTest::addRow("whole-document path") << 1 << int(FindingsModel::PathColumn) << QString();
    QTest::addRow("rule id") << 0 << int(FindingsModel::RuleColumn) << QStringLiteral("odcs-status-unknown");
}

void TestFindingsModel::display()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);

    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(sampleFindings());
    QCOMPARE(model.data(model.index(row, column)).toString(), expected);
}

void TestFindingsModel::sortRole_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariantList>("expected"); // SortRole of rows 0, 1, 2

    QTest::addRow("severity as its enum value")
        << int(FindingsModel::SeverityColumn)
        << QVariantList { int(Severity::Warning), int(Severity::Info), int(Severity::Error) };
    QTest::addRow("message as text") << int(FindingsModel::MessageColumn)
                                     << QVariantList { QStringLiteral("Unknown status \"actve\""),
                                            QStringLiteral("The contract has no description"),
                                            QStringLiteral("\"text\" is not one of the allowed values") };
    QTest::addRow("location as line, then column") << int(
        FindingsModel::LocationColumn) << QVariantList { (qint64(4) << 32) | 9, qint64(0), (qint64(27) << 32) | 22 };
    QTest::addRow("rule id") << int(FindingsModel::RuleColumn)
                             << QVariantList { QStringLiteral("odcs-status-unknown"),
                                    QStringLiteral("odcs-description"), QStringLiteral("odcs-schema") };
}

void TestFindingsModel::sortRole()
{
    QFETCH(int, column);
    QFETCH(QVariantList, expected);

    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(sampleFindings());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, column), SortRole), expected.at(row));
}

void TestFindingsModel::proxySortsErrorsFirst()
{
    FindingsModel model;
    model.setFindings(sampleFindings());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.sort(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("odcs-schema"));
    QCOMPARE(proxy.index(1, FindingsModel::RuleColumn).data().toString(), QStringLiteral("odcs-status-unknown"));
    QCOMPARE(proxy.index(2, FindingsModel::RuleColumn).data().toString(), QStringLiteral("odcs-description"));

    // By location, numerically: line 4 comes before line 27 (a text sort of "4:9" and "27:22" would not).
    proxy.sort(FindingsModel::LocationColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, FindingsModel::LocationColumn).data().toString(), QString());
    QCOMPARE(proxy.index(1, FindingsModel::LocationColumn).data().toString(), QStringLiteral("4:9"));
    QCOMPARE(proxy.index(2, FindingsModel::LocationColumn).data().toString(), QStringLiteral("27:22"));
}

void TestFindingsModel::findingRoles()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(sampleFindings());
    // The finding's own roles answer on every column of its row.
    const QModelIndex index = model.index(2, FindingsModel::MessageColumn);
    QCOMPARE(index.data(SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(index.data(LineRole).toInt(), 27);
    QCOMPARE(index.data(ColumnRole).toInt(), 22);
    QCOMPARE(index.data(JsonPointerRole).toString(), QStringLiteral("/schema/0/properties/2/logicalType"));
    QCOMPARE(index.data(RuleIdRole).toString(), QStringLiteral("odcs-schema"));
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), QStringLiteral("\"text\" is not one of the allowed values"));
}

void TestFindingsModel::severityIcons()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(sampleFindings());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant decoration = model.index(row, FindingsModel::SeverityColumn).data(Qt::DecorationRole);
        QCOMPARE(decoration.typeId(), QMetaType::QIcon);
        QVERIFY2(!decoration.value<QIcon>().isNull(), "the breeze theme has dialog-error/-warning/-information");
        // Only the severity column carries an icon.
        QVERIFY(!model.index(row, FindingsModel::MessageColumn).data(Qt::DecorationRole).isValid());
    }
    QCOMPARE(model.index(0, 0).data(Qt::DecorationRole).value<QIcon>().name(), QStringLiteral("dialog-warning"));
    QCOMPARE(model.index(1, 0).data(Qt::DecorationRole).value<QIcon>().name(), QStringLiteral("dialog-information"));
    QCOMPARE(model.index(2, 0).data(Qt::DecorationRole).value<QIcon>().name(), QStringLiteral("dialog-error"));
}

void TestFindingsModel::counts()
{
    FindingsModel model;
    Findings findings = sampleFindings();
    findings.push_back(makeFinding("odcs-schema", Severity::Error, "/id", "Missing id", 1, 1));
    model.setFindings(std::move(findings));
    QCOMPARE(model.count(Severity::Error), 2);
    QCOMPARE(model.count(Severity::Warning), 1);
    QCOMPARE(model.count(Severity::Info), 1);
}

void TestFindingsModel::headers()
{
    FindingsModel model;
    const QStringList expected { QStringLiteral("Severity"), QStringLiteral("Message"), QStringLiteral("Location"),
        QStringLiteral("Path"), QStringLiteral("Rule") };
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestFindingsModel::setFindingsResets()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setFindings(sampleFindings());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);

    model.setFindings({});
    QCOMPARE(aboutToReset.count(), 2);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.findings().empty());
}

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
