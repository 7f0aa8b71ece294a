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
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent>

#include <yaml.h>

#include <algorithm>
#include <cctype>
#include <optional>
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

/** A number of `object`, or `fallback` when it is missing or not a number (never throws). */
double number(const Json &object, const char *key, double fallback)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : fallback;
}

bool boolean(const Json &object, const char *key, bool fallback)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() ? it->get<bool>() : fallback;
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

/** Bytes of a job, dataset or column name that are read; a longer name leaves its element out. */
constexpr std::size_t kMaxName = 4096;
/**
 * (input, output) pairs of one run event kept as edges of their own. Beyond, each input is an edge input → job
 * and each output one job → output (the lineage graph is the same; only the pairs named by column lineage are
 * kept as pairs), so an event with thousands of inputs and outputs stays linear in its size.
 */
constexpr std::size_t kMaxPairs = 10000;

/** A problem of one element of an event file: where (a JSON Pointer into the element) and what. */
struct EventProblem
{
    std::string pointer;
    QString rule;
    QString message;
};

bool tooLong(const std::string &name)
{
    return name.size() > kMaxName;
}

/** A dataset of a run event (identity, description and schema columns); nullopt when it has no usable name. */
std::optional<DatasetRow> datasetOf(const Json &d, const std::string &pointer, std::vector<EventProblem> &problems)
{
    DatasetRow row;
    row.namespaceName = str(d, "namespace");
    row.name = str(d, "name");
    if (row.name.empty()) {
        problems.push_back({ pointer, QStringLiteral("openlineage-dataset"),
            Tr::tr("A dataset of the run event has no name; it was left out") });
        return std::nullopt;
    }
    if (tooLong(row.name) || tooLong(row.namespaceName)) {
        problems.push_back({ pointer, QStringLiteral("openlineage-limit"),
            Tr::tr("A dataset name or namespace is longer than %1 bytes; the dataset was left out").arg(kMaxName) });
        return std::nullopt;
    }
    if (const auto facets = d.find("facets"); facets != d.end() && facets->is_object()) {
        if (const auto t = facets->find("tessera"); t != facets->end()) {
            row.contractId = str(*t, "contractId");
            row.contractVersion = str(*t, "contractVersion");
            row.schemaObject = str(*t, "schemaObject");
        }
        if (const auto schema = facets->find("schema"); schema != facets->end() && schema->is_object()) {
            if (const auto fields = schema->find("fields"); fields != schema->end() && fields->is_array()) {
                for (const auto &f : *fields) {
                    const std::string name = str(f, "name");
                    if (!name.empty() && !tooLong(name)) {
                        row.columns.push_back({ name, {}, str(f, "type"), str(f, "description"), {} });
                    }
                }
            }
        }
    }
    return row;
}

/** The identity of a dataset only (what a second edge naming it needs). */
DatasetRow identityOf(const DatasetRow &d)
{
    DatasetRow row;
    row.namespaceName = d.namespaceName;
    row.name = d.name;
    row.contractId = d.contractId;
    row.contractVersion = d.contractVersion;
    row.schemaObject = d.schemaObject;
    return row;
}

bool isRunEvent(const Json &j)
{
    return j.is_object() && (j.contains("eventType") || (j.contains("run") && j.contains("job")));
}

/**
 * An event's eventTime as UTC ISO 8601 (LineageRow::runTime): the fraction of a second kept digit for digit (up
 * to nanoseconds), a time without an offset read as UTC. Empty when it is missing or not a date and time.
 */
std::string utcTime(const Json &event)
{
    std::string text = str(event, "eventTime");
    if (text.size() < 16 || text.size() > 64 || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')) {
        return {}; // not a date and a time
    }
    text[10] = 'T';
    // The fraction of a second as written; Qt reads the rest (it would round the fraction to milliseconds, and
    // into the next second).
    std::string fraction;
    if (text.size() > 19 && text[16] == ':' && (text[19] == '.' || text[19] == ',')) {
        std::size_t end = 20;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) {
            ++end;
        }
        if (end == 20) {
            return {};
        }
        fraction = text.substr(20, std::min<std::size_t>(end - 20, 9));
        text.erase(19, end - 19);
        if (text.compare(11, 2, "24") == 0 && fraction.find_first_not_of('0') != std::string::npos) {
            return {}; // past the end of the day
        }
    }
    QDateTime time = QDateTime::fromString(QString::fromStdString(text), Qt::ISODate);
    if (!time.isValid()) {
        return {};
    }
    if (time.timeSpec() == Qt::LocalTime) {
        time.setTimeSpec(Qt::UTC); // no offset: read as UTC, whatever this computer's time zone
    }
    time = time.toUTC();
    if (time.date().year() < 1 || time.date().year() > 9999) {
        return {};
    }
    std::string out = time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString();
    if (!fraction.empty()) {
        out += '.' + fraction;
    }
    return out + 'Z';
}

/**
 * One OpenLineage run event: its job reads every input and writes every output. Gives a lineage row per
 * (input, output) pair with the column edges between them; with no outputs, a row input → job per input, with
 * no inputs one job → output per output, with neither one that only dates the job's run. A column-lineage
 * input field names an input (listed or not). An event without a job name, or whose inputs or outputs are not
 * arrays, is left out; a dataset or column-lineage entry without a name is left out alone. Each left out part
 * is a problem at its JSON Pointer below the event.
 */
void readRunEvent(
    const Json &event, const std::string &file, std::vector<LineageRow> &out, std::vector<EventProblem> &problems)
{
    const auto jobIt = event.find("job");
    const std::string jobNamespace = jobIt != event.end() ? str(*jobIt, "namespace") : std::string();
    const std::string jobName = jobIt != event.end() ? str(*jobIt, "name") : std::string();
    if (jobName.empty()) {
        problems.push_back({ jobIt != event.end() ? "/job" : "", QStringLiteral("openlineage-job"),
            Tr::tr("The run event has no job name; it was left out") });
        return;
    }
    if (tooLong(jobName) || tooLong(jobNamespace)) {
        problems.push_back({ "/job", QStringLiteral("openlineage-limit"),
            Tr::tr("The job name or namespace is longer than %1 bytes; the run event was left out").arg(kMaxName) });
        return;
    }
    const Json empty = Json::array();
    const Json *lists[2] = { &empty, &empty };
    for (int k = 0; k < 2; ++k) {
        const char *key = k == 0 ? "inputs" : "outputs";
        if (const auto it = event.find(key); it != event.end() && !it->is_null()) {
            if (!it->is_array()) {
                problems.push_back({ std::string("/") + key, QStringLiteral("openlineage-shape"),
                    Tr::tr("The run event's “%1” is not an array; the event was left out").arg(QLatin1String(key)) });
                return;
            }
            lists[k] = &*it;
        }
    }
    const std::string runTime = utcTime(event);

    // The datasets, each once (by namespace and name), in the order the event names them.
    using Key = std::pair<std::string, std::string>;
    std::vector<DatasetRow> inputs;
    std::vector<DatasetRow> outputs;
    std::vector<std::size_t> outputIndex; // outputs[i] is the event's outputs[outputIndex[i]]
    std::map<Key, std::size_t> inputAt;
    std::set<Key> outputSeen;
    for (int k = 0; k < 2; ++k) {
        const std::string list = k == 0 ? "/inputs/" : "/outputs/";
        for (std::size_t i = 0; i < lists[k]->size(); ++i) {
            const Json &d = (*lists[k])[i];
            auto row = datasetOf(d, list + std::to_string(i), problems);
            if (!row) {
                continue;
            }
            Key key { row->namespaceName, row->name };
            if (k == 0) {
                if (inputAt.emplace(key, inputs.size()).second) {
                    inputs.push_back(std::move(*row));
                }
            } else if (outputSeen.insert(std::move(key)).second) {
                outputs.push_back(std::move(*row));
                outputIndex.push_back(i);
            }
        }
    }

    // Column lineage per output: input dataset → its column edges into this output.
    std::vector<std::map<Key, std::vector<LineageRow::ColumnEdge>>> columnEdges(outputs.size());
    for (std::size_t o = 0; o < outputs.size(); ++o) {
        const Json &output = (*lists[1])[outputIndex[o]];
        const std::string base = "/outputs/" + std::to_string(outputIndex[o]) + "/facets/columnLineage";
        const auto facets = output.find("facets");
        if (facets == output.end() || !facets->is_object()) {
            continue;
        }
        const auto facet = facets->find("columnLineage");
        if (facet == facets->end()) {
            continue;
        }
        const auto malformed = [&](const std::string &at) {
            problems.push_back({ base + at, QStringLiteral("openlineage-column"),
                Tr::tr("This part of the column lineage is not what the OpenLineage facet describes; it was left "
                       "out") });
        };
        const auto unnamed = [&](const std::string &at) {
            problems.push_back({ base + at, QStringLiteral("openlineage-column"),
                Tr::tr("A column lineage entry has no dataset name or field, or one longer than %1 bytes; it was "
                       "left out")
                    .arg(kMaxName) });
        };
        if (!facet->is_object()) {
            malformed({});
            continue;
        }
        // One edge per transformation; none given: the field's (deprecated) transformationType.
        const auto add = [&](const Json &inputField, const std::string &at, const std::string &outputColumn,
                             const std::string &fallbackType) {
            const std::string ns = str(inputField, "namespace");
            const std::string name = str(inputField, "name");
            const std::string field = str(inputField, "field");
            if (name.empty() || field.empty() || tooLong(ns) || tooLong(name) || tooLong(field)) {
                unnamed(at);
                return;
            }
            auto &edges = columnEdges[o][Key { ns, name }];
            const auto transformations = inputField.find("transformations");
            bool any = false;
            if (transformations != inputField.end() && transformations->is_array()) {
                for (const auto &t : *transformations) {
                    if (t.is_object()) {
                        edges.push_back({ field, outputColumn, str(t, "type"), str(t, "subtype") });
                        any = true;
                    }
                }
            }
            if (!any) {
                edges.push_back({ field, outputColumn, fallbackType, {} });
            }
        };
        if (const auto fields = facet->find("fields"); fields != facet->end()) {
            if (!fields->is_object()) {
                malformed("/fields");
            } else {
                for (auto f = fields->begin(); f != fields->end(); ++f) {
                    const std::string at = "/fields/" + escapePointerToken(f.key());
                    const auto inputFields = f.value().is_object() ? f.value().find("inputFields") : f.value().end();
                    if (!f.value().is_object() || inputFields == f.value().end() || !inputFields->is_array()) {
                        malformed(at);
                        continue;
                    }
                    if (f.key().empty() || tooLong(f.key())) {
                        unnamed(at);
                        continue;
                    }
                    const std::string fallback = str(f.value(), "transformationType");
                    for (std::size_t i = 0; i < inputFields->size(); ++i) {
                        add((*inputFields)[i], at + "/inputFields/" + std::to_string(i), f.key(), fallback);
                    }
                }
            }
        }
        if (const auto dataset = facet->find("dataset"); dataset != facet->end() && !dataset->is_null()) {
            if (!dataset->is_array()) {
                malformed("/dataset");
            } else {
                for (std::size_t i = 0; i < dataset->size(); ++i) {
                    add((*dataset)[i], "/dataset/" + std::to_string(i), {}, {}); // every output column
                }
            }
        }
    }

    // The rows: a dataset's description goes with the first row naming it, identities with the others.
    std::set<Key> described;
    const auto take = [&](const DatasetRow &d) {
        return described.insert(Key { d.namespaceName, d.name }).second ? d : identityOf(d);
    };
    const auto row = [&](const DatasetRow *input, const DatasetRow *output) {
        LineageRow l;
        l.jobNamespace = jobNamespace;
        l.jobName = jobName;
        if (input) {
            l.input = take(*input);
        }
        if (output) {
            l.output = take(*output);
        }
        l.filePath = file;
        l.runTime = runTime;
        return l;
    };
    const bool pairs = !inputs.empty() && !outputs.empty() && inputs.size() * outputs.size() <= kMaxPairs;
    if (!pairs) {
        for (const DatasetRow &input : inputs) {
            out.push_back(row(&input, nullptr));
        }
        for (const DatasetRow &output : outputs) {
            out.push_back(row(nullptr, &output));
        }
        if (inputs.empty() && outputs.empty() && !runTime.empty()) {
            out.push_back(row(nullptr, nullptr)); // only that the job ran, and when
        }
    }
    for (std::size_t o = 0; o < outputs.size(); ++o) {
        std::map<Key, std::vector<LineageRow::ColumnEdge>> &edges = columnEdges[o];
        if (pairs) {
            for (const DatasetRow &input : inputs) {
                LineageRow l = row(&input, &outputs[o]);
                if (const auto it = edges.find(Key { input.namespaceName, input.name }); it != edges.end()) {
                    l.columns = std::move(it->second);
                    edges.erase(it);
                }
                out.push_back(std::move(l));
            }
        }
        // Inputs named only by column lineage (or every pair, beyond kMaxPairs): rows of their own.
        for (auto &[key, columns] : edges) {
            DatasetRow input;
            if (const auto it = inputAt.find(key); it != inputAt.end()) {
                input = inputs[it->second];
            } else {
                input.namespaceName = key.first;
                input.name = key.second;
            }
            LineageRow l = row(&input, &outputs[o]);
            l.columns = std::move(columns);
            out.push_back(std::move(l));
        }
    }
}

/**
 * Turns the problems of an element into findings, each at its place in `doc` (located in one pass). An
 * .ndjson line is a document of its own: with `line` set, that is the line and `doc` gives the column.
 */
void addProblems(const std::vector<EventProblem> &problems, const SourceDocument &doc, int line, Findings &out)
{
    std::vector<std::string> pointers;
    for (const EventProblem &p : problems) {
        pointers.push_back(p.pointer);
    }
    const std::vector<SourceLocation> places = doc.locate(pointers);
    for (std::size_t i = 0; i < problems.size(); ++i) {
        const SourceLocation at = line > 0 ? SourceLocation { line, std::max(1, places[i].column) } : places[i];
        out.push_back({ problems[i].rule, Severity::Error, problems[i].pointer, problems[i].message, at });
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
        const SourceDocument doc = SourceDocument::fromText(line);
        if (!doc.isValid() && doc.format() == TextFormat::Json) {
            // Not JSON: say why, and where in the line.
            out.problems.push_back(problem(QStringLiteral("parse"), doc.error().message,
                { lineNumber, std::max(1, doc.error().location.column) }));
            continue;
        }
        const Json &j = doc.value();
        if (!doc.isValid() || !j.is_object()) {
            out.problems.push_back(problem(
                QStringLiteral("parse"), Tr::tr("Line %1 is not a JSON object").arg(lineNumber), { lineNumber, 1 }));
            continue;
        }
        if (isRunEvent(j)) {
            std::vector<EventProblem> problems;
            readRunEvent(j, file, out.lineage, problems);
            if (!problems.empty()) {
                addProblems(problems, doc, lineNumber, out.problems);
            }
        } else if (j.contains("contractId") && j.contains("rule")) {
            QualityPoint q;
            q.contractId = str(j, "contractId");
            q.schemaObject = str(j, "schemaObject");
            q.property = str(j, "property");
            q.rule = str(j, "rule");
            q.time = str(j, "time");
            q.value = number(j, "value", 0.0);
            q.passed = boolean(j, "passed", true);
            q.filePath = file;
            out.quality.push_back(std::move(q));
        } else if (j.contains("contractId") && j.contains("property")) {
            SlaPoint p;
            p.contractId = str(j, "contractId");
            p.property = str(j, "property");
            p.time = str(j, "time");
            p.value = number(j, "value", 0.0);
            p.unit = str(j, "unit");
            if (const auto target = j.find("target"); target != j.end() && target->is_number()) {
                p.target = target->get<double>();
            }
            p.met = boolean(j, "met", true);
            p.filePath = file;
            out.sla.push_back(std::move(p));
        } else {
            out.problems.push_back(problem(QStringLiteral("unknown-record"),
                Tr::tr("Line %1 is neither an OpenLineage run event nor a measurement").arg(lineNumber),
                { lineNumber, 1 }));
        }
    }
}

/**
 * The run events of a .json file: the file's one event, or each element of its array. An element that is
 * not a run event, and every part of an event left out, is a problem placed at its line and column; the rest
 * of the file is read.
 */
void readJsonEvents(const SourceDocument &doc, const std::string &file, FileResult &out)
{
    const Json &value = doc.value();
    std::vector<EventProblem> problems;
    if (value.is_object()) {
        readRunEvent(value, file, out.lineage, problems);
    } else {
        for (std::size_t i = 0; i < value.size(); ++i) {
            const Json &element = value[i];
            const std::string at = '/' + std::to_string(i);
            std::vector<EventProblem> own;
            if (!element.is_object()) {
                own.push_back({ {}, QStringLiteral("parse"),
                    Tr::tr("This element of the array is not a JSON object; it was left out") });
            } else if (!isRunEvent(element)) {
                own.push_back({ {}, QStringLiteral("unknown-record"),
                    Tr::tr("This element of the array is not an OpenLineage run event; it was left out") });
            } else {
                readRunEvent(element, file, out.lineage, own);
            }
            for (EventProblem &p : own) {
                p.pointer = at + p.pointer;
                problems.push_back(std::move(p));
            }
        }
    }
    if (!problems.empty()) {
        addProblems(problems, doc, 0, out.problems);
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
    if (value.is_array()) {
        // A JSON array of run events (as OpenLineage's batch endpoint takes them): each element on its own.
        if (std::any_of(value.begin(), value.end(), isRunEvent)) {
            out.file.kind = "lineage";
            readJsonEvents(doc, relative, out);
        } else {
            out.file.kind = "other";
        }
        return out;
    }
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
    } else if (isRunEvent(value)) {
        out.file.kind = "lineage";
        readJsonEvents(doc, relative, out);
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

std::optional<ContractRow> readContractText(
    const QByteArray &text, const std::string &filePath, const Linter &linter, Findings &problems, bool keepInvalid)
{
    const SourceDocument doc = SourceDocument::fromText(text, QString::fromStdString(filePath));
    if (!doc.isValid()) {
        problems.push_back(problem(QStringLiteral("parse"), doc.error().message, doc.error().location));
        return std::nullopt;
    }
    if (!doc.value().is_object() || str(doc.value(), "kind") != "DataContract") {
        problems.push_back(problem(QStringLiteral("contract-kind"), Tr::tr("This is not an ODCS data contract")));
        return std::nullopt;
    }
    LintResult lint = linter.lintDocument(doc);
    if (str(doc.value(), "id").empty() || str(doc.value(), "version").empty()) {
        problems.push_back(problem(QStringLiteral("contract-identity"), Tr::tr("The contract has no id or version")));
        return std::nullopt;
    }
    if (!lint.isValid()) {
        problems = lint.findings;
        if (!keepInvalid) {
            return std::nullopt;
        }
    }
    return contractRow(doc.value(), doc, filePath, lint);
}

QStringList readOpenLineageEvent(const nlohmann::json &event, const std::string &filePath, std::vector<LineageRow> &out)
{
    if (!isRunEvent(event)) {
        return { Tr::tr("Not an OpenLineage run event") };
    }
    std::vector<EventProblem> problems;
    readRunEvent(event, filePath, out, problems);
    QStringList messages;
    for (const EventProblem &p : problems) {
        messages << (p.pointer.empty() ? p.message
                                       : QString::fromStdString(p.pointer) + QStringLiteral(": ") + p.message);
    }
    return messages;
}

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
            // A contract or product file with errors is left out (it gave no rows), and what it held before
            // stays out too. An event or measurement file keeps what its good elements gave.
            batch.files.push_back(std::move(file));
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
