// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/productdelegate.h"

#include "catalog/catalogreader.h"
#include "common/style.h"
#include "modelroles.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace tessera {

namespace {

constexpr int kStripe = 4;

QString matchedByText(const QString &matchedBy)
{
    const qsizetype tab = matchedBy.indexOf(QLatin1Char('\t'));
    if (tab < 0) {
        return {};
    }
    const QString kind = matchedBy.left(tab);
    const QString name = matchedBy.mid(tab + 1);
    return kind == QLatin1String("contract") ? ProductDelegate::tr("found in its contract %1").arg(name)
                                             : ProductDelegate::tr("found in its dataset %1").arg(name);
}

} // namespace

ProductDelegate::ProductDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString ProductDelegate::statusLine(const QModelIndex &index)
{
    QStringList parts;
    const QVariant sla = index.data(SlaStateRole);
    if (sla.isValid()) { // not yet known while the row's state is being read
        switch (static_cast<SlaState>(sla.toInt())) {
        case SlaState::Met:
            parts << tr("SLA met");
            break;
        case SlaState::Breached:
            parts << tr("SLA breached: %1").arg(index.data(BreachedSlaRole).toString());
            break;
        case SlaState::Unknown:
            parts << tr("no SLA data");
            break;
        }
        const double quality = index.data(QualityRateRole).toDouble();
        if (quality >= 0) {
            parts << tr("quality %1%").arg(QLocale().toString(qRound(quality * 100)));
        }
    }
    const QString matched = matchedByText(index.data(MatchedByRole).toString());
    if (!matched.isEmpty()) {
        parts << matched;
    } else {
        parts << tr("updated %1").arg(style::relativeTime(index.data(UpdatedAtRole).toDateTime()));
    }
    return parts.join(QStringLiteral(" · "));
}

QSize ProductDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { 30 * metrics.averageCharWidth(), 3 * metrics.lineSpacing() + 2 * style::kSpacing };
}

void ProductDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style draws the background and focus; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? text : style::secondaryText(palette);

    const QString domain = index.data(DomainRole).toString();
    const QRect r
        = option.rect.adjusted(style::kSpacing + kStripe, style::kSpacing, -style::kSpacing, -style::kSpacing);
    painter->fillRect(QRect(option.rect.left() + 2, option.rect.top() + style::kSpacing, kStripe,
                          option.rect.height() - 2 * style::kSpacing),
        style::domainColor(domain));

    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();

    // Line 1: name, and the status pill on the right.
    const QString status = style::statusText(index.data(StatusRole).toString());
    QSize pill = style::pillSize(metrics, status);
    int nameRight = r.right();
    if (!status.isEmpty()) {
        const QRect pillRect(
            r.right() - pill.width() + 1, r.top() + (line - pill.height()) / 2, pill.width(), pill.height());
        style::paintPill(painter, pillRect, status, style::statusColor(index.data(StatusRole).toString()));
        nameRight = pillRect.left() - style::kSpacing;
    }
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect nameRect(r.left(), r.top(), nameRight - r.left(), line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, nameRect.width()));

    // Line 2: domain · owner.
    painter->setFont(option.font);
    painter->setPen(secondary);
    QStringList where;
    for (const QString &part : { domain, index.data(OwnerRole).toString() }) {
        if (!part.isEmpty()) {
            where << part;
        }
    }
    const QRect whereRect(r.left(), r.top() + line, r.width(), line);
    painter->drawText(whereRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(where.join(QStringLiteral(" · ")), Qt::ElideRight, whereRect.width()));

    // Line 3: SLA, quality, age; a breach in the palette's "bad" colour (and in words).
    const QRect statusRect(r.left(), r.top() + 2 * line, r.width(), line);
    const auto sla = static_cast<SlaState>(index.data(SlaStateRole).toInt());
    if (sla == SlaState::Breached && !selected) {
        painter->setPen(style::badColor(palette));
    }
    painter->drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(statusLine(index), Qt::ElideRight, statusRect.width()));
    painter->restore();
}

} // namespace tessera
