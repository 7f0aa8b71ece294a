// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/documentarea.h"
#include "catalog/local/localfoldersource.h"
#include "catalogservice.h"
#include "contract/linter.h"
#include "contract/sourcedocument.h"
#include "contractdocument.h"
#include "contractfindingsmodel.h"
#include "draftservice.h"
#include "editor/arraytable.h"
#include "editor/comparedialog.h"
#include "editor/contracteditor.h"
#include "mainwindow.h"
#include "store/store.h"
#include "testutils.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUuid>

using namespace tessera;
using Json = nlohmann::json;

/** The contract designer, driven like a user drives it: typing into fields, tables, the YAML, the problems. */
class TestContractEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingEditsTheDocument();
    void undoRestoresTheFields();
    void descriptionHasAPreview();
    void slaFromAPreset();
    void schemaObjectsAndProperties();
    void yamlFollowsAndEdits();
    void problemsLeadToTheirField();
    void largeContractOpens();
    void draftsComeBack();
    void publishKeepsUntouchedSections();
    void breakingChangeNeedsConfirmation();
    void compareShowsTheVerdict();
    void qualityRulesHaveOneOperator();
    void teamRolesAndMore();
    void templatesStartValid();
    void duplicateARow();
    void droppedFilesOpen();
    void propertyDetailsAndNesting();
    void reorderByDragAndDrop();
    void serverFieldsFollowTheType();
    void publishToAnEndpointQueuesIt();
    void submitForReviewPublishesItProposed();

private:
    ContractEditor *open(Json document);
    template <typename T> T *child(const char *name)
    {
        T *found = m_editor->findChild<T *>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no %s", name);
        }
        return found;
    }

    std::shared_ptr<const Linter> m_linter = std::make_shared<const Linter>();
    std::unique_ptr<ContractEditor> m_editor;
};

void TestContractEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_contracteditor"));
}

void TestContractEditor::init()
{
    QSettings().clear();
}

void TestContractEditor::cleanup()
{
    m_editor.reset();
}

ContractEditor *TestContractEditor::open(Json document)
{
    m_editor = std::make_unique<ContractEditor>(
        new ContractDocument(std::move(document)), nullptr, m_linter, QStringLiteral("test"), QString());
    m_editor->resize(1300, 850);
    m_editor->show();
    if (!QTest::qWaitForWindowExposed(m_editor.get())) {
        return nullptr;
    }
    return m_editor.get();
}

void TestContractEditor::typingEditsTheDocument()
{
    QVERIFY(open(ContractDocument::blank()));
    auto *name = child<QLineEdit>("field_name");
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Placed orders"));
    QCOMPARE(m_editor->document()->name(), QStringLiteral("Placed orders"));
    QCOMPARE(m_editor->document()->undoStack()->count(), 1); // one field, one undo step
    QVERIFY(m_editor->title().contains(QStringLiteral("Placed orders")));

    auto *tags = child<QLineEdit>("field_tags");
    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("orders, gold, "));
    QVERIFY(m_editor->document()->value("/tags") == Json({ "orders", "gold" }));
    QCOMPARE(tags->text(), QStringLiteral("orders, gold, ")); // not rewritten under the cursor

    auto *status = child<QComboBox>("field_status");
    status->setCurrentText(QStringLiteral("active"));
    QCOMPARE(m_editor->document()->text("/status"), QStringLiteral("active"));

    // Clearing a field removes its key.
    name->clear();
    QVERIFY(!m_editor->document()->document().contains("name"));
}

void TestContractEditor::undoRestoresTheFields()
{
    QVERIFY(open(ContractDocument::blank()));
    auto *version = child<QLineEdit>("field_version");
    version->selectAll();
    version->setFocus();
    QTest::keyClicks(version, QStringLiteral("2.0.0"));
    QCOMPARE(m_editor->document()->version(), QStringLiteral("2.0.0"));
    m_editor->document()->undoStack()->undo();
    QCOMPARE(version->text(), QStringLiteral("0.1.0"));
    m_editor->document()->undoStack()->redo();
    QCOMPARE(version->text(), QStringLiteral("2.0.0"));
}

void TestContractEditor::descriptionHasAPreview()
{
    QVERIFY(open(ContractDocument::blank()));
    m_editor->showSection(ContractEditor::Description);
    auto *purpose = child<QPlainTextEdit>("field_purpose");
    QVERIFY(purpose && purpose->isVisible());
    purpose->setFocus();
    QTest::keyClicks(purpose, QStringLiteral("Orders **as placed**"));
    QCOMPARE(m_editor->document()->text("/description/purpose"), QStringLiteral("Orders **as placed**"));
    auto *preview = m_editor->findChild<QTextBrowser *>(QStringLiteral("descriptionPreview"));
    QVERIFY(preview);
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Orders as placed"))); // rendered, not raw
}

void TestContractEditor::slaFromAPreset()
{
    QVERIFY(open(ContractDocument::blank()));
    m_editor->showSection(ContractEditor::Sla);
    auto *sla = child<ArrayTable>("slaTable");
    QVERIFY(sla && sla->isVisible());
    auto *add = sla->findChild<QToolButton *>(QStringLiteral("addItem"));
    QVERIFY(add && add->menu());
    QAction *latency = nullptr;
    for (QAction *action : add->menu()->actions()) {
        if (action->text().startsWith(QStringLiteral("Latency"))) {
            latency = action;
        }
    }
    QVERIFY(latency);
    latency->trigger();
    QVERIFY(m_editor->document()->value("/slaProperties/0")
        == Json({ { "property", "latency" }, { "value", 4 }, { "unit", "h" } }));
    QCOMPARE(sla->table()->rowCount(), 1);
    // A number typed into Value is stored as a number; text stays text.
    sla->table()->item(0, 1)->setText(QStringLiteral("6"));
    QVERIFY(m_editor->document()->value("/slaProperties/0/value") == Json(6));
    sla->table()->item(0, 3)->setText(QStringLiteral("orders.placed_at"));
    QCOMPARE(m_editor->document()->text("/slaProperties/0/element"), QStringLiteral("orders.placed_at"));
    // Values that make no sense for the property are refused, and the table says why.
    sla->table()->item(0, 1)->setText(QStringLiteral("-5"));
    QVERIFY(m_editor->document()->value("/slaProperties/0/value") == Json(6));
    QVERIFY(!sla->refusal().isEmpty());
    QTRY_COMPARE(sla->table()->item(0, 1)->text(), QStringLiteral("6")); // the cell shows it as it is
    sla->table()->item(0, 2)->setText(QStringLiteral("%"));
    QCOMPARE(m_editor->document()->text("/slaProperties/0/unit"), QStringLiteral("h"));
    QVERIFY(sla->refusal().contains(QStringLiteral("ms, s, m, h, d, y")));
    sla->table()->item(0, 2)->setText(QStringLiteral("d"));
    QCOMPARE(m_editor->document()->text("/slaProperties/0/unit"), QStringLiteral("d"));
    QVERIFY(sla->refusal().isEmpty());
    // Removing the last row leaves no empty list behind.
    sla->table()->setCurrentCell(0, 0);
    QTest::mouseClick(sla->findChild<QToolButton *>(QStringLiteral("removeItem")), Qt::LeftButton);
    QVERIFY(!m_editor->document()->document().contains("slaProperties"));
}

void TestContractEditor::schemaObjectsAndProperties()
{
    QVERIFY(open(ContractDocument::blank()));
    m_editor->showSection(ContractEditor::Schema);
    QTest::mouseClick(child<QToolButton>("addObject"), Qt::LeftButton);
    QCOMPARE(m_editor->document()->text("/schema/0/name"), QStringLiteral("object_1"));
    auto *objectName = child<QLineEdit>("field_objectName");
    QVERIFY(objectName->isVisible());
    objectName->selectAll();
    objectName->setFocus();
    QTest::keyClicks(objectName, QStringLiteral("orders"));
    QCOMPARE(m_editor->document()->text("/schema/0/name"), QStringLiteral("orders"));
    QCOMPARE(child<QListWidget>("schemaObjects")->item(0)->text(), QStringLiteral("orders"));

    auto *properties = child<ArrayTable>("schemaProperties");
    QCOMPARE(properties->arrayPointer(), std::string("/schema/0/properties"));
    QTest::mouseClick(properties->findChild<QToolButton *>(QStringLiteral("addItem")), Qt::LeftButton);
    QTest::mouseClick(properties->findChild<QToolButton *>(QStringLiteral("addItem")), Qt::LeftButton);
    QCOMPARE(properties->table()->rowCount(), 2);
    properties->table()->item(0, 0)->setText(QStringLiteral("order_id"));
    properties->table()->item(0, 3)->setCheckState(Qt::Checked); // required
    properties->table()->item(0, 5)->setCheckState(Qt::Checked); // primary key
    QCOMPARE(m_editor->document()->text("/schema/0/properties/0/name"), QStringLiteral("order_id"));
    QVERIFY(m_editor->document()->value("/schema/0/properties/0/required") == Json(true));
    QVERIFY(m_editor->document()->value("/schema/0/properties/0/primaryKey") == Json(true));
    properties->table()->item(0, 3)->setCheckState(Qt::Unchecked);
    QVERIFY(!m_editor->document()->value("/schema/0/properties/0").contains("required"));
    // Reordered: the second property comes first.
    properties->table()->setCurrentCell(1, 0);
    QTest::mouseClick(properties->findChild<QToolButton *>(QStringLiteral("moveItemUp")), Qt::LeftButton);
    QCOMPARE(m_editor->document()->text("/schema/0/properties/1/name"), QStringLiteral("order_id"));

    // A second object has properties of its own.
    QTest::mouseClick(child<QToolButton>("addObject"), Qt::LeftButton);
    QCOMPARE(child<QListWidget>("schemaObjects")->currentRow(), 1);
    QCOMPARE(properties->arrayPointer(), std::string("/schema/1/properties"));
    QCOMPARE(properties->table()->rowCount(), 0);
    // Undo everything: the schema is gone, and so are the objects in the list.
    while (m_editor->document()->undoStack()->canUndo()) {
        m_editor->document()->undoStack()->undo();
    }
    QCOMPARE(child<QListWidget>("schemaObjects")->count(), 0);
    QVERIFY(!m_editor->document()->document().contains("schema"));
}

void TestContractEditor::yamlFollowsAndEdits()
{
    QVERIFY(open(ContractDocument::blank()));
    m_editor->setYamlVisible(true);
    auto *yaml = child<QPlainTextEdit>("yamlView");
    QVERIFY(yaml->isVisible());
    m_editor->document()->setText("/name", QStringLiteral("From the form"));
    QTRY_VERIFY(yaml->toPlainText().contains(QStringLiteral("name: From the form")));

    // Typing YAML that parses updates the form.
    yaml->setFocus();
    QString text = yaml->toPlainText();
    text.replace(QStringLiteral("name: From the form"), QStringLiteral("name: From the YAML"));
    yaml->setPlainText(text);
    QTRY_COMPARE(m_editor->document()->name(), QStringLiteral("From the YAML"));
    QTRY_COMPARE(child<QLineEdit>("field_name")->text(), QStringLiteral("From the YAML"));

    // YAML that does not parse: said at its line, the form keeps the last good state.
    yaml->setPlainText(text + QStringLiteral("schema: [unclosed\n"));
    auto *error = child<QLabel>("yamlError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Line")), qPrintable(error->text()));
    QCOMPARE(m_editor->document()->name(), QStringLiteral("From the YAML"));
    QVERIFY(!yaml->extraSelections().isEmpty());
}

void TestContractEditor::problemsLeadToTheirField()
{
    Json doc = ContractDocument::blank();
    doc["schema"] = Json::array({ { { "name", "orders" },
        { "properties",
            Json::array({ { { "name", "order_id" }, { "logicalType", "string" } },
                { { "name", "amount" }, { "logicalType", "money" } } }) } } });
    QVERIFY(open(doc));
    QTRY_VERIFY_WITH_TIMEOUT(!m_editor->isLinting() && m_editor->findings()->rowCount() > 0, 10'000);
    int row = -1;
    for (std::size_t i = 0; i < m_editor->findings()->findings().size(); ++i) {
        if (m_editor->findings()->findings()[i].path.rfind("/schema/0/properties/1", 0) == 0) {
            row = static_cast<int>(i);
        }
    }
    QVERIFY2(row >= 0, "no finding about the property with an unknown logical type");
    // The section says it has a problem.
    auto *sections = child<QListWidget>("editorSections");
    QVERIFY(sections->item(ContractEditor::Schema)->data(Qt::UserRole + 1).toInt() > 0);
    QCOMPARE(sections->item(ContractEditor::Description)->data(Qt::UserRole + 1).toInt(), 0);

    // Clicking the problem shows the schema, the object and the property's cell.
    auto *problems = child<QTreeView>("editorProblems");
    const QModelIndex index = problems->model()->index(0, 0);
    QVERIFY(index.isValid());
    QVERIFY(m_editor->focusPointer(m_editor->findings()->findings()[static_cast<std::size_t>(row)].path));
    QCOMPARE(m_editor->currentSection(), ContractEditor::Schema);
    auto *properties = child<ArrayTable>("schemaProperties");
    QCOMPARE(properties->currentRow(), 1);

    // The cell itself says it, in its tooltip.
    const QString help = properties->table()->item(0, 1)->toolTip(); // a cell without problems: the column's help
    QTRY_VERIFY_WITH_TIMEOUT(properties->table()->item(1, 1)->toolTip() != help, 10'000);
    QVERIFY(!properties->table()->item(1, 1)->toolTip().isEmpty());
    // Fixing it clears the problem.
    properties->table()->item(1, 1)->setText(QStringLiteral("number"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_editor->isLinting()
            && std::none_of(m_editor->findings()->findings().begin(), m_editor->findings()->findings().end(),
                [](const Finding &f) { return f.path.rfind("/schema/0/properties/1", 0) == 0; }),
        10'000);
}

void TestContractEditor::largeContractOpens()
{
    // As large as the peer's anchor contract: 68 tables of 20 columns (over 5,000 lines of YAML), built from
    // the standard's full example. Opens, lints and lists every object; opening changes nothing.
    const SourceDocument source
        = SourceDocument::fromFile(test::fixture(QStringLiteral("standards/odcs/examples/full-example.odcs.yaml")));
    QVERIFY(source.isValid());
    Json doc = source.value();
    const Json table = doc["schema"][0];
    doc["schema"] = Json::array();
    for (int t = 0; t < 68; ++t) {
        Json object = table;
        object["name"] = "table_" + std::to_string(t);
        Json properties = Json::array();
        for (int c = 0; c < 20; ++c) {
            Json property = table["properties"][static_cast<std::size_t>(c) % table["properties"].size()];
            property["name"] = "column_" + std::to_string(c);
            properties.push_back(property);
        }
        object["properties"] = properties;
        doc["schema"].push_back(object);
    }
    QVERIFY(open(doc));
    QVERIFY(QByteArray::fromStdString(m_editor->document()->yaml()).count('\n') > 5000);
    m_editor->showSection(ContractEditor::Schema);
    QCOMPARE(child<QListWidget>("schemaObjects")->count(), 68);
    QCOMPARE(child<ArrayTable>("schemaProperties")->table()->rowCount(), 20);
    QTRY_VERIFY_WITH_TIMEOUT(!m_editor->isLinting(), 10'000);
    QVERIFY(m_editor->document()->document() == doc);
}

void TestContractEditor::draftsComeBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tessera.sqlite"));
    QString closedKey;
    {
        DraftService drafts(path);
        MainWindow window(m_linter);
        window.setDraftService(&drafts);
        ContractEditor *kept = window.newContract();
        QVERIFY(kept);
        kept->document()->setText("/name", QStringLiteral("Kept after a restart"));
        ContractEditor *closed = window.newContract();
        closed->document()->setText("/name", QStringLiteral("Closed by the user"));
        closedKey = closed->draftKey();
        window.documents()->closeTab(window.documents()->tabs()->indexOf(closed));
        QCOMPARE(window.documents()->editors().size(), 1);
    } // the window goes first, then the drafts write what is pending
    DraftService drafts(path);
    MainWindow window(m_linter);
    window.setDraftService(&drafts);
    const auto editors = window.documents()->editors();
    QCOMPARE(editors.size(), 1);
    QCOMPARE(editors[0]->document()->name(), QStringLiteral("Kept after a restart"));
    auto *state = editors[0]->findChild<QLabel *>(QStringLiteral("editorState"));
    QVERIFY2(state->text().contains(QStringLiteral("saved")), qPrintable(state->text())); // when, from the store
    QVERIFY(editors[0]->draftKey() != closedKey);
}

void TestContractEditor::submitForReviewPublishesItProposed()
{
    // Submitting for review: the status becomes "proposed" (one undo step) and the contract is published.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.odcs.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nname: Orders\nversion: 1.1.0\nstatus: draft\n");
    file.close();
    const SourceDocument source = SourceDocument::fromFile(path);
    m_editor = std::make_unique<ContractEditor>(
        new ContractDocument(source.value()), nullptr, m_linter, QStringLiteral("k"), QStringLiteral("file:") + path);
    QVERIFY(m_editor->findChild<QAction *>(QStringLiteral("submitForReview")));
    m_editor->submitForReview();
    QVERIFY(!m_editor->document()->isModified());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains("status: proposed"), written.constData());
    m_editor->document()->undoStack()->undo();
    QCOMPARE(m_editor->document()->document().value("status", std::string()), std::string("draft"));

    // An invalid contract whose status is not a string is submitted too (reading it as a string threw).
    file.close();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nname: Orders\nversion: 1.1.0\nstatus: 5\n");
    file.close();
    m_editor = std::make_unique<ContractEditor>(new ContractDocument(SourceDocument::fromFile(path).value()), nullptr,
        m_linter, QStringLiteral("k2"), QStringLiteral("file:") + path);
    m_editor->submitForReview();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("status: proposed"));
    file.close();
}

void TestContractEditor::publishKeepsUntouchedSections()
{
    // A contract file with a comment in a section the edit does not touch: publishing keeps it byte for byte.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.odcs.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nname: Orders\nversion: 1.0.0\nstatus: active\n"
               "description:\n  # written by hand, kept by the designer\n  purpose:   Orders as placed\n");
    file.close();
    const SourceDocument source = SourceDocument::fromFile(path);
    QVERIFY(source.isValid());
    m_editor = std::make_unique<ContractEditor>(
        new ContractDocument(source.value()), nullptr, m_linter, QStringLiteral("k"), QStringLiteral("file:") + path);
    m_editor->document()->setText("/name", QStringLiteral("Placed orders"));
    m_editor->publish(); // no catalog: straight to the file
    QVERIFY(!m_editor->document()->isModified());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains("# written by hand, kept by the designer\n  purpose:   Orders as placed"),
        written.constData());
    QVERIFY(written.contains("name: Placed orders"));
    QVERIFY(SourceDocument::fromText(written).value() == m_editor->document()->document());
}

void TestContractEditor::breakingChangeNeedsConfirmation()
{
    // The catalog holds the demo mesh's placed-orders; removing a required column breaks consumers.
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("tessera.sqlite"));
    const QString mesh = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");
    {
        StoreStatus status;
        auto store = Store::open(storePath, status);
        QVERIFY(store);
        const auto source = store->ensureSource(
            QStringLiteral("local"), QStringLiteral("Demo"), QStringLiteral(":/demo-mesh"), status);
        LocalScanReport report;
        QVERIFY(store->apply(*source, LocalFolderSource(mesh).scan({}, report), status));
    }
    CatalogService catalog(storePath);
    QByteArray text;
    catalog.run(
        this, [](CatalogReader &reader) { return reader.contractText(QStringLiteral("placed-orders")); },
        [&text](const QByteArray &answer) { text = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(!text.isEmpty(), 10'000);
    const SourceDocument source = SourceDocument::fromText(text);
    const QString target = dir.filePath(QStringLiteral("placed-orders.odcs.yaml"));
    m_editor = std::make_unique<ContractEditor>(
        new ContractDocument(source.value()), nullptr, m_linter, QStringLiteral("k"), QStringLiteral("file:") + target);
    m_editor->setCatalogService(&catalog);
    const QString version = m_editor->document()->version();
    m_editor->document()->removeItem("/schema/0/properties", 0); // order_id, required
    m_editor->publish();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_editor->findChild<QMessageBox *>(QStringLiteral("breakingConfirmation"))), 10'000);
    QVERIFY(!QFile::exists(target)); // nothing written before the answer
    auto *bump = box->findChild<QPushButton *>(QStringLiteral("publishBumped"));
    QVERIFY(bump);
    bump->click();
    QTRY_VERIFY(QFile::exists(target));
    // Published as the next major version.
    QCOMPARE(m_editor->document()->version().section(QLatin1Char('.'), 0, 0).toInt(),
        version.section(QLatin1Char('.'), 0, 0).toInt() + 1);
    QCOMPARE(QString::fromStdString(SourceDocument::fromFile(target).value()["version"].get<std::string>()),
        m_editor->document()->version());
}

void TestContractEditor::compareShowsTheVerdict()
{
    Json before = ContractDocument::blank();
    before["version"] = "1.0.0";
    before["schema"] = Json::array({ { { "name", "orders" },
        { "properties",
            Json::array({ { { "name", "order_id" }, { "logicalType", "string" }, { "required", true } },
                { { "name", "amount" }, { "logicalType", "number" } } }) } } });
    Json after = before;
    after["schema"][0]["properties"].erase(1);
    after["description"] = { { "purpose", "Orders" } };
    QVERIFY(open(after));
    m_editor->showComparison(QStringLiteral("1.0.0"), before);
    auto *dialog = m_editor->findChild<CompareDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString verdict = dialog->findChild<QLabel *>(QStringLiteral("compareVerdict"))->text();
    QVERIFY2(verdict.contains(QStringLiteral("1 breaking change")) && verdict.contains(QStringLiteral("2.0.0")),
        qPrintable(verdict));
    QVERIFY(dialog->changes()->topLevelItemCount() >= 2);
    QCOMPARE(dialog->changes()->topLevelItem(0)->text(0), QStringLiteral("breaking")); // breaking first
    QVERIFY(dialog->changes()->topLevelItem(0)->text(1).contains(QStringLiteral("amount")));
    dialog->close();
}

void TestContractEditor::qualityRulesHaveOneOperator()
{
    Json doc = ContractDocument::blank();
    doc["schema"] = Json::array({ { { "name", "orders" },
        { "properties", Json::array({ { { "name", "order_id" } }, { { "name", "amount" } } }) } } });
    QVERIFY(open(doc));
    m_editor->showSection(ContractEditor::Schema);
    auto *objectRules = child<ArrayTable>("objectQuality");
    QCOMPARE(objectRules->arrayPointer(), std::string("/schema/0/quality"));
    QAction *rowCount = nullptr;
    for (QAction *action : objectRules->findChild<QToolButton *>(QStringLiteral("addItem"))->menu()->actions()) {
        rowCount = action->text() == QStringLiteral("At least one row") ? action : rowCount;
    }
    QVERIFY(rowCount);
    rowCount->trigger();
    QVERIFY(m_editor->document()->value("/schema/0/quality/0/mustBeGreaterThan") == Json(0));
    // Another operator takes the value over; a rule never has two.
    objectRules->table()->item(0, 3)->setText(QStringLiteral("mustBeGreaterOrEqualTo"));
    Json rule = m_editor->document()->value("/schema/0/quality/0");
    QVERIFY(!rule.contains("mustBeGreaterThan"));
    QVERIFY(rule["mustBeGreaterOrEqualTo"] == Json(0));
    objectRules->table()->item(0, 4)->setText(QStringLiteral("[10, 20]"));
    QVERIFY(m_editor->document()->value("/schema/0/quality/0/mustBeGreaterOrEqualTo") == Json({ 10, 20 }));
    // Not an operator of the standard: refused, the rule stays as it was.
    objectRules->table()->item(0, 3)->setText(QStringLiteral("mustBeNice"));
    QVERIFY(m_editor->document()->value("/schema/0/quality/0").contains("mustBeGreaterOrEqualTo"));
    QCOMPARE(objectRules->table()->item(0, 3)->text(), QStringLiteral("mustBeGreaterOrEqualTo"));

    // A property's rules follow the property selected.
    auto *properties = child<ArrayTable>("schemaProperties");
    auto *propertyRules = child<ArrayTable>("propertyQuality");
    properties->table()->setCurrentCell(1, 0);
    QCOMPARE(propertyRules->arrayPointer(), std::string("/schema/0/properties/1/quality"));
    // Its Add button offers presets (a menu): take one.
    for (QAction *action : propertyRules->findChild<QToolButton *>(QStringLiteral("addItem"))->menu()->actions()) {
        if (action->text() == QStringLiteral("No nulls")) {
            action->trigger();
        }
    }
    QCOMPARE(m_editor->document()->text("/schema/0/properties/1/quality/0/metric"), QStringLiteral("nullValues"));
    // Custom properties of the object and of the property selected.
    auto *objectCustom = child<ArrayTable>("objectCustomProperties");
    auto *propertyCustom = child<ArrayTable>("propertyCustomProperties");
    QCOMPARE(objectCustom->arrayPointer(), std::string("/schema/0/customProperties"));
    QCOMPARE(propertyCustom->arrayPointer(), std::string("/schema/0/properties/1/customProperties"));
    QCOMPARE(child<ArrayTable>("propertyDefinitions")->arrayPointer(),
        std::string("/schema/0/properties/1/authoritativeDefinitions"));
    // A problem on a property's rule leads to the rule, on its tab.
    properties->table()->setCurrentCell(0, 0);
    QVERIFY(m_editor->focusPointer("/schema/0/properties/1/quality/0/metric"));
    QCOMPARE(properties->currentRow(), 1);
    QVERIFY(propertyRules->isVisible());
    QCOMPARE(propertyRules->currentRow(), 0);
}

void TestContractEditor::teamRolesAndMore()
{
    Json doc = ContractDocument::blank();
    doc["team"] = Json::array({ { { "username", "ceastwood" }, { "role", "owner" } } }); // v3.0: a bare list
    QVERIFY(open(doc));
    m_editor->showSection(ContractEditor::Team);
    auto *team = child<ArrayTable>("teamTable");
    QCOMPARE(team->arrayPointer(), std::string("/team"));
    QCOMPARE(team->table()->item(0, 0)->text(), QStringLiteral("ceastwood"));
    QVERIFY(!child<QLineEdit>("field_teamName")->isEnabled()); // a v3.0 team has no name
    // The YAML view makes it a v3.1 team: the table follows its members.
    Json v31 = m_editor->document()->document();
    v31["team"] = { { "name", "Checkout" }, { "members", Json::array({ { { "username", "mhopper" } } }) } };
    m_editor->document()->replaceDocument(v31);
    QCOMPARE(team->arrayPointer(), std::string("/team/members"));
    QCOMPARE(team->table()->item(0, 0)->text(), QStringLiteral("mhopper"));
    QCOMPARE(child<QLineEdit>("field_teamName")->text(), QStringLiteral("Checkout"));

    auto *roles = child<ArrayTable>("rolesTable");
    QTest::mouseClick(roles->findChild<QToolButton *>(QStringLiteral("addItem")), Qt::LeftButton);
    roles->table()->item(0, 0)->setText(QStringLiteral("analytics_read"));
    QVERIFY(m_editor->document()->value("/roles/0") == Json({ { "role", "analytics_read" }, { "access", "read" } }));
    // A role's own custom properties, in a dialog of their own; a role has no authoritative definitions.
    QVERIFY(!roles->findChild<QToolButton *>(QStringLiteral("itemList_authoritativeDefinitions")));
    QTest::mouseClick(roles->findChild<QToolButton *>(QStringLiteral("itemList_customProperties")), Qt::LeftButton);
    auto *dialog = m_editor->findChild<QDialog *>(QStringLiteral("itemListDialog"));
    QVERIFY(dialog);
    auto *nested = dialog->findChild<ArrayTable *>();
    QCOMPARE(nested->arrayPointer(), std::string("/roles/0/customProperties"));
    QTest::mouseClick(nested->findChild<QToolButton *>(QStringLiteral("addItem")), Qt::LeftButton);
    nested->table()->item(0, 0)->setText(QStringLiteral("costCentre"));
    QCOMPARE(m_editor->document()->text("/roles/0/customProperties/0/property"), QStringLiteral("costCentre"));
    delete dialog; // its table leaves the editor's with it
    m_editor->document()->setText("/roles/0/description", QStringLiteral("after the dialog"));

    m_editor->showSection(ContractEditor::More);
    auto *price = child<QLineEdit>("field_priceAmount");
    price->setFocus();
    QTest::keyClicks(price, QStringLiteral("9.95"));
    QVERIFY(m_editor->document()->value("/price/priceAmount") == Json(9.95)); // a number, not text
    auto *custom = child<ArrayTable>("customPropertiesTable");
    QTest::mouseClick(custom->findChild<QToolButton *>(QStringLiteral("addItem")), Qt::LeftButton);
    custom->table()->item(0, 0)->setText(QStringLiteral("retentionDays"));
    custom->table()->item(0, 1)->setText(QStringLiteral("30"));
    QVERIFY(m_editor->document()->value("/customProperties/0/value") == Json(30));
    custom->table()->item(0, 1)->setText(QStringLiteral("thirty"));
    QVERIFY(m_editor->document()->value("/customProperties/0/value") == Json("thirty"));
}

void TestContractEditor::templatesStartValid()
{
    MainWindow window(m_linter);
    for (const auto &[name, resource] : MainWindow::contractTemplates()) {
        ContractEditor *editor = window.newContractFromTemplate(resource);
        QVERIFY2(editor, qPrintable(name));
        QVERIFY(!QUuid::fromString(editor->document()->id()).isNull()); // its own id, not the template's
        QCOMPARE(editor->document()->version(), QStringLiteral("0.1.0"));
        QVERIFY(editor->document()->value("/schema").size() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isLinting() && editor->findings()->rowCount() >= 0, 10'000);
        QVERIFY2(editor->findings()->count(Severity::Error) == 0, qPrintable(name));
    }
    QCOMPARE(window.documents()->editors().size(), MainWindow::contractTemplates().size());
}

void TestContractEditor::duplicateARow()
{
    Json doc = ContractDocument::blank();
    doc["schema"] = Json::array({ { { "name", "orders" },
        { "properties",
            Json::array({ { { "name", "order_id" }, { "logicalType", "string" }, { "required", true } } }) } } });
    QVERIFY(open(doc));
    m_editor->showSection(ContractEditor::Schema);
    auto *properties = child<ArrayTable>("schemaProperties");
    properties->table()->setCurrentCell(0, 0);
    QTest::mouseClick(properties->findChild<QToolButton *>(QStringLiteral("duplicateItem")), Qt::LeftButton);
    QVERIFY(m_editor->document()->value("/schema/0/properties/1")
        == Json({ { "name", "order_id_copy" }, { "logicalType", "string" }, { "required", true } }));
    QCOMPARE(properties->currentRow(), 1);
}

void TestContractEditor::droppedFilesOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.odcs.yaml"));
    QVERIFY(QFile::copy(test::fixture(QStringLiteral("standards/odcs/examples/table-column.odcs.yaml")), path));
    MainWindow window(m_linter);
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.documents()->editors().size(), 1);
    QCOMPARE(window.documents()->editors()[0]->origin(), QStringLiteral("file:") + QFileInfo(path).absoluteFilePath());
    // Anything but contract files is not taken.
    QMimeData other;
    other.setUrls({ QUrl::fromLocalFile(dir.filePath(QStringLiteral("picture.png"))) });
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestContractEditor::propertyDetailsAndNesting()
{
    Json doc = ContractDocument::blank();
    doc["schema"] = Json::array(
        { { { "name", "customers" },
              { "properties", Json::array({ { { "name", "customer_id" }, { "logicalType", "string" } } }) } },
            { { "name", "orders" },
                { "properties",
                    Json::array({ { { "name", "customer_id" }, { "logicalType", "string" } },
                        { { "name", "amount" }, { "logicalType", "number" } },
                        { { "name", "address" }, { "logicalType", "object" },
                            { "properties",
                                Json::array({ { { "name", "street" }, { "logicalType", "string" } } }) } } }) } } });
    QVERIFY(open(doc));
    m_editor->showSection(ContractEditor::Schema);
    child<QListWidget>("schemaObjects")->setCurrentRow(1);
    auto *properties = child<ArrayTable>("schemaProperties");
    properties->table()->setCurrentCell(0, 0);

    // Details of the selected property.
    auto *business = child<QLineEdit>("field_businessName");
    business->setFocus();
    QTest::keyClicks(business, QStringLiteral("Customer"));
    QCOMPARE(m_editor->document()->text("/schema/1/properties/0/businessName"), QStringLiteral("Customer"));
    auto *references = child<QComboBox>("field_references");
    QVERIFY(references->findText(QStringLiteral("customers.customer_id")) >= 0); // every property, as object.property
    references->setCurrentText(QStringLiteral("customers.customer_id"));
    QCOMPARE(m_editor->document()->text("/schema/1/properties/0/relationships/0/to"),
        QStringLiteral("customers.customer_id"));
    references->setCurrentText(QString());
    QVERIFY(!m_editor->document()->value("/schema/1/properties/0").contains("relationships"));
    // A string has a length and a pattern; a number a range.
    QVERIFY(child<QLineEdit>("field_maxLength")->isVisibleTo(m_editor.get()));
    QVERIFY(!child<QLineEdit>("field_maximum")->isVisibleTo(m_editor.get()));
    properties->table()->setCurrentCell(1, 0);
    QVERIFY(!child<QLineEdit>("field_maxLength")->isVisibleTo(m_editor.get()));
    QVERIFY(child<QLineEdit>("field_maximum")->isVisibleTo(m_editor.get()));
    auto *maximum = child<QLineEdit>("field_maximum");
    maximum->setFocus();
    QTest::keyClicks(maximum, QStringLiteral("10000"));
    QVERIFY(m_editor->document()->value("/schema/1/properties/1/logicalTypeOptions/maximum") == Json(10000));

    // An object's nested properties: opened, edited, and back up.
    properties->table()->setCurrentCell(2, 0);
    auto *open = child<QToolButton>("openNested");
    QVERIFY(open->isVisibleTo(m_editor.get()));
    QVERIFY(open->text().contains(QStringLiteral("1")));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(properties->arrayPointer(), std::string("/schema/1/properties/2/properties"));
    QCOMPARE(properties->table()->item(0, 0)->text(), QStringLiteral("street"));
    QCOMPARE(child<QLabel>("propertyPath")->text(), QStringLiteral("orders › address"));
    QTest::mouseClick(properties->findChild<QToolButton *>(QStringLiteral("addItem")), Qt::LeftButton);
    QCOMPARE(m_editor->document()->text("/schema/1/properties/2/properties/1/name"), QStringLiteral("column_2"));
    QTest::mouseClick(child<QToolButton>("nestedUp"), Qt::LeftButton);
    QCOMPARE(properties->arrayPointer(), std::string("/schema/1/properties"));
    // Undone away: the view backs up by itself.
    properties->table()->setCurrentCell(2, 0);
    QTest::mouseClick(open, Qt::LeftButton);
    while (m_editor->document()->undoStack()->canUndo()) {
        m_editor->document()->undoStack()->undo();
    }
    QCOMPARE(properties->arrayPointer(), std::string("/schema/1/properties/2/properties")); // still there
    m_editor->document()->removeItem("/schema/1/properties", 2);
    QCOMPARE(properties->arrayPointer(), std::string("/schema/1/properties"));
}

void TestContractEditor::reorderByDragAndDrop()
{
    Json doc = ContractDocument::blank();
    doc["schema"] = Json::array(
        { { { "name", "first" },
              { "properties", Json::array({ { { "name", "a" } }, { { "name", "b" } }, { { "name", "c" } } }) } },
            { { "name", "second" } } });
    QVERIFY(open(doc));
    m_editor->showSection(ContractEditor::Schema);
    auto *properties = child<ArrayTable>("schemaProperties");
    QTableWidget *table = properties->table();
    // Drag "a" onto the row of "c".
    table->setCurrentCell(0, 0);
    std::unique_ptr<QMimeData> data(table->model()->mimeData({ table->model()->index(0, 0) }));
    const QPoint target = table->visualItemRect(table->item(2, 0)).center();
    QDragEnterEvent enter(target, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QDropEvent drop(target, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table->viewport(), &enter);
    QApplication::sendEvent(table->viewport(), &drop);
    QCOMPARE(m_editor->document()->text("/schema/0/properties/2/name"), QStringLiteral("a"));
    QCOMPARE(m_editor->document()->text("/schema/0/properties/0/name"), QStringLiteral("b"));
    QCOMPARE(table->rowCount(), 3); // moved, not copied
    QCOMPARE(m_editor->document()->undoStack()->count(), 1);

    // Objects too: the list's move is the document's.
    auto *objects = child<QListWidget>("schemaObjects");
    objects->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0);
    QCOMPARE(m_editor->document()->text("/schema/0/name"), QStringLiteral("second"));
    QCOMPARE(objects->item(0)->text(), QStringLiteral("second"));
}

void TestContractEditor::serverFieldsFollowTheType()
{
    QVERIFY(open(ContractDocument::blank()));
    m_editor->showSection(ContractEditor::Servers);
    auto *servers = child<ArrayTable>("serversTable");
    QTest::mouseClick(servers->findChild<QToolButton *>(QStringLiteral("addItem")), Qt::LeftButton);
    QCOMPARE(m_editor->document()->text("/servers/0/type"), QStringLiteral("postgres"));
    auto *host = child<QLineEdit>("server_host");
    auto *account = child<QLineEdit>("server_account");
    QVERIFY(host->isVisibleTo(m_editor.get()));
    QVERIFY(!account->isVisibleTo(m_editor.get()));
    host->setFocus();
    QTest::keyClicks(host, QStringLiteral("db.example.com"));
    QCOMPARE(m_editor->document()->text("/servers/0/host"), QStringLiteral("db.example.com"));
    auto *port = child<QLineEdit>("server_port");
    port->setFocus();
    QTest::keyClicks(port, QStringLiteral("5432"));
    QVERIFY(m_editor->document()->value("/servers/0/port") == Json(5432));
    // Snowflake has an account and a warehouse; the host it already has stays shown.
    servers->table()->item(0, 1)->setText(QStringLiteral("snowflake"));
    QVERIFY(account->isVisibleTo(m_editor.get()));
    QVERIFY(child<QLineEdit>("server_warehouse")->isVisibleTo(m_editor.get()));
    QVERIFY(host->isVisibleTo(m_editor.get()));
    QVERIFY(!child<QLineEdit>("server_project")->isVisibleTo(m_editor.get()));
}

void TestContractEditor::publishToAnEndpointQueuesIt()
{
    // A contract that came from a catalog endpoint (not a folder): publishing queues it in that source's outbox.
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("tessera.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("om"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(test::fixture(QStringLiteral("standards/odcs/examples/table-column.odcs.yaml")),
        folder + QStringLiteral("/contract.odcs.yaml")));
    QString id;
    {
        StoreStatus status;
        auto store = Store::open(storePath, status);
        QVERIFY(store);
        const auto source = store->ensureSource(QStringLiteral("openmetadata"), QStringLiteral("OpenMetadata"),
            QStringLiteral("https://om.example.com"), status);
        LocalScanReport report;
        const ImportBatch batch = LocalFolderSource(folder).scan({}, report);
        QCOMPARE(batch.contracts.size(), std::size_t(1));
        id = QString::fromStdString(batch.contracts[0].externalId);
        QVERIFY(store->apply(*source, batch, status));
    }
    CatalogService catalog(storePath);
    DraftService drafts(storePath);
    const SourceDocument source
        = SourceDocument::fromFile(test::fixture(QStringLiteral("standards/odcs/examples/table-column.odcs.yaml")));
    m_editor = std::make_unique<ContractEditor>(new ContractDocument(source.value()), &drafts, m_linter,
        QStringLiteral("om-draft"), QStringLiteral("store:") + id);
    m_editor->setCatalogService(&catalog);
    m_editor->document()->setText("/description/purpose", QStringLiteral("Changed in Tessera"));
    m_editor->publish();
    QTRY_VERIFY_WITH_TIMEOUT(!m_editor->document()->isModified(), 10'000);
    const auto queued = drafts.outbox();
    QCOMPARE(queued.size(), std::size_t(1));
    QCOMPARE(queued[0].operation, std::string("publishContract"));
    QCOMPARE(queued[0].draftKey, std::string("om-draft"));
    QVERIFY(QByteArray::fromStdString(queued[0].payload).contains("Changed in Tessera"));
    QVERIFY(child<QLabel>("editorState")->text().contains(QStringLiteral("OpenMetadata")));
    QCOMPARE(drafts.versions(id.toStdString()).at(0).kind, std::string("published"));
}

QTEST_MAIN(TestContractEditor)
#include "tst_contracteditor.moc"
