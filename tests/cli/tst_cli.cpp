// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "store/store.h"
#include "support/testhttpserver.h"
#include "testutils.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <atomic>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QMap<QString, QString> &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it) {
        env.insert(it.key(), it.value());
    }
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TESSERA_CLI), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        return { -2, QString(), QStringLiteral("crashed") };
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QString odcs(const char *relative)
{
    return tessera::test::fixture(QStringLiteral("standards/odcs/") + QLatin1String(relative));
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void usage();
    void lintExitCodes_data();
    void lintExitCodes();
    void lintFormats();
    void lintManyFilesKeepsOrder();
    void changelog();
    void breaking();
    void convertRoundTrip();
    void convertImportsDcs();
    void fmt();
    void fmtKeepsComments();
    void badInput_data();
    void badInput();
    void hugeFile();
    void germanMessages();
    void catalogCommands();
    void sourcesAndSync();
    void tokenNeverWritten();
    void killedSyncResumes();
    void policyCheck();

private:
    QTemporaryDir m_dir;
};

void TestCli::usage()
{
    const Run version = cli({ QStringLiteral("--version") });
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("tessera-cli ")));
    const Run help = cli({ QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    for (const char *command : { "lint", "changelog", "breaking", "convert", "fmt" }) {
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
        const Run commandHelp = cli({ QLatin1String(command), QStringLiteral("--help") });
        QCOMPARE(commandHelp.code, 0);
        QVERIFY(commandHelp.out.contains(QStringLiteral("Exit code")));
    }
    QCOMPARE(cli({}).code, 2);
    QCOMPARE(cli({ QStringLiteral("frobnicate") }).code, 2);
    QCOMPARE(cli({ QStringLiteral("lint") }).code, 2);
    QCOMPARE(cli({ QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("xml"),
                     odcs("examples/full-example.odcs.yaml") })
                 .code,
        2);
    QCOMPARE(cli({ QStringLiteral("lint"), QStringLiteral("--bogus") }).code, 2);
    QCOMPARE(cli({ QStringLiteral("breaking"), odcs("examples/full-example.odcs.yaml") }).code, 2);
    QCOMPARE(cli({ QStringLiteral("convert"), odcs("examples/full-example.odcs.yaml"), QStringLiteral("--to"),
                     QStringLiteral("xml") })
                 .code,
        2);
}

void TestCli::lintExitCodes_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("code");
    QTest::newRow("valid") << QStringList { odcs("examples/full-example.odcs.yaml") } << 0;
    QTest::newRow("valid with a warning") << QStringList { odcs("examples/basic-four-dpo.odcs.yaml") } << 0;
    QTest::newRow("invalid") << QStringList { odcs("datacontract-cli/lint/invalid.odcs.yaml") } << 1;
    QTest::newRow("valid and invalid") << QStringList { odcs("examples/full-example.odcs.yaml"),
        odcs("datacontract-cli/lint/invalid.odcs.yaml") }
                                       << 1;
    QTest::newRow("missing file") << QStringList { QStringLiteral("/nonexistent.yaml") } << 2;
    QTest::newRow("invalid and unreadable")
        << QStringList { odcs("datacontract-cli/lint/invalid.odcs.yaml"), QStringLiteral("/nonexistent.yaml") } << 2;
}

void TestCli::lintExitCodes()
{
    QFETCH(QStringList, files);
    QFETCH(int, code);
    const Run run = cli(QStringList { QStringLiteral("lint") } + files);
    QCOMPARE(run.code, code);
    QVERIFY(run.out.contains(QStringLiteral("file(s) checked")));
}

void TestCli::lintFormats()
{
    const QStringList files { odcs("examples/full-example.odcs.yaml"),
        odcs("datacontract-cli/lint/invalid_multiple_errors.odcs.yaml") };
    const Run json
        = cli(QStringList { QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json") } + files);
    QCOMPARE(json.code, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    const QJsonObject summary = doc.object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("files")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("invalid")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("errors")).toInt(), 2);
    const QJsonArray findings = doc.object()
                                    .value(QStringLiteral("files"))
                                    .toArray()
                                    .at(1)
                                    .toObject()
                                    .value(QStringLiteral("findings"))
                                    .toArray();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("line")).toInt(), 1);

    const Run junit = cli(QStringList { QStringLiteral("lint"), QStringLiteral("--format=junit") } + files);
    QCOMPARE(junit.code, 1);
    QXmlStreamReader xml(junit.out);
    int cases = 0;
    int failures = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            cases += xml.name() == QLatin1String("testcase");
            failures += xml.name() == QLatin1String("failure");
        }
    }
    QVERIFY(!xml.hasError());
    QCOMPARE(cases, 2);
    QCOMPARE(failures, 1);
}

void TestCli::lintManyFilesKeepsOrder()
{
    // Files are linted on every core; the report follows the command line.
    QStringList files = tessera::test::fixtures(QStringLiteral("standards/odcs/examples"));
    files << odcs("datacontract-cli/lint/invalid.odcs.yaml");
    const Run run
        = cli(QStringList { QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json") } + files);
    QCOMPARE(run.code, 1);
    const QJsonArray reported
        = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("files")).toArray();
    QCOMPARE(reported.size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        QCOMPARE(reported.at(i).toObject().value(QStringLiteral("file")).toString(), files.at(i));
    }
}

void TestCli::changelog()
{
    const QString v1 = odcs("datacontract-cli/changelog/changelog_integration_v1.yaml");
    const QString v2 = odcs("datacontract-cli/changelog/changelog_integration_v2.yaml");
    const Run text = cli({ QStringLiteral("changelog"), v1, v2 });
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QStringLiteral("schema.orders.properties.order_date.logicalType: string → date")));
    const Run json = cli({ QStringLiteral("changelog"), QStringLiteral("--format"), QStringLiteral("json"), v1, v2 });
    QCOMPARE(json.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("summary")).toArray().size(), 8);
    const Run same = cli({ QStringLiteral("changelog"), v1, v1 });
    QCOMPARE(same.code, 0);
    QVERIFY(same.out.contains(QStringLiteral("No changes")));
}

void TestCli::breaking()
{
    const Run broken
        = cli({ QStringLiteral("breaking"), odcs("datacontract-cli/changelog/changelog_integration_v1.yaml"),
            odcs("datacontract-cli/changelog/changelog_integration_v2.yaml") });
    QCOMPARE(broken.code, 1);
    QVERIFY(broken.out.contains(QStringLiteral("Suggested version: 2.0.0")));
    const Run fine = cli({ QStringLiteral("breaking"), QStringLiteral("--format"), QStringLiteral("json"),
        odcs("datacontract-cli/breaking/warning_only_v1.yaml"),
        odcs("datacontract-cli/breaking/warning_only_v2.yaml") });
    QCOMPARE(fine.code, 0);
    QCOMPARE(QJsonDocument::fromJson(fine.out.toUtf8()).object().value(QStringLiteral("breaking")).toBool(), false);
    const Run unreadable = cli({ QStringLiteral("breaking"), odcs("datacontract-cli/breaking/warning_only_v1.yaml"),
        QStringLiteral("/nonexistent.yaml") });
    QCOMPARE(unreadable.code, 2);
    QVERIFY(unreadable.err.contains(QStringLiteral("/nonexistent.yaml")));
}

void TestCli::convertRoundTrip()
{
    const QString json = m_dir.filePath(QStringLiteral("full.json"));
    QCOMPARE(cli({ QStringLiteral("convert"), odcs("examples/full-example.odcs.yaml"), QStringLiteral("--to"),
                     QStringLiteral("json"), QStringLiteral("-o"), json })
                 .code,
        0);
    QVERIFY(QJsonDocument::fromJson(tessera::test::readAll(json)).isObject());
    const Run yaml = cli({ QStringLiteral("convert"), json, QStringLiteral("--to"), QStringLiteral("yaml") });
    QCOMPARE(yaml.code, 0);
    QVERIFY(yaml.out.startsWith(QStringLiteral("apiVersion: v3.1.0\nkind: DataContract\n")));
    const QString back = write(m_dir, QStringLiteral("back.yaml"), yaml.out.toUtf8());
    // Same contract, so no changes and still valid.
    QVERIFY(cli({ QStringLiteral("changelog"), odcs("examples/full-example.odcs.yaml"), back })
                .out.contains(QStringLiteral("No changes")));
    QCOMPARE(cli({ QStringLiteral("lint"), back }).code, 0);
}

void TestCli::convertImportsDcs()
{
    const QString dcs
        = tessera::test::fixture(QStringLiteral("standards/dcs/datacontract-cli-breaking/datacontract-fields-v2.yaml"));
    QCOMPARE(cli({ QStringLiteral("lint"), dcs }).code, 1); // says: convert it first
    const QString out = m_dir.filePath(QStringLiteral("imported.yaml"));
    const Run run = cli({ QStringLiteral("convert"), dcs, QStringLiteral("--to"), QStringLiteral("yaml"),
        QStringLiteral("--output"), out });
    QCOMPARE(run.code, 0);
    const QString text = QString::fromUtf8(tessera::test::readAll(out));
    QVERIFY(text.startsWith(QStringLiteral("apiVersion: v3.1.0\nkind: DataContract\n")));
    QVERIFY(text.contains(QStringLiteral("- name: my_table")));
}

void TestCli::fmt()
{
    const QString path = write(m_dir, QStringLiteral("messy.yaml"),
        "status: active\nversion: 1.0.0\nid: x\nkind: DataContract\napiVersion: v3.1.0\nschema:\n  - properties:\n     "
        " - logicalType: string\n        name: id\n    name: t\n");
    const QByteArray before = tessera::test::readAll(path);
    const Run check = cli({ QStringLiteral("fmt"), QStringLiteral("--check"), path });
    QCOMPARE(check.code, 1);
    QCOMPARE(tessera::test::readAll(path), before); // --check changes nothing
    QCOMPARE(cli({ QStringLiteral("fmt"), path }).code, 0);
    QCOMPARE(QString::fromUtf8(tessera::test::readAll(path)),
        QStringLiteral("apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\nschema:\n- "
                       "name: t\n  properties:\n  - name: id\n    logicalType: string\n"));
    QCOMPARE(cli({ QStringLiteral("fmt"), QStringLiteral("--check"), path }).code, 0); // idempotent
    const QString json
        = write(m_dir, QStringLiteral("c.json"), "{\"kind\":\"DataContract\",\"apiVersion\":\"v3.1.0\"}");
    QCOMPARE(cli({ QStringLiteral("fmt"), json }).code, 0);
    QCOMPARE(QString::fromUtf8(tessera::test::readAll(json)),
        QStringLiteral("{\n  \"apiVersion\": \"v3.1.0\",\n  \"kind\": \"DataContract\"\n}\n"));
}

void TestCli::fmtKeepsComments()
{
    const QByteArray text = "kind: DataContract # the kind\napiVersion: v3.1.0\n";
    const QString path = write(m_dir, QStringLiteral("commented.yaml"), text);
    const Run refused = cli({ QStringLiteral("fmt"), path });
    QCOMPARE(refused.code, 2);
    QVERIFY(refused.err.contains(QStringLiteral("--drop-comments")));
    QCOMPARE(tessera::test::readAll(path), text);
    QCOMPARE(cli({ QStringLiteral("fmt"), QStringLiteral("--drop-comments"), path }).code, 0);
    QCOMPARE(
        QString::fromUtf8(tessera::test::readAll(path)), QStringLiteral("apiVersion: v3.1.0\nkind: DataContract\n"));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << 2 << "empty";
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0",
        10) << 2 << "binary";
    QTest::newRow("malformed yaml") << QByteArray("kind: DataContract\n  apiVersion: [\n") << 2 << ":2:";
    QTest::newRow("malformed json") << QByteArray("{\"kind\": \"DataContract\",}") << 2 << "Not valid JSON";
    QTest::newRow("nested 10000 deep") << QByteArray(10000, '[') + QByteArray(10000, ']') << 2 << "nested";
    QByteArray laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b', p = 'a'; c <= 'j'; p = c, ++c) {
        laughs += QByteArray(1, c) + ": &" + c + " [*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*"
            + p + ",*" + p + ",*" + p + "]\n";
    }
    QTest::newRow("billion laughs") << laughs << 2 << "alias";
    QTest::newRow("wrong types everywhere") << QByteArray(
        "apiVersion: 3\nkind: [x]\nid: {}\nversion: true\nstatus: 1\nschema: {a: 1}\nteam: 5\nservers: [1, 2]\n")
                                            << 1 << "error";
}

void TestCli::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString path = write(m_dir, QStringLiteral("bad.yaml"), content);
    for (const QStringList &args : { QStringList { QStringLiteral("lint"), path },
             QStringList { QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("json") },
             QStringList { QStringLiteral("fmt"), QStringLiteral("--check"), path } }) {
        const Run run = cli(args);
        if (args.first() == QLatin1String("lint")) {
            QCOMPARE(run.code, code);
            QVERIFY2(run.out.contains(message), qPrintable(run.out + run.err));
            QVERIFY(run.out.contains(path));
        } else if (code == 2) {
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
        } else {
            QVERIFY(run.code == 0 || run.code == 1); // readable: convert and fmt work on any document
        }
    }
}

void TestCli::hugeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line = QByteArray("- ") + QByteArray(1000, 'x') + '\n';
    while (file.size() < 50LL * 1024 * 1024) {
        file.write(line);
    }
    file.close();
    const Run run = cli({ QStringLiteral("lint"), path });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.out.contains(QStringLiteral("too large")), qPrintable(run.out));
}

void TestCli::germanMessages()
{
    const Run run = cli({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("lint"),
        odcs("datacontract-cli/lint/invalid.odcs.yaml") });
    QCOMPARE(run.code, 1);
    QVERIFY2(run.out.contains(QStringLiteral("Fehler")), qPrintable(run.out));
}

void TestCli::catalogCommands()
{
    // A folder with a contract, a product, lineage and a broken file.
    const QString mesh = m_dir.filePath(QStringLiteral("mesh"));
    QDir().mkpath(mesh);
    QFile::copy(odcs("examples/full-example.odcs.yaml"), mesh + QStringLiteral("/full.yaml"));
    QFile::copy(tessera::test::fixture(QStringLiteral("standards/odps/simple-data-product.odps.yaml")),
        mesh + QStringLiteral("/product.yaml"));
    write(m_dir, QStringLiteral("mesh/broken.yaml"), "kind: DataContract\n  id: [\n");
    const QString store = m_dir.filePath(QStringLiteral("catalog/tessera.sqlite"));
    const QString storeArg = QStringLiteral("--store=") + store;

    QCOMPARE(cli({ QStringLiteral("search"), storeArg, QStringLiteral("x") }).code, 2); // no store yet
    const Run imported = cli({ QStringLiteral("import"), storeArg, mesh });
    QCOMPARE(imported.code, 1); // broken.yaml was left out, the rest imported
    QVERIFY2(imported.out.contains(QStringLiteral("broken.yaml")), qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QStringLiteral("1 contract(s)")),
        qPrintable(imported.out)); // C locale: no plural forms loaded
    const Run again
        = cli({ QStringLiteral("import"), storeArg, QStringLiteral("--format"), QStringLiteral("json"), mesh });
    const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 3); // nothing changed: nothing is read again
    QCOMPARE(report.value(QStringLiteral("changed")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("invalid")).toArray().size(), 1); // and the broken file is still reported
    QCOMPARE(again.code, 1);

    const Run search = cli({ QStringLiteral("search"), storeArg, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("selle") });
    QCOMPARE(search.code, 0);
    const QJsonObject results = QJsonDocument::fromJson(search.out.toUtf8()).object();
    QVERIFY(results.value(QStringLiteral("total")).toInt() >= 1);
    QCOMPARE(cli({ QStringLiteral("search"), storeArg, QStringLiteral("--facet"), QStringLiteral("domain=seller"),
                     QStringLiteral("--facet"), QStringLiteral("kind=contract") })
                 .code,
        0);
    QCOMPARE(cli({ QStringLiteral("search"), storeArg, QStringLiteral("zzzz-nothing") }).code, 1);
    QCOMPARE(cli({ QStringLiteral("search"), storeArg, QStringLiteral("--facet"), QStringLiteral("nokey"),
                     QStringLiteral("x") })
                 .code,
        2);

    const Run show = cli({ QStringLiteral("show"), storeArg, QStringLiteral("53581432-6c55-4ba2-a65f-72344a91553a") });
    QCOMPARE(show.code, 0);
    QVERIFY(show.out.contains(QStringLiteral("Versions: 1.1.0")));
    const Run yaml = cli({ QStringLiteral("show"), storeArg, QStringLiteral("--format"), QStringLiteral("yaml"),
        QStringLiteral("53581432-6c55-4ba2-a65f-72344a91553a") });
    QCOMPARE(
        yaml.out.toUtf8(), tessera::test::readAll(odcs("examples/full-example.odcs.yaml"))); // the original text, kept
    QCOMPARE(cli({ QStringLiteral("show"), storeArg, QStringLiteral("unknown") }).code, 1);

    const Run dot = cli({ QStringLiteral("lineage"), storeArg, QStringLiteral("--format"), QStringLiteral("dot"),
        QStringLiteral("53581432-6c55-4ba2-a65f-72344a91553a") });
    QCOMPARE(dot.code, 0);
    QVERIFY(dot.out.startsWith(QStringLiteral("digraph lineage {")));
    QCOMPARE(cli({ QStringLiteral("lineage"), storeArg, QStringLiteral("nothing") }).code, 1);

    // A damaged store: the command says so, the file is kept, and a new store is begun.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    write(m_dir, QStringLiteral("damaged.sqlite"), "garbage garbage garbage");
    const Run repaired = cli({ QStringLiteral("import"), QStringLiteral("--store"), damaged, mesh });
    QVERIFY(repaired.err.contains(QStringLiteral("damaged")));
    QVERIFY(repaired.code == 1);
}

namespace {

/** A Backstage-shaped endpoint that wants `token`: two resources, one depending on the other. */
void serveBackstage(tessera::test::TestHttpServer &server, const QByteArray &token)
{
    using tessera::test::Request;
    using tessera::test::Response;
    const auto authorized = [token](const Request &r) { return r.headers.value("authorization") == "Bearer " + token; };
    server.route("GET", "/api/catalog/entities/by-query", [authorized](const Request &r) {
        if (!authorized(r)) {
            return Response::json(R"({"error":{"name":"AuthenticationError","message":"Illegal token"}})", 401);
        }
        return Response::json(
            R"({"items":[{"kind":"Resource","metadata":{"namespace":"default","name":"orders","etag":"1"}},)"
            R"({"kind":"Resource","metadata":{"namespace":"default","name":"orders-clean","etag":"1"}}],)"
            R"("totalItems":2,"pageInfo":{}})");
    });
    server.route("POST", "/api/catalog/entities/by-refs", [authorized](const Request &r) {
        if (!authorized(r)) {
            return Response::json(R"({"error":{"message":"Illegal token"}})", 401);
        }
        return Response::json(
            R"({"items":[{"kind":"Resource","metadata":{"namespace":"default","name":"orders","etag":"1","description":"Raw orders"},"spec":{"type":"dataset"}},)"
            R"({"kind":"Resource","metadata":{"namespace":"default","name":"orders-clean","etag":"1"},"spec":{"type":"dataset","dependsOn":["resource:orders"]}}]})");
    });
}

} // namespace

void TestCli::sourcesAndSync()
{
    tessera::test::TestHttpServer server;
    QVERIFY(server.startInThread());
    serveBackstage(server, "cli-token-1");
    const QString store = m_dir.filePath(QStringLiteral("sources.sqlite"));
    const QString url = server.url().toString();

    // Wrong usage: exit code 2 with a reason.
    QCOMPARE(cli({ "sources", "add", "x", "--type", "backstage", "--store", store }).code, 2);
    QCOMPARE(cli({ "sources", "add", "x", "--type", "backstage", "--url", "ftp://h/", "--store", store }).code, 2);
    const Run userInfo
        = cli({ "sources", "add", "x", "--type", "backstage", "--url", "https://me:pw@h/", "--store", store });
    QCOMPARE(userInfo.code, 2);
    QVERIFY(userInfo.err.contains("--token-env"));
    QCOMPARE(cli({ "sources", "add", "x", "--type", "gopher", "--url", url, "--store", store }).code, 2);
    QCOMPARE(cli({ "sources", "add", "x", "--type", "local", "--path", "/no/such/dir", "--store", store }).code, 2);

    const Run added = cli({ "sources", "add", "catalog", "--type", "backstage", "--url", url, "--store", store });
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QCOMPARE(cli({ "sources", "add", "CATALOG", "--type", "marquez", "--url", url + "/x", "--store", store }).code, 2);
    const Run listed = cli({ "sources", "list", "--store", store });
    QCOMPARE(listed.code, 0);
    QVERIFY(listed.out.contains("catalog\tbackstage\t" + url));
    QVERIFY(listed.out.contains("never synced"));

    // Without the token: exit 1, the source and the server's reason on stderr.
    const Run refused = cli({ "sync", "--store", store, "--timeout", "5" }, { { "HOME", m_dir.path() } });
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("catalog") && refused.err.contains("Illegal token"), qPrintable(refused.err));
    // A variable that is not set is named.
    const Run unset = cli({ "sync", "--store", store, "--token-env", "TESSERA_NO_SUCH_VAR" });
    QCOMPARE(unset.code, 1);

    const Run synced = cli({ "sync", "--store", store, "--token-env", "CATALOG_TOKEN", "--format", "json" },
        { { "CATALOG_TOKEN", "cli-token-1" } });
    QVERIFY2(synced.code == 0, qPrintable(synced.err));
    const QJsonArray reports = QJsonDocument::fromJson(synced.out.toUtf8()).array();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports[0].toObject()["state"].toString(), QStringLiteral("ok"));
    QCOMPARE(reports[0].toObject()["entities"].toInt(), 2);
    const Run search = cli({ "search", "orders", "--store", store });
    QVERIFY(search.out.contains("backstage:default/orders"));
    const Run lineage = cli({ "lineage", "backstage:default/orders-clean", "--store", store });
    QVERIFY2(
        lineage.out.contains("backstage:default/orders → backstage:default/orders-clean"), qPrintable(lineage.out));

    // One named source; an unknown name fails, saying so.
    const Run unknown = cli({ "sync", "--source", "nope", "--store", store });
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains("nope"));

    // Unreachable: exit 1, "offline", and the cached data stays.
    server.setFallback([](const tessera::test::Request &) {
        tessera::test::Response r;
        r.closeWithoutResponse = true;
        return r;
    });
    const QString dead = QStringLiteral("http://127.0.0.1:1");
    QCOMPARE(cli({ "sources", "add", "gone", "--type", "marquez", "--url", dead, "--store", store }).code, 0);
    // With two endpoints, a token from the environment must name its one source: it never reaches the other.
    const Run ambiguous
        = cli({ "sync", "--store", store, "--token-env", "CATALOG_TOKEN" }, { { "CATALOG_TOKEN", "x" } });
    QCOMPARE(ambiguous.code, 2);
    QVERIFY(ambiguous.err.contains("--source"));
    const Run offline = cli({ "sync", "--source", "gone", "--store", store, "--timeout", "2" });
    QCOMPARE(offline.code, 1);
    QVERIFY2(offline.err.contains("gone [offline]") && offline.err.contains("browsable"), qPrintable(offline.err));
    QVERIFY(cli({ "search", "orders", "--store", store }).out.contains("backstage:default/orders"));

    const Run removed = cli({ "sources", "remove", "catalog", "--store", store });
    QCOMPARE(removed.code, 0);
    QVERIFY(!cli({ "search", "orders", "--store", store }).out.contains("backstage:default/orders"));
    QCOMPARE(cli({ "sources", "remove", "catalog", "--store", store }).code, 2);
}

void TestCli::tokenNeverWritten()
{
    // Every file the CLI may write (the store, its WAL, settings, caches under HOME) and everything it prints is
    // searched for the token after adding a source with it and syncing.
    QTemporaryDir home;
    tessera::test::TestHttpServer server;
    QVERIFY(server.startInThread());
    const QByteArray token = "tok-5be1-never-on-disk";
    serveBackstage(server, token);
    const QString store = home.filePath(QStringLiteral("store.sqlite"));
    const QMap<QString, QString> env { { "HOME", home.path() }, { "XDG_CONFIG_HOME", home.filePath("config") },
        { "XDG_DATA_HOME", home.filePath("data") }, { "XDG_CACHE_HOME", home.filePath("cache") },
        { "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent" }, { "SECRET", QString::fromLatin1(token) } };
    const Run added = cli({ "sources", "add", "c", "--type", "backstage", "--url", server.url().toString(),
                              "--token-env", "SECRET", "--store", store },
        env);
    QCOMPARE(added.code, 0);
    // No keychain here: the CLI says the token was not stored, and how to pass it instead.
    QVERIFY2(added.err.contains("--token-env") || added.out.contains("keychain"), qPrintable(added.err));
    const Run synced = cli({ "sync", "--store", store, "--token-env", "SECRET" }, env);
    QVERIFY2(synced.code == 0, qPrintable(synced.err));
    const Run failed = cli({ "sync", "--store", store, "--token-env", "SECRET", "--source", "missing" }, env);
    for (const Run &r : { added, synced, failed }) {
        QVERIFY(!r.out.toUtf8().contains(token));
        QVERIFY(!r.err.toUtf8().contains(token));
    }
    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(token), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 1);
    // The token went where it belongs: the Authorization header.
    QCOMPARE(server.requests().last().headers.value("authorization"), "Bearer " + token);
}

void TestCli::killedSyncResumes()
{
    // 1,000 resources fetched 200 at a time, each batch slow: the sync is killed (SIGKILL) after some batches
    // were written. The store is intact, and the next sync fetches only what the killed one did not write.
    using tessera::test::Request;
    using tessera::test::Response;
    tessera::test::TestHttpServer server;
    QVERIFY(server.startInThread());
    std::atomic<int> delay { 400 };
    server.route("GET", "/api/catalog/entities/by-query", [](const Request &) {
        QJsonArray items;
        for (int i = 0; i < 1000; ++i) {
            items.append(QJsonObject { { "kind", "Resource" },
                { "metadata",
                    QJsonObject {
                        { "namespace", "default" }, { "name", QStringLiteral("r%1").arg(i) }, { "etag", "1" } } } });
        }
        return Response::json(
            QJsonDocument(QJsonObject { { "items", items }, { "pageInfo", QJsonObject() } }).toJson());
    });
    server.route("POST", "/api/catalog/entities/by-refs", [&delay](const Request &r) {
        QJsonArray items;
        for (const auto ref : QJsonDocument::fromJson(r.body).object()["entityRefs"].toArray()) {
            const QString name = ref.toString().section(QLatin1Char('/'), 1);
            items.append(QJsonObject { { "kind", "Resource" },
                { "metadata", QJsonObject { { "namespace", "default" }, { "name", name }, { "etag", "1" } } },
                { "spec", QJsonObject { { "type", "dataset" } } } });
        }
        Response out = Response::json(QJsonDocument(QJsonObject { { "items", items } }).toJson());
        out.delayMs = delay;
        return out;
    });
    const QString store = m_dir.filePath(QStringLiteral("killed.sqlite"));
    QCOMPARE(
        cli({ "sources", "add", "slow", "--type", "backstage", "--url", server.url().toString(), "--store", store })
            .code,
        0);

    QProcess sync;
    sync.start(QStringLiteral(TESSERA_CLI), { "sync", "--store", store });
    QVERIFY(sync.waitForStarted());
    QTest::qWait(1300); // the listing and two or three batches
    sync.kill();
    QVERIFY(sync.waitForFinished(10000));
    QCOMPARE(sync.exitStatus(), QProcess::CrashExit);

    const Run check = cli({ "search", "", "--store", store, "--format", "json" });
    QVERIFY2(check.code == 0 || check.code == 1, qPrintable(check.err));
    int written = 0;
    {
        tessera::StoreStatus status;
        auto db = tessera::Store::open(store, status, tessera::Store::Mode::ReadOnly);
        QVERIFY2(db, qPrintable(status.message));
        auto integrity = db->connection().prepare("PRAGMA integrity_check");
        QVERIFY(integrity.next());
        QCOMPARE(integrity.text(0), std::string("ok"));
        written = static_cast<int>(db->connection().scalar("SELECT count(*) FROM files").value_or(-1));
    }
    QVERIFY2(written % 200 == 0 && written < 1000, qPrintable(QString::number(written))); // whole batches only

    delay = 0;
    const Run resumed = cli({ "sync", "--store", store, "--format", "json" });
    QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
    QCOMPARE(QJsonDocument::fromJson(resumed.out.toUtf8()).array()[0].toObject()["entities"].toInt(), 1000 - written);
}

/** policy check over the demo mesh: exit codes, the policy file and its errors, JSON and JUnit. */
void TestCli::policyCheck()
{
    const QString store = m_dir.filePath(QStringLiteral("policy/tessera.sqlite"));
    const QString storeArg = QStringLiteral("--store=") + store;
    const QString check = QStringLiteral("check");
    const QString policy = QStringLiteral("policy");

    QCOMPARE(cli({ policy, check, storeArg }).code, 2); // no store yet
    QCOMPARE(
        cli({ QStringLiteral("import"), storeArg, QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh") }).code, 0);

    // The demo mesh breaks one policy: payment-transactions 1.1.0 drops a server without a major version.
    const Run text = cli({ policy, check, storeArg });
    QCOMPARE(text.code, 1);
    QVERIFY2(text.out.contains(QStringLiteral("ERROR breaking-needs-major contract payment-transactions 1.1.0")),
        qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("(/version)")), qPrintable(text.out));

    const Run json = cli({ policy, check, storeArg, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(json.code, 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("policies")).toArray().size(), 6);
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings.at(0).toObject();
    QCOMPARE(finding.value(QStringLiteral("policy")).toString(), QStringLiteral("breaking-needs-major"));
    QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(finding.value(QStringLiteral("domain")).toString(), QStringLiteral("payments"));
    QCOMPARE(finding.value(QStringLiteral("pointer")).toString(), QStringLiteral("/version"));
    QCOMPARE(finding.value(QStringLiteral("subject")).toObject().value(QStringLiteral("version")).toString(),
        QStringLiteral("1.1.0"));
    QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(), 1);

    const Run junit = cli({ policy, check, storeArg, QStringLiteral("--format=junit") });
    QCOMPARE(junit.code, 1);
    QCOMPARE(junit.out.count(QStringLiteral("<testcase ")), 6);
    QCOMPARE(junit.out.count(QStringLiteral("<failure ")), 1);

    // A policy file that makes it a warning (and adds a rule nothing breaks): exit 0.
    const QString relaxed = write(m_dir, QStringLiteral("relaxed.yaml"),
        "policies:\n  breaking-needs-major: { severity: warning }\n"
        "rules:\n- id: acme-purpose\n  on: contract\n  require: { field: description.purpose, present: true }\n");
    const Run warned = cli({ policy, check, storeArg, QStringLiteral("--policy"), relaxed });
    QCOMPARE(warned.code, 0);
    QVERIFY2(warned.out.contains(QStringLiteral("WARNING breaking-needs-major")), qPrintable(warned.out));
    QVERIFY2(warned.out.contains(QStringLiteral("7 policy(ies) checked")), qPrintable(warned.out));

    // A bad policy file: exit 2, every error with its line.
    const QString bad = write(m_dir, QStringLiteral("bad.yaml"),
        "policies:\n  no-such-policy: { enabled: false }\nrules:\n- id: r\n  severity: fatal\n"
        "  require: { field: name, present: true }\n");
    const Run rejected = cli({ policy, check, storeArg, QStringLiteral("--policy"), bad });
    QCOMPARE(rejected.code, 2);
    QVERIFY2(rejected.err.contains(QStringLiteral("bad.yaml:2:")), qPrintable(rejected.err));
    QVERIFY2(rejected.err.contains(QStringLiteral("no-such-policy")), qPrintable(rejected.err));
    QVERIFY2(rejected.err.contains(QStringLiteral("bad.yaml:5:")), qPrintable(rejected.err));
    QVERIFY(rejected.out.isEmpty());

    QCOMPARE(
        cli({ policy, check, storeArg, QStringLiteral("--policy"), m_dir.filePath(QStringLiteral("none.yaml")) }).code,
        2);
    QCOMPARE(cli({ policy, QStringLiteral("fix"), storeArg }).code, 2);
    QCOMPARE(cli({ policy, storeArg }).code, 2);
    QCOMPARE(cli({ policy, check, storeArg, QStringLiteral("--format"), QStringLiteral("xml") }).code, 2);
    const Run help = cli({ policy, QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("Exit code")));
    QVERIFY(cli({ QStringLiteral("--help") }).out.contains(policy));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
