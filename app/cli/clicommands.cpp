// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "clicommands.h"

#include "catalog/catalogreader.h"
#include "catalog/local/localfoldersource.h"
#include "contract/breakingrules.h"
#include "contract/canonicalorder.h"
#include "contract/contractdiff.h"
#include "contract/dcsimport.h"
#include "contract/linter.h"
#include "contract/sourcedocument.h"
#include "governance/policies.h"
#include "governance/policyreport.h"
#include "report/reportwriter.h"
#include "store/store.h"
#include "sync/credentials.h"
#include "sync/syncengine.h"
#include "yaml/yamlreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>
#include <QtConcurrent>

#include <functional>
#include <map>

namespace tessera::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::cli)
};

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &, QTextStream &, QTextStream &)> run;
};

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("format") },
        Tr::tr("Output format: text (default), json or junit."), QStringLiteral("format"), QStringLiteral("text"));
}

/** Parses the arguments of one command; handles --help. Returns -1 to go on, else the exit code. */
int parseArguments(QCommandLineParser &parser, const QString &command, const QString &description,
    const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        QStringList { QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList { QStringLiteral("tessera-cli ") + command } + arguments)) {
        err << Tr::tr("tessera-cli %1: %2").arg(command, parser.errorText()) << '\n'
            << Tr::tr("Run \"tessera-cli %1 --help\" for usage.").arg(command) << '\n';
        return BadInput;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Ok;
    }
    return -1;
}

bool readFormat(const QCommandLineParser &parser, const QCommandLineOption &option, ReportWriter::Format &format,
    const QString &command, QTextStream &err)
{
    if (!ReportWriter::parseFormat(parser.value(option), format)) {
        err << Tr::tr("tessera-cli %1: unknown format \"%2\" (use text, json or junit)")
                   .arg(command, parser.value(option))
            << '\n';
        return false;
    }
    return true;
}

void printReadError(const SourceDocument &doc, QTextStream &err)
{
    const auto &e = doc.error();
    if (e.location.isValid()) {
        err << QStringLiteral("%1:%2:%3: ").arg(doc.fileName()).arg(e.location.line).arg(e.location.column);
    } else {
        err << doc.fileName() << QStringLiteral(": ");
    }
    err << Tr::tr("error") << QStringLiteral(": ") << e.message << '\n';
}

int lint(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto format = formatOption();
    parser.addOption(format);
    parser.addPositionalArgument(
        QStringLiteral("files"), Tr::tr("ODCS contracts (YAML or JSON) to check."), QStringLiteral("FILE..."));
    if (const int code = parseArguments(parser, QStringLiteral("lint"),
            Tr::tr("Checks ODCS contracts against the official JSON Schema (chosen by apiVersion) and Tessera's "
                   "semantic rules.\nExit code: 0 valid (warnings allowed), 1 errors found, 2 unreadable input or "
                   "wrong usage."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    ReportWriter::Format fmt;
    if (!readFormat(parser, format, fmt, QStringLiteral("lint"), err)) {
        return BadInput;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << Tr::tr("tessera-cli lint: no files given") << '\n';
        return BadInput;
    }
    const Linter linter;
    // Files are independent: lint them on every core, keep the order of the command line.
    const std::function<LintResult(const QString &)> lintOne
        = [&linter](const QString &file) { return linter.lintFile(file); };
    const QList<LintResult> results = QtConcurrent::blockingMapped(files, lintOne);
    const std::vector<LintResult> all(results.begin(), results.end());
    out << QString::fromUtf8(ReportWriter::lint(all, fmt));
    bool unreadable = false;
    bool invalid = false;
    for (const auto &r : all) {
        unreadable |= !r.readable;
        invalid |= !r.isValid();
    }
    return unreadable ? BadInput : invalid ? Failed : Ok;
}

/** The document as ODCS: Data Contract Specification (DCS) files are imported first. */
nlohmann::json odcsValue(const SourceDocument &doc)
{
    return DcsImport::toOdcs(doc.value());
}

/** Reads OLD and NEW for changelog and breaking; false (after a message) when either is unreadable. */
bool readPair(
    const QStringList &files, SourceDocument &before, SourceDocument &after, const QString &command, QTextStream &err)
{
    if (files.size() != 2) {
        err << Tr::tr("tessera-cli %1: expected two files, OLD and NEW").arg(command) << '\n';
        return false;
    }
    before = SourceDocument::fromFile(files.at(0));
    after = SourceDocument::fromFile(files.at(1));
    bool ok = true;
    for (const SourceDocument *doc : { &before, &after }) {
        if (!doc->isValid()) {
            printReadError(*doc, err);
            ok = false;
        } else if (!doc->value().is_object()) {
            err << doc->fileName() << QStringLiteral(": ") << Tr::tr("error") << QStringLiteral(": ")
                << Tr::tr("not a data contract (expected a mapping at the top)") << '\n';
            ok = false;
        }
    }
    return ok;
}

/** changelog and breaking: the same arguments (OLD NEW, --format), the same reading; `body` does the rest. */
int comparePair(const QStringList &arguments, const QString &command, const QString &description, QTextStream &out,
    QTextStream &err,
    const std::function<int(
        const nlohmann::json &, const nlohmann::json &, const QString &, const QString &, ReportWriter::Format)> &body)
{
    QCommandLineParser parser;
    const auto format = formatOption();
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("old"), Tr::tr("The earlier contract."), QStringLiteral("OLD"));
    parser.addPositionalArgument(QStringLiteral("new"), Tr::tr("The later contract."), QStringLiteral("NEW"));
    if (const int code = parseArguments(parser, command, description, arguments, out, err); code >= 0) {
        return code;
    }
    ReportWriter::Format fmt;
    SourceDocument before;
    SourceDocument after;
    if (!readFormat(parser, format, fmt, command, err)
        || !readPair(parser.positionalArguments(), before, after, command, err)) {
        return BadInput;
    }
    return body(odcsValue(before), odcsValue(after), before.fileName(), after.fileName(), fmt);
}

int changelog(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return comparePair(arguments, QStringLiteral("changelog"),
        Tr::tr("Lists what changed between two versions of a contract: added, removed and updated fields with "
               "old and new values. List items are matched by name, not by position. DCS files are imported into "
               "ODCS first.\nExit code: 0, or 2 when "
               "a file is unreadable."),
        out, err,
        [&out](const nlohmann::json &oldContract, const nlohmann::json &newContract, const QString &oldFile,
            const QString &newFile, ReportWriter::Format fmt) {
            const auto changes = ContractDiff::compare(oldContract, newContract);
            out << QString::fromUtf8(ReportWriter::changelog(changes, oldFile, newFile, fmt));
            return int(Ok);
        });
}

int breaking(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return comparePair(arguments, QStringLiteral("breaking"),
        Tr::tr("Classifies the changes between two versions of a contract (error = breaking, warning, info) "
               "and suggests the next version.\nExit code: 1 when the change is breaking, else 0; 2 when a "
               "file is unreadable."),
        out, err,
        [&out](const nlohmann::json &oldContract, const nlohmann::json &newContract, const QString &oldFile,
            const QString &newFile, ReportWriter::Format fmt) {
            const auto changes = ContractDiff::compare(oldContract, newContract);
            const auto report = BreakingRules::classify(changes, oldContract, newContract);
            out << QString::fromUtf8(ReportWriter::breaking(report, oldFile, newFile, fmt));
            return int(report.isBreaking() ? Failed : Ok);
        });
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << path << QStringLiteral(": ") << Tr::tr("error") << QStringLiteral(": ")
            << Tr::tr("cannot write: %1").arg(file.errorString()) << '\n';
        return false;
    }
    return true;
}

QByteArray render(const nlohmann::json &value, TextFormat format)
{
    const std::string text = format == TextFormat::Json ? toCanonicalJson(value) : toCanonicalYaml(value);
    return QByteArray::fromStdString(text);
}

int convert(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption to(
        QStringList { QStringLiteral("to") }, Tr::tr("Target format: yaml or json."), QStringLiteral("format"));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        Tr::tr("Write to this file (replaced atomically) instead of standard output."), QStringLiteral("file"));
    parser.addOption(to);
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The contract to convert."), QStringLiteral("FILE"));
    if (const int code = parseArguments(parser, QStringLiteral("convert"),
            Tr::tr("Converts a contract between YAML and JSON, in the standard's section order. A Data Contract "
                   "Specification (DCS) file is imported into ODCS v3.1.0 on the way. YAML comments are not carried "
                   "over.\nExit code: 0, or 2 when the input is unreadable or the usage is wrong."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    const QString target = parser.value(to);
    if (target != QLatin1String("yaml") && target != QLatin1String("json")) {
        err << Tr::tr("tessera-cli convert: --to must be yaml or json") << '\n';
        return BadInput;
    }
    if (parser.positionalArguments().size() != 1) {
        err << Tr::tr("tessera-cli convert: expected one file") << '\n';
        return BadInput;
    }
    const SourceDocument doc = SourceDocument::fromFile(parser.positionalArguments().constFirst());
    if (!doc.isValid()) {
        printReadError(doc, err);
        return BadInput;
    }
    QStringList notes;
    const nlohmann::json contract = DcsImport::toOdcs(doc.value(), &notes);
    for (const QString &note : notes) {
        err << doc.fileName() << QStringLiteral(": ") << Tr::tr("note") << QStringLiteral(": ") << note << '\n';
    }
    const QByteArray bytes = render(contract, target == QLatin1String("json") ? TextFormat::Json : TextFormat::Yaml);
    if (bytes.isEmpty()) {
        err << Tr::tr("tessera-cli convert: the document could not be written") << '\n';
        return BadInput;
    }
    if (parser.isSet(output)) {
        return writeAtomically(parser.value(output), bytes, err) ? Ok : BadInput;
    }
    out << QString::fromUtf8(bytes);
    return Ok;
}

int fmt(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption check(QStringList { QStringLiteral("check") },
        Tr::tr("Change nothing; exit 1 when a file is not in canonical form."));
    const QCommandLineOption dropComments(QStringList { QStringLiteral("drop-comments") },
        Tr::tr("Rewrite YAML files even though their comments will be lost."));
    parser.addOption(check);
    parser.addOption(dropComments);
    parser.addPositionalArgument(
        QStringLiteral("files"), Tr::tr("Contracts to rewrite in place."), QStringLiteral("FILE..."));
    if (const int code = parseArguments(parser, QStringLiteral("fmt"),
            Tr::tr("Rewrites contracts in canonical form: the standard's section order, two-space indentation, "
                   "quoting only where needed. YAML stays YAML, JSON stays JSON. Files are replaced atomically.\n"
                   "A YAML file with comments is left alone unless --drop-comments is given (libyaml does not "
                   "keep comments).\nExit code: 0; 1 with --check when a file would change; 2 when a file is "
                   "unreadable or cannot be written."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << Tr::tr("tessera-cli fmt: no files given") << '\n';
        return BadInput;
    }
    int result = Ok;
    const YamlReader reader;
    for (const QString &path : files) {
        const SourceDocument doc = SourceDocument::fromFile(path);
        if (!doc.isValid()) {
            printReadError(doc, err);
            result = BadInput;
            continue;
        }
        const QByteArray formatted = render(doc.value(), doc.format());
        if (formatted.isEmpty()) {
            err << path << QStringLiteral(": ") << Tr::tr("error") << QStringLiteral(": ")
                << Tr::tr("the document could not be written") << '\n';
            result = BadInput;
            continue;
        }
        if (formatted == doc.text()) {
            continue;
        }
        if (parser.isSet(check)) {
            out << Tr::tr("%1: not in canonical form").arg(path) << '\n';
            result = std::max<int>(result, Failed);
            continue;
        }
        if (doc.format() == TextFormat::Yaml && !parser.isSet(dropComments)
            && reader.hasComments(
                std::string_view(doc.text().constData(), static_cast<std::size_t>(doc.text().size())))) {
            err << path << QStringLiteral(": ") << Tr::tr("error") << QStringLiteral(": ")
                << Tr::tr("has comments that formatting would drop; left unchanged (use --drop-comments to format "
                          "anyway)")
                << '\n';
            result = BadInput;
            continue;
        }
        if (!writeAtomically(path, formatted, err)) {
            result = BadInput;
            continue;
        }
        out << Tr::tr("%1: formatted").arg(path) << '\n';
    }
    return result;
}

// ---- the catalog: import, search, show, lineage ---------------------------------------------------

QCommandLineOption storeOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("store") },
        Tr::tr("The store file (default: the app's store, %1).").arg(Store::defaultPath()), QStringLiteral("file"),
        Store::defaultPath());
}

/** Opens the store for the catalog commands, printing what went wrong; null when it cannot be used. */
std::unique_ptr<Store> openStore(const QString &path, Store::Mode mode, QTextStream &err)
{
    StoreStatus status;
    auto store = Store::open(path, status, mode);
    if (!status.ok()) {
        err << (store ? Tr::tr("warning") : Tr::tr("error")) << QStringLiteral(": ") << status.message << '\n';
    }
    return store;
}

int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto store = storeOption();
    const auto format = formatOption();
    parser.addOption(store);
    parser.addOption(format);
    parser.addPositionalArgument(
        QStringLiteral("dir"), Tr::tr("A folder of ODCS, ODPS, DCS and OpenLineage files."), QStringLiteral("DIR"));
    if (const int code = parseArguments(parser, QStringLiteral("import"),
            Tr::tr("Imports a folder of contract files into the store: ODCS contracts, ODPS products, DCS contracts "
                   "(converted to ODCS), OpenLineage run events and SLA/quality measurements (.ndjson). Only files "
                   "changed since the last import are read again. A file with errors is listed and left out.\n"
                   "Exit code: 0 everything imported; 1 some files were left out; 2 the folder or the store cannot "
                   "be used."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    ReportWriter::Format fmt;
    if (!readFormat(parser, format, fmt, QStringLiteral("import"), err)) {
        return BadInput;
    }
    if (parser.positionalArguments().size() != 1) {
        err << Tr::tr("tessera-cli import: expected one folder") << '\n';
        return BadInput;
    }
    const QFileInfo dir(parser.positionalArguments().constFirst());
    if (!dir.isDir()) {
        err << Tr::tr("tessera-cli import: %1 is not a folder").arg(dir.filePath()) << '\n';
        return BadInput;
    }
    auto db = openStore(parser.value(store), Store::Mode::ReadWrite, err);
    if (!db) {
        return BadInput;
    }
    StoreStatus status;
    const QString root = dir.canonicalFilePath();
    const auto sourceId = db->ensureSource(QStringLiteral("local"), dir.fileName(), root, status);
    if (!sourceId) {
        err << Tr::tr("error") << QStringLiteral(": ") << status.message << '\n';
        return BadInput;
    }
    QElapsedTimer timer;
    timer.start();
    LocalScanReport report;
    const ImportBatch batch = LocalFolderSource(root).scan(db->files(*sourceId), report);
    if (!db->apply(*sourceId, batch, status)) {
        err << Tr::tr("error") << QStringLiteral(": ") << status.message << '\n';
        return BadInput;
    }
    const qint64 ms = timer.elapsed();
    if (fmt == ReportWriter::Format::Json) {
        nlohmann::ordered_json doc = { { "store", db->path().toStdString() }, { "source", root.toStdString() },
            { "files", report.files }, { "changed", report.changed }, { "unchanged", report.unchanged },
            { "removed", report.removed }, { "entities", batch.entityCount() }, { "milliseconds", ms } };
        nlohmann::ordered_json invalid = nlohmann::ordered_json::array();
        for (const auto &[file, findings] : report.invalid) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto &f : findings) {
                list.push_back({ { "rule", f.ruleId.toStdString() }, { "line", f.location.line },
                    { "message", f.message.toStdString() } });
            }
            invalid.push_back({ { "file", file.toStdString() }, { "findings", std::move(list) } });
        }
        doc["invalid"] = std::move(invalid);
        out << QString::fromStdString(doc.dump(2)) << '\n';
    } else {
        for (const auto &[file, findings] : report.invalid) {
            for (const auto &f : findings) {
                out << QStringLiteral("%1: %2: %3 [%4]\n")
                           .arg(f.location.isValid()
                                   ? QStringLiteral("%1:%2:%3").arg(file).arg(f.location.line).arg(f.location.column)
                                   : file,
                               Tr::tr("left out"), f.message, f.ruleId);
            }
        }
        const auto counts = db->counts();
        out << Tr::tr("Imported %1 into %2 in %3 ms").arg(root, db->path()).arg(ms) << '\n'
            << Tr::tr("Files: %1 read, %2 unchanged, %3 removed, %4 left out")
                   .arg(report.changed)
                   .arg(report.unchanged)
                   .arg(report.removed)
                   .arg(report.invalid.size())
            << '\n'
            << Tr::tr("Store: %1")
                   .arg(QStringList { Tr::tr("%n product(s)", nullptr, int(counts.at(QStringLiteral("products")))),
                       Tr::tr("%n contract(s)", nullptr, int(counts.at(QStringLiteral("contracts")))),
                       Tr::tr("%n dataset(s)", nullptr, int(counts.at(QStringLiteral("datasets")))),
                       Tr::tr("%n column(s)", nullptr, int(counts.at(QStringLiteral("columns")))),
                       Tr::tr("%n lineage edge(s)", nullptr, int(counts.at(QStringLiteral("lineageEdges")))) }
                            .join(QStringLiteral(", ")))
            << '\n';
    }
    return report.invalid.empty() ? Ok : Failed;
}

int searchCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto store = storeOption();
    const auto format = formatOption();
    const QCommandLineOption facet(QStringList { QStringLiteral("facet") },
        Tr::tr("Narrow by a facet: domain, owner, status, tag, classification, source or kind (repeatable)."),
        QStringLiteral("key=value"));
    const QCommandLineOption limit(QStringList { QStringLiteral("limit") },
        Tr::tr("At most this many results (default 20)."), QStringLiteral("n"), QStringLiteral("20"));
    parser.addOption(store);
    parser.addOption(format);
    parser.addOption(facet);
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("query"),
        Tr::tr("Words to look for; the last one matches as a prefix."), QStringLiteral("QUERY"));
    if (const int code = parseArguments(parser, QStringLiteral("search"),
            Tr::tr("Searches the catalog: names, descriptions, tags, column names, owners and domains, ranked, with "
                   "facet counts.\nExit code: 0 with results, 1 with none, 2 when the store cannot be used."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    ReportWriter::Format fmt;
    if (!readFormat(parser, format, fmt, QStringLiteral("search"), err)) {
        return BadInput;
    }
    SearchQuery query;
    query.text = parser.positionalArguments().join(QLatin1Char(' '));
    bool ok = false;
    query.limit = parser.value(limit).toInt(&ok);
    if (!ok || query.limit < 1) {
        err << Tr::tr("tessera-cli search: --limit takes a positive number") << '\n';
        return BadInput;
    }
    for (const QString &f : parser.values(facet)) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err << Tr::tr("tessera-cli search: --facet takes key=value, not \"%1\"").arg(f) << '\n';
            return BadInput;
        }
        query.facets.emplace(f.left(eq), f.mid(eq + 1));
    }
    auto db = openStore(parser.value(store), Store::Mode::ReadOnly, err);
    if (!db) {
        return BadInput;
    }
    const SearchResults results = db->search(query);
    if (fmt == ReportWriter::Format::Json) {
        nlohmann::ordered_json hits = nlohmann::ordered_json::array();
        for (const auto &h : results.hits) {
            hits.push_back(
                { { "kind", h.kind.toStdString() }, { "id", h.ref.toStdString() }, { "title", h.title.toStdString() },
                    { "domain", h.domain.toStdString() }, { "owner", h.owner.toStdString() },
                    { "status", h.status.toStdString() }, { "snippet", h.snippet.toStdString() }, { "rank", h.rank } });
        }
        nlohmann::ordered_json facets = nlohmann::ordered_json::object();
        for (const auto &[key, values] : results.facets) {
            nlohmann::ordered_json counts = nlohmann::ordered_json::object();
            for (const auto &[value, count] : values) {
                counts[value.toStdString()] = count;
            }
            facets[key.toStdString()] = std::move(counts);
        }
        out << QString::fromStdString(nlohmann::ordered_json { { "query", query.text.toStdString() },
            { "total", results.total }, { "hits", std::move(hits) },
            { "facets",
                std::move(facets) } }.dump(2))
            << '\n';
    } else {
        for (const auto &h : results.hits) {
            out << QStringLiteral("%1  %2  %3").arg(h.kind, -8).arg(h.ref, -40).arg(h.title);
            if (!h.domain.isEmpty()) {
                out << QStringLiteral("  [%1]").arg(h.domain);
            }
            out << '\n';
        }
        out << Tr::tr("%n result(s)", nullptr, static_cast<int>(results.total)) << '\n';
        for (const char *key : { "domain", "kind", "status" }) {
            const auto it = results.facets.find(QLatin1String(key));
            if (it == results.facets.end() || it->second.empty()) {
                continue;
            }
            QStringList parts;
            for (const auto &[value, count] : it->second) {
                parts << QStringLiteral("%1 %2").arg(value).arg(count);
            }
            out << QStringLiteral("  %1: %2\n").arg(QLatin1String(key), parts.join(QStringLiteral(", ")));
        }
    }
    return results.hits.empty() ? Failed : Ok;
}

int showCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto store = storeOption();
    const QCommandLineOption format(QStringList { QStringLiteral("format") },
        Tr::tr("Output format: text (default), json or yaml."), QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(store);
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("A product or contract id."), QStringLiteral("ID"));
    if (const int code = parseArguments(parser, QStringLiteral("show"),
            Tr::tr("Shows a data product or a contract with its details.\nExit code: 0, 1 when the id is unknown, 2 "
                   "when the store cannot be used."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json") && fmt != QLatin1String("yaml")) {
        err << Tr::tr("tessera-cli show: unknown format \"%1\" (use text, json or yaml)").arg(fmt) << '\n';
        return BadInput;
    }
    if (parser.positionalArguments().size() != 1) {
        err << Tr::tr("tessera-cli show: expected one id") << '\n';
        return BadInput;
    }
    auto db = openStore(parser.value(store), Store::Mode::ReadOnly, err);
    if (!db) {
        return BadInput;
    }
    const auto entity = db->show(parser.positionalArguments().constFirst());
    if (!entity) {
        err << Tr::tr("tessera-cli show: no product or contract \"%1\" in the store")
                   .arg(parser.positionalArguments().constFirst())
            << '\n';
        return Failed;
    }
    const auto &e = *entity;
    const auto text = [&](const char *key) { return QString::fromStdString(e.value(key, std::string())); };
    if (fmt == QLatin1String("json")) {
        out << QString::fromStdString(e.dump(2)) << '\n';
    } else if (fmt == QLatin1String("yaml")) {
        if (e.value("kind", std::string()) == "contract") {
            out << text("text");
        } else {
            out << QString::fromStdString(toCanonicalYaml(e.value("document", nlohmann::json::object())));
        }
    } else if (e.value("kind", std::string()) == "product") {
        out << text("name") << QStringLiteral("  (") << text("id") << QStringLiteral(")\n");
        out << Tr::tr("Domain: %1 · Status: %2 · Owner: %3").arg(text("domain"), text("status"), text("owner")) << '\n';
        if (!text("description").isEmpty()) {
            out << '\n' << text("description") << '\n';
        }
        for (const auto &port : e.value("ports", nlohmann::json::array())) {
            out << QStringLiteral("  %1 %2 %3 → %4\n")
                       .arg(QString::fromStdString(port.value("direction", std::string())), -6)
                       .arg(QString::fromStdString(port.value("name", std::string())),
                           QString::fromStdString(port.value("version", std::string())),
                           QString::fromStdString(port.value("contractId", std::string())));
        }
    } else {
        out << text("name") << QStringLiteral("  (") << text("id") << QStringLiteral(" ") << text("version")
            << QStringLiteral(")\n");
        out << Tr::tr("Domain: %1 · Status: %2 · Owner: %3 · Data product: %4")
                   .arg(text("domain"), text("status"), text("owner"), text("dataProduct"))
            << '\n';
        QStringList versions;
        for (const auto &v : e.value("versions", nlohmann::json::array())) {
            versions << QString::fromStdString(v.value("version", std::string()));
        }
        out << Tr::tr("Versions: %1").arg(versions.join(QStringLiteral(", "))) << '\n';
        for (const auto &d : e.value("datasets", nlohmann::json::array())) {
            out << '\n' << QString::fromStdString(d.value("schemaObject", std::string())) << '\n';
            for (const auto &c : d.value("columns", nlohmann::json::array())) {
                out << QStringLiteral("  %1 %2 %3\n")
                           .arg(QString::fromStdString(c.value("name", std::string())), -32)
                           .arg(QString::fromStdString(c.value("logicalType", std::string())), -10)
                           .arg(QString::fromStdString(c.value("classification", std::string())));
            }
        }
        const auto sla = e.value("sla", nlohmann::json::array());
        if (!sla.empty()) {
            out << '\n' << Tr::tr("SLA history") << '\n';
            for (const auto &s : sla) {
                out << QStringLiteral("  %1 %2\n")
                           .arg(QString::fromStdString(s.value("property", std::string())), -20)
                           .arg(Tr::tr("%1 measurements, %2 breaches")
                                    .arg(s.value("measurements", 0))
                                    .arg(s.value("breaches", 0)));
            }
        }
    }
    return Ok;
}

int lineageCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto store = storeOption();
    const QCommandLineOption format(QStringList { QStringLiteral("format") },
        Tr::tr("Output format: text (default), json or dot."), QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption up(QStringList { QStringLiteral("upstream") }, Tr::tr("Levels upstream (default 3)."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption down(QStringList { QStringLiteral("downstream") },
        Tr::tr("Levels downstream (default 3)."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption columns(
        QStringList { QStringLiteral("columns") }, Tr::tr("Include column-level lineage."));
    for (const auto &o : { store, format, up, down, columns }) {
        parser.addOption(o);
    }
    parser.addPositionalArgument(QStringLiteral("id"),
        Tr::tr("A dataset (namespace/name or contract/schemaObject), a contract or a product id."),
        QStringLiteral("ID"));
    if (const int code = parseArguments(parser, QStringLiteral("lineage"),
            Tr::tr("Shows the lineage around a dataset, contract or product: what feeds it and what it feeds.\nExit "
                   "code: 0, 1 when the id is unknown, 2 when the store cannot be used."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json") && fmt != QLatin1String("dot")) {
        err << Tr::tr("tessera-cli lineage: unknown format \"%1\" (use text, json or dot)").arg(fmt) << '\n';
        return BadInput;
    }
    bool okUp = false;
    bool okDown = false;
    const int upstream = parser.value(up).toInt(&okUp);
    const int downstream = parser.value(down).toInt(&okDown);
    if (!okUp || !okDown || upstream < 0 || downstream < 0 || parser.positionalArguments().size() != 1) {
        err << Tr::tr("tessera-cli lineage: expected one id and non-negative --upstream/--downstream") << '\n';
        return BadInput;
    }
    auto db = openStore(parser.value(store), Store::Mode::ReadOnly, err);
    if (!db) {
        return BadInput;
    }
    const auto graph
        = db->lineage(parser.positionalArguments().constFirst(), upstream, downstream, parser.isSet(columns));
    if (!graph) {
        err << Tr::tr("tessera-cli lineage: no dataset, contract or product \"%1\" in the store")
                   .arg(parser.positionalArguments().constFirst())
            << '\n';
        return Failed;
    }
    std::map<std::int64_t, const LineageGraphData::Node *> byId;
    for (const auto &n : graph->nodes) {
        byId[n.id] = &n;
    }
    const auto label = [&](std::int64_t id) -> QString {
        const auto *n = byId.count(id) ? byId.at(id) : nullptr;
        if (!n) {
            return QString::number(id);
        }
        if (n->kind == QLatin1String("column")) {
            const auto *d
                = byId.count(n->namespaceName.toLongLong()) ? byId.at(n->namespaceName.toLongLong()) : nullptr;
            return (d ? d->name : QString()) + QLatin1Char('.') + n->name;
        }
        return n->namespaceName + QLatin1Char('/') + n->name;
    };
    if (fmt == QLatin1String("json")) {
        nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
        for (const auto &n : graph->nodes) {
            nlohmann::ordered_json node = { { "id", n.id }, { "kind", n.kind.toStdString() },
                { "name", n.name.toStdString() }, { "namespace", n.namespaceName.toStdString() },
                { "domain", n.domain.toStdString() }, { "distance", n.distance } };
            if (n.kind == QLatin1String("dataset")) {
                // The link that opens this dataset's lineage in the app.
                node["url"] = QString(QStringLiteral("tessera://lineage/") + urlSegment(label(n.id))).toStdString();
            }
            nodes.push_back(std::move(node));
        }
        nlohmann::ordered_json edges = nlohmann::ordered_json::array();
        for (const auto &e : graph->edges) {
            edges.push_back({ { "from", e.from }, { "to", e.to }, { "label", e.label.toStdString() } });
        }
        out << QString::fromStdString(
            nlohmann::ordered_json { { "nodes", std::move(nodes) }, { "edges", std::move(edges) } }.dump(2))
            << '\n';
    } else if (fmt == QLatin1String("dot")) {
        out << "digraph lineage {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n";
        const auto quote = [](QString s) -> QString {
            return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"');
        };
        for (const auto &n : graph->nodes) {
            if (n.kind == QLatin1String("dataset")) {
                out << QStringLiteral("  d%1 [label=%2%3];\n")
                           .arg(n.id)
                           .arg(quote(n.name), n.distance == 0 ? QStringLiteral(", penwidth=2") : QString());
            } else {
                out << QStringLiteral("  c%1 [label=%2, shape=plaintext];\n").arg(-n.id).arg(quote(label(n.id)));
            }
        }
        for (const auto &e : graph->edges) {
            const auto name = [](std::int64_t id) -> QString {
                return id < 0 ? QStringLiteral("c%1").arg(-id) : QStringLiteral("d%1").arg(id);
            };
            out << QStringLiteral("  %1 -> %2 [label=%3];\n").arg(name(e.from), name(e.to), quote(e.label));
        }
        out << "}\n";
    } else {
        std::vector<const LineageGraphData::Node *> datasets;
        for (const auto &n : graph->nodes) {
            if (n.kind == QLatin1String("dataset")) {
                datasets.push_back(&n);
            }
        }
        std::sort(datasets.begin(), datasets.end(),
            [](auto *a, auto *b) { return std::tie(a->distance, a->name) < std::tie(b->distance, b->name); });
        for (const auto *n : datasets) {
            out << QStringLiteral("%1  %2  [%3]\n").arg(n->distance, 3).arg(label(n->id), n->domain);
        }
        out << '\n';
        for (const auto &e : graph->edges) {
            out << QStringLiteral("%1 → %2  (%3)\n").arg(label(e.from), label(e.to), e.label);
        }
        // Every dataset name printed above is an id too: tessera://lineage/<namespace/name> opens it.
        out << '\n'
            << Tr::tr("Open in Tessera: %1")
                   .arg(QStringLiteral("tessera://lineage/") + urlSegment(parser.positionalArguments().constFirst()))
            << '\n';
    }
    return Ok;
}

// ---- catalog endpoints: sources, sync ---------------------------------------------------------------

QString formatSeconds(qint64 ms)
{
    return Tr::tr("%1 s").arg(QLocale::c().toString(double(ms) / 1000.0, 'f', 1));
}

QCommandLineOption tokenEnvOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("token-env") },
        Tr::tr("Read the token from this environment variable (never from the command line)."), QStringLiteral("VAR"));
}

int sourcesCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto store = storeOption();
    const QCommandLineOption type(QStringList { QStringLiteral("type") },
        Tr::tr("add: the kind of source: local, backstage, openmetadata or marquez."), QStringLiteral("kind"));
    const QCommandLineOption url(
        QStringList { QStringLiteral("url") }, Tr::tr("add: the endpoint's base URL."), QStringLiteral("URL"));
    const QCommandLineOption path(
        QStringList { QStringLiteral("path") }, Tr::tr("add: the folder of a local source."), QStringLiteral("DIR"));
    const QCommandLineOption tokenEnv = tokenEnvOption();
    const QCommandLineOption trust(QStringList { QStringLiteral("trust-certificate") },
        Tr::tr("add: trust this one certificate (its SHA-256 fingerprint, as a failed sync shows it) for this "
               "source only."),
        QStringLiteral("SHA256"));
    for (const auto &o : { store, type, url, path, tokenEnv, trust }) {
        parser.addOption(o);
    }
    parser.addPositionalArgument(
        QStringLiteral("action"), Tr::tr("list, add, remove or test"), QStringLiteral("ACTION"));
    parser.addPositionalArgument(
        QStringLiteral("name"), Tr::tr("The source's name (add, remove, test)."), QStringLiteral("[NAME]"));
    if (const int code = parseArguments(parser, QStringLiteral("sources"),
            Tr::tr("Lists, adds, removes and tests the catalog sources the store syncs from. A token is read from "
                   "the variable named by --token-env and kept in the OS keychain.\n"
                   "Exit code: 0 done; 1 the test failed; 2 wrong usage or the store cannot be used."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    const QString name = args.value(1);
    auto db = openStore(parser.value(store), Store::Mode::ReadWrite, err);
    if (!db) {
        return BadInput;
    }
    StoreStatus status;
    if (action == QLatin1String("list")) {
        for (const SourceRow &s : db->sources()) {
            out << s.name << '\t' << s.kind << '\t' << s.location << '\t'
                << (s.syncState.isEmpty() ? Tr::tr("never synced") : s.syncState)
                << (s.syncedAt.isEmpty() ? QString() : QStringLiteral("\t") + s.syncedAt) << '\n';
        }
        return Ok;
    }
    if (name.isEmpty()) {
        err << Tr::tr("tessera-cli sources %1: expected a source name").arg(action) << '\n';
        return BadInput;
    }
    if (action == QLatin1String("add")) {
        SourceRow row;
        row.name = name;
        row.kind = parser.value(type);
        if (row.kind == QLatin1String("local")) {
            const QFileInfo dir(parser.value(path));
            if (!parser.isSet(path) || !dir.isDir()) {
                err << Tr::tr("tessera-cli sources add: a local source needs --path with a folder") << '\n';
                return BadInput;
            }
            row.location = dir.canonicalFilePath();
        } else if (CatalogAdapter::kinds().contains(row.kind)) {
            const QUrl u(parser.value(url));
            if (!parser.isSet(url) || !u.isValid()
                || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
                || u.host().isEmpty()) {
                err << Tr::tr("tessera-cli sources add: a %1 source needs --url with an http or https address")
                           .arg(row.kind)
                    << '\n';
                return BadInput;
            }
            if (!u.userInfo().isEmpty()) {
                err << Tr::tr("tessera-cli sources add: the URL must not hold a user or password; use --token-env")
                    << '\n';
                return BadInput;
            }
            QUrl base = u;
            QString path = base.path();
            while (path.endsWith(QLatin1Char('/'))) {
                path.chop(1); // "https://host/" and "https://host" are one endpoint, as in the app
            }
            base.setPath(path);
            row.location = base.toString();
        } else {
            err << Tr::tr("tessera-cli sources add: --type must be local, backstage, openmetadata or marquez") << '\n';
            return BadInput;
        }
        if (parser.isSet(trust)) {
            row.settings["trustedCertificate"] = parser.value(trust).remove(QLatin1Char(':')).toLower().toStdString();
        }
        if (!db->addSource(row, status)) {
            err << Tr::tr("error") << QStringLiteral(": ") << status.message << '\n';
            return BadInput;
        }
        out << Tr::tr("Added %1 (%2, %3).").arg(row.name, CatalogAdapter::kindName(row.kind), row.location) << '\n';
        if (parser.isSet(tokenEnv)) {
            const QByteArray token = qgetenv(parser.value(tokenEnv).toLocal8Bit().constData());
            QString why;
            if (token.isEmpty()) {
                err << Tr::tr("warning: the environment variable %1 is not set; no token was stored.")
                           .arg(parser.value(tokenEnv))
                    << '\n';
            } else if (!Credentials::write(row, token, why)) {
                err << Tr::tr("warning") << QStringLiteral(": ") << why << '\n'
                    << Tr::tr("Pass --token-env to \"tessera-cli sync\" instead.") << '\n';
            } else {
                out << Tr::tr("The token is in the keychain.") << '\n';
            }
        }
        return Ok;
    }
    const auto row = db->source(name);
    if (!row) {
        err << Tr::tr("tessera-cli sources %1: there is no source called \"%2\"").arg(action, name) << '\n';
        return BadInput;
    }
    if (action == QLatin1String("remove")) {
        if (!db->removeSource(row->id, status)) {
            err << Tr::tr("error") << QStringLiteral(": ") << status.message << '\n';
            return BadInput;
        }
        Credentials::remove(*row);
        out << Tr::tr("Removed %1 and everything it brought.").arg(row->name) << '\n';
        return Ok;
    }
    if (action == QLatin1String("test")) {
        if (row->kind == QLatin1String("local")) {
            const bool there = QFileInfo(row->location).isDir();
            (there ? out : err) << (there ? Tr::tr("%1 is there.") : Tr::tr("%1 is not there.")).arg(row->location)
                                << '\n';
            return there ? Ok : Failed;
        }
        QString why;
        const auto token = Credentials::lookup(parser.value(tokenEnv))(*row, why);
        QString message;
        const bool ok = SyncEngine::test(*row, token, {}, message);
        (ok ? out : err) << row->name << QStringLiteral(": ") << message << '\n';
        return ok ? Ok : Failed;
    }
    err << Tr::tr("tessera-cli sources: unknown action \"%1\" (use list, add, remove or test)").arg(action) << '\n';
    return BadInput;
}

int syncCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto store = storeOption();
    const QCommandLineOption source(QStringList { QStringLiteral("source") },
        Tr::tr("Sync only this source (may be repeated); default: every source."), QStringLiteral("NAME"));
    const QCommandLineOption tokenEnv = tokenEnvOption();
    const QCommandLineOption timeout(QStringList { QStringLiteral("timeout") },
        Tr::tr("Seconds without an answer before a request fails (default 30)."), QStringLiteral("seconds"),
        QStringLiteral("30"));
    const auto format = formatOption();
    for (const auto &o : { store, source, tokenEnv, timeout, format }) {
        parser.addOption(o);
    }
    if (const int code = parseArguments(parser, QStringLiteral("sync"),
            Tr::tr("Brings the store up to date with its sources: endpoints are read incrementally (only what "
                   "changed since the last sync), local folders read again, and contracts published in the app are "
                   "sent. Tokens come from the keychain or from --token-env.\n"
                   "Exit code: 0 every source synced; 1 a source failed or is offline (each is named, with why); 2 "
                   "wrong usage or the store cannot be used."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    ReportWriter::Format fmt;
    if (!readFormat(parser, format, fmt, QStringLiteral("sync"), err)) {
        return BadInput;
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0) {
        err << Tr::tr("tessera-cli sync: --timeout takes a number of seconds") << '\n';
        return BadInput;
    }
    auto db = openStore(parser.value(store), Store::Mode::ReadWrite, err);
    if (!db) {
        return BadInput;
    }
    if (parser.isSet(tokenEnv)) {
        // A token is for one endpoint: never sent to the others a sync of everything would reach.
        int endpoints = 0;
        for (const SourceRow &s : db->sources()) {
            const bool chosen = !parser.isSet(source) || parser.values(source).contains(s.name, Qt::CaseInsensitive);
            endpoints += chosen && s.kind != QLatin1String("local") ? 1 : 0;
        }
        if (endpoints > 1) {
            err << Tr::tr("tessera-cli sync: --token-env gives the token of one endpoint; name it with --source")
                << '\n';
            return BadInput;
        }
    }
    db.reset();
    HttpOptions options;
    options.timeoutMs = seconds * 1000;
    options.totalTimeoutMs = std::max(options.totalTimeoutMs, seconds * 4000);
    SyncEngine engine(parser.value(store), Credentials::lookup(parser.value(tokenEnv)), options);
    QString storeError;
    const auto reports = engine.run(parser.values(source), &storeError);
    if (!storeError.isEmpty()) {
        err << Tr::tr("error") << QStringLiteral(": ") << storeError << '\n';
        return BadInput;
    }
    bool allOk = true;
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const SyncReport &r : reports) {
        allOk = allOk && r.ok();
        if (fmt == ReportWriter::Format::Json) {
            nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
            for (const QString &s : r.skipped) {
                skipped.push_back(s.toStdString());
            }
            json.push_back({ { "source", r.source.toStdString() }, { "kind", r.kind.toStdString() },
                { "state", r.state.toStdString() }, { "message", r.message.toStdString() }, { "entities", r.entities },
                { "pushed", r.pushed }, { "conflicts", r.conflicts.size() }, { "skipped", std::move(skipped) },
                { "milliseconds", r.milliseconds } });
            continue;
        }
        QTextStream &stream = r.ok() ? out : err;
        const QString state = r.ok() ? QString() : QStringLiteral(" [%1]").arg(r.state);
        stream << QStringLiteral("%1%2: %3 (%4)").arg(r.source, state, r.message, formatSeconds(r.milliseconds))
               << '\n';
        for (const QString &s : r.skipped) {
            stream << QStringLiteral("  ") << s << '\n';
        }
    }
    if (fmt == ReportWriter::Format::Json) {
        out << QString::fromStdString(json.dump(2)) << '\n';
    }
    if (reports.empty()) {
        out << Tr::tr("There are no sources; add one with \"tessera-cli sources add\".") << '\n';
    }
    return allOk ? Ok : Failed;
}

// ---- governance: policy check --------------------------------------------------------------------

int policyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto store = storeOption();
    const auto format = formatOption();
    const QCommandLineOption policyFile(QStringList { QStringLiteral("policy") },
        Tr::tr("The organisation's policy file (YAML): built-ins switched off or given another severity, custom "
               "rules (see docs/policies.md)."),
        QStringLiteral("file"));
    parser.addOption(store);
    parser.addOption(policyFile);
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("check"), QStringLiteral("ACTION"));
    if (const int code = parseArguments(parser, QStringLiteral("policy"),
            Tr::tr("Checks the catalog in the store against the governance policies: the built-in ones and those of "
                   "a policy file.\nExit code: 0 no error findings (warnings allowed), 1 error findings, 2 a bad "
                   "policy file, wrong usage or the store cannot be used."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.front() != QLatin1String("check")) {
        err << Tr::tr("tessera-cli policy: expected the action \"check\"") << '\n'
            << Tr::tr("Run \"tessera-cli %1 --help\" for usage.").arg(QStringLiteral("policy")) << '\n';
        return BadInput;
    }
    ReportWriter::Format fmt;
    if (!readFormat(parser, format, fmt, QStringLiteral("policy"), err)) {
        return BadInput;
    }
    PolicyConfig config;
    if (parser.isSet(policyFile)) {
        const QString path = parser.value(policyFile);
        Findings errors;
        config = PolicyConfig::fromFile(path, errors);
        if (!errors.empty()) {
            for (const auto &e : errors) {
                if (e.location.isValid()) {
                    err << QStringLiteral("%1:%2:%3: ").arg(path).arg(e.location.line).arg(e.location.column);
                } else {
                    err << path << QStringLiteral(": ");
                }
                err << Tr::tr("error") << QStringLiteral(": ") << e.message << '\n';
            }
            return BadInput;
        }
    }
    auto db = openStore(parser.value(store), Store::Mode::ReadOnly, err);
    if (!db) {
        return BadInput;
    }
    const PolicyEngine engine(std::move(config));
    const auto findings = engine.evaluate(*db);
    out << QString::fromUtf8(policyReport(engine.policies(), findings, fmt));
    return std::any_of(
               findings.begin(), findings.end(), [](const PolicyFinding &f) { return f.severity == Severity::Error; })
        ? Failed
        : Ok;
}

std::vector<Command> commands()
{
    return {
        { QStringLiteral("lint"), Tr::tr("Check contracts against the ODCS schema and semantic rules"), &lint },
        { QStringLiteral("changelog"), Tr::tr("List the changes between two versions of a contract"), &changelog },
        { QStringLiteral("breaking"), Tr::tr("Classify changes as breaking or not; suggest the next version"),
            &breaking },
        { QStringLiteral("convert"), Tr::tr("Convert a contract between YAML and JSON"), &convert },
        { QStringLiteral("fmt"), Tr::tr("Rewrite contracts in canonical order"), &fmt },
        { QStringLiteral("import"), Tr::tr("Import a folder of contracts, products and lineage into the store"),
            &importCommand },
        { QStringLiteral("search"), Tr::tr("Search the catalog in the store"), &searchCommand },
        { QStringLiteral("show"), Tr::tr("Show a product or contract from the store"), &showCommand },
        { QStringLiteral("lineage"), Tr::tr("Show the lineage around a dataset, contract or product"),
            &lineageCommand },
        { QStringLiteral("sources"), Tr::tr("List, add, remove and test catalog sources"), &sourcesCommand },
        { QStringLiteral("sync"), Tr::tr("Bring the store up to date with its sources"), &syncCommand },
        { QStringLiteral("policy"), Tr::tr("Check the catalog against governance policies (policy check)"),
            &policyCommand },
    };
}

void printUsage(QTextStream &stream)
{
    stream << Tr::tr("Usage: tessera-cli [--lang CODE] COMMAND [OPTIONS] [ARGS]") << "\n\n"
           << Tr::tr("The contract core of Tessera for scripts and CI pipelines.") << "\n\n"
           << Tr::tr("Commands:") << '\n';
    for (const auto &command : commands()) {
        stream << QStringLiteral("  %1  %2\n").arg(command.name, -10).arg(command.summary);
    }
    stream << '\n'
           << Tr::tr("Options:") << '\n'
           << QStringLiteral("  %1  %2\n").arg(QStringLiteral("--help"), -14).arg(Tr::tr("Show this help"))
           << QStringLiteral("  %1  %2\n").arg(QStringLiteral("--version"), -14).arg(Tr::tr("Show the version"))
           << QStringLiteral("  %1  %2\n")
                  .arg(QStringLiteral("--lang CODE"), -14)
                  .arg(Tr::tr("Language of messages (e.g. de, pl); default: the system's"))
           << '\n'
           << Tr::tr("Run \"tessera-cli COMMAND --help\" for a command's options.") << '\n';
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    try {
        if (arguments.isEmpty()) {
            printUsage(err);
            return BadInput;
        }
        const QString &first = arguments.constFirst();
        if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
            printUsage(out);
            return Ok;
        }
        if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
            out << QStringLiteral("tessera-cli %1\n").arg(QCoreApplication::applicationVersion());
            return Ok;
        }
        for (const auto &command : commands()) {
            if (command.name == first) {
                return command.run(arguments.mid(1), out, err);
            }
        }
        err << Tr::tr("tessera-cli: unknown command \"%1\"").arg(first) << "\n\n";
        printUsage(err);
        return BadInput;
    } catch (const std::exception &e) {
        err << Tr::tr("tessera-cli: internal error: %1").arg(QString::fromUtf8(e.what())) << '\n';
        return BadInput;
    }
}

} // namespace tessera::cli
