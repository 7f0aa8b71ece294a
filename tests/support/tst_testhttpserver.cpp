// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "support/testhttpserver.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace tessera::test;

namespace {

using ReplyPtr = std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)>;

ReplyPtr own(QNetworkReply *reply)
{
    return ReplyPtr(reply, [](QNetworkReply *r) { r->deleteLater(); });
}

/** Spins the event loop until `reply` finishes; false on timeout. */
bool finish(QNetworkReply *reply, int timeoutMs = 10000)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(timeoutMs);
    }
    return reply->isFinished();
}

int status(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QUrl at(const TestHttpServer &server, const QString &pathAndQuery)
{
    return QUrl(server.url().toString() + pathAndQuery);
}

QString certPath()
{
    return testData("tls/test-cert.pem");
}

QString keyPath()
{
    return testData("tls/test-key.pem");
}

/** Exactly the error a self-signed server certificate causes: nothing else may be ignored. */
QList<QSslError> expectedSslErrors()
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath());
    return { QSslError(QSslError::SelfSignedCertificate, certificates.value(0)) };
}

} // namespace

class TestHttpServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoute()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QCOMPARE(server.url().scheme(), "http");
        QCOMPARE(server.url().host(), "127.0.0.1");
        QVERIFY(server.port() != 0);
        server.route("GET", "/api/v1/items", [](const Request &) { return Response::json(R"({"items":[1,2]})"); });

        QNetworkAccessManager nam;
        QNetworkRequest request(at(server, "/api/v1/items"));
        request.setRawHeader("X-Tessera-Token", "secret");
        const ReplyPtr reply = own(nam.get(request));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(status(reply.get()), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), "application/json");
        QCOMPARE(reply->readAll(), R"({"items":[1,2]})");

        const QList<Request> requests = server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).method, "GET");
        QCOMPARE(requests.at(0).path, "/api/v1/items");
        QCOMPARE(requests.at(0).headers.value("x-tessera-token"), "secret");
        QCOMPARE(requests.at(0).headers.value("host"), "127.0.0.1:" + QByteArray::number(server.port()));
        server.clearRequests();
        QVERIFY(server.requests().isEmpty());
    }

    void queryAndBody()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("*", "/search", [](const Request &r) {
            return Response::json(r.query.queryItemValue("q", QUrl::FullyDecoded).toUtf8(), 201);
        });

        QNetworkAccessManager nam;
        QNetworkRequest request(at(server, "/search?q=hello%20world&page=2&limit=50"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        const ReplyPtr reply = own(nam.post(request, "{\"a\":1}"));
        QVERIFY(finish(reply.get()));
        QCOMPARE(status(reply.get()), 201);
        QCOMPARE(reply->readAll(), "hello world");

        const Request received = server.requests().value(0);
        QCOMPARE(received.method, "POST");
        QCOMPARE(received.path, "/search");
        QCOMPARE(received.query.queryItemValue("page"), "2");
        QCOMPARE(received.query.queryItemValue("limit"), "50");
        QCOMPARE(received.body, "{\"a\":1}");
        QCOMPARE(received.headers.value("content-length"), "7");
        QCOMPARE(received.headers.value("content-type"), "application/json");
    }

    void routing_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("route");

        QTest::newRow("longest prefix") << QByteArray("GET") << "/api/other" << QByteArray("any-api");
        QTest::newRow("exact method beats *") << QByteArray("GET") << "/api/items/3" << QByteArray("get-items");
        QTest::newRow("other exact method") << QByteArray("POST") << "/api/items" << QByteArray("post-items");
        QTest::newRow("* for other methods") << QByteArray("DELETE") << "/api/items/3" << QByteArray("any-items");
        QTest::newRow("later route wins") << QByteArray("GET") << "/v2" << QByteArray("v2-second");
    }

    void routing()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, route);

        TestHttpServer server;
        QVERIFY(server.listen());
        const auto named
            = [](const QByteArray &name) { return [name](const Request &) { return Response::json(name); }; };
        server.route("*", "/api", named("any-api"));
        server.route("GET", "/api/items", named("get-items"));
        server.route("POST", "/api/items", named("post-items"));
        server.route("*", "/api/items", named("any-items"));
        server.route("GET", "/v2", named("v2-first"));
        server.route("GET", "/v2", named("v2-second"));

        QNetworkAccessManager nam;
        const ReplyPtr reply = own(nam.sendCustomRequest(QNetworkRequest(at(server, path)), verb));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->readAll(), route);
    }

    void fallback()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        {
            const ReplyPtr reply = own(nam.get(QNetworkRequest(at(server, "/nowhere"))));
            QVERIFY(finish(reply.get()));
            QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
            QCOMPARE(status(reply.get()), 404);
            QCOMPARE(reply->readAll(), R"({"message":"not found"})");
        }
        server.setFallback([](const Request &) { return Response::json(R"({"message":"down"})", 503); });
        const ReplyPtr reply = own(nam.get(QNetworkRequest(at(server, "/nowhere"))));
        QVERIFY(finish(reply.get()));
        QCOMPARE(status(reply.get()), 503);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), "Service Unavailable");
    }

    void trickleArrivesComplete()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QByteArray body;
        for (int i = 0; i < 1000; ++i) {
            body += "0123456789";
        }
        server.route("GET", "/slow", [body](const Request &) {
            Response response = Response::json(body);
            response.chunkSize = 1000;
            response.chunkDelayMs = 20;
            return response;
        });

        QNetworkAccessManager nam;
        QElapsedTimer timer;
        timer.start();
        const ReplyPtr reply = own(nam.get(QNetworkRequest(at(server, "/slow"))));
        QSignalSpy pieces(reply.get(), &QNetworkReply::readyRead);
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), body);
        QVERIFY2(timer.elapsed() >= 150, "ten pieces 20 ms apart take about 180 ms");
        QVERIFY(pieces.size() >= 2);
    }

    void redirect()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/old", [](const Request &) { return Response::redirect("/new"); });
        server.route("GET", "/new", [](const Request &) { return Response::json(R"({"moved":true})"); });

        QNetworkAccessManager nam; // Qt 6 follows redirects by default (NoLessSafeRedirectPolicy)
        const ReplyPtr reply = own(nam.get(QNetworkRequest(at(server, "/old"))));
        QSignalSpy redirected(reply.get(), &QNetworkReply::redirected);
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(redirected.size(), 1);
        QCOMPARE(reply->url(), at(server, "/new"));
        QCOMPARE(reply->readAll(), R"({"moved":true})");

        const QList<Request> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, "/old");
        QCOMPARE(requests.at(1).path, "/new");

        QNetworkRequest manual(at(server, "/old"));
        manual.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        const ReplyPtr raw = own(nam.get(manual));
        QVERIFY(finish(raw.get()));
        QCOMPARE(status(raw.get()), 302);
        QCOMPARE(raw->rawHeader("Location"), "/new");
    }

    void closeWithoutResponse()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("*", "/", [](const Request &) {
            Response response;
            response.closeWithoutResponse = true;
            return response;
        });

        QNetworkAccessManager nam;
        const ReplyPtr reply = own(nam.get(QNetworkRequest(at(server, "/drop"))));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute), QVariant());
        // QNetworkAccessManager retries a GET once when the server closes before answering (Qt 6.4: 2 requests).
        QVERIFY(!server.requests().isEmpty());
    }

    void delayHitsTransferTimeout()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/", [](const Request &) {
            Response response = Response::json("{}");
            response.delayMs = 5000;
            return response;
        });

        QNetworkAccessManager nam;
        QNetworkRequest request(at(server, "/late"));
        request.setTransferTimeout(200);
        QElapsedTimer timer;
        timer.start();
        const ReplyPtr reply = own(nam.get(request));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // how Qt 6.4 reports a transfer timeout
        QVERIFY2(timer.elapsed() < 4000, "the client gave up, it did not wait for the server");
    }

    void lyingContentLength()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/", [](const Request &) {
            Response response = Response::json(R"({"truncated":)");
            response.declaredLength = 1000;
            return response;
        });

        QNetworkAccessManager nam;
        const ReplyPtr reply = own(nam.get(QNetworkRequest(at(server, "/short"))));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError); // the body ended before Content-Length
    }

    /** In its own thread the server answers a client that blocks the test thread, request written in pieces. */
    void ownThreadWithBlockingClient()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        std::atomic<QThread *> handlerThread = nullptr;
        server.route("POST", "/echo", [&handlerThread](const Request &r) {
            handlerThread = QThread::currentThread();
            return Response::json(r.body);
        });

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray request = "POST /echo?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                   "Content-Length: 11\r\n\r\n{\"ok\":true}";
        for (qsizetype i = 0; i < request.size(); i += 7) {
            socket.write(request.mid(i, 7));
            QVERIFY(socket.waitForBytesWritten(5000));
            QThread::msleep(5); // blocks this thread: only a server in another thread can answer
        }
        QByteArray answer;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000)) {
            answer += socket.readAll();
        }
        answer += socket.readAll();

        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        QVERIFY(answer.contains("\r\nConnection: close\r\n"));
        QVERIFY(answer.contains("\r\nContent-Length: 11\r\n"));
        QVERIFY(answer.endsWith("\r\n\r\n{\"ok\":true}"));
        QVERIFY(handlerThread.load() != nullptr);
        QVERIFY(handlerThread.load() != QThread::currentThread());
        const QList<Request> requests = server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).query.queryItemValue("x"), "1");
        QCOMPARE(requests.at(0).headers.value("content-type"), "application/json");
    }

    void tlsWithExpectedErrorsIgnored_data()
    {
        QTest::addColumn<bool>("ownThread");
        QTest::newRow("test thread") << false;
        QTest::newRow("own thread") << true;
    }

    void tlsWithExpectedErrorsIgnored()
    {
        QFETCH(bool, ownThread);
        if (!QSslSocket::supportsSsl()) {
            QSKIP("no TLS backend");
        }
        TestHttpServer server;
        QVERIFY(
            ownThread ? server.startInThread(true, certPath(), keyPath()) : server.listenTls(certPath(), keyPath()));
        QCOMPARE(server.url().scheme(), "https");
        server.route("GET", "/secure", [](const Request &) { return Response::json(R"({"tls":true})"); });

        QNetworkAccessManager nam;
        const ReplyPtr reply = own(nam.get(QNetworkRequest(at(server, "/secure"))));
        reply->ignoreSslErrors(expectedSslErrors());
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), R"({"tls":true})");
        QCOMPARE(server.requests().size(), 1);
    }

    void tlsFailsWithoutIgnoring()
    {
        if (!QSslSocket::supportsSsl()) {
            QSKIP("no TLS backend");
        }
        TestHttpServer server;
        QVERIFY(server.listenTls(certPath(), keyPath()));
        server.route("GET", "/", [](const Request &) { return Response::json("{}"); });

        QNetworkAccessManager nam;
        const ReplyPtr reply = own(nam.get(QNetworkRequest(at(server, "/secure"))));
        QSignalSpy sslErrors(reply.get(), &QNetworkReply::sslErrors);
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(sslErrors.size(), 1);
        QCOMPARE(sslErrors.at(0).at(0).value<QList<QSslError>>(), expectedSslErrors());
        QVERIFY(server.requests().isEmpty());
    }

    void fixture()
    {
        QVERIFY(TestHttpServer::fixture(certPath()).startsWith("-----BEGIN CERTIFICATE-----"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("TestHttpServer: cannot read .*"));
        QVERIFY(TestHttpServer::fixture(testData("no/such/file.json")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpServerTest)
#include "tst_testhttpserver.moc"
