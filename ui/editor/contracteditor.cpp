// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "editor/contracteditor.h"

#include "catalog/local/localfoldersource.h"
#include "catalogservice.h"
#include "common/markdownview.h"
#include "common/style.h"
#include "contract/canonicalorder.h"
#include "contract/datacontract.h"
#include "contract/sourcedocument.h"
#include "contractdocument.h"
#include "contractfindingsmodel.h"
#include "draftservice.h"
#include "editor/arraytable.h"
#include "editor/comparedialog.h"
#include "editor/yamlhighlighter.h"
#include "sync/catalogadapter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <set>

namespace tessera {

namespace {

constexpr int kCountRole = Qt::UserRole + 1; ///< a section's number of problems
const nlohmann::json kNone; ///< what a field without a place reads

/**
 * A form whose rows come and go (a server type's fields, a logical type's options), as a grid: Qt 6.4's
 * QFormLayout writes past its row data when it lays out hidden rows (valgrind shows it; it crashed the
 * designer), a grid does not.
 */
class RowGrid : public QGridLayout
{
public:
    using QGridLayout::QGridLayout;

    void addRow(const QString &label, QWidget *field)
    {
        const int row = rowCount();
        if (!label.isEmpty()) {
            auto *text = new QLabel(label);
            text->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            text->setBuddy(field);
            addWidget(text, row, 0);
            m_labels.emplace(field, text);
        }
        addWidget(field, row, 1);
        setColumnStretch(1, 1);
    }
    void addRow(QWidget *spanning) { addWidget(spanning, rowCount(), 0, 1, 2); }
    void showRow(QWidget *field, bool visible)
    {
        if (const auto it = m_labels.find(field); it != m_labels.end()) {
            it->second->setVisible(visible);
        }
        field->setVisible(visible);
    }

private:
    std::map<QWidget *, QLabel *> m_labels;
};

/** Draws a section with its number of problems as a pill on the right. */
class SectionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(kCountRole).toInt();
        if (count <= 0) {
            return;
        }
        const QString text = QLocale().toString(count);
        const QSize size = style::pillSize(option.fontMetrics, text);
        const QRect r(option.rect.right() - size.width() - style::kSpacing,
            option.rect.center().y() - size.height() / 2, size.width(), size.height());
        style::paintPill(painter, r, text, style::badColor(option.palette));
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), option.fontMetrics.height() + 2 * style::kSpacing));
        return s;
    }
};

QStringList statusChoices()
{
    return { QStringLiteral("proposed"), QStringLiteral("draft"), QStringLiteral("active"),
        QStringLiteral("deprecated"), QStringLiteral("retired") };
}

QStringList logicalTypes()
{
    return { QStringLiteral("string"), QStringLiteral("date"), QStringLiteral("timestamp"), QStringLiteral("time"),
        QStringLiteral("number"), QStringLiteral("integer"), QStringLiteral("boolean"), QStringLiteral("object"),
        QStringLiteral("array") };
}

const QStringList &durationSlas()
{
    static const QStringList list { QStringLiteral("latency"), QStringLiteral("frequency"), QStringLiteral("retention"),
        QStringLiteral("timeToDetect"), QStringLiteral("timeToNotify"), QStringLiteral("timeToRepair") };
    return list;
}

const QStringList &percentSlas()
{
    static const QStringList list { QStringLiteral("availability"), QStringLiteral("errorRate") };
    return list;
}

const QStringList &dateSlas()
{
    static const QStringList list { QStringLiteral("generalAvailability"), QStringLiteral("endOfSupport"),
        QStringLiteral("endOfLife") };
    return list;
}

/** The units that make sense for an SLA property (all of them for one the standard does not name). */
QStringList slaUnits(const std::string &property)
{
    const QString p = QString::fromStdString(property);
    const QStringList durations { QStringLiteral("ms"), QStringLiteral("s"), QStringLiteral("m"), QStringLiteral("h"),
        QStringLiteral("d"), QStringLiteral("y") };
    if (durationSlas().contains(p)) {
        return durations;
    }
    if (percentSlas().contains(p)) {
        return { QStringLiteral("%") };
    }
    if (dateSlas().contains(p)) {
        return {};
    }
    return durations + QStringList { QStringLiteral("%") };
}

nlohmann::json slaPreset(const char *property, const nlohmann::json &value, const char *unit)
{
    nlohmann::json item { { "property", property }, { "value", value } };
    if (unit && *unit) {
        item["unit"] = unit;
    }
    return item;
}

} // namespace

ContractEditor::ContractEditor(ContractDocument *document, DraftService *drafts, std::shared_ptr<const Linter> linter,
    QString draftKey, QString origin, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_drafts(drafts)
    , m_linter(std::move(linter))
    , m_draftKey(std::move(draftKey))
    , m_origin(std::move(origin))
{
    m_document->setParent(this);
    setObjectName(QStringLiteral("contractEditor"));

    // The header: what is edited and its state, then the actions.
    m_titleLabel = new QLabel;
    m_titleLabel->setTextFormat(Qt::PlainText);
    style::scaleFont(m_titleLabel, 1.3, true);
    m_stateLabel = new QLabel;
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setObjectName(QStringLiteral("editorState"));
    m_stateLabel->setForegroundRole(QPalette::PlaceholderText);
    const auto tool = [this](const QString &icon, const QString &text, const QString &name) {
        auto *button = new QToolButton(this);
        button->setIcon(QIcon::fromTheme(icon));
        button->setText(text);
        button->setToolTip(text);
        button->setAccessibleName(text);
        button->setObjectName(name);
        button->setAutoRaise(true);
        return button;
    };
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton;
    undoButton->setDefaultAction(undo);
    undoButton->setObjectName(QStringLiteral("undo"));
    undoButton->setAutoRaise(true);
    auto *redoButton = new QToolButton;
    redoButton->setDefaultAction(redo);
    redoButton->setObjectName(QStringLiteral("redo"));
    redoButton->setAutoRaise(true);
    QToolButton *save = tool(QStringLiteral("document-save"), tr("Save draft"), QStringLiteral("saveDraft"));
    save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    save->setToolTip(tr("Keep this state as a version in the catalog (Ctrl+S); every edit is saved anyway"));
    connect(save, &QToolButton::clicked, this, &ContractEditor::saveDraftVersion);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this, this, &ContractEditor::saveDraftVersion);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QToolButton *exportButton
        = tool(QStringLiteral("document-export"), tr("Export…"), QStringLiteral("exportContract"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setToolTip(tr("Write the contract to a YAML or JSON file"));
    connect(exportButton, &QToolButton::clicked, this, [this] {
        QString base = m_document->id().isEmpty() ? QStringLiteral("contract") : m_document->id();
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export contract"), base + QStringLiteral(".odcs.yaml"), tr("YAML (*.yaml *.yml);;JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, error)) {
            QMessageBox::warning(this, tr("Export contract"), error);
        }
    });
    QToolButton *compare = tool(QStringLiteral("document-compare"), tr("Compare"), QStringLiteral("compareContract"));
    compare->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    compare->setToolTip(
        tr("What changed against the catalog's version, a version kept or a file, and whether it breaks consumers"));
    compare->setPopupMode(QToolButton::InstantPopup);
    auto *compareMenu = new QMenu(compare);
    compare->setMenu(compareMenu);
    connect(compareMenu, &QMenu::aboutToShow, this, [this, compareMenu] { fillCompareMenu(compareMenu); });
    QToolButton *publishButton
        = tool(QStringLiteral("document-send"), tr("Publish…"), QStringLiteral("publishContract"));
    publishButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    publishButton->setToolTip(tr("Write the contract to its source, after a check for breaking changes"));
    connect(publishButton, &QToolButton::clicked, this, &ContractEditor::publish);
    // The other way to publish: for review by governance first.
    publishButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *publishMenu = new QMenu(publishButton);
    QAction *publishAction = publishMenu->addAction(tr("&Publish…"), this, &ContractEditor::publish);
    publishAction->setStatusTip(publishButton->toolTip());
    QAction *reviewAction = publishMenu->addAction(tr("Submit for &review…"), this, &ContractEditor::submitForReview);
    reviewAction->setObjectName(QStringLiteral("submitForReview"));
    reviewAction->setStatusTip(
        tr("Publish with the status \"proposed\": the version waits in the review queue for governance"));
    publishButton->setMenu(publishMenu);
    m_yamlToggle = tool(QStringLiteral("text-x-generic"), tr("YAML"), QStringLiteral("toggleYaml"));
    m_yamlToggle->setCheckable(true);
    m_yamlToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_yamlToggle->setToolTip(tr("Show the YAML beside the form (Ctrl+Shift+Y)"));
    connect(m_yamlToggle, &QToolButton::toggled, this, &ContractEditor::setYamlVisible);
    auto *yamlShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+Y")), this);
    yamlShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(yamlShortcut, &QShortcut::activated, m_yamlToggle, &QToolButton::toggle);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_stateLabel);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(2 * style::kSpacing, style::kSpacing, style::kSpacing, style::kSpacing);
    header->addLayout(titles, 1);
    header->addWidget(undoButton);
    header->addWidget(redoButton);
    header->addWidget(save);
    header->addWidget(exportButton);
    header->addWidget(compare);
    header->addWidget(publishButton);
    header->addWidget(m_yamlToggle);

    // The sections.
    m_sections = new QListWidget;
    m_sections->setObjectName(QStringLiteral("editorSections"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setItemDelegate(new SectionDelegate(m_sections));
    m_sections->setFrameShape(QFrame::NoFrame);
    const std::pair<QString, QString> sections[] = { { tr("Fundamentals"), QStringLiteral("document-properties") },
        { tr("Description"), QStringLiteral("format-justify-left") },
        { tr("Schema"), QStringLiteral("view-form-table") }, { tr("SLA"), QStringLiteral("chronometer") },
        { tr("Team and roles"), QStringLiteral("system-users") }, { tr("Support"), QStringLiteral("help-contents") },
        { tr("Servers"), QStringLiteral("network-server") }, { tr("More"), QStringLiteral("preferences-other") } };
    for (const auto &[text, icon] : sections) {
        m_sections->addItem(new QListWidgetItem(QIcon::fromTheme(icon), text));
    }
    m_sections->setMinimumWidth(170);
    m_sections->setMaximumWidth(240);

    m_pages = new QStackedWidget;
    m_pages->addWidget(scrolled(buildFundamentals(), tr("Fundamentals")));
    m_pages->addWidget(buildDescription());
    m_pages->addWidget(buildSchema());
    m_pages->addWidget(buildList(Sla));
    m_pages->addWidget(buildTeam());
    m_pages->addWidget(buildList(Support));
    m_pages->addWidget(buildList(Servers));
    m_pages->addWidget(scrolled(buildMore(), tr("More")));
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // The YAML, beside the form.
    m_yaml = new QPlainTextEdit;
    m_yaml->setObjectName(QStringLiteral("yamlView"));
    m_yaml->setAccessibleName(tr("YAML"));
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    new YamlHighlighter(m_yaml->document());
    m_yamlError = new QLabel;
    m_yamlError->setObjectName(QStringLiteral("yamlError"));
    m_yamlError->setWordWrap(true);
    m_yamlError->setTextFormat(Qt::PlainText);
    m_yamlError->hide();
    QPalette errorPalette = m_yamlError->palette();
    errorPalette.setColor(QPalette::WindowText, style::badColor(palette()));
    m_yamlError->setPalette(errorPalette);
    auto *yamlPane = new QWidget;
    auto *yamlLayout = new QVBoxLayout(yamlPane);
    yamlLayout->setContentsMargins(0, 0, 0, 0);
    yamlLayout->addWidget(m_yamlError);
    yamlLayout->addWidget(m_yaml, 1);
    yamlPane->hide();
    m_yamlTimer = new QTimer(this);
    m_yamlTimer->setSingleShot(true);
    m_yamlTimer->setInterval(600);
    connect(m_yamlTimer, &QTimer::timeout, this, &ContractEditor::yamlEdited);
    connect(m_yaml, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing && m_yaml->hasFocus()) {
            m_yamlTimer->start();
        }
    });
    m_yamlRefresh = new QTimer(this);
    m_yamlRefresh->setSingleShot(true);
    m_yamlRefresh->setInterval(150);
    connect(m_yamlRefresh, &QTimer::timeout, this, &ContractEditor::refreshYaml);

    // The problems, below.
    m_findings = new FindingsModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_findings);
    proxy->setSortRole(Qt::UserRole);
    m_problems = new QTreeView;
    m_problems->setObjectName(QStringLiteral("editorProblems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setModel(proxy);
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_problems->header()->setStretchLastSection(false);
    const auto openProblem = [this, proxy](const QModelIndex &index) {
        const QModelIndex source = proxy->mapToSource(index);
        if (source.isValid() && source.row() < static_cast<int>(m_findings->findings().size())) {
            focusPointer(m_findings->findings()[static_cast<std::size_t>(source.row())].path);
        }
    };
    connect(m_problems, &QTreeView::activated, this, openProblem);
    connect(m_problems, &QTreeView::clicked, this, openProblem);
    m_problemsSummary = new QLabel;
    m_problemsSummary->setObjectName(QStringLiteral("problemsSummary"));
    m_problemsSummary->setForegroundRole(QPalette::PlaceholderText);
    auto *problemsPane = new QWidget;
    auto *problemsLayout = new QVBoxLayout(problemsPane);
    problemsLayout->setContentsMargins(style::kSpacing, style::kSpacing / 2, style::kSpacing, 0);
    problemsLayout->addWidget(m_problemsSummary);
    problemsLayout->addWidget(m_problems, 1);

    m_split = new QSplitter(Qt::Horizontal);
    m_split->addWidget(m_sections);
    m_split->addWidget(m_pages);
    m_split->addWidget(yamlPane);
    m_split->setStretchFactor(1, 3);
    m_split->setStretchFactor(2, 2);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({ 170, 900, 520 });
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_split);
    vertical->addWidget(problemsPane);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(vertical, 1);

    m_lintTimer = new QTimer(this);
    m_lintTimer->setSingleShot(true);
    m_lintTimer->setInterval(300);
    connect(m_lintTimer, &QTimer::timeout, this, &ContractEditor::scheduleLint);
    connect(&m_lint, &QFutureWatcher<LintResult>::finished, this, &ContractEditor::lintFinished);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    connect(m_draftTimer, &QTimer::timeout, this, [this] {
        m_firstUnsaved.invalidate();
        if (m_drafts) {
            m_drafts->save(draftRow());
        }
    });
    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(5000);
    connect(m_ageTimer, &QTimer::timeout, this, &ContractEditor::updateTitle);
    m_ageTimer->start();

    connect(m_document, &ContractDocument::changed, this, &ContractEditor::onChanged);
    if (m_drafts) {
        connect(m_drafts, &DraftService::saved, this, [this](const QString &key, const QDateTime &when) {
            if (key == m_draftKey) {
                m_savedAt = when;
                m_saveProblem.clear();
                updateTitle();
            }
        });
        connect(m_drafts, &DraftService::failed, this, [this](const QString &key, const QString &message) {
            if (key == m_draftKey) {
                m_saveProblem = message;
                updateTitle();
            }
        });
    }

    m_sections->setCurrentRow(0);
    refreshFields();
    refreshSchemaObjects();
    scheduleLint();
    updateTitle();
}

ContractEditor::~ContractEditor()
{
    if (m_draftTimer->isActive() && m_drafts) {
        m_drafts->save(draftRow()); // the last edit, not yet handed over
    }
    m_lint.waitForFinished();
    // The widgets go first, while the document and the members their signals reach are still there (QWidget
    // would delete them after every member is gone, and a table losing its current cell says so).
    disconnect(m_document, nullptr, this, nullptr);
    const auto children = findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        delete child;
    }
}

// ---- forms ----------------------------------------------------------------------------------------------

QWidget *ContractEditor::scrolled(QWidget *form, const QString &name)
{
    auto *area = new QScrollArea;
    area->setAccessibleName(name); // it takes the focus (the keys scroll it): a screen reader names it
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(form);
    return area;
}

QWidget *ContractEditor::withHelp(QWidget *field, const QString &help)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *label = new QLabel(help);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
    return box;
}

QLineEdit *ContractEditor::lineEdit(const std::function<std::string()> &pointer, const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setAccessibleName(name);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textChanged, this, [this, edit, pointer](const QString &text) {
        if (!m_refreshing && !pointer().empty()) {
            m_document->setText(
                pointer(), text.trimmed().isEmpty() ? QString() : text, tr("Edit %1").arg(edit->accessibleName()));
        }
    });
    m_fields.push_back({ edit, pointer });
    return edit;
}

QComboBox *ContractEditor::choice(
    const std::function<std::string()> &pointer, const QString &name, const QStringList &choices)
{
    auto *combo = new QComboBox;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(choices);
    combo->setAccessibleName(name);
    combo->setCurrentIndex(-1);
    connect(combo, &QComboBox::currentTextChanged, this, [this, combo, pointer](const QString &text) {
        if (!m_refreshing && !pointer().empty()) {
            m_document->setText(pointer(), text.trimmed(), tr("Edit %1").arg(combo->accessibleName()));
        }
    });
    m_fields.push_back({ combo, pointer });
    return combo;
}

QPlainTextEdit *ContractEditor::textArea(const std::function<std::string()> &pointer, const QString &name)
{
    auto *edit = new QPlainTextEdit;
    edit->setAccessibleName(name);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(80);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, pointer] {
        if (!m_refreshing && !pointer().empty()) {
            const QString text = edit->toPlainText();
            m_document->setText(
                pointer(), text.trimmed().isEmpty() ? QString() : text, tr("Edit %1").arg(edit->accessibleName()));
        }
    });
    m_fields.push_back({ edit, pointer });
    return edit;
}

QLineEdit *ContractEditor::tagsEdit(const std::string &pointer, const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setAccessibleName(name);
    edit->setPlaceholderText(tr("finance, pii, gold"));
    connect(edit, &QLineEdit::textChanged, this, [this, pointer, name](const QString &text) {
        if (m_refreshing) {
            return;
        }
        nlohmann::json tags = nlohmann::json::array();
        for (const QString &tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty()) {
                tags.push_back(tag.trimmed().toStdString());
            }
        }
        m_document->setValue(pointer, tags.empty() ? nlohmann::json() : tags, tr("Edit %1").arg(name));
    });
    m_fields.push_back({ edit, [pointer] { return pointer; } });
    return edit;
}

QWidget *ContractEditor::buildFundamentals()
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setContentsMargins(2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing);
    layout->setVerticalSpacing(style::kSpacing + 4);
    const auto at = [](const char *p) { return [p] { return std::string(p); }; };
    QLineEdit *id = lineEdit(at("/id"), tr("ID"));
    id->setObjectName(QStringLiteral("field_id"));
    layout->addRow(tr("ID *"), withHelp(id, tr("Identifies the contract for good; a UUID is made for new ones.")));
    QLineEdit *name = lineEdit(at("/name"), tr("Name"));
    name->setObjectName(QStringLiteral("field_name"));
    layout->addRow(tr("Name"), withHelp(name, tr("What people call the contract.")));
    QLineEdit *version = lineEdit(at("/version"), tr("Version"));
    version->setObjectName(QStringLiteral("field_version"));
    layout->addRow(tr("Version *"),
        withHelp(version, tr("Semantic version: raise the major number for a breaking change (2.0.0).")));
    QComboBox *status = choice(at("/status"), tr("Status"), statusChoices());
    status->setObjectName(QStringLiteral("field_status"));
    layout->addRow(
        tr("Status *"), withHelp(status, tr("Where the contract is in its life: draft, active, deprecated…")));
    m_domain = choice(at("/domain"), tr("Domain"), {});
    m_domain->setObjectName(QStringLiteral("field_domain"));
    layout->addRow(tr("Domain"), withHelp(m_domain, tr("The business domain that owns the data.")));
    m_product = choice(at("/dataProduct"), tr("Data product"), {});
    m_product->setObjectName(QStringLiteral("field_dataProduct"));
    layout->addRow(
        tr("Data product"), withHelp(m_product, tr("The data product whose output port this contract describes.")));
    QLineEdit *tenant = lineEdit(at("/tenant"), tr("Tenant"));
    tenant->setObjectName(QStringLiteral("field_tenant"));
    layout->addRow(tr("Tenant"), tenant);
    QLineEdit *tags = tagsEdit("/tags", tr("Tags"));
    tags->setObjectName(QStringLiteral("field_tags"));
    layout->addRow(tr("Tags"), withHelp(tags, tr("Separated by commas.")));
    QComboBox *api = choice(at("/apiVersion"), tr("Standard version"),
        { QStringLiteral("v3.1.0"), QStringLiteral("v3.0.2"), QStringLiteral("v3.0.1"), QStringLiteral("v3.0.0") });
    api->setObjectName(QStringLiteral("field_apiVersion"));
    layout->addRow(tr("ODCS version *"), api);
    return form;
}

QWidget *ContractEditor::buildDescription()
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->setContentsMargins(2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing);
    QPlainTextEdit *purpose = textArea([] { return std::string("/description/purpose"); }, tr("Purpose"));
    purpose->setObjectName(QStringLiteral("field_purpose"));
    layout->addRow(tr("Purpose"), withHelp(purpose, tr("What the data is for. Markdown.")));
    QPlainTextEdit *limitations = textArea([] { return std::string("/description/limitations"); }, tr("Limitations"));
    limitations->setObjectName(QStringLiteral("field_limitations"));
    layout->addRow(tr("Limitations"), withHelp(limitations, tr("What it must not be used for, and known gaps.")));
    QPlainTextEdit *usage = textArea([] { return std::string("/description/usage"); }, tr("Usage"));
    usage->setObjectName(QStringLiteral("field_usage"));
    layout->addRow(tr("Usage"), withHelp(usage, tr("How to use it well: joins, filters, caveats.")));

    m_preview = new MarkdownView;
    m_preview->setObjectName(QStringLiteral("descriptionPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    auto *previewLabel = new QLabel(tr("Preview"));
    style::scaleFont(previewLabel, 1.0, true);
    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing);
    previewLayout->addWidget(previewLabel);
    auto *previewScroll = new QScrollArea; // the preview grows with the text; the pane scrolls
    previewScroll->setAccessibleName(tr("Preview"));
    previewScroll->setWidgetResizable(true);
    previewScroll->setFrameShape(QFrame::NoFrame);
    auto *previewBody = new QWidget;
    auto *previewBodyLayout = new QVBoxLayout(previewBody);
    previewBodyLayout->setContentsMargins(0, 0, 0, 0);
    previewBodyLayout->addWidget(m_preview);
    previewBodyLayout->addStretch(1);
    previewScroll->setWidget(previewBody);
    previewLayout->addWidget(previewScroll, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(scrolled(form, tr("Description")));
    split->addWidget(previewPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

std::string ContractEditor::objectPointer() const
{
    return rowPointer("/schema", m_objects ? m_objects->currentRow() : -1);
}

std::string ContractEditor::propertiesPointer() const
{
    const std::string object = objectPointer();
    if (object.empty()) {
        return {};
    }
    std::string path = object;
    for (const std::string &step : m_nested) {
        path += step;
    }
    return path + "/properties";
}

std::string ContractEditor::selectedPropertyPointer() const
{
    return rowPointer(propertiesPointer(), m_properties ? m_properties->currentRow() : -1);
}

std::string ContractEditor::rowPointer(const std::string &array, int row) const
{
    const nlohmann::json &list = array.empty() ? kNone : m_document->value(array);
    if (!list.is_array() || row < 0 || row >= static_cast<int>(list.size())) {
        return {};
    }
    return array + '/' + std::to_string(row);
}

void ContractEditor::openNested()
{
    const std::string property = selectedPropertyPointer();
    if (property.empty()) {
        return;
    }
    const std::string step = property.substr(propertiesPointer().size() - std::string("/properties").size());
    // An array's properties are those of its items.
    const bool array = m_document->text(property + "/logicalType") == QLatin1String("array")
        || m_document->value(property + "/items").is_object();
    m_nested.push_back(array ? step + "/items" : step);
    updateSchemaPointers();
    refreshFields();
}

void ContractEditor::closeNested()
{
    if (!m_nested.empty()) {
        m_nested.pop_back();
        updateSchemaPointers();
        refreshFields();
    }
}

QCheckBox *ContractEditor::checkBox(const std::function<std::string()> &pointer, const QString &name)
{
    auto *box = new QCheckBox(name);
    box->setAccessibleName(name);
    connect(box, &QCheckBox::toggled, this, [this, pointer, name](bool on) {
        if (!m_refreshing && !pointer().empty()) {
            m_document->setValue(pointer(), on ? nlohmann::json(true) : nlohmann::json(), tr("Edit %1").arg(name));
        }
    });
    m_fields.push_back({ box, pointer });
    return box;
}

QLineEdit *ContractEditor::listEdit(const std::function<std::string()> &pointer, const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setAccessibleName(name);
    connect(edit, &QLineEdit::textChanged, this, [this, pointer, name](const QString &text) {
        if (m_refreshing || pointer().empty()) {
            return;
        }
        nlohmann::json list = nlohmann::json::array();
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty()) {
                list.push_back(part.trimmed().toStdString());
            }
        }
        m_document->setValue(pointer(), list.empty() ? nlohmann::json() : list, tr("Edit %1").arg(name));
    });
    m_fields.push_back({ edit, pointer });
    return edit;
}

QWidget *ContractEditor::buildPropertyDetails()
{
    const auto at = [this](const char *key) {
        return [this, key] {
            const std::string base = selectedPropertyPointer();
            return base.empty() ? std::string() : base + key;
        };
    };
    m_details = new QWidget;
    m_details->setObjectName(QStringLiteral("propertyDetails"));
    auto *columns = new QHBoxLayout(m_details);
    columns->setContentsMargins(0, style::kSpacing, 0, 0);
    auto *left = new QFormLayout;
    left->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *right = new RowGrid;
    columns->addLayout(left, 1);
    columns->addSpacing(2 * style::kSpacing);
    columns->addLayout(right, 1);

    QLineEdit *businessName = lineEdit(at("/businessName"), tr("Business name"));
    businessName->setObjectName(QStringLiteral("field_businessName"));
    left->addRow(tr("Business name"), businessName);
    QLineEdit *examples = listEdit(at("/examples"), tr("Examples"));
    examples->setObjectName(QStringLiteral("field_examples"));
    examples->setPlaceholderText(tr("Separated by commas"));
    left->addRow(tr("Examples"), examples);
    m_references = choice(at("/relationships/0/to"), tr("References"), {});
    m_references->setObjectName(QStringLiteral("field_references"));
    m_references->setToolTip(tr("The property this one points at (a foreign key), as object.property"));
    left->addRow(tr("References"), m_references);
    QLineEdit *transform = lineEdit(at("/transformLogic"), tr("Transform logic"));
    transform->setObjectName(QStringLiteral("field_transformLogic"));
    transform->setPlaceholderText(tr("How the value is derived, e.g. SQL"));
    left->addRow(tr("Transform logic"), transform);
    QLineEdit *sources = listEdit(at("/transformSourceObjects"), tr("Source objects"));
    sources->setObjectName(QStringLiteral("field_transformSourceObjects"));
    left->addRow(tr("Source objects"), sources);

    QCheckBox *partitioned = checkBox(at("/partitioned"), tr("Partitioned by this property"));
    partitioned->setObjectName(QStringLiteral("field_partitioned"));
    right->addRow(QString(), partitioned);
    QLineEdit *partitionPosition = numberEdit(at("/partitionKeyPosition"), tr("Partition key position"));
    partitionPosition->setObjectName(QStringLiteral("field_partitionKeyPosition"));
    right->addRow(tr("Partition position"), partitionPosition);
    // The options of the logical type: only those that type has.
    const QStringList text { QStringLiteral("string") };
    const QStringList numbers { QStringLiteral("number"), QStringLiteral("integer") };
    const QStringList formatted { QStringLiteral("string"), QStringLiteral("date"), QStringLiteral("timestamp"),
        QStringLiteral("time"), QStringLiteral("number"), QStringLiteral("integer") };
    const std::tuple<const char *, QString, bool, QStringList> options[] = {
        { "/logicalTypeOptions/format", tr("Format"), false, formatted },
        { "/logicalTypeOptions/pattern", tr("Pattern"), false, text },
        { "/logicalTypeOptions/minLength", tr("Shortest"), true, text },
        { "/logicalTypeOptions/maxLength", tr("Longest"), true, text },
        { "/logicalTypeOptions/minimum", tr("Minimum"), true, numbers },
        { "/logicalTypeOptions/maximum", tr("Maximum"), true, numbers },
    };
    m_optionsForm = right;
    for (const auto &[key, label, number, types] : options) {
        QLineEdit *edit = number ? numberEdit(at(key), label) : lineEdit(at(key), label);
        edit->setObjectName(QStringLiteral("field_") + QString::fromLatin1(key).section(QLatin1Char('/'), -1));
        right->addRow(label, edit);
        m_typeOptions.emplace_back(edit, types);
    }
    m_openNested = new QToolButton;
    m_openNested->setObjectName(QStringLiteral("openNested"));
    m_openNested->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    m_openNested->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openNested->setAutoRaise(true);
    connect(m_openNested, &QToolButton::clicked, this, &ContractEditor::openNested);
    left->addRow(QString(), m_openNested);
    return scrolled(m_details, tr("Property details"));
}

void ContractEditor::updatePropertyDetails()
{
    if (!m_details) {
        return;
    }
    const std::string property = selectedPropertyPointer();
    m_details->setEnabled(!property.empty());
    const QString type = property.empty() ? QString() : m_document->text(property + "/logicalType");
    for (const auto &[widget, types] : m_typeOptions) {
        static_cast<RowGrid *>(m_optionsForm)->showRow(widget, types.contains(type)); // only its type's options
    }
    // Nested properties: an object's, or an array's items'.
    const bool array = type == QLatin1String("array") || m_document->value(property + "/items").is_object();
    const nlohmann::json &nested
        = property.empty() ? kNone : m_document->value(property + (array ? "/items/properties" : "/properties"));
    const bool canNest = type == QLatin1String("object") || array || nested.is_array();
    m_openNested->setVisible(canNest);
    m_openNested->setText(nested.is_array() && !nested.empty()
            ? tr("Open its %n nested properties", nullptr, static_cast<int>(nested.size()))
            : tr("Add nested properties"));
    // The breadcrumb: object › property › …
    QStringList path { m_document->text(objectPointer() + "/name") };
    std::string at = objectPointer();
    for (const std::string &step : m_nested) {
        at += step;
        if (step.size() < 6 || step.compare(step.size() - 6, 6, "/items") != 0) {
            path << m_document->text(at + "/name");
        } else {
            path.last() += QStringLiteral("[]");
        }
    }
    m_breadcrumb->setText(path.join(QStringLiteral(" › ")));
    m_up->setVisible(!m_nested.empty());
    m_breadcrumb->setVisible(!m_nested.empty());
    // What a property can reference: every property of the schema, as object.property.
    const QStringList targets = schemaElements();
    if (m_references->count() != targets.size()
        || !std::equal(targets.begin(), targets.end(),
            [this] {
                QStringList items;
                for (int i = 0; i < m_references->count(); ++i) {
                    items << m_references->itemText(i);
                }
                return items;
            }()
                .begin())) {
        const bool was = m_refreshing;
        m_refreshing = true;
        const QString text = m_references->currentText();
        m_references->clear();
        m_references->addItems(targets);
        m_references->setCurrentText(text);
        m_refreshing = was;
    }
}

QWidget *ContractEditor::buildSchema()
{
    m_objects = new QListWidget;
    m_objects->setObjectName(QStringLiteral("schemaObjects"));
    m_objects->setAccessibleName(tr("Schema objects"));
    // Objects are reordered by drag and drop: the list moves the item, the document the object.
    m_objects->setDragDropMode(QAbstractItemView::InternalMove);
    connect(m_objects->model(), &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
            const int to = row > start ? row - 1 : row;
            if (!m_refreshing && to != start) {
                m_document->moveItem("/schema", start, to, tr("Move object"));
                m_objects->setCurrentRow(to);
            }
        });
    auto *addObject = new QToolButton;
    addObject->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    addObject->setText(tr("Add object"));
    addObject->setToolTip(tr("Add a table, view, topic or file"));
    addObject->setAccessibleName(tr("Add object"));
    addObject->setObjectName(QStringLiteral("addObject"));
    addObject->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addObject->setAutoRaise(true);
    auto *removeObject = new QToolButton;
    removeObject->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    removeObject->setText(tr("Remove object"));
    removeObject->setToolTip(tr("Remove the selected object and its properties"));
    removeObject->setAccessibleName(tr("Remove object"));
    removeObject->setObjectName(QStringLiteral("removeObject"));
    removeObject->setAutoRaise(true);
    connect(addObject, &QToolButton::clicked, this, [this] {
        const int n = m_objects->count();
        m_document->insertItem("/schema", n,
            { { "name", "object_" + std::to_string(n + 1) }, { "logicalType", "object" }, { "physicalType", "table" } },
            tr("Add object"));
        m_objects->setCurrentRow(n);
    });
    connect(removeObject, &QToolButton::clicked, this, [this] {
        const int row = m_objects->currentRow();
        if (row >= 0) {
            m_document->removeItem("/schema", row, tr("Remove object"));
        }
    });
    auto *objectButtons = new QHBoxLayout;
    objectButtons->setContentsMargins(0, 0, 0, 0);
    objectButtons->addWidget(addObject);
    objectButtons->addWidget(removeObject);
    objectButtons->addStretch(1);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(style::kSpacing, style::kSpacing, 0, style::kSpacing);
    leftLayout->addLayout(objectButtons);
    leftLayout->addWidget(m_objects, 1);

    // The selected object: its fields, then its properties.
    m_objectForm = new QWidget;
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    const auto field = [this](const char *key) {
        return [this, key] {
            const std::string base = objectPointer();
            return base.empty() ? std::string() : base + key;
        };
    };
    QLineEdit *name = lineEdit(field("/name"), tr("Object name"));
    name->setObjectName(QStringLiteral("field_objectName"));
    form->addRow(tr("Name *"), name);
    QLineEdit *physicalName = lineEdit(field("/physicalName"), tr("Physical name"));
    physicalName->setObjectName(QStringLiteral("field_physicalName"));
    form->addRow(tr("Physical name"), physicalName);
    QComboBox *physicalType = choice(field("/physicalType"), tr("Physical type"),
        { QStringLiteral("table"), QStringLiteral("view"), QStringLiteral("topic"), QStringLiteral("file") });
    physicalType->setObjectName(QStringLiteral("field_physicalType"));
    form->addRow(tr("Physical type"), physicalType);
    QLineEdit *description = lineEdit(field("/description"), tr("Object description"));
    description->setObjectName(QStringLiteral("field_objectDescription"));
    form->addRow(tr("Description"), description);

    m_properties = new ArrayTable(m_document,
        { { "name", tr("Name"), ArrayTable::Kind::Text, {}, tr("The column or field name") },
            { "logicalType", tr("Logical type"), ArrayTable::Kind::Choice, logicalTypes(),
                tr("The type in the standard's terms") },
            { "physicalType", tr("Physical type"), ArrayTable::Kind::Text, {},
                tr("The type in the server, e.g. VARCHAR(64)") },
            { "required", tr("Required"), ArrayTable::Kind::Flag, {}, tr("Never null") },
            { "unique", tr("Unique"), ArrayTable::Kind::Flag, {}, tr("No two rows share the value") },
            { "primaryKey", tr("Key"), ArrayTable::Kind::Flag, {}, tr("Part of the primary key") },
            { "primaryKeyPosition", tr("Key position"), ArrayTable::Kind::Number, {},
                tr("Its place in a composite key, from 1") },
            { "classification", tr("Classification"), ArrayTable::Kind::Choice,
                { QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("restricted"),
                    QStringLiteral("confidential") },
                tr("How sensitive the data is") },
            { "criticalDataElement", tr("Critical"), ArrayTable::Kind::Flag, {}, tr("A critical data element") },
            { "description", tr("Description"), ArrayTable::Kind::Text, {}, {} } });
    m_properties->setObjectName(QStringLiteral("schemaProperties"));
    m_properties->setNewItem([](int row) {
        return nlohmann::json { { "name", "column_" + std::to_string(row + 1) }, { "logicalType", "string" } };
    });
    m_properties->setEmptyText(tr("No properties yet. Add the columns or fields of this object."));
    m_tables.push_back(m_properties);

    // Quality rules of the object, and of the property selected in the table.
    m_objectQuality = qualityTable();
    m_objectQuality->setObjectName(QStringLiteral("objectQuality"));
    m_objectQuality->setEmptyText(tr("No rules for the object yet. Add one: a row count, a SQL check…"));
    m_propertyQuality = qualityTable();
    m_propertyQuality->setObjectName(QStringLiteral("propertyQuality"));
    m_propertyQuality->setEmptyText(tr("No rules for this property yet. Add one: no nulls, no duplicates…"));
    m_propertyQualityLabel = new QLabel;
    m_propertyQualityLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *propertyQualityPage = new QWidget;
    auto *propertyQualityLayout = new QVBoxLayout(propertyQualityPage);
    propertyQualityLayout->setContentsMargins(0, style::kSpacing, 0, 0);
    propertyQualityLayout->addWidget(m_propertyQualityLabel);
    propertyQualityLayout->addWidget(m_propertyQuality, 1);
    connect(m_properties, &ArrayTable::currentRowChanged, this, [this] {
        updateSchemaPointers();
        refreshFields(); // the details show the property selected
    });

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("schemaTabs"));
    tabs->setDocumentMode(true);
    m_breadcrumb = new QLabel;
    m_breadcrumb->setObjectName(QStringLiteral("propertyPath"));
    m_breadcrumb->setTextFormat(Qt::PlainText);
    m_up = new QToolButton;
    m_up->setObjectName(QStringLiteral("nestedUp"));
    m_up->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Back to the properties around these"));
    m_up->setAccessibleName(tr("Up"));
    m_up->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_up->setAutoRaise(true);
    connect(m_up, &QToolButton::clicked, this, &ContractEditor::closeNested);
    auto *pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(0, style::kSpacing / 2, 0, 0);
    pathRow->addWidget(m_up);
    pathRow->addWidget(m_breadcrumb, 1);
    auto *propertiesPage = new QWidget;
    auto *propertiesLayout = new QVBoxLayout(propertiesPage);
    propertiesLayout->setContentsMargins(0, 0, 0, 0);
    propertiesLayout->addLayout(pathRow);
    auto *propertiesSplit = new QSplitter(Qt::Vertical);
    propertiesSplit->addWidget(m_properties);
    propertiesSplit->addWidget(buildPropertyDetails());
    propertiesSplit->setStretchFactor(0, 3);
    propertiesSplit->setStretchFactor(1, 2);
    propertiesSplit->setChildrenCollapsible(false);
    propertiesLayout->addWidget(propertiesSplit, 1);
    tabs->addTab(propertiesPage, tr("Properties"));
    tabs->addTab(m_objectQuality, tr("Object quality"));
    tabs->addTab(propertyQualityPage, tr("Property quality"));
    // What the standard lets objects and properties carry besides: custom properties, authoritative definitions.
    m_objectCustom = customPropertiesTable();
    m_objectCustom->setObjectName(QStringLiteral("objectCustomProperties"));
    m_objectDefinitions = definitionsTable();
    m_objectDefinitions->setObjectName(QStringLiteral("objectDefinitions"));
    m_propertyCustom = customPropertiesTable();
    m_propertyCustom->setObjectName(QStringLiteral("propertyCustomProperties"));
    m_propertyDefinitions = definitionsTable();
    m_propertyDefinitions->setObjectName(QStringLiteral("propertyDefinitions"));
    auto *extras = new QWidget;
    auto *extrasLayout = new QGridLayout(extras);
    extrasLayout->setContentsMargins(0, style::kSpacing, 0, 0);
    const std::pair<QString, ArrayTable *> extraTables[] = { { tr("Custom properties of the object"), m_objectCustom },
        { tr("Authoritative definitions of the object"), m_objectDefinitions },
        { tr("Custom properties of the property"), m_propertyCustom },
        { tr("Authoritative definitions of the property"), m_propertyDefinitions } };
    for (int i = 0; i < 4; ++i) {
        auto *label = new QLabel(extraTables[i].first);
        style::scaleFont(label, 1.0, true);
        extrasLayout->addWidget(label, (i / 2) * 2, i % 2);
        extrasLayout->addWidget(extraTables[i].second, (i / 2) * 2 + 1, i % 2);
    }
    tabs->addTab(extras, tr("More"));
    auto *objectLayout = new QVBoxLayout(m_objectForm);
    objectLayout->setContentsMargins(2 * style::kSpacing, style::kSpacing, 2 * style::kSpacing, style::kSpacing);
    objectLayout->addLayout(form);
    objectLayout->addSpacing(style::kSpacing);
    objectLayout->addWidget(tabs, 1);

    m_noObjects = new QLabel(tr("The contract has no schema yet. Add an object (a table, view, topic or file) and "
                                "describe its properties."));
    m_noObjects->setWordWrap(true);
    m_noObjects->setAlignment(Qt::AlignCenter);
    m_noObjects->setForegroundRole(QPalette::PlaceholderText);
    m_noObjects->setMargin(4 * style::kSpacing);
    auto *right = new QStackedWidget;
    right->addWidget(m_noObjects);
    right->addWidget(m_objectForm);

    connect(m_objects, &QListWidget::currentRowChanged, this, [this, right](int row) {
        right->setCurrentIndex(row >= 0 ? 1 : 0);
        m_nested.clear(); // another object: its own properties
        updateSchemaPointers();
        refreshFields();
    });

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    return split;
}

QWidget *ContractEditor::buildList(Section section)
{
    ArrayTable *table = nullptr;
    QString intro;
    if (section == Sla) {
        table = new ArrayTable(m_document,
            { { "property", tr("Property"), ArrayTable::Kind::Choice,
                  { QStringLiteral("latency"), QStringLiteral("frequency"), QStringLiteral("availability"),
                      QStringLiteral("retention"), QStringLiteral("throughput"), QStringLiteral("errorRate"),
                      QStringLiteral("timeToDetect"), QStringLiteral("timeToNotify"), QStringLiteral("timeToRepair"),
                      QStringLiteral("generalAvailability"), QStringLiteral("endOfSupport"),
                      QStringLiteral("endOfLife") },
                  tr("What is promised") },
                { "value", tr("Value"), ArrayTable::Kind::Number, {}, tr("The promised value") },
                { "unit", tr("Unit"), ArrayTable::Kind::Choice,
                    { QStringLiteral("ms"), QStringLiteral("s"), QStringLiteral("m"), QStringLiteral("h"),
                        QStringLiteral("d"), QStringLiteral("y"), QStringLiteral("%") },
                    tr("d (days), h, m, s, ms, y (years) or %"),
                    [](const nlohmann::json &item) { return slaUnits(jsonString(item, "property")); } },
                { "element", tr("Element"), ArrayTable::Kind::Choice, {},
                    tr("The column the property is measured on, as object.property"),
                    [this](const nlohmann::json &) { return schemaElements(); } },
                { "driver", tr("Driver"), ArrayTable::Kind::Choice,
                    { QStringLiteral("regulatory"), QStringLiteral("analytics"), QStringLiteral("operational") },
                    tr("Why it is promised") },
                { "description", tr("Description"), ArrayTable::Kind::Text, {}, {} } });
        table->setArrayPointer("/slaProperties");
        table->setValidator(&ContractEditor::checkSla);
        table->setPresets({ { tr("Latency: 4 hours"), slaPreset("latency", 4, "h") },
            { tr("Frequency: daily"), slaPreset("frequency", 1, "d") },
            { tr("Availability: 99.9 %"), slaPreset("availability", 99.9, "%") },
            { tr("Retention: 3 years"), slaPreset("retention", 3, "y") },
            { tr("Throughput: 1,000 rows a second"), slaPreset("throughput", 1000, "") },
            { tr("Error rate: 0.1 %"), slaPreset("errorRate", 0.1, "%") },
            { tr("Time to detect: 1 hour"), slaPreset("timeToDetect", 1, "h") },
            { tr("Time to notify: 2 hours"), slaPreset("timeToNotify", 2, "h") },
            { tr("Time to repair: 1 day"), slaPreset("timeToRepair", 1, "d") },
            { tr("General availability (date)"),
                slaPreset("generalAvailability", QDate::currentDate().toString(Qt::ISODate).toStdString(), "") },
            { tr("End of support (date)"),
                slaPreset("endOfSupport", QDate::currentDate().addYears(2).toString(Qt::ISODate).toStdString(), "") },
            { tr("End of life (date)"),
                slaPreset("endOfLife", QDate::currentDate().addYears(3).toString(Qt::ISODate).toStdString(), "") } });
        table->setEmptyText(tr("No SLA yet. Add a property (latency, availability, retention…) from a preset."));
        table->setObjectName(QStringLiteral("slaTable"));
        intro = tr("What the contract promises about timeliness, availability and lifetime.");
    } else if (section == Support) {
        table = new ArrayTable(m_document,
            { { "channel", tr("Channel"), ArrayTable::Kind::Text, {}, tr("Its name, e.g. #orders-data") },
                { "url", tr("Link"), ArrayTable::Kind::Text, {}, tr("Where to reach it: https:// or mailto:") },
                { "tool", tr("Tool"), ArrayTable::Kind::Choice,
                    { QStringLiteral("email"), QStringLiteral("slack"), QStringLiteral("teams"),
                        QStringLiteral("discord"), QStringLiteral("ticket"), QStringLiteral("other") },
                    {} },
                { "scope", tr("Scope"), ArrayTable::Kind::Choice,
                    { QStringLiteral("interactive"), QStringLiteral("announcements"), QStringLiteral("issues") }, {} },
                { "description", tr("Description"), ArrayTable::Kind::Text, {}, {} } });
        table->setArrayPointer("/support");
        table->setNewItem([](int) { return nlohmann::json { { "channel", "" }, { "url", "" } }; });
        table->setEmptyText(tr("No support channel yet. Consumers need one place to ask and to hear about changes."));
        table->setObjectName(QStringLiteral("supportTable"));
        intro = tr("Where consumers ask questions and hear about changes.");
    } else {
        table = new ArrayTable(m_document,
            { { "server", tr("Name"), ArrayTable::Kind::Text, {}, tr("An identifier for the server") },
                { "type", tr("Type"), ArrayTable::Kind::Choice,
                    { QStringLiteral("postgres"), QStringLiteral("snowflake"), QStringLiteral("bigquery"),
                        QStringLiteral("databricks"), QStringLiteral("redshift"), QStringLiteral("kafka"),
                        QStringLiteral("s3"), QStringLiteral("azure"), QStringLiteral("sqlserver"),
                        QStringLiteral("mysql"), QStringLiteral("oracle"), QStringLiteral("trino"),
                        QStringLiteral("custom") },
                    {} },
                { "environment", tr("Environment"), ArrayTable::Kind::Choice,
                    { QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("uat"), QStringLiteral("dev") },
                    {} },
                { "description", tr("Description"), ArrayTable::Kind::Text, {}, {} } });
        table->setArrayPointer("/servers");
        table->setNewItem([](int row) {
            return nlohmann::json { { "server", "server_" + std::to_string(row + 1) }, { "type", "postgres" } };
        });
        table->setEmptyText(tr("No server yet. Say where consumers find the data."));
        table->setObjectName(QStringLiteral("serversTable"));
        intro = tr("Where the data lives and how to reach it.");
    }
    m_tables.push_back(table);
    if (section != Sla) {
        addItemLists(table, false); // support channels and servers have custom properties
    }
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, style::kSpacing);
    auto *label = new QLabel(intro);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
    if (section == Servers) {
        m_servers = table;
        auto *split = new QSplitter(Qt::Vertical);
        split->addWidget(table);
        split->addWidget(buildServerDetails());
        split->setChildrenCollapsible(false);
        layout->addWidget(split, 1);
        connect(table, &ArrayTable::currentRowChanged, this, [this] {
            refreshFields();
            updateServerDetails();
        });
    } else {
        layout->addWidget(table, 1);
    }
    return page;
}

std::string ContractEditor::selectedServerPointer() const
{
    return rowPointer("/servers", m_servers ? m_servers->currentRow() : -1);
}

/** The connection fields the standard defines for each server type (those not listed: every field). */
static const std::map<QString, std::set<std::string>> &serverFields()
{
    static const std::map<QString, std::set<std::string>> fields {
        { QStringLiteral("postgres"), { "host", "port", "database", "schema" } },
        { QStringLiteral("mysql"), { "host", "port", "database" } },
        { QStringLiteral("sqlserver"), { "host", "port", "database", "schema" } },
        { QStringLiteral("oracle"), { "host", "port", "serviceName" } },
        { QStringLiteral("redshift"), { "host", "database", "schema", "region", "account" } },
        { QStringLiteral("snowflake"), { "account", "database", "schema", "warehouse" } },
        { QStringLiteral("bigquery"), { "project", "dataset" } },
        { QStringLiteral("databricks"), { "host", "catalog", "schema" } },
        { QStringLiteral("trino"), { "host", "port", "catalog", "schema" } },
        { QStringLiteral("kafka"), { "host", "format" } },
        { QStringLiteral("s3"), { "location", "format", "delimiter", "endpointUrl" } },
        { QStringLiteral("azure"), { "location", "format", "delimiter" } },
    };
    return fields;
}

QWidget *ContractEditor::buildServerDetails()
{
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("serverDetails"));
    auto *grid = new RowGrid(box);
    grid->setContentsMargins(0, style::kSpacing, 0, 0);
    m_serverForm = grid;
    const std::pair<const char *, QString> fields[]
        = { { "host", tr("Host") }, { "port", tr("Port") }, { "database", tr("Database") }, { "schema", tr("Schema") },
              { "serviceName", tr("Service name") }, { "account", tr("Account") }, { "warehouse", tr("Warehouse") },
              { "region", tr("Region") }, { "project", tr("Project") }, { "dataset", tr("Dataset") },
              { "catalog", tr("Catalog") }, { "location", tr("Location") }, { "format", tr("Format") },
              { "delimiter", tr("Delimiter") }, { "endpointUrl", tr("Endpoint URL") } };
    for (const auto &[key, label] : fields) {
        const auto pointer = [this, key = std::string(key)] {
            const std::string base = selectedServerPointer();
            return base.empty() ? std::string() : base + '/' + key;
        };
        QLineEdit *edit = std::string(key) == "port" ? numberEdit(pointer, label) : lineEdit(pointer, label);
        edit->setObjectName(QStringLiteral("server_") + QString::fromLatin1(key));
        grid->addRow(label, edit);
        m_serverFields.emplace_back(QString::fromLatin1(key), edit);
    }
    m_serverHint = new QLabel;
    m_serverHint->setForegroundRole(QPalette::PlaceholderText);
    m_serverHint->setWordWrap(true);
    grid->addRow(m_serverHint);
    grid->setRowStretch(grid->rowCount(), 1);
    return scrolled(box, tr("Server details"));
}

void ContractEditor::updateServerDetails()
{
    if (!m_serverForm) {
        return;
    }
    const std::string server = selectedServerPointer();
    const QString type = server.empty() ? QString() : m_document->text(server + "/type");
    const auto known = serverFields().find(type);
    for (const auto &[key, edit] : m_serverFields) {
        // The fields of its type, and any other it has a value for.
        const bool shown = !server.empty()
            && (known == serverFields().end() || known->second.count(key.toStdString()) != 0
                || !m_document->value(server + '/' + key.toStdString()).is_null());
        static_cast<RowGrid *>(m_serverForm)->showRow(edit, shown);
    }
    m_serverHint->setText(server.empty()    ? tr("Select a server to see how to reach it.")
            : known == serverFields().end() ? tr("Every connection field: the standard defines none for this type.")
                                            : tr("The connection fields the standard defines for %1.").arg(type));
}

std::string ContractEditor::teamMembersPointer() const
{
    return m_document->value("/team").is_array() ? std::string("/team") : std::string("/team/members");
}

QWidget *ContractEditor::buildTeam()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    // v3.0 keeps the team as a bare list of members: then it has no name or description of its own.
    const auto teamField = [this](const char *key) {
        return
            [this, key] { return m_document->value("/team").is_array() ? std::string() : std::string("/team/") + key; };
    };
    QLineEdit *name = lineEdit(teamField("name"), tr("Team name"));
    name->setObjectName(QStringLiteral("field_teamName"));
    form->addRow(tr("Team"), name);
    QLineEdit *description = lineEdit(teamField("description"), tr("Team description"));
    description->setObjectName(QStringLiteral("field_teamDescription"));
    form->addRow(tr("Description"), description);

    m_members = new ArrayTable(m_document,
        { { "username", tr("User name"), ArrayTable::Kind::Text, {}, tr("The member's user name or email") },
            { "name", tr("Name"), ArrayTable::Kind::Text, {}, {} },
            { "role", tr("Role"), ArrayTable::Kind::Choice,
                { QStringLiteral("owner"), QStringLiteral("data steward"), QStringLiteral("data engineer"),
                    QStringLiteral("analyst"), QStringLiteral("consumer") },
                {} },
            { "dateIn", tr("Since"), ArrayTable::Kind::Text, {}, tr("YYYY-MM-DD") },
            { "dateOut", tr("Until"), ArrayTable::Kind::Text, {}, tr("YYYY-MM-DD, when the member left") },
            { "description", tr("Description"), ArrayTable::Kind::Text, {}, {} } });
    m_members->setObjectName(QStringLiteral("teamTable"));
    m_members->setArrayPointer(teamMembersPointer());
    m_members->setNewItem([](int) {
        return nlohmann::json { { "username", "" }, { "role", "owner" },
            { "dateIn", QDate::currentDate().toString(Qt::ISODate).toStdString() } };
    });
    m_members->setEmptyText(tr("No members yet. Who owns this contract, and who answers for it?"));
    m_tables.push_back(m_members);
    addItemLists(m_members, true);

    auto *roles = new ArrayTable(m_document,
        { { "role", tr("Role"), ArrayTable::Kind::Text, {}, tr("An IAM role or group that gets access") },
            { "access", tr("Access"), ArrayTable::Kind::Choice, { QStringLiteral("read"), QStringLiteral("write") },
                {} },
            { "firstLevelApprovers", tr("First approvers"), ArrayTable::Kind::Text, {},
                tr("Who approves a request first") },
            { "secondLevelApprovers", tr("Second approvers"), ArrayTable::Kind::Text, {}, {} },
            { "description", tr("Description"), ArrayTable::Kind::Text, {}, {} } });
    roles->setObjectName(QStringLiteral("rolesTable"));
    roles->setArrayPointer("/roles");
    roles->setNewItem([](int) { return nlohmann::json { { "role", "" }, { "access", "read" } }; });
    roles->setEmptyText(tr("No roles yet. Say who may read or write the data, and who approves access."));
    m_tables.push_back(roles);
    addItemLists(roles, false);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, style::kSpacing);
    layout->addLayout(form);
    auto *membersLabel = new QLabel(tr("Members"));
    style::scaleFont(membersLabel, 1.0, true);
    layout->addWidget(membersLabel);
    layout->addWidget(m_members, 3);
    auto *rolesLabel = new QLabel(tr("Roles and approvers"));
    style::scaleFont(rolesLabel, 1.0, true);
    layout->addWidget(rolesLabel);
    layout->addWidget(roles, 2);
    return page;
}

QLineEdit *ContractEditor::numberEdit(const std::function<std::string()> &pointer, const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setAccessibleName(name);
    connect(edit, &QLineEdit::textChanged, this, [this, pointer, name](const QString &text) {
        if (m_refreshing || pointer().empty()) {
            return;
        }
        bool ok = false;
        const double value = QLocale::c().toDouble(text.trimmed(), &ok);
        const bool integral = ok && value == static_cast<double>(static_cast<std::int64_t>(value));
        m_document->setValue(pointer(),
            text.trimmed().isEmpty() ? nlohmann::json()
                : !ok                ? nlohmann::json(text.trimmed().toStdString())
                : integral           ? nlohmann::json(static_cast<std::int64_t>(value))
                                     : nlohmann::json(value),
            tr("Edit %1").arg(name));
    });
    m_fields.push_back({ edit, pointer });
    return edit;
}

void ContractEditor::track(ArrayTable *table)
{
    m_tables.push_back(table);
    // Tables of a dialog (an item's own lists) go with it.
    connect(table, &QObject::destroyed, this,
        [this, table] { m_tables.erase(std::remove(m_tables.begin(), m_tables.end(), table), m_tables.end()); });
}

void ContractEditor::addItemLists(ArrayTable *table, bool definitions)
{
    table->addItemList(tr("Custom properties"), "customProperties", [this] { return customPropertiesTable(); });
    if (definitions) {
        table->addItemList(tr("Definitions"), "authoritativeDefinitions", [this] { return definitionsTable(); });
    }
}

ArrayTable *ContractEditor::customPropertiesTable()
{
    auto *custom = new ArrayTable(m_document,
        { { "property", tr("Property"), ArrayTable::Kind::Text, {}, tr("A name your organisation agreed on") },
            { "value", tr("Value"), ArrayTable::Kind::Json, {}, tr("Text, a number, true or false, or a JSON list") },
            { "description", tr("Description"), ArrayTable::Kind::Text, {}, {} } });
    custom->setNewItem([](int) { return nlohmann::json { { "property", "" }, { "value", "" } }; });
    custom->setEmptyText(tr("No custom properties. Add what your organisation records beyond the standard."));
    track(custom);
    return custom;
}

ArrayTable *ContractEditor::definitionsTable()
{
    auto *definitions = new ArrayTable(m_document,
        { { "type", tr("Type"), ArrayTable::Kind::Choice,
              { QStringLiteral("businessDefinition"), QStringLiteral("transformationImplementation"),
                  QStringLiteral("videoTutorial"), QStringLiteral("tutorial"), QStringLiteral("implementation") },
              {} },
            { "url", tr("Link"), ArrayTable::Kind::Text, {}, tr("Where the definition lives") },
            { "description", tr("Description"), ArrayTable::Kind::Text, {}, {} } });
    definitions->setNewItem([](int) { return nlohmann::json { { "type", "businessDefinition" }, { "url", "" } }; });
    definitions->setEmptyText(
        tr("No authoritative definitions. Link the business glossary or the code that defines the data."));
    track(definitions);
    return definitions;
}

QWidget *ContractEditor::buildMore()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, style::kSpacing);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    QLineEdit *amount = numberEdit([] { return std::string("/price/priceAmount"); }, tr("Price"));
    amount->setObjectName(QStringLiteral("field_priceAmount"));
    amount->setPlaceholderText(QStringLiteral("9.95"));
    form->addRow(tr("Price"), withHelp(amount, tr("What consumers pay, per unit below.")));
    QComboBox *currency = choice([] { return std::string("/price/priceCurrency"); }, tr("Currency"),
        { QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("CHF"),
            QStringLiteral("PLN") });
    currency->setObjectName(QStringLiteral("field_priceCurrency"));
    form->addRow(tr("Currency"), currency);
    QComboBox *unit = choice([] { return std::string("/price/priceUnit"); }, tr("Price unit"),
        { QStringLiteral("megabyte"), QStringLiteral("gigabyte"), QStringLiteral("query"), QStringLiteral("month") });
    unit->setObjectName(QStringLiteral("field_priceUnit"));
    form->addRow(tr("Per"), unit);
    layout->addLayout(form);

    ArrayTable *custom = customPropertiesTable();
    custom->setObjectName(QStringLiteral("customPropertiesTable"));
    custom->setArrayPointer("/customProperties");
    ArrayTable *definitions = definitionsTable();
    definitions->setObjectName(QStringLiteral("definitionsTable"));
    definitions->setArrayPointer("/authoritativeDefinitions");
    auto *customLabel = new QLabel(tr("Custom properties"));
    style::scaleFont(customLabel, 1.0, true);
    layout->addWidget(customLabel);
    layout->addWidget(custom, 1);
    auto *definitionsLabel = new QLabel(tr("Authoritative definitions"));
    style::scaleFont(definitionsLabel, 1.0, true);
    layout->addWidget(definitionsLabel);
    layout->addWidget(definitions, 1);
    custom->setMinimumHeight(160);
    definitions->setMinimumHeight(160);
    return page;
}

QString ContractEditor::checkSla(const nlohmann::json &item, const std::string &key)
{
    const QString property = QString::fromStdString(jsonString(item, "property"));
    const auto value = item.find("value");
    if (key == "value" && value != item.end()) {
        if (durationSlas().contains(property) || property == QLatin1String("throughput")) {
            if (!value->is_number() || value->get<double>() <= 0) {
                return tr("%1 is a positive number (its unit says of what).").arg(property);
            }
        } else if (percentSlas().contains(property)) {
            if (!value->is_number() || value->get<double>() < 0 || value->get<double>() > 100) {
                return tr("%1 is a percentage, from 0 to 100.").arg(property);
            }
        } else if (dateSlas().contains(property)) {
            const QString text = value->is_string() ? QString::fromStdString(value->get<std::string>()) : QString();
            if (!QDate::fromString(text.left(10), Qt::ISODate).isValid()) {
                return tr("%1 is a date, as YYYY-MM-DD.").arg(property);
            }
        }
    }
    if (key == "unit" && item.contains("unit") && item["unit"].is_string()) {
        const QStringList units = slaUnits(property.toStdString());
        const QString unit = QString::fromStdString(item["unit"].get<std::string>());
        if (!units.contains(unit)) {
            return units.isEmpty()
                ? tr("%1 is a date: it has no unit.").arg(property)
                : tr("%1 takes one of these units: %2.").arg(property, units.join(QStringLiteral(", ")));
        }
    }
    return {};
}

QStringList ContractEditor::schemaElements() const
{
    QStringList out;
    const nlohmann::json &schema = m_document->value("/schema");
    if (!schema.is_array()) {
        return out;
    }
    for (const auto &object : schema) {
        const auto props = object.is_object() ? object.find("properties") : object.end();
        if (!object.is_object() || props == object.end() || !props->is_array()) {
            continue;
        }
        const std::string objectName = jsonString(object, "name");
        for (const auto &p : *props) {
            if (p.is_object() && p.contains("name") && p["name"].is_string()) {
                out << QString::fromStdString(objectName + '.' + p["name"].get<std::string>());
            }
        }
    }
    return out;
}

// ---- following the document -----------------------------------------------------------------------------

void ContractEditor::onChanged(const QString &pointer)
{
    Q_UNUSED(pointer)
    refreshFields();
    refreshSchemaObjects();
    updateServerDetails();
    if (m_members->arrayPointer() != teamMembersPointer()) {
        m_members->setArrayPointer(teamMembersPointer()); // the YAML turned a v3.0 team into v3.1, or back
    }
    updateSchemaPointers();
    for (ArrayTable *table : m_tables) {
        table->refresh();
    }
    if (isYamlVisible() && !m_applyingYaml) {
        m_yamlRefresh->start();
    }
    m_lintPending = true;
    m_lintTimer->start();
    if (m_drafts) {
        // The draft's text is made when typing pauses (and at least every few hundred ms while it goes on);
        // DraftService writes it: within a second of the edit in all.
        if (!m_firstUnsaved.isValid()) {
            m_firstUnsaved.start();
        }
        m_draftTimer->start(static_cast<int>(std::clamp<qint64>(400 - m_firstUnsaved.elapsed(), 0, 150)));
    }
    updateTitle();
}

void ContractEditor::refreshFields()
{
    m_refreshing = true;
    for (const Field &field : m_fields) {
        const std::string pointer = field.pointer();
        field.widget->setEnabled(!pointer.empty());
        if (auto *edit = qobject_cast<QLineEdit *>(field.widget)) {
            QString text;
            const nlohmann::json &value = m_document->value(pointer);
            if (value.is_array()) { // tags
                QStringList parts;
                for (const auto &v : value) {
                    parts << (v.is_string() ? QString::fromStdString(v.get<std::string>())
                                            : QString::fromStdString(v.dump()));
                }
                text = parts.join(QStringLiteral(", "));
                // Typing "a, " must not be rewritten to "a" under the cursor.
                QStringList typed;
                for (const QString &t : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (!t.trimmed().isEmpty()) {
                        typed << t.trimmed();
                    }
                }
                if (typed == parts) {
                    text = edit->text();
                }
            } else {
                text = m_document->text(pointer);
            }
            if (edit->text() != text && !(edit->text().trimmed().isEmpty() && text.isEmpty())) {
                edit->setText(text);
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(field.widget)) {
            const QString text = m_document->text(pointer);
            if (combo->currentText() != text) {
                combo->setCurrentText(text);
            }
        } else if (auto *box = qobject_cast<QCheckBox *>(field.widget)) {
            const nlohmann::json &value = m_document->value(pointer);
            box->setChecked(value.is_boolean() && value.get<bool>());
        } else if (auto *area = qobject_cast<QPlainTextEdit *>(field.widget)) {
            const QString text = m_document->text(pointer);
            if (area->toPlainText() != text && !(area->toPlainText().trimmed().isEmpty() && text.isEmpty())) {
                area->setPlainText(text);
            }
        }
    }
    m_refreshing = false;
    if (m_preview) {
        QString markdown;
        const std::pair<QString, const char *> parts[] = { { tr("Purpose"), "/description/purpose" },
            { tr("Limitations"), "/description/limitations" }, { tr("Usage"), "/description/usage" } };
        for (const auto &[title, pointer] : parts) {
            const QString text = m_document->text(pointer);
            if (!text.isEmpty()) {
                markdown += QStringLiteral("### ") + title + QStringLiteral("\n\n") + text + QStringLiteral("\n\n");
            }
        }
        if (markdown.isEmpty()) {
            markdown = tr("*Nothing described yet. What you write on the left appears here.*");
        }
        if (markdown != m_previewText) { // laid out again only when the description changed
            m_previewText = markdown;
            m_preview->setMarkdownText(markdown);
        }
    }
}

void ContractEditor::refreshSchemaObjects()
{
    if (!m_objects) {
        return;
    }
    const nlohmann::json &schema = m_document->value("/schema");
    const int n = schema.is_array() ? static_cast<int>(schema.size()) : 0;
    const int current = m_objects->currentRow();
    const QSignalBlocker block(m_objects);
    while (m_objects->count() > n) {
        delete m_objects->takeItem(m_objects->count() - 1);
    }
    for (int i = 0; i < n; ++i) {
        const nlohmann::json &object = schema[static_cast<std::size_t>(i)];
        QString name = object.is_object() && object.contains("name") && object["name"].is_string()
            ? QString::fromStdString(object["name"].get<std::string>())
            : tr("(unnamed)");
        if (i >= m_objects->count()) {
            m_objects->addItem(new QListWidgetItem(style::conceptIcon(QStringLiteral("dataset")), name));
        } else if (m_objects->item(i)->text() != name) {
            m_objects->item(i)->setText(name);
        }
    }
    int row = current;
    if (row >= n) {
        row = n - 1;
    }
    if (row < 0 && n > 0) {
        row = 0;
    }
    if (row != current || (row >= 0 && m_properties->arrayPointer() != propertiesPointer())) {
        m_objects->setCurrentRow(row);
        // The blocker hides the change: show it by hand.
        if (auto *right = qobject_cast<QStackedWidget *>(m_objectForm->parentWidget())) {
            right->setCurrentIndex(row >= 0 ? 1 : 0);
        }
        updateSchemaPointers();
        refreshFields();
    } else if (row < 0) {
        if (auto *right = qobject_cast<QStackedWidget *>(m_objectForm->parentWidget())) {
            right->setCurrentIndex(0);
        }
        updateSchemaPointers();
    }
}

void ContractEditor::updateSchemaPointers()
{
    const std::string object = objectPointer();
    // Nested properties that are gone (undone, edited away in the YAML): back up to what is there.
    while (!m_nested.empty()) {
        std::string at = object;
        for (const std::string &step : m_nested) {
            at += step;
        }
        if (!object.empty() && m_document->value(at).is_object()) {
            break;
        }
        m_nested.pop_back();
    }
    const std::string properties = propertiesPointer();
    if (m_properties->arrayPointer() != properties) {
        m_properties->setArrayPointer(properties);
    }
    const std::string objectQuality = object.empty() ? std::string() : object + "/quality";
    if (m_objectQuality->arrayPointer() != objectQuality) {
        m_objectQuality->setArrayPointer(objectQuality);
    }
    const std::string property = rowPointer(properties, m_properties->currentRow());
    const bool hasRow = !property.empty();
    const std::string propertyQuality = hasRow ? property + "/quality" : std::string();
    if (m_propertyQuality->arrayPointer() != propertyQuality) {
        m_propertyQuality->setArrayPointer(propertyQuality);
    }
    const std::pair<ArrayTable *, std::string> extras[]
        = { { m_objectCustom, object.empty() ? std::string() : object + "/customProperties" },
              { m_objectDefinitions, object.empty() ? std::string() : object + "/authoritativeDefinitions" },
              { m_propertyCustom, hasRow ? property + "/customProperties" : std::string() },
              { m_propertyDefinitions, hasRow ? property + "/authoritativeDefinitions" : std::string() } };
    for (const auto &[table, pointer] : extras) {
        if (table->arrayPointer() != pointer) {
            table->setArrayPointer(pointer);
        }
    }
    updatePropertyDetails();
    m_propertyQualityLabel->setText(hasRow ? tr("Rules of %1").arg(m_document->text(property + "/name"))
                                           : tr("Select a property on the Properties tab to see its rules."));
}

ArrayTable *ContractEditor::qualityTable()
{
    QStringList operators;
    for (const std::string &key : odcs::QualityRule::operatorKeys()) {
        operators << QString::fromStdString(key);
    }
    auto *table = new ArrayTable(m_document,
        { { "name", tr("Name"), ArrayTable::Kind::Text, {}, tr("A short identifier for the rule") },
            { "type", tr("Type"), ArrayTable::Kind::Choice,
                { QStringLiteral("library"), QStringLiteral("sql"), QStringLiteral("text"), QStringLiteral("custom") },
                tr("library: a metric of the standard; sql: a query; text: for people; custom: another engine") },
            { "metric", tr("Metric"), ArrayTable::Kind::Choice,
                { QStringLiteral("nullValues"), QStringLiteral("missingValues"), QStringLiteral("invalidValues"),
                    QStringLiteral("duplicateValues"), QStringLiteral("rowCount") },
                tr("What a library rule measures") },
            { "$operator", tr("Must be"), ArrayTable::Kind::Operator, operators,
                tr("The one comparison of the rule: mustBe, mustBeGreaterThan, mustBeBetween, …") },
            { "$threshold", tr("Threshold"), ArrayTable::Kind::Threshold, {},
                tr("The value compared with; [low, high] for mustBeBetween") },
            { "unit", tr("Unit"), ArrayTable::Kind::Choice, { QStringLiteral("rows"), QStringLiteral("percent") }, {} },
            { "dimension", tr("Dimension"), ArrayTable::Kind::Choice,
                { QStringLiteral("accuracy"), QStringLiteral("completeness"), QStringLiteral("conformity"),
                    QStringLiteral("consistency"), QStringLiteral("coverage"), QStringLiteral("timeliness"),
                    QStringLiteral("uniqueness") },
                {} },
            { "severity", tr("Severity"), ArrayTable::Kind::Choice,
                { QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error") }, {} },
            { "schedule", tr("Schedule"), ArrayTable::Kind::Text, {}, tr("When it runs, as a cron expression") },
            { "query", tr("Query"), ArrayTable::Kind::Text, {}, tr("sql rules: the query whose result is compared") },
            { "description", tr("Description"), ArrayTable::Kind::Text, {}, {} } });
    table->setNewItem([](int) {
        return nlohmann::json { { "type", "library" }, { "metric", "nullValues" }, { "mustBe", 0 } };
    });
    table->setPresets({ { tr("No nulls"),
                            { { "name", "no_nulls" }, { "type", "library" }, { "metric", "nullValues" },
                                { "mustBe", 0 }, { "dimension", "completeness" } } },
        { tr("No duplicates"),
            { { "name", "no_duplicates" }, { "type", "library" }, { "metric", "duplicateValues" }, { "mustBe", 0 },
                { "dimension", "uniqueness" } } },
        { tr("At least one row"),
            { { "name", "not_empty" }, { "type", "library" }, { "metric", "rowCount" }, { "mustBeGreaterThan", 0 },
                { "dimension", "completeness" } } },
        { tr("SQL check"),
            { { "name", "sql_check" }, { "type", "sql" }, { "query", "SELECT COUNT(*) FROM ${object} WHERE …" },
                { "mustBe", 0 } } } });
    m_tables.push_back(table);
    addItemLists(table, true);
    return table;
}

void ContractEditor::setYamlVisible(bool visible)
{
    QWidget *pane = m_split->widget(2);
    if (pane->isVisible() == visible && m_yamlToggle->isChecked() == visible) {
        return;
    }
    pane->setVisible(visible);
    {
        const QSignalBlocker block(m_yamlToggle);
        m_yamlToggle->setChecked(visible);
    }
    if (visible) {
        refreshYaml();
    }
}

bool ContractEditor::isYamlVisible() const
{
    return m_yamlToggle->isChecked();
}

void ContractEditor::refreshYaml()
{
    if (!isYamlVisible() || m_yaml->hasFocus()) {
        return; // the user is typing there: their text stands until it parses
    }
    const QString text = QString::fromStdString(m_document->yaml());
    if (m_yaml->toPlainText() == text) {
        return;
    }
    const int scroll = m_yaml->verticalScrollBar() ? m_yaml->verticalScrollBar()->value() : 0;
    m_refreshing = true;
    m_yaml->setPlainText(text);
    m_refreshing = false;
    m_yaml->verticalScrollBar()->setValue(scroll);
    m_yamlError->hide();
    m_yaml->setExtraSelections({});
}

void ContractEditor::yamlEdited()
{
    const SourceDocument parsed = SourceDocument::fromText(m_yaml->toPlainText().toUtf8());
    QString problem;
    int line = 0;
    if (!parsed.isValid()) {
        line = parsed.error().location.line;
        problem
            = tr("Line %1: %2 The form keeps the last YAML that could be read.").arg(line).arg(parsed.error().message);
    } else if (!parsed.value().is_object()) {
        problem
            = tr("A contract is a YAML mapping (keys and values). The form keeps the last YAML that could be read.");
    }
    if (!problem.isEmpty()) {
        m_yamlError->setText(problem);
        m_yamlError->show();
        QList<QTextEdit::ExtraSelection> marks;
        if (line > 0) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_yaml->document()->findBlockByLineNumber(line - 1));
            mark.format.setBackground(QColor(style::badColor(palette()).lighter(170)));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks << mark;
        }
        m_yaml->setExtraSelections(marks);
        return;
    }
    m_yamlError->hide();
    m_yaml->setExtraSelections({});
    m_applyingYaml = true;
    m_document->replaceDocument(parsed.value(), tr("Edit YAML"));
    m_applyingYaml = false;
}

// ---- validation ----------------------------------------------------------------------------------------

void ContractEditor::scheduleLint()
{
    if (!m_linter) {
        return;
    }
    if (m_lint.isRunning()) {
        m_lintPending = true;
        m_lintTimer->start(); // after the running one
        return;
    }
    m_lintPending = false;
    const QString name = m_document->id().isEmpty() ? tr("contract") : m_document->id();
    // The YAML is written on the worker too: a copy of the document is all the GUI thread spends.
    m_lint.setFuture(QtConcurrent::run([linter = m_linter, document = m_document->document(), name] {
        return linter->lintText(
            QByteArray::fromStdString(toCanonicalYaml(document)), name + QStringLiteral(".odcs.yaml"));
    }));
}

void ContractEditor::lintFinished()
{
    if (m_lint.future().resultCount() == 0) {
        return;
    }
    m_findings->setFindings(m_lint.result().findings);
    const int errors = m_findings->count(Severity::Error);
    const int warnings = m_findings->count(Severity::Warning);
    const int notes = m_findings->count(Severity::Info);
    QString summary = errors + warnings == 0
        ? tr("No problems: the contract is valid ODCS.")
        : tr("%n error(s)", nullptr, errors) + QStringLiteral(" · ") + tr("%n warning(s)", nullptr, warnings);
    if (notes > 0) {
        summary += QStringLiteral(" · ") + tr("%n note(s)", nullptr, notes);
    }
    m_problemsSummary->setText(summary);
    updateSectionCounts();
    markFields();
}

void ContractEditor::markFields()
{
    // Each field says its own problems: a warning sign at its end, the messages in its tooltip.
    std::map<std::string, QStringList> problems;
    for (const Finding &f : m_findings->findings()) {
        if (f.severity != Severity::Info) {
            problems[f.path] << f.message;
        }
    }
    for (ArrayTable *table : m_tables) {
        table->markProblems(problems); // and each cell
    }
    for (const Field &field : m_fields) {
        QLineEdit *edit = qobject_cast<QLineEdit *>(field.widget);
        if (auto *combo = qobject_cast<QComboBox *>(field.widget)) {
            edit = combo->lineEdit();
        }
        const auto it = problems.find(field.pointer());
        const QString message = it == problems.end() ? QString() : it->second.join(QLatin1Char('\n'));
        if (edit) {
            QAction *mark = edit->property("problemMark").value<QAction *>();
            if (!mark) {
                mark = edit->addAction(QIcon::fromTheme(QStringLiteral("dialog-warning")), QLineEdit::TrailingPosition);
                mark->setObjectName(QStringLiteral("problemMark"));
                edit->setProperty("problemMark", QVariant::fromValue(mark));
            }
            mark->setVisible(!message.isEmpty());
            mark->setToolTip(message);
        }
        field.widget->setToolTip(message);
        field.widget->setProperty("problem", message);
    }
}

ContractEditor::Section ContractEditor::sectionOf(const std::string &pointer)
{
    const std::string top = pointer.size() > 1 ? pointer.substr(1, pointer.find('/', 1) - 1) : std::string();
    if (top == "description") {
        return Description;
    }
    if (top == "schema") {
        return Schema;
    }
    if (top == "slaProperties" || top == "slaDefaultElement") {
        return Sla;
    }
    if (top == "support") {
        return Support;
    }
    if (top == "team" || top == "roles") {
        return Team;
    }
    if (top == "price" || top == "customProperties" || top == "authoritativeDefinitions") {
        return More;
    }
    if (top == "servers") {
        return Servers;
    }
    return Fundamentals;
}

void ContractEditor::updateSectionCounts()
{
    std::array<int, SectionCount> counts {};
    for (const Finding &f : m_findings->findings()) {
        if (f.severity != Severity::Info) {
            ++counts[sectionOf(f.path)];
        }
    }
    for (int i = 0; i < SectionCount; ++i) {
        QListWidgetItem *item = m_sections->item(i);
        item->setData(kCountRole, counts[static_cast<std::size_t>(i)]);
        item->setToolTip(counts[static_cast<std::size_t>(i)] == 0
                ? QString()
                : tr("%n problem(s) in this section", nullptr, counts[static_cast<std::size_t>(i)]));
    }
}

// ---- navigation ----------------------------------------------------------------------------------------

void ContractEditor::showSection(Section section)
{
    m_sections->setCurrentRow(section);
}

ContractEditor::Section ContractEditor::currentSection() const
{
    return static_cast<Section>(std::max(0, m_sections->currentRow()));
}

bool ContractEditor::focusPointer(const std::string &pointer)
{
    const Section section = sectionOf(pointer);
    showSection(section);
    if (section == Schema) {
        // "/schema/2/..." : that object first.
        const std::size_t start = std::string("/schema/").size();
        if (pointer.size() > start) {
            const int row = std::atoi(pointer.c_str() + start);
            if (row >= 0 && row < m_objects->count()) {
                m_objects->setCurrentRow(row);
            }
        }
    }
    if (section == Schema) {
        // A property's rule: select the property first, so its rules are the ones shown.
        const std::string properties = objectPointer() + "/properties/";
        if (!objectPointer().empty() && pointer.rfind(properties, 0) == 0
            && pointer.find("/quality") != std::string::npos) {
            m_properties->focusPointer(pointer.substr(0, pointer.find("/quality")));
            updateSchemaPointers();
        }
    }
    // The most specific table that holds the pointer (a property's rules before the property itself).
    ArrayTable *best = nullptr;
    for (ArrayTable *table : m_tables) {
        const std::string &array = table->arrayPointer();
        if (!array.empty() && pointer.rfind(array + '/', 0) == 0
            && (!best || array.size() > best->arrayPointer().size())) {
            best = table;
        }
    }
    if (best) {
        // Shown first when it sits on a tab of its own.
        for (QWidget *w = best; w && w != this; w = w->parentWidget()) {
            QWidget *stack = w->parentWidget();
            if (auto *tabs = qobject_cast<QTabWidget *>(stack ? stack->parentWidget() : nullptr)) {
                tabs->setCurrentWidget(w);
            }
        }
        if (best->focusPointer(pointer)) {
            return true;
        }
    }
    // The field of the pointer, or of its nearest parent.
    std::string at = pointer;
    while (!at.empty()) {
        for (const Field &field : m_fields) {
            if (field.pointer() == at) {
                field.widget->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
        at = at.substr(0, at.rfind('/'));
    }
    if (section == Schema) {
        m_objects->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void ContractEditor::setCatalogChoices(const QStringList &domains, const QStringList &products)
{
    m_refreshing = true;
    for (const auto &[combo, names] : { std::pair { m_domain, domains }, std::pair { m_product, products } }) {
        const QString text = combo->currentText();
        combo->clear();
        combo->addItems(names);
        combo->setCurrentText(text);
    }
    m_refreshing = false;
}

// ---- title, saving -------------------------------------------------------------------------------------

QString ContractEditor::title() const
{
    return m_title;
}

void ContractEditor::updateTitle()
{
    QString name = m_document->name();
    if (name.isEmpty()) {
        name = m_document->id().isEmpty() ? tr("New contract") : m_document->id();
    }
    const QString version = m_document->version();
    const QString status = m_document->text("/status");
    m_titleLabel->setText(version.isEmpty() ? name : name + QStringLiteral(" · ") + version);
    QString state = status.isEmpty() ? tr("No status") : style::statusText(status);
    if (!m_saveProblem.isEmpty()) {
        state += QStringLiteral(" · ") + tr("not saved: %1").arg(m_saveProblem);
    } else if (m_drafts && m_drafts->hasPending()) {
        state += QStringLiteral(" · ") + tr("saving…");
    } else if (m_savedAt.isValid()) {
        state += QStringLiteral(" · ") + tr("saved %1").arg(style::relativeTime(m_savedAt));
    }
    if (!m_publishedTo.isEmpty() && !m_document->isModified()) {
        state += QStringLiteral(" · ") + m_publishedTo;
    }
    m_stateLabel->setText(state);
    m_stateLabel->setToolTip(m_savedAt.isValid() ? style::exactTime(m_savedAt) : QString());
    const QString title = QStringLiteral("✎ ") + name + (version.isEmpty() ? QString() : QStringLiteral(" ") + version);
    if (title != m_title) {
        m_title = title;
        Q_EMIT titleChanged(m_title);
    }
}

DraftRow ContractEditor::draftRow() const
{
    DraftRow row;
    row.key = m_draftKey.toStdString();
    row.contractId = m_document->id().toStdString();
    row.baseVersion = m_document->version().toStdString();
    row.text = m_document->yaml();
    row.origin = m_origin.toStdString();
    return row;
}

void ContractEditor::saveDraftVersion()
{
    if (m_drafts) {
        m_drafts->saveVersion(draftRow(), QStringLiteral("draft"));
    }
    m_document->setClean();
    updateTitle();
}

bool ContractEditor::exportTo(const QString &path, QString &error) const
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const std::string text = json ? toCanonicalJson(m_document->document()) : m_document->yaml();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0
        || !file.commit()) {
        error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ContractEditor::setSavedAt(const QDateTime &time)
{
    m_savedAt = time;
    updateTitle();
}

void ContractEditor::closeDraft()
{
    m_draftTimer->stop(); // saved here, then closed: nothing may reopen it
    if (m_drafts) {
        m_drafts->save(draftRow());
        m_drafts->close(m_draftKey.toStdString());
    }
}

// ---- compare and publish ---------------------------------------------------------------------------------

void ContractEditor::setCatalogService(CatalogService *service)
{
    m_catalog = service;
}

void ContractEditor::showComparison(const QString &against, const nlohmann::json &baseline)
{
    auto *dialog = new CompareDialog(against, CompareDialog::compare(baseline, m_document->document()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContractEditor::fillCompareMenu(QMenu *menu)
{
    menu->clear();
    const QString id = m_document->id();
    QAction *catalog = menu->addAction(tr("With the catalog's version"));
    catalog->setEnabled(m_catalog && !id.isEmpty());
    connect(catalog, &QAction::triggered, this, [this, id] {
        m_catalog->run(
            this, [id](CatalogReader &reader) { return reader.contractText(id); },
            [this, id](const QByteArray &text) {
                const SourceDocument doc = SourceDocument::fromText(text);
                if (text.isEmpty() || !doc.isValid()) {
                    QMessageBox::information(this, tr("Compare"), tr("The catalog has no version of %1 yet.").arg(id));
                    return;
                }
                showComparison(tr("the catalog's %1").arg(QString::fromStdString(jsonString(doc.value(), "version"))),
                    doc.value());
            });
    });
    QMenu *kept = menu->addMenu(tr("With a version kept"));
    const std::vector<DraftVersionRow> versions
        = m_drafts && !id.isEmpty() ? m_drafts->versions(id.toStdString()) : std::vector<DraftVersionRow> {};
    for (const DraftVersionRow &v : versions) {
        const QDateTime saved = QDateTime::fromString(QString::fromStdString(v.savedAt), Qt::ISODateWithMs);
        const QString label
            = tr("%1 · %2 · %3")
                  .arg(QString::fromStdString(v.version), v.kind == "published" ? tr("published") : tr("draft"),
                      style::relativeTime(saved));
        kept->addAction(label, this, [this, label, text = v.text] {
            showComparison(label, SourceDocument::fromText(QByteArray::fromStdString(text)).value());
        });
    }
    kept->setEnabled(!versions.empty());
    menu->addAction(tr("With a file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Compare with a file"), QString(), tr("Data contracts (*.yaml *.yml *.json);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        const SourceDocument doc = SourceDocument::fromFile(path);
        if (!doc.isValid() || !doc.value().is_object()) {
            QMessageBox::warning(this, tr("Compare"),
                tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), doc.error().message));
            return;
        }
        showComparison(QFileInfo(path).fileName(), doc.value());
    });
}

QString ContractEditor::publishTarget() const
{
    return m_origin.startsWith(QLatin1String("file:")) ? m_origin.mid(5) : QString();
}

void ContractEditor::publish()
{
    const QString id = m_document->id();
    if (!m_catalog || id.isEmpty()) {
        publishAgainst(nullptr);
        return;
    }
    // The catalog's version is the baseline; the contract's own file, when its source is a local folder.
    m_catalog->run(
        this,
        [id](CatalogReader &reader) {
            return std::make_tuple(reader.contractText(id), reader.contractFile(id), reader.contractSource(id));
        },
        [this](const std::tuple<QByteArray, QString, std::optional<CatalogReader::ContractSource>> &answer) {
            const auto &[text, file, source] = answer;
            m_endpoint.reset();
            if (!file.isEmpty() && publishTarget().isEmpty()) {
                m_origin = QStringLiteral("file:") + file;
            } else if (publishTarget().isEmpty() && source && source->kind != QLatin1String("local")) {
                m_endpoint = std::make_pair(source->id, source->name); // a catalog endpoint: its outbox
            }
            const SourceDocument doc = SourceDocument::fromText(text);
            publishAgainst(!text.isEmpty() && doc.isValid() ? doc.value() : nlohmann::json());
        });
}

void ContractEditor::submitForReview()
{
    if (jsonString(m_document->document(), "status") != "proposed") {
        m_document->setValue("/status", "proposed", tr("Submit for review"));
    }
    publish();
}

void ContractEditor::publishAgainst(const nlohmann::json &baseline)
{
    const auto write = [this] {
        if (m_endpoint && m_drafts) {
            // The contract lives in a catalog endpoint: the sync engine sends it from the outbox.
            m_drafts->publishToOutbox(draftRow(), m_endpoint->first);
            m_document->setClean();
            m_publishedTo = tr("queued for %1; sent with the next sync").arg(m_endpoint->second);
            updateTitle();
            return;
        }
        QString path = publishTarget();
        if (path.isEmpty()) {
            QString base = m_document->id().isEmpty() ? QStringLiteral("contract") : m_document->id();
            base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
            path = QFileDialog::getSaveFileName(this, tr("Publish to a file"), base + QStringLiteral(".odcs.yaml"),
                tr("YAML (*.yaml *.yml);;JSON (*.json)"));
            if (path.isEmpty()) {
                return;
            }
        }
        QString error;
        if (!publishToFile(path, error)) {
            QMessageBox::warning(this, tr("Publish"), error);
        }
    };
    if (baseline.is_object()) {
        const BreakingReport report = CompareDialog::compare(baseline, m_document->document());
        if (report.changes.empty()) {
            QMessageBox::information(
                this, tr("Publish"), tr("Nothing to publish: the catalog has this contract as it is."));
            return;
        }
        if (report.isBreaking() && report.versionTooLow) {
            // A breaking change without the major version it calls for: only on purpose.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Publish a breaking change?"),
                tr("This change breaks consumers: %1. Version %2 declares no breaking change; %3 would.")
                    .arg(tr("%n breaking change(s)", nullptr, report.errors), QString::fromStdString(report.newVersion),
                        QString::fromStdString(report.suggestedVersion)),
                QMessageBox::Cancel, this);
            box->setObjectName(QStringLiteral("breakingConfirmation"));
            QPushButton *bump = box->addButton(
                tr("Publish as %1").arg(QString::fromStdString(report.suggestedVersion)), QMessageBox::AcceptRole);
            bump->setObjectName(QStringLiteral("publishBumped"));
            QPushButton *anyway
                = box->addButton(tr("Publish as %1 anyway").arg(QString::fromStdString(report.newVersion)),
                    QMessageBox::DestructiveRole);
            anyway->setObjectName(QStringLiteral("publishAnyway"));
            box->setDefaultButton(bump);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this,
                [this, box, bump, anyway, write, suggested = report.suggestedVersion] {
                    if (box->clickedButton() == bump) {
                        m_document->setValue("/version", suggested, tr("Raise the version"));
                        write();
                    } else if (box->clickedButton() == anyway) {
                        write();
                    }
                });
            box->open();
            return;
        }
    }
    write();
}

bool ContractEditor::publishToFile(const QString &path, QString &error)
{
    if (!LocalFolderSource::writeContract(path, m_document->document(), error)) {
        return false;
    }
    m_origin = QStringLiteral("file:") + QFileInfo(path).absoluteFilePath();
    if (m_drafts) {
        m_drafts->saveVersion(draftRow(), QStringLiteral("published"));
    }
    m_publishedTo = tr("published to %1").arg(QFileInfo(path).fileName());
    m_document->setClean();
    updateTitle();
    return true;
}

} // namespace tessera
