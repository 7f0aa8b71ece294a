// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "governanceservice.h"

#include "governance/policies.h"
#include "governance/policystore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::GovernanceService)
};

GovernanceSummary evaluate(const QString &storePath, const QString &policyFile)
{
    GovernanceSummary summary;
    PolicyConfig config;
    if (!policyFile.isEmpty()) {
        Findings errors;
        config = PolicyConfig::fromFile(policyFile, errors);
        if (!errors.empty()) {
            summary.ok = false;
            summary.message = Tr::tr("The policy file %1 has errors: line %2: %3")
                                  .arg(policyFile)
                                  .arg(errors.front().location.line)
                                  .arg(errors.front().message);
            return summary;
        }
    }
    StoreStatus status;
    auto store = Store::open(storePath, status);
    if (!store) {
        summary.ok = false;
        summary.message = status.message;
        return summary;
    }
    const std::vector<PolicyFinding> findings = PolicyEngine(std::move(config)).evaluate(*store);
    if (!savePolicyFindings(*store, findings, status)) {
        summary.ok = false;
        summary.message = status.message;
        return summary;
    }
    for (const PolicyFinding &f : findings) {
        summary.errors += f.severity == Severity::Error;
        summary.warnings += f.severity == Severity::Warning;
        summary.infos += f.severity == Severity::Info;
    }
    return summary;
}

} // namespace

GovernanceService::GovernanceService(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
    qRegisterMetaType<GovernanceSummary>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1000);
    connect(&m_debounce, &QTimer::timeout, this, &GovernanceService::run);
}

GovernanceService::~GovernanceService()
{
    m_running.waitForFinished();
}

void GovernanceService::refresh()
{
    m_debounce.start();
}

void GovernanceService::run()
{
    if (isBusy()) {
        m_again = true;
        return;
    }
    m_running = QtConcurrent::run(evaluate, m_storePath, m_policyFile);
    auto *watcher = new QFutureWatcher<GovernanceSummary>(this);
    connect(watcher, &QFutureWatcher<GovernanceSummary>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Q_EMIT evaluated(m_running.result());
        if (std::exchange(m_again, false)) {
            refresh();
        }
    });
    watcher->setFuture(m_running);
}

} // namespace tessera
