// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "i18n/translations.h"
#include "preferences/preferencesdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace tessera;

/** Edit › Preferences: the language (after a restart, with the locale's formats), the policy file, the reviewer. */
class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void languageIsKeptForTheNextStart();
    void languageFormatsDatesAndNumbers();
    void brokenPolicyFileIsRefusedWithItsLine();
    void validPolicyFileIsKeptAndAnnounced();
    void reviewerName();

private:
    QTemporaryDir m_dir;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::languageIsKeptForTheNextStart()
{
    QCOMPARE(PreferencesDialog::language(), QString()); // the system's
    PreferencesDialog dialog;
    QComboBox *box = dialog.languageBox();
    QCOMPARE(box->currentIndex(), 0);
    QCOMPARE(box->count(), 1 + PreferencesDialog::languages().size());
    // Each language in its own name.
    QVERIFY(box->findText(QStringLiteral("Deutsch")) > 0);
    QVERIFY(box->findText(QStringLiteral("Polski")) > 0);
    box->setCurrentIndex(box->findData(QStringLiteral("pl")));
    const QList<QLabel *> note = dialog.findChildren<QLabel *>();
    bool restartSaid = false;
    for (QLabel *l : note) {
        restartSaid = restartSaid || l->text().contains(QLatin1String("restarted"));
    }
    QVERIFY(restartSaid);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(PreferencesDialog::language(), QStringLiteral("pl"));
    // Back to the system's language: the setting goes.
    PreferencesDialog again;
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("pl"));
    again.languageBox()->setCurrentIndex(0);
    again.accept();
    QCOMPARE(PreferencesDialog::language(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    // A value Tessera has no translation for counts as none.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    QCOMPARE(PreferencesDialog::language(), QString());
}

void TestPreferences::languageFormatsDatesAndNumbers()
{
    // What the app does at start with the chosen language: texts, and numbers and dates in its format.
    const QLocale before;
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
    QCOMPARE(QLocale().toString(QDate(2026, 11, 29), QLocale::ShortFormat), QStringLiteral("29.11.26"));
    QCOMPARE(QCoreApplication::translate("tessera::PreferencesDialog", "Preferences"), QStringLiteral("Einstellungen"));
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("pl")));
    QCOMPARE(QLocale().language(), QLocale::Polish);
    QVERIFY(QLocale().toString(1234567).endsWith(QStringLiteral("\u00A0567"))); // a no-break space groups
    // Polish has three plural forms.
    const auto files
        = [](int n) { return QCoreApplication::translate("tessera::ReviewQueuePage", "%n decided", nullptr, n); };
    QVERIFY(files(1) != files(2));
    QVERIFY(files(2) != files(5));
    QLocale::setDefault(before);
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t); // the next tests read the source texts
        delete t;
    }
}

void TestPreferences::brokenPolicyFileIsRefusedWithItsLine()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("policies:\n  product-owner: { severity: fatal }\n");
    f.close();
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::policyFileChanged);
    dialog.policyFileEdit()->setText(path);
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible()); // stays open
    QCOMPARE(dialog.result(), 0);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("policyFileError"));
    QVERIFY(error->isVisibleTo(&dialog));
    QVERIFY2(error->text().startsWith(QLatin1String("Line 2:")), qPrintable(error->text()));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(PreferencesDialog::policyFile(), QString());
}

void TestPreferences::validPolicyFileIsKeptAndAnnounced()
{
    const QString path = m_dir.filePath(QStringLiteral("policies.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("policies:\n  product-owner: { enabled: false }\n");
    f.close();
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::policyFileChanged);
    dialog.policyFileEdit()->setText(path);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), path);
    QCOMPARE(PreferencesDialog::policyFile(), path);
    // Unchanged: not announced again.
    PreferencesDialog again;
    QSignalSpy unchanged(&again, &PreferencesDialog::policyFileChanged);
    again.accept();
    QCOMPARE(unchanged.size(), 0);
}

void TestPreferences::reviewerName()
{
    PreferencesDialog dialog;
    dialog.reviewerEdit()->setText(QStringLiteral("  Ada Governance  "));
    dialog.accept();
    QCOMPARE(QSettings().value(QStringLiteral("review/reviewer")).toString(), QStringLiteral("Ada Governance"));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
