// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "sync/credentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <map>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Credentials)
};

const QString kService = QStringLiteral("Tessera");
constexpr int kKeychainTimeoutMs = 5000;

QMutex &memoryLock()
{
    static QMutex lock;
    return lock;
}

std::map<QString, QByteArray> &memory()
{
    static std::map<QString, QByteArray> tokens;
    return tokens;
}

/** Runs a keychain job to its end (or the time limit) in a local event loop. */
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished) {
        limit.start(kKeychainTimeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return finished;
}

bool noBackend(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

QString Credentials::keyOf(const SourceRow &source)
{
    return QStringLiteral("source:") + source.kind + QLatin1Char(':') + source.location;
}

Credentials::Lookup Credentials::read(const SourceRow &source)
{
    Lookup out;
    const QString key = keyOf(source);
    {
        QMutexLocker locker(&memoryLock());
        if (const auto it = memory().find(key); it != memory().end()) {
            out.token = it->second;
            return out;
        }
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    if (!runJob(job)) {
        out.keychainAvailable = false;
        out.why = Tr::tr("The keychain did not answer within %n second(s).", nullptr, kKeychainTimeoutMs / 1000);
        return out;
    }
    if (job.error() == QKeychain::NoError) {
        out.token = job.binaryData();
        return out;
    }
    if (job.error() == QKeychain::EntryNotFound) {
        out.why = Tr::tr("No token is stored for %1.").arg(source.name);
        return out;
    }
    out.keychainAvailable = !noBackend(job.error());
    out.why = Tr::tr("The keychain cannot be read: %1").arg(job.errorString());
    return out;
}

bool Credentials::write(const SourceRow &source, const QByteArray &token, QString &why)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyOf(source));
    job.setBinaryData(token);
    if (runJob(job) && job.error() == QKeychain::NoError) {
        QMutexLocker locker(&memoryLock());
        memory().erase(keyOf(source));
        return true;
    }
    why = job.error() == QKeychain::NoError
        ? Tr::tr("The keychain did not answer.")
        : Tr::tr("There is no keychain to keep the token in (%1). Tessera keeps it in memory until it quits and "
                 "asks for it again on the next start.")
              .arg(job.errorString());
    remember(source, token);
    return false;
}

void Credentials::remove(const SourceRow &source)
{
    {
        QMutexLocker locker(&memoryLock());
        memory().erase(keyOf(source));
    }
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyOf(source));
    runJob(job);
}

void Credentials::remember(const SourceRow &source, const QByteArray &token)
{
    QMutexLocker locker(&memoryLock());
    memory()[keyOf(source)] = token;
}

TokenLookup Credentials::lookup(const QString &envVar)
{
    return [envVar](const SourceRow &source, QString &why) -> std::optional<QByteArray> {
        if (!envVar.isEmpty()) {
            const QByteArray value = qgetenv(envVar.toLocal8Bit().constData());
            if (value.isEmpty()) {
                why = Tr::tr("The environment variable %1 is not set.").arg(envVar);
                return std::nullopt;
            }
            return value;
        }
        Lookup found = read(source);
        why = found.why;
        return found.token;
    };
}

} // namespace tessera
