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
 * when all is well, "importing…" while it is read, "offline, cached 3 days ago" when out of reach.
 * A click shows its details and actions.
 */
class SourceStatus : public QWidget
{
    Q_OBJECT

public:
    explicit SourceStatus(QWidget *parent = nullptr);

    void setSources(const std::vector<SourceState> &sources, const QString &busySource);

    /** The text of each source's item, for tests and accessibility. */
    QStringList texts() const;

Q_SIGNALS:
    void showProductsOf(const QString &sourceName);
    void importAgain(const QString &location);

private:
    QHBoxLayout *m_layout;
};

/** One line about a source's state, translated ("Demo mesh · 46 products"). */
QString sourceStateText(const SourceState &source, bool busy);

} // namespace tessera
