// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QThread;

namespace tessera::test {

class TestHttpServerEngine;

/** One request as the server received it. */
struct Request
{
    QByteArray method; ///< "GET", "POST", ...
    QByteArray path; ///< as sent (still percent-encoded), without the query
    QUrlQuery query; ///< the query; read values with queryItemValue(key, QUrl::FullyDecoded)
    QMap<QByteArray, QByteArray> headers; ///< lower-case names; repeated headers are joined with ", "
    QByteArray body; ///< exactly Content-Length bytes (requests with chunked bodies are not supported)
};

/** What to answer. The defaults give "200 OK" with an empty JSON body. */
struct Response
{
    int status = 200;
    QByteArray reason; ///< empty: the usual phrase for `status` ("OK", "Not Found", ...)
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers, sent as given
    QByteArray body;
    QByteArray contentType = "application/json"; ///< empty: no Content-Type header
    int chunkSize = 0; ///< >0: write the body in pieces of this many bytes (a plain Content-Length body,
                       ///< not Transfer-Encoding: chunked)...
    int chunkDelayMs = 0; ///< ...with this delay between pieces (a slow trickle)
    qint64 declaredLength = -1; ///< the Content-Length to announce; -1 = body size (set it to lie)
    bool closeWithoutResponse = false; ///< drop the connection after reading the request
    int delayMs = 0; ///< wait this long before sending anything (for timeouts)

    static Response json(const QByteArray &body, int status = 200);
    /** A redirect to `location` (absolute or relative URL) with an empty body. */
    static Response redirect(const QByteArray &location, int status = 302);
};

using Handler = std::function<Response(const Request &)>;

/**
 * A small HTTP/1.1 server on 127.0.0.1 for tests: replays fixtures and plays hostile endpoints.
 *
 * Every response carries "Connection: close", and the connection closes after it (one request per
 * connection). Delays and trickles use timers, never sleeps.
 *
 * Two ways to run it:
 *  - listen() / listenTls(): the server lives in the calling thread; that thread must spin an event loop
 *    (QTRY_*, QSignalSpy::wait, QEventLoop) while the client talks to it.
 *  - startInThread(): the server runs in its own thread, so the test thread may block (waitFor*, a
 *    synchronous client). Handlers then run in the server's thread.
 * route(), setFallback(), requests() and clearRequests() are thread-safe in both cases.
 */
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit TestHttpServer(QObject *parent = nullptr);
    /** Closes the server and, after startInThread(), stops its thread. */
    ~TestHttpServer() override;

    /** Plain HTTP on 127.0.0.1, a free port, in the calling thread (after startInThread(): in the server's). */
    bool listen();
    /** HTTPS (QSslServer) on 127.0.0.1, a free port, like listen(). Clients do not need a certificate. */
    bool listenTls(const QString &certPemPath, const QString &keyPemPath);
    /**
     * Starts a thread and listens there (HTTP, or HTTPS with `tls`); returns once the port is known.
     * Only the sockets move there: this object stays in (and must be destroyed from) the calling thread.
     */
    bool startInThread(bool tls = false, const QString &certPemPath = {}, const QString &keyPemPath = {});

    /** http(s)://127.0.0.1:PORT, empty before listening. */
    QUrl url() const;
    quint16 port() const;

    /**
     * Answers requests whose path starts with `pathPrefix` with `handler`. The longest prefix wins; on a
     * tie a route for the exact method beats a "*" one (which matches any method), then the later route wins.
     */
    void route(const QByteArray &method, const QByteArray &pathPrefix, Handler handler);
    /** Answers requests no route matches; the default is 404 {"message":"not found"}. */
    void setFallback(Handler handler);

    /** Every request received, in order. */
    QList<Request> requests() const;
    void clearRequests();

    /** The contents of the file at `path`; empty (and a warning) when it cannot be read. */
    static QByteArray fixture(const QString &path);

private:
    struct Route
    {
        QByteArray method;
        QByteArray prefix;
        Handler handler;
    };

    bool listenImpl(bool tls, const QString &certPemPath, const QString &keyPemPath);
    /** Records `request` and computes its response (called in the server's thread). */
    Response dispatch(const Request &request);

    mutable QMutex m_mutex; // guards everything below except m_engine and m_thread
    QList<Route> m_routes;
    Handler m_fallback;
    QList<Request> m_requests;
    QUrl m_url;

    TestHttpServerEngine *m_engine = nullptr; // the sockets; lives in m_thread when there is one
    QThread *m_thread = nullptr;
};

} // namespace tessera::test
