// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/sourcedocument.h"
#include "contractdocument.h"
#include "testutils.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace tessera;
using Json = nlohmann::json;

/** The designer's document: every edit an undo step, nothing it does not model lost. */
class TestContractDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blankContract();
    void setAndUndo();
    void typingMergesPerField();
    void clearingRemovesEmptyParents();
    void arrays();
    void replaceDocument();
    void malformedPointersChangeNothing();
    void modifiedFollowsTheCleanState();
    void roundTrip_data();
    void roundTrip();
};

void TestContractDocument::blankContract()
{
    ContractDocument doc(ContractDocument::blank());
    QCOMPARE(doc.text("/apiVersion"), QStringLiteral("v3.1.0"));
    QCOMPARE(doc.text("/kind"), QStringLiteral("DataContract"));
    QVERIFY(!QUuid::fromString(doc.id()).isNull());
    QCOMPARE(doc.version(), QStringLiteral("0.1.0"));
    QCOMPARE(doc.text("/status"), QStringLiteral("draft"));
    QVERIFY(!doc.isModified());
    // Two blank contracts never share an id.
    QVERIFY(ContractDocument(ContractDocument::blank()).id() != doc.id());
}

void TestContractDocument::setAndUndo()
{
    ContractDocument doc(ContractDocument::blank());
    QSignalSpy changed(&doc, &ContractDocument::changed);
    doc.setValue("/description/purpose", "Orders as placed");
    QCOMPARE(doc.text("/description/purpose"), QStringLiteral("Orders as placed"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("/description/purpose"));
    doc.setValue("/slaDefaultElement", "orders.placed_at");
    QCOMPARE(doc.undoStack()->count(), 2);

    doc.undoStack()->undo();
    QVERIFY(doc.value("/slaDefaultElement").is_null());
    doc.undoStack()->undo();
    QVERIFY(!doc.document().contains("description")); // created by the edit, gone with its undo
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(doc.text("/slaDefaultElement"), QStringLiteral("orders.placed_at"));
    QCOMPARE(changed.count(), 6);

    // Setting the same value again is no edit.
    doc.setValue("/slaDefaultElement", "orders.placed_at");
    QCOMPARE(doc.undoStack()->count(), 2);
    // Numbers and booleans read as text too.
    doc.setValue("/schema/0/properties/0/primaryKeyPosition", 1);
    doc.setValue("/schema/0/properties/0/required", true);
    QCOMPARE(doc.text("/schema/0/properties/0/primaryKeyPosition"), QStringLiteral("1"));
    QCOMPARE(doc.text("/schema/0/properties/0/required"), QStringLiteral("true"));
}

void TestContractDocument::typingMergesPerField()
{
    ContractDocument doc(ContractDocument::blank());
    for (const char *typed : { "O", "Or", "Ord", "Orde", "Order" }) {
        doc.setText("/name", QString::fromUtf8(typed));
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.setText("/tenant", "foodco");
    doc.setText("/name", "Orders");
    QCOMPARE(doc.undoStack()->count(), 3); // another field in between: a step of its own
    doc.undoStack()->undo();
    QCOMPARE(doc.name(), QStringLiteral("Order"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.value("/name").is_null());

    // Typed and erased again: nothing left to undo.
    ContractDocument other(ContractDocument::blank());
    other.setText("/tenant", "x");
    other.setText("/tenant", "");
    QCOMPARE(other.undoStack()->count(), 0);
    QVERIFY(!other.document().contains("tenant"));
}

void TestContractDocument::clearingRemovesEmptyParents()
{
    ContractDocument doc(ContractDocument::blank());
    doc.setText("/description/purpose", "p");
    doc.setText("/description/usage", "u");
    doc.setText("/description/purpose", "");
    QVERIFY(doc.document().at("description").is_object());
    doc.setText("/description/usage", "");
    QVERIFY(!doc.document().contains("description"));
    // Undo brings the section back as it was.
    doc.undoStack()->undo();
    QCOMPARE(doc.text("/description/usage"), QStringLiteral("u"));
}

void TestContractDocument::arrays()
{
    ContractDocument doc(ContractDocument::blank());
    doc.insertItem("/schema", 0, Json { { "name", "orders" } });
    doc.insertItem("/schema", 5, Json { { "name", "items" } }); // past the end: appended
    doc.insertItem("/schema", 0, Json { { "name", "first" } });
    QCOMPARE(doc.text("/schema/0/name"), QStringLiteral("first"));
    QCOMPARE(doc.text("/schema/2/name"), QStringLiteral("items"));
    doc.moveItem("/schema", 0, 2);
    QCOMPARE(doc.text("/schema/0/name"), QStringLiteral("orders"));
    QCOMPARE(doc.text("/schema/2/name"), QStringLiteral("first"));
    doc.moveItem("/schema", 0, 7); // out of range: nothing
    QCOMPARE(doc.undoStack()->count(), 4);
    doc.removeItem("/schema", 1);
    doc.removeItem("/schema", 9); // out of range: nothing
    QCOMPARE(doc.value("/schema").size(), std::size_t(2));
    doc.removeItem("/schema", 0);
    doc.removeItem("/schema", 0);
    QVERIFY(!doc.document().contains("schema")); // no `schema: []` left behind
    while (doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
    }
    QVERIFY(!doc.document().contains("schema"));
}

void TestContractDocument::replaceDocument()
{
    ContractDocument doc(ContractDocument::blank());
    const Json before = doc.document();
    Json edited = before;
    edited["name"] = "From YAML";
    edited["x-vendor"] = { { "kept", true } };
    doc.replaceDocument(edited);
    QVERIFY(doc.document() == edited);
    doc.replaceDocument(Json::array()); // not a contract: refused
    QVERIFY(doc.document() == edited);
    doc.undoStack()->undo();
    QVERIFY(doc.document() == before);
}

void TestContractDocument::malformedPointersChangeNothing()
{
    ContractDocument doc(ContractDocument::blank());
    const Json before = doc.document();
    doc.setValue("no-leading-slash", 1);
    doc.setValue("/id/0", "x"); // through a string
    QVERIFY(doc.value("~bad").is_null());
    QVERIFY(doc.text("/id/0").isEmpty());
    QVERIFY(doc.document() == before);
}

void TestContractDocument::modifiedFollowsTheCleanState()
{
    ContractDocument doc(ContractDocument::blank());
    QSignalSpy modified(&doc, &ContractDocument::modifiedChanged);
    doc.setText("/name", "A");
    QVERIFY(doc.isModified());
    doc.setClean();
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 3);
}

void TestContractDocument::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QDirIterator it(test::fixture(QStringLiteral("standards/odcs")),
        { QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDirIterator::Subdirectories);
    int n = 0;
    while (it.hasNext()) {
        const QString file = it.next();
        const SourceDocument source = SourceDocument::fromFile(file);
        if (!source.isValid() || !source.value().is_object() || source.value().value("kind", "") != "DataContract") {
            continue; // schemas, DCS files and fragments
        }
        QTest::addRow("%s", qPrintable(file.mid(file.indexOf(QStringLiteral("standards/odcs/")) + 15))) << file;
        ++n;
    }
    QVERIFY(n > 10);
}

void TestContractDocument::roundTrip()
{
    // Opened and saved without changes: the same document, unknown fields and all. Saved after an edit and
    // its undo: the same again.
    QFETCH(QString, file);
    const SourceDocument source = SourceDocument::fromFile(file);
    QVERIFY(source.isValid());
    ContractDocument doc(source.value());
    const auto reread
        = [](const std::string &yaml) { return SourceDocument::fromText(QByteArray::fromStdString(yaml)).value(); };
    QVERIFY(reread(doc.yaml()) == source.value());
    doc.setText("/name", "changed");
    doc.setValue("/schema", Json::array());
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.document() == source.value());
    QVERIFY(reread(doc.yaml()) == source.value());
}

QTEST_GUILESS_MAIN(TestContractDocument)
#include "tst_contractdocument.moc"
