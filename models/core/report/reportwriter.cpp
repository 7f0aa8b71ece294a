// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "report/reportwriter.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <nlohmann/json.hpp>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ReportWriter)
};

using Json = nlohmann::ordered_json;

std::string s(const QString &text)
{
    return text.toStdString();
}

QString valueText(const nlohmann::json &value)
{
    if (value.is_null()) {
        return {};
    }
    if (value.is_string()) {
        return QString::fromStdString(value.get<std::string>());
    }
    if (value.is_structured()) {
        return QString();
    }
    return QString::fromStdString(value.dump());
}

QString kindText(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return Tr::tr("Added");
    case Change::Kind::Removed:
        return Tr::tr("Removed");
    case Change::Kind::Updated:
        return Tr::tr("Updated");
    }
    return {};
}

QString locationText(const QString &file, const SourceLocation &location)
{
    if (!location.isValid()) {
        return file;
    }
    return QStringLiteral("%1:%2:%3").arg(file).arg(location.line).arg(location.column);
}

QByteArray junitDocument(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    body(xml);
    xml.writeEndDocument();
    return out;
}

} // namespace

QString ReportWriter::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Tr::tr("error");
    case Severity::Warning:
        return Tr::tr("warning");
    case Severity::Info:
        return Tr::tr("info");
    }
    return {};
}

bool ReportWriter::parseFormat(const QString &name, Format &format)
{
    if (name == QLatin1String("text")) {
        format = Format::Text;
    } else if (name == QLatin1String("json")) {
        format = Format::Json;
    } else if (name == QLatin1String("junit")) {
        format = Format::JUnit;
    } else {
        return false;
    }
    return true;
}

QByteArray ReportWriter::lint(const std::vector<LintResult> &results, Format format)
{
    int errors = 0;
    int warnings = 0;
    int invalidFiles = 0;
    for (const auto &r : results) {
        for (const auto &f : r.findings) {
            errors += f.severity == Severity::Error;
            warnings += f.severity == Severity::Warning;
        }
        invalidFiles += !r.isValid();
    }

    if (format == Format::Json) {
        Json files = Json::array();
        for (const auto &r : results) {
            Json findings = Json::array();
            for (const auto &f : r.findings) {
                findings.push_back(
                    { { "rule", s(f.ruleId) }, { "severity", severityName(f.severity) }, { "path", f.path },
                        { "line", f.location.line }, { "column", f.location.column }, { "message", s(f.message) } });
            }
            files.push_back({ { "file", s(r.fileName) }, { "valid", r.isValid() }, { "readable", r.readable },
                { "apiVersion", s(r.apiVersion) }, { "findings", std::move(findings) } });
        }
        const Json doc = { { "files", std::move(files) },
            { "summary",
                { { "files", results.size() }, { "invalid", invalidFiles }, { "errors", errors },
                    { "warnings", warnings } } } };
        return QByteArray::fromStdString(doc.dump(2)) + '\n';
    }

    if (format == Format::JUnit) {
        return junitDocument([&](QXmlStreamWriter &xml) {
            xml.writeStartElement(QStringLiteral("testsuites"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("tessera-cli lint"));
            xml.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
            xml.writeAttribute(QStringLiteral("failures"), QString::number(invalidFiles));
            xml.writeStartElement(QStringLiteral("testsuite"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("lint"));
            xml.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
            xml.writeAttribute(QStringLiteral("failures"), QString::number(invalidFiles));
            for (const auto &r : results) {
                xml.writeStartElement(QStringLiteral("testcase"));
                xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("lint"));
                xml.writeAttribute(QStringLiteral("name"), r.fileName);
                QStringList lines;
                for (const auto &f : r.findings) {
                    lines << QStringLiteral("%1: %2 [%3] %4")
                                 .arg(locationText(r.fileName, f.location),
                                     QString::fromLatin1(severityName(f.severity)), f.ruleId, f.message);
                }
                if (!r.isValid()) {
                    xml.writeStartElement(QStringLiteral("failure"));
                    xml.writeAttribute(QStringLiteral("message"),
                        Tr::tr("%n error(s)", nullptr,
                            static_cast<int>(std::count_if(r.findings.begin(), r.findings.end(),
                                [](const Finding &f) { return f.severity == Severity::Error; }))));
                    xml.writeCharacters(lines.join(QLatin1Char('\n')));
                    xml.writeEndElement();
                } else if (!lines.isEmpty()) {
                    xml.writeTextElement(QStringLiteral("system-out"), lines.join(QLatin1Char('\n')));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    QString text;
    for (const auto &r : results) {
        for (const auto &f : r.findings) {
            text += QStringLiteral("%1: %2: %3 [%4]")
                        .arg(locationText(r.fileName, f.location), ReportWriter::severityText(f.severity), f.message,
                            f.ruleId);
            if (!f.path.empty()) {
                text += QStringLiteral(" (%1)").arg(QString::fromStdString(f.path));
            }
            text += QLatin1Char('\n');
        }
    }
    text += Tr::tr("%n file(s) checked", nullptr, static_cast<int>(results.size())) + QStringLiteral(": ")
        + Tr::tr("%n invalid", nullptr, invalidFiles) + QStringLiteral(", ") + Tr::tr("%n error(s)", nullptr, errors)
        + QStringLiteral(", ") + Tr::tr("%n warning(s)", nullptr, warnings) + QLatin1Char('\n');
    return text.toUtf8();
}

QByteArray ReportWriter::changelog(
    const std::vector<Change> &changes, const QString &oldFile, const QString &newFile, Format format)
{
    const auto summary = ContractDiff::summarize(changes);
    if (format == Format::Json) {
        Json entries = Json::array();
        for (const auto &c : changes) {
            Json entry = { { "change", ContractDiff::kindName(c.kind) }, { "path", c.path } };
            if (c.kind != Change::Kind::Added) {
                entry["old"] = c.oldValue;
            }
            if (c.kind != Change::Kind::Removed) {
                entry["new"] = c.newValue;
            }
            entries.push_back(std::move(entry));
        }
        Json rolled = Json::array();
        for (const auto &e : summary) {
            rolled.push_back({ { "change", ContractDiff::kindName(e.kind) }, { "path", e.path } });
        }
        const Json doc = { { "old", s(oldFile) }, { "new", s(newFile) }, { "summary", std::move(rolled) },
            { "changes", std::move(entries) } };
        return QByteArray::fromStdString(doc.dump(2)) + '\n';
    }
    if (format == Format::JUnit) {
        return junitDocument([&](QXmlStreamWriter &xml) {
            xml.writeStartElement(QStringLiteral("testsuite"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("changelog"));
            xml.writeAttribute(QStringLiteral("tests"), QString::number(summary.size()));
            xml.writeAttribute(QStringLiteral("failures"), QStringLiteral("0"));
            for (const auto &e : summary) {
                xml.writeStartElement(QStringLiteral("testcase"));
                xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("changelog"));
                xml.writeAttribute(
                    QStringLiteral("name"), kindText(e.kind) + QLatin1Char(' ') + QString::fromStdString(e.path));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }
    QString text;
    if (changes.empty()) {
        text = Tr::tr("No changes between %1 and %2").arg(oldFile, newFile) + QLatin1Char('\n');
        return text.toUtf8();
    }
    text += Tr::tr("Changes from %1 to %2").arg(oldFile, newFile) + QStringLiteral("\n\n");
    text += Tr::tr("Summary") + QLatin1Char('\n');
    for (const auto &e : summary) {
        text += QStringLiteral("  %1  %2\n").arg(kindText(e.kind), -8).arg(QString::fromStdString(e.path));
    }
    text += QLatin1Char('\n') + Tr::tr("Details") + QLatin1Char('\n');
    for (const auto &c : changes) {
        QString line = QStringLiteral("  %1  %2").arg(kindText(c.kind), -8).arg(QString::fromStdString(c.path));
        const QString before = valueText(c.oldValue);
        const QString after = valueText(c.newValue);
        if (c.kind == Change::Kind::Updated) {
            line += QStringLiteral(": %1 → %2").arg(before, after);
        } else if (c.kind == Change::Kind::Added && !after.isEmpty()) {
            line += QStringLiteral(": %1").arg(after);
        } else if (c.kind == Change::Kind::Removed && !before.isEmpty()) {
            line += QStringLiteral(": %1").arg(before);
        }
        text += line + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QByteArray ReportWriter::breaking(
    const BreakingReport &report, const QString &oldFile, const QString &newFile, Format format)
{
    if (format == Format::Json) {
        Json entries = Json::array();
        for (const auto &c : report.changes) {
            entries.push_back({ { "rule", s(c.ruleId) }, { "severity", severityName(c.severity) },
                { "change", ContractDiff::kindName(c.change.kind) }, { "path", c.change.path },
                { "message", s(c.message) } });
        }
        const Json doc = { { "old", s(oldFile) }, { "new", s(newFile) }, { "breaking", report.isBreaking() },
            { "errors", report.errors }, { "warnings", report.warnings }, { "infos", report.infos },
            { "oldVersion", report.oldVersion }, { "newVersion", report.newVersion }, { "bump", s(report.bump) },
            { "suggestedVersion", report.suggestedVersion }, { "versionTooLow", report.versionTooLow },
            { "changes", std::move(entries) } };
        return QByteArray::fromStdString(doc.dump(2)) + '\n';
    }
    if (format == Format::JUnit) {
        return junitDocument([&](QXmlStreamWriter &xml) {
            xml.writeStartElement(QStringLiteral("testsuite"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("breaking"));
            xml.writeAttribute(QStringLiteral("tests"), QString::number(report.changes.size()));
            xml.writeAttribute(QStringLiteral("failures"), QString::number(report.errors));
            for (const auto &c : report.changes) {
                xml.writeStartElement(QStringLiteral("testcase"));
                xml.writeAttribute(QStringLiteral("classname"), c.ruleId);
                xml.writeAttribute(QStringLiteral("name"), QString::fromStdString(c.change.path));
                if (c.severity == Severity::Error) {
                    xml.writeStartElement(QStringLiteral("failure"));
                    xml.writeAttribute(QStringLiteral("message"), c.message);
                    xml.writeCharacters(c.message);
                    xml.writeEndElement();
                } else {
                    xml.writeTextElement(QStringLiteral("system-out"),
                        QString::fromLatin1(severityName(c.severity)) + QStringLiteral(": ") + c.message);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }
    QString text;
    for (const auto &c : report.changes) {
        text += QStringLiteral("%1  %2  %3 [%4]\n")
                    .arg(ReportWriter::severityText(c.severity), -8)
                    .arg(QString::fromStdString(c.change.path), c.message, c.ruleId);
    }
    if (report.changes.empty()) {
        text += Tr::tr("No changes between %1 and %2").arg(oldFile, newFile) + QLatin1Char('\n');
    } else {
        text += QLatin1Char('\n') + Tr::tr("%n error(s)", nullptr, report.errors) + QStringLiteral(", ")
            + Tr::tr("%n warning(s)", nullptr, report.warnings) + QStringLiteral(", ")
            + Tr::tr("%n info", nullptr, report.infos) + QStringLiteral(" — ")
            + (report.isBreaking() ? Tr::tr("breaking") : Tr::tr("not breaking")) + QLatin1Char('\n');
    }
    if (!report.suggestedVersion.empty()) {
        text += Tr::tr("Suggested version: %1 (%2 change from %3)")
                    .arg(QString::fromStdString(report.suggestedVersion), report.bump,
                        QString::fromStdString(report.oldVersion))
            + QLatin1Char('\n');
        if (report.versionTooLow) {
            text += Tr::tr("The new contract declares version %1, which is lower than that")
                        .arg(QString::fromStdString(report.newVersion))
                + QLatin1Char('\n');
        }
    }
    return text.toUtf8();
}

} // namespace tessera
