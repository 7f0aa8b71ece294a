// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "catalog/catalogreader.h"

#include <QUrl>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QScrollArea;
class QVBoxLayout;
QT_END_NAMESPACE

namespace tessera {

/**
 * A data product's page: what it is, what it promises and how to reach it. A header (name, domain,
 * status, owner, where and when it came from, actions), then cards: about, output and input ports,
 * contracts with their versions, SLAs with their latest values, quality, access (servers with copy
 * buttons), team and support, tags, the team's other products. Descriptions are untrusted Markdown
 * (MarkdownView). Links inside the page are tessera:// URLs handed to the window (linkActivated).
 */
class ProductPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProductPage(QString productId, QWidget *parent = nullptr);

    const QString &productId() const { return m_productId; }
    QUrl url() const;

    /** Shows the product; `source` says whether its source is reachable (for the "cached" notice). */
    void setDetails(const ProductDetails &details, const std::optional<SourceState> &source);
    /** The product is not (or no longer) in the catalog. */
    void setNotFound();
    bool hasDetails() const { return m_details.has_value(); }
    const std::optional<ProductDetails> &details() const { return m_details; }

    /** Scrolls to a card ("contracts", "sla", "access", ...), if it is there. */
    void scrollToSection(const QString &section);

Q_SIGNALS:
    /** A tessera:// link was followed. */
    void linkActivated(const QUrl &url);
    /** The name to show on the tab changed (the product arrived). */
    void titleChanged(const QString &title);

private:
    void rebuild();
    QWidget *header();
    QWidget *offlineNotice();
    void addSections(QVBoxLayout *column);
    void follow(const QString &link);

    QString m_productId;
    std::optional<ProductDetails> m_details;
    std::optional<SourceState> m_source;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_placeholder = nullptr;
    std::vector<std::pair<QString, QWidget *>> m_sections;
};

} // namespace tessera
