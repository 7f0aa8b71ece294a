// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "yaml/yamlreader.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace tessera;
using Json = nlohmann::json;

Q_DECLARE_METATYPE(Json)

class TestYamlReader : public QObject
{
    Q_OBJECT

private slots:
    void scalars_data();
    void scalars();
    void structures();
    void errors_data();
    void errors();
    void deepNestingIsRefused();
    void billionLaughsIsRefused();
    void aliasesWithinLimitsExpand();
    void locations();
    void locationsSkipWhatIsNotWanted();
    void comments_data();
    void comments();
};

void TestYamlReader::scalars_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<Json>("expected");

    QTest::newRow("string") << QByteArray("v: hello") << Json("hello");
    QTest::newRow("int") << QByteArray("v: 42") << Json(42);
    QTest::newRow("negative int") << QByteArray("v: -7") << Json(-7);
    QTest::newRow("hex") << QByteArray("v: 0x1F") << Json(31);
    QTest::newRow("octal") << QByteArray("v: 0o17") << Json(15);
    QTest::newRow("float") << QByteArray("v: 99.9") << Json(99.9);
    QTest::newRow("exponent") << QByteArray("v: 1e3") << Json(1000.0);
    QTest::newRow("true") << QByteArray("v: true") << Json(true);
    QTest::newRow("False") << QByteArray("v: False") << Json(false);
    QTest::newRow("yes stays text (YAML 1.2)") << QByteArray("v: yes") << Json("yes");
    QTest::newRow("null") << QByteArray("v: null") << Json(nullptr);
    QTest::newRow("tilde") << QByteArray("v: ~") << Json(nullptr);
    QTest::newRow("empty") << QByteArray("v:") << Json(nullptr);
    QTest::newRow("quoted number") << QByteArray("v: '42'") << Json("42");
    QTest::newRow("double quoted true") << QByteArray("v: \"true\"") << Json("true");
    QTest::newRow("version string") << QByteArray("v: 1.0.0") << Json("1.0.0");
    QTest::newRow("timestamp stays text") << QByteArray("v: 2024-01-01T10:00:00Z") << Json("2024-01-01T10:00:00Z");
    QTest::newRow("date stays text") << QByteArray("v: 2024-01-01") << Json("2024-01-01");
    QTest::newRow("percent") << QByteArray("v: 99.9%") << Json("99.9%");
    QTest::newRow("str tag") << QByteArray("v: !!str 12") << Json("12");
    QTest::newRow("int tag") << QByteArray("v: !!int '12'") << Json(12);
    QTest::newRow("literal block") << QByteArray("v: |\n  a\n  b\n") << Json("a\nb\n");
    QTest::newRow("folded block") << QByteArray("v: >\n  a\n  b\n") << Json("a b\n");
    QTest::newRow("unicode") << QByteArray("v: Zażółć gęślą jaźń") << Json("Zażółć gęślą jaźń");
    QTest::newRow("big int") << QByteArray("v: 18446744073709551615") << Json(18446744073709551615ULL);
    QTest::newRow("infinity") << QByteArray("v: .inf") << Json(std::numeric_limits<double>::infinity());
}

void TestYamlReader::scalars()
{
    QFETCH(QByteArray, yaml);
    QFETCH(Json, expected);
    Json out;
    ParseError error;
    QVERIFY2(YamlReader().parse(yaml.toStdString(), out, error), qPrintable(error.message));
    QCOMPARE(QString::fromStdString(out.at("v").dump()), QString::fromStdString(expected.dump()));
    QCOMPARE(out.at("v").type(), expected.type());
}

void TestYamlReader::structures()
{
    Json out;
    ParseError error;
    const QByteArray yaml = "a:\n  - 1\n  - {b: c, d: [x, y]}\ne: &anchor\n  k: v\nf: *anchor\n---\nsecond: doc\n";
    QVERIFY(YamlReader().parse(yaml.toStdString(), out, error));
    const Json expected = Json::parse(R"({"a":[1,{"b":"c","d":["x","y"]}],"e":{"k":"v"},"f":{"k":"v"}})");
    QCOMPARE(QString::fromStdString(out.dump()), QString::fromStdString(expected.dump()));
}

void TestYamlReader::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("bad indentation") << QByteArray("a: 1\n b: 2\n") << 2 << QStringLiteral("Not valid YAML");
    QTest::newRow("unclosed quote") << QByteArray("a: \"open\nb: 2\n") << 3 << QStringLiteral("Not valid YAML");
    QTest::newRow("tab indentation") << QByteArray("a:\n\t- b\n") << 2 << QStringLiteral("Not valid YAML");
    QTest::newRow("duplicate key") << QByteArray("a: 1\nb: 2\na: 3\n") << 3 << QStringLiteral("Duplicate key");
    QTest::newRow("unknown alias") << QByteArray("a: *nothing\n") << 1 << QStringLiteral("Unknown alias");
    QTest::newRow("complex key") << QByteArray("? [a, b]\n: c\n") << 1 << QStringLiteral("mapping key");
    QTest::newRow("empty") << QByteArray("") << 1 << QStringLiteral("empty");
    QTest::newRow("only a comment") << QByteArray("# nothing\n") << 2 << QStringLiteral("empty");
}

void TestYamlReader::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    Json out;
    ParseError error;
    QVERIFY(!YamlReader().parse(yaml.toStdString(), out, error));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    QCOMPARE(error.location.line, line);
}

void TestYamlReader::deepNestingIsRefused()
{
    std::string yaml;
    for (int i = 0; i < 10000; ++i) {
        yaml += '[';
    }
    for (int i = 0; i < 10000; ++i) {
        yaml += ']';
    }
    Json out;
    ParseError error;
    QVERIFY(!YamlReader().parse(yaml, out, error));
    QVERIFY2(error.message.contains(QStringLiteral("nested")), qPrintable(error.message));
    QCOMPARE(error.location.line, 1);
    QCOMPARE(error.location.column, ParseLimits().maxDepth + 1);
}

void TestYamlReader::billionLaughsIsRefused()
{
    std::string yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    char previous = 'a';
    for (char c = 'b'; c <= 'j'; ++c) {
        yaml += std::string(1, c) + ": &" + c + " [";
        for (int i = 0; i < 9; ++i) {
            yaml += std::string(i ? ", *" : "*") + previous;
        }
        yaml += "]\n";
        previous = c;
    }
    Json out;
    ParseError error;
    QVERIFY(!YamlReader().parse(yaml, out, error));
    QVERIFY2(error.message.contains(QStringLiteral("alias")), qPrintable(error.message));
    QVERIFY(error.location.line > 1);
}

void TestYamlReader::aliasesWithinLimitsExpand()
{
    Json out;
    ParseError error;
    QVERIFY(YamlReader().parse("base: &b {x: 1}\nlist: [*b, *b, *b]\n", out, error));
    QCOMPARE(out.at("list").size(), 3u);
    QCOMPARE(out.at("list").at(2).at("x").get<int>(), 1);
}

void TestYamlReader::locations()
{
    const std::string yaml = "apiVersion: v3.1.0\nschema:\n  - name: orders\n    properties:\n      - name: id\n"
                             "        logicalType: string\n";
    const std::vector<std::string> pointers = { "", "/apiVersion", "/schema", "/schema/0", "/schema/0/name",
        "/schema/0/properties/0/logicalType", "/schema/0/missing", "/nothing/at/all", "/schema/7" };
    const auto at = YamlReader().locate(yaml, pointers);
    QCOMPARE(at.size(), pointers.size());
    QCOMPARE(at[0].line, 1);
    QCOMPARE(at[1].line, 1);
    QCOMPARE(at[2].line, 2);
    QCOMPARE(at[3].line, 3);
    QCOMPARE(at[4].line, 3);
    QCOMPARE(at[4].column, 5);
    QCOMPARE(at[5].line, 6);
    QCOMPARE(at[5].column, 9);
    QCOMPARE(at[6].line, 3); // a missing member: its object
    QCOMPARE(at[7].line, 1); // nothing on the way: the document
    QCOMPARE(at[8].line, 2); // an index past the end: the list
}

void TestYamlReader::locationsSkipWhatIsNotWanted()
{
    // Siblings before the wanted node, with nested lists, mappings, aliases and flow style, keep the
    // count of sequence items and the key of mappings right.
    const std::string yaml = "a: &x {p: [1, 2, {q: 3}], r: s}\nb:\n  - *x\n  - [u, v]\n  - {w: [x, y]}\n"
                             "  - name: z\n    deep:\n      - 1\n      - target\n\"quoted key\": 1\n7: seven\n";
    const auto at = YamlReader().locate(yaml, { "/b/3/deep/1", "/b/2/w/1", "/quoted key", "/7", "/a/p/2/q" });
    QCOMPARE(at[0].line, 9);
    QCOMPARE(at[0].column, 9);
    QCOMPARE(at[1].line, 5);
    QCOMPARE(at[2].line, 10);
    QCOMPARE(at[3].line, 11);
    QCOMPARE(at[4].line, 1);
    // JSON is flow-style YAML.
    const auto json = YamlReader().locate("{\n  \"a\": [\n    1,\n    {\"b\": 2}\n  ]\n}", { "/a/1/b" });
    QCOMPARE(json[0].line, 4);
    // Broken text after the wanted node does not lose it.
    const auto broken = YamlReader().locate("a: 1\nb: [\n", { "/a", "/b" });
    QCOMPARE(broken[0].line, 1);
}

void TestYamlReader::comments_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("expected");
    QTest::newRow("none") << QByteArray("a: b\nc: [d]\n") << false;
    QTest::newRow("line comment") << QByteArray("# top\na: b\n") << true;
    QTest::newRow("trailing comment") << QByteArray("a: b # why\n") << true;
    QTest::newRow("hash inside quotes") << QByteArray("a: 'b # not a comment'\n") << false;
    QTest::newRow("hash inside plain") << QByteArray("a: b#c\n") << false;
    QTest::newRow("hash in literal block") << QByteArray("a: |\n  # not a comment\n  x\n") << false;
    QTest::newRow("after unicode") << QByteArray("a: 'żółw' # comment\n") << true;
    QTest::newRow("hash in quotes after unicode") << QByteArray("a: 'żółw żółw żółw'\nb: 'x # y'\n") << false;
    QTest::newRow("comment after unicode lines") << QByteArray("a: żółw żółw żółw żółw\nb: x # y\n") << true;
    QTest::newRow("url with fragment") << QByteArray("a: https://x.org/p#frag\n") << false;
}

void TestYamlReader::comments()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, expected);
    QCOMPARE(YamlReader().hasComments(yaml.toStdString()), expected);
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
