// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "dashboard/governancereport.h"

#include "catalogservice.h"
#include "common/style.h"
#include "dashboard/meshoverviewpage.h"
#include "governance/policystore.h"
#include "store/store.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStatusBar>
#include <QStyle>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace tessera {

namespace {

constexpr int kChartWidth = 720; ///< pixels; the PDF shows them kPdfChartWidth wide
constexpr int kPdfChartWidth = 560; ///< the text width of an A4 page with the margins, at 96 dpi

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + QStringLiteral("\u202f%");
}

QString severityHeading(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return GovernanceReport::tr("Errors");
    case Severity::Warning:
        return GovernanceReport::tr("Warnings");
    case Severity::Info:
        break;
    }
    return GovernanceReport::tr("Information");
}

QString domainText(const QString &domain)
{
    return domain.isEmpty() ? GovernanceReport::tr("(no domain)") : domain;
}

QString chartResource(std::size_t index)
{
    return QStringLiteral("chart-%1.png").arg(index);
}

bool setError(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

void statusMessage(QWidget *parent, const QString &message)
{
    if (auto *window = parent ? qobject_cast<QMainWindow *>(parent->window()) : nullptr) {
        window->statusBar()->showMessage(message, 10'000);
    }
}

} // namespace

GovernanceReportData GovernanceReport::gather(Store &store, const QString &domain, int days)
{
    GovernanceReportData data;
    data.domain = domain;
    data.generated = QDateTime::currentDateTime();
    data.mesh = dashboard::mesh(store, days);
    if (!domain.isEmpty()) {
        std::erase_if(data.mesh.domains, [&domain](const DomainSummary &r) { return r.domain != domain; });
        data.mesh.total = DomainSummary();
        data.mesh.total.domain = domain;
        if (!data.mesh.domains.empty()) {
            data.mesh.total = data.mesh.domains.front();
        }
    }
    for (const DomainSummary &r : data.mesh.domains) {
        data.products[r.domain] = dashboard::domainProducts(store, r.domain, days);
    }

    data.findings = domainPolicyFindings(store.connection(), domain);
    return data;
}

GovernanceReport::GovernanceReport(GovernanceReportData data)
    : m_data(std::move(data))
{
    // The dashboard page builds the charts; it is never shown: each chart is drawn into an image at a fixed size,
    // in the light standard palette (the report is read on paper or in a browser, not in the app's theme).
    MeshOverviewPage page(nullptr, m_data.domain);
    page.setPalette(QApplication::style()->standardPalette());
    std::vector<DomainProductRow> products;
    if (!m_data.domain.isEmpty()) {
        const auto it = m_data.products.find(m_data.domain);
        if (it != m_data.products.end()) {
            products = it->second;
        }
    }
    page.setFigures(m_data.mesh, std::move(products));
    const int rows = int(m_data.domain.isEmpty() ? m_data.mesh.domains.size() : page.products().size());
    const QSize size(kChartWidth, std::clamp(28 * rows + 80, 240, 900));
    for (QChartView *view : page.chartViews()) {
        view->chart()->setMargins(QMargins(8, 8, 24, 8)); // the last axis label stays inside the image
        view->setFixedSize(size); // also below the page's minimum height

        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            view->QWidget::render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        }
        m_charts.emplace_back(view->accessibleName(), std::move(image));
    }
}

QString GovernanceReport::title() const
{
    return m_data.domain.isEmpty() ? tr("Governance report: the mesh")
                                   : tr("Governance report: domain %1").arg(m_data.domain);
}

QString GovernanceReport::html(bool embedImages) const
{
    const QLocale locale;
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n")
               .arg(esc(title()));
    // A browser gets a readable column; the PDF's page already has margins, and its tables take the page's width.
    const QString body = embedImages
        ? QStringLiteral("body{font-family:sans-serif;color:#222;max-width:60em;margin:2em "
                         "auto;padding:0 1em}")
        : QStringLiteral("body{font-family:sans-serif;color:#222;font-size:9pt}");
    out += QStringLiteral("<style>") + body
        + QStringLiteral(
            "table{border-collapse:collapse;margin:0.5em 0 1em}th,td{border:1px solid #ccc;padding:3px 6px;"
            "vertical-align:top}th{background:#eee;text-align:left}td.n{text-align:right}"
            "img{max-width:100%;height:auto}.bad{color:#b00020}.muted{color:#666}</style>\n</head><body>\n");
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(title()));
    out += QStringLiteral("<p class=\"muted\">%1</p>\n")
               .arg(esc(tr(
                   "Generated %1 · SLA compliance over the last %n days, up to %2", nullptr, m_data.mesh.complianceDays)
                            .arg(locale.toString(m_data.generated, QLocale::LongFormat),
                                m_data.mesh.lastDay.isEmpty() ? tr("no measurements") : m_data.mesh.lastDay)));

    // The figures per domain.
    out += QStringLiteral("<h2>%1</h2>\n<table width=\"100%\">\n<tr>").arg(esc(tr("Figures")));
    const QStringList headers { tr("Domain"), tr("Products"), tr("Active"), tr("Draft"), tr("Deprecated or retired"),
        tr("With contracts"), tr("With SLAs"), tr("SLA compliance"), tr("Open findings"), tr("Errors") };
    for (const QString &h : headers) {
        out += QStringLiteral("<th>%1</th>").arg(esc(h));
    }
    out += QStringLiteral("</tr>\n");
    const auto row = [&](const DomainSummary &r, const QString &name, bool bold) -> QString {
        const auto status = [&r](const char *s) {
            const auto it = r.byStatus.find(QLatin1String(s));
            return it == r.byStatus.end() ? 0 : it->second;
        };
        const auto cell = [&](const QString &text, bool bad = false, const QString &detail = {}) {
            return QStringLiteral("<td class=\"n%1\"%2>%3</td>")
                .arg(bad ? QStringLiteral(" bad") : QString(),
                    detail.isEmpty() ? QString() : QStringLiteral(" title=\"%1\"").arg(esc(detail)), esc(text));
        };
        const auto compliance = r.compliance();
        QString line = QStringLiteral("<tr>");
        line += bold ? QStringLiteral("<td><b>%1</b></td>").arg(esc(name))
                     : QStringLiteral("<td>%1</td>").arg(esc(name));
        line += cell(locale.toString(r.products));
        line += cell(locale.toString(status("active")));
        line += cell(locale.toString(status("draft")));
        line += cell(locale.toString(status("deprecated") + status("retired")));
        line += cell(percent(r.contractShare()), false,
            tr("%1 of %2 products").arg(locale.toString(r.withContracts), locale.toString(r.products)));
        line += cell(percent(r.slaShare()), false,
            tr("%1 of %2 products").arg(locale.toString(r.withSla), locale.toString(r.products)));
        line += cell(compliance ? percent(*compliance) : tr("not measured"), compliance && *compliance < 0.99);
        line += cell(locale.toString(r.openFindings));
        line += cell(locale.toString(r.errorFindings), r.errorFindings > 0);
        return line + QStringLiteral("</tr>\n");
    };
    for (const DomainSummary &r : m_data.mesh.domains) {
        out += row(r, domainText(r.domain), false);
    }
    if (m_data.domain.isEmpty()) {
        out += row(m_data.mesh.total, tr("All domains"), true);
    }
    out += QStringLiteral("</table>\n");

    // The charts.
    if (!m_charts.empty()) {
        out += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(esc(tr("Charts")));
    }
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        const auto &[name, image] = m_charts[i];
        QString source;
        if (embedImages) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        } else {
            source = chartResource(i);
        }
        out += QStringLiteral("<h3>%1</h3>\n<p><img src=\"%2\" width=\"%3\" alt=\"%1\"></p>\n")
                   .arg(esc(name), source, QString::number(embedImages ? image.width() : kPdfChartWidth));
    }

    // The products per domain.
    std::map<QString, QString> productNames;
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Products")));
    for (const auto &[domain, products] : m_data.products) {
        if (m_data.domain.isEmpty()) {
            out += QStringLiteral("<h3>%1</h3>\n").arg(esc(domainText(domain)));
        }
        if (products.empty()) {
            out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No products.")));
            continue;
        }
        out += QStringLiteral(
            "<table width=\"100%\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                   .arg(esc(tr("Product")), esc(tr("Status")), esc(tr("SLA compliance")), esc(tr("SLA breaches")),
                       esc(tr("Quality pass rate")));
        for (const DomainProductRow &p : products) {
            productNames[p.id] = p.name;
            const auto compliance = p.compliance();
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"n%3\">%4</td><td class=\"n\">%5</td>"
                                  "<td class=\"n\">%6</td></tr>\n")
                       .arg(esc(p.name), esc(style::statusText(p.status)),
                           compliance && *compliance < 0.99 ? QStringLiteral(" bad") : QString(),
                           esc(compliance ? percent(*compliance) : tr("not measured")),
                           esc(locale.toString(p.slaMeasured - p.slaMet)),
                           esc(p.qualityRate() ? percent(*p.qualityRate()) : tr("no results")));
        }
        out += QStringLiteral("</table>\n");
    }

    // The policy findings: by severity, then domain; each row names its product.
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Policy findings")));
    if (m_data.findings.empty()) {
        out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No open policy findings.")));
    }
    std::optional<Severity> severity;
    std::optional<QString> domain;
    const auto closeTable = [&] {
        if (domain) {
            out += QStringLiteral("</table>\n");
        }
    };
    for (const PolicyFinding &f : m_data.findings) {
        if (severity != f.severity) {
            closeTable();
            severity = f.severity;
            domain.reset();
            out += QStringLiteral("<h3>%1</h3>\n").arg(esc(severityHeading(f.severity)));
        }
        if (domain != f.domain) {
            closeTable();
            domain = f.domain;
            out += QStringLiteral(
                "<h4>%1</h4>\n<table width=\"100%\">\n<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                       .arg(esc(tr("Domain %1").arg(domainText(f.domain))), esc(tr("Product")), esc(tr("Policy")),
                           esc(tr("Subject")), esc(tr("Message")));
        }
        const auto name = productNames.find(f.productId);
        const QString product = f.productId.isEmpty() ? QStringLiteral("—")
            : name != productNames.end()              ? name->second
                                                      : f.productId;
        out += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td><td>%4</td></tr>\n")
                   .arg(esc(product), esc(f.policyId), esc(policySubjectText(f)), esc(f.message));
    }
    closeTable();
    out += QStringLiteral("</body></html>\n");
    return out;
}

bool GovernanceReport::write(const QString &path, QString *error) const
{
    return QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0 ? writePdf(path, error)
                                                                                            : writeHtml(path, error);
}

bool GovernanceReport::writeHtml(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return setError(error, file.errorString());
    }
    file.write(html(true).toUtf8());
    if (!file.commit()) {
        return setError(error, file.errorString());
    }
    return true;
}

bool GovernanceReport::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return setError(error, file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Tessera"));
        // Landscape: the figures table has eleven columns.
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument document;
        for (std::size_t i = 0; i < m_charts.size(); ++i) {
            document.addResource(
                QTextDocument::ImageResource, QUrl(chartResource(i)), QVariant::fromValue(m_charts[i].second));
        }
        document.setHtml(html(false));
        // Without a page size of its own the document is paginated to the writer's page, with page numbers.
        document.print(&writer);
    }
    if (!file.commit()) {
        return setError(error, file.errorString());
    }
    return true;
}

void GovernanceReport::exportWithDialog(QWidget *parent, CatalogService *service, const QString &domain)
{
    if (!service) {
        return;
    }
    QString base = domain.isEmpty() ? QStringLiteral("governance-report-mesh")
                                    : QStringLiteral("governance-report-") + domain.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]+")), QStringLiteral("-"));
    const QString htmlFilter = tr("HTML page (*.html *.htm)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    QString filter = htmlFilter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export governance report"), base + QStringLiteral(".html"),
        htmlFilter + QStringLiteral(";;") + pdfFilter, &filter);
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("html") && suffix != QLatin1String("htm") && suffix != QLatin1String("pdf")) {
        path += filter == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".html");
    } else if (filter == pdfFilter && suffix != QLatin1String("pdf")) {
        path = QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QStringLiteral(".pdf");
    }
    statusMessage(parent, tr("Writing the governance report…"));
    QPointer<QWidget> guard(parent);
    service->run(
        parent, [domain](CatalogReader &reader) { return gather(reader.store(), domain); },
        [guard, path](GovernanceReportData data) {
            if (!data.generated.isValid()) { // the job did not run: the store cannot be read
                if (guard) {
                    QMessageBox::warning(guard, tr("Export governance report"),
                        tr("The catalog cannot be read, so there is no report to write."));
                }
                return;
            }
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const GovernanceReport report(std::move(data));
            QString error;
            const bool written = report.write(path, &error);
            QApplication::restoreOverrideCursor();
            if (!guard) {
                return;
            }
            if (written) {
                statusMessage(guard, tr("Governance report written to %1").arg(QDir::toNativeSeparators(path)));
            } else {
                statusMessage(guard, tr("Could not write the governance report"));
                QMessageBox::warning(guard, tr("Export governance report"),
                    tr("Could not write the governance report to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
            }
        });
}

} // namespace tessera
