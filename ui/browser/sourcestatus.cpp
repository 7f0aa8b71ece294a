// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/sourcestatus.h"

#include "common/style.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

namespace tessera {

QString sourceStateText(const SourceState &s, bool busy)
{
    if (busy) {
        return SourceStatus::tr("%1 · importing…").arg(s.name);
    }
    if (!s.reachable) {
        return SourceStatus::tr("%1 · offline, cached %2")
            .arg(s.name, style::relativeTime(QDateTime::fromString(s.lastImport, Qt::ISODate)));
    }
    return SourceStatus::tr("%1 · %2").arg(
        s.name, SourceStatus::tr("%n product(s)", nullptr, static_cast<int>(s.products)));
}

SourceStatus::SourceStatus(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("sourceStatus"));
    setAccessibleName(tr("Sources"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(style::kSpacing);
}

QStringList SourceStatus::texts() const
{
    QStringList out;
    for (const auto *button : findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        out << button->text();
    }
    return out;
}

void SourceStatus::setSources(const std::vector<SourceState> &sources, const QString &busySource)
{
    for (auto *button : findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        button->deleteLater();
        m_layout->removeWidget(button);
    }
    const QPalette palette = this->palette();
    for (const SourceState &s : sources) {
        const bool busy = !busySource.isEmpty() && s.location == busySource;
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setText(sourceStateText(s, busy));
        button->setAccessibleName(button->text());
        button->setIcon(busy  ? style::dotIcon(palette.color(QPalette::Highlight), style::Dot::Half)
                : s.reachable ? style::dotIcon(style::goodColor(palette), style::Dot::Filled)
                              : style::dotIcon(style::secondaryText(palette), style::Dot::Hollow));
        const QString where = s.location.startsWith(QLatin1String(":/")) ? tr("built into Tessera") : s.location;
        const QDateTime last = QDateTime::fromString(s.lastImport, Qt::ISODate);
        button->setToolTip(
            tr("%1\n%2\nLast read %3 (%4)").arg(s.name, where, style::relativeTime(last), style::exactTime(last)));
        auto *menu = new QMenu(button);
        menu->addAction(where)->setEnabled(false);
        menu->addAction(tr("Last read %1").arg(style::relativeTime(last)))->setEnabled(false);
        menu->addAction(tr("%n contract(s)", nullptr, static_cast<int>(s.contracts)))->setEnabled(false);
        menu->addSeparator();
        menu->addAction(tr("Show its products"), this, [this, name = s.name] { Q_EMIT showProductsOf(name); });
        if (s.kind == QLatin1String("local")) {
            QAction *again = menu->addAction(
                tr("Import again"), this, [this, location = s.location] { Q_EMIT importAgain(location); });
            again->setEnabled(s.reachable && !busy);
        }
        button->setMenu(menu);
        m_layout->addWidget(button);
    }
}

} // namespace tessera
