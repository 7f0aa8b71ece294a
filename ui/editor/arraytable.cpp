// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "editor/arraytable.h"

#include "common/style.h"
#include "contract/datacontract.h"
#include "contractdocument.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera {

namespace {

/** Edits a Choice column with an editable combo box of its choices. */
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(QStringList choices, std::function<QStringList(int row)> choicesFor, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
        , m_choicesFor(std::move(choicesFor))
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(m_choicesFor ? m_choicesFor(index.row()) : m_choices);
        combo->setInsertPolicy(QComboBox::NoInsert);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText().trimmed(), Qt::EditRole);
    }

private:
    QStringList m_choices;
    std::function<QStringList(int row)> m_choicesFor;
};

/** A table whose rows are reordered by drag and drop: a dropped row is moved by `move`, not copied by Qt. */
class RowTable : public QTableWidget
{
public:
    explicit RowTable(std::function<void(int from, int to)> move, QWidget *parent)
        : QTableWidget(parent)
        , m_move(std::move(move))
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDragDropMode(QAbstractItemView::InternalMove);
        setDropIndicatorShown(true);
        setDragDropOverwriteMode(false);
        viewport()->setAcceptDrops(true);
    }

protected:
    /** Only rows of a table (this one: the source is unknown only when no drag of this process runs). */
    bool ownRows(const QDropEvent *event) const
    {
        return event->mimeData()->hasFormat(QStringLiteral("application/x-qabstractitemmodeldatalist"))
            && (!event->source() || event->source() == this);
    }
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        ownRows(event) ? event->acceptProposedAction() : event->ignore();
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        QTableWidget::dragMoveEvent(event); // the drop indicator
        ownRows(event) ? event->acceptProposedAction() : event->ignore();
    }
    void dropEvent(QDropEvent *event) override
    {
        if (!ownRows(event)) {
            event->ignore();
            return;
        }
        const int from = currentRow();
        int to = rowAt(event->position().toPoint().y());
        if (to < 0) {
            to = rowCount() - 1; // below the last row
        }
        event->setDropAction(Qt::IgnoreAction); // the document moves the row; the table follows it
        event->accept();
        if (from >= 0 && to >= 0 && from != to) {
            m_move(from, to);
        }
    }

private:
    std::function<void(int, int)> m_move;
};

const nlohmann::json kNone; ///< what a table without an array reads

std::string itemPointer(const std::string &array, int row)
{
    return array + '/' + std::to_string(row);
}

/** The quality rule's comparison operator (the first one it has), or empty. */
std::string operatorOf(const nlohmann::json &item)
{
    if (!item.is_object()) {
        return {};
    }
    for (const std::string &key : odcs::QualityRule::operatorKeys()) {
        if (item.contains(key)) {
            return key;
        }
    }
    return {};
}

/** Text typed as JSON: a number, true, [1, 5] or {"a": 1}; anything else is a string. Empty: null. */
nlohmann::json typedValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return nullptr;
    }
    nlohmann::json parsed = nlohmann::json::parse(trimmed.toStdString(), nullptr, false);
    if (!parsed.is_discarded() && !parsed.is_string()) {
        return parsed;
    }
    return trimmed.toStdString();
}

} // namespace

ArrayTable::ArrayTable(ContractDocument *document, std::vector<Column> columns, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_columns(std::move(columns))
    , m_table(new RowTable([this](int from, int to) { moveRow(from, to); }, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_duplicate(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_empty(new QLabel(this))
    , m_refusal(new QLabel(this))
{
    m_table->setColumnCount(static_cast<int>(m_columns.size()));
    for (int c = 0; c < static_cast<int>(m_columns.size()); ++c) {
        const Column &column = m_columns[static_cast<std::size_t>(c)];
        auto *header = new QTableWidgetItem(column.header);
        header->setToolTip(column.help);
        m_table->setHorizontalHeaderItem(c, header);
        if (column.kind == Kind::Choice) {
            std::function<QStringList(int)> choicesFor;
            if (column.choicesFor) {
                choicesFor = [this, c](int row) {
                    return m_columns[static_cast<std::size_t>(c)].choicesFor(
                        m_document->value(itemPointer(m_pointer, row)));
                };
            }
            m_table->setItemDelegateForColumn(c, new ChoiceDelegate(column.choices, std::move(choicesFor), m_table));
        }
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAccessibleName(tr("Items"));
    connect(m_table, &QTableWidget::cellChanged, this, &ArrayTable::cellEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0);
        m_duplicate->setEnabled(row >= 0);
        for (QToolButton *button : m_itemLists) {
            button->setEnabled(row >= 0);
        }
        m_up->setEnabled(row > 0);
        m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
        Q_EMIT currentRowChanged(row);
    });

    const auto tool = [](QToolButton *button, const QString &icon, const QString &text, const QString &name) {
        button->setIcon(QIcon::fromTheme(icon));
        button->setText(text);
        button->setToolTip(text);
        button->setAccessibleName(text);
        button->setObjectName(name);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    };
    tool(m_add, QStringLiteral("list-add"), tr("Add"), QStringLiteral("addItem"));
    tool(m_remove, QStringLiteral("list-remove"), tr("Remove"), QStringLiteral("removeItem"));
    tool(m_duplicate, QStringLiteral("edit-copy"), tr("Duplicate"), QStringLiteral("duplicateItem"));
    tool(m_up, QStringLiteral("go-up"), tr("Move up"), QStringLiteral("moveItemUp"));
    tool(m_down, QStringLiteral("go-down"), tr("Move down"), QStringLiteral("moveItemDown"));
    m_remove->setEnabled(false);
    m_duplicate->setEnabled(false);
    m_up->setEnabled(false);
    m_down->setEnabled(false);
    m_up->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_down->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(m_add, &QToolButton::clicked, this,
        [this] { addItem(m_newItem ? m_newItem(m_table->rowCount()) : nlohmann::json::object()); });
    connect(m_remove, &QToolButton::clicked, this, &ArrayTable::removeCurrent);
    connect(m_duplicate, &QToolButton::clicked, this, &ArrayTable::duplicateCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });

    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    QPalette refusalPalette = m_refusal->palette();
    refusalPalette.setColor(QPalette::WindowText, style::badColor(palette()));
    m_refusal->setPalette(refusalPalette);
    m_refusal->hide();
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::kSpacing / 2);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_refusal);
}

void ArrayTable::setArrayPointer(const std::string &pointer)
{
    m_pointer = pointer;
    refresh();
}

void ArrayTable::setPresets(std::vector<Preset> presets)
{
    m_presets = std::move(presets);
    if (m_presets.empty()) {
        m_add->setMenu(nullptr);
        m_add->setPopupMode(QToolButton::DelayedPopup);
        return;
    }
    auto *menu = new QMenu(m_add);
    menu->addAction(
        tr("Blank"), this, [this] { addItem(m_newItem ? m_newItem(m_table->rowCount()) : nlohmann::json::object()); });
    menu->addSeparator();
    for (const Preset &preset : m_presets) {
        menu->addAction(preset.label, this, [this, item = preset.item] { addItem(item); });
    }
    m_add->setMenu(menu);
    m_add->setPopupMode(QToolButton::InstantPopup);
}

void ArrayTable::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    refresh();
}

int ArrayTable::currentRow() const
{
    return m_table->currentRow();
}

QString ArrayTable::cellText(const nlohmann::json &item, const Column &column) const
{
    if (column.kind == Kind::Operator) {
        return QString::fromStdString(operatorOf(item));
    }
    const std::string key = column.kind == Kind::Threshold ? operatorOf(item) : column.key;
    if (key.empty()) {
        return {};
    }
    const auto it = item.find(key);
    if (it == item.end() || it->is_null()) {
        return {};
    }
    if (it->is_string()) {
        return QString::fromStdString(it->get<std::string>());
    }
    if (it->is_boolean()) {
        return {};
    }
    return QString::fromStdString(it->dump());
}

void ArrayTable::refresh()
{
    const nlohmann::json &array = m_pointer.empty() ? kNone : m_document->value(m_pointer);
    const int rows = array.is_array() ? static_cast<int>(array.size()) : 0;
    m_refreshing = true;
    const bool wasEmpty = m_table->rowCount() == 0;
    if (m_table->rowCount() != rows) {
        m_table->setRowCount(rows);
    }
    for (int r = 0; r < rows; ++r) {
        const nlohmann::json &item = array[static_cast<std::size_t>(r)];
        for (int c = 0; c < static_cast<int>(m_columns.size()); ++c) {
            const Column &column = m_columns[static_cast<std::size_t>(c)];
            QTableWidgetItem *cell = m_table->item(r, c);
            if (!cell) {
                cell = new QTableWidgetItem;
                m_table->setItem(r, c, cell);
            }
            // A cell with problems shows a sign and says them.
            std::string at = itemPointer(m_pointer, r) + '/' + column.key;
            if (column.kind == Kind::Operator || column.kind == Kind::Threshold) {
                at = itemPointer(m_pointer, r) + '/' + operatorOf(item);
            }
            const auto problem = m_problems.find(at);
            const QString tip = problem == m_problems.end() ? column.help : problem->second.join(QLatin1Char('\n'));
            if (cell->toolTip() != tip) {
                cell->setToolTip(tip);
                cell->setIcon(
                    problem == m_problems.end() ? QIcon() : QIcon::fromTheme(QStringLiteral("dialog-warning")));
            }
            if (column.kind == Kind::Flag) {
                cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                const auto it = item.is_object() ? item.find(column.key) : item.end();
                const bool on = item.is_object() && it != item.end() && it->is_boolean() && it->get<bool>();
                if (cell->checkState() != (on ? Qt::Checked : Qt::Unchecked)) {
                    cell->setCheckState(on ? Qt::Checked : Qt::Unchecked);
                }
            } else {
                const QString text = item.is_object() ? cellText(item, column) : QString();
                if (cell->text() != text) {
                    cell->setText(text);
                }
            }
        }
    }
    m_refreshing = false;
    if (wasEmpty && rows > 0) {
        m_table->resizeColumnsToContents(); // a fresh array: fit its columns once, then the user's widths stand
    }
    m_empty->setVisible(rows == 0 && !m_empty->text().isEmpty());
    m_add->setEnabled(!m_pointer.empty());
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0 && row < rows);
    m_duplicate->setEnabled(row >= 0 && row < rows);
    for (QToolButton *button : m_itemLists) {
        button->setEnabled(row >= 0 && row < rows);
    }
    m_up->setEnabled(row > 0 && row < rows);
    m_down->setEnabled(row >= 0 && row + 1 < rows);
}

void ArrayTable::cellEdited(int row, int column)
{
    if (m_refreshing || m_pointer.empty() || column < 0 || column >= static_cast<int>(m_columns.size())) {
        return;
    }
    const Column &c = m_columns[static_cast<std::size_t>(column)];
    const QTableWidgetItem *cell = m_table->item(row, column);
    const std::string pointer = itemPointer(m_pointer, row) + '/' + c.key;
    const QString what = tr("Edit %1").arg(c.header);
    if (m_validator && c.kind != Kind::Operator && c.kind != Kind::Threshold) {
        // The item as the edit would leave it: refused edits are never made.
        nlohmann::json item = m_document->value(itemPointer(m_pointer, row));
        if (!item.is_object()) {
            item = nlohmann::json::object();
        }
        nlohmann::json value;
        const QString text = cell->text().trimmed();
        switch (c.kind) {
        case Kind::Flag:
            value = cell->checkState() == Qt::Checked ? nlohmann::json(true) : nlohmann::json();
            break;
        case Kind::Number:
        case Kind::Json:
            value = typedValue(text);
            break;
        default:
            value = text.isEmpty() ? nlohmann::json() : nlohmann::json(text.toStdString());
            break;
        }
        if (value.is_null()) {
            item.erase(c.key);
        } else {
            item[c.key] = value;
        }
        const QString why = m_validator(item, c.key);
        m_refusal->setText(why);
        m_refusal->setVisible(!why.isEmpty());
        if (!why.isEmpty()) {
            QMetaObject::invokeMethod(this, &ArrayTable::refresh, Qt::QueuedConnection); // the value as it was
            return;
        }
    }
    switch (c.kind) {
    case Kind::Flag:
        // Unticked removes the key: the standard's default is false.
        m_document->setValue(
            pointer, cell->checkState() == Qt::Checked ? nlohmann::json(true) : nlohmann::json(), what);
        break;
    case Kind::Number: {
        const QString text = cell->text().trimmed();
        bool isInt = false;
        const qlonglong i = text.toLongLong(&isInt);
        bool isDouble = false;
        const double d = text.toDouble(&isDouble);
        m_document->setValue(pointer,
            text.isEmpty() ? nlohmann::json()
                : isInt    ? nlohmann::json(static_cast<std::int64_t>(i))
                : isDouble ? nlohmann::json(d)
                           : nlohmann::json(text.toStdString()),
            what);
        break;
    }
    case Kind::Json:
        m_document->setValue(pointer, typedValue(cell->text()), what);
        break;
    case Kind::Operator:
    case Kind::Threshold: {
        // The rule keeps exactly one comparison: the new operator takes the old one's value.
        const std::string item = itemPointer(m_pointer, row);
        nlohmann::json rule = m_document->value(item);
        if (!rule.is_object()) {
            rule = nlohmann::json::object();
        }
        const std::string current = operatorOf(rule);
        nlohmann::json value = current.empty() ? nlohmann::json(0) : rule[current];
        std::string op = current.empty() ? std::string("mustBe") : current;
        if (c.kind == Kind::Operator) {
            const std::string typed = cell->text().trimmed().toStdString();
            const auto &keys = odcs::QualityRule::operatorKeys();
            if (std::find(keys.begin(), keys.end(), typed) == keys.end()) {
                refresh(); // not an operator of the standard: the cell shows the rule as it is
                return;
            }
            op = typed;
        } else {
            value = typedValue(cell->text());
            if (value.is_null()) {
                value = 0;
            }
        }
        for (const std::string &key : odcs::QualityRule::operatorKeys()) {
            rule.erase(key);
        }
        rule[op] = value;
        m_document->setValue(item, rule, what);
        break;
    }
    default:
        m_document->setText(pointer, cell->text().trimmed(), what);
        break;
    }
}

void ArrayTable::addItemList(const QString &label, const std::string &key, std::function<ArrayTable *()> make)
{
    auto *button = new QToolButton(this);
    button->setText(label + QStringLiteral("…"));
    button->setAccessibleName(label);
    button->setObjectName(QStringLiteral("itemList_") + QString::fromStdString(key));
    button->setAutoRaise(true);
    button->setEnabled(m_table->currentRow() >= 0);
    static_cast<QHBoxLayout *>(m_add->parentWidget()->layout()->itemAt(0)->layout())->addWidget(button);
    m_itemLists.push_back(button);
    connect(button, &QToolButton::clicked, this, [this, label, key, make] {
        const int row = m_table->currentRow();
        if (row < 0) {
            return;
        }
        auto *dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QTableWidgetItem *first = m_table->item(row, 0);
        dialog->setWindowTitle(first && !first->text().isEmpty() ? tr("%1 of %2").arg(label, first->text()) : label);
        dialog->setObjectName(QStringLiteral("itemListDialog"));
        ArrayTable *table = make();
        table->setParent(dialog);
        table->setArrayPointer(itemPointer(m_pointer, row) + '/' + key);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(table, 1);
        layout->addWidget(buttons);
        dialog->resize(720, 360);
        dialog->open();
    });
}

QString ArrayTable::refusal() const
{
    return m_refusal->isVisible() ? m_refusal->text() : QString();
}

void ArrayTable::markProblems(const std::map<std::string, QStringList> &problems)
{
    m_problems = problems;
    refresh();
}

void ArrayTable::addItem(const nlohmann::json &item)
{
    if (m_pointer.empty()) {
        return;
    }
    const int row = m_table->rowCount();
    m_document->insertItem(m_pointer, row, item, tr("Add"));
    refresh();
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
}

void ArrayTable::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    m_document->removeItem(m_pointer, row, tr("Remove"));
    refresh();
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), m_table->currentColumn());
    }
}

void ArrayTable::duplicateCurrent()
{
    const int row = m_table->currentRow();
    nlohmann::json item = m_document->value(itemPointer(m_pointer, row));
    if (row < 0 || item.is_null()) {
        return;
    }
    // A copy beside the original; a name gets a suffix, so that two properties never share one.
    for (const char *key : { "name", "property", "role", "server", "channel", "username" }) {
        if (item.is_object() && item.contains(key) && item[key].is_string()) {
            item[key] = item[key].get<std::string>() + "_copy";
            break;
        }
    }
    m_document->insertItem(m_pointer, row + 1, std::move(item), tr("Duplicate"));
    refresh();
    m_table->setCurrentCell(row + 1, std::max(0, m_table->currentColumn()));
}

void ArrayTable::moveCurrent(int delta)
{
    const int row = m_table->currentRow();
    moveRow(row, row + delta);
}

void ArrayTable::moveRow(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_table->rowCount() || to >= m_table->rowCount() || from == to) {
        return;
    }
    m_document->moveItem(m_pointer, from, to, tr("Move"));
    refresh();
    m_table->setCurrentCell(to, std::max(0, m_table->currentColumn()));
}

bool ArrayTable::focusPointer(const std::string &pointer)
{
    const std::string prefix = m_pointer + '/';
    if (m_pointer.empty() || pointer.compare(0, prefix.size(), prefix) != 0) {
        return false;
    }
    const std::string rest = pointer.substr(prefix.size());
    const int row = std::atoi(rest.c_str());
    if (row < 0 || row >= m_table->rowCount()) {
        return false;
    }
    int column = 0;
    if (const auto slash = rest.find('/'); slash != std::string::npos) {
        const std::string key = rest.substr(slash + 1, rest.find('/', slash + 1) - slash - 1);
        for (int c = 0; c < static_cast<int>(m_columns.size()); ++c) {
            if (m_columns[static_cast<std::size_t>(c)].key == key) {
                column = c;
            }
        }
    }
    m_table->setCurrentCell(row, column);
    m_table->scrollToItem(m_table->item(row, column));
    m_table->setFocus();
    return true;
}

} // namespace tessera
