// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "application.h"

#include "contract/linter.h"
#include "i18n/translations.h"
#include "importservice.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QIcon>

namespace tessera {

namespace {

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
        QCoreApplication::translate("tessera::Application",
            "Show the user interface in <language> (for example \"de\" or \"pl\") instead of the system "
            "language."),
        QCoreApplication::translate("tessera::Application", "language"));
}

// The language has to be known before the translated help text can be built, so it is read in a
// first, quiet pass; the full parser below reports errors and handles --help and --version.
QString languageFromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language = languageOption();
    parser.addOption(language);
    parser.parse(arguments);
    return parser.value(language);
}

} // namespace

Application::Application(int &argc, char **argv)
    : m_app(argc, argv)
{
    QApplication::setApplicationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationDomain(QStringLiteral("tessera.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.tessera.Tessera"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.tessera.Tessera.svg")));
    // The Debian package depends on Breeze; desktops with another theme still get Breeze's icons for
    // the names their theme lacks.
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
}

Application::~Application() = default;

int Application::exec()
{
    installTranslations(m_app, languageFromArguments(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("tessera::Application", "Tessera: data products, data contracts and lineage."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption());
    const QString contract = QCoreApplication::translate("tessera::Application", "contract");
    parser.addPositionalArgument(contract,
        QCoreApplication::translate(
            "tessera::Application", "An ODCS contract file to check and show in the Problems panel."),
        QLatin1Char('[') + contract + QLatin1Char(']'));
    parser.process(m_app);

    m_mainWindow = std::make_unique<MainWindow>(std::make_shared<const Linter>());
    // The store fills off the GUI thread: the demo mesh on first start, then every local folder, watched.
    m_importService = std::make_unique<ImportService>(Store::defaultPath());
    m_mainWindow->setImportService(m_importService.get());
    m_mainWindow->show();
    m_importService->start();
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        m_mainWindow->openContract(files.constFirst());
    return QApplication::exec();
}

} // namespace tessera
