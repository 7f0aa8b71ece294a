// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QStyledItemDelegate>

namespace tessera {

/**
 * A product list row in three lines: the name with a domain-colour stripe and a status pill; the
 * domain and owning team; whether the SLAs hold, the quality pass rate and when the product was last
 * updated (or, for a search, what matched). Every row has the same height (uniform rows scroll fast).
 */
class ProductDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProductDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** The third line as text (also the row's tooltip and accessible description). */
    static QString statusLine(const QModelIndex &index);
};

} // namespace tessera
