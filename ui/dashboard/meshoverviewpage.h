// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "dashboard/dashboarddata.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QScrollArea;
class QTableWidget;
QT_END_NAMESPACE

namespace tessera {

class CatalogService;

/**
 * The mesh overview (tessera://overview/mesh, View › Mesh overview): one row per domain — products by status,
 * the share with contracts and with SLAs, SLA compliance over the last 30 days, open policy findings — as a
 * table and as charts. Aggregated off the GUI thread; exports as PNG or SVG.
 */
class MeshOverviewPage : public QWidget
{
    Q_OBJECT

public:
    /** The mesh overview, or with `domain` that domain's dashboard (its figures and each of its products). */
    explicit MeshOverviewPage(CatalogService *service, QString domain = {}, QWidget *parent = nullptr);

    /** tessera://overview/mesh, or tessera://overview/domain/NAME for a domain's dashboard. */
    static QUrl pageUrl(const QString &domain = {});

    const QString &domain() const { return m_domain; }
    /** A domain's products (empty for the mesh overview). */
    const std::vector<DomainProductRow> &products() const { return m_products; }
    QTableWidget *productTable() const { return m_productTable; }

    void reload();
    /** Shows `data` (and a domain's `products`) without reading the store (the governance report's charts). */
    void setFigures(MeshOverview data, std::vector<DomainProductRow> products)
    {
        show(std::move(data), std::move(products));
    }
    bool isLoaded() const { return m_loaded; }
    const MeshOverview &data() const { return m_data; }
    QTableWidget *table() const { return m_table; }
    QList<QChartView *> chartViews() const { return m_charts; }
    /** Writes the whole page as PNG or SVG, by the suffix of `path`. */
    bool exportPage(const QString &path);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void linkActivated(const QUrl &url);
    void loaded();

private:
    void show(MeshOverview data, std::vector<DomainProductRow> products);
    QChart *productComplianceChart() const;
    QWidget *chartCard(const QString &title, const QString &subtitle, QChart *chart, const QString &name);
    QChart *statusChart() const;
    QChart *complianceChart() const;
    QChart *sharesChart() const;

    QPointer<CatalogService> m_service;
    quint64 m_generation = 0;
    bool m_loaded = false;
    MeshOverview m_data;
    QList<QChartView *> m_charts;
    QString m_domain;
    std::vector<DomainProductRow> m_products;
    QTableWidget *m_table;
    QTableWidget *m_productTable = nullptr;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
};

} // namespace tessera
