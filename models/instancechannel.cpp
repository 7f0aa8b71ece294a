// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace tessera {

namespace {

constexpr qsizetype kMaxLine = 4096; // a link or a path; anything longer is not one of ours

} // namespace

QString InstanceChannel::nameFor(const QString &storePath)
{
    const QByteArray key = qgetenv("USER") + '\n' + QDir::cleanPath(storePath).toUtf8();
    return QStringLiteral("tessera-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

bool InstanceChannel::send(const QString &name, const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    QByteArray message = "raise\n";
    for (const QString &argument : arguments) {
        const bool link = argument.contains(QLatin1String("://")) || argument.startsWith(QLatin1String("tessera:"));
        const QString line = link ? argument : QDir::current().absoluteFilePath(argument);
        message += line.toUtf8().replace('\n', ' ') + '\n';
    }
    socket.write(message);
    const bool written = socket.waitForBytesWritten(timeoutMs * 4);
    socket.disconnectFromServer();
    return written || socket.bytesToWrite() == 0;
}

InstanceChannel::InstanceChannel(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{ }

InstanceChannel::~InstanceChannel() = default;

bool InstanceChannel::listen()
{
    // A live instance answers; ask first, because listen() with access options replaces the socket
    // file of another server rather than fail.
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(200)) {
            probe.disconnectFromServer();
            return false;
        }
    }
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // only this user may hand us arguments
    if (!m_server->listen(m_name)) {
        // A socket file left by a Tessera that crashed: nobody answered on it, so it may go.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            return false;
        }
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                while (socket->canReadLine()) {
                    const QString line = QString::fromUtf8(socket->readLine(kMaxLine + 1)).trimmed();
                    if (line == QLatin1String("raise")) {
                        Q_EMIT raiseRequested();
                    } else if (!line.isEmpty() && line.size() <= kMaxLine) {
                        Q_EMIT argumentReceived(line);
                    }
                }
                if (socket->bytesAvailable() > kMaxLine) {
                    socket->abort(); // no line end in sight: not a Tessera talking
                }
            });
        }
    });
    return true;
}

} // namespace tessera
