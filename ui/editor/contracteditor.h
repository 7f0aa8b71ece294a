// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/linter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QListWidget;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;
QT_END_NAMESPACE

namespace tessera {

class ArrayTable;
class CatalogService;
struct BreakingReport;
struct DraftRow;
class ContractDocument;
class DraftService;
class FindingsModel;
class MarkdownView;

/**
 * The contract designer, one contract per tab: the standard's sections on the left (each with its count of
 * problems), the section's form in the middle, the YAML on the right (Ctrl+Shift+Y), the problems below.
 *
 * Every edit goes through the ContractDocument (undo and redo), is autosaved to the store within a second
 * (DraftService; the next start brings the contract back, also after a crash), and is linted off the GUI
 * thread shortly after typing stops. Clicking a problem shows its field. Editing the YAML updates the
 * forms; YAML that does not parse is shown at its line and the forms keep the last good state.
 */
class ContractEditor : public QWidget
{
    Q_OBJECT

public:
    enum Section { Fundamentals, Description, Schema, Sla, Team, Support, Servers, More, SectionCount };

    /**
     * Edits `document` (taken over). `draftKey` names its autosaved draft; `origin` says where it came from
     * ("file:/path", "store:contract-id" or empty).
     */
    ContractEditor(ContractDocument *document, DraftService *drafts, std::shared_ptr<const Linter> linter,
        QString draftKey, QString origin, QWidget *parent = nullptr);
    ~ContractEditor() override;

    ContractDocument *document() const { return m_document; }
    const QString &draftKey() const { return m_draftKey; }
    const QString &origin() const { return m_origin; }
    /** "Name · 1.0.0 · Draft · saved 2 s ago". */
    QString title() const;
    FindingsModel *findings() const { return m_findings; }
    bool isLinting() const { return m_lint.isRunning() || m_lintPending; }

    void showSection(Section section);
    Section currentSection() const;
    /** Shows the field of `pointer` ("/schema/1/properties/3/name"): its section, object and cell. */
    bool focusPointer(const std::string &pointer);
    void setYamlVisible(bool visible);
    bool isYamlVisible() const;
    /** Choices for the domain and data product pickers (from the store). */
    void setCatalogChoices(const QStringList &domains, const QStringList &products);

    /** Reads the catalog's versions of the contract through `service` (Compare, Publish). */
    void setCatalogService(CatalogService *service);

    /**
     * Publishes: compares with the catalog's current version; a breaking change without the major version it
     * calls for needs an explicit confirmation (or takes the suggested version); then writes the contract to
     * its file (its source's file for a contract of a local folder, else a file the user picks), keeping
     * untouched sections as they were, and keeps it as a published version.
     */
    void publish();
    /**
     * Submits the contract for review: sets its status to "proposed" (one undo step) and publishes it, so it waits
     * in the governance review queue (View › Review queue).
     */
    void submitForReview();
    /** Writes the contract to `path` and keeps it as a published version; false with `error` on failure. */
    bool publishToFile(const QString &path, QString &error);
    /** Compares with `baseline` (another version of this contract) and shows the changes. */
    void showComparison(const QString &against, const nlohmann::json &baseline);

    /** Keeps the contract as it is now as a version in the store (Save draft). */
    void saveDraftVersion();
    /** Writes the contract as YAML or JSON (by the file's suffix). */
    bool exportTo(const QString &path, QString &error) const;
    /** When the draft was last saved (a draft brought back from the store). */
    void setSavedAt(const QDateTime &time);
    /** The tab closes for good: the draft is not brought back on the next start. */
    void closeDraft();

Q_SIGNALS:
    void titleChanged(const QString &title);

private:
    struct Field
    {
        QWidget *widget;
        std::function<std::string()> pointer;
    };

    QWidget *buildFundamentals();
    QWidget *buildDescription();
    QWidget *buildSchema();
    QWidget *buildList(Section section);
    QWidget *buildTeam();
    QWidget *buildMore();
    ArrayTable *qualityTable();
    ArrayTable *customPropertiesTable();
    /** Keeps `table` followed by the document (refresh, problems) while it exists. */
    void track(ArrayTable *table);
    /** Gives each row of `table` its custom properties and authoritative definitions, as the standard allows. */
    void addItemLists(ArrayTable *table, bool definitions);
    ArrayTable *definitionsTable();
    /** Points the schema's tables at the selected object and property. */
    void updateSchemaPointers();
    /** Where the team's members are: "/team" (v3.0, a list) or "/team/members" (v3.1). */
    std::string teamMembersPointer() const;
    QLineEdit *numberEdit(const std::function<std::string()> &pointer, const QString &name);
    QCheckBox *checkBox(const std::function<std::string()> &pointer, const QString &name);
    QLineEdit *listEdit(const std::function<std::string()> &pointer, const QString &name);
    QWidget *buildPropertyDetails();
    /** The properties shown: the object's, or those nested in one of them ("/schema/0/properties/3/properties"). */
    std::string propertiesPointer() const;
    /** The property selected in the table, or empty. */
    std::string selectedPropertyPointer() const;
    /** The pointer of item `row` of the array at `array`, or empty when there is no such item. */
    std::string rowPointer(const std::string &array, int row) const;
    /** Shows the properties nested in the selected one (an object, or the items of an array). */
    void openNested();
    void closeNested();
    void updatePropertyDetails();
    /** Whether an SLA property's value and unit make sense for it (ArrayTable::Validator). */
    static QString checkSla(const nlohmann::json &item, const std::string &key);
    /** Every property of the schema, as object.property (pickers of references and SLA elements). */
    QStringList schemaElements() const;
    QWidget *buildServerDetails();
    void updateServerDetails();
    std::string selectedServerPointer() const;
    QWidget *scrolled(QWidget *form, const QString &name);
    /** A form row: the field and, under it, its help in a quieter colour. */
    QWidget *withHelp(QWidget *field, const QString &help);
    QLineEdit *lineEdit(const std::function<std::string()> &pointer, const QString &name);
    QComboBox *choice(const std::function<std::string()> &pointer, const QString &name, const QStringList &choices);
    QPlainTextEdit *textArea(const std::function<std::string()> &pointer, const QString &name);
    QLineEdit *tagsEdit(const std::string &pointer, const QString &name);

    void onChanged(const QString &pointer);
    void refreshFields();
    void refreshSchemaObjects();
    void refreshYaml();
    void yamlEdited();
    void scheduleLint();
    void fillCompareMenu(QMenu *menu);
    /** Publish, once the catalog's version is known (null: none). */
    void publishAgainst(const nlohmann::json &baseline);
    QString publishTarget() const;
    void lintFinished();
    void updateSectionCounts();
    void markFields();
    void updateTitle();
    std::string objectPointer() const;
    DraftRow draftRow() const;
    static Section sectionOf(const std::string &pointer);

    ContractDocument *m_document;
    QPointer<DraftService> m_drafts;
    QPointer<CatalogService> m_catalog;
    std::shared_ptr<const Linter> m_linter;
    QString m_draftKey;
    QString m_origin;

    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_split = nullptr;
    QPlainTextEdit *m_yaml = nullptr;
    QLabel *m_yamlError = nullptr;
    QTreeView *m_problems = nullptr;
    FindingsModel *m_findings = nullptr;
    QLabel *m_problemsSummary = nullptr;
    QToolButton *m_yamlToggle = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_stateLabel = nullptr;

    QListWidget *m_objects = nullptr;
    ArrayTable *m_properties = nullptr;
    ArrayTable *m_objectQuality = nullptr;
    ArrayTable *m_objectCustom = nullptr;
    ArrayTable *m_objectDefinitions = nullptr;
    ArrayTable *m_propertyCustom = nullptr;
    ArrayTable *m_propertyDefinitions = nullptr;
    ArrayTable *m_propertyQuality = nullptr;
    ArrayTable *m_members = nullptr;
    QLabel *m_propertyQualityLabel = nullptr;
    std::vector<std::string>
        m_nested; ///< the path below the object to the properties shown ("/properties/3", "/items")
    QLabel *m_breadcrumb = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_openNested = nullptr;
    QComboBox *m_references = nullptr;
    std::vector<std::pair<QWidget *, QStringList>> m_typeOptions; ///< an option's row, and the logical types it is for
    QWidget *m_details = nullptr;
    QGridLayout *m_optionsForm = nullptr; ///< a RowGrid (contracteditor.cpp)
    ArrayTable *m_servers = nullptr;
    QGridLayout *m_serverForm = nullptr; ///< a RowGrid
    QLabel *m_serverHint = nullptr;
    std::vector<std::pair<QString, QWidget *>> m_serverFields;
    QWidget *m_objectForm = nullptr;
    QLabel *m_noObjects = nullptr;
    std::vector<ArrayTable *> m_tables;
    MarkdownView *m_preview = nullptr;
    QString m_previewText; ///< what the preview shows
    QComboBox *m_domain = nullptr;
    QComboBox *m_product = nullptr;

    std::vector<Field> m_fields;
    bool m_refreshing = false;
    bool m_applyingYaml = false;
    QTimer *m_yamlTimer = nullptr;
    QTimer *m_yamlRefresh = nullptr;
    QTimer *m_lintTimer = nullptr;
    QTimer *m_ageTimer = nullptr;
    QTimer *m_draftTimer = nullptr;
    QElapsedTimer m_firstUnsaved;
    QFutureWatcher<LintResult> m_lint;
    bool m_lintPending = false;
    QDateTime m_savedAt;
    QString m_saveProblem;
    QString m_title;
    std::optional<std::pair<std::int64_t, QString>> m_endpoint; ///< publishing goes to this source's outbox
    QString m_publishedTo; ///< where the last publish went
};

} // namespace tessera
