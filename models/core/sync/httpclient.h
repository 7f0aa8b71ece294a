// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tessera {

/** Limits and patience of one endpoint's requests. Tests shorten them; the defaults suit real catalogs. */
struct HttpOptions
{
    int timeoutMs = 30000; ///< no byte for this long: the request failed (a stalled server)
    int totalTimeoutMs = 120000; ///< a whole response takes at most this long (a slow trickle)
    int maxAttempts = 4; ///< a request that failed for a reason worth retrying is sent this often at most
    int backoffMs = 500; ///< the first retry waits about this long; each further one twice as long, with jitter
    int maxBackoffMs = 30000; ///< no wait is longer, whatever Retry-After asks
    qint64 maxBodyBytes = qint64(64) << 20; ///< a larger response is refused
    int maxJsonDepth = 64; ///< nesting deeper than this is refused before parsing
    int maxRedirects = 5;
    /** SHA-256 of the one certificate the user trusted for this connection (hex, no colons), or empty. */
    QByteArray trustedCertificate;
};

/** What became of a request, after its retries. */
struct HttpResponse
{
    enum class Outcome {
        Ok, ///< a response arrived (any status: see `status`)
        Offline, ///< the host could not be reached (refused, unknown host, no route, timed out connecting)
        Timeout, ///< connected, but the response stalled or took too long
        Tls, ///< the certificate was refused; `certificateSha256` names it
        TooLarge, ///< the body passed HttpOptions::maxBodyBytes
        Redirects, ///< a redirect loop, too many redirects, or a redirect from https to http
        Cancelled,
        Failed, ///< any other network error
    };
    Outcome outcome = Outcome::Failed;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names in lower case
    QString error; ///< translated, for messages: what failed, where
    QByteArray certificateSha256; ///< on Tls: the fingerprint of the refused certificate (hex)
    int attempts = 0;

    bool ok() const { return outcome == Outcome::Ok && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &lowerCaseName) const;
};

/** A JSON response parsed within the limits; `error` set (translated) when it was not JSON or broke a limit. */
struct JsonResponse
{
    HttpResponse http;
    nlohmann::json json;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/**
 * HTTP for the sync engine, blocking: call it on a worker thread (it runs its own event loop while it
 * waits). Sends the bearer token only to the host it was given for: a redirect to another host drops it.
 * TLS certificates are verified; only the one certificate trusted by its fingerprint passes otherwise.
 * Retries connection failures, timeouts, 429 and 5xx with exponential backoff and jitter, honouring
 * Retry-After (seconds or an HTTP date) up to HttpOptions::maxBackoffMs.
 */
class HttpClient
{
public:
    /** `cancelled` is polled while waiting; when it returns true the request ends as Cancelled. */
    explicit HttpClient(HttpOptions options = {}, std::function<bool()> cancelled = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    /**
     * Answers each request in place of the network, for exercising the adapters' handling of responses without
     * sockets (tests/fuzz). Retries and the JSON limits apply to what it returns; redirects are not followed.
     */
    using Transport = std::function<HttpResponse(const QByteArray &method, const QUrl &url, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers)>;
    void setTransport(Transport transport) { m_transport = std::move(transport); }

    /** The token for the Authorization header (Bearer), or empty for none. Never logged. */
    void setToken(const QByteArray &token) { m_token = token; }
    const HttpOptions &options() const { return m_options; }

    HttpResponse send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResponse get(const QUrl &url) { return send("GET", url); }

    /** GET (or `method` with a JSON body) expecting a 2xx JSON answer. */
    JsonResponse json(const QUrl &url, const QByteArray &method = "GET", const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});

    /** Parses `http`'s body as JSON within the depth limit; sets `error` when it is not JSON. */
    static JsonResponse parseJson(HttpResponse http, int maxDepth);
    /** The deepest nesting of arrays and objects in a JSON text (strings skipped), without parsing it. */
    static int jsonDepth(const QByteArray &text);
    /** A Retry-After value in milliseconds (delay seconds or an HTTP date), or -1 when absent or unreadable. */
    static qint64 retryAfterMs(const QByteArray &value);
    /** The message an error response carries (OpenMetadata "message", Backstage error.message), or its status. */
    static QString serverMessage(const HttpResponse &response);

private:
    HttpResponse once(const QByteArray &method, const QUrl &url, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers);
    bool wait(qint64 ms);

    HttpOptions m_options;
    std::function<bool()> m_cancelled;
    QByteArray m_token;
    std::unique_ptr<QNetworkAccessManager> m_network;
    Transport m_transport;
};

} // namespace tessera
