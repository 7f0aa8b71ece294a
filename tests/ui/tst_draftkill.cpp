// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/sourcedocument.h"
#include "draftservice.h"
#include "store/store.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tessera;

/**
 * Never lose an edit: the designer is killed (SIGKILL, no chance to save) while the user types, again and
 * again on the same store; each time the next start brings back the contract with every word typed more
 * than a second before the kill, and the store stays sound.
 */
class TestDraftKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidEdit();
};

void TestDraftKill::killedMidEdit()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("tessera.sqlite"));
    constexpr int kRounds = 3;
    for (int round = 1; round <= kRounds; ++round) {
        QProcess typer;
        typer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        typer.setProcessEnvironment(env);
        typer.start(QStringLiteral(TESSERA_DRAFTTYPER), { store });
        QVERIFY(typer.waitForStarted());
        // Wait for the third word, then for the autosave's second, then kill it while it types the fourth.
        QString last;
        while (!last.startsWith(QStringLiteral("word 3:"))) {
            QVERIFY2(typer.waitForReadyRead(20'000), "the typer stopped typing");
            while (typer.canReadLine()) {
                last = QString::fromUtf8(typer.readLine()).trimmed();
            }
        }
        const QString typed = last.section(QStringLiteral(": "), 1);
        QTest::qWait(1300);
        ::kill(static_cast<pid_t>(typer.processId()), SIGKILL);
        QVERIFY(typer.waitForFinished(10'000));
        QCOMPARE(typer.exitStatus(), QProcess::CrashExit);

        // The store is sound, and the contract comes back with what was typed.
        StoreStatus status;
        auto s = Store::open(store, status);
        QVERIFY2(s, qPrintable(status.message));
        auto check = s->connection().prepare("PRAGMA integrity_check");
        QVERIFY(check.next());
        QCOMPARE(check.text(0), std::string("ok"));
        check.reset();
        const auto drafts = s->openDrafts();
        QCOMPARE(static_cast<int>(drafts.size()), round); // each round's contract, none lost
        const SourceDocument doc = SourceDocument::fromText(QByteArray::fromStdString(drafts.back().text));
        QVERIFY(doc.isValid());
        const QString name = QString::fromStdString(doc.value().value("name", std::string()));
        QVERIFY2(name.startsWith(typed.trimmed()),
            qPrintable(QStringLiteral("typed \"%1\", restored \"%2\"").arg(typed, name)));
    }
}

QTEST_GUILESS_MAIN(TestDraftKill)
#include "tst_draftkill.moc"
