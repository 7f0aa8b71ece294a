// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QObject>
#include <QStringList>

namespace tessera {

/**
 * Back and forward through the pages a user visited (tessera:// URLs), as in a web browser: visiting
 * a page drops the forward list; going back and forth moves along it. Bounded to kLimit entries.
 */
class NavigationHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLimit = 100;

    explicit NavigationHistory(QObject *parent = nullptr);

    /** `url` is now shown. The same URL twice in a row counts once. */
    void visit(const QString &url);
    /** Steps back; returns the URL to show, or an empty string when there is nothing before. */
    QString back();
    /** Steps forward; returns the URL to show, or an empty string when there is nothing after. */
    QString forward();

    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    const QString &current() const { return m_current; }
    /** The pages behind, the nearest first. */
    QStringList backList() const;
    /** The pages ahead, the nearest first. */
    QStringList forwardList() const;

    /** Forgets a page that no longer exists (its tab was closed and it cannot be found). */
    void remove(const QString &url);

Q_SIGNALS:
    void changed();

private:
    QStringList m_back; ///< oldest first
    QStringList m_forward; ///< farthest first
    QString m_current;
};

} // namespace tessera
