// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "sync/httpclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <set>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::HttpClient)
};

bool retryable(const HttpResponse &r)
{
    switch (r.outcome) {
    case HttpResponse::Outcome::Offline:
    case HttpResponse::Outcome::Timeout:
    case HttpResponse::Outcome::Failed:
        return true;
    case HttpResponse::Outcome::Ok:
        return r.status == 429 || r.status == 500 || r.status == 502 || r.status == 503 || r.status == 504;
    default:
        return false;
    }
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString where(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName) {
            return value;
        }
    }
    return {};
}

HttpClient::HttpClient(HttpOptions options, std::function<bool()> cancelled)
    : m_options(std::move(options))
    , m_cancelled(std::move(cancelled))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient() = default;

bool HttpClient::wait(qint64 ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (m_cancelled && m_cancelled()) {
            return false;
        }
        QThread::msleep(static_cast<unsigned long>(std::min<qint64>(50, ms - timer.elapsed())));
    }
    return !(m_cancelled && m_cancelled());
}

HttpResponse HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpResponse last;
    for (int attempt = 1; attempt <= std::max(1, m_options.maxAttempts); ++attempt) {
        last = m_transport ? m_transport(method, url, body, headers) : once(method, url, body, headers);
        last.attempts = attempt;
        if (!retryable(last) || attempt == m_options.maxAttempts) {
            break;
        }
        // Exponential backoff with full jitter between half and all of the step; Retry-After wins when given.
        const qint64 step = std::min<qint64>(qint64(m_options.backoffMs) << (attempt - 1), m_options.maxBackoffMs);
        qint64 delay = step / 2 + static_cast<qint64>(QRandomGenerator::global()->bounded(double(step / 2 + 1)));
        if (const qint64 asked = retryAfterMs(last.header("retry-after")); asked >= 0) {
            if (asked > m_options.maxBackoffMs) {
                last.error = Tr::tr("%1 asks to wait %n second(s) before trying again.", nullptr,
                    static_cast<int>((asked + 999) / 1000))
                                 .arg(where(url));
                break;
            }
            delay = asked;
        }
        if (!wait(delay)) {
            last.outcome = HttpResponse::Outcome::Cancelled;
            last.error = Tr::tr("Cancelled.");
            break;
        }
    }
    if (last.outcome == HttpResponse::Outcome::Ok && !last.ok() && last.error.isEmpty()) {
        last.error = serverMessage(last);
    }
    return last;
}

HttpResponse HttpClient::once(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpResponse out;
    QUrl target = url;
    bool sendToken = !m_token.isEmpty();
    std::set<QString> visited;
    QByteArray currentMethod = method;
    QByteArray currentBody = body;
    for (int hop = 0;; ++hop) {
        if (m_cancelled && m_cancelled()) {
            out.outcome = HttpResponse::Outcome::Cancelled;
            out.error = Tr::tr("Cancelled.");
            return out;
        }
        visited.insert(target.toString());
        QNetworkRequest request(target);
        request.setTransferTimeout(m_options.timeoutMs);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("User-Agent", "Tessera/" + QCoreApplication::applicationVersion().toUtf8());
        if (sendToken) {
            request.setRawHeader("Authorization", "Bearer " + m_token);
        }
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        if (!currentBody.isEmpty() && !request.hasRawHeader("Content-Type")) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
        std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, currentMethod, currentBody));
        QEventLoop loop;
        QTimer total;
        total.setSingleShot(true);
        QTimer poll; // notices a cancel while the server keeps quiet
        bool tooLarge = false;
        bool tooSlow = false;
        bool cancelled = false;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 expected) {
            if (received > m_options.maxBodyBytes || expected > m_options.maxBodyBytes) {
                tooLarge = true;
                reply->abort();
            }
        });
        QObject::connect(&total, &QTimer::timeout, &loop, [&] {
            tooSlow = true;
            reply->abort();
        });
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (m_cancelled && m_cancelled()) {
                cancelled = true;
                reply->abort();
            }
        });
        QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
            const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
            out.certificateSha256 = leaf.digest(QCryptographicHash::Sha256).toHex();
            // Only the certificate the user trusted, by its fingerprint, for this connection: nothing global.
            if (!m_options.trustedCertificate.isEmpty()
                && out.certificateSha256.compare(m_options.trustedCertificate, Qt::CaseInsensitive) == 0) {
                reply->ignoreSslErrors(errors);
                return;
            }
            QStringList reasons;
            for (const QSslError &e : errors) {
                reasons << e.errorString();
            }
            out.error = Tr::tr("The certificate of %1 is not trusted: %2. Its SHA-256 fingerprint is %3.")
                            .arg(target.host(), reasons.join(QStringLiteral("; ")),
                                QString::fromLatin1(out.certificateSha256));
        });
        if (!reply->isFinished()) {
            total.start(m_options.totalTimeoutMs);
            poll.start(100);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        total.stop();
        poll.stop();

        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.headers.clear();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            out.headers.append({ name.toLower(), value });
        }
        const QNetworkReply::NetworkError error = reply->error();
        if (cancelled) {
            out.outcome = HttpResponse::Outcome::Cancelled;
            out.error = Tr::tr("Cancelled.");
            return out;
        }
        if (tooLarge) {
            out.outcome = HttpResponse::Outcome::TooLarge;
            out.error = Tr::tr("%1 sent more than %2; the response was refused.")
                            .arg(where(target), QLocale().formattedDataSize(m_options.maxBodyBytes));
            return out;
        }
        if (tooSlow) {
            out.outcome = HttpResponse::Outcome::Timeout;
            out.error = Tr::tr("%1 took longer than %n second(s) to answer.", nullptr, m_options.totalTimeoutMs / 1000)
                            .arg(where(target));
            return out;
        }
        if (!out.certificateSha256.isEmpty() && !out.error.isEmpty()) {
            out.outcome = HttpResponse::Outcome::Tls;
            return out;
        }
        if (out.status == 0) {
            switch (error) {
            case QNetworkReply::ConnectionRefusedError:
            case QNetworkReply::RemoteHostClosedError: // dropped before answering: the network or the host went away
            case QNetworkReply::HostNotFoundError:
            case QNetworkReply::TemporaryNetworkFailureError:
            case QNetworkReply::NetworkSessionFailedError:
            case QNetworkReply::UnknownNetworkError:
                out.outcome = HttpResponse::Outcome::Offline;
                out.error = Tr::tr("%1 cannot be reached: %2").arg(where(target), reply->errorString());
                break;
            case QNetworkReply::TimeoutError:
            case QNetworkReply::OperationCanceledError: // the transfer timeout aborts with this
                out.outcome = HttpResponse::Outcome::Timeout;
                out.error = Tr::tr("%1 did not answer within %n second(s).", nullptr, m_options.timeoutMs / 1000)
                                .arg(where(target));
                break;
            case QNetworkReply::SslHandshakeFailedError:
                out.outcome = HttpResponse::Outcome::Tls;
                out.error = Tr::tr("The secure connection to %1 failed: %2").arg(target.host(), reply->errorString());
                break;
            default:
                out.outcome = HttpResponse::Outcome::Failed;
                out.error = Tr::tr("%1 failed: %2").arg(where(target), reply->errorString());
                break;
            }
            return out;
        }
        out.body = reply->readAll();
        if (out.status >= 300 && out.status < 400 && out.status != 304) {
            const QByteArray location = reply->rawHeader("Location");
            const QUrl next = target.resolved(QUrl::fromEncoded(location));
            if (location.isEmpty() || !next.isValid()) {
                out.outcome = HttpResponse::Outcome::Redirects;
                out.error = Tr::tr("%1 redirects without saying where to.").arg(where(target));
                return out;
            }
            if (target.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https")) {
                out.outcome = HttpResponse::Outcome::Redirects;
                out.error = Tr::tr("%1 redirects to an insecure address (%2); it was not followed.")
                                .arg(where(target), where(next));
                return out;
            }
            if (hop >= m_options.maxRedirects || visited.count(next.toString())) {
                out.outcome = HttpResponse::Outcome::Redirects;
                out.error
                    = Tr::tr("%1 redirects in a loop or too often (%n redirect(s)).", nullptr, hop + 1).arg(where(url));
                return out;
            }
            // The token is for the host it was given for: another host never sees it.
            if (!sameOrigin(next, url)) {
                sendToken = false;
            }
            if (out.status == 303) {
                currentMethod = "GET";
                currentBody.clear();
            }
            target = next;
            continue;
        }
        if (error != QNetworkReply::NoError && out.status < 400) {
            // A status arrived but the body broke off.
            out.outcome = HttpResponse::Outcome::Failed;
            out.error = Tr::tr("%1 broke off its answer: %2").arg(where(target), reply->errorString());
            return out;
        }
        out.outcome = HttpResponse::Outcome::Ok;
        out.error.clear();
        return out;
    }
}

JsonResponse HttpClient::json(const QUrl &url, const QByteArray &method, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpResponse http = send(method, url, body, headers);
    if (!http.ok()) {
        JsonResponse out;
        out.error = http.error.isEmpty() ? serverMessage(http) : http.error;
        out.http = std::move(http);
        return out;
    }
    JsonResponse out = parseJson(std::move(http), m_options.maxJsonDepth);
    if (!out.ok()) {
        out.error = Tr::tr("%1: %2").arg(where(url), out.error);
    }
    return out;
}

JsonResponse HttpClient::parseJson(HttpResponse http, int maxDepth)
{
    JsonResponse out;
    const QByteArray type = http.header("content-type").toLower();
    if (!type.isEmpty() && !type.contains("json")) {
        out.error = Tr::tr("the answer is %1, not JSON").arg(QString::fromLatin1(type.left(80)));
    } else if (const int depth = jsonDepth(http.body); depth > maxDepth) {
        out.error = Tr::tr("the answer nests deeper than %1 levels").arg(maxDepth);
    } else {
        out.json = nlohmann::json::parse(http.body.constBegin(), http.body.constEnd(), nullptr, false);
        if (out.json.is_discarded()) {
            out.error = http.body.trimmed().isEmpty() ? Tr::tr("the answer is empty")
                                                      : Tr::tr("the answer is not valid JSON");
        }
    }
    out.http = std::move(http);
    return out;
}

int HttpClient::jsonDepth(const QByteArray &text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

qint64 HttpClient::retryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok) {
        return seconds < 0 ? -1 : seconds * 1000;
    }
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid()) {
        return -1;
    }
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

QString HttpClient::serverMessage(const HttpResponse &response)
{
    const auto json = nlohmann::json::parse(response.body.constBegin(), response.body.constEnd(), nullptr, false);
    QString message;
    if (json.is_object()) {
        for (const auto *key : { "message", "error", "detail" }) {
            const auto it = json.find(key);
            if (it == json.end()) {
                continue;
            }
            if (it->is_string()) {
                message = QString::fromStdString(it->get<std::string>());
            } else if (it->is_object() && it->contains("message") && (*it)["message"].is_string()) {
                message = QString::fromStdString((*it)["message"].get<std::string>());
            }
            if (!message.isEmpty()) {
                break;
            }
        }
    }
    message = message.left(500);
    if (message.isEmpty()) {
        return Tr::tr("The server answered %1.").arg(response.status);
    }
    return Tr::tr("The server answered %1: %2").arg(response.status).arg(message);
}

} // namespace tessera
