// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "catalog/catalogreader.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
QT_END_NAMESPACE

namespace tessera {

/**
 * The status bar's item per source: a state dot, the name, and what it is doing — its product count
 * when all is well, "importing…" or "syncing…" while it is read, "offline, cached 3 days ago" when out of
 * reach, "sync failed" (in the warning colour) when an endpoint's last sync failed. A click shows its details
 * and actions (Sync now for an endpoint, Connections…).
 */
class SourceStatus : public QWidget
{
    Q_OBJECT

public:
    explicit SourceStatus(QWidget *parent = nullptr);

    /** `busySource` is the location being imported, `syncingSource` the name of the endpoint being synced. */
    void setSources(
        const std::vector<SourceState> &sources, const QString &busySource, const QString &syncingSource = {});

    /** The text of each source's item, for tests and accessibility. */
    QStringList texts() const;

Q_SIGNALS:
    void showProductsOf(const QString &sourceName);
    void importAgain(const QString &location);
    /** Sync now, for one endpoint. */
    void syncRequested(const QString &sourceName);
    void connectionsRequested();

private:
    QHBoxLayout *m_layout;
};

/** One line about a source's state, translated ("Demo mesh · 46 products"). */
QString sourceStateText(const SourceState &source, bool busy, bool syncing = false);
/** An endpoint's last sync in a sentence, translated ("Offline — cached data stays browsable"); empty for a folder. */
QString syncStateSentence(const SourceState &source);

} // namespace tessera
