// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// For tst_draftkill: the app's window on the store given as the first argument, a new contract in the
// designer, and a user typing words into its name with pauses between them. After each word it prints
// "word N: TEXT" (flushed). It types until it is killed.
#include "contract/linter.h"
#include "draftservice.h"
#include "editor/contracteditor.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <cstdio>

using namespace tessera;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: drafttyper STORE\n");
        return 2;
    }
    DraftService drafts(QString::fromLocal8Bit(argv[1]));
    MainWindow window(std::make_shared<const Linter>());
    window.setDraftService(&drafts);
    window.show();
    ContractEditor *editor = window.newContract();
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("field_name"));
    name->setFocus();
    for (int word = 1;; ++word) {
        const QString text = QStringLiteral("w%1 ").arg(word);
        for (const QChar c : text) {
            QTest::keyClick(name, c.toLatin1());
            QTest::qWait(20);
        }
        std::printf("word %d: %s\n", word, qPrintable(name->text()));
        std::fflush(stdout);
        QTest::qWait(1200); // the user pauses; the draft is saved meanwhile
    }
}
