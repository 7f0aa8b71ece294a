// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "governance/policystore.h"

#include <QCoreApplication>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Policies)
};

constexpr const char *kColumns = "SELECT policy_id, severity, subject_kind, subject_id, subject_version, "
                                 "subject_name, domain, product_id, pointer, message FROM policy_findings ";

/** Reads the rows of a query over kColumns. */
std::vector<PolicyFinding> findingsFrom(sql::Statement &st)
{
    std::vector<PolicyFinding> out;
    while (st.next()) {
        PolicyFinding f;
        f.policyId = st.qtext(0);
        f.severity = parseSeverity(st.text(1)).value_or(Severity::Warning); // written by severityName(): valid
        f.subjectKind = st.qtext(2);
        f.subjectId = st.qtext(3);
        f.subjectVersion = st.qtext(4);
        f.subjectName = st.qtext(5);
        f.domain = st.qtext(6);
        f.productId = st.qtext(7);
        f.pointer = st.text(8);
        f.message = st.qtext(9);
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace

bool savePolicyFindings(Store &store, const std::vector<PolicyFinding> &findings, StoreStatus &status)
{
    sql::Connection &db = store.connection();
    sql::Transaction tx(db);
    const QString what = Tr::tr("Keeping the policy findings");
    if (!tx.status().ok()) {
        status = Store::failure(tx.status(), what);
        return false;
    }
    auto clear = db.prepare("DELETE FROM policy_findings");
    if (!Store::write(clear, what, status)) {
        return false;
    }
    auto insert = db.prepare("INSERT INTO policy_findings(policy_id, severity, subject_kind, subject_id, "
                             "subject_version, subject_name, domain, product_id, pointer, message) VALUES (?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?)");
    for (const PolicyFinding &f : findings) {
        insert.bind(1, f.policyId)
            .bind(2, QString::fromLatin1(severityName(f.severity)))
            .bind(3, f.subjectKind)
            .bind(4, f.subjectId)
            .bind(5, f.subjectVersion)
            .bind(6, f.subjectName)
            .bind(7, f.domain)
            .bind(8, f.productId)
            .bind(9, std::string_view(f.pointer))
            .bind(10, f.message);
        if (!Store::write(insert, what, status)) {
            return false;
        }
    }
    if (const sql::Status s = tx.commit(); !s.ok()) {
        status = Store::failure(s, what);
        return false;
    }
    return true;
}

std::vector<PolicyFinding> productPolicyFindings(sql::Connection &db, const QString &productId)
{
    auto st = db.prepare(std::string(kColumns)
        + "WHERE product_id = ?1 OR (subject_kind = 'product' AND subject_id = ?1) OR (subject_kind = 'contract' AND "
          "subject_id IN (SELECT pp.contract_external_id FROM product_ports pp JOIN products p ON p.id = "
          "pp.product_id WHERE p.external_id = ?1 AND pp.direction = 'output')) ORDER BY CASE severity WHEN 'error' "
          "THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, subject_kind, subject_id, id");
    st.bind(1, productId);
    return findingsFrom(st);
}

std::vector<PolicyFinding> contractPolicyFindings(
    sql::Connection &db, const QString &contractId, const QString &version)
{
    auto st = db.prepare(std::string(kColumns)
        + "WHERE subject_kind = 'contract' AND subject_id = ? AND subject_version = ? ORDER BY CASE severity WHEN "
          "'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, id");
    st.bind(1, contractId).bind(2, version);
    return findingsFrom(st);
}

std::vector<PolicyFinding> domainPolicyFindings(sql::Connection &db, const QString &domain)
{
    auto st = db.prepare(std::string(kColumns)
        + "WHERE ?1 = '' OR domain = ?1 ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 "
          "END, domain, product_id, subject_kind, subject_id, id");
    st.bind(1, domain);
    return findingsFrom(st);
}

} // namespace tessera
