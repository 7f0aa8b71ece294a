// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// For tst_durability: the app's main window on the store given as the first argument, wired to the autosave as
// the app wires it (DraftService, which also brings back the designers open at the last run). It continues the
// contract brought back (or starts a new one) and types numbered words into its name, "w1 w2 w3 ...", with
// irregular pauses, until it is killed. It prints, each line flushed:
//
//   ready KEY NEXT       the draft being typed into, and the number of the next word
//   typed N NAME         word N is typed; NAME is the name field now
//   saved NAME           the autosave said it saved the draft (DraftService::saved); NAME is the name in the
//                        draft the store holds at that moment (read on a connection of its own), so the test knows
//                        exactly which edits the app had accepted
#include "contract/linter.h"
#include "contract/sourcedocument.h"
#include "draftservice.h"
#include "editor/contracteditor.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>
#include <random>

using namespace tessera;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: reliabilitytyper STORE [SEED]\n");
        return 2;
    }
    const QString storePath = QString::fromLocal8Bit(argv[1]);
    std::mt19937 random(argc > 2 ? static_cast<std::uint32_t>(std::strtoul(argv[2], nullptr, 10)) : 1u);

    DraftService drafts(storePath);
    MainWindow window(std::make_shared<const Linter>());
    window.setDraftService(&drafts); // brings back the designers open at the last run
    window.show();
    const QList<ContractEditor *> restored = window.findChildren<ContractEditor *>();
    ContractEditor *editor = restored.isEmpty() ? window.newContract() : restored.constFirst();
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("field_name"));
    if (!name) {
        std::fprintf(stderr, "reliabilitytyper: no name field\n");
        return 2;
    }
    const QString key = editor->draftKey();

    // What the store holds for the draft, on a connection of our own (read only, never in the autosave's way).
    StoreStatus status;
    auto reader = Store::open(storePath, status, Store::Mode::ReadOnly);
    if (!reader) {
        std::fprintf(stderr, "reliabilitytyper: %s\n", qPrintable(status.message));
        return 2;
    }
    QObject::connect(&drafts, &DraftService::saved, &app, [&](const QString &savedKey, const QDateTime &) {
        if (savedKey != key) {
            return;
        }
        auto row = reader->connection().prepare("SELECT text FROM drafts WHERE draft_key = ?");
        row.bind(1, key);
        if (!row.next()) {
            say(QStringLiteral("saved-missing"));
            return;
        }
        const SourceDocument doc = SourceDocument::fromText(QByteArray::fromStdString(row.text(0)));
        say(QStringLiteral("saved ")
            + (doc.isValid() ? QString::fromStdString(doc.value().value("name", std::string())) : QStringLiteral("?")));
    });

    // Go on after the last word brought back.
    int next = 1;
    static const QRegularExpression word(QStringLiteral("w(\\d+)"));
    for (auto it = word.globalMatch(name->text()); it.hasNext();) {
        next = std::max(next, it.next().captured(1).toInt() + 1);
    }
    say(QStringLiteral("ready %1 %2").arg(key).arg(next));
    name->setFocus();
    name->end(false);
    const int pauses[] = { 20, 120, 350, 700, 1100, 1600 };
    for (int n = next;; ++n) {
        for (const QChar c : QStringLiteral("w%1 ").arg(n)) {
            QTest::keyClick(name, c.toLatin1());
            QTest::qWait(std::uniform_int_distribution<int>(2, 25)(random));
        }
        say(QStringLiteral("typed %1 %2").arg(n).arg(name->text()));
        QTest::qWait(pauses[std::uniform_int_distribution<int>(0, 5)(random)]);
    }
}
