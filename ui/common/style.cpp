// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "common/style.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QRect>
#include <QWidget>

#include <array>

namespace tessera::style {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Style)
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor domainColor(const QString &domain)
{
    // Okabe & Ito (2008): orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, grey.
    static const std::array<QColor, 8> colors
        = { QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
              QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x99, 0x99, 0x99) };
    // FNV-1a over the UTF-8 bytes: the same on every machine and every run (qHash is seeded).
    std::uint32_t hash = 2166136261u;
    for (const char byte : domain.toUtf8()) {
        hash = (hash ^ static_cast<std::uint8_t>(byte)) * 16777619u;
    }
    return colors[hash % colors.size()];
}

QColor statusColor(const QString &status)
{
    if (status == QLatin1String("active")) {
        return QColor(0x00, 0x9E, 0x73);
    }
    if (status == QLatin1String("draft") || status == QLatin1String("proposed")) {
        return QColor(0x56, 0xB4, 0xE9);
    }
    if (status == QLatin1String("deprecated")) {
        return QColor(0xE6, 0x9F, 0x00);
    }
    if (status == QLatin1String("retired") || status == QLatin1String("removed")) {
        return QColor(0xD5, 0x5E, 0x00);
    }
    return QColor(0x99, 0x99, 0x99);
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("active")) {
        return Tr::tr("active");
    }
    if (status == QLatin1String("draft")) {
        return Tr::tr("draft");
    }
    if (status == QLatin1String("proposed")) {
        return Tr::tr("proposed");
    }
    if (status == QLatin1String("deprecated")) {
        return Tr::tr("deprecated");
    }
    if (status == QLatin1String("retired")) {
        return Tr::tr("retired");
    }
    if (status == QLatin1String("removed")) {
        return Tr::tr("removed");
    }
    return status;
}

QSize pillSize(const QFontMetrics &metrics, const QString &text)
{
    return { metrics.horizontalAdvance(text) + 2 * kSpacing, metrics.height() + kSpacing / 2 };
}

void paintPill(QPainter *painter, const QRect &rect, const QString &text, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(QRectF(rect), radius, radius);
    // Dark text on light colours, white on dark ones (relative luminance).
    const qreal luminance = 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF();
    painter->setPen(luminance > 0.5 ? QColor(0x1A, 0x1A, 0x1A) : QColor(Qt::white));
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

QString relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid()) {
        return Tr::tr("never");
    }
    const qint64 seconds = time.secsTo(now);
    if (seconds < 60) {
        return Tr::tr("just now");
    }
    const int minutes = static_cast<int>(seconds / 60);
    if (minutes < 60) {
        return Tr::tr("%n minute(s) ago", nullptr, minutes);
    }
    const int hours = minutes / 60;
    if (hours < 24) {
        return Tr::tr("%n hour(s) ago", nullptr, hours);
    }
    const int days = hours / 24;
    if (days < 60) {
        return Tr::tr("%n day(s) ago", nullptr, days);
    }
    const int months = days / 30;
    if (months < 24) {
        return Tr::tr("%n month(s) ago", nullptr, months);
    }
    return Tr::tr("%n year(s) ago", nullptr, days / 365);
}

QString exactTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

QColor secondaryText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(0.62 * text.redF() + 0.38 * base.redF(), 0.62 * text.greenF() + 0.38 * base.greenF(),
        0.62 * text.blueF() + 0.38 * base.blueF());
}

QColor goodColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4C, 0xC9, 0x9A) : QColor(0x00, 0x7A, 0x58);
}

QColor badColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xFF, 0x8A, 0x5C) : QColor(0xB8, 0x45, 0x00);
}

QIcon conceptIcon(const QString &kind)
{
    // Data products, contracts, datasets, columns and jobs are Tessera's own concepts: icon themes
    // have no names for them, so the app brings its own (resources/icons).
    // One QIcon per kind: an icon keeps the pixmaps it rendered, so the SVG is drawn once per size, not
    // on every paint (the lineage view paints thousands of nodes). GUI thread only, as every widget.
    static QHash<QString, QIcon> icons;
    auto it = icons.find(kind);
    if (it == icons.end()) {
        it = icons.insert(kind, QIcon(QStringLiteral(":/icons/") + kind + QStringLiteral(".svg")));
    }
    return *it;
}

QIcon dotIcon(const QColor &color, Dot dot)
{
    QIcon icon;
    for (const qreal ratio : { 1.0, 1.5, 2.0, 3.0 }) {
        const int size = static_cast<int>(16 * ratio);
        QPixmap pixmap(size, size);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color, 1.5));
        painter.setBrush(dot == Dot::Filled ? QBrush(color) : QBrush(Qt::NoBrush));
        const QRectF circle(3, 3, 10, 10);
        painter.drawEllipse(circle);
        if (dot == Dot::Half) {
            painter.setBrush(color);
            painter.drawPie(circle, 90 * 16, 180 * 16);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void scaleFont(QWidget *widget, qreal factor, bool demiBold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    if (demiBold) {
        font.setWeight(QFont::DemiBold);
    }
    widget->setFont(font);
}

} // namespace tessera::style
