// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// A catalog adapter's handling of what its endpoint answers, without sockets: built once per kind as
// fuzz_backstage, fuzz_marquez and fuzz_openmetadata (TESSERA_FUZZ_KIND). The input is a list of canned
// responses; the adapter syncs twice (a first sync, then an incremental one) into a fresh store, each request
// answered by the first unused response for its method and path (HttpClient::setTransport). An input is text:
//
//   @@ GET /api/v1/namespaces 200          request method, URL path (a trailing * matches any rest), status
//   > retry-after: 0                        optional response headers
//   {"namespaces": [{"name": "food"}]}      the body, up to the next "@@ " line
//
// A request with no response left gets a 404. Seeds (corpus/fuzz_<kind>, from make_seeds.py) replay
// ../shared/fixtures/catalogs. SyncEngine catches std::exception around a sync (a failed source, not a crash),
// so the target does too; what remains for libFuzzer is memory errors, undefined behaviour, failed assertions,
// hangs and leaks. After the two syncs, test() (the connection test) reads what is left: nothing catches around
// it, here or in SyncEngine::test().
#include "fuzzsupport.h"
#include "store/store.h"
#include "sync/catalogadapter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <vector>

#ifndef TESSERA_FUZZ_KIND
#error "TESSERA_FUZZ_KIND names the adapter (backstage, marquez, openmetadata)"
#endif

namespace {

using namespace tessera;

struct Canned
{
    QByteArray method;
    QByteArray path;
    bool prefix = false;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool used = false;
};

std::vector<Canned> cannedResponses(const QByteArray &input)
{
    std::vector<Canned> out;
    qsizetype at = input.startsWith("@@ ") ? 0 : input.indexOf("\n@@ ");
    if (at > 0) {
        ++at;
    }
    while (at >= 0 && at < input.size()) {
        const qsizetype next = input.indexOf("\n@@ ", at);
        const QByteArray section = input.mid(at, next < 0 ? -1 : next - at);
        at = next < 0 ? -1 : next + 1;

        const qsizetype eol = section.indexOf('\n');
        const QList<QByteArray> head = section.left(eol < 0 ? section.size() : eol).simplified().split(' ');
        if (head.size() < 3) {
            continue;
        }
        Canned c;
        c.method = head[1].toUpper();
        c.path = head[2];
        if (c.path.endsWith('*')) {
            c.prefix = true;
            c.path.chop(1);
        }
        c.status = head.size() > 3 ? head[3].toInt() : 200;
        qsizetype body = eol < 0 ? section.size() : eol + 1;
        while (section.mid(body, 2) == "> ") {
            const qsizetype end = section.indexOf('\n', body);
            const QByteArray line = section.mid(body + 2, end < 0 ? -1 : end - body - 2);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                c.headers.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
            }
            body = end < 0 ? section.size() : end + 1;
        }
        c.body = section.mid(body);
        out.push_back(std::move(c));
    }
    return out;
}

/** The scratch folder; the store template in it (new, with the source) is made once: migrating a store for every
 * input would take most of the time. */
QDir scratch()
{
    // Removed at exit (libFuzzer ends with exit()); kept after a crash.
    static QTemporaryDir dir((QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath())
        + QStringLiteral("/tessera-fuzz-" TESSERA_FUZZ_KIND "-XXXXXX"));
    fuzz::check(dir.isValid(), "a scratch folder can be made");
    return QDir(dir.path());
}

SourceRow templateStore(const QString &path)
{
    SourceRow source;
    source.kind = QStringLiteral(TESSERA_FUZZ_KIND);
    source.name = QStringLiteral("fuzzed");
    source.location = QStringLiteral("http://catalog.invalid:8080/");
    // Few and small pages: every page loop ends within the input.
    source.settings = { { "pageSize", 3 }, { "maxPages", 6 } };
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(path, status);
    fuzz::check(store != nullptr, "a new store opens");
    fuzz::check(store->addSource(source, status), "the source is added");
    return source;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::vector<Canned> responses
        = cannedResponses(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));

    // A fresh store each time (a copy of the template), so that every crash reproduces from its input alone.
    static const QString pristine = scratch().filePath(QStringLiteral("template.sqlite"));
    static const SourceRow source = templateStore(pristine);
    const QString path = scratch().filePath(QStringLiteral("store.sqlite"));
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        QFile::remove(path + QLatin1String(suffix));
    }
    fuzz::check(QFile::copy(pristine, path), "the store template is copied");
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(path, status);
    fuzz::check(store != nullptr, "the store opens");

    HttpOptions options;
    options.maxAttempts = 2;
    options.backoffMs = 0;
    options.maxBackoffMs = 0; // a Retry-After above 0 s ends the request: nothing sleeps
    HttpClient http(options);
    http.setTransport([&](const QByteArray &method, const QUrl &url, const QByteArray &, const auto &) {
        HttpResponse r;
        r.outcome = HttpResponse::Outcome::Ok;
        const QByteArray requested = url.path(QUrl::FullyEncoded).toUtf8();
        for (Canned &c : responses) {
            if (!c.used && c.method == method && (c.prefix ? requested.startsWith(c.path) : requested == c.path)) {
                c.used = true;
                r.status = c.status;
                r.headers = c.headers;
                r.body = c.body;
                return r;
            }
        }
        r.status = 404;
        r.body = QByteArrayLiteral(R"({"message": "no canned response"})");
        return r;
    });

    const std::unique_ptr<CatalogAdapter> adapter = CatalogAdapter::create(source.kind);
    fuzz::check(adapter != nullptr, "the adapter exists");
    for (int sync = 0; sync < 2; ++sync) {
        SyncContext context(store.get(), source, http, {}, {});
        bool pulled = false;
        try {
            pulled = adapter->pull(context);
        } catch (const std::exception &) {
            context.fail(QStringLiteral("exception")); // as SyncEngine::syncOne() does
        }
        fuzz::check(pulled || context.failed(), "a sync that did not finish says why");
    }
    QString summary;
    SyncContext context(nullptr, source, http, {}, {});
    (void)adapter->test(context, summary);
    return 0;
}
