// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/linter.h"
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

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
    void everyPluralHasTheLanguagesForms_data();
    void everyPluralHasTheLanguagesForms();
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

void TestTranslations::everyPluralHasTheLanguagesForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("forms"); // German and English: one, other; Polish: one, few, many
    QTest::newRow("de") << "de" << 2;
    QTest::newRow("pl") << "pl" << 3;
    QTest::newRow("en") << "en" << 2;
}

void TestTranslations::everyPluralHasTheLanguagesForms()
{
    QFETCH(QString, language);
    QFETCH(int, forms);
    QFile file(QStringLiteral(TESSERA_SOURCE_DIR "/translations/tessera_") + language + QStringLiteral(".ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int plurals = 0;
    QString source;
    QStringList found;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            found.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            found << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && numerus) {
            ++plurals;
            QVERIFY2(found.size() == forms,
                qPrintable(QStringLiteral("%1: %2 forms, %3 expected").arg(source).arg(found.size()).arg(forms)));
            for (const QString &form : found) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(source));
            }
            // The form for many (and for two or more) names the number.
            QVERIFY2(!source.contains(QLatin1String("%n")) || found.last().contains(QLatin1String("%n"))
                    || found.last().contains(QLatin1String("%Ln")),
                qPrintable(source));
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(plurals > 50);
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
