// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/local/localfoldersource.h"

#include "contract/canonicalorder.h"
#include "contract/dcsimport.h"
#include "contract/linter.h"
#include "contract/schemavalidator.h"
#include "contract/sourcedocument.h"
#include "yaml/yamlreader.h"
#include "yaml/yamlwriter.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent>

#include <yaml.h>

#include <set>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::LocalFolderSource)
};

using Json = nlohmann::json;

std::string str(const Json &object, const char *key)
{
    if (object.is_object()) {
        if (const auto it = object.find(key); it != object.end() && it->is_string()) {
            return it->get<std::string>();
        }
    }
    return {};
}

std::vector<std::string> strings(const Json &object, const char *key)
{
    std::vector<std::string> out;
    if (object.is_object()) {
        if (const auto it = object.find(key); it != object.end() && it->is_array()) {
            for (const auto &v : *it) {
                if (v.is_string()) {
                    out.push_back(v.get<std::string>());
                }
            }
        }
    }
    return out;
}

const SchemaValidator *odpsSchema()
{
    static const auto schema = SchemaValidator::fromResource(QStringLiteral(":/schemas/odps-json-schema-v1.0.0.json"));
    return schema.get();
}

/** What one file gave: rows for the batch, or why it was left out. */
struct FileResult
{
    FileRow file;
    std::vector<ProductRow> products;
    std::vector<ContractRow> contracts;
    std::vector<LineageRow> lineage;
    std::vector<SlaPoint> sla;
    std::vector<QualityPoint> quality;
    Findings problems;
};

Finding problem(const QString &rule, const QString &message, SourceLocation location = {})
{
    return { rule, Severity::Error, {}, message, location };
}

DatasetRow datasetOf(const Json &d)
{
    DatasetRow row;
    row.namespaceName = str(d, "namespace");
    row.name = str(d, "name");
    if (const auto facets = d.find("facets"); facets != d.end() && facets->is_object()) {
        if (const auto t = facets->find("tessera"); t != facets->end()) {
            row.contractId = str(*t, "contractId");
            row.contractVersion = str(*t, "contractVersion");
            row.schemaObject = str(*t, "schemaObject");
        }
        if (const auto schema = facets->find("schema"); schema != facets->end() && schema->is_object()) {
            if (const auto fields = schema->find("fields"); fields != schema->end() && fields->is_array()) {
                for (const auto &f : *fields) {
                    row.columns.push_back({ str(f, "name"), {}, str(f, "type"), str(f, "description"), {} });
                }
            }
        }
    }
    return row;
}

/** OpenLineage run event → one lineage row per (input, output) pair, with the column edges between them. */
void readRunEvent(const Json &event, const std::string &file, FileResult &out)
{
    const Json job = event.value("job", Json::object());
    const std::string jobNamespace = str(job, "namespace");
    const std::string jobName = str(job, "name");
    const Json inputs = event.value("inputs", Json::array());
    const Json outputs = event.value("outputs", Json::array());
    if (!inputs.is_array() || !outputs.is_array()) {
        return;
    }
    for (const auto &o : outputs) {
        const DatasetRow output = datasetOf(o);
        std::map<std::pair<std::string, std::string>, LineageRow> byInput;
        for (const auto &i : inputs) {
            DatasetRow input = datasetOf(i);
            LineageRow row { jobNamespace, jobName, input, output, {}, file };
            byInput.emplace(std::pair { input.namespaceName, input.name }, std::move(row));
        }
        const Json columnLineage
            = o.value("facets", Json::object()).value("columnLineage", Json::object()).value("fields", Json::object());
        if (columnLineage.is_object()) {
            for (auto field = columnLineage.begin(); field != columnLineage.end(); ++field) {
                const Json inputFields = field.value().value("inputFields", Json::array());
                if (!inputFields.is_array()) {
                    continue;
                }
                for (const auto &inputField : inputFields) {
                    const std::pair key { str(inputField, "namespace"), str(inputField, "name") };
                    auto it = byInput.find(key);
                    if (it == byInput.end()) {
                        DatasetRow input;
                        input.namespaceName = key.first;
                        input.name = key.second;
                        it = byInput.emplace(key, LineageRow { jobNamespace, jobName, input, output, {}, file }).first;
                    }
                    std::string type = str(field.value(), "transformationType");
                    std::string subtype;
                    if (const auto t = inputField.find("transformations");
                        t != inputField.end() && t->is_array() && !t->empty()) {
                        type = str(t->front(), "type");
                        subtype = str(t->front(), "subtype");
                    }
                    it->second.columns.push_back({ str(inputField, "field"), field.key(), type, subtype });
                }
            }
        }
        for (auto &[key, row] : byInput) {
            out.lineage.push_back(std::move(row));
        }
    }
}

void readJsonLines(const QByteArray &text, const std::string &file, FileResult &out)
{
    int lineNumber = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const Json j = Json::parse(line.constBegin(), line.constEnd(), nullptr, false);
        if (!j.is_object()) {
            out.problems.push_back(problem(
                QStringLiteral("parse"), Tr::tr("Line %1 is not a JSON object").arg(lineNumber), { lineNumber, 1 }));
            continue;
        }
        if (j.contains("eventType") || (j.contains("run") && j.contains("job"))) {
            readRunEvent(j, file, out);
        } else if (j.contains("contractId") && j.contains("rule")) {
            QualityPoint q;
            q.contractId = str(j, "contractId");
            q.schemaObject = str(j, "schemaObject");
            q.property = str(j, "property");
            q.rule = str(j, "rule");
            q.time = str(j, "time");
            q.value = j.value("value", 0.0);
            q.passed = j.value("passed", true);
            q.filePath = file;
            out.quality.push_back(std::move(q));
        } else if (j.contains("contractId") && j.contains("property")) {
            SlaPoint p;
            p.contractId = str(j, "contractId");
            p.property = str(j, "property");
            p.time = str(j, "time");
            p.value = j.value("value", 0.0);
            p.unit = str(j, "unit");
            if (j.contains("target") && j["target"].is_number()) {
                p.target = j["target"].get<double>();
            }
            p.met = j.value("met", true);
            p.filePath = file;
            out.sla.push_back(std::move(p));
        } else {
            out.problems.push_back(problem(QStringLiteral("unknown-record"),
                Tr::tr("Line %1 is neither an OpenLineage run event nor a measurement").arg(lineNumber),
                { lineNumber, 1 }));
        }
    }
}

ContractRow contractRow(const Json &doc, const SourceDocument &source, const std::string &file, const LintResult &lint)
{
    ContractRow c;
    c.externalId = str(doc, "id");
    c.version = str(doc, "version");
    c.name = str(doc, "name");
    c.domain = str(doc, "domain");
    c.status = str(doc, "status");
    c.dataProduct = str(doc, "dataProduct");
    c.apiVersion = str(doc, "apiVersion");
    c.tags = strings(doc, "tags");
    if (const auto team = doc.find("team"); team != doc.end()) {
        const Json members = team->is_array() ? *team : team->value("members", Json::array());
        c.owner = team->is_object() ? str(*team, "name") : std::string();
        if (members.is_array()) {
            for (const auto &m : members) {
                if (!str(m, "username").empty()) {
                    c.members.emplace_back(str(m, "username"), str(m, "role"));
                }
            }
        }
    }
    c.originalText = source.text().toStdString();
    c.format = source.format() == TextFormat::Json ? "json" : "yaml";
    c.document = doc.dump();
    c.filePath = file;
    c.valid = lint.isValid();
    for (const auto &f : lint.findings) {
        c.errorCount += f.severity == Severity::Error;
        c.warningCount += f.severity == Severity::Warning;
    }
    if (const auto schema = doc.find("schema"); schema != doc.end() && schema->is_array()) {
        for (const auto &object : *schema) {
            DatasetRow d;
            d.contractId = c.externalId;
            d.contractVersion = c.version;
            d.schemaObject = str(object, "name");
            d.namespaceName = "contract:" + c.externalId + '@' + c.version;
            d.name = d.schemaObject;
            d.description = str(object, "description");
            d.domain = c.domain;
            if (const auto props = object.find("properties"); props != object.end() && props->is_array()) {
                for (const auto &p : *props) {
                    d.columns.push_back({ str(p, "name"), str(p, "logicalType"), str(p, "physicalType"),
                        str(p, "description"), str(p, "classification") });
                }
            }
            c.datasets.push_back(std::move(d));
        }
    }
    return c;
}

ProductRow productRow(const Json &doc, const std::string &file)
{
    ProductRow p;
    p.externalId = str(doc, "id");
    p.name = str(doc, "name");
    if (p.name.empty()) {
        p.name = p.externalId;
    }
    p.domain = str(doc, "domain");
    p.status = str(doc, "status");
    const Json description = doc.value("description", Json::object());
    p.description = description.is_object() ? str(description, "purpose")
                                            : (description.is_string() ? description.get<std::string>() : "");
    const Json team = doc.value("team", Json::object());
    p.owner = team.is_object() ? str(team, "name") : std::string();
    p.tags = strings(doc, "tags");
    for (const char *direction : { "input", "output" }) {
        const Json ports = doc.value(std::string(direction) + "Ports", Json::array());
        if (!ports.is_array()) {
            continue;
        }
        for (const auto &port : ports) {
            p.ports.push_back(
                { direction, str(port, "name"), str(port, "version"), str(port, "contractId"), str(port, "type") });
        }
    }
    p.document = doc.dump();
    p.filePath = file;
    return p;
}

FileResult readFile(const QString &absolute, const std::string &relative, const Linter &linter)
{
    FileResult out;
    out.file.path = relative;
    const QFileInfo info(absolute);
    out.file.size = info.size();
    out.file.mtime = info.lastModified().toMSecsSinceEpoch();
    const QString suffix = info.suffix().toLower();

    if (suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl")) {
        out.file.kind = "lineage";
        QFile f(absolute);
        if (!f.open(QIODevice::ReadOnly)) {
            out.problems.push_back(
                problem(QStringLiteral("parse"), Tr::tr("Cannot open the file: %1").arg(f.errorString())));
            return out;
        }
        readJsonLines(f.readAll(), relative, out);
        if (!out.sla.empty() || !out.quality.empty()) {
            out.file.kind = "measurements";
        }
        return out;
    }

    const SourceDocument doc = SourceDocument::fromFile(absolute);
    if (!doc.isValid()) {
        out.file.kind = "unreadable";
        out.problems.push_back(problem(QStringLiteral("parse"), doc.error().message, doc.error().location));
        return out;
    }
    const Json &value = doc.value();
    if (!value.is_object()) {
        out.file.kind = "other";
        return out;
    }
    const std::string kind = str(value, "kind");
    if (kind == "DataContract") {
        out.file.kind = "contract";
        LintResult lint = linter.lintDocument(doc);
        if (!lint.isValid()) {
            out.problems = std::move(lint.findings);
            return out;
        }
        if (str(value, "id").empty() || str(value, "version").empty()) {
            out.problems.push_back(
                problem(QStringLiteral("contract-identity"), Tr::tr("The contract has no id or version")));
            return out;
        }
        out.contracts.push_back(contractRow(value, doc, relative, lint));
    } else if (DcsImport::isDcs(value)) {
        out.file.kind = "contract";
        const Json odcs = DcsImport::toOdcs(value);
        LintResult lint = linter.lintText(QByteArray::fromStdString(odcs.dump()), QString::fromStdString(relative));
        if (!lint.isValid()) {
            out.problems = std::move(lint.findings);
            return out;
        }
        out.contracts.push_back(contractRow(odcs, doc, relative, lint));
    } else if (kind == "DataProduct") {
        out.file.kind = "product";
        if (const SchemaValidator *schema = odpsSchema(); schema && !schema->accepts(value)) {
            const auto errors = schema->validate(value);
            std::vector<std::string> pointers;
            for (const auto &e : errors) {
                pointers.push_back(e.instancePointer);
            }
            const auto locations = doc.locate(pointers);
            for (std::size_t i = 0; i < errors.size(); ++i) {
                out.problems.push_back(
                    { errors[i].ruleId, Severity::Error, errors[i].instancePointer, errors[i].message, locations[i] });
            }
            return out;
        }
        out.products.push_back(productRow(value, relative));
    } else if (value.contains("eventType") && value.contains("job")) {
        out.file.kind = "lineage";
        readRunEvent(value, relative, out);
    } else {
        out.file.kind = "other";
    }
    return out;
}

bool isCandidate(const QString &name)
{
    const QString lower = name.toLower();
    return lower.endsWith(QLatin1String(".yaml")) || lower.endsWith(QLatin1String(".yml"))
        || lower.endsWith(QLatin1String(".json")) || lower.endsWith(QLatin1String(".ndjson"))
        || lower.endsWith(QLatin1String(".jsonl"));
}

} // namespace

LocalFolderSource::LocalFolderSource(QString root)
    : m_root(std::move(root))
{ }

ImportBatch LocalFolderSource::scan(const std::map<std::string, FileRow> &known, LocalScanReport &report) const
{
    ImportBatch batch;
    report = {};
    const QDir rootDir(m_root);
    std::vector<std::pair<QString, std::string>> toRead;
    std::set<std::string> seen;
    QDirIterator it(m_root, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString absolute = it.next();
        if (!isCandidate(absolute)) {
            continue;
        }
        ++report.files;
        const std::string relative = rootDir.relativeFilePath(absolute).toStdString();
        seen.insert(relative);
        const QFileInfo info(absolute);
        const auto previous = known.find(relative);
        if (previous != known.end() && previous->second.size == info.size()
            && previous->second.mtime == info.lastModified().toMSecsSinceEpoch()) {
            ++report.unchanged;
            // Still left out: say so again, from what was recorded, without reading it again.
            if (!previous->second.problems.empty()) {
                Findings findings;
                const Json recorded = Json::parse(previous->second.problems, nullptr, false);
                for (const auto &p : recorded.is_array() ? recorded : Json::array()) {
                    findings.push_back({ QString::fromStdString(str(p, "rule")), Severity::Error, str(p, "path"),
                        QString::fromStdString(str(p, "message")), { p.value("line", 0), p.value("column", 0) } });
                }
                report.invalid.emplace_back(QString::fromStdString(relative), std::move(findings));
            }
            continue;
        }
        toRead.emplace_back(absolute, relative);
    }
    for (const auto &[path, row] : known) {
        if (!seen.count(path)) {
            batch.removedFiles.push_back(path);
            ++report.removed;
        }
    }
    report.changed = static_cast<int>(toRead.size());

    const Linter linter;
    const std::function<FileResult(const std::pair<QString, std::string> &)> read
        = [&linter](const std::pair<QString, std::string> &file) { return readFile(file.first, file.second, linter); };
    const std::vector<FileResult> results = QtConcurrent::blockingMapped(toRead, read);
    for (const FileResult &r : results) {
        FileRow file = r.file;
        if (!r.problems.empty()) {
            Json problems = Json::array();
            for (const auto &p : r.problems) {
                problems.push_back({ { "rule", p.ruleId.toStdString() }, { "severity", severityName(p.severity) },
                    { "message", p.message.toStdString() }, { "line", p.location.line },
                    { "column", p.location.column }, { "path", p.path } });
            }
            file.problems = problems.dump();
            report.invalid.emplace_back(QString::fromStdString(r.file.path), r.problems);
            // A file with errors is left out; what it held before stays out too.
            batch.files.push_back(std::move(file));
            if (r.products.empty() && r.contracts.empty()) {
                continue;
            }
        } else {
            batch.files.push_back(std::move(file));
        }
        batch.products.insert(batch.products.end(), r.products.begin(), r.products.end());
        batch.contracts.insert(batch.contracts.end(), r.contracts.begin(), r.contracts.end());
        batch.lineage.insert(batch.lineage.end(), r.lineage.begin(), r.lineage.end());
        batch.sla.insert(batch.sla.end(), r.sla.begin(), r.sla.end());
        batch.quality.insert(batch.quality.end(), r.quality.begin(), r.quality.end());
    }
    return batch;
}

namespace {

/** Byte ranges of the top-level keys of a YAML mapping: key → [start of its line, start of the next key's line). */
std::vector<std::tuple<std::string, std::size_t, std::size_t>> topLevelSections(const std::string &text)
{
    std::vector<std::tuple<std::string, std::size_t, std::size_t>> sections;
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    int depth = 0;
    bool expectKey = false;
    for (bool done = false; !done;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            sections.clear();
            break;
        }
        switch (event.type) {
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            ++depth;
            if (depth > 1 && expectKey) {
                expectKey = false;
            }
            if (depth == 1 && event.type == YAML_MAPPING_START_EVENT) {
                expectKey = true;
            }
            break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            --depth;
            if (depth == 1) {
                expectKey = true;
            }
            break;
        case YAML_SCALAR_EVENT:
        case YAML_ALIAS_EVENT:
            if (depth == 1) {
                if (expectKey && event.type == YAML_SCALAR_EVENT) {
                    std::size_t start = event.start_mark.index;
                    while (start > 0 && text[start - 1] != '\n') {
                        --start;
                    }
                    if (!sections.empty()) {
                        std::get<2>(sections.back()) = start;
                    }
                    sections.emplace_back(
                        std::string(reinterpret_cast<const char *>(event.data.scalar.value), event.data.scalar.length),
                        start, text.size());
                }
                expectKey = !expectKey;
            }
            break;
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        default:
            break;
        }
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return sections;
}

} // namespace

bool LocalFolderSource::writeContract(const QString &path, const nlohmann::json &document, QString &error)
{
    const SourceDocument current = SourceDocument::fromFile(path);
    std::string output;
    if (current.isValid() && current.format() == TextFormat::Yaml && current.value().is_object()) {
        // Keep each unchanged top-level section byte for byte; write the changed ones canonically.
        const std::string text = current.text().toStdString();
        const auto sections = topLevelSections(text);
        const nlohmann::ordered_json ordered = canonicalOrder(document);
        std::set<std::string> written;
        if (!sections.empty()) {
            output = text.substr(0, std::get<1>(sections.front()));
        }
        for (const auto &[key, start, end] : sections) {
            if (!document.contains(key)) {
                continue; // removed
            }
            written.insert(key);
            const auto old = current.value().find(key);
            if (old != current.value().end() && *old == document.at(key)) {
                output += text.substr(start, end - start);
                if (!output.empty() && output.back() != '\n') {
                    output += '\n';
                }
            } else {
                nlohmann::ordered_json one = nlohmann::ordered_json::object();
                one[key] = ordered.at(key);
                output += YamlWriter::write(one);
            }
        }
        for (auto it = ordered.begin(); it != ordered.end(); ++it) {
            if (!written.count(it.key())) {
                nlohmann::ordered_json one = nlohmann::ordered_json::object();
                one[it.key()] = it.value();
                output += YamlWriter::write(one);
            }
        }
        // Safety net: what we write must read back as the document.
        const SourceDocument check = SourceDocument::fromText(QByteArray::fromStdString(output));
        if (!check.isValid() || check.value() != document) {
            output = toCanonicalYaml(document);
        }
    } else if (current.isValid() && current.format() == TextFormat::Json) {
        output = toCanonicalJson(document);
    } else {
        output = toCanonicalYaml(document);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = QByteArray::fromStdString(output);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tessera
