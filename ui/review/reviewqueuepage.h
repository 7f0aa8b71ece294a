// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "governance/review.h"

#include <QUrl>
#include <QWidget>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;
QT_END_NAMESPACE

namespace tessera {

class CatalogService;
class Card;

/**
 * The review queue (tessera://review, View › Review queue): contract versions proposed for review, waiting ones
 * first, and those decided. The selected one shows its changes against the version it replaces (breaking ones
 * first), its policy findings, and, for a breaking change, every product downstream with its owner. A reviewer
 * approves it or requests changes with a comment; the decision is kept in the store at once (offline too) and
 * sent to the endpoint the contract came from with its next sync, where the endpoint takes decisions.
 * Everything is read and written off the GUI thread.
 */
class ReviewQueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewQueuePage(CatalogService *service, QWidget *parent = nullptr);

    static QUrl pageUrl();

    /** Reads the queue again (the store changed); keeps the selection. */
    void reload();
    /** Selects the item of `contractId` `version` once the queue is read (a link to one item). */
    void select(const QString &contractId, const QString &version);

    const std::vector<ReviewItem> &items() const { return m_items; }
    /** The detail shown, once read. */
    const std::optional<ReviewDetail> &detail() const { return m_detail; }
    bool isLoaded() const { return m_loaded; }

    QTreeWidget *list() const { return m_list; }
    QTreeWidget *changes() const { return m_changes; }
    QTreeWidget *findings() const { return m_findings; }
    QTreeWidget *impact() const { return m_impact; }
    QPlainTextEdit *comment() const { return m_comment; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *requestChangesButton() const { return m_requestChanges; }

    /** Records the decision on the selected item (the buttons call it); false when nothing is selected. */
    bool decide(ReviewDecision::Verdict verdict);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void linkActivated(const QUrl &url);
    /** The queue (or the selected item's detail) was read and is shown. */
    void loaded();
    /** A decision was kept in the store (`ok`), or could not be (`message` says why). */
    void decided(bool ok, const QString &message);

private:
    void showItems(std::vector<ReviewItem> items);
    void loadDetail();
    void showDetail(std::optional<ReviewDetail> detail);
    void showHistory(const ReviewDetail &d);
    QString currentKey() const;

    CatalogService *m_service;
    std::vector<ReviewItem> m_items;
    std::optional<ReviewDetail> m_detail;
    QString m_wanted; ///< "id@version" to select once read
    bool m_loaded = false;
    quint64 m_generation = 0; ///< drops stale detail reads

    QLabel *m_summary;
    QTreeWidget *m_list;
    QStackedWidget *m_pane; ///< the empty state, or the detail
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_verdict;
    QWidget *m_links;
    Card *m_changesCard;
    QTreeWidget *m_changes;
    Card *m_findingsCard;
    QTreeWidget *m_findings;
    Card *m_impactCard;
    QLabel *m_impactNote;
    QTreeWidget *m_impact;
    QLabel *m_history;
    QLabel *m_where;
    QLineEdit *m_reviewer;
    QPlainTextEdit *m_comment;
    QLabel *m_commentHint;
    QPushButton *m_approve;
    QPushButton *m_requestChanges;
};

} // namespace tessera
