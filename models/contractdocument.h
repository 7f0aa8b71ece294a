// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QObject>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

class QUndoStack;

namespace tessera {

/**
 * An ODCS contract being edited: the document as JSON, and a QUndoStack through which every edit goes.
 *
 * Edits name their place with a JSON Pointer ("/description/purpose", "/schema/0/properties/2/name"). A
 * value set to null, or a text set to empty, removes the key, and an object left empty by that goes too
 * (clearing the last description field leaves no `description: {}`). Consecutive text edits of one field
 * merge into one undo step, so that undo takes back a typed word rather than a letter.
 *
 * What the editor does not model stays as it was: the document is the parsed file, not a typed copy, so
 * unknown and vendor keys survive every edit. changed() follows every edit, undo and redo; the forms, the
 * YAML view and the validation panel listen to it.
 */
class ContractDocument : public QObject
{
    Q_OBJECT

public:
    using Json = nlohmann::json;

    explicit ContractDocument(Json document, QObject *parent = nullptr);
    ~ContractDocument() override;

    /** A new contract: ODCS v3.1.0, a fresh UUID as id, version 0.1.0, status draft. */
    static Json blank();

    const Json &document() const { return m_document; }
    /**
     * The value at `pointer`, or null when there is none (or the pointer is malformed). A reference into the
     * document, valid until its next change: copy what is kept across edits.
     */
    const Json &value(const std::string &pointer) const;
    /** The value at `pointer` as text: strings as they are, numbers and booleans spelled out, else empty. */
    QString text(const std::string &pointer) const;

    /** Sets the value at `pointer` (parents are created); null removes it. One undo step. */
    void setValue(const std::string &pointer, Json value, const QString &what = {});
    /** Sets a text field; an empty text removes the key. Typing into one field merges into one undo step. */
    void setText(const std::string &pointer, const QString &text, const QString &what = {});
    /** Array edits at `arrayPointer` (created when missing); an array left empty is removed. */
    void insertItem(const std::string &arrayPointer, int index, Json item, const QString &what = {});
    void removeItem(const std::string &arrayPointer, int index, const QString &what = {});
    void moveItem(const std::string &arrayPointer, int from, int to, const QString &what = {});
    /** Replaces the whole document (the YAML view was edited). One undo step. */
    void replaceDocument(Json document, const QString &what = {});

    /** The document as canonical YAML (the order of the standard). */
    std::string yaml() const;

    QUndoStack *undoStack() const { return m_undo; }
    /** Whether there are edits since the last setClean() (a save). */
    bool isModified() const;
    void setClean();

    /** The contract's id, name and version, for titles; empty when missing. */
    QString id() const { return text("/id"); }
    QString name() const { return text("/name"); }
    QString version() const { return text("/version"); }

Q_SIGNALS:
    /** The document changed (an edit, undo or redo); `pointer` is where (empty: anywhere). */
    void changed(const QString &pointer);
    void modifiedChanged(bool modified);

private:
    class Edit;
    /** Puts `value` (nullopt: removes) at `pointer`, without undo; used by the commands. */
    void put(const std::string &pointer, const std::optional<Json> &value);
    std::optional<Json> current(const std::string &pointer) const;
    void push(const std::string &pointer, std::optional<Json> after, const QString &what, bool mergeable);

    Json m_document;
    QUndoStack *m_undo = nullptr;
};

} // namespace tessera
