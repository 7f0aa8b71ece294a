// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/sourcestatus.h"

#include "common/style.h"
#include "sync/catalogadapter.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

namespace tessera {

QString sourceStateText(const SourceState &s, bool busy, bool syncing)
{
    if (busy) {
        return SourceStatus::tr("%1 · importing…").arg(s.name);
    }
    if (syncing) {
        return SourceStatus::tr("%1 · syncing…").arg(s.name);
    }
    if (!s.reachable) {
        if (s.isEndpoint() && s.lastImport.isEmpty()) {
            return SourceStatus::tr("%1 · offline").arg(s.name);
        }
        return SourceStatus::tr("%1 · offline, cached %2")
            .arg(s.name, style::relativeTime(QDateTime::fromString(s.lastImport, Qt::ISODate)));
    }
    if (s.isEndpoint()) {
        if (s.syncState == QLatin1String("failed")) {
            return SourceStatus::tr("%1 · sync failed").arg(s.name);
        }
        if (s.syncState == QLatin1String("conflict")) {
            return SourceStatus::tr("%1 · conflict").arg(s.name);
        }
        if (s.syncState.isEmpty()) {
            return SourceStatus::tr("%1 · not synced yet").arg(s.name);
        }
    }
    return SourceStatus::tr("%1 · %2").arg(
        s.name, SourceStatus::tr("%n product(s)", nullptr, static_cast<int>(s.products)));
}

QString syncStateSentence(const SourceState &s)
{
    if (!s.isEndpoint()) {
        return {};
    }
    const QDateTime synced = QDateTime::fromString(s.syncedAt, Qt::ISODate);
    const QString last = s.syncedAt.isEmpty() ? SourceStatus::tr("Never synced")
                                              : SourceStatus::tr("Last synced %1").arg(style::relativeTime(synced));
    if (s.syncState == QLatin1String("offline")) {
        return SourceStatus::tr("Offline — cached data stays browsable. %1.").arg(last);
    }
    if (s.syncState == QLatin1String("failed")) {
        return SourceStatus::tr("The last sync failed: %1").arg(s.syncMessage);
    }
    if (s.syncState == QLatin1String("conflict")) {
        return SourceStatus::tr("A change you published met a newer version: %1").arg(s.syncMessage);
    }
    if (s.syncState == QLatin1String("cancelled")) {
        return SourceStatus::tr("The last sync was cancelled. %1.").arg(last);
    }
    return last;
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

void SourceStatus::setSources(
    const std::vector<SourceState> &sources, const QString &busySource, const QString &syncingSource)
{
    for (auto *button : findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        button->deleteLater();
        m_layout->removeWidget(button);
    }
    const QPalette palette = this->palette();
    for (const SourceState &s : sources) {
        const bool busy = !busySource.isEmpty() && s.location == busySource;
        const bool syncing = !syncingSource.isEmpty() && s.name == syncingSource;
        const bool failed
            = s.isEndpoint() && (s.syncState == QLatin1String("failed") || s.syncState == QLatin1String("conflict"));
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setText(sourceStateText(s, busy, syncing));
        button->setAccessibleName(button->text());
        QIcon icon;
        if (busy || syncing) {
            icon = style::dotIcon(palette.color(QPalette::Highlight), style::Dot::Half);
        } else if (!s.reachable || (s.isEndpoint() && s.syncState.isEmpty())) {
            icon = style::dotIcon(style::secondaryText(palette), style::Dot::Hollow);
        } else if (failed) {
            icon = style::dotIcon(style::badColor(palette), style::Dot::Filled);
        } else {
            icon = style::dotIcon(style::goodColor(palette), style::Dot::Filled);
        }
        button->setIcon(icon);
        if (failed) {
            QPalette warning = button->palette();
            warning.setColor(QPalette::ButtonText, style::badColor(palette));
            warning.setColor(QPalette::WindowText, style::badColor(palette));
            button->setPalette(warning);
        }
        const QString where = s.location.startsWith(QLatin1String(":/")) ? tr("built into Tessera") : s.location;
        const QDateTime last = QDateTime::fromString(s.lastImport, Qt::ISODate);
        auto *menu = new QMenu(button);
        menu->addAction(where)->setEnabled(false);
        if (s.isEndpoint()) {
            const QString sentence = syncStateSentence(s);
            button->setToolTip(
                tr("%1 (%2)\n%3\n%4").arg(s.name, CatalogAdapter::kindName(s.kind), where, sentence).trimmed());
            if (!s.syncedAt.isEmpty()) {
                button->setToolTip(button->toolTip() + QLatin1Char('\n')
                    + tr("Synced %1").arg(style::exactTime(QDateTime::fromString(s.syncedAt, Qt::ISODate))));
            }
            // A long server message would make a menu as wide as the screen: the tooltip has it whole.
            menu->addAction(QFontMetrics(menu->font())
                                .elidedText(sentence, Qt::ElideRight, 60 * fontMetrics().averageCharWidth()))
                ->setEnabled(false);
        } else {
            button->setToolTip(
                tr("%1\n%2\nLast read %3 (%4)").arg(s.name, where, style::relativeTime(last), style::exactTime(last)));
            menu->addAction(tr("Last read %1").arg(style::relativeTime(last)))->setEnabled(false);
        }
        menu->addAction(tr("%n contract(s)", nullptr, static_cast<int>(s.contracts)))->setEnabled(false);
        menu->addSeparator();
        menu->addAction(tr("Show its products"), this, [this, name = s.name] { Q_EMIT showProductsOf(name); });
        if (s.kind == QLatin1String("local")) {
            QAction *again = menu->addAction(
                tr("Import again"), this, [this, location = s.location] { Q_EMIT importAgain(location); });
            again->setEnabled(s.reachable && !busy);
        } else {
            QAction *sync = menu->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Sync now"), this,
                [this, name = s.name] { Q_EMIT syncRequested(name); });
            sync->setObjectName(QStringLiteral("syncNow"));
            sync->setEnabled(!syncing);
        }
        menu->addAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Connections…"), this,
            [this] { Q_EMIT connectionsRequested(); });
        button->setMenu(menu);
        m_layout->addWidget(button);
    }
}

} // namespace tessera
