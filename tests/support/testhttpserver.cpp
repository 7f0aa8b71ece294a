// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "support/testhttpserver.h"

#include <QFile>
#include <QMutexLocker>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <utility>

namespace tessera::test {

namespace {

using Dispatch = std::function<Response(const Request &)>;

// Requests with larger heads are answered with 431, so a hostile client cannot grow the buffer forever.
constexpr qsizetype MaxHeadSize = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool hasHeader(const Response &response, const QByteArray &lowerName)
{
    for (const auto &[name, value] : response.headers) {
        if (name.toLower() == lowerName) {
            return true;
        }
    }
    return false;
}

QByteArray responseHead(const Response &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
    if (!response.contentType.isEmpty() && !hasHeader(response, "content-type")) {
        head += "Content-Type: " + response.contentType + "\r\n";
    }
    if (!hasHeader(response, "content-length")) {
        const qint64 length = response.declaredLength >= 0 ? response.declaredLength : response.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    if (!hasHeader(response, "connection")) {
        head += "Connection: close\r\n";
    }
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "\r\n";
    return head;
}

/** One accepted connection: reads one request, answers it, closes, deletes itself. */
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, Dispatch dispatch, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_dispatch(std::move(dispatch))
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        // A TLS socket may already hold decrypted data that came with the end of the handshake.
        if (m_socket->bytesAvailable() > 0) {
            onReadyRead();
        }
    }

private:
    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        if (m_answered) {
            return; // one request per connection: ignore whatever follows
        }
        m_buffer += data;
        parse();
    }

    /** Answers once the head and the whole body are in; until then waits for more data. */
    void parse()
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > MaxHeadSize) {
                answer(Response::json(R"({"message":"request head too large"})", 431));
            }
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/")) {
            answer(Response::json(R"({"message":"bad request line"})", 400));
            return;
        }

        Request request;
        request.method = requestLine.at(0);
        const QByteArray &target = requestLine.at(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        if (question >= 0) {
            request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                answer(Response::json(R"({"message":"bad header line"})", 400));
                return;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            QByteArray &stored = request.headers[name];
            stored = stored.isEmpty() ? value : stored + ", " + value;
        }

        qint64 contentLength = 0;
        if (request.headers.contains("content-length")) {
            bool ok = false;
            contentLength = request.headers.value("content-length").toLongLong(&ok);
            if (!ok || contentLength < 0) {
                answer(Response::json(R"({"message":"bad content-length"})", 400));
                return;
            }
        }
        const qsizetype bodyStart = headEnd + 4;
        if (m_buffer.size() - bodyStart < contentLength) {
            return; // the body is still on its way
        }
        request.body = m_buffer.mid(bodyStart, contentLength);
        answer(m_dispatch(request));
    }

    void answer(const Response &response)
    {
        m_answered = true;
        m_buffer.clear();
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, this, [this, response] { send(response); });
        } else {
            send(response);
        }
    }

    void send(const Response &response)
    {
        if (response.closeWithoutResponse) {
            m_socket->abort();
            deleteLater();
            return;
        }
        m_socket->write(responseHead(response));
        m_pending = response.body;
        m_chunkSize = response.chunkSize;
        m_chunkDelayMs = response.chunkDelayMs;
        writeNextPiece();
    }

    /** Writes the body, all at once or a piece at a time; closes after the last byte. */
    void writeNextPiece()
    {
        const qsizetype size = m_chunkSize > 0 ? qMin<qsizetype>(m_chunkSize, m_pending.size()) : m_pending.size();
        m_socket->write(m_pending.left(size));
        m_pending.remove(0, size);
        if (m_pending.isEmpty()) {
            m_socket->disconnectFromHost(); // flushes first; `disconnected` then deletes this
            return;
        }
        m_socket->flush();
        QTimer::singleShot(m_chunkDelayMs, this, [this] { writeNextPiece(); });
    }

    QTcpSocket *m_socket;
    Dispatch m_dispatch;
    QByteArray m_buffer;
    bool m_answered = false;
    QByteArray m_pending;
    int m_chunkSize = 0;
    int m_chunkDelayMs = 0;
};

bool loadTlsConfiguration(const QString &certPemPath, const QString &keyPemPath, QSslConfiguration *configuration)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPemPath, QSsl::Pem);
    if (certificates.isEmpty()) {
        qWarning("TestHttpServer: no certificate in %s", qPrintable(certPemPath));
        return false;
    }
    const QByteArray keyPem = TestHttpServer::fixture(keyPemPath);
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    }
    if (key.isNull()) {
        qWarning("TestHttpServer: no RSA or EC private key in %s", qPrintable(keyPemPath));
        return false;
    }
    *configuration = QSslConfiguration::defaultConfiguration();
    configuration->setLocalCertificateChain(certificates);
    configuration->setPrivateKey(key);
    configuration->setPeerVerifyMode(QSslSocket::VerifyNone); // clients need no certificate
    return true;
}

} // namespace

/** Owns the listening socket and the connections; lives in the server's thread. */
class TestHttpServerEngine : public QObject
{
public:
    explicit TestHttpServerEngine(Dispatch dispatch)
        : m_dispatch(std::move(dispatch))
    { }

    /** Listens on 127.0.0.1 and returns the port, 0 on failure. */
    quint16 listen(bool tls, const QString &certPemPath, const QString &keyPemPath)
    {
        delete m_server; // a second listen() replaces the first
        m_server = nullptr;
        if (tls) {
            if (!QSslSocket::supportsSsl()) {
                qWarning("TestHttpServer: this Qt has no TLS backend");
                return 0;
            }
            QSslConfiguration configuration;
            if (!loadTlsConfiguration(certPemPath, keyPemPath, &configuration)) {
                return 0;
            }
            auto *sslServer = new QSslServer(this);
            sslServer->setSslConfiguration(configuration);
            m_server = sslServer;
        } else {
            m_server = new QTcpServer(this);
        }
        // Not newConnection: QSslServer (Qt 6.4) emits it before the handshake, when nothing is pending yet, and
        // announces the encrypted socket with pendingConnectionAvailable only.
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                new Connection(socket, m_dispatch, this);
            }
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            qWarning("TestHttpServer: cannot listen: %s", qPrintable(m_server->errorString()));
            return 0;
        }
        return m_server->serverPort();
    }

private:
    Dispatch m_dispatch;
    QPointer<QTcpServer> m_server;
};

Response Response::json(const QByteArray &body, int status)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

Response Response::redirect(const QByteArray &location, int status)
{
    Response response;
    response.status = status;
    response.contentType.clear();
    response.headers.append({ "Location", location });
    return response;
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_fallback([](const Request &) { return Response::json(R"({"message":"not found"})", 404); })
    , m_engine(new TestHttpServerEngine([this](const Request &request) { return dispatch(request); }))
{ }

TestHttpServer::~TestHttpServer()
{
    if (m_thread) {
        // The engine is deleted in its own thread, on `finished` (connected in startInThread()).
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    } else {
        delete m_engine;
    }
}

bool TestHttpServer::listen()
{
    return listenImpl(false, {}, {});
}

bool TestHttpServer::listenTls(const QString &certPemPath, const QString &keyPemPath)
{
    return listenImpl(true, certPemPath, keyPemPath);
}

bool TestHttpServer::startInThread(bool tls, const QString &certPemPath, const QString &keyPemPath)
{
    if (m_thread) {
        qWarning("TestHttpServer: startInThread() called twice");
        return false;
    }
    delete m_engine; // drops a server a previous listen() started in this thread
    m_engine = new TestHttpServerEngine([this](const Request &request) { return dispatch(request); });
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("TestHttpServer"));
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread->start();
    return listenImpl(tls, certPemPath, keyPemPath);
}

bool TestHttpServer::listenImpl(bool tls, const QString &certPemPath, const QString &keyPemPath)
{
    quint16 port = 0;
    const auto doListen = [&] { port = m_engine->listen(tls, certPemPath, keyPemPath); };
    if (m_thread) {
        QMetaObject::invokeMethod(m_engine, doListen, Qt::BlockingQueuedConnection);
    } else {
        doListen();
    }

    QUrl url;
    if (port != 0) {
        url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
    }
    const QMutexLocker locker(&m_mutex);
    m_url = url;
    return port != 0;
}

QUrl TestHttpServer::url() const
{
    const QMutexLocker locker(&m_mutex);
    return m_url;
}

quint16 TestHttpServer::port() const
{
    const QMutexLocker locker(&m_mutex);
    return m_url.isEmpty() ? 0 : quint16(m_url.port());
}

void TestHttpServer::route(const QByteArray &method, const QByteArray &pathPrefix, Handler handler)
{
    const QMutexLocker locker(&m_mutex);
    m_routes.append({ method, pathPrefix, std::move(handler) });
}

void TestHttpServer::setFallback(Handler handler)
{
    const QMutexLocker locker(&m_mutex);
    m_fallback = std::move(handler);
}

QList<Request> TestHttpServer::requests() const
{
    const QMutexLocker locker(&m_mutex);
    return m_requests;
}

void TestHttpServer::clearRequests()
{
    const QMutexLocker locker(&m_mutex);
    m_requests.clear();
}

QByteArray TestHttpServer::fixture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("TestHttpServer: cannot read %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return {};
    }
    return file.readAll();
}

Response TestHttpServer::dispatch(const Request &request)
{
    Handler handler;
    {
        const QMutexLocker locker(&m_mutex);
        m_requests.append(request);
        const Route *best = nullptr;
        for (const Route &route : std::as_const(m_routes)) {
            const bool exact = route.method == request.method;
            if ((!exact && route.method != "*") || !request.path.startsWith(route.prefix)) {
                continue;
            }
            // Longest prefix; on a tie an exact method beats "*", then the later route wins.
            if (!best || route.prefix.size() > best->prefix.size()
                || (route.prefix.size() == best->prefix.size() && (exact || best->method == "*"))) {
                best = &route;
            }
        }
        handler = best ? best->handler : m_fallback;
    }
    // Called unlocked: a handler may call route() or requests().
    return handler ? handler(request) : Response::json(R"({"message":"no handler"})", 500);
}

} // namespace tessera::test
