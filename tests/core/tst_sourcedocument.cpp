// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/sourcedocument.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;

class TestSourceDocument : public QObject
{
    Q_OBJECT

private slots:
    void detectsFormat_data();
    void detectsFormat();
    void badInput_data();
    void badInput();
    void tooLargeFile();
    void missingFile();
    void folderIsNotAFile();
    void deepJsonIsRefused();
    void locatesYamlAndJson();
};

void TestSourceDocument::detectsFormat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("format");
    QTest::newRow("yaml") << QByteArray("a: 1\n") << int(TextFormat::Yaml);
    QTest::newRow("json object") << QByteArray("{\"a\": 1}") << int(TextFormat::Json);
    QTest::newRow("json after whitespace and BOM") << QByteArray("\xEF\xBB\xBF\n  {\"a\": 1}") << int(TextFormat::Json);
    QTest::newRow("yaml flow is still yaml-compatible json") << QByteArray("[1, 2]") << int(TextFormat::Json);
    QTest::newRow("yaml with BOM") << QByteArray("\xEF\xBB\xBF"
                                                 "a: 1\n")
                                   << int(TextFormat::Yaml);
}

void TestSourceDocument::detectsFormat()
{
    QFETCH(QByteArray, text);
    QFETCH(int, format);
    const auto doc = SourceDocument::fromText(text, QStringLiteral("x"));
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QCOMPARE(int(doc.format()), format);
}

void TestSourceDocument::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty") << 1 << 1;
    QTest::newRow("only whitespace") << QByteArray(" \n\n  ") << QStringLiteral("empty") << 1 << 1;
    QTest::newRow("binary NUL") << QByteArray("a: 1\nb\0c", 9) << QStringLiteral("binary") << 2 << 2;
    QTest::newRow("PNG header") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QStringLiteral("binary") << 1 << 1;
    QTest::newRow("invalid UTF-8") << QByteArray("a: \xC3\x28") << QStringLiteral("binary") << 1 << 4;
    QTest::newRow("malformed JSON") << QByteArray("{\n  \"a\": 1,\n  \"b\": }\n") << QStringLiteral("Not valid JSON")
                                    << 3 << 8;
    QTest::newRow("truncated JSON") << QByteArray("{\"a\": [1, 2") << QStringLiteral("Not valid JSON") << 1 << 12;
    QTest::newRow("malformed YAML") << QByteArray("a: [1, 2\nb: c\n") << QStringLiteral("Not valid YAML") << 2 << 2;
}

void TestSourceDocument::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fragment);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto doc = SourceDocument::fromText(text, QStringLiteral("bad"));
    QVERIFY(!doc.isValid());
    QVERIFY2(doc.error().message.contains(fragment), qPrintable(doc.error().message));
    QCOMPARE(doc.error().location.line, line);
    QCOMPARE(doc.error().location.column, column);
}

void TestSourceDocument::tooLargeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line = "- a fairly long line of yaml text to fill fifty megabytes quickly...........\n";
    const qint64 target = 50LL * 1024 * 1024;
    for (qint64 written = 0; written < target; written += line.size()) {
        file.write(line);
    }
    file.close();
    const auto doc = SourceDocument::fromFile(path);
    QVERIFY(!doc.isValid());
    QVERIFY2(doc.error().message.contains(QStringLiteral("too large")), qPrintable(doc.error().message));
}

void TestSourceDocument::missingFile()
{
    const auto doc = SourceDocument::fromFile(QStringLiteral("/nonexistent/contract.yaml"));
    QVERIFY(!doc.isValid());
    QVERIFY(doc.error().message.contains(QStringLiteral("Cannot open")));
}

void TestSourceDocument::folderIsNotAFile()
{
    QTemporaryDir dir;
    const auto doc = SourceDocument::fromFile(dir.path());
    QVERIFY(!doc.isValid());
    QVERIFY(doc.error().message.contains(QStringLiteral("folder")));
}

void TestSourceDocument::deepJsonIsRefused()
{
    const QByteArray text = QByteArray(10000, '[') + QByteArray(10000, ']');
    const auto doc = SourceDocument::fromText(text);
    QVERIFY(!doc.isValid());
    QVERIFY2(doc.error().message.contains(QStringLiteral("nested")), qPrintable(doc.error().message));
    const QByteArray objects = QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray(10000, '}');
    QVERIFY(!SourceDocument::fromText(objects).isValid());
}

void TestSourceDocument::locatesYamlAndJson()
{
    const auto yaml = SourceDocument::fromText("a:\n  b:\n    - x\n    - y\n");
    QVERIFY(yaml.isValid());
    QCOMPARE(yaml.locate("/a/b/1").line, 4);
    QCOMPARE(yaml.locate("/a/b/1").column, 7);
    QCOMPARE(yaml.locate("/a/missing").line, 1); // the nearest existing parent
    const auto json = SourceDocument::fromText("{\n  \"a\": {\n    \"b\": [1,\n      2]\n  }\n}\n");
    QVERIFY(json.isValid());
    QCOMPARE(json.locate("/a/b").line, 3);
    QCOMPARE(json.locate("/a/b/1").line, 4);
}

QTEST_GUILESS_MAIN(TestSourceDocument)
#include "tst_sourcedocument.moc"
