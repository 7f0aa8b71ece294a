// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/productpage.h"

#include "common/markdownview.h"
#include "common/style.h"
#include "common/widgets.h"
#include "report/reportwriter.h"
#include "sync/catalogadapter.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera {

namespace {

constexpr int kMaxPageWidth = 1040; // px at 96 dpi: about 120 characters, for readable tables

QString productUrl(const QString &id)
{
    return QStringLiteral("tessera://product/") + urlSegment(id);
}

QString datasetUrl(const QString &ref)
{
    return QStringLiteral("tessera://dataset/") + urlSegment(ref);
}

QString slaText(SlaState state)
{
    switch (state) {
    case SlaState::Met:
        return ProductPage::tr("met");
    case SlaState::Breached:
        return ProductPage::tr("breached");
    case SlaState::Unknown:
        break;
    }
    return ProductPage::tr("no data");
}

/** A number with its unit as people write it: "99.9 %", "15 m". */
QString withUnit(double value, const QString &unit)
{
    const QString number = QLocale().toString(value, 'g', 6);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

/** A grid that reads as a table: bold headers, then rows of widgets. */
class Table
{
public:
    explicit Table(const QStringList &headers)
        : m_widget(new QWidget)
        , m_grid(new QGridLayout(m_widget))
    {
        m_grid->setContentsMargins(0, 0, 0, 0);
        m_grid->setHorizontalSpacing(2 * style::kSpacing);
        m_grid->setVerticalSpacing(style::kSpacing / 2);
        for (int c = 0; c < headers.size(); ++c) {
            QLabel *header = plainLabel(headers.at(c));
            QFont font = header->font();
            font.setWeight(QFont::DemiBold);
            header->setFont(font);
            m_grid->addWidget(header, 0, c);
        }
        m_columns = static_cast<int>(headers.size());
        m_grid->setColumnStretch(m_columns, 1); // spare width after the last column
    }
    void addRow(const std::vector<QWidget *> &cells)
    {
        const int row = m_grid->rowCount();
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (cells[c]) {
                m_grid->addWidget(cells[c], row, static_cast<int>(c));
            }
        }
    }
    /** Lets `column` take the spare width (a column of wrapped text) instead of the empty one after the last. */
    void stretchColumn(int column)
    {
        m_grid->setColumnStretch(m_columns, 0);
        m_grid->setColumnStretch(column, 1);
    }
    QWidget *widget() const { return m_widget; }

private:
    QWidget *m_widget;
    QGridLayout *m_grid;
    int m_columns = 0;
};

QWidget *row(std::initializer_list<QWidget *> widgets, int spacing = style::kSpacing)
{
    auto *w = new QWidget;
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing);
    for (QWidget *widget : widgets) {
        if (widget) {
            layout->addWidget(widget);
        }
    }
    layout->addStretch(1);
    return w;
}

} // namespace

ProductPage::ProductPage(QString productId, QWidget *parent)
    : QWidget(parent)
    , m_productId(std::move(productId))
{
    setObjectName(QStringLiteral("productPage"));
    setAccessibleName(tr("Product %1").arg(m_productId));
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("productPageScroll"));
    m_scroll->setAccessibleName(tr("Page of %1").arg(m_productId));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_placeholder = new QLabel(tr("Loading %1…").arg(m_productId));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_scroll->setWidget(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

QUrl ProductPage::url() const
{
    return QUrl(productUrl(m_productId));
}

void ProductPage::setNotFound()
{
    m_details.reset();
    auto *label = new QLabel(tr("The product \"%1\" is not in the catalog. It may have been removed from its "
                                "source, or the link is mistyped.")
                                 .arg(m_productId));
    label->setObjectName(QStringLiteral("productNotFound"));
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    m_placeholder = label;
    m_scroll->setWidget(label);
    Q_EMIT titleChanged(m_productId);
}

void ProductPage::setDetails(const ProductDetails &details, const std::optional<SourceState> &source)
{
    const int scroll = m_scroll->verticalScrollBar()->value(); // a refresh keeps the reader's place
    const bool refresh = m_details.has_value();
    m_details = details;
    m_source = source;
    rebuild();
    if (refresh) {
        m_scroll->verticalScrollBar()->setValue(scroll);
    }
    Q_EMIT titleChanged(details.name);
}

void ProductPage::follow(const QString &link)
{
    const QUrl url(link);
    if (url.scheme() == QLatin1String("tessera")) {
        Q_EMIT linkActivated(url);
    } else if (MarkdownView::isSafeExternalScheme(url.scheme())) {
        QDesktopServices::openUrl(url);
    }
}

void ProductPage::scrollToSection(const QString &section)
{
    for (const auto &[name, widget] : m_sections) {
        if (name == section) {
            m_scroll->ensureWidgetVisible(widget, 0, 0);
            m_scroll->verticalScrollBar()->setValue(widget->y());
            return;
        }
    }
}

void ProductPage::rebuild()
{
    m_sections.clear();
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("productPageContent"));
    auto *column = new QVBoxLayout;
    column->setSpacing(2 * style::kSpacing);
    column->addWidget(header());
    if (QWidget *notice = offlineNotice()) {
        column->addWidget(notice);
    }
    addSections(column);
    column->addStretch(1);

    // A centred column of readable width in a wide window.
    auto *centred = new QHBoxLayout(content);
    centred->setContentsMargins(3 * style::kSpacing, 3 * style::kSpacing, 3 * style::kSpacing, 3 * style::kSpacing);
    auto *holder = new QWidget;
    holder->setLayout(column);
    holder->setMaximumWidth(kMaxPageWidth);
    centred->addStretch(0);
    centred->addWidget(holder, 1);
    centred->addStretch(0);
    m_scroll->setWidget(content);
    m_placeholder = nullptr;
}

QWidget *ProductPage::header()
{
    const ProductDetails &d = *m_details;
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("productHeader"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::kSpacing);

    QLabel *name = plainLabel(d.name);
    name->setObjectName(QStringLiteral("productName"));
    name->setWordWrap(true);
    style::scaleFont(name, 1.6, true);
    auto *pill = d.status.isEmpty() ? nullptr : new Pill(style::statusText(d.status), style::statusColor(d.status));
    if (pill) {
        pill->setObjectName(QStringLiteral("productStatus"));
    }
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(2 * style::kSpacing);
    titleRow->addWidget(name, 1);
    if (pill) {
        titleRow->addWidget(pill, 0, Qt::AlignVCenter);
    }
    layout->addLayout(titleRow);

    // Domain · owner · version · from where, and when.
    DomainChip *domain = nullptr;
    if (!d.domain.isEmpty()) {
        domain = new DomainChip(d.domain);
        domain->setObjectName(QStringLiteral("productDomain"));
        connect(domain, &DomainChip::clicked, this,
            [this, value = d.domain] { follow(QStringLiteral("tessera://domain/") + urlSegment(value)); });
    }
    QLabel *owner
        = d.owner.isEmpty() ? nullptr : linkLabel(d.owner, QStringLiteral("tessera://team/") + urlSegment(d.owner));
    if (owner) {
        owner->setObjectName(QStringLiteral("productOwner"));
        owner->setToolTip(tr("Show the products of %1").arg(d.owner));
        connect(owner, &QLabel::linkActivated, this, &ProductPage::follow);
    }
    const QDateTime updated = QDateTime::fromString(d.updatedAt, Qt::ISODate);
    QLabel *from = secondaryLabel(tr("updated %1 from %2").arg(style::relativeTime(updated), d.sourceName));
    from->setObjectName(QStringLiteral("productProvenance"));
    from->setWordWrap(false);
    from->setToolTip(style::exactTime(updated));
    QLabel *version = d.version.isEmpty() ? nullptr : secondaryLabel(tr("version %1").arg(d.version));
    if (version) {
        version->setWordWrap(false);
    }
    layout->addWidget(row({ domain, owner, version, from }, 2 * style::kSpacing));

    // Actions.
    auto *copyLink = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy link"));
    copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    copyLink->setToolTip(tr("Copy %1 to the clipboard; it opens this page in Tessera").arg(url().toString()));
    connect(copyLink, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(url().toString()); });
    auto *lineage = new QPushButton(style::conceptIcon(QStringLiteral("job")), tr("Show lineage"));
    lineage->setObjectName(QStringLiteral("showLineageButton"));
    lineage->setToolTip(tr("Where its data comes from and where it goes, down to columns"));
    connect(lineage, &QPushButton::clicked, this,
        [this] { follow(QStringLiteral("tessera://lineage/") + urlSegment(m_productId)); });
    auto *dashboard = new QPushButton(QIcon::fromTheme(QStringLiteral("office-chart-line")), tr("Dashboard"));
    dashboard->setObjectName(QStringLiteral("showDashboardButton"));
    dashboard->setToolTip(tr("Its service levels and quality over time, against their targets"));
    connect(dashboard, &QPushButton::clicked, this,
        [this] { follow(QStringLiteral("tessera://dashboard/") + urlSegment(m_productId)); });
    layout->addWidget(row({ lineage, dashboard, copyLink }));
    return box;
}

QWidget *ProductPage::offlineNotice()
{
    if (!m_source || m_source->reachable) {
        return nullptr;
    }
    const QDateTime cached = QDateTime::fromString(m_source->lastImport, Qt::ISODate);
    auto *label = new QLabel(tr("%1 cannot be reached (%2). This page shows the copy cached %3.")
                                 .arg(m_source->name, m_source->location, style::relativeTime(cached)));
    label->setObjectName(QStringLiteral("offlineNotice"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setToolTip(style::exactTime(cached));
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(style::kSpacing);
    label->setBackgroundRole(QPalette::ToolTipBase);
    label->setForegroundRole(QPalette::ToolTipText);
    label->setAutoFillBackground(true);
    return label;
}

void ProductPage::addSections(QVBoxLayout *column)
{
    const ProductDetails &d = *m_details;
    const auto section = [&](const QString &name, Card *card) {
        card->setObjectName(name + QStringLiteral("Card"));
        m_sections.emplace_back(name, card);
        column->addWidget(card);
    };
    const auto linked = [&](QLabel *label) {
        connect(label, &QLabel::linkActivated, this, &ProductPage::follow);
        return label;
    };

    // About: purpose, limitations, usage (Markdown from the source, rendered safely).
    {
        auto *card = new Card(tr("About"));
        const int readable = 90 * fontMetrics().averageCharWidth();
        bool any = false;
        for (const auto &[title, text] : { std::pair { tr("Purpose"), d.purpose },
                 std::pair { tr("Limitations"), d.limitations }, std::pair { tr("Usage"), d.usage } }) {
            if (text.trimmed().isEmpty()) {
                continue;
            }
            any = true;
            QLabel *heading = plainLabel(title);
            QFont font = heading->font();
            font.setWeight(QFont::DemiBold);
            heading->setFont(font);
            auto *view = new MarkdownView;
            view->setObjectName(QStringLiteral("about") + title);
            view->setAccessibleName(title);
            view->setMaximumWidth(readable);
            view->setMarkdownText(text);
            connect(view, &MarkdownView::internalLinkActivated, this, &ProductPage::linkActivated);
            card->body()->addWidget(heading);
            card->body()->addWidget(view);
        }
        if (!any) {
            card->body()->addWidget(secondaryLabel(tr("The product has no description yet.")));
        }
        section(QStringLiteral("about"), card);
    }

    // Output ports: what the product publishes.
    if (!d.outputPorts.empty()) {
        auto *card = new Card(tr("Output ports"));
        Table table({ tr("Port"), tr("Type"), tr("Version"), tr("Contract"), tr("Dataset"), tr("SLA") });
        for (const auto &port : d.outputPorts) {
            QLabel *name = plainLabel(port.name);
            name->setToolTip(port.description);
            table.addRow({ name, plainLabel(port.type), plainLabel(port.version),
                port.contractId.isEmpty() ? nullptr
                                          : linked(linkLabel(port.contractId,
                                              QStringLiteral("tessera://contract/") + urlSegment(port.contractId))),
                port.datasetRef.isEmpty()
                    ? nullptr
                    : linked(linkLabel(port.datasetRef.section(QLatin1Char('/'), -1), datasetUrl(port.datasetRef))),
                plainLabel(slaText(port.sla)) });
        }
        card->body()->addWidget(table.widget());
        section(QStringLiteral("outputs"), card);
    }

    // Input ports: what it consumes, and from whom.
    if (!d.inputPorts.empty()) {
        auto *card = new Card(tr("Input ports"));
        Table table({ tr("Port"), tr("Version"), tr("Contract"), tr("From product"), tr("Dataset") });
        for (const auto &port : d.inputPorts) {
            table.addRow({ plainLabel(port.name), plainLabel(port.version),
                port.contractId.isEmpty() ? nullptr : plainLabel(port.contractId),
                port.contractProduct.isEmpty()
                    ? secondaryLabel(tr("not in the catalog"))
                    : linked(linkLabel(port.contractProduct, productUrl(port.contractProduct))),
                port.datasetRef.isEmpty()
                    ? nullptr
                    : linked(linkLabel(port.datasetRef.section(QLatin1Char('/'), -1), datasetUrl(port.datasetRef))) });
        }
        card->body()->addWidget(table.widget());
        section(QStringLiteral("inputs"), card);
    }

    // Contracts with every version the store keeps.
    if (!d.contracts.empty()) {
        auto *card = new Card(tr("Contracts"));
        Table table({ tr("Contract"), tr("Version"), tr("Status"), tr("Checks"), QString() });
        for (const auto &c : d.contracts) {
            QLabel *name = plainLabel(c.name.isEmpty() ? c.id : c.name);
            name->setToolTip(c.id);
            if (c.current) {
                QFont font = name->font();
                font.setWeight(QFont::DemiBold);
                name->setFont(font);
            }
            QLabel *version = plainLabel(c.current ? tr("%1 (current)").arg(c.version) : c.version);
            QString checks = c.valid ? tr("valid") : tr("invalid");
            if (c.errors > 0 || c.warnings > 0) {
                checks = tr("%n error(s)", nullptr, c.errors) + QStringLiteral(", ")
                    + tr("%n warning(s)", nullptr, c.warnings);
            }
            QLabel *edit = linked(linkLabel(tr("Edit"), editUrl(c.id, c.version)));
            edit->setToolTip(tr("Open this version in the contract designer"));
            QWidget *actions = edit;
            if (c.current) {
                // The current version's row links to the contract's own dashboard (its SLA and quality over time).
                QLabel *dashboard = linked(
                    linkLabel(tr("Dashboard"), QStringLiteral("tessera://dashboard/contract/") + urlSegment(c.id)));
                dashboard->setObjectName(QStringLiteral("contractDashboardLink"));
                dashboard->setToolTip(tr("The contract's service levels and quality over time, against their targets"));
                actions = row({ edit, dashboard }, 2 * style::kSpacing);
            }
            table.addRow({ name, version, new Pill(style::statusText(c.status), style::statusColor(c.status)),
                plainLabel(checks), actions });
        }
        card->body()->addWidget(table.widget());
        section(QStringLiteral("contracts"), card);
    }

    // SLA: each promise with its target, the latest measurement and the trend.
    {
        auto *card = new Card(tr("Service levels"));
        if (d.sla.empty()) {
            card->body()->addWidget(secondaryLabel(tr("No SLA measurements have been recorded for this product.")));
        } else {
            Table table({ tr("Property"), tr("Contract"), tr("Target"), tr("Latest"), tr("State"), tr("Last 30") });
            for (const auto &s : d.sla) {
                QLabel *state = plainLabel(s.met ? tr("met") : tr("breached"));
                setTextColor(state, s.met ? style::goodColor(palette()) : style::badColor(palette()));
                QLabel *latest = plainLabel(withUnit(s.latest, s.unit));
                const QDateTime when = QDateTime::fromString(s.latestTime, Qt::ISODate);
                latest->setToolTip(tr("Measured %1").arg(style::exactTime(when)));
                table.addRow({ plainLabel(s.property), plainLabel(s.contractId),
                    plainLabel(s.target ? withUnit(*s.target, s.unit) : QStringLiteral("—")), latest, state,
                    new Sparkline(s.recent, s.target) });
            }
            card->body()->addWidget(table.widget());
        }
        section(QStringLiteral("sla"), card);
    }

    // Quality: each rule's latest run and its pass rate.
    if (!d.quality.empty()) {
        auto *card = new Card(tr("Quality"));
        int passing = 0;
        for (const auto &q : d.quality) {
            passing += q.lastPassed ? 1 : 0;
        }
        card->body()->addWidget(
            plainLabel(tr("%1 of %2 rules passed on their latest run")
                           .arg(QLocale().toString(passing), QLocale().toString(static_cast<int>(d.quality.size())))));
        Table table({ tr("Rule"), tr("Checks"), tr("Latest run"), tr("Pass rate") });
        for (const auto &q : d.quality) {
            const QString target = q.property.isEmpty() ? q.object : q.object + QLatin1Char('.') + q.property;
            QLabel *last = plainLabel(q.lastPassed ? tr("passed") : tr("failed"));
            setTextColor(last, q.lastPassed ? style::goodColor(palette()) : style::badColor(palette()));
            last->setToolTip(style::exactTime(QDateTime::fromString(q.lastTime, Qt::ISODate)));
            table.addRow({ plainLabel(q.rule), plainLabel(target), last,
                plainLabel(
                    tr("%1% of %n run(s)", nullptr, q.runs).arg(QLocale().toString(qRound(q.passRate * 100)))) });
        }
        card->body()->addWidget(table.widget());
        section(QStringLiteral("quality"), card);
    }

    // Governance: what the policies found about the product and its contracts, each linked to its field.
    if (!d.findings.empty()) {
        int errors = 0;
        for (const auto &f : d.findings) {
            errors += f.severity == Severity::Error ? 1 : 0;
        }
        auto *card = new Card(tr("Policy findings (%1)").arg(d.findings.size()));
        card->body()->addWidget(secondaryLabel(errors > 0
                ? tr("%n finding(s) are errors: the mesh's policies are not met.", nullptr, errors)
                : tr("Warnings only: worth a look before the next release.")));
        Table table({ tr("Severity"), tr("Policy"), tr("About"), tr("Finding") });
        for (const auto &f : d.findings) {
            QLabel *severity = plainLabel(ReportWriter::severityText(f.severity));
            if (f.severity == Severity::Error) {
                setTextColor(severity, style::badColor(palette()));
            }
            // A contract's finding opens the designer at the field it is about.
            QLabel *about = f.subjectKind == QLatin1String("contract")
                ? linked(linkLabel(f.subjectId + QLatin1Char(' ') + f.subjectVersion,
                    editUrl(f.subjectId, f.subjectVersion, f.pointer)))
                : plainLabel(tr("this product"));
            about->setToolTip(QString::fromStdString(f.pointer));
            QLabel *message = plainLabel(f.message);
            message->setWordWrap(true);
            table.addRow({ severity, plainLabel(f.policyId), about, message });
        }
        table.stretchColumn(3);
        card->body()->addWidget(table.widget());
        section(QStringLiteral("findings"), card);
    }

    // Access: every server of the current contracts, with a line to copy.
    if (!d.servers.empty()) {
        auto *card = new Card(tr("Access"));
        for (const auto &server : d.servers) {
            QLabel *title = plainLabel(server.environment.isEmpty()
                    ? tr("%1 (%2)").arg(server.name, server.type)
                    : tr("%1 (%2, %3)").arg(server.name, server.type, server.environment));
            QFont font = title->font();
            font.setWeight(QFont::DemiBold);
            title->setFont(font);
            card->body()->addWidget(title);
            if (!server.description.isEmpty()) {
                card->body()->addWidget(secondaryLabel(server.description));
            }
            auto *connection = new QLineEdit(server.connection);
            connection->setReadOnly(true);
            connection->setAccessibleName(tr("Connection of %1").arg(server.name));
            connection->setToolTip(tr("Contract %1").arg(server.contractId));
            auto *copy = new QToolButton;
            copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
            copy->setText(tr("Copy"));
            copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            copy->setAccessibleName(tr("Copy the connection of %1").arg(server.name));
            copy->setToolTip(copy->accessibleName());
            connect(copy, &QToolButton::clicked, this,
                [text = server.connection] { QApplication::clipboard()->setText(text); });
            auto *line = new QHBoxLayout;
            line->addWidget(connection, 1);
            line->addWidget(copy);
            card->body()->addLayout(line);
            QStringList details;
            for (const auto &[key, value] : server.details) {
                details << key + QStringLiteral(": ") + value;
            }
            if (!details.isEmpty()) {
                card->body()->addWidget(secondaryLabel(details.join(QStringLiteral(" · "))));
            }
        }
        section(QStringLiteral("access"), card);
    }

    // Team and support.
    {
        auto *card = new Card(tr("Team and support"));
        if (!d.owner.isEmpty()) {
            card->body()->addWidget(
                linked(linkLabel(d.owner, QStringLiteral("tessera://team/") + urlSegment(d.owner))));
        }
        if (!d.teamDescription.isEmpty()) {
            card->body()->addWidget(secondaryLabel(d.teamDescription));
        }
        if (!d.members.empty()) {
            Table table({ tr("Member"), tr("Role"), tr("Since") });
            for (const auto &m : d.members) {
                if (!m.dateOut.isEmpty()) {
                    continue; // former members are history, not contacts
                }
                QLabel *member = plainLabel(m.name.isEmpty() ? m.username : tr("%1 (%2)").arg(m.name, m.username));
                table.addRow({ member, plainLabel(m.role), plainLabel(m.dateIn) });
            }
            card->body()->addWidget(table.widget());
        }
        if (!d.support.empty()) {
            QLabel *heading = plainLabel(tr("Support channels"));
            QFont font = heading->font();
            font.setWeight(QFont::DemiBold);
            heading->setFont(font);
            card->body()->addWidget(heading);
            for (const auto &s : d.support) {
                const QUrl url(s.url);
                QLabel *channel = MarkdownView::isSafeExternalScheme(url.scheme()) ? linked(linkLabel(s.channel, s.url))
                                                                                   : plainLabel(s.channel);
                channel->setToolTip(s.url);
                QStringList about;
                for (const QString &part : { s.tool, s.scope, s.description }) {
                    if (!part.isEmpty()) {
                        about << part;
                    }
                }
                QLabel *detail = secondaryLabel(about.join(QStringLiteral(" · ")));
                auto *line = new QHBoxLayout;
                line->setSpacing(2 * style::kSpacing);
                line->addWidget(channel);
                line->addWidget(detail, 1);
                card->body()->addLayout(line);
            }
        }
        if (d.owner.isEmpty() && d.members.empty() && d.support.empty()) {
            card->body()->addWidget(secondaryLabel(tr("No team or support channel is named for this product.")));
        }
        section(QStringLiteral("team"), card);
    }

    // Tags.
    if (!d.tags.isEmpty()) {
        auto *card = new Card(tr("Tags"));
        auto *line = new QHBoxLayout;
        for (const QString &tag : d.tags) {
            QLabel *label = linked(linkLabel(tag, QStringLiteral("tessera://tag/") + urlSegment(tag)));
            label->setToolTip(tr("Show the products tagged %1").arg(tag));
            line->addWidget(label);
        }
        line->addStretch(1);
        card->body()->addLayout(line);
        section(QStringLiteral("tags"), card);
    }

    // More from the team.
    if (!d.teamProducts.empty()) {
        auto *card = new Card(tr("More from %1").arg(d.owner));
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(3 * style::kSpacing);
        const int columns = 3;
        for (std::size_t i = 0; i < d.teamProducts.size(); ++i) {
            const auto &link = d.teamProducts[i];
            grid->addWidget(linked(linkLabel(link.name, productUrl(link.id))), static_cast<int>(i) / columns,
                static_cast<int>(i) % columns);
        }
        grid->setColumnStretch(columns, 1);
        card->body()->addLayout(grid);
        section(QStringLiteral("teamProducts"), card);
    }

    // Where it came from.
    {
        auto *card = new Card(tr("Source"));
        const QDateTime updated = QDateTime::fromString(d.updatedAt, Qt::ISODate);
        QString where = d.sourceLocation.startsWith(QLatin1String(":/")) ? tr("built into Tessera") : d.sourceLocation;
        card->body()->addWidget(
            plainLabel(tr("%1 (%2): %3").arg(d.sourceName, CatalogAdapter::kindName(d.sourceKind), where)));
        QLabel *when = secondaryLabel(tr("Last received %1").arg(style::relativeTime(updated)));
        when->setToolTip(style::exactTime(updated));
        card->body()->addWidget(when);
        section(QStringLiteral("source"), card);
    }
}

} // namespace tessera
