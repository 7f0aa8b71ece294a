// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/compiledschema.h"
#include "contract/schemavalidator.h"
#include "contract/sourcedocument.h"
#include "testutils.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <functional>

using namespace tessera;
using Json = nlohmann::json;

Q_DECLARE_METATYPE(Json)

namespace {

/** The shared ODCS documents: every example, draft and lint fixture, valid or not. */
std::vector<Json> sharedContracts()
{
    std::vector<Json> out;
    QDirIterator it(test::fixture(QStringLiteral("standards/odcs")), { QStringLiteral("*.yaml") }, QDir::Files,
        QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    for (const QString &file : files) {
        const auto doc = SourceDocument::fromFile(file);
        if (doc.isValid() && doc.value().is_object()) {
            out.push_back(doc.value());
        }
    }
    return out;
}

/**
 * Small, deterministic mutations of a document, each a likely real-world mistake: a member dropped,
 * a value of the wrong type, an unknown key, an emptied list. They reach deep into the schema's
 * combinators and unevaluatedProperties, where a compiled verdict could drift from the reference.
 */
void mutations(const Json &document, const std::function<void(const Json &)> &visit)
{
    std::vector<Json::json_pointer> pointers;
    const std::function<void(const Json &, const Json::json_pointer &)> walk
        = [&](const Json &node, const Json::json_pointer &at) {
              pointers.push_back(at);
              if (node.is_object()) {
                  for (auto it = node.begin(); it != node.end(); ++it) {
                      walk(it.value(), at / it.key());
                  }
              } else if (node.is_array()) {
                  for (std::size_t i = 0; i < node.size(); ++i) {
                      walk(node[i], at / i);
                  }
              }
          };
    walk(document, Json::json_pointer());
    std::size_t i = 0;
    for (const auto &pointer : pointers) {
        ++i;
        const Json &node = document.at(pointer);
        if (!pointer.empty()) {
            Json removed = document;
            const auto parent = pointer.parent_pointer();
            Json &container = removed.at(parent);
            if (container.is_object()) {
                container.erase(pointer.back());
            } else {
                container.erase(container.begin() + std::stoll(pointer.back()));
            }
            visit(removed);
        }
        Json retyped = document;
        switch (i % 5) {
        case 0:
            retyped.at(pointer) = node.is_string() ? Json(42) : Json("text");
            break;
        case 1:
            retyped.at(pointer) = node.is_array() ? Json::object() : Json::array();
            break;
        case 2:
            retyped.at(pointer) = nullptr;
            break;
        case 3:
            retyped.at(pointer) = node.is_number() ? Json(-1.5) : Json(true);
            break;
        default:
            retyped.at(pointer) = node.is_boolean() ? Json("yes") : Json(2.0);
            break;
        }
        visit(retyped);
        if (node.is_object()) {
            Json extended = document;
            extended.at(pointer)["notInTheStandard"] = "x";
            visit(extended);
        }
    }
}

} // namespace

class TestCompiledSchema : public QObject
{
    Q_OBJECT

private slots:
    void officialSuite_data();
    void officialSuite();
    void suiteCoverage();
    void bundledSchemasCompile();
    void agreesWithReferenceOnMutations();
    void failureSaysWhere_data();
    void failureSaysWhere();
    void integralFloatsAreIntegers();
    void unsupportedKeywordsAreReported_data();
    void unsupportedKeywordsAreReported();
    void endlessRecursionEnds();

private:
    int m_ran = 0;
};

void TestCompiledSchema::officialSuite_data()
{
    QTest::addColumn<Json>("schema");
    QTest::addColumn<Json>("data");
    QTest::addColumn<bool>("valid");
    const QStringList files
        = test::fixtures(QStringLiteral("json-schema-test-suite/draft2019-09"), QStringLiteral("*.json"));
    QVERIFY(files.size() >= 20);
    for (const QString &file : files) {
        const QByteArray bytes = test::readAll(file);
        const Json groups = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
        const QString base = QFileInfo(file).baseName();
        for (const auto &group : groups) {
            // Groups that need what the compiled schema leaves out ($id-relative and remote references,
            // anchors, recursion keywords, unevaluatedItems) say so; every other group must pass.
            if (const CompiledSchema compiled(group.at("schema")); !compiled.isComplete()) {
                qInfo("left out: %s: %s (%s)", qPrintable(base), group.at("description").get<std::string>().c_str(),
                    compiled.unsupported().c_str());
                continue;
            }
            for (const auto &test : group.at("tests")) {
                QTest::addRow("%s: %s: %s", qPrintable(base), group.at("description").get<std::string>().c_str(),
                    test.at("description").get<std::string>().c_str())
                    << group.at("schema") << test.at("data") << test.at("valid").get<bool>();
            }
        }
    }
}

void TestCompiledSchema::officialSuite()
{
    QFETCH(Json, schema);
    QFETCH(Json, data);
    QFETCH(bool, valid);
    const CompiledSchema compiled(schema);
    QVERIFY(compiled.isComplete());
    QCOMPARE(compiled.accepts(data), valid);
    CompiledSchema::Failure failure;
    QCOMPARE(compiled.accepts(data, &failure), valid);
    QCOMPARE(failure.keyword.empty(), valid);
    ++m_ran;
}

void TestCompiledSchema::suiteCoverage()
{
    // Guard against a suite that silently shrinks: every group in scope runs, two more than valijson can.
    QVERIFY2(m_ran >= 700, qPrintable(QString::number(m_ran)));
}

void TestCompiledSchema::bundledSchemasCompile()
{
    for (const char *name :
        { "odcs-json-schema-v3.0.2.json", "odcs-json-schema-v3.1.0.json", "odps-json-schema-v1.0.0.json" }) {
        const QByteArray bytes = test::readAll(QStringLiteral(":/schemas/") + QLatin1String(name));
        const CompiledSchema compiled(Json::parse(bytes.constData(), bytes.constData() + bytes.size()));
        QVERIFY2(compiled.isComplete(), compiled.unsupported().c_str());
        const auto validator = SchemaValidator::fromResource(QStringLiteral(":/schemas/") + QLatin1String(name));
        QVERIFY(validator->usesCompiledSchema());
    }
}

void TestCompiledSchema::agreesWithReferenceOnMutations()
{
    // The reference is valijson plus the unevaluatedProperties pass, itself held to the official suite
    // and to ajv (tst_schemavalidator). Every shared contract and thousands of mutations of it.
    const std::vector<Json> contracts = sharedContracts();
    QVERIFY(contracts.size() >= 20);
    int checked = 0;
    int rejected = 0;
    for (const char *name : { "odcs-json-schema-v3.0.2.json", "odcs-json-schema-v3.1.0.json" }) {
        const auto validator = SchemaValidator::fromResource(QStringLiteral(":/schemas/") + QLatin1String(name));
        QVERIFY(validator && validator->usesCompiledSchema());
        for (const Json &contract : contracts) {
            mutations(contract, [&](const Json &candidate) {
                const bool compiled = validator->acceptsByCompiledSchema(candidate);
                const bool reference = validator->acceptsByValijsonAndPass(candidate);
                if (compiled != reference) {
                    QFAIL(qPrintable(QStringLiteral("%1: compiled says %2, valijson and the pass say %3 on %4")
                                         .arg(QLatin1String(name), compiled ? u"valid"_qs : u"invalid"_qs,
                                             reference ? u"valid"_qs : u"invalid"_qs,
                                             QString::fromStdString(candidate.dump()).left(400))));
                }
                // Errors are found exactly where the verdict is "invalid".
                const auto errors = validator->validate(candidate);
                if (errors.empty() != compiled) {
                    QFAIL(qPrintable(QStringLiteral("%1: verdict %2 with %3 errors on %4")
                                         .arg(QLatin1String(name), compiled ? u"valid"_qs : u"invalid"_qs)
                                         .arg(errors.size())
                                         .arg(QString::fromStdString(candidate.dump()).left(400))));
                }
                rejected += compiled ? 0 : 1;
                ++checked;
            });
        }
    }
    qInfo("%d documents agree (%d rejected)", checked, rejected);
    QVERIFY(checked > 5000);
    QVERIFY(rejected > 1000);
}

void TestCompiledSchema::failureSaysWhere_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("keyword");
    const QByteArray head = "apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\nstatus: active\n";
    QTest::newRow("unknown root key") << head + "descripton: x\n"
                                      << "/descripton"
                                      << "additionalProperties";
    QTest::newRow("unknown property key")
        << head + "schema:\n  - name: t\n    properties:\n      - name: a\n        logicalTyp: string\n"
        << "/schema/0/properties/0/logicalTyp"
        << "unevaluatedProperties";
    QTest::newRow("missing required") << QByteArray("apiVersion: v3.1.0\nkind: DataContract\nid: c1\n") << ""
                                      << "required";
    QTest::newRow("wrong type") << head + "tags: 5\n"
                                << "/tags"
                                << "type";
}

void TestCompiledSchema::failureSaysWhere()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, pointer);
    QFETCH(QString, keyword);
    const QByteArray bytes = test::readAll(QStringLiteral(":/schemas/odcs-json-schema-v3.1.0.json"));
    const CompiledSchema compiled(Json::parse(bytes.constData(), bytes.constData() + bytes.size()));
    const SourceDocument doc = SourceDocument::fromText(yaml);
    QVERIFY(doc.isValid());
    CompiledSchema::Failure failure;
    QVERIFY(!compiled.accepts(doc.value(), &failure));
    QCOMPARE(QString::fromStdString(failure.instancePointer), pointer);
    QCOMPARE(QString::fromStdString(failure.keyword), keyword);
}

void TestCompiledSchema::integralFloatsAreIntegers()
{
    const CompiledSchema compiled(Json::parse(R"({"type": "integer", "minimum": 1, "maximum": 3})"));
    QVERIFY(compiled.accepts(Json(2.0)));
    QVERIFY(compiled.accepts(Json(3)));
    QVERIFY(!compiled.accepts(Json(2.5)));
    QVERIFY(!compiled.accepts(Json(4.0)));
    QVERIFY(!compiled.accepts(Json(-9223372036854775807LL)));
    QVERIFY(!compiled.accepts(Json(18446744073709551615ULL)));
    const CompiledSchema multiple(Json::parse(R"({"multipleOf": 0.01})"));
    QVERIFY(multiple.accepts(Json(19.99)));
    QVERIFY(!multiple.accepts(Json(19.995)));
    const CompiledSchema unique(Json::parse(R"({"uniqueItems": true})"));
    Json many = Json::array();
    for (int i = 0; i < 100; ++i) {
        many.push_back(i);
    }
    QVERIFY(unique.accepts(many));
    many.push_back(50.0);
    QVERIFY(!unique.accepts(many)); // 50 and 50.0 are the same value, far apart in a long list
}

void TestCompiledSchema::unsupportedKeywordsAreReported_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("construct");
    QTest::newRow("remote ref") << QByteArray(R"({"$ref": "https://example.com/s.json"})")
                                << "$ref \"https://example.com/s.json\"";
    QTest::newRow("anchor ref") << QByteArray(R"({"$ref": "#foo", "$defs": {"a": {"$anchor": "foo"}}})")
                                << "$ref \"#foo\"";
    QTest::newRow("dangling ref") << QByteArray(R"({"$ref": "#/$defs/missing"})") << "$ref \"#/$defs/missing\"";
    QTest::newRow("recursive ref") << QByteArray(R"({"$recursiveRef": "#"})") << "$recursiveRef";
    QTest::newRow("unevaluatedItems") << QByteArray(R"({"unevaluatedItems": false})") << "unevaluatedItems";
    QTest::newRow("nested id") << QByteArray(R"({"items": {"$id": "x.json"}})") << "$id below the root";
    QTest::newRow("bad pattern") << QByteArray(R"({"pattern": "(unclosed"})") << "pattern \"(unclosed\"";
}

void TestCompiledSchema::unsupportedKeywordsAreReported()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, construct);
    const CompiledSchema compiled(Json::parse(schema.constData()));
    QVERIFY(!compiled.isComplete());
    QCOMPARE(QString::fromStdString(compiled.unsupported()), construct);
    // SchemaValidator then keeps to valijson for its verdicts.
    const SchemaValidator validator(Json::parse(schema.constData()));
    QVERIFY(!validator.usesCompiledSchema());
}

void TestCompiledSchema::endlessRecursionEnds()
{
    // A schema that refers to itself without consuming the instance: a verdict, not a stack overflow.
    const CompiledSchema compiled(Json::parse(R"({"allOf": [{"$ref": "#"}], "type": "object"})"));
    QVERIFY(compiled.isComplete());
    CompiledSchema::Failure failure;
    QVERIFY(!compiled.accepts(Json::object(), &failure));
    QCOMPARE(QString::fromStdString(failure.keyword), QStringLiteral("$ref"));
}

QTEST_GUILESS_MAIN(TestCompiledSchema)
#include "tst_compiledschema.moc"
