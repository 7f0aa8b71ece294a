// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Contract designer benchmark: bench_designer FIXTURES_DIR [TABLES]
//   Builds a contract as large as the peer's anchor (TABLES tables of 16 columns each, with types, a
//   description and a quality rule or two; 68 by default, about 5,500 lines of YAML, as the anchor's 5,325)
//   and measures, offscreen: opening it in the designer
//   from its text to the first painted frame; the first complete lint (off the GUI thread); and an edit, from
//   the keystroke to the forms, the table and the autosave request done. Medians of several runs.
#include "contract/linter.h"
#include "contract/sourcedocument.h"
#include "contractdocument.h"
#include "editor/contracteditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace tessera;
using Json = nlohmann::json;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_designer FIXTURES_DIR [TABLES]\n");
        return 2;
    }
    const int tables = argc > 2 ? std::max(1, std::atoi(argv[2])) : 68;
    const SourceDocument example = SourceDocument::fromFile(
        QString::fromLocal8Bit(argv[1]) + QStringLiteral("/standards/odcs/examples/full-example.odcs.yaml"));
    if (!example.isValid()) {
        std::fprintf(stderr, "bench_designer: cannot read the ODCS full example\n");
        return 2;
    }
    Json doc = example.value();
    doc["schema"] = Json::array();
    for (int t = 0; t < tables; ++t) {
        Json properties = Json::array();
        for (int c = 0; c < 16; ++c) {
            Json property { { "name", "column_" + std::to_string(c) }, { "logicalType", c % 3 ? "string" : "integer" },
                { "physicalType", c % 3 ? "varchar(64)" : "bigint" },
                { "description", "Column " + std::to_string(c) + " of table " + std::to_string(t) } };
            if (c == 0) {
                property["primaryKey"] = true;
                property["required"] = true;
                property["quality"]
                    = Json::array({ { { "type", "library" }, { "metric", "nullValues" }, { "mustBe", 0 } } });
            }
            properties.push_back(property);
        }
        doc["schema"].push_back(
            { { "name", "table_" + std::to_string(t) }, { "physicalType", "table" }, { "logicalType", "object" },
                { "description", "Table " + std::to_string(t) }, { "properties", properties } });
    }
    const QByteArray text = QByteArray::fromStdString(ContractDocument(doc).yaml());
    std::printf("designer_contract_lines %lld lines\n", static_cast<long long>(text.count('\n')));

    auto linter = std::make_shared<const Linter>();
    std::vector<double> open;
    std::vector<double> lint;
    std::vector<double> edit;
    QImage frame(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer clock;
        clock.start();
        const SourceDocument parsed = SourceDocument::fromText(text);
        auto editor = std::make_unique<ContractEditor>(
            new ContractDocument(parsed.value()), nullptr, linter, QStringLiteral("bench"), QString());
        editor->resize(1600, 1000);
        editor->showSection(ContractEditor::Schema);
        editor->show();
        editor->render(&frame); // the first frame, as the screen would get it
        open.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        while (editor->isLinting()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        lint.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);

        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("field_objectName"));
        for (int key = 0; key < 10; ++key) {
            QElapsedTimer typing;
            typing.start();
            QTest::keyClick(name, 'x');
            edit.push_back(static_cast<double>(typing.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("designer_open_%d_tables %.1f ms\n", tables, median(open));
    std::printf("designer_first_lint_%d_tables %.1f ms\n", tables, median(lint));
    std::printf("designer_keystroke_%d_tables %.2f ms\n", tables, median(edit));
    return 0;
}
