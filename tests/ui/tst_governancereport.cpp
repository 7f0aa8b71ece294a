// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/local/localfoldersource.h"
#include "catalogservice.h"
#include "dashboard/governancereport.h"
#include "dashboard/meshoverviewpage.h"
#include "governance/policystore.h"
#include "store/store.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");
const QString kHostile = QStringLiteral("<script>alert('x')</script> Fraud & co");

} // namespace

/** The governance report over the demo mesh: figures, charts, findings, escaping, HTML and PDF. */
class TestGovernanceReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void meshReportHtml();
    void meshReportPdf();
    void domainReport();
    void unwritablePath();
    void pagesOfferTheExport();

private:
    GovernanceReportData gather(const QString &domain);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CatalogService> m_service;
};

void TestGovernanceReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("tessera.sqlite"));
    StoreStatus status;
    auto store = Store::open(m_path, status);
    QVERIFY(store);
    const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("Demo mesh"), kMeshDir, status);
    QVERIFY(source);
    LocalScanReport report;
    QVERIFY(store->apply(*source, LocalFolderSource(kMeshDir).scan({}, report), status));
    // A catalog is untrusted: a product named like markup must stay text in the report.
    auto rename = store->connection().prepare("UPDATE products SET name = ?1 WHERE external_id = 'fraud-detection'");
    rename.bind(1, kHostile);
    QVERIFY(rename.run().ok());
    QCOMPARE(store->connection().changes(), 1);
    const auto findings = PolicyEngine().evaluate(*store);
    QVERIFY(!findings.empty());
    QVERIFY(savePolicyFindings(*store, findings, status));
    m_service = std::make_unique<CatalogService>(m_path);
}

GovernanceReportData TestGovernanceReport::gather(const QString &domain)
{
    // Off the GUI thread, on the service's own connection, as the export does.
    std::optional<GovernanceReportData> data;
    QObject context;
    m_service->run(
        &context, [domain](CatalogReader &reader) { return GovernanceReport::gather(reader.store(), domain); },
        [&data](GovernanceReportData result) { data = std::move(result); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(data.has_value(), 20000); }();
    return data.value_or(GovernanceReportData());
}

void TestGovernanceReport::meshReportHtml()
{
    const GovernanceReport report(gather({}));
    QCOMPARE(report.data().mesh.domains.size(), 8u);
    QVERIFY(report.charts().size() >= 3);
    for (const auto &[name, image] : report.charts()) {
        QVERIFY(!name.isEmpty());
        QVERIFY(image.width() >= 600);
        // Something was drawn: not a blank white image.
        QVERIFY(image.pixelColor(0, 0) == Qt::white);
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; y += 4) {
            for (int x = 0; x < image.width() && !drawn; x += 4) {
                drawn = image.pixelColor(x, y) != Qt::white;
            }
        }
        QVERIFY2(drawn, qPrintable(name));
    }

    const QString path = m_dir.filePath(QStringLiteral("mesh.html"));
    QString error;
    QVERIFY2(report.write(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    for (const DomainSummary &d : report.data().mesh.domains) {
        QVERIFY2(html.contains(QStringLiteral("<td>%1</td>").arg(d.domain.toHtmlEscaped())), qPrintable(d.domain));
    }
    // The figures: the totals row, with the mesh's product count.
    QVERIFY(html.contains(QStringLiteral("<td><b>All domains</b></td><td class=\"n\">%1</td>")
                              .arg(QLocale().toString(report.data().mesh.total.products))));
    QVERIFY(report.data().mesh.total.products > 0);
    // The one breaking change without a major version.
    QCOMPARE(html.count(QStringLiteral("<code>breaking-needs-major</code>")), 1);
    QVERIFY(html.contains(QStringLiteral("payment-transactions")));
    QVERIFY(html.contains(QStringLiteral("data:image/png;base64,")));
    // Escaped, never markup; and nothing remote.
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.contains(kHostile.toHtmlEscaped()));
    QVERIFY(!html.contains(QStringLiteral("http://")));
    QVERIFY(!html.contains(QStringLiteral("https://")));
}

void TestGovernanceReport::meshReportPdf()
{
    const GovernanceReport report(gather({}));
    const QString path = m_dir.filePath(QStringLiteral("mesh.pdf"));
    QString error;
    QVERIFY2(report.write(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(pdf.size() > 10 * 1024, QByteArray::number(pdf.size()).constData());
    const auto pages = QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)")));
    QVERIFY(pages >= 1);
}

void TestGovernanceReport::domainReport()
{
    const GovernanceReport report(gather(QStringLiteral("payments")));
    QCOMPARE(report.data().mesh.domains.size(), 1u);
    QCOMPARE(report.charts().size(), 1u);
    const QString html = report.html();
    QVERIFY(html.contains(QStringLiteral("payments")));
    QVERIFY(html.contains(kHostile.toHtmlEscaped()));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QCOMPARE(html.count(QStringLiteral("<code>breaking-needs-major</code>")), 1);
    // Only the domain's products: none of another domain's.
    const GovernanceReport mesh(gather({}));
    int others = 0;
    int own = 0;
    for (const auto &[domain, products] : mesh.data().products) {
        for (const DomainProductRow &p : products) {
            const QString cell = QStringLiteral("<tr><td>%1</td>").arg(p.name.toHtmlEscaped());
            if (domain == QLatin1String("payments")) {
                QVERIFY2(html.contains(cell), qPrintable(p.name));
                ++own;
            } else {
                QVERIFY2(!html.contains(cell), qPrintable(p.name));
                ++others;
            }
        }
    }
    QVERIFY(own > 0);
    QVERIFY(others > 0);
    for (const PolicyFinding &f : report.data().findings) {
        QCOMPARE(f.domain, QStringLiteral("payments"));
    }
}

void TestGovernanceReport::unwritablePath()
{
    const GovernanceReport report(gather(QStringLiteral("payments")));
    // A file in place of a folder: cannot be written, whoever runs the test.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    for (const QString &suffix : { QStringLiteral("html"), QStringLiteral("pdf") }) {
        QString error;
        QVERIFY(!report.write(blocker + QStringLiteral("/report.") + suffix, &error));
        QVERIFY(!error.isEmpty());
    }
}

void TestGovernanceReport::pagesOfferTheExport()
{
    for (const QString &domain : { QString(), QStringLiteral("payments") }) {
        MeshOverviewPage page(m_service.get(), domain);
        auto *button = page.findChild<QToolButton *>(QStringLiteral("exportReportButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Export report…"));
    }
}

QTEST_MAIN(TestGovernanceReport)
#include "tst_governancereport.moc"
