// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Where lint time goes, stage by stage, on one core, and the compiled schema against valijson:
// bench_lint DIR [DIR...]
// Prints "name value unit" lines (run.sh collects them).
#include "contract/datacontract.h"
#include "contract/schemavalidator.h"
#include "contract/semanticrules.h"
#include "contract/sourcedocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <vector>

using namespace tessera;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::vector<QByteArray> texts;
    qint64 bytes = 0;
    for (const QString &dir : app.arguments().mid(1)) {
        for (const QFileInfo &info : QDir(dir).entryInfoList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly)) {
                texts.push_back(file.readAll());
                bytes += texts.back().size();
            }
        }
    }
    if (texts.empty()) {
        std::fprintf(stderr, "usage: bench_lint DIR...\n");
        return 2;
    }
    const auto schema = SchemaValidator::fromResource(QStringLiteral(":/schemas/odcs-json-schema-v3.1.0.json"));
    const double mb = double(bytes) / (1024 * 1024);
    const double n = double(texts.size());

    QElapsedTimer timer;
    timer.start();
    std::vector<SourceDocument> docs;
    for (const QByteArray &text : texts) {
        docs.push_back(SourceDocument::fromText(text));
    }
    const double parse = timer.nsecsElapsed() / 1e6;

    int sink = 0;
    timer.restart();
    for (const auto &doc : docs) {
        sink += schema->acceptsByCompiledSchema(doc.value());
    }
    const double compiled = timer.nsecsElapsed() / 1e6;

    timer.restart();
    for (const auto &doc : docs) {
        sink += schema->acceptsByValijson(doc.value());
    }
    const double valijson = timer.nsecsElapsed() / 1e6;

    timer.restart();
    for (const auto &doc : docs) {
        sink += schema->acceptsByUnevaluatedPass(doc.value());
    }
    const double pass = timer.nsecsElapsed() / 1e6;

    timer.restart();
    for (const auto &doc : docs) {
        sink += static_cast<int>(SemanticRules::check(odcs::fromJson(doc.value())).size());
    }
    const double semantic = timer.nsecsElapsed() / 1e6;

    std::printf("lint_stage_parse %.2f ms/MB\n", parse / mb);
    std::printf("lint_stage_parse_per_contract %.3f ms/contract\n", parse / n);
    std::printf("lint_stage_compiled_schema %.3f ms/contract\n", compiled / n);
    std::printf("lint_stage_semantic_rules %.3f ms/contract\n", semantic / n);
    std::printf("lint_stages_total_one_core %.3f ms/contract\n", (parse + compiled + semantic) / n);
    // The path the compiled schema replaced, for comparison: valijson plus the unevaluatedProperties pass.
    std::printf("lint_reference_valijson %.3f ms/contract\n", valijson / n);
    std::printf("lint_reference_unevaluated_pass %.3f ms/contract\n", pass / n);
    std::printf("lint_ratio_compiled_vs_valijson_and_pass %.1f x\n", (valijson + pass) / compiled);
    return sink < 0 ? 1 : 0;
}
