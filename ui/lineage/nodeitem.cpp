// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/nodeitem.h"

#include "common/style.h"
#include "lineagegraphmodel.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace tessera {

namespace {

constexpr qreal kRadius = 8;
constexpr qreal kStripe = 6;
constexpr qreal kButton = 14;

QString kindName(LineageNodeKind kind)
{
    switch (kind) {
    case LineageNodeKind::Dataset:
        return QApplication::translate("tessera::NodeItem", "dataset");
    case LineageNodeKind::Job:
        return QApplication::translate("tessera::NodeItem", "job");
    case LineageNodeKind::Product:
        return QApplication::translate("tessera::NodeItem", "data product");
    case LineageNodeKind::Domain:
        return QApplication::translate("tessera::NodeItem", "domain");
    case LineageNodeKind::Column:
        return QApplication::translate("tessera::NodeItem", "column");
    case LineageNodeKind::System:
        return QApplication::translate("tessera::NodeItem", "source system");
    case LineageNodeKind::Bundle:
        return QApplication::translate("tessera::NodeItem", "more");
    }
    return {};
}

QString iconName(LineageNodeKind kind)
{
    switch (kind) {
    case LineageNodeKind::Job:
        return QStringLiteral("job");
    case LineageNodeKind::Product:
    case LineageNodeKind::Domain:
        return QStringLiteral("product");
    case LineageNodeKind::Column:
        return QStringLiteral("column");
    default:
        return QStringLiteral("dataset");
    }
}

} // namespace

NodeItem::NodeItem(const LineageNode &node, const QRectF &card, int distance)
    : m_node(node)
    , m_card(QPointF(0, 0), card.size())
    , m_distance(distance)
{
    setPos(card.topLeft());
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(false);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1); // above the edges
    QString tip = m_node.name + QLatin1Char('\n') + kindName(m_node.kind);
    if (!m_node.domain.isEmpty()) {
        tip += QStringLiteral(" · ") + m_node.domain;
    }
    if (!m_node.owner.isEmpty()) {
        tip += QStringLiteral(" · ") + m_node.owner;
    }
    if (m_node.slaBreached) {
        tip += QLatin1Char('\n') + QApplication::translate("tessera::NodeItem", "An SLA of its contract is breached");
    }
    if (m_node.status == QLatin1String("deprecated") || m_node.status == QLatin1String("retired")) {
        tip += QLatin1Char('\n') + style::statusText(m_node.status);
    }
    setToolTip(tip);
}

void NodeItem::setEmphasis(Emphasis emphasis)
{
    if (m_emphasis != emphasis) {
        m_emphasis = emphasis;
        update();
    }
}

void NodeItem::setMatched(bool matched)
{
    if (m_matched != matched) {
        m_matched = matched;
        update();
    }
}

void NodeItem::setExpanded(bool upstream, bool downstream)
{
    if (m_upstreamShown != upstream || m_downstreamShown != downstream) {
        m_upstreamShown = upstream;
        m_downstreamShown = downstream;
        update();
    }
}

bool NodeItem::canExpand() const
{
    return m_node.kind == LineageNodeKind::Dataset;
}

QRectF NodeItem::buttonRect(Side side) const
{
    const qreal y = m_card.center().y() - kButton / 2;
    return side == Side::Upstream ? QRectF(m_card.left() - kButton / 2, y, kButton, kButton)
                                  : QRectF(m_card.right() - kButton / 2, y, kButton, kButton);
}

NodeItem::Side NodeItem::sideAt(const QPointF &pos) const
{
    if (!canExpand()) {
        return Side::None;
    }
    if (buttonRect(Side::Upstream).adjusted(-2, -2, 2, 2).contains(pos)) {
        return Side::Upstream;
    }
    if (buttonRect(Side::Downstream).adjusted(-2, -2, 2, 2).contains(pos)) {
        return Side::Downstream;
    }
    return Side::None;
}

QRectF NodeItem::boundingRect() const
{
    // The buttons stick out half their width on each side; the selection outline by 3.
    return m_card.adjusted(-kButton / 2 - 3, -3, kButton / 2 + 3, 3);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_card, kRadius, kRadius);
    if (canExpand()) {
        path.addEllipse(buttonRect(Side::Upstream));
        path.addEllipse(buttonRect(Side::Downstream));
    }
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QApplication::palette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor domain = m_node.domain.isEmpty() ? palette.color(QPalette::Mid) : style::domainColor(m_node.domain);
    const bool dimmed = m_emphasis == Emphasis::Dimmed;
    const bool selected = isSelected();

    // From afar: a block of the domain's colour.
    if (lod < 0.2) {
        QColor block = domain;
        if (dimmed) {
            block.setAlphaF(0.25);
        }
        painter->fillRect(
            m_card, selected || m_emphasis == Emphasis::Highlighted ? palette.color(QPalette::Highlight) : block);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    QColor base = palette.color(QPalette::Base);
    QColor text = palette.color(QPalette::Text);
    QColor border = palette.color(QPalette::Mid);
    if (m_node.kind == LineageNodeKind::Job || m_node.kind == LineageNodeKind::Bundle) {
        base = palette.color(QPalette::AlternateBase);
    }
    if (m_emphasis == Emphasis::Highlighted || selected) {
        border = palette.color(QPalette::Highlight);
    }
    if (m_matched) {
        border = style::badColor(palette);
    }
    painter->setOpacity(dimmed ? 0.3 : 1.0);
    painter->setPen(QPen(border, selected || m_matched || m_emphasis == Emphasis::Highlighted ? 2.5 : 1));
    painter->setBrush(base);
    painter->drawRoundedRect(m_card, kRadius, kRadius);

    // The domain's stripe on the left.
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(m_card.left(), m_card.top(), kStripe * 2, m_card.height()), kRadius, kRadius);
    QPainterPath clip;
    clip.addRect(QRectF(m_card.left(), m_card.top(), kStripe, m_card.height()));
    painter->fillPath(stripe.intersected(clip), domain);

    // The expansion buttons.
    if (canExpand() && lod >= 0.5) {
        for (const Side side : { Side::Upstream, Side::Downstream }) {
            const QRectF r = buttonRect(side);
            const bool shown = side == Side::Upstream ? m_upstreamShown : m_downstreamShown;
            painter->setPen(QPen(palette.color(QPalette::Mid), 1));
            painter->setBrush(palette.color(QPalette::Button));
            painter->drawEllipse(r);
            painter->setPen(QPen(palette.color(QPalette::ButtonText), 1.5));
            const QPointF c = r.center();
            painter->drawLine(QPointF(c.x() - 3.5, c.y()), QPointF(c.x() + 3.5, c.y()));
            if (!shown) {
                painter->drawLine(QPointF(c.x(), c.y() - 3.5), QPointF(c.x(), c.y() + 3.5));
            }
        }
    }
    if (lod < 0.5) {
        painter->setOpacity(1.0);
        return;
    }

    // Icon, name, second line.
    const QRectF inner = m_card.adjusted(kStripe + 8, 6, -10, -6);
    const qreal icon = 16;
    style::conceptIcon(iconName(m_node.kind))
        .paint(painter, QRectF(inner.left(), inner.top() + 1, icon, icon).toRect());
    QFont font = QApplication::font();
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(m_node.kind == LineageNodeKind::Job || m_node.kind == LineageNodeKind::Column ? font : bold);
    painter->setPen(text);
    // Badges: a breached SLA, a product on its way out. Words in the tooltip, a sign here. Bottom right on a
    // card; on a dataset that holds its columns (column mode), right of the name, above the columns.
    QStringList badges;
    QList<QColor> badgeColors;
    if (m_card.height() >= 48) {
        if (m_node.slaBreached) {
            badges << QApplication::translate("tessera::NodeItem", "SLA");
            badgeColors << style::badColor(palette);
        }
        if (m_node.status == QLatin1String("deprecated") || m_node.status == QLatin1String("retired")) {
            badges << style::statusText(m_node.status);
            badgeColors << style::statusColor(m_node.status);
        }
    }
    const bool holdsColumns = m_card.height() > LineageGraphModel::nodeSize(m_node).height() + 8;
    qreal badgesWidth = 0;
    for (const QString &label : std::as_const(badges)) {
        badgesWidth += QFontMetricsF(font).horizontalAdvance(label) + 14;
    }
    const QRectF nameRect(
        inner.left() + icon + 6, inner.top(), inner.width() - icon - 6 - (holdsColumns ? badgesWidth : 0), 18);
    QString name = m_node.kind == LineageNodeKind::Bundle
        ? QApplication::translate("tessera::NodeItem", "+%1 more").arg(m_node.folded)
        : m_node.name;
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter->font()).elidedText(name, Qt::ElideMiddle, nameRect.width()));

    if (m_card.height() >= 48) {
        QStringList second { kindName(m_node.kind) };
        if (!m_node.domain.isEmpty() && m_node.kind != LineageNodeKind::Domain) {
            second << m_node.domain;
        }
        if (m_node.folded > 1 && m_node.kind != LineageNodeKind::Bundle) {
            second << QApplication::translate("tessera::NodeItem", "%n dataset(s)", nullptr, m_node.folded);
        }
        painter->setFont(font);
        painter->setPen(style::secondaryText(palette));
        const QRectF secondRect(inner.left(), inner.top() + 20, inner.width() - 40, 16);
        painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(second.join(QStringLiteral(" · ")), Qt::ElideRight, secondRect.width()));
    }

    qreal x = m_card.right() - 10;
    const qreal badgeTop = holdsColumns ? inner.top() + 1 : m_card.bottom() - 20;
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const qreal w = QFontMetricsF(font).horizontalAdvance(badges[i]) + 10;
        style::paintPill(painter, QRectF(x - w, badgeTop, w, 15).toRect(), badges[i], badgeColors[i]);
        x -= w + 4;
    }
    painter->setOpacity(1.0);
}

} // namespace tessera
