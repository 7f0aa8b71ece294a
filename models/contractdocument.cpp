// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contractdocument.h"

#include "contract/canonicalorder.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>
#include <cctype>

namespace tessera {

namespace {

/** The pointer as nlohmann reads it; nullopt when malformed. */
std::optional<nlohmann::json::json_pointer> parsePointer(const std::string &pointer)
{
    try {
        return nlohmann::json::json_pointer(pointer);
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
}

} // namespace

/** One edit: the value at a pointer before and after (nullopt: absent). Text edits of one field merge. */
class ContractDocument::Edit : public QUndoCommand
{
public:
    static constexpr int kTextEdit = 0x7e55; // QUndoCommand::id() of mergeable edits

    Edit(ContractDocument *document, std::string pointer, std::optional<Json> before, std::optional<Json> after,
        const QString &what, bool mergeable)
        : QUndoCommand(what)
        , m_document(document)
        , m_pointer(std::move(pointer))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeable(mergeable)
    { }

    void redo() override { m_document->put(m_pointer, m_after); }
    void undo() override { m_document->put(m_pointer, m_before); }
    int id() const override { return m_mergeable ? kTextEdit : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const Edit *>(other);
        if (edit->m_pointer != m_pointer) {
            return false;
        }
        m_after = edit->m_after;
        setObsolete(m_after == m_before); // typed and erased again: nothing to undo
        return true;
    }

private:
    ContractDocument *m_document;
    std::string m_pointer;
    std::optional<Json> m_before;
    std::optional<Json> m_after;
    bool m_mergeable;
};

ContractDocument::ContractDocument(Json document, QObject *parent)
    : QObject(parent)
    , m_document(document.is_object() ? std::move(document) : Json::object())
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ContractDocument::~ContractDocument() = default;

nlohmann::json ContractDocument::blank()
{
    Json doc = Json::object();
    doc["apiVersion"] = "v3.1.0";
    doc["kind"] = "DataContract";
    doc["id"] = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    doc["version"] = "0.1.0";
    doc["status"] = "draft";
    return doc;
}

const nlohmann::json &ContractDocument::value(const std::string &pointer) const
{
    static const Json none;
    // Walked by hand: no copy, no exception on the way (the editor asks on every keystroke).
    if (pointer.empty()) {
        return m_document;
    }
    if (pointer.front() != '/') {
        return none;
    }
    const Json *at = &m_document;
    std::size_t start = 1;
    while (true) {
        const std::size_t end = pointer.find('/', start);
        std::string token = pointer.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (token.find('~') != std::string::npos) {
            std::string unescaped;
            for (std::size_t i = 0; i < token.size(); ++i) {
                if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
                    unescaped += token[i + 1] == '0' ? '~' : '/';
                    ++i;
                } else if (token[i] == '~') {
                    return none; // a malformed escape
                } else {
                    unescaped += token[i];
                }
            }
            token = std::move(unescaped);
        }
        if (at->is_object()) {
            const auto it = at->find(token);
            if (it == at->end()) {
                return none;
            }
            at = &*it;
        } else if (at->is_array()) {
            if (token.empty() || token.size() > 9 || !std::all_of(token.begin(), token.end(), ::isdigit)
                || (token.size() > 1 && token[0] == '0')) {
                return none;
            }
            const std::size_t index = std::stoul(token);
            if (index >= at->size()) {
                return none;
            }
            at = &(*at)[index];
        } else {
            return none;
        }
        if (end == std::string::npos) {
            return *at;
        }
        start = end + 1;
    }
}

QString ContractDocument::text(const std::string &pointer) const
{
    const Json &v = value(pointer);
    if (v.is_string()) {
        return QString::fromStdString(v.get<std::string>());
    }
    if (v.is_number() || v.is_boolean()) {
        return QString::fromStdString(v.dump());
    }
    return {};
}

std::optional<nlohmann::json> ContractDocument::current(const std::string &pointer) const
{
    const auto p = parsePointer(pointer);
    if (!p) {
        return std::nullopt;
    }
    try {
        if (!m_document.contains(*p)) {
            return std::nullopt;
        }
        return m_document.at(*p);
    } catch (const nlohmann::json::exception &) {
        return std::nullopt; // "/schema/x" into an array and the like
    }
}

void ContractDocument::put(const std::string &pointer, const std::optional<Json> &value)
{
    auto p = parsePointer(pointer);
    if (!p) {
        return;
    }
    try {
        if (p->empty()) {
            m_document = value && value->is_object() ? *value : Json::object();
        } else if (value) {
            m_document[*p] = *value;
        } else if (m_document.contains(*p)) {
            // Remove the key (or element), then every object or array that was left empty, up to the top.
            auto at = *p;
            while (!at.empty()) {
                const std::string last = at.back();
                auto parent = at.parent_pointer();
                Json &container = m_document[parent];
                if (container.is_object()) {
                    container.erase(last);
                } else if (container.is_array()) {
                    container.erase(container.begin() + static_cast<std::ptrdiff_t>(std::stoul(last)));
                }
                if (parent.empty() || !container.empty()) {
                    break;
                }
                at = parent;
            }
        }
    } catch (const std::exception &) {
        return; // a pointer through a value of another type: nothing to change
    }
    Q_EMIT changed(QString::fromStdString(pointer));
}

void ContractDocument::push(const std::string &pointer, std::optional<Json> after, const QString &what, bool mergeable)
{
    std::optional<Json> before = current(pointer);
    if (before == after) {
        return;
    }
    m_undo->push(new Edit(this, pointer, std::move(before), std::move(after), what, mergeable));
}

void ContractDocument::setValue(const std::string &pointer, Json value, const QString &what)
{
    push(pointer, value.is_null() ? std::nullopt : std::optional<Json>(std::move(value)),
        what.isEmpty() ? tr("Edit") : what, false);
}

void ContractDocument::setText(const std::string &pointer, const QString &text, const QString &what)
{
    push(pointer, text.isEmpty() ? std::nullopt : std::optional<Json>(text.toStdString()),
        what.isEmpty() ? tr("Typing") : what, true);
}

void ContractDocument::insertItem(const std::string &arrayPointer, int index, Json item, const QString &what)
{
    Json array = value(arrayPointer); // a copy: the edit's new value
    if (!array.is_array()) {
        array = Json::array();
    }
    index = std::clamp(index, 0, static_cast<int>(array.size()));
    array.insert(array.begin() + index, std::move(item));
    push(arrayPointer, std::move(array), what.isEmpty() ? tr("Add") : what, false);
}

void ContractDocument::removeItem(const std::string &arrayPointer, int index, const QString &what)
{
    Json array = value(arrayPointer);
    if (!array.is_array() || index < 0 || index >= static_cast<int>(array.size())) {
        return;
    }
    array.erase(array.begin() + index);
    push(arrayPointer, array.empty() ? std::nullopt : std::optional<Json>(std::move(array)),
        what.isEmpty() ? tr("Remove") : what, false);
}

void ContractDocument::moveItem(const std::string &arrayPointer, int from, int to, const QString &what)
{
    Json array = value(arrayPointer);
    const int n = array.is_array() ? static_cast<int>(array.size()) : 0;
    if (from < 0 || from >= n || to < 0 || to >= n || from == to) {
        return;
    }
    Json item = array[static_cast<std::size_t>(from)];
    array.erase(array.begin() + from);
    array.insert(array.begin() + to, std::move(item));
    push(arrayPointer, std::move(array), what.isEmpty() ? tr("Move") : what, false);
}

void ContractDocument::replaceDocument(Json document, const QString &what)
{
    if (!document.is_object()) {
        return;
    }
    push({}, std::move(document), what.isEmpty() ? tr("Edit YAML") : what, false);
}

std::string ContractDocument::yaml() const
{
    return toCanonicalYaml(m_document);
}

bool ContractDocument::isModified() const
{
    return !m_undo->isClean();
}

void ContractDocument::setClean()
{
    m_undo->setClean();
}

} // namespace tessera
