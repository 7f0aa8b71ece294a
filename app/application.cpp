// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "application.h"

#include "catalogservice.h"
#include "contract/linter.h"
#include "draftservice.h"
#include "governanceservice.h"
#include "i18n/translations.h"
#include "importservice.h"
#include "instancechannel.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "store/store.h"
#include "syncservice.h"

#include <QCommandLineParser>
#include <QIcon>
#include <QPalette>
#include <QUrl>

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
    // the names their theme lacks, in the variant that shows on the palette's background.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    QIcon::setFallbackThemeName(dark ? QStringLiteral("breeze-dark") : QStringLiteral("breeze"));
}

Application::~Application() = default;

void Application::handle(const QString &argument)
{
    if (argument.startsWith(QLatin1String("tessera:"), Qt::CaseInsensitive)) {
        m_mainWindow->openUrl(QUrl(argument));
        return;
    }
    // A contract file, as a path or (from a desktop's %u) as a file: URL.
    const QUrl url(argument);
    m_mainWindow->openContract(url.isLocalFile() ? url.toLocalFile() : argument);
}

int Application::exec()
{
    // --lang wins over the language chosen in Preferences, which wins over the system's.
    QString language = languageFromArguments(QCoreApplication::arguments());
    if (language.isEmpty()) {
        language = PreferencesDialog::language();
    }
    installTranslations(m_app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("tessera::Application", "Tessera: data products, data contracts and lineage."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption());
    const QString target = QCoreApplication::translate("tessera::Application", "contract-or-link");
    parser.addPositionalArgument(target,
        QCoreApplication::translate("tessera::Application",
            "An ODCS contract file to check and show in the Problems panel, or a tessera:// link to open "
            "(tessera://product/ID, tessera://contract/ID, tessera://dataset/ID)."),
        QLatin1Char('[') + target + QLatin1Char(']'));
    parser.process(m_app);

    const QString storePath = Store::defaultPath();
    const QString name = InstanceChannel::nameFor(storePath);
    if (InstanceChannel::send(name, parser.positionalArguments())) {
        return 0; // the running Tessera shows it
    }

    m_catalog = std::make_unique<CatalogService>(storePath);
    m_mainWindow = std::make_unique<MainWindow>(std::make_shared<const Linter>(), m_catalog.get());
    // The designer's drafts: autosaved into the store, and the ones open last time opened again.
    m_drafts = std::make_unique<DraftService>(storePath);
    m_mainWindow->setDraftService(m_drafts.get());
    // The store fills off the GUI thread: the demo mesh on first start, then every local folder, watched.
    m_importService = std::make_unique<ImportService>(storePath);
    m_mainWindow->setImportService(m_importService.get());
    // The catalog endpoints (Backstage, OpenMetadata, Marquez): synced off the GUI thread, now and periodically.
    m_syncService = std::make_unique<SyncService>(storePath);
    m_mainWindow->setSyncService(m_syncService.get());
    // The governance policies' findings, kept in the store for the product pages: evaluated after every import
    // and sync, off the GUI thread. An organisation's policy file is set in Preferences.
    m_governance = std::make_unique<GovernanceService>(storePath);
    m_governance->setPolicyFile(PreferencesDialog::policyFile());
    QObject::connect(
        m_mainWindow.get(), &MainWindow::policyFileChanged, m_governance.get(), [this](const QString &path) {
            m_governance->setPolicyFile(path);
            m_governance->refresh();
        });
    QObject::connect(
        m_importService.get(), &ImportService::importFinished, m_governance.get(), [this] { m_governance->refresh(); });
    QObject::connect(
        m_syncService.get(), &SyncService::syncFinished, m_governance.get(), [this] { m_governance->refresh(); });
    QObject::connect(
        m_governance.get(), &GovernanceService::evaluated, m_catalog.get(), [this](const GovernanceSummary &s) {
            if (s.ok) {
                m_catalog->notifyChanged(); // open pages read the new findings
            }
        });
    m_mainWindow->show();
    m_importService->start();
    m_syncService->start();
    m_governance->refresh();
    m_channel = std::make_unique<InstanceChannel>(name);
    QObject::connect(m_channel.get(), &InstanceChannel::raiseRequested, m_mainWindow.get(), [this] {
        m_mainWindow->show();
        m_mainWindow->raise();
        m_mainWindow->activateWindow();
    });
    QObject::connect(m_channel.get(), &InstanceChannel::argumentReceived, m_mainWindow.get(),
        [this](const QString &argument) { handle(argument); });
    m_channel->listen(); // when it cannot, later starts open their own window
    for (const QString &argument : parser.positionalArguments()) {
        handle(argument);
    }
    return QApplication::exec();
}

} // namespace tessera
