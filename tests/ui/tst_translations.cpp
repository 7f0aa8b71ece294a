// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/linter.h"
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLocale>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

using namespace tessera;

// The .qm files are embedded in tessera_core: these tests load them the way the GUI and tessera-cli do.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void languages_data();
    void languages();
    void unknownLanguage();
    void englishPluralForms();
    void cLocaleShowsSourceTexts();
    void mainWindowIsTranslated();
};

void TestTranslations::cleanup()
{
    // Deleting a translator uninstalls it.
    qDeleteAll(qApp->findChildren<QTranslator *>());
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::addRow("de, ui") << QStringLiteral("de") << QStringLiteral("tessera::MainWindow")
                            << QStringLiteral("&Quick open…") << QStringLiteral("&Schnell öffnen…");
    QTest::addRow("de_AT falls back to de") << QStringLiteral("de_AT") << QStringLiteral("tessera::FindingsModel")
                                            << QStringLiteral("Warning") << QStringLiteral("Warnung");
    QTest::addRow("pl, ui") << QStringLiteral("pl") << QStringLiteral("tessera::Sidebar")
                            << QStringLiteral("No sources yet") << QStringLiteral("Jeszcze brak źródeł");
    QTest::addRow("pl, models") << QStringLiteral("pl") << QStringLiteral("tessera::FindingsModel")
                                << QStringLiteral("Severity") << QStringLiteral("Ważność");
}

void TestTranslations::languages()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);

    QVERIFY(installTranslations(*qApp, language));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    // The language also becomes the default locale, so numbers match the texts.
    QCOMPARE(QLocale().name().left(2), language.left(2));
}

void TestTranslations::unknownLanguage()
{
    QVERIFY(!installTranslations(*qApp, QStringLiteral("fi")));
    QCOMPARE(QCoreApplication::translate("tessera::Sidebar", "No sources yet"), QStringLiteral("No sources yet"));
}

void TestTranslations::englishPluralForms()
{
    QVERIFY(installTranslations(*qApp, QStringLiteral("en_GB")));
    QCOMPARE(
        QCoreApplication::translate("tessera::ReportWriter", "%n error(s)", nullptr, 1), QStringLiteral("1 error"));
    QCOMPARE(QCoreApplication::translate("tessera::ReportWriter", "%n warning(s)", nullptr, 3),
        QStringLiteral("3 warnings"));
}

void TestTranslations::cLocaleShowsSourceTexts()
{
    // LANG=C (build machines, scripts) gets the source texts unchanged.
    QVERIFY(!installTranslations(*qApp, QStringLiteral("C")));
    QCOMPARE(
        QCoreApplication::translate("tessera::ReportWriter", "%n error(s)", nullptr, 1), QStringLiteral("1 error(s)"));
}

void TestTranslations::mainWindowIsTranslated()
{
    QVERIFY(installTranslations(*qApp, QStringLiteral("de")));
    MainWindow window(std::make_shared<const Linter>());
    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus,
        (QStringList { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
            QStringLiteral("&Gehe zu"), QStringLiteral("&Hilfe") }));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
