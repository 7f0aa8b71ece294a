// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "lineage/lineagegraph.h"

#include <QGraphicsItem>

namespace tessera {

/**
 * A node of the lineage graph: a rounded card with the domain's colour as a stripe, the kind's icon,
 * the name and a second line (kind, domain), badges for an SLA breach and for a deprecated or retired
 * product, and, at its sides, buttons to show one more step upstream (left) or downstream (right).
 * Painted by level of detail: a coloured block from afar, no text below half size. Cached in device
 * coordinates; update() after a change of state.
 */
class NodeItem : public QGraphicsItem
{
public:
    enum class Emphasis { Normal, Dimmed, Highlighted };
    enum class Side { None, Upstream, Downstream };

    NodeItem(const LineageNode &node, const QRectF &card, int distance);

    const LineageNode &node() const { return m_node; }
    std::int64_t id() const { return m_node.id; }
    int distance() const { return m_distance; }

    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    /** Marks a match of the search in the graph. */
    void setMatched(bool matched);
    bool isMatched() const { return m_matched; }
    /** Which expansion buttons show as "shown" (−) rather than "more" (+). */
    void setExpanded(bool upstream, bool downstream);
    /** Whether the node offers expansion at all (datasets, products, domains do; jobs, columns don't). */
    bool canExpand() const;

    /** The expansion button under `pos` (item coordinates). */
    Side sideAt(const QPointF &pos) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    enum { Type = UserType + 1 };
    int type() const override { return Type; }

private:
    QRectF buttonRect(Side side) const;

    LineageNode m_node;
    QRectF m_card; ///< in item coordinates (the item sits at the card's top left)
    int m_distance = 0;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_matched = false;
    bool m_upstreamShown = false;
    bool m_downstreamShown = false;
};

} // namespace tessera
