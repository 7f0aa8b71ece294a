// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/lineageview.h"

#include "common/style.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace tessera {

LineageView::LineageView(QWidget *parent)
    : QGraphicsView(parent)
    , m_minimap(nullptr)
{
    setObjectName(QStringLiteral("lineageCanvas"));
    setAccessibleName(tr("Lineage graph"));
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    viewport()->setAttribute(Qt::WA_StaticContents);
    setRenderHint(QPainter::Antialiasing, false); // items turn it on where it shows
    setBackgroundBrush(palette().color(QPalette::Window));
    setFocusPolicy(Qt::StrongFocus);
    m_minimap = new Minimap(this);
    m_placeholder = new QLabel(viewport());
    m_placeholder->setObjectName(QStringLiteral("lineagePlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    QPalette placeholderPalette = m_placeholder->palette();
    placeholderPalette.setColor(QPalette::WindowText, placeholderPalette.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(placeholderPalette);
    m_placeholder->hide();
}

void LineageView::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    placeMinimap();
}

QString LineageView::placeholderText() const
{
    return m_placeholder->text();
}

qreal LineageView::zoom() const
{
    return transform().m11();
}

void LineageView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const qreal factor = zoom / this->zoom();
    if (std::abs(factor - 1.0) > 1e-6) {
        scale(factor, factor);
        Q_EMIT zoomChanged(this->zoom());
        m_minimap->update();
    }
}

void LineageView::zoomBy(qreal factor, const QPoint &anchor)
{
    const ViewportAnchor previous = transformationAnchor();
    setTransformationAnchor(anchor.isNull() ? AnchorViewCenter : AnchorUnderMouse);
    setZoom(zoom() * factor);
    setTransformationAnchor(previous);
}

void LineageView::showRect(const QRectF &rect)
{
    if (rect.isEmpty()) {
        return;
    }
    fitInView(rect.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    // Never closer than 100 %, never beyond the limits.
    const qreal z = std::clamp(std::min(zoom(), 1.0), kMinZoom, kMaxZoom);
    const QPointF centre = rect.center();
    setTransform(QTransform::fromScale(z, z));
    centerOn(centre);
    Q_EMIT zoomChanged(zoom());
    m_minimap->update();
}

void LineageView::fitAll()
{
    if (!scene()) {
        return;
    }
    QRectF all;
    for (QGraphicsItem *item : scene()->items()) {
        if (item->type() == QGraphicsItem::UserType + 1) { // nodes; the edge layer's box includes its margins
            all |= item->sceneBoundingRect();
        }
    }
    showRect(all.isEmpty() ? scene()->itemsBoundingRect() : all);
}

void LineageView::fitSelection()
{
    if (!scene()) {
        return;
    }
    QRectF selected;
    for (QGraphicsItem *item : scene()->selectedItems()) {
        selected |= item->sceneBoundingRect();
    }
    showRect(selected);
}

void LineageView::wheelEvent(QWheelEvent *event)
{
    // The wheel zooms (the graph pans by dragging); a trackpad's small steps zoom smoothly.
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setTransformationAnchor(AnchorUnderMouse);
    setZoom(zoom() * std::pow(1.2, steps));
    event->accept();
}

void LineageView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25);
        return;
    case Qt::Key_0:
        setZoom(1.0);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void LineageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMinimap();
}

void LineageView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->update();
}

void LineageView::placeMinimap()
{
    const QSize size(std::min(220, viewport()->width() / 4), std::min(150, viewport()->height() / 4));
    m_minimap->setGeometry(viewport()->width() - size.width() - style::kSpacing,
        viewport()->height() - size.height() - style::kSpacing, size.width(), size.height());
    m_minimap->setVisible(size.width() > 60 && size.height() > 40 && m_placeholder->text().isEmpty());
    const int margin = 4 * style::kSpacing;
    m_placeholder->setGeometry(
        margin, margin, std::max(0, viewport()->width() - 2 * margin), std::max(0, viewport()->height() - 2 * margin));
    m_minimap->refresh();
}

Minimap::Minimap(LineageView *view)
    : QWidget(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("lineageMinimap"));
    setAccessibleName(tr("Overview of the lineage graph"));
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QRectF Minimap::target() const
{
    const QGraphicsScene *scene = m_view->scene();
    if (!scene) {
        return {};
    }
    const QRectF source = scene->sceneRect();
    QSizeF size = source.size();
    size.scale(QSizeF(width() - 4, height() - 4), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void Minimap::refresh()
{
    QGraphicsScene *scene = m_view->scene();
    const qreal ratio = devicePixelRatioF();
    m_picture = QPixmap(size() * ratio);
    m_picture.setDevicePixelRatio(ratio);
    m_picture.fill(palette().color(QPalette::Base));
    if (scene && !scene->sceneRect().isEmpty() && width() > 0 && height() > 0) {
        QPainter painter(&m_picture);
        scene->render(&painter, target(), scene->sceneRect(), Qt::KeepAspectRatio);
    }
    update();
}

void Minimap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const QGraphicsScene *scene = m_view->scene();
    if (!scene || scene->sceneRect().isEmpty()) {
        return;
    }
    // Where the main view looks, mapped from the scene into the picture.
    const QRectF source = scene->sceneRect();
    const QRectF into = target();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const qreal sx = into.width() / source.width();
    const qreal sy = into.height() / source.height();
    const QRectF frame(into.left() + (visible.left() - source.left()) * sx,
        into.top() + (visible.top() - source.top()) * sy, visible.width() * sx, visible.height() * sy);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.15);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.setBrush(fill);
    painter.drawRect(frame.intersected(QRectF(rect())));
}

void Minimap::moveViewTo(const QPointF &widgetPos)
{
    const QGraphicsScene *scene = m_view->scene();
    const QRectF into = target();
    if (!scene || into.isEmpty()) {
        return;
    }
    const QRectF source = scene->sceneRect();
    m_view->centerOn(QPointF(source.left() + (widgetPos.x() - into.left()) / into.width() * source.width(),
        source.top() + (widgetPos.y() - into.top()) / into.height() * source.height()));
    update();
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    moveViewTo(event->position());
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        moveViewTo(event->position());
    }
}

} // namespace tessera
