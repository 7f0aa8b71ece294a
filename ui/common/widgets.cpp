// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "common/widgets.h"

#include "common/style.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera {

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title))
    , m_body(new QVBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setTextFormat(Qt::PlainText);
    style::scaleFont(m_title, 1.15, true);
    m_title->setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing);
    layout->setSpacing(style::kSpacing);
    layout->addWidget(m_title);
    m_body->setSpacing(style::kSpacing);
    layout->addLayout(m_body);
    setAccessibleName(title);
}

Pill::Pill(const QString &text, const QColor &color, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
    , m_color(color)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(text);
}

QSize Pill::sizeHint() const
{
    return style::pillSize(fontMetrics(), m_text);
}

void Pill::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    style::paintPill(&painter, rect(), m_text, m_color);
}

DomainChip::DomainChip(const QString &domain, QWidget *parent)
    : QWidget(parent)
    , m_domain(domain)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Domain %1").arg(domain));
    setToolTip(tr("Show the products of the domain %1").arg(domain));
}

QSize DomainChip::sizeHint() const
{
    const QFontMetrics m = fontMetrics();
    return { m.height() + style::kSpacing / 2 + m.horizontalAdvance(m_domain) + 4, m.height() + 4 };
}

void DomainChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int dot = fontMetrics().height() * 2 / 3;
    const QRect dotRect(2, (height() - dot) / 2, dot, dot);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style::domainColor(m_domain));
    painter.drawEllipse(dotRect);
    painter.setPen(palette().color(QPalette::Link));
    const QRect textRect(dotRect.right() + style::kSpacing / 2 + 2, 0, width(), height());
    QFont font = this->font();
    font.setUnderline(hasFocus() || underMouse());
    painter.setFont(font);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, m_domain);
}

void DomainChip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT clicked();
    }
}

void DomainChip::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked();
        return;
    }
    QWidget::keyPressEvent(event);
}

Sparkline::Sparkline(std::vector<double> values, std::optional<double> target, QWidget *parent)
    : QWidget(parent)
    , m_values(std::move(values))
    , m_target(target)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    if (!m_values.empty()) {
        const auto [lo, hi] = std::minmax_element(m_values.begin(), m_values.end());
        setToolTip(tr("Last %n value(s): from %1 to %2, latest %3", nullptr, static_cast<int>(m_values.size()))
                       .arg(QLocale().toString(*lo), QLocale().toString(*hi), QLocale().toString(m_values.back())));
        setAccessibleDescription(toolTip());
    }
}

QSize Sparkline::sizeHint() const
{
    return { 15 * style::kSpacing, fontMetrics().height() };
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_values.size() < 2) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    double lo = *std::min_element(m_values.begin(), m_values.end());
    double hi = *std::max_element(m_values.begin(), m_values.end());
    if (m_target) {
        lo = std::min(lo, *m_target);
        hi = std::max(hi, *m_target);
    }
    if (hi - lo < 1e-9) {
        hi = lo + 1;
    }
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    const auto y = [&](double v) { return area.bottom() - (v - lo) / (hi - lo) * area.height(); };
    if (m_target) {
        QPen dashed(style::secondaryText(palette()), 1, Qt::DashLine);
        painter.setPen(dashed);
        painter.drawLine(QPointF(area.left(), y(*m_target)), QPointF(area.right(), y(*m_target)));
    }
    QPainterPath path;
    const double step = area.width() / static_cast<double>(m_values.size() - 1);
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const QPointF p(area.left() + step * static_cast<double>(i), y(m_values[i]));
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(path);
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *linkLabel(const QString &text, const QString &href, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped()));
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(false);
    label->setAccessibleName(text);
    return label;
}

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

QLabel *secondaryLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    setTextColor(label, style::secondaryText(label->palette()));
    label->setWordWrap(true);
    return label;
}

} // namespace tessera
