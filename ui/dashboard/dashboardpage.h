// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "dashboard/dashboarddata.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractButton;
class QButtonGroup;
class QChart;
class QPalette;
class QChartView;
class QGridLayout;
class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace tessera {

class CatalogService;

/** The dashboards' chart look: transparent, no animation, the palette's text and a faint grid. */
void styleDashboardChart(QChart *chart, const QPalette &palette);

/**
 * A product's dashboard (tessera://dashboard/ID) or one contract's (tessera://dashboard/contract/ID): each SLA
 * property of the product's output contracts, or of the contract, over time against its target (the values that
 * meet it shaded as a band, breaches as red markers), availability, the latency and freshness distributions and the
 * quality rules' daily pass rate, for the last 7, 30 or 90 days. A product's charts link to each contract's own
 * dashboard. The figures are aggregated off the GUI thread; hovering a chart shows exact values. Every chart, and
 * the whole page, exports as PNG or SVG.
 */
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    /** What the dashboard is of. */
    enum class Scope { Product, Contract };

    DashboardPage(CatalogService *service, QString id, Scope scope = Scope::Product, QWidget *parent = nullptr);

    /** tessera://dashboard/ID for a product, tessera://dashboard/contract/ID for a contract. */
    static QUrl pageUrl(const QString &id, Scope scope = Scope::Product);

    /** The product's or the contract's id. */
    const QString &id() const { return m_id; }
    Scope scope() const { return m_scope; }
    QUrl url() const;

    /** The range in days (7, 30 or 90). */
    int days() const { return m_days; }
    /** Shows the last `days` days; reads the figures again. */
    void setDays(int days);
    /** Reads the figures again (the store changed). */
    void reload();

    /** The figures shown, once they arrived. */
    const std::optional<ProductDashboard> &data() const { return m_data; }
    bool isLoaded() const { return m_loaded; }
    /** The charts shown, in page order. */
    QList<QChartView *> chartViews() const { return m_charts; }

    /** Writes the whole page as PNG or SVG, by the suffix of `path`. */
    bool exportPage(const QString &path);
    /** Writes `widget` (a chart card, the page) as PNG or SVG, by the suffix of `path`. */
    static bool exportWidget(QWidget *widget, const QString &path);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void linkActivated(const QUrl &url);
    /** The figures arrived and the charts were built. */
    void loaded();

private:
    void show(std::optional<ProductDashboard> data);
    void clear();
    /** A chart in a card; `contract`, when given, heads the subtitle as a link to its own dashboard. */
    QWidget *chartCard(const QString &title, const QString &subtitle, QChart *chart, const QString &name,
        const QString &contract = {});
    QWidget *statCard(const QString &title, const QString &value, const QString &detail, const QString &name);
    QChart *slaChart(const SlaSeries &series);
    QChart *distributionChart(const Distribution &distribution);
    QChart *qualityChart(const std::vector<DailyQuality> &days);
    void exportWithDialog(QWidget *widget, const QString &name);

    QString contractLinks(const QStringList &contracts) const;

    QPointer<CatalogService> m_service;
    QString m_id;
    Scope m_scope;
    int m_days = 30;
    quint64 m_generation = 0;
    bool m_loaded = false;
    std::optional<ProductDashboard> m_data;
    QList<QChartView *> m_charts;

    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_productLink;
    QButtonGroup *m_range;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
};

} // namespace tessera
