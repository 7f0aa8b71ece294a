// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "review/reviewqueuepage.h"

#include "backgroundjob.h"
#include "catalogservice.h"
#include "common/style.h"
#include "common/widgets.h"
#include "editor/comparedialog.h"
#include "preferences/preferencesdialog.h"
#include "report/reportwriter.h"
#include "store/store.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1; ///< "id@version" of a list row
constexpr int kUrlRole = Qt::UserRole + 2; ///< where a finding or impact row leads

QString keyOf(const QString &contractId, const QString &version)
{
    return contractId + QLatin1Char('@') + version;
}

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QTreeWidget *tree(const QStringList &headers, const QString &name, const QString &accessibleName)
{
    auto *t = new QTreeWidget;
    t->setObjectName(name);
    t->setAccessibleName(accessibleName);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->setMinimumHeight(120);
    t->header()->setStretchLastSection(true);
    return t;
}

/** Fits a tree's height to its rows (up to `maxRows`): the page scrolls, not each table. */
void fitRows(QTreeWidget *t, int maxRows)
{
    const int rows = std::min(std::max(t->topLevelItemCount(), 1), maxRows);
    const int row = t->sizeHintForRow(0) > 0 ? t->sizeHintForRow(0) : t->fontMetrics().height() + 6;
    t->setFixedHeight(t->header()->sizeHint().height() + rows * row + 2 * t->frameWidth() + 4);
}

QString verdictText(ReviewDecision::Verdict verdict)
{
    return verdict == ReviewDecision::Verdict::Approved ? ReviewQueuePage::tr("approved")
                                                        : ReviewQueuePage::tr("changes requested");
}

} // namespace

ReviewQueuePage::ReviewQueuePage(CatalogService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("reviewQueuePage"));

    // Header: the title and what waits.
    auto *title = new QLabel(tr("Review queue"));
    title->setTextFormat(Qt::PlainText);
    style::scaleFont(title, 1.5, true);
    m_summary = secondaryLabel(tr("Reading the queue…"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));

    // Left: the queue.
    m_list = tree({ tr("Contract"), tr("Domain"), tr("Checks") }, QStringLiteral("reviewList"), tr("Review queue"));
    m_list->setRootIsDecorated(true);
    m_list->setAlternatingRowColors(false);
    m_list->setMinimumWidth(300);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { loadDetail(); });

    // Right: the selected item.
    m_empty = secondaryLabel(QString());
    m_empty->setObjectName(QStringLiteral("reviewEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    style::scaleFont(m_title, 1.3, true);
    m_meta = secondaryLabel(QString());
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("reviewVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    style::scaleFont(m_verdict, 1.1, true);
    m_links = new QWidget;
    auto *links = new QHBoxLayout(m_links);
    links->setContentsMargins(0, 0, 0, 0);
    links->setSpacing(2 * style::kSpacing);

    m_changesCard = new Card(tr("Changes"));
    m_changes = tree({}, QStringLiteral("reviewChanges"), tr("Changes"));
    m_changesCard->body()->addWidget(m_changes);

    m_findingsCard = new Card(tr("Policy findings"));
    m_findings = tree(
        { tr("Severity"), tr("Policy"), tr("Finding") }, QStringLiteral("reviewFindings"), tr("Policy findings"));
    m_findings->setToolTip(tr("Double-click or press Enter to open the designer at the field"));
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findingsCard->body()->addWidget(m_findings);

    m_impactCard = new Card(tr("Downstream impact"));
    m_impactNote = secondaryLabel(QString());
    m_impactNote->setWordWrap(true);
    m_impact = tree({ tr("Affected"), tr("Owner"), tr("Domain"), tr("Distance") }, QStringLiteral("reviewImpact"),
        tr("Downstream impact"));
    m_impact->setToolTip(tr("Double-click or press Enter to open the product or dataset"));
    m_impact->header()->setStretchLastSection(false);
    m_impact->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c) {
        m_impact->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_impactCard->body()->addWidget(m_impactNote);
    m_impactCard->body()->addWidget(m_impact);

    for (QTreeWidget *t : { m_findings, m_impact }) {
        const auto open = [this](QTreeWidgetItem *item) {
            if (item && item->data(0, kUrlRole).isValid()) {
                Q_EMIT linkActivated(item->data(0, kUrlRole).toUrl());
            }
        };
        connect(t, &QTreeWidget::itemActivated, this, open);
    }

    // The decision.
    auto *decisionCard = new Card(tr("Decision"));
    m_history = new QLabel;
    m_history->setObjectName(QStringLiteral("reviewHistory"));
    m_history->setTextFormat(Qt::PlainText);
    m_history->setWordWrap(true);
    m_where = secondaryLabel(QString());
    m_where->setWordWrap(true);
    m_reviewer = new QLineEdit(PreferencesDialog::reviewer());
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_reviewer->setPlaceholderText(PreferencesDialog::accountName());
    m_reviewer->setMaximumWidth(320);
    auto *reviewerLabel = new QLabel(tr("Re&viewer:"));
    reviewerLabel->setBuddy(m_reviewer);
    m_comment = new QPlainTextEdit;
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("What you checked, or what should change before this goes live"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 2 * style::kSpacing);
    auto *commentLabel = new QLabel(tr("&Comment:"));
    commentLabel->setBuddy(m_comment);
    m_commentHint = secondaryLabel(QString());
    m_commentHint->setObjectName(QStringLiteral("reviewCommentHint"));
    m_approve = new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("&Approve"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("Approve this version (Ctrl+Return)"));
    m_requestChanges = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Request changes"));
    m_requestChanges->setObjectName(QStringLiteral("requestChangesButton"));
    m_requestChanges->setToolTip(tr("Send the version back to its owner; the comment says what should change"));
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(ReviewDecision::Verdict::Approved); });
    connect(
        m_requestChanges, &QPushButton::clicked, this, [this] { decide(ReviewDecision::Verdict::ChangesRequested); });
    auto *approveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_comment);
    approveShortcut->setContext(Qt::WidgetShortcut);
    connect(approveShortcut, &QShortcut::activated, this, [this] { decide(ReviewDecision::Verdict::Approved); });

    auto *reviewerRow = new QHBoxLayout;
    reviewerRow->addWidget(reviewerLabel);
    reviewerRow->addWidget(m_reviewer, 1);
    reviewerRow->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_commentHint, 1);
    buttons->addWidget(m_requestChanges);
    buttons->addWidget(m_approve);
    decisionCard->body()->addWidget(m_history);
    decisionCard->body()->addLayout(reviewerRow);
    decisionCard->body()->addWidget(commentLabel);
    decisionCard->body()->addWidget(m_comment);
    decisionCard->body()->addLayout(buttons);
    decisionCard->body()->addWidget(m_where);

    auto *detail = new QWidget;
    auto *column = new QVBoxLayout(detail);
    column->setContentsMargins(2 * style::kSpacing, 0, 2 * style::kSpacing, 2 * style::kSpacing);
    column->setSpacing(2 * style::kSpacing);
    auto *heading = new QVBoxLayout;
    heading->setSpacing(style::kSpacing / 2);
    heading->addWidget(m_title);
    heading->addWidget(m_meta);
    heading->addWidget(m_links);
    column->addLayout(heading);
    column->addWidget(m_verdict);
    column->addWidget(decisionCard);
    column->addWidget(m_changesCard);
    column->addWidget(m_findingsCard);
    column->addWidget(m_impactCard);
    column->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("The selected contract version"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(detail);

    m_pane = new QStackedWidget;
    m_pane->addWidget(m_empty);
    m_pane->addWidget(m_scroll);

    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 380, 900 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, 0);
    layout->setSpacing(style::kSpacing);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(style::kSpacing / 2);
    titles->addWidget(title);
    titles->addWidget(m_summary);
    layout->addLayout(titles);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_list);

    m_empty->setText(tr("Reading the queue…"));
    if (m_service) {
        connect(m_service, &CatalogService::changed, this, &ReviewQueuePage::reload); // a sync, an import, a decision
    }
    reload();
}

QUrl ReviewQueuePage::pageUrl()
{
    return QUrl(QStringLiteral("tessera://review/queue"));
}

void ReviewQueuePage::select(const QString &contractId, const QString &version)
{
    m_wanted = keyOf(contractId, version);
    if (m_loaded) {
        showItems(m_items);
    }
}

QString ReviewQueuePage::currentKey() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kKeyRole).toString() : QString();
}

void ReviewQueuePage::reload()
{
    if (!m_service) {
        showItems({});
        return;
    }
    m_service->run(
        this, [](CatalogReader &reader) { return review::queue(reader.store().connection()); },
        [this](std::vector<ReviewItem> items) { showItems(std::move(items)); });
}

void ReviewQueuePage::showItems(std::vector<ReviewItem> items)
{
    const QString keep = m_wanted.isEmpty() ? currentKey() : m_wanted;
    m_wanted.clear();
    m_items = std::move(items);
    m_loaded = true;

    const auto waiting = std::count_if(m_items.begin(), m_items.end(), [](const ReviewItem &i) { return i.waiting(); });
    const auto decided = static_cast<qsizetype>(m_items.size()) - waiting;
    m_summary->setText(waiting == 0 && decided == 0
            ? tr("Contracts published with the status \"proposed\" wait here for a governance review.")
            : tr("%n waiting for review", nullptr, static_cast<int>(waiting)) + QStringLiteral(" · ")
                + tr("%n decided", nullptr, static_cast<int>(decided)));
    Q_EMIT titleChanged(
        waiting > 0 ? tr("Review queue (%1)").arg(QLocale().toString(static_cast<int>(waiting))) : tr("Review queue"));

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto *waitingGroup = new QTreeWidgetItem(m_list, { tr("Waiting for review (%1)").arg(waiting) });
    auto *decidedGroup = new QTreeWidgetItem(m_list, { tr("Decided (%1)").arg(decided) });
    for (QTreeWidgetItem *group : { waitingGroup, decidedGroup }) {
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(0);
        font.setWeight(QFont::DemiBold);
        group->setFont(0, font);
        group->setFirstColumnSpanned(true);
    }
    QTreeWidgetItem *current = nullptr;
    for (const ReviewItem &item : m_items) {
        auto *row = new QTreeWidgetItem(item.waiting() ? waitingGroup : decidedGroup);
        const QString name = item.name.isEmpty() ? item.contractId : item.name;
        row->setText(0, tr("%1 %2").arg(name, item.version));
        row->setData(0, kKeyRole, keyOf(item.contractId, item.version));
        row->setIcon(0, style::conceptIcon(QStringLiteral("contract")));
        row->setText(1, item.domain);
        QStringList checks;
        if (item.policyErrors > 0) {
            checks << tr("%n error(s)", nullptr, item.policyErrors);
        }
        if (item.policyWarnings > 0) {
            checks << tr("%n warning(s)", nullptr, item.policyWarnings);
        }
        if (item.decision && !item.waiting()) {
            checks = QStringList { verdictText(item.decision->verdict) };
        } else if (item.revised) {
            checks.prepend(tr("revised"));
        }
        row->setText(2, checks.isEmpty() ? tr("no findings") : checks.join(QStringLiteral(", ")));
        if (item.policyErrors > 0 && item.waiting()) {
            row->setForeground(2, style::badColor(palette()));
        }
        const QDateTime submitted = utc(item.submittedAt);
        row->setToolTip(0,
            tr("%1 %2 from %3, in the store since %4")
                .arg(item.contractId, item.version, item.sourceName, style::exactTime(submitted)));
        if (row->data(0, kKeyRole).toString() == keep) {
            current = row;
        }
    }
    m_list->expandAll();
    if (!current && waitingGroup->childCount() > 0) {
        current = waitingGroup->child(0);
    }
    m_list->setCurrentItem(current);
    if (m_items.empty()) {
        m_empty->setText(
            tr("Nothing waits for review.\n\nWhen a data product owner publishes a contract version with the status "
               "\"proposed\" (or \"In Review\" in OpenMetadata), it appears here with its changes, its policy "
               "findings and the products it would affect downstream."));
    } else if (!current) {
        m_empty->setText(tr("Nothing waits for review. Pick a decided version on the left to see it again."));
    }
    loadDetail();
}

void ReviewQueuePage::loadDetail()
{
    const QString key = currentKey();
    const quint64 generation = ++m_generation;
    if (key.isEmpty() || !m_service) {
        if (!m_items.empty()) { // a group's row is current
            m_empty->setText(tr("Pick a contract version on the left to review it."));
        }
        m_detail.reset();
        m_pane->setCurrentWidget(m_empty);
        Q_EMIT loaded();
        return;
    }
    const QString id = key.section(QLatin1Char('@'), 0, -2);
    const QString version = key.section(QLatin1Char('@'), -1);
    m_service->run(
        this, [id, version](CatalogReader &reader) { return review::detail(reader.store(), id, version); },
        [this, generation](std::optional<ReviewDetail> detail) {
            if (generation == m_generation) {
                showDetail(std::move(detail));
            }
        });
}

void ReviewQueuePage::showDetail(std::optional<ReviewDetail> detail)
{
    m_detail = std::move(detail);
    if (!m_detail) {
        m_empty->setText(tr("This contract version is no longer in the catalog."));
        m_pane->setCurrentWidget(m_empty);
        Q_EMIT loaded();
        return;
    }
    const ReviewDetail &d = *m_detail;
    const ReviewItem &item = d.item;
    m_pane->setCurrentWidget(m_scroll);

    m_title->setText(tr("%1 %2").arg(item.name.isEmpty() ? item.contractId : item.name, item.version));
    QStringList meta { item.contractId };
    if (!item.domain.isEmpty()) {
        meta << tr("domain %1").arg(item.domain);
    }
    if (!item.owner.isEmpty()) {
        meta << tr("owner %1").arg(item.owner);
    }
    meta << tr("from %1").arg(item.sourceName) << tr("submitted %1").arg(style::relativeTime(utc(item.submittedAt)));
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    // Links: the contract in the designer, its product.
    while (QLayoutItem *child = m_links->layout()->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    const auto link = [this](const QString &text, const QString &href) {
        QLabel *label = linkLabel(text, href);
        connect(label, &QLabel::linkActivated, this, [this](const QString &url) { Q_EMIT linkActivated(QUrl(url)); });
        m_links->layout()->addWidget(label);
    };
    link(tr("Open in the designer"), editUrl(item.contractId, item.version));
    if (!item.productId.isEmpty()) {
        link(tr("Product %1").arg(item.productId), QStringLiteral("tessera://product/") + urlSegment(item.productId));
    }
    static_cast<QHBoxLayout *>(m_links->layout())->addStretch();

    // The verdict in one line, red when it breaks consumers.
    QString verdict = d.baseVersion.isEmpty()
        ? tr("A new contract: nothing depends on it yet.")
        : tr("Replaces %1: %2").arg(d.baseVersion, CompareDialog::verdict(d.changes));
    if (item.lintErrors > 0) {
        verdict += QStringLiteral(" · ") + tr("%n schema error(s)", nullptr, item.lintErrors);
    }
    m_verdict->setText(verdict);
    setTextColor(m_verdict,
        d.changes.isBreaking() || item.lintErrors > 0 ? style::badColor(palette()) : palette().color(QPalette::Text));

    // Changes against the version it replaces (every addition for a new contract).
    m_changesCard->titleLabel()->setText(d.baseVersion.isEmpty()
            ? tr("Contents (%1)").arg(d.changes.changes.size())
            : tr("Changes against %1 (%2)").arg(d.baseVersion).arg(d.changes.changes.size()));
    CompareDialog::fillChanges(m_changes, d.changes);
    fitRows(m_changes, 12);

    // Policy findings, each opening the designer at its field.
    m_findingsCard->titleLabel()->setText(tr("Policy findings (%1)").arg(d.findings.size()));
    m_findings->clear();
    for (const PolicyFinding &f : d.findings) {
        auto *row = new QTreeWidgetItem(m_findings, { ReportWriter::severityText(f.severity), f.policyId, f.message });
        row->setToolTip(2, f.message + QLatin1Char('\n') + QString::fromStdString(f.pointer));
        if (f.severity == Severity::Error) {
            row->setForeground(0, style::badColor(palette()));
        }
        row->setData(0, kUrlRole, QUrl(editUrl(f.subjectId, f.subjectVersion, f.pointer)));
    }
    if (d.findings.empty()) {
        new QTreeWidgetItem(m_findings, { QString(), QString(), tr("The organisation's policies find nothing here.") });
    }
    fitRows(m_findings, 8);

    // What a breaking change reaches downstream: the products (and owners) to tell first.
    m_impact->clear();
    int products = 0;
    QStringList owners;
    for (const lineage::ImpactEntry &e : d.impact) {
        const bool product = e.kind == LineageNodeKind::Product;
        products += product ? 1 : 0;
        if (product && !e.owner.isEmpty() && !owners.contains(e.owner)) {
            owners << e.owner;
        }
        auto *row = new QTreeWidgetItem(m_impact,
            { product ? tr("Product %1").arg(e.name) : tr("Dataset %1").arg(e.name), e.owner, e.domain,
                e.degree == 1 ? tr("reads it directly") : tr("%n step(s) downstream", nullptr, e.degree) });
        row->setIcon(0, style::conceptIcon(product ? QStringLiteral("product") : QStringLiteral("dataset")));
        row->setData(0, kUrlRole,
            product ? QUrl(QStringLiteral("tessera://product/") + urlSegment(e.product))
                    : QUrl(QStringLiteral("tessera://dataset/") + urlSegment(e.key.mid(8))));
    }
    m_impactCard->titleLabel()->setText(tr("Downstream impact (%1)").arg(products));
    if (!d.changes.isBreaking()) {
        m_impactNote->setText(tr("No breaking change: consumers downstream keep working."));
    } else if (d.impact.empty()) {
        m_impactNote->setText(tr("Breaking, but nothing in the catalog reads this contract's data."));
    } else {
        m_impactNote->setText(
            tr("The breaking changes reach %n product(s) downstream; tell their owners: %1.", nullptr, products)
                .arg(owners.isEmpty() ? tr("none named") : owners.join(QStringLiteral(", "))));
    }
    m_impact->setVisible(!d.impact.empty());
    fitRows(m_impact, 10);

    showHistory(d);
    Q_EMIT loaded();
}

void ReviewQueuePage::showHistory(const ReviewDetail &d)
{
    QStringList lines;
    for (const ReviewDecision &h : d.history) {
        if (h.version != d.item.version) {
            continue;
        }
        QString line = tr("%1 by %2, %3")
                           .arg(verdictText(h.verdict), h.reviewer.isEmpty() ? tr("someone") : h.reviewer,
                               style::relativeTime(utc(h.decidedAt)));
        switch (h.push) {
        case ReviewDecision::Push::Pending:
            line += QStringLiteral(" · ") + tr("sent to %1 with the next sync").arg(d.item.sourceName);
            if (!h.pushMessage.isEmpty()) {
                line += QStringLiteral(" (") + tr("last try: %1").arg(h.pushMessage) + QLatin1Char(')');
            }
            break;
        case ReviewDecision::Push::Sent:
            line += QStringLiteral(" · ") + tr("sent to %1").arg(d.item.sourceName);
            if (!h.pushMessage.isEmpty()) {
                line += QStringLiteral(" (") + h.pushMessage + QLatin1Char(')');
            }
            break;
        case ReviewDecision::Push::Failed:
            line += QStringLiteral(" · ") + tr("%1 refused it: %2").arg(d.item.sourceName, h.pushMessage);
            break;
        case ReviewDecision::Push::Local:
            line += QStringLiteral(" · ") + tr("kept in Tessera");
            break;
        }
        if (!h.comment.isEmpty()) {
            line += QStringLiteral("\n    “") + h.comment + QStringLiteral("”");
        }
        lines << line;
    }
    if (d.item.revised) {
        lines.prepend(tr("Revised since the last decision: it waits for a new one."));
    }
    m_history->setText(lines.join(QLatin1Char('\n')));
    m_history->setVisible(!lines.isEmpty());

    m_where->setText(d.item.sourceTakesDecisions
            ? tr("The decision is kept in Tessera at once, also offline, and sets the "
                 "contract's status in %1 with the next sync.")
                  .arg(d.item.sourceName)
            : tr("The decision is kept in Tessera; %1 does not take review decisions, so tell "
                 "the owner, who publishes the approved version as active.")
                  .arg(d.item.sourceName));
    m_commentHint->clear();
    m_comment->clear();
    const bool open = d.item.waiting();
    m_approve->setText(open ? tr("&Approve") : tr("&Approve again"));
    m_requestChanges->setText(open ? tr("&Request changes") : tr("&Request changes again"));
}

bool ReviewQueuePage::decide(ReviewDecision::Verdict verdict)
{
    if (!m_detail || !m_service) {
        return false;
    }
    const QString comment = m_comment->toPlainText().trimmed();
    if (verdict == ReviewDecision::Verdict::ChangesRequested && comment.isEmpty()) {
        m_commentHint->setText(tr("Say in the comment what should change."));
        setTextColor(m_commentHint, style::badColor(palette()));
        m_comment->setFocus();
        return false;
    }
    ReviewDecision decision;
    decision.contractId = m_detail->item.contractId;
    decision.version = m_detail->item.version;
    decision.verdict = verdict;
    decision.comment = comment;
    const QString reviewer = m_reviewer->text().trimmed();
    decision.reviewer = reviewer.isEmpty() ? PreferencesDialog::accountName() : reviewer;
    if (!reviewer.isEmpty()) {
        PreferencesDialog::setReviewer(reviewer);
    }
    m_approve->setEnabled(false);
    m_requestChanges->setEnabled(false);
    m_commentHint->setText(tr("Keeping the decision…"));
    setTextColor(m_commentHint, style::secondaryText(palette()));
    runInBackground(
        this,
        [path = m_service->storePath(), decision]() -> QString {
            StoreStatus status;
            auto store = Store::open(path, status);
            if (!store) {
                return status.message.isEmpty() ? tr("The store cannot be opened.") : status.message;
            }
            if (!review::decide(*store, decision, status)) {
                return status.message;
            }
            return {};
        },
        [this](const QString &error) {
            m_approve->setEnabled(true);
            m_requestChanges->setEnabled(true);
            if (!error.isEmpty()) {
                m_commentHint->setText(error);
                setTextColor(m_commentHint, style::badColor(palette()));
                Q_EMIT decided(false, error);
                return;
            }
            m_commentHint->clear();
            Q_EMIT decided(true, {});
            m_service->notifyChanged(); // every page reads again; this one too
        });
    return true;
}

} // namespace tessera
