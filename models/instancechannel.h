// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QLocalServer;
QT_END_NAMESPACE

namespace tessera {

/**
 * One running Tessera per user and store: a later start hands its arguments (tessera:// links,
 * contract files) to the running one over a local socket only this user can open, and leaves. Lines
 * of text, one argument each; "raise" asks to bring the window forward.
 */
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    /** The channel's name for a store: the same for every start of this user with this store. */
    static QString nameFor(const QString &storePath);

    /**
     * Hands `arguments` to the instance listening on `name`. Relative file paths are made absolute
     * (they mean the caller's folder). Returns false when no instance listens.
     */
    static bool send(const QString &name, const QStringList &arguments, int timeoutMs = 500);

    explicit InstanceChannel(QString name, QObject *parent = nullptr);
    ~InstanceChannel() override;

    /** Starts taking arguments; false when the name is taken by a live instance or cannot be used. */
    bool listen();

Q_SIGNALS:
    void raiseRequested();
    void argumentReceived(const QString &argument);

private:
    QString m_name;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace tessera
