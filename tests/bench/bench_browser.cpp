// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Catalog browser benchmarks: bench_browser WORKDIR [PRODUCTS] [TYPED_QUERIES]
//   Fills WORKDIR/browser.sqlite with a synthetic mesh of PRODUCTS products (once; kept for later runs),
//   then measures, in fresh processes, the cold start to the first painted main window and to the first
//   page of the product list, and, in this process, search latency per keystroke through the product
//   list model (type a query letter by letter; each letter's latency is the time until the model has
//   the answer). Prints "name value unit" lines. Runs offscreen.
//
//   bench_browser --cold STORE   (internal) one cold start, printing "painted MS" and "listed MS".
#include "browser/productlistpanel.h"
#include "catalogservice.h"
#include "contract/linter.h"
#include "mainwindow.h"
#include "meshgenerator.h"
#include "productlistmodel.h"
#include "store/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QListView>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace tessera;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

/** Notes the first paint of a widget. */
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QElapsedTimer &clock)
        : m_clock(clock)
    { }
    qint64 paintedAt = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAt < 0) {
            paintedAt = m_clock.elapsed();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer &m_clock;
};

/** One cold start in this process: window shown and painted, then the list's first page in. */
int coldStart(QApplication &app, const QString &store, QElapsedTimer &clock)
{
    CatalogService service(store);
    MainWindow window(std::make_shared<const Linter>(), &service);
    PaintWatch watch(clock);
    window.installEventFilter(&watch);
    window.show();
    ProductListModel *model = window.productList()->model();
    qint64 listedAt = -1;
    QObject::connect(model, &ProductListModel::loaded, &app, [&] {
        if (listedAt < 0 && model->rowCount() > 0) {
            listedAt = clock.elapsed();
        }
    });
    QEventLoop wait;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &wait, &QEventLoop::quit);
    deadline.start(60'000);
    QTimer poll; // the first paint comes through the event filter, not a signal
    QObject::connect(&poll, &QTimer::timeout, &wait, [&] {
        if (watch.paintedAt >= 0 && listedAt >= 0) {
            wait.quit();
        }
    });
    poll.start(1);
    wait.exec();
    // The list's rows must be painted too: one more round of events.
    window.productList()->listView()->viewport()->repaint();
    std::printf("painted %lld\nlisted %lld\n", static_cast<long long>(watch.paintedAt),
        static_cast<long long>(listedAt >= 0 ? clock.elapsed() : -1));
    return listedAt >= 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_browser"));
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("--cold")) {
        return coldStart(app, args.at(2), clock);
    }
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_browser WORKDIR [PRODUCTS] [TYPED_QUERIES]\n");
        return 2;
    }
    const QString dir = args.at(1);
    const int products = args.size() > 2 ? args.at(2).toInt() : 100000;
    const int typedQueries = args.size() > 3 ? args.at(3).toInt() : 40;
    const QString path = dir + QStringLiteral("/browser-%1.sqlite").arg(products);

    // The store, built once per size: products with two datasets each (the browser lists products).
    if (!QFileInfo::exists(path)) {
        StoreStatus status;
        auto store = Store::open(path, status);
        if (!store) {
            std::fprintf(stderr, "bench_browser: %s\n", qPrintable(status.message));
            return 2;
        }
        const auto source = store->ensureSource(
            QStringLiteral("bench"), QStringLiteral("Synthetic mesh"), QStringLiteral("bench"), status);
        bench::MeshSize size;
        size.products = products;
        size.datasetsPerContract = 2;
        size.columnsPerDataset = 4;
        constexpr int kChunk = 10000;
        for (int first = 0; first < products; first += kChunk) {
            const ImportBatch batch = bench::generateMeshChunk(size, first, std::min(kChunk, products - first));
            if (!store->apply(*source, batch, status)) {
                std::fprintf(stderr, "bench_browser: %s\n", qPrintable(status.message));
                return 2;
            }
        }
    }

    // Cold starts, each in its own process (so nothing is warm in this one): the median of five.
    std::vector<double> painted;
    std::vector<double> listed;
    std::vector<double> spawned;
    for (int run = 0; run < 5; ++run) {
        QProcess child;
        QElapsedTimer wall;
        wall.start();
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--cold"), path });
        if (!child.waitForFinished(120'000) || child.exitCode() != 0) {
            std::fprintf(stderr, "bench_browser: a cold start failed: %s\n", child.readAllStandardError().constData());
            return 1;
        }
        const qint64 total = wall.elapsed();
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2 && parts[0] == "painted") {
                painted.push_back(parts[1].toDouble());
            } else if (parts.size() == 2 && parts[0] == "listed") {
                listed.push_back(parts[1].toDouble());
                spawned.push_back(static_cast<double>(total));
            }
        }
    }
    std::printf("browser_products %d products\n", products);
    std::printf("browser_cold_start_first_paint %.0f ms\n", percentile(painted, 0.5));
    std::printf("browser_cold_start_list_shown %.0f ms\n", percentile(listed, 0.5));
    std::printf("browser_cold_start_process_to_exit %.0f ms\n", percentile(spawned, 0.5));

    // Typing: each keystroke's query through the model, from setQuery() to the model holding the answer.
    CatalogService service(path);
    ProductListModel model(&service);
    std::vector<double> latencies;
    const auto &words = bench::meshVocabulary();
    std::mt19937 random(7);
    for (int q = 0; q < typedQueries; ++q) {
        QString typed;
        const int wordCount = 1 + static_cast<int>(random() % 2);
        for (int w = 0; w < wordCount; ++w) {
            const QString word = QString::fromStdString(words[random() % words.size()]);
            if (!typed.isEmpty()) {
                typed += QLatin1Char(' ');
            }
            for (const QChar ch : word) {
                typed += ch;
                ProductQuery query;
                query.text = typed;
                query.order = ProductQuery::Order::Relevance;
                QElapsedTimer timer;
                timer.start();
                QEventLoop wait; // sleeps until the answer is in: the worker has the CPU to itself
                const auto connection = QObject::connect(&model, &ProductListModel::loaded, &wait, &QEventLoop::quit);
                model.setQuery(query);
                wait.exec();
                QObject::disconnect(connection);
                latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    std::printf("browser_keystrokes %zu keystrokes\n", latencies.size());
    std::printf("browser_search_keystroke_p50 %.1f ms\n", percentile(latencies, 0.5));
    std::printf("browser_search_keystroke_p95 %.1f ms\n", percentile(latencies, 0.95));
    return 0;
}
