// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// The sync engine's HTTP client against hostile endpoints: retries and Retry-After, timeouts, a slow trickle, a
// huge body, redirect loops, a redirect to another host (the token stays behind), TLS with a self-signed
// certificate (refused, then trusted by its fingerprint), malformed and too deep JSON, a wrong content type.
#include "support/testhttpserver.h"
#include "sync/httpclient.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QTcpServer>
#include <QtTest>

#include <atomic>

using namespace tessera;
using tessera::test::Request;
using tessera::test::Response;
using tessera::test::TestHttpServer;

namespace {

HttpOptions fast()
{
    HttpOptions o;
    o.timeoutMs = 2000;
    o.totalTimeoutMs = 4000;
    o.backoffMs = 20;
    o.maxBackoffMs = 2000;
    return o;
}

QString certPath()
{
    return QStringLiteral(TESSERA_TEST_DATA_DIR "/tls/test-cert.pem");
}

QString keyPath()
{
    return QStringLiteral(TESSERA_TEST_DATA_DIR "/tls/test-key.pem");
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonAnswer()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        server.route("GET", "/x", [](const Request &) { return Response::json(R"({"a":[1,2,3]})"); });
        HttpClient http(fast());
        http.setToken("secret-token");
        const JsonResponse r = http.json(server.url().resolved(QUrl(QStringLiteral("/x"))));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.json["a"].size(), std::size_t(3));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().headers.value("authorization"), QByteArray("Bearer secret-token"));
    }

    void retriesServerErrorsThenSucceeds()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        std::atomic<int> calls { 0 };
        server.route("GET", "/flaky", [&](const Request &) {
            return ++calls < 3 ? Response::json(R"({"message":"busy"})", 503) : Response::json("{}");
        });
        HttpClient http(fast());
        const HttpResponse r = http.get(server.url().resolved(QUrl(QStringLiteral("/flaky"))));
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 3);
    }

    void honoursRetryAfter()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        std::atomic<int> calls { 0 };
        server.route("GET", "/limited", [&](const Request &) {
            if (++calls == 1) {
                Response r = Response::json(R"({"message":"slow down"})", 429);
                r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
                return r;
            }
            return Response::json("{}");
        });
        HttpClient http(fast());
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = http.get(server.url().resolved(QUrl(QStringLiteral("/limited"))));
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 2);
        QVERIFY2(timer.elapsed() >= 950, "the client must wait as long as Retry-After asks"); // a lower bound only
    }

    void retryAfterTooLongGivesUpWithReason()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        server.route("GET", "/later", [](const Request &) {
            Response r = Response::json("{}", 429);
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
            return r;
        });
        HttpClient http(fast());
        const HttpResponse r = http.get(server.url().resolved(QUrl(QStringLiteral("/later"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.status, 429);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.error.contains(QLatin1String("3600")), qPrintable(r.error));
    }

    void retryAfterDates()
    {
        QCOMPARE(HttpClient::retryAfterMs("120"), 120000);
        QCOMPARE(HttpClient::retryAfterMs(""), -1);
        QCOMPARE(HttpClient::retryAfterMs("soon"), -1);
        const QByteArray future = QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1();
        const qint64 ms = HttpClient::retryAfterMs(future);
        QVERIFY2(ms > 25000 && ms <= 31000, qPrintable(QString::number(ms)));
    }

    void stalledServerTimesOut()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        server.route("GET", "/stall", [](const Request &) {
            Response r = Response::json("{}");
            r.delayMs = 5000;
            return r;
        });
        HttpOptions o = fast();
        o.timeoutMs = 300;
        o.maxAttempts = 2;
        HttpClient http(o);
        const HttpResponse r = http.get(server.url().resolved(QUrl(QStringLiteral("/stall"))));
        QCOMPARE(r.outcome, HttpResponse::Outcome::Timeout);
        QCOMPARE(r.attempts, 2);
        QVERIFY(!r.error.isEmpty());
    }

    void slowTrickleHitsTheTotalLimit()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        server.route("GET", "/trickle", [](const Request &) {
            Response r = Response::json(QByteArray(4000, ' ') + "{}");
            r.chunkSize = 10;
            r.chunkDelayMs = 50; // 20 s in all, a byte often enough never to stall
            return r;
        });
        HttpOptions o = fast();
        o.timeoutMs = 1000;
        o.totalTimeoutMs = 800;
        o.maxAttempts = 1;
        HttpClient http(o);
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = http.get(server.url().resolved(QUrl(QStringLiteral("/trickle"))));
        QCOMPARE(r.outcome, HttpResponse::Outcome::Timeout);
        QVERIFY(timer.elapsed() < 10000);
    }

    void hugeBodyIsRefused()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        server.route("GET", "/huge", [](const Request &) { return Response::json(QByteArray(2 << 20, '1')); });
        HttpOptions o = fast();
        o.maxBodyBytes = 1 << 20;
        HttpClient http(o);
        const HttpResponse r = http.get(server.url().resolved(QUrl(QStringLiteral("/huge"))));
        QCOMPARE(r.outcome, HttpResponse::Outcome::TooLarge);
        QVERIFY(r.body.isEmpty());
    }

    void redirectLoopStops()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        server.route("GET", "/a", [](const Request &) { return Response::redirect("/b"); });
        server.route("GET", "/b", [](const Request &) { return Response::redirect("/a"); });
        HttpClient http(fast());
        const HttpResponse r = http.get(server.url().resolved(QUrl(QStringLiteral("/a"))));
        QCOMPARE(r.outcome, HttpResponse::Outcome::Redirects);
        QVERIFY(server.requests().size() <= 6);
    }

    void redirectToAnotherHostDropsTheToken()
    {
        TestHttpServer other;
        QVERIFY(other.startInThread());
        other.route("GET", "/landing", [](const Request &) { return Response::json("{}"); });
        TestHttpServer server;
        QVERIFY(server.startInThread());
        // "localhost" is another host than "127.0.0.1" as far as the URL goes: the token must not follow.
        const QByteArray target = "http://localhost:" + QByteArray::number(other.port()) + "/landing";
        server.route("GET", "/go", [target](const Request &) { return Response::redirect(target); });
        server.route("GET", "/same", [](const Request &) { return Response::redirect("/landing2"); });
        server.route("GET", "/landing2", [](const Request &) { return Response::json("{}"); });
        HttpClient http(fast());
        http.setToken("secret-token");
        QVERIFY(http.get(server.url().resolved(QUrl(QStringLiteral("/go")))).ok());
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(!other.requests().first().headers.contains("authorization"));
        // Within the same host the token goes along.
        QVERIFY(http.get(server.url().resolved(QUrl(QStringLiteral("/same")))).ok());
        QCOMPARE(server.requests().last().headers.value("authorization"), QByteArray("Bearer secret-token"));
    }

    void unreachableIsOffline()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        HttpOptions o = fast();
        o.maxAttempts = 2;
        HttpClient http(o);
        const HttpResponse r = http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        QCOMPARE(r.outcome, HttpResponse::Outcome::Offline);
        QCOMPARE(r.attempts, 2);
    }

    void malformedJsonAndWrongContentType()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        server.route("GET", "/broken", [](const Request &) { return Response::json(R"({"items": [1, 2,)"); });
        server.route("GET", "/html", [](const Request &) {
            Response r = Response::json("<html>login</html>");
            r.contentType = "text/html";
            return r;
        });
        server.route("GET", "/deep",
            [](const Request &) { return Response::json(QByteArray(500, '[') + QByteArray(500, ']')); });
        server.route("GET", "/empty", [](const Request &) { return Response::json(""); });
        HttpClient http(fast());
        for (const char *path : { "/broken", "/html", "/deep", "/empty" }) {
            const JsonResponse r = http.json(server.url().resolved(QUrl(QString::fromLatin1(path))));
            QVERIFY2(!r.ok(), path);
            QVERIFY2(!r.error.isEmpty(), path);
        }
        QVERIFY(
            http.json(server.url().resolved(QUrl(QStringLiteral("/html")))).error.contains(QLatin1String("text/html")));
    }

    void jsonDepth()
    {
        QCOMPARE(HttpClient::jsonDepth("{\"a\":[{\"b\":\"[[[[\"}]}"), 3);
        QCOMPARE(HttpClient::jsonDepth("\"\\\"[\""), 0);
        QCOMPARE(HttpClient::jsonDepth("1"), 0);
    }

    void serverMessages()
    {
        HttpResponse r;
        r.status = 400;
        r.body = R"({"code":400,"message":"Invalid contract: name is required"})";
        QVERIFY(HttpClient::serverMessage(r).contains(QLatin1String("name is required")));
        r.body = R"({"error":{"name":"NotFoundError","message":"No entity named x"}})";
        QVERIFY(HttpClient::serverMessage(r).contains(QLatin1String("No entity named x")));
        r.body = "<html>";
        QVERIFY(HttpClient::serverMessage(r).contains(QLatin1String("400")));
    }

    void selfSignedCertificateIsRefusedThenTrustedByFingerprint()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread(true, certPath(), keyPath()));
        server.route("GET", "/secure", [](const Request &) { return Response::json(R"({"ok":true})"); });
        const QUrl url = server.url().resolved(QUrl(QStringLiteral("/secure")));
        HttpClient strict(fast());
        const HttpResponse refused = strict.get(url);
        QCOMPARE(refused.outcome, HttpResponse::Outcome::Tls);
        QCOMPARE(refused.attempts, 1); // a refused certificate is not retried
        const auto certs = QSslCertificate::fromPath(certPath());
        QCOMPARE(certs.size(), 1);
        const QByteArray fingerprint = certs.first().digest(QCryptographicHash::Sha256).toHex();
        QCOMPARE(refused.certificateSha256, fingerprint);
        QVERIFY(refused.error.contains(QString::fromLatin1(fingerprint)));
        QVERIFY(server.requests().isEmpty());

        HttpOptions trusting = fast();
        trusting.trustedCertificate = fingerprint;
        HttpClient trusted(trusting);
        QVERIFY(trusted.get(url).ok());

        HttpOptions wrong = fast();
        wrong.trustedCertificate = QByteArray(64, 'a');
        HttpClient other(wrong);
        QCOMPARE(other.get(url).outcome, HttpResponse::Outcome::Tls);
    }

    void httpsNeverRedirectsToHttp()
    {
        TestHttpServer plain;
        QVERIFY(plain.startInThread());
        TestHttpServer server;
        QVERIFY(server.startInThread(true, certPath(), keyPath()));
        const QByteArray target = plain.url().toEncoded() + "/x";
        server.route("GET", "/down", [target](const Request &) { return Response::redirect(target); });
        HttpOptions o = fast();
        o.trustedCertificate = QSslCertificate::fromPath(certPath()).first().digest(QCryptographicHash::Sha256).toHex();
        HttpClient http(o);
        http.setToken("secret-token");
        const HttpResponse r = http.get(server.url().resolved(QUrl(QStringLiteral("/down"))));
        QCOMPARE(r.outcome, HttpResponse::Outcome::Redirects);
        QVERIFY(plain.requests().isEmpty());
    }

    void cancelEndsAWait()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        server.route("GET", "/stall", [](const Request &) {
            Response r = Response::json("{}");
            r.delayMs = 10000;
            return r;
        });
        std::atomic<bool> cancel { false };
        HttpClient http(fast(), [&] { return cancel.load(); });
        QTimer::singleShot(200, [&] { cancel = true; });
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = http.get(server.url().resolved(QUrl(QStringLiteral("/stall"))));
        QCOMPARE(r.outcome, HttpResponse::Outcome::Cancelled);
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
