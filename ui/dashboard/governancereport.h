// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "dashboard/dashboarddata.h"
#include "governance/policies.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

#include <map>
#include <vector>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace tessera {

class CatalogService;
class Store;

/** What a governance report shows, read from the store (off the GUI thread: gather()). */
struct GovernanceReportData
{
    QString domain; ///< empty: the whole mesh
    QDateTime generated;
    MeshOverview mesh; ///< with a domain, its row only
    std::map<QString, std::vector<DomainProductRow>> products; ///< per domain (by name)
    std::vector<PolicyFinding> findings; ///< errors first, then by domain, product, subject
};

/**
 * A governance report for the whole mesh or one domain: the figures per domain (and per product), the
 * dashboards' charts as images, and the kept policy findings grouped by severity, then domain and product.
 * Written as one self-contained HTML file (images as data: URIs) or as an A4 PDF with page numbers.
 * Everything from the catalogs is escaped; the report loads nothing remote.
 */
class GovernanceReport
{
    Q_DECLARE_TR_FUNCTIONS(tessera::GovernanceReport)

public:
    /** Reads the report's figures and findings (pure reads; any thread, on that thread's connection). */
    static GovernanceReportData gather(Store &store, const QString &domain = {}, int days = 30);

    /** Renders the charts (GUI thread: they are Qt Charts widgets, drawn off-screen at a fixed size). */
    explicit GovernanceReport(GovernanceReportData data);

    const GovernanceReportData &data() const { return m_data; }
    /** The charts as rendered: title and image, in report order. */
    const std::vector<std::pair<QString, QImage>> &charts() const { return m_charts; }

    /** The report as HTML; with `embedImages` the charts are data: URIs, otherwise "chart-N.png" resources. */
    QString html(bool embedImages = true) const;

    /** Writes HTML or PDF by the suffix of `path` (".pdf" → PDF); `error` says why it could not. */
    bool write(const QString &path, QString *error = nullptr) const;
    bool writeHtml(const QString &path, QString *error = nullptr) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;

    /**
     * Asks where to save (HTML or PDF), gathers the figures on `service`'s worker, writes the report and says so
     * in the main window's status bar, or shows why it could not.
     */
    static void exportWithDialog(QWidget *parent, CatalogService *service, const QString &domain = {});

private:
    QString title() const;

    GovernanceReportData m_data;
    std::vector<std::pair<QString, QImage>> m_charts;
};

} // namespace tessera
