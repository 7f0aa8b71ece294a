// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "navigationhistory.h"

#include <algorithm>

namespace tessera {

NavigationHistory::NavigationHistory(QObject *parent)
    : QObject(parent)
{ }

void NavigationHistory::visit(const QString &url)
{
    if (url.isEmpty() || url == m_current) {
        return;
    }
    if (!m_current.isEmpty()) {
        m_back << m_current;
        while (m_back.size() > kLimit) {
            m_back.removeFirst();
        }
    }
    m_current = url;
    m_forward.clear();
    Q_EMIT changed();
}

QString NavigationHistory::back()
{
    if (m_back.isEmpty()) {
        return {};
    }
    m_forward << m_current;
    m_current = m_back.takeLast();
    Q_EMIT changed();
    return m_current;
}

QString NavigationHistory::forward()
{
    if (m_forward.isEmpty()) {
        return {};
    }
    m_back << m_current;
    m_current = m_forward.takeLast();
    Q_EMIT changed();
    return m_current;
}

QStringList NavigationHistory::backList() const
{
    QStringList out = m_back;
    std::reverse(out.begin(), out.end());
    return out;
}

QStringList NavigationHistory::forwardList() const
{
    QStringList out = m_forward;
    std::reverse(out.begin(), out.end());
    return out;
}

void NavigationHistory::remove(const QString &url)
{
    const qsizetype removed = m_back.removeAll(url) + m_forward.removeAll(url);
    // Two equal neighbours left behind collapse into one.
    const auto collapse = [](QStringList &list) { list.erase(std::unique(list.begin(), list.end()), list.end()); };
    collapse(m_back);
    collapse(m_forward);
    if (removed > 0) {
        Q_EMIT changed();
    }
}

} // namespace tessera
