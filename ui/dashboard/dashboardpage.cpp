// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "dashboard/dashboardpage.h"

#include "catalogservice.h"
#include "common/style.h"
#include "common/widgets.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace tessera {

namespace {

constexpr int kChartHeight = 260;

QColor breachColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xFF, 0x6B, 0x6B) : QColor(0xC6, 0x28, 0x28);
}

qint64 msecsOf(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

/** A day (yyyy-MM-dd) at noon UTC, so a day's point sits in the middle of it. */
qint64 msecsOfDay(const QString &day)
{
    return QDateTime(QDate::fromString(day, Qt::ISODate), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString number(double value, int decimals = 2)
{
    // Up to `decimals` decimals, without trailing zeros, in the user's locale.
    QString text = QLocale().toString(value, 'f', decimals);
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(1);
        }
    }
    return text;
}

QString withUnit(double value, const QString &unit)
{
    if (unit.isEmpty()) {
        return number(value);
    }
    if (unit == QLatin1String("%")) {
        return number(value) + QStringLiteral("\u202f%");
    }
    return number(value) + QLatin1Char(' ') + unit;
}

QString propertyTitle(const QString &property)
{
    if (property == QLatin1String("availability")) {
        return DashboardPage::tr("Availability");
    }
    if (property == QLatin1String("latency")) {
        return DashboardPage::tr("Latency");
    }
    if (property == QLatin1String("frequency")) {
        return DashboardPage::tr("Frequency");
    }
    if (property == QLatin1String("retention")) {
        return DashboardPage::tr("Retention");
    }
    if (property == QLatin1String("timeOfAvailability")) {
        return DashboardPage::tr("Time of availability");
    }
    if (property == QLatin1String("freshness")) {
        return DashboardPage::tr("Freshness");
    }
    return property;
}

QString targetText(const QString &property, const std::optional<double> &target, const QString &unit)
{
    if (!target) {
        return DashboardPage::tr("no target");
    }
    return dashboard::higherIsBetter(property) ? DashboardPage::tr("target ≥ %1").arg(withUnit(*target, unit))
                                               : DashboardPage::tr("target ≤ %1").arg(withUnit(*target, unit));
}

QString exactTime(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toLocalTime(), QLocale::LongFormat);
}

/**
 * The measurements' colour: the palette's accent, lightened on dark palettes whose accent is dark (Adwaita-Dark's
 * blue), so the lines read on the background and on the target's band.
 */
QColor seriesColor(const QPalette &palette)
{
    const QColor accent = palette.color(QPalette::Highlight);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark && accent.lightness() < 150 ? accent.lighter(100 + (150 - accent.lightness())) : accent;
}

/** The band of values that meet a target: the good colour, faint enough for the line and markers to read on it. */
QColor bandColor(const QPalette &palette)
{
    QColor color = style::goodColor(palette);
    color.setAlpha(palette.color(QPalette::Window).lightness() < 128 ? 56 : 40);
    return color;
}

/** Widens [low, high] a little so lines do not sit on the plot's edge. */
void pad(double &low, double &high)
{
    const double span = high - low;
    const double margin = span > 0 ? span * 0.1 : std::max(std::abs(high) * 0.05, 1.0);
    low -= margin;
    high += margin;
}

/**
 * Exact values under the pointer: anywhere over a chart's plot area, the measurement nearest the pointer's time
 * (QXYSeries::hovered only fires on the thin line itself). Lives as a child of the chart; watches its view.
 */
class ChartHover : public QObject
{
public:
    using Tip = std::function<void(const QPointF &value, bool inside)>;

    ChartHover(QChart *chart, QAbstractSeries *series, Tip tip)
        : QObject(chart)
        , m_chart(chart)
        , m_series(series)
        , m_tip(std::move(tip))
    { }

    void watch(QChartView *view)
    {
        m_view = view;
        m_viewport = view->viewport();
        m_viewport->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Only the pointer's events use the view: the viewport also hears its view being destroyed, when the view is
        // no QChartView any more (UBSan: a downcast of a half-destroyed object).
        const bool pointer = event->type() == QEvent::MouseMove || event->type() == QEvent::Leave;
        if (pointer && m_viewport && watched == m_viewport.data()) {
            if (event->type() == QEvent::MouseMove) {
                const QPointF at = m_chart->mapFromScene(
                    m_view->mapToScene(static_cast<QMouseEvent *>(event)->position().toPoint()));
                if (m_chart->plotArea().contains(at)) {
                    m_tip(m_chart->mapToValue(at, m_series), true);
                } else {
                    m_tip({}, false);
                }
            } else if (event->type() == QEvent::Leave) {
                // The tooltip's own window appearing makes the view "left" on X11: hide only when the pointer went.
                if (!m_viewport->rect().contains(m_viewport->mapFromGlobal(QCursor::pos()))) {
                    m_tip({}, false);
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QChart *m_chart;
    QAbstractSeries *m_series;
    QChartView *m_view = nullptr; ///< alive while its viewport is (the viewport is its child)
    QPointer<QWidget> m_viewport;
    Tip m_tip;
};

/** Shows `tip` for the values under the pointer once the chart has a view (chartCard()). */
void attachHover(QChart *chart, QAbstractSeries *series, ChartHover::Tip tip)
{
    chart->setProperty("hover", QVariant::fromValue<QObject *>(new ChartHover(chart, series, std::move(tip))));
}

} // namespace

void styleDashboardChart(QChart *chart, const QPalette &p)
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(40);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(style::secondaryText(p));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setMinorGridLineVisible(false);
    }
}

DashboardPage::DashboardPage(CatalogService *service, QString id, Scope scope, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(std::move(id))
    , m_scope(scope)
    , m_title(new QLabel)
    , m_subtitle(secondaryLabel(QString()))
    , m_productLink(new QToolButton)
    , m_range(new QButtonGroup(this))
    , m_scroll(new QScrollArea)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(
        m_scope == Scope::Contract ? tr("Contract dashboard: %1").arg(m_id) : tr("Dashboard: %1").arg(m_id));
    style::scaleFont(m_title, 1.5, true);
    m_subtitle->setObjectName(QStringLiteral("dashboardRange"));
    m_subtitle->setWordWrap(false);
    // Rich text: a product's contracts link to their own dashboards, a contract's product to its dashboard.
    m_subtitle->setTextFormat(Qt::RichText);
    m_subtitle->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(
        m_subtitle, &QLabel::linkActivated, this, [this](const QString &link) { Q_EMIT linkActivated(QUrl(link)); });

    // The range picker: three segments, one checked.
    auto *rangeRow = new QHBoxLayout;
    rangeRow->setSpacing(0);
    for (const int days : { 7, 30, 90 }) {
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("range%1").arg(days));
        button->setText(tr("%n days", nullptr, days));
        button->setToolTip(tr("Show the last %n days", nullptr, days));
        button->setCheckable(true);
        button->setChecked(days == m_days);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_range->addButton(button, days);
        rangeRow->addWidget(button);
    }
    m_range->setExclusive(true);
    connect(m_range, &QButtonGroup::idClicked, this, &DashboardPage::setDays);

    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("exportDashboardButton"));
    exportButton->setText(tr("Export"));
    exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolTip(tr("Save the whole dashboard as an image"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Export page as PNG or SVG…"), this, [this] {
        if (m_content) {
            exportWithDialog(m_content, tr("dashboard-%1").arg(m_id));
        }
    });
    exportButton->setMenu(exportMenu);

    QToolButton *productLink = m_productLink;
    productLink->setObjectName(QStringLiteral("openProductButton"));
    productLink->setText(tr("Open product"));
    productLink->setIcon(style::conceptIcon(QStringLiteral("product")));
    productLink->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    productLink->setToolTip(m_scope == Scope::Contract ? tr("Open the page of the product that publishes the contract")
                                                       : tr("Open the product's page"));
    // A contract's product is known once the figures arrived.
    productLink->setEnabled(m_scope == Scope::Product);
    connect(productLink, &QToolButton::clicked, this, [this] {
        const QString product = m_scope == Scope::Product ? m_id : m_data ? m_data->id : QString();
        if (!product.isEmpty()) {
            Q_EMIT linkActivated(QUrl(QStringLiteral("tessera://product/") + urlSegment(product)));
        }
    });

    auto *header = new QHBoxLayout;
    header->setSpacing(2 * style::kSpacing);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(style::kSpacing / 2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addLayout(rangeRow);
    header->addWidget(exportButton);
    header->addWidget(productLink);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setAccessibleName(tr("Dashboard"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, 0);
    layout->setSpacing(2 * style::kSpacing);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);

    auto *loading = secondaryLabel(tr("Reading the measurements…"));
    loading->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(loading);
}

QUrl DashboardPage::pageUrl(const QString &id, Scope scope)
{
    return QUrl(QStringLiteral("tessera://dashboard/")
        + (scope == Scope::Contract ? QStringLiteral("contract/") : QString()) + urlSegment(id));
}

QUrl DashboardPage::url() const
{
    return pageUrl(m_id, m_scope);
}

QString DashboardPage::contractLinks(const QStringList &contracts) const
{
    QStringList links;
    for (const QString &contract : contracts) {
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(pageUrl(contract, Scope::Contract).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         contract.toHtmlEscaped());
    }
    return links.join(QStringLiteral(", "));
}

void DashboardPage::setDays(int days)
{
    if (days == m_days && m_loaded) {
        return;
    }
    m_days = days;
    if (QAbstractButton *button = m_range->button(days)) {
        button->setChecked(true);
    }
    reload();
}

void DashboardPage::reload()
{
    if (!m_service) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_service->run(
        this,
        [id = m_id, contract = m_scope == Scope::Contract, days = m_days](CatalogReader &reader) {
            return contract ? dashboard::contract(reader.store(), id, days)
                            : dashboard::product(reader.store(), id, days);
        },
        [this, generation](std::optional<ProductDashboard> data) {
            if (generation == m_generation) {
                show(std::move(data));
            }
        });
}

void DashboardPage::clear()
{
    m_charts.clear();
    m_content = nullptr;
}

void DashboardPage::show(std::optional<ProductDashboard> data)
{
    clear();
    m_data = std::move(data);
    m_loaded = true;

    // Keep the reader's place when the range changes.
    const int scrolled = m_scroll->verticalScrollBar() ? m_scroll->verticalScrollBar()->value() : 0;
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    content->setBackgroundRole(QPalette::Window);
    content->setAutoFillBackground(true);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 2 * style::kSpacing);
    column->setSpacing(2 * style::kSpacing);

    const bool ofContract = m_scope == Scope::Contract;
    if (!m_data) {
        const QString title = ofContract ? tr("Contract dashboard: %1").arg(m_id) : tr("Dashboard: %1").arg(m_id);
        m_title->setText(title);
        m_subtitle->clear();
        m_productLink->setEnabled(!ofContract);
        column->addWidget(secondaryLabel(
            ofContract ? tr("The store has no contract %1.").arg(m_id) : tr("The store has no product %1.").arg(m_id)));
        column->addStretch(1);
        m_content = content;
        m_scroll->setWidget(content);
        Q_EMIT titleChanged(title);
        Q_EMIT loaded();
        return;
    }
    const ProductDashboard &d = *m_data;
    const QString title = ofContract
        ? tr("Contract dashboard: %1").arg(d.contractName.isEmpty() ? d.contract : d.contractName)
        : tr("Dashboard: %1").arg(d.name);
    m_title->setText(title);
    m_productLink->setEnabled(!ofContract || !d.id.isEmpty());
    const QLocale locale;
    const QString from = locale.toString(QDate::fromString(d.firstDay, Qt::ISODate), QLocale::ShortFormat);
    const QString to = locale.toString(QDate::fromString(d.lastDay, Qt::ISODate), QLocale::ShortFormat);
    const QString range = d.lastDay.isEmpty() ? tr("no measurements recorded") : tr("%1 – %2").arg(from, to);
    if (ofContract) {
        // The contract, and the product publishing it: a link back to the product's dashboard.
        const QString product = d.id.isEmpty()
            ? tr("no product publishes it")
            : tr("published by %1")
                  .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(pageUrl(d.id).toString(QUrl::FullyEncoded).toHtmlEscaped(), d.name.toHtmlEscaped()));
        m_subtitle->setText(
            tr("%1 · contract %2, %3 · %4")
                .arg(d.domain.toHtmlEscaped(), d.contract.toHtmlEscaped(), product, range.toHtmlEscaped()));
        m_subtitle->setToolTip(d.id.isEmpty() ? QString() : tr("Open the dashboard of %1").arg(d.name));
    } else {
        m_subtitle->setText(d.contracts.isEmpty()
                ? tr("%1 · no output port has a contract").arg(d.domain.toHtmlEscaped())
                : tr("%1 · SLA and quality of %2 · %3")
                      .arg(d.domain.toHtmlEscaped(), contractLinks(d.contracts), range.toHtmlEscaped()));
        m_subtitle->setToolTip(d.contracts.isEmpty() ? QString() : tr("Open a contract's own dashboard"));
    }
    Q_EMIT titleChanged(title);

    // The figures at a glance: availability, breaches, quality.
    int breaches = 0, measured = 0;
    for (const SlaSeries &s : d.sla) {
        breaches += s.breaches;
        measured += int(s.points.size());
    }
    int runs = 0, passed = 0;
    for (const DailyQuality &q : d.quality) {
        runs += q.runs;
        passed += q.passed;
    }
    auto *stats = new QHBoxLayout;
    stats->setSpacing(2 * style::kSpacing);
    stats->addWidget(statCard(tr("Availability"),
        d.availability ? withUnit(*d.availability, QStringLiteral("%")) : tr("not measured"),
        d.availabilityTarget ? tr("mean over %n days · target ≥ %1", nullptr, d.days)
                                   .arg(withUnit(*d.availabilityTarget, QStringLiteral("%")))
                             : tr("mean over %n days", nullptr, d.days),
        QStringLiteral("availabilityStat")));
    stats->addWidget(statCard(tr("SLA breaches"), locale.toString(breaches),
        tr("of %n measurements", nullptr, measured), QStringLiteral("breachesStat")));
    stats->addWidget(statCard(tr("Quality pass rate"),
        runs > 0 ? withUnit(100.0 * passed / runs, QStringLiteral("%")) : tr("no results"),
        tr("%1 of %2 rule runs passed").arg(locale.toString(passed), locale.toString(runs)),
        QStringLiteral("qualityStat")));
    column->addLayout(stats);

    auto *grid = new QGridLayout;
    grid->setSpacing(2 * style::kSpacing);
    int index = 0;
    const auto add = [&](QWidget *card) {
        grid->addWidget(card, index / 2, index % 2);
        ++index;
    };
    // A product's cards name their contract in the subtitle, linked to the contract's own dashboard.
    for (const SlaSeries &s : d.sla) {
        const QString subtitle
            = tr("%1 · %n breaches", nullptr, s.breaches).arg(targetText(s.property, s.target, s.unit));
        add(chartCard(propertyTitle(s.property), subtitle, slaChart(s),
            QStringLiteral("slaChart_%1_%2").arg(s.contractId, s.property), ofContract ? QString() : s.contractId));
    }
    for (const Distribution &dist : d.distributions) {
        const QString subtitle
            = tr("%1 · %n measurements", nullptr, dist.total).arg(targetText(dist.property, dist.target, dist.unit));
        add(chartCard(tr("%1 distribution").arg(propertyTitle(dist.property)), subtitle, distributionChart(dist),
            QStringLiteral("distributionChart_%1_%2").arg(dist.contractId, dist.property),
            ofContract ? QString() : dist.contractId));
    }
    if (!d.quality.empty()) {
        add(chartCard(tr("Quality pass rate"), tr("share of quality rule runs that passed, per day; target 100 %"),
            qualityChart(d.quality), QStringLiteral("qualityChart")));
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    column->addLayout(grid);
    if (index == 0) {
        auto *empty = secondaryLabel(ofContract
                ? tr("No SLA measurements or quality results have been recorded for this contract in this range.")
                : tr("No SLA measurements or quality results have been recorded for the contracts of this product's "
                     "output ports in this range."));
        column->addWidget(empty);
    }
    column->addStretch(1);
    m_content = content;
    m_scroll->setWidget(content);
    m_scroll->verticalScrollBar()->setValue(scrolled);
    Q_EMIT loaded();
}

QWidget *DashboardPage::statCard(const QString &title, const QString &value, const QString &detail, const QString &name)
{
    auto *card = new Card(title);
    card->setObjectName(name);
    auto *figure = new QLabel(value);
    figure->setObjectName(name + QStringLiteral("Value"));
    figure->setTextFormat(Qt::PlainText);
    style::scaleFont(figure, 2.0, true);
    card->body()->addWidget(figure);
    card->body()->addWidget(secondaryLabel(detail));
    return card;
}

QWidget *DashboardPage::chartCard(
    const QString &title, const QString &subtitle, QChart *chart, const QString &name, const QString &contract)
{
    auto *card = new Card(title);
    card->setObjectName(name + QStringLiteral("Card"));
    auto *top = new QHBoxLayout;
    top->setSpacing(style::kSpacing);
    QLabel *sub = secondaryLabel(subtitle);
    sub->setObjectName(name + QStringLiteral("Subtitle"));
    if (!contract.isEmpty()) {
        sub->setTextFormat(Qt::RichText);
        sub->setText(contractLinks({ contract }) + QStringLiteral(" · ") + subtitle.toHtmlEscaped());
        sub->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        sub->setToolTip(tr("Open the dashboard of contract %1").arg(contract));
        connect(sub, &QLabel::linkActivated, this, [this](const QString &link) { Q_EMIT linkActivated(QUrl(link)); });
    }
    top->addWidget(sub, 1);
    auto *save = new QToolButton;
    save->setObjectName(QStringLiteral("exportChartButton"));
    save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    save->setText(tr("Export…"));
    save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    save->setAutoRaise(true);
    save->setToolTip(tr("Save this chart as PNG or SVG"));
    connect(save, &QToolButton::clicked, this, [this, card, name] { exportWithDialog(card, name); });
    top->addWidget(save, 0, Qt::AlignTop);
    card->body()->addLayout(top);

    styleDashboardChart(chart, palette());
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    if (auto *hover = static_cast<ChartHover *>(chart->property("hover").value<QObject *>())) {
        hover->watch(view);
    }
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kChartHeight);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundRole(QPalette::Base);
    view->setAccessibleName(title);
    card->body()->addWidget(view);
    m_charts.append(view);
    return card;
}

QChart *DashboardPage::slaChart(const SlaSeries &s)
{
    const QPalette p = palette();
    auto *chart = new QChart;
    auto *values = new QLineSeries;
    values->setObjectName(QStringLiteral("values"));
    values->setName(propertyTitle(s.property));
    values->setPen(QPen(seriesColor(p), 2));
    // The target: a thin line at its edge of the band of values that meet it.
    auto *target = new QLineSeries;
    target->setObjectName(QStringLiteral("target"));
    target->setName(tr("Target"));
    // Flat caps: round ones overlap where the segments join and show as dots along the line.
    target->setPen(QPen(style::goodColor(p), 1.5, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    auto *breaches = new QScatterSeries;
    breaches->setObjectName(QStringLiteral("breaches"));
    breaches->setName(tr("Breach"));
    breaches->setColor(breachColor(p));
    breaches->setBorderColor(breachColor(p));
    breaches->setMarkerSize(9);

    double low = s.minimum, high = s.maximum;
    for (const DashboardPoint &point : s.points) {
        const qint64 x = msecsOf(point.time);
        values->append(double(x), point.value);
        if (point.target) {
            low = std::min(low, *point.target);
            high = std::max(high, *point.target);
        }
        if (!point.met) {
            breaches->append(double(x), point.value);
        }
    }
    pad(low, high);
    auto *y = new QValueAxis;
    y->setRange(low, high);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%g"));
    y->setTitleText(s.unit);

    // Half a day either side, so the first and last markers are drawn whole.
    qint64 first = 0, last = 0;
    if (!s.points.empty()) {
        first = msecsOf(s.points.front().time);
        last = msecsOf(s.points.back().time);
        const qint64 margin = std::max<qint64>(12 * 3600 * 1000, (last - first) / 60);
        first -= margin;
        last += margin;
    }

    // The band, beneath everything: the compliant side of the target up to the plot's edge, across the whole range.
    const std::vector<BandPoint> band = dashboard::targetBand(s, y->min(), y->max());
    if (!band.empty()) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        const bool higher = dashboard::higherIsBetter(s.property);
        const auto edge = [&](double x, const BandPoint &b) {
            upper->append(x, b.upper);
            lower->append(x, b.lower);
            target->append(x, higher ? b.lower : b.upper);
        };
        edge(double(first), band.front());
        for (const BandPoint &b : band) {
            edge(double(msecsOf(b.time)), b);
        }
        edge(double(last), band.back());
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setObjectName(QStringLiteral("targetBand"));
        area->setName(tr("Meets the target"));
        area->setPen(Qt::NoPen);
        area->setBrush(bandColor(p));
        chart->addSeries(area);
        // The legend's swatch is small: a stronger fill and the target's colour around it, so it reads.
        for (QLegendMarker *marker : chart->legend()->markers(area)) {
            QColor swatch = bandColor(p);
            swatch.setAlpha(std::min(255, swatch.alpha() * 3));
            marker->setBrush(swatch);
            marker->setPen(QPen(style::goodColor(p), 1));
        }
    }
    // The target line beneath the values, so a value right at its target stays visible.
    if (target->count() > 0) {
        chart->addSeries(target);
        // The band's legend entry stands for the target.
        for (QLegendMarker *marker : chart->legend()->markers(target)) {
            marker->setVisible(false);
        }
    } else {
        delete target;
    }
    chart->addSeries(values);
    chart->addSeries(breaches);

    auto *x = new QDateTimeAxis;
    x->setFormat(m_days <= 7 ? QStringLiteral("ddd d") : QStringLiteral("d MMM"));
    x->setTickCount(m_days <= 7 ? std::max<int>(2, int(s.points.size())) : 6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (!s.points.empty()) {
        x->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC), QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
    }

    // Hover: the measurement nearest the pointer, exactly.
    const auto points = s.points;
    const QString unit = s.unit;
    const QString property = s.property;
    const auto tip = [points, unit, property](const QPointF &at, bool state) {
        if (!state || points.empty()) {
            QToolTip::hideText();
            return;
        }
        const auto nearest = std::min_element(points.begin(), points.end(), [&at](const auto &a, const auto &b) {
            return std::abs(double(msecsOf(a.time)) - at.x()) < std::abs(double(msecsOf(b.time)) - at.x());
        });
        QString text = tr("%1: %2").arg(propertyTitle(property), withUnit(nearest->value, unit));
        text += QLatin1Char('\n') + exactTime(msecsOf(nearest->time));
        if (nearest->target) {
            text += QLatin1Char('\n') + targetText(property, nearest->target, unit);
        }
        text += QLatin1Char('\n') + (nearest->met ? tr("met") : tr("breached"));
        QToolTip::showText(QCursor::pos(), text);
    };
    attachHover(chart, values, tip);
    return chart;
}

QChart *DashboardPage::distributionChart(const Distribution &dist)
{
    const QPalette p = palette();
    auto *chart = new QChart;
    auto *set = new QBarSet(tr("Measurements"));
    set->setColor(seriesColor(p));
    set->setBorderColor(seriesColor(p));
    QStringList categories;
    const int decimals = dist.buckets.empty() || dist.buckets.back().to - dist.buckets.front().from >= 10 ? 0 : 1;
    for (const HistogramBucket &bucket : dist.buckets) {
        *set << bucket.count;
        // The lower bound only, so labels fit under narrow bars; the tooltip gives the whole bucket.
        categories << QLocale().toString(bucket.from, 'f', decimals);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("from … %1").arg(dist.unit));
    auto *y = new QValueAxis;
    int most = 1;
    for (const HistogramBucket &bucket : dist.buckets) {
        most = std::max(most, bucket.count);
    }
    y->setRange(0, most);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("measurements"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    const auto buckets = dist.buckets;
    const QString unit = dist.unit;
    attachHover(chart, series, [buckets, unit](const QPointF &at, bool state) {
        const int index = qRound(at.x());
        if (!state || index < 0 || index >= int(buckets.size())) {
            QToolTip::hideText();
            return;
        }
        const HistogramBucket &b = buckets[std::size_t(index)];
        QToolTip::showText(QCursor::pos(),
            tr("%1 to %2: %n measurements", nullptr, b.count).arg(withUnit(b.from, unit), withUnit(b.to, unit)));
    });
    return chart;
}

QChart *DashboardPage::qualityChart(const std::vector<DailyQuality> &days)
{
    const QPalette p = palette();
    auto *chart = new QChart;
    auto *rate = new QLineSeries;
    rate->setName(tr("Pass rate"));
    rate->setPen(QPen(seriesColor(p), 2));
    auto *failed = new QScatterSeries;
    failed->setName(tr("Days with failed rules"));
    failed->setColor(breachColor(p));
    failed->setBorderColor(breachColor(p));
    failed->setMarkerSize(8);
    double low = 100;
    for (const DailyQuality &day : days) {
        const double x = double(msecsOfDay(day.day));
        rate->append(x, 100.0 * day.rate());
        if (day.passed < day.runs) {
            failed->append(x, 100.0 * day.rate());
        }
        low = std::min(low, 100.0 * day.rate());
    }
    chart->addSeries(rate);
    chart->addSeries(failed);
    auto *x = new QDateTimeAxis;
    x->setFormat(m_days <= 7 ? QStringLiteral("ddd d") : QStringLiteral("d MMM"));
    x->setTickCount(m_days <= 7 ? std::max<int>(2, int(days.size())) : 6);
    auto *y = new QValueAxis;
    y->setRange(std::max(0.0, std::floor(low / 10.0) * 10.0 - (low >= 100 ? 10 : 0)), 100);
    y->setTitleText(QStringLiteral("%"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (!days.empty()) {
        const qint64 first = msecsOfDay(days.front().day), last = msecsOfDay(days.back().day);
        const qint64 margin = std::max<qint64>(12 * 3600 * 1000, (last - first) / 60);
        x->setRange(QDateTime::fromMSecsSinceEpoch(first - margin, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(last + margin, Qt::UTC));
    }
    const auto copy = days;
    const auto tip = [copy](const QPointF &at, bool state) {
        if (!state || copy.empty()) {
            QToolTip::hideText();
            return;
        }
        const auto nearest = std::min_element(copy.begin(), copy.end(), [&at](const auto &a, const auto &b) {
            return std::abs(double(msecsOfDay(a.day)) - at.x()) < std::abs(double(msecsOfDay(b.day)) - at.x());
        });
        QToolTip::showText(QCursor::pos(),
            tr("%1\n%2 of %3 rule runs passed (%4)")
                .arg(QLocale().toString(QDate::fromString(nearest->day, Qt::ISODate), QLocale::LongFormat),
                    QLocale().toString(nearest->passed), QLocale().toString(nearest->runs),
                    withUnit(100.0 * nearest->rate(), QStringLiteral("%"))));
    };
    attachHover(chart, rate, tip);
    return chart;
}

bool DashboardPage::exportPage(const QString &path)
{
    return m_content && exportWidget(m_content, path);
}

bool DashboardPage::exportWidget(QWidget *widget, const QString &path)
{
    if (!widget) {
        return false;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(widget->size());
        svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
        svg.setTitle(widget->accessibleName());
        svg.setDescription(tr("Exported from Tessera"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            return false;
        }
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
        painter.end();
        return QFileInfo(path).size() > 0;
    }
    return widget->grab().save(path, "PNG");
}

void DashboardPage::exportWithDialog(QWidget *widget, const QString &name)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), name + QStringLiteral(".png"), tr("PNG image (*.png);;SVG image (*.svg)"), &selected);
    if (path.isEmpty()) {
        return;
    }
    if (!exportWidget(widget, path)) {
        QMessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace tessera
