// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "yaml/yamlreader.h"
#include "yaml/yamlwriter.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace tessera;

class TestYamlWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void keepsKeyOrder();
    void readableOutput();
};

void TestYamlWriter::roundTrip_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("strings that look like other types")
        << QStringLiteral(R"({"a":"true","b":"1.0","c":"null","d":"","e":"~","f":"0x10","g":"yes","h":"-"})");
    QTest::newRow("strings with syntax") << QStringLiteral(
        "{\"a\":\"k: v\",\"b\":\"- x\",\"c\":\"# c\",\"d\":\"[x]\",\"e\":\"{y}\",\"f\":\"a #b\","
        "\"g\":\"*ref\",\"h\":\"&anc\",\"i\":\"!tag\",\"j\":\"%x\",\"k\":\"@x\",\"l\":\"`x`\"}");
    QTest::newRow("multi-line") << QStringLiteral(
        R"({"sql":"SELECT *\nFROM t\nWHERE x = 1\n","trailing":"a\nb  \n","nolf":"a\nb"})");
    QTest::newRow("numbers") << QStringLiteral(
        R"({"i":42,"n":-3,"f":0.1,"g":1e-7,"big":18446744073709551615,"z":0.0})");
    QTest::newRow("nested") << QStringLiteral(R"({"a":[{"b":[1,[2,3]],"c":{}},[],{"d":null}],"e":true})");
    QTest::newRow("unicode") << QStringLiteral(R"({"pl":"Zażółć gęślą jaźń","emoji":"📦","quote":"say \"x\""})");
    QTest::newRow("keys needing quotes") << QStringLiteral(R"({"1":"a","true":"b","a: b":"c","":"empty"})");
}

void TestYamlWriter::roundTrip()
{
    QFETCH(QString, json);
    const auto value = nlohmann::ordered_json::parse(json.toStdString());
    const std::string yaml = YamlWriter::write(value);
    QVERIFY(!yaml.empty());
    nlohmann::json back;
    ParseError error;
    QVERIFY2(YamlReader().parse(yaml, back, error),
        qPrintable(error.message + QStringLiteral("\n") + QString::fromStdString(yaml)));
    QCOMPARE(
        QString::fromStdString(back.dump()), QString::fromStdString(nlohmann::json::parse(json.toStdString()).dump()));
}

void TestYamlWriter::keepsKeyOrder()
{
    nlohmann::ordered_json value;
    value["zeta"] = 1;
    value["alpha"] = 2;
    value["mid"] = 3;
    QCOMPARE(QString::fromStdString(YamlWriter::write(value)), QStringLiteral("zeta: 1\nalpha: 2\nmid: 3\n"));
}

void TestYamlWriter::readableOutput()
{
    const auto value = nlohmann::ordered_json::parse(
        R"({"name":"orders","tags":["a","b"],"description":"line 1\nline 2\n","props":[{"name":"id","required":true}]})");
    const QString yaml = QString::fromStdString(YamlWriter::write(value));
    QCOMPARE(yaml,
        QStringLiteral("name: orders\ntags:\n- a\n- b\ndescription: |\n  line 1\n  line 2\nprops:\n- name: id\n  "
                       "required: true\n"));
}

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
