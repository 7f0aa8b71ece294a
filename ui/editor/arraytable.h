// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QStringList>
#include <QWidget>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
class QTableWidget;
class QToolButton;
class QLabel;
QT_END_NAMESPACE

namespace tessera {

class ContractDocument;

/**
 * A table over an array of objects in a contract (schema properties, SLA properties, support channels,
 * servers): a row per item, a column per key. Every cell edit is an edit of the document (one undo step);
 * rows are added (blank or from a preset), removed and moved with the buttons or the keyboard. What the
 * columns do not show of an item stays as it is.
 */
class ArrayTable : public QWidget
{
    Q_OBJECT

public:
    /**
     * Text: a string. Choice: a string from a list (or typed). Flag: true or absent. Number: a number when
     * it reads as one. Json: any value, typed as JSON (text that is no JSON stays a string). Operator and
     * Threshold: a quality rule's one comparison (mustBe, mustBeGreaterThan, ...) and its value; changing
     * the operator keeps the value, so a rule never has two.
     */
    enum class Kind { Text, Choice, Flag, Number, Json, Operator, Threshold };
    struct Column
    {
        std::string key;
        QString header;
        Kind kind = Kind::Text;
        QStringList choices; ///< Choice: offered values (the user may type another)
        QString help; ///< the header's tooltip
        /** Choice: the values offered for an item, when they depend on it (else `choices`). */
        std::function<QStringList(const nlohmann::json &item)> choicesFor = {};
    };
    /**
     * Says what is wrong with an item as an edit would leave it (`key` was edited), or nothing. An edit it
     * objects to is not made: the cell shows the value as it was, and the table says why.
     */
    using Validator = std::function<QString(const nlohmann::json &item, const std::string &key)>;
    struct Preset
    {
        QString label;
        nlohmann::json item;
    };

    ArrayTable(ContractDocument *document, std::vector<Column> columns, QWidget *parent = nullptr);

    /** The array edited: a JSON Pointer, e.g. "/slaProperties" or "/schema/2/properties". */
    void setArrayPointer(const std::string &pointer);
    const std::string &arrayPointer() const { return m_pointer; }
    /** Items "Add" offers besides a blank one. */
    void setPresets(std::vector<Preset> presets);
    /** What a blank new item holds (e.g. a name to fill in). */
    void setNewItem(std::function<nlohmann::json(int row)> make) { m_newItem = std::move(make); }
    void setValidator(Validator validator) { m_validator = std::move(validator); }
    /** Why the last edit was refused, or empty. */
    QString refusal() const;
    /** Marks cells with problems (JSON Pointer → messages, e.g. from the linter): a sign and a tooltip. */
    void markProblems(const std::map<std::string, QStringList> &problems);

    /**
     * A list inside each item (its custom properties, its authoritative definitions): a button opens it for
     * the selected row, in a table `make` builds.
     */
    void addItemList(const QString &label, const std::string &key, std::function<ArrayTable *()> make);

    /** A text shown when the array is empty (what it is for and how to start). */
    void setEmptyText(const QString &text);

    /** Shows the cell of `pointer` below the array ("/slaProperties/2/unit") and gives it focus. */
    bool focusPointer(const std::string &pointer);
    QTableWidget *table() const { return m_table; }
    int currentRow() const;

    /** Reads the array again (after a change of the document). */
    void refresh();

Q_SIGNALS:
    void currentRowChanged(int row);

private:
    void addItem(const nlohmann::json &item);
    void removeCurrent();
    void duplicateCurrent();
    void moveCurrent(int delta);
    /** Moves a row (the buttons, drag and drop): one undo step. */
    void moveRow(int from, int to);
    void cellEdited(int row, int column);
    QString cellText(const nlohmann::json &item, const Column &column) const;

    ContractDocument *m_document;
    std::vector<Column> m_columns;
    std::string m_pointer;
    std::vector<Preset> m_presets;
    std::function<nlohmann::json(int)> m_newItem;
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_duplicate;
    std::vector<QToolButton *> m_itemLists; ///< enabled with a selected row
    QToolButton *m_up;
    QToolButton *m_down;
    QLabel *m_empty;
    QLabel *m_refusal;
    Validator m_validator;
    std::map<std::string, QStringList> m_problems;
    bool m_refreshing = false;
};

} // namespace tessera
