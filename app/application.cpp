// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "application.h"

#include "catalogservice.h"
#include "contract/linter.h"
#include "i18n/translations.h"
#include "importservice.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QIcon>
#include <QLocalServer>
#include <QLocalSocket>
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

/** One running Tessera per user and store: later starts hand their arguments to it. */
QString instanceName(const QString &storePath)
{
    const QByteArray key = qgetenv("USER") + '\n' + QDir::cleanPath(storePath).toUtf8();
    return QStringLiteral("tessera-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
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

bool Application::forwardToRunningInstance(const QString &name, const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(500)) {
        return false;
    }
    QByteArray message = "raise\n";
    for (const QString &argument : arguments) {
        // Relative paths mean the caller's folder, not the running instance's.
        const bool url = argument.contains(QLatin1String("://")) || argument.startsWith(QLatin1String("tessera:"));
        message += (url ? argument : QDir::current().absoluteFilePath(argument)).toUtf8() + '\n';
    }
    socket.write(message);
    socket.waitForBytesWritten(2000);
    socket.disconnectFromServer();
    return true;
}

void Application::listen(const QString &name)
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // only this user may hand us arguments
    if (!m_server->listen(name)) {
        QLocalServer::removeServer(name); // left behind by a Tessera that crashed
        if (!m_server->listen(name)) {
            return; // arguments of later starts then open in their own window
        }
    }
    QObject::connect(m_server.get(), &QLocalServer::newConnection, m_server.get(), [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            QObject::connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                while (socket->canReadLine()) {
                    const QString line = QString::fromUtf8(socket->readLine()).trimmed();
                    if (line == QLatin1String("raise")) {
                        m_mainWindow->show();
                        m_mainWindow->raise();
                        m_mainWindow->activateWindow();
                    } else if (!line.isEmpty() && line.size() < 4096) {
                        handle(line);
                    }
                }
            });
        }
    });
}

int Application::exec()
{
    installTranslations(m_app, languageFromArguments(QCoreApplication::arguments()));

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
    const QString name = instanceName(storePath);
    if (forwardToRunningInstance(name, parser.positionalArguments())) {
        return 0; // the running Tessera shows it
    }

    m_catalog = std::make_unique<CatalogService>(storePath);
    m_mainWindow = std::make_unique<MainWindow>(std::make_shared<const Linter>(), m_catalog.get());
    // The store fills off the GUI thread: the demo mesh on first start, then every local folder, watched.
    m_importService = std::make_unique<ImportService>(storePath);
    m_mainWindow->setImportService(m_importService.get());
    m_mainWindow->show();
    m_importService->start();
    listen(name);
    for (const QString &argument : parser.positionalArguments()) {
        handle(argument);
    }
    return QApplication::exec();
}

} // namespace tessera
