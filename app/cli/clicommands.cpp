// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "clicommands.h"

#include "contract/breakingrules.h"
#include "contract/canonicalorder.h"
#include "contract/contractdiff.h"
#include "contract/dcsimport.h"
#include "contract/linter.h"
#include "contract/sourcedocument.h"
#include "report/reportwriter.h"
#include "yaml/yamlreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
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

int changelog(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto format = formatOption();
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("old"), Tr::tr("The earlier contract."), QStringLiteral("OLD"));
    parser.addPositionalArgument(QStringLiteral("new"), Tr::tr("The later contract."), QStringLiteral("NEW"));
    if (const int code = parseArguments(parser, QStringLiteral("changelog"),
            Tr::tr("Lists what changed between two versions of a contract: added, removed and updated fields with "
                   "old and new values. List items are matched by name, not by position. DCS files are imported into "
                   "ODCS first.\nExit code: 0, or 2 when "
                   "a file is unreadable."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    ReportWriter::Format fmt;
    SourceDocument before;
    SourceDocument after;
    if (!readFormat(parser, format, fmt, QStringLiteral("changelog"), err)
        || !readPair(parser.positionalArguments(), before, after, QStringLiteral("changelog"), err)) {
        return BadInput;
    }
    const auto changes = ContractDiff::compare(odcsValue(before), odcsValue(after));
    out << QString::fromUtf8(ReportWriter::changelog(changes, before.fileName(), after.fileName(), fmt));
    return Ok;
}

int breaking(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto format = formatOption();
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("old"), Tr::tr("The earlier contract."), QStringLiteral("OLD"));
    parser.addPositionalArgument(QStringLiteral("new"), Tr::tr("The later contract."), QStringLiteral("NEW"));
    if (const int code = parseArguments(parser, QStringLiteral("breaking"),
            Tr::tr("Classifies the changes between two versions of a contract (error = breaking, warning, info) "
                   "and suggests the next version.\nExit code: 1 when the change is breaking, else 0; 2 when a "
                   "file is unreadable."),
            arguments, out, err);
        code >= 0) {
        return code;
    }
    ReportWriter::Format fmt;
    SourceDocument before;
    SourceDocument after;
    if (!readFormat(parser, format, fmt, QStringLiteral("breaking"), err)
        || !readPair(parser.positionalArguments(), before, after, QStringLiteral("breaking"), err)) {
        return BadInput;
    }
    const nlohmann::json oldContract = odcsValue(before);
    const nlohmann::json newContract = odcsValue(after);
    const auto changes = ContractDiff::compare(oldContract, newContract);
    const auto report = BreakingRules::classify(changes, oldContract, newContract);
    out << QString::fromUtf8(ReportWriter::breaking(report, before.fileName(), after.fileName(), fmt));
    return report.isBreaking() ? Failed : Ok;
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

std::vector<Command> commands()
{
    return {
        { QStringLiteral("lint"), Tr::tr("Check contracts against the ODCS schema and semantic rules"), &lint },
        { QStringLiteral("changelog"), Tr::tr("List the changes between two versions of a contract"), &changelog },
        { QStringLiteral("breaking"), Tr::tr("Classify changes as breaking or not; suggest the next version"),
            &breaking },
        { QStringLiteral("convert"), Tr::tr("Convert a contract between YAML and JSON"), &convert },
        { QStringLiteral("fmt"), Tr::tr("Rewrite contracts in canonical order"), &fmt },
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
