// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "sync/credentials.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <chrono>
#include <functional>
#include <future>
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

/**
 * QtKeychain keeps one job queue per process, in the thread that first used it, and is not safe across
 * threads. So every keychain job runs in this one thread, with an event loop of its own; callers on any other
 * thread (the GUI, the sync worker, the CLI's main thread) wait for the outcome, at most kKeychainTimeoutMs.
 */
class KeychainThread
{
public:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait(kKeychainTimeoutMs);
    }

    struct Outcome
    {
        bool finished = false;
        QKeychain::Error error = QKeychain::NoError;
        QString errorString;
        QByteArray data;
    };

    /** Builds the job in the keychain thread with `make`, starts it, and waits for it. */
    Outcome run(std::function<QKeychain::Job *()> make)
    {
        auto promise = std::make_shared<std::promise<Outcome>>();
        std::future<Outcome> future = promise->get_future();
        QMetaObject::invokeMethod(
            &m_context,
            [make, promise] {
                QKeychain::Job *job = make();
                job->setAutoDelete(true); // deleted by QtKeychain once finished, in this thread
                QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job *done) {
                    Outcome outcome;
                    outcome.finished = true;
                    outcome.error = done->error();
                    outcome.errorString = done->errorString();
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done)) {
                        outcome.data = read->binaryData();
                    }
                    promise->set_value(std::move(outcome));
                });
                job->start();
            },
            Qt::QueuedConnection);
        if (future.wait_for(std::chrono::milliseconds(kKeychainTimeoutMs)) != std::future_status::ready) {
            return {};
        }
        return future.get();
    }

private:
    QThread m_thread;
    QObject m_context;
};

Q_GLOBAL_STATIC(KeychainThread, keychainThread)

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
    const KeychainThread::Outcome job = keychainThread()->run([key] {
        auto *read = new QKeychain::ReadPasswordJob(kService);
        read->setKey(key);
        return read;
    });
    if (!job.finished) {
        out.keychainAvailable = false;
        out.why = Tr::tr("The keychain did not answer within %n second(s).", nullptr, kKeychainTimeoutMs / 1000);
        return out;
    }
    if (job.error == QKeychain::NoError) {
        out.token = job.data;
        return out;
    }
    if (job.error == QKeychain::EntryNotFound) {
        out.why = Tr::tr("No token is stored for %1.").arg(source.name);
        return out;
    }
    out.keychainAvailable = !noBackend(job.error);
    out.why = Tr::tr("The keychain cannot be read: %1").arg(job.errorString);
    return out;
}

bool Credentials::write(const SourceRow &source, const QByteArray &token, QString &why)
{
    const QString key = keyOf(source);
    const KeychainThread::Outcome job = keychainThread()->run([key, token] {
        auto *write = new QKeychain::WritePasswordJob(kService);
        write->setKey(key);
        write->setBinaryData(token);
        return write;
    });
    if (job.finished && job.error == QKeychain::NoError) {
        QMutexLocker locker(&memoryLock());
        memory().erase(key);
        return true;
    }
    why = Tr::tr("There is no keychain to keep the token in (%1). Tessera keeps it in memory until it quits and "
                 "asks for it again on the next start.")
              .arg(job.finished ? job.errorString : Tr::tr("the keychain did not answer"));
    remember(source, token);
    return false;
}

void Credentials::remove(const SourceRow &source)
{
    {
        QMutexLocker locker(&memoryLock());
        memory().erase(keyOf(source));
    }
    const QString key = keyOf(source);
    keychainThread()->run([key] {
        auto *remove = new QKeychain::DeletePasswordJob(kService);
        remove->setKey(key);
        return remove;
    });
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
