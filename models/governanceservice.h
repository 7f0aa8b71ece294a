// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QFuture>
#include <QObject>
#include <QTimer>

namespace tessera {

/** What one evaluation of the governance policies found. */
struct GovernanceSummary
{
    bool ok = true;
    QString message; ///< translated: on failure, why
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};

/**
 * Keeps the governance policies' findings in the store fresh (schema-6.sql), off the GUI thread: evaluates the
 * built-in policies (and the organisation's policy file, when one is set) shortly after the catalog changed, and
 * writes the findings whole. Product pages read them from the store.
 */
class GovernanceService : public QObject
{
    Q_OBJECT

public:
    explicit GovernanceService(QString storePath, QObject *parent = nullptr);
    ~GovernanceService() override;

    /** The organisation's policy file (docs/policies.md), or empty for the built-ins as they are. */
    void setPolicyFile(const QString &path) { m_policyFile = path; }

    /** Evaluates again shortly (changes in a burst are evaluated once). */
    void refresh();
    bool isBusy() const { return m_running.isRunning(); }

Q_SIGNALS:
    void evaluated(const tessera::GovernanceSummary &summary);

private:
    void run();

    QString m_storePath;
    QString m_policyFile;
    QTimer m_debounce;
    QFuture<GovernanceSummary> m_running;
    bool m_again = false;
};

} // namespace tessera

Q_DECLARE_METATYPE(tessera::GovernanceSummary)
