// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QGraphicsView>
#include <QPixmap>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace tessera {

class Minimap;

/**
 * The canvas of the lineage view: pan by dragging, zoom with the wheel under the mouse (clamped,
 * 5 %–1,000 %), keys for zoom and fit, and a minimap in the bottom right corner that shows where the
 * view is and moves it on a click. Set up for large scenes (STYLE-REFERENCE §4): smart viewport
 * updates, no painter-state saving, static contents, no OpenGL.
 */
class LineageView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal kMinZoom = 0.05;
    static constexpr qreal kMaxZoom = 10.0;
    /// From this zoom on, nodes draw their names (NodeItem's level of detail).
    static constexpr qreal kReadableZoom = 0.6;

    explicit LineageView(QWidget *parent = nullptr);

    qreal zoom() const;
    /** Zooms by `factor` around the view's centre (or `anchor`, in view coordinates), within the limits. */
    void zoomBy(qreal factor, const QPoint &anchor = {});
    void setZoom(qreal zoom);
    /** Shows the whole graph. */
    void fitAll();
    /** Shows the selected nodes (or does nothing when none is selected). */
    void fitSelection();
    /** Centres a rectangle of the scene, zooming in no further than 100 %. */
    void showRect(const QRectF &rect);

    Minimap *minimap() const { return m_minimap; }

    /** A message in the middle of the view instead of a graph ("nothing recorded"); empty: none. */
    void setPlaceholderText(const QString &text);
    QString placeholderText() const;

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placeMinimap();

    Minimap *m_minimap;
    QLabel *m_placeholder;
};

/**
 * A small overview of the whole scene with the main view's area outlined; a click or drag moves the
 * view there. The scene is drawn into a picture once per graph (refresh()), not on every pan.
 */
class Minimap : public QWidget
{
    Q_OBJECT

public:
    explicit Minimap(LineageView *view);

    /** Draws the scene again (after the graph changed). */
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /** The scene rectangle drawn, and where in the widget. */
    QRectF target() const;
    void moveViewTo(const QPointF &widgetPos);

    LineageView *m_view;
    QPixmap m_picture;
};

} // namespace tessera
