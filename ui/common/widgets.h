// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QFrame>
#include <QLabel>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QGridLayout;
class QVBoxLayout;
QT_END_NAMESPACE

/** Small building blocks of Tessera's pages: cards, pills, links and sparklines. */
namespace tessera {

/** A titled section of a page, framed; content goes into layout(). */
class Card : public QFrame
{
    Q_OBJECT

public:
    explicit Card(const QString &title, QWidget *parent = nullptr);
    QVBoxLayout *body() const { return m_body; }
    QLabel *titleLabel() const { return m_title; }

private:
    QLabel *m_title;
    QVBoxLayout *m_body;
};

/** A status word on its colour ("active" on green): never colour alone. */
class Pill : public QWidget
{
    Q_OBJECT

public:
    Pill(const QString &text, const QColor &color, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QColor m_color;
};

/** A domain's name after a dot of its colour. */
class DomainChip : public QWidget
{
    Q_OBJECT

public:
    explicit DomainChip(const QString &domain, QWidget *parent = nullptr);
    QSize sizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_domain;
};

/** A line of values over time, with the target as a dashed line; exact values in the tooltip. */
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    Sparkline(std::vector<double> values, std::optional<double> target, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<double> m_values;
    std::optional<double> m_target;
};

/** A label for untrusted plain text: never interpreted as rich text. */
QLabel *plainLabel(const QString &text, QWidget *parent = nullptr);
/** A label with one link; `text` is escaped (untrusted), `href` is the target. */
QLabel *linkLabel(const QString &text, const QString &href, QWidget *parent = nullptr);
/**
 * Colours `widget`'s text. Both text roles: a label on a card (whose background is the Base role)
 * draws with Text, elsewhere with WindowText.
 */
void setTextColor(QWidget *widget, const QColor &color);
/** Secondary text (smaller emphasis) in the palette's secondary colour. */
QLabel *secondaryLabel(const QString &text, QWidget *parent = nullptr);

} // namespace tessera
