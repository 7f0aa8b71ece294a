// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

QT_BEGIN_NAMESPACE
class QFontMetrics;
class QPainter;
class QPalette;
class QRect;
class QSize;
class QWidget;
QT_END_NAMESPACE

/** The look shared by every screen: spacing, domain and status colours, pills, relative times. */
namespace tessera::style {

constexpr int kSpacing = 8; ///< the 8 px grid

/**
 * A domain's colour: one of the colour-blind-safe Okabe–Ito colours, picked by a stable hash of the
 * name, so "orders" has the same colour everywhere and on every machine.
 */
QColor domainColor(const QString &domain);

/** The colour of a lifecycle status (active, draft, deprecated, retired, ...). */
QColor statusColor(const QString &status);

/** The status as a translated word ("active" → "aktiv"); unknown values are shown as they are. */
QString statusText(const QString &status);

/** The size of a pill (a rounded label) for `text`. */
QSize pillSize(const QFontMetrics &metrics, const QString &text);

/** Paints a pill: a rounded rectangle of `color` with `text` in a colour that reads on it. */
void paintPill(QPainter *painter, const QRect &rect, const QString &text, const QColor &color);

/** "just now", "5 minutes ago", "3 days ago", "2 months ago", in the user's language. */
QString relativeTime(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());

/** The exact time in the user's locale, for tooltips. */
QString exactTime(const QDateTime &time);

/** A colour between the palette's text and its background, for secondary text that stays readable. */
QColor secondaryText(const QPalette &palette);

/** The colour for good and bad news, chosen to read on the palette's base in light and dark themes. */
QColor goodColor(const QPalette &palette);
QColor badColor(const QPalette &palette);

/** The icon of a catalog concept ("product", "dataset", "contract", "column", "job"), Tessera's own SVG. */
QIcon conceptIcon(const QString &kind);

/**
 * A round state dot of `color`: filled (fine), half (busy) or hollow (out of reach). Drawn for every
 * device pixel ratio up to 3, so it stays crisp on high-DPI screens.
 */
enum class Dot { Filled, Half, Hollow };
QIcon dotIcon(const QColor &color, Dot dot);

/** Makes `widget`'s font `factor` times larger and, optionally, semi-bold. */
void scaleFont(QWidget *widget, qreal factor, bool demiBold = false);

} // namespace tessera::style
