// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "governance/policyreport.h"

#include "report/reportwriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamWriter>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <tuple>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Policies)
};

using Json = nlohmann::ordered_json;

std::string s(const QString &text)
{
    return text.toStdString();
}

QString findingLine(const PolicyFinding &f)
{
    QString line
        = QStringLiteral("%1 %2 %3: %4")
              .arg(ReportWriter::severityText(f.severity).toUpper(), f.policyId, policySubjectText(f), f.message);
    if (!f.pointer.empty()) {
        line += QStringLiteral(" (%1)").arg(QString::fromStdString(f.pointer));
    }
    return line;
}

} // namespace

QByteArray policyReport(
    const std::vector<PolicyInfo> &policies, const std::vector<PolicyFinding> &findings, ReportWriter::Format format)
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    std::map<QString, int> perPolicy;
    for (const auto &f : findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
        infos += f.severity == Severity::Info;
        ++perPolicy[f.policyId];
    }
    const int enabled = static_cast<int>(
        std::count_if(policies.begin(), policies.end(), [](const PolicyInfo &p) { return p.enabled; }));

    if (format == ReportWriter::Format::Json) {
        Json list = Json::array();
        for (const auto &p : policies) {
            list.push_back({ { "id", s(p.id) }, { "severity", severityName(p.severity) }, { "enabled", p.enabled },
                { "builtIn", p.builtIn }, { "title", s(p.title) }, { "rationale", s(p.rationale) },
                { "findings", perPolicy[p.id] } });
        }
        Json out = Json::array();
        for (const auto &f : findings) {
            out.push_back({ { "policy", s(f.policyId) }, { "severity", severityName(f.severity) },
                { "subject",
                    { { "kind", s(f.subjectKind) }, { "id", s(f.subjectId) }, { "version", s(f.subjectVersion) },
                        { "name", s(f.subjectName) } } },
                { "domain", s(f.domain) }, { "product", s(f.productId) }, { "pointer", f.pointer },
                { "message", s(f.message) } });
        }
        const Json doc = { { "policies", std::move(list) }, { "findings", std::move(out) },
            { "summary",
                { { "policies", enabled }, { "findings", findings.size() }, { "errors", errors },
                    { "warnings", warnings }, { "infos", infos } } } };
        return QByteArray::fromStdString(doc.dump(2)) + '\n';
    }

    if (format == ReportWriter::Format::JUnit) {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        int failedPolicies = 0;
        for (const auto &p : policies) {
            failedPolicies += p.enabled && std::any_of(findings.begin(), findings.end(), [&p](const PolicyFinding &f) {
                return f.policyId == p.id && f.severity == Severity::Error;
            });
        }
        xml.writeStartElement(QStringLiteral("testsuites"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("tessera-cli policy check"));
        xml.writeAttribute(QStringLiteral("tests"), QString::number(policies.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failedPolicies));
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("policy"));
        xml.writeAttribute(QStringLiteral("tests"), QString::number(policies.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failedPolicies));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(static_cast<int>(policies.size()) - enabled));
        for (const auto &p : policies) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("policy"));
            xml.writeAttribute(QStringLiteral("name"), p.id);
            QStringList lines;
            int policyErrors = 0;
            for (const auto &f : findings) {
                if (f.policyId == p.id) {
                    lines << findingLine(f);
                    policyErrors += f.severity == Severity::Error;
                }
            }
            if (!p.enabled) {
                xml.writeEmptyElement(QStringLiteral("skipped"));
            } else if (policyErrors > 0) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("message"), Tr::tr("%n error(s)", nullptr, policyErrors));
                xml.writeCharacters(lines.join(QLatin1Char('\n')));
                xml.writeEndElement();
            } else if (!lines.isEmpty()) {
                xml.writeTextElement(QStringLiteral("system-out"), lines.join(QLatin1Char('\n')));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        return bytes;
    }

    // Text: by domain, then subject, in the order the engine found them.
    std::vector<const PolicyFinding *> sorted;
    for (const auto &f : findings) {
        sorted.push_back(&f);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const PolicyFinding *a, const PolicyFinding *b) {
        return std::tie(a->domain, a->subjectKind, a->subjectId) < std::tie(b->domain, b->subjectKind, b->subjectId);
    });
    QString text;
    QString domain;
    bool first = true;
    for (const PolicyFinding *f : sorted) {
        if (first || f->domain != domain) {
            domain = f->domain;
            text += (first ? QString() : QStringLiteral("\n"))
                + (domain.isEmpty() ? Tr::tr("No domain") : Tr::tr("Domain %1").arg(domain)) + QLatin1Char('\n');
            first = false;
        }
        text += QStringLiteral("  ") + findingLine(*f) + QLatin1Char('\n');
    }
    if (!findings.empty()) {
        text += QLatin1Char('\n');
    }
    text += Tr::tr("%n policy(ies) checked", nullptr, enabled) + QStringLiteral(": ")
        + Tr::tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + Tr::tr("%n warning(s)", nullptr, warnings)
        + QStringLiteral(", ") + Tr::tr("%n info", nullptr, infos) + QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace tessera
