// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/catalogreader.h"
#include "catalog/local/localfoldersource.h"
#include "contract/sourcedocument.h"
#include "governance/policies.h"
#include "governance/policystore.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

/** A contract with an SLA, support, a classified key column and a checked key; `extra` is appended. */
QByteArray contractYaml(const QByteArray &id, const QByteArray &version, const QByteArray &status = "active",
    const QByteArray &properties = {}, const QByteArray &extra = {})
{
    QByteArray text = "apiVersion: v3.1.0\nkind: DataContract\nid: " + id + "\nname: " + id + "\nversion: " + version
        + "\nstatus: " + status + "\ndomain: sales\ndataProduct: sales-product\n";
    text += "schema:\n- name: orders\n  properties:\n";
    text += "  - name: order_id\n    logicalType: string\n    required: true\n    primaryKey: true\n"
            "    classification: internal\n    quality:\n    - metric: duplicateValues\n      mustBe: 0\n";
    text += properties;
    text += extra;
    if (!extra.contains("slaProperties")) {
        text += "slaProperties:\n- property: latency\n  value: 1\n  unit: d\n";
    }
    if (!extra.contains("support")) {
        text += "support:\n- channel: '#sales'\n  url: https://chat.example.com/sales\n";
    }
    return text;
}

ContractRow contractRow(const QByteArray &yaml)
{
    const SourceDocument doc = SourceDocument::fromText(yaml, QStringLiteral("c.yaml"));
    ContractRow row;
    const auto &v = doc.value();
    row.externalId = v.at("id").get<std::string>();
    row.version = v.at("version").get<std::string>();
    row.name = v.at("name").get<std::string>();
    row.status = v.at("status").get<std::string>();
    row.domain = "sales";
    row.dataProduct = "sales-product";
    row.apiVersion = "v3.1.0";
    row.originalText = yaml.toStdString();
    row.format = "yaml";
    row.document = v.dump();
    row.filePath = row.externalId + "-" + row.version + ".odcs.yaml";
    return row;
}

ProductRow productRow(const QByteArray &yaml)
{
    const SourceDocument doc = SourceDocument::fromText(yaml, QStringLiteral("p.yaml"));
    const auto &v = doc.value();
    ProductRow row;
    row.externalId = v.at("id").get<std::string>();
    row.name = v.value("name", row.externalId);
    row.status = v.value("status", std::string());
    row.domain = "sales";
    if (v.contains("team") && v.at("team").contains("name")) {
        row.owner = v.at("team").at("name").get<std::string>();
    }
    for (const char *direction : { "input", "output" }) {
        for (const auto &port : v.value(std::string(direction) + "Ports", nlohmann::json::array())) {
            row.ports.push_back({ direction, port.value("name", std::string()), port.value("version", std::string()),
                port.value("contractId", std::string()), std::string() });
        }
    }
    row.document = v.dump();
    row.filePath = row.externalId + ".odps.yaml";
    return row;
}

int count(const std::vector<PolicyFinding> &findings, const char *policy)
{
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
        [policy](const PolicyFinding &f) { return f.policyId == QLatin1String(policy); }));
}

std::vector<PolicyFinding> only(const std::vector<PolicyFinding> &findings, const char *policy)
{
    std::vector<PolicyFinding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
        [policy](const PolicyFinding &f) { return f.policyId == QLatin1String(policy); });
    return out;
}

PolicyConfig configFrom(const QByteArray &yaml, Findings &errors)
{
    return PolicyConfig::fromDocument(SourceDocument::fromText(yaml, QStringLiteral("policies.yaml")), errors);
}

} // namespace

/** Governance policies over the store: the built-ins, the organisation's policy file, the demo mesh. */
class TestPolicies : public QObject
{
    Q_OBJECT

private slots:
    void productOwner();
    void slaAndSupport();
    void personalDataNames_data();
    void personalDataNames();
    void personalDataClassified();
    void breakingNeedsMajor();
    void productionNoDeprecatedInputs();
    void primaryKeyQuality();
    void policyFileOverrides();
    void customRules();
    void policyFileErrors_data();
    void policyFileErrors();
    void demoMesh();

private:
    std::unique_ptr<Store> store(
        const std::vector<QByteArray> &contracts, const std::vector<QByteArray> &products = {});
    std::vector<PolicyFinding> evaluate(const std::vector<QByteArray> &contracts,
        const std::vector<QByteArray> &products = {}, PolicyConfig config = {});

    QTemporaryDir m_dir;
    int m_stores = 0;
};

std::unique_ptr<Store> TestPolicies::store(
    const std::vector<QByteArray> &contracts, const std::vector<QByteArray> &products)
{
    StoreStatus status;
    auto db = Store::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_stores)), status);
    if (!db) {
        return db;
    }
    const auto source = db->ensureSource(QStringLiteral("local"), QStringLiteral("test"), m_dir.path(), status);
    ImportBatch batch;
    for (const auto &c : contracts) {
        batch.contracts.push_back(contractRow(c));
    }
    for (const auto &p : products) {
        batch.products.push_back(productRow(p));
    }
    if (!source || !db->apply(*source, batch, status)) {
        qWarning() << status.message;
        return nullptr;
    }
    return db;
}

std::vector<PolicyFinding> TestPolicies::evaluate(
    const std::vector<QByteArray> &contracts, const std::vector<QByteArray> &products, PolicyConfig config)
{
    auto db = store(contracts, products);
    if (!db) {
        return {};
    }
    return PolicyEngine(std::move(config)).evaluate(*db);
}

void TestPolicies::productOwner()
{
    const auto findings = evaluate({},
        { "id: owned\nname: Owned\nstatus: active\nteam:\n  name: Sales Data\n",
            "id: orphan\nname: Orphan\nstatus: active\n",
            "id: nameless-team\nname: Nameless\nstatus: active\nteam:\n  description: nobody\n" });
    const auto owner = only(findings, "product-owner");
    QCOMPARE(owner.size(), 2u);
    QCOMPARE(owner[0].subjectId, QStringLiteral("nameless-team"));
    QCOMPARE(owner[0].pointer, std::string("/team/name"));
    QCOMPARE(owner[1].subjectId, QStringLiteral("orphan"));
    QCOMPARE(owner[1].pointer, std::string("/team"));
    QCOMPARE(owner[1].subjectKind, QStringLiteral("product"));
    QCOMPARE(owner[1].productId, QStringLiteral("orphan"));
    QCOMPARE(owner[1].domain, QStringLiteral("sales"));
    QCOMPARE(owner[1].severity, Severity::Error);
    QVERIFY(owner[1].message.contains(QStringLiteral("Orphan")));
}

void TestPolicies::slaAndSupport()
{
    const auto findings = evaluate(
        { contractYaml("complete", "1.0.0"), contractYaml("no-sla", "1.0.0", "active", {}, "slaProperties: []\n"),
            contractYaml("no-support", "1.0.0", "active", {}, "support: []\n") });
    const auto sla = only(findings, "contract-sla-and-support");
    QCOMPARE(sla.size(), 2u);
    QCOMPARE(sla[0].subjectId, QStringLiteral("no-sla"));
    QCOMPARE(sla[0].pointer, std::string("/slaProperties"));
    QCOMPARE(sla[0].subjectVersion, QStringLiteral("1.0.0"));
    QCOMPARE(sla[0].productId, QStringLiteral("sales-product"));
    QCOMPARE(sla[1].subjectId, QStringLiteral("no-support"));
    QCOMPARE(sla[1].pointer, std::string("/support"));
    QCOMPARE(findings.size(), 2u);
}

void TestPolicies::personalDataNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("personal");
    const std::pair<const char *, bool> cases[] = {
        { "email", true },
        { "contact_email", true },
        { "customerEmail", true },
        { "phone_number", true },
        { "first_name", true },
        { "LastName", true },
        { "full_name", true },
        { "customer_name", true },
        { "street_address", true },
        { "postal_code", true },
        { "date_of_birth", true },
        { "dob", true },
        { "birthDate", true },
        { "iban", true },
        { "payout_iban_hash", true },
        { "ip_address", true },
        { "client_ip", true },
        { "product_name", false },
        { "restaurant_name", false },
        { "zone_name", false },
        { "address_id", false },
        { "email_type", false },
        { "order_id", false },
        { "shipping_fee", false },
        { "description", false },
        { "tip_amount", false },
    };
    for (const auto &[name, personal] : cases) {
        QTest::newRow(name) << QString::fromLatin1(name) << personal;
    }
}

void TestPolicies::personalDataNames()
{
    QFETCH(QString, name);
    QFETCH(bool, personal);
    QCOMPARE(PolicyEngine::suggestsPersonalData(name), personal);
}

void TestPolicies::personalDataClassified()
{
    const QByteArray properties = "  - name: email\n    logicalType: string\n"
                                  "  - name: first_name\n    logicalType: string\n    classification: restricted\n"
                                  "  - name: email_verified\n    logicalType: boolean\n"
                                  "  - name: product_name\n    logicalType: string\n"
                                  "  - name: address\n    logicalType: object\n    classification: restricted\n"
                                  "    properties:\n    - name: street\n      logicalType: string\n"
                                  "    - name: city\n      logicalType: string\n";
    const auto findings
        = only(evaluate({ contractYaml("people", "1.0.0", "active", properties) }), "personal-data-classified");
    QCOMPARE(findings.size(), 2u);
    QCOMPARE(findings[0].pointer, std::string("/schema/0/properties/1/classification"));
    QVERIFY(findings[0].message.contains(QStringLiteral("orders.email")));
    QCOMPARE(findings[1].pointer, std::string("/schema/0/properties/5/properties/0/classification"));
    QVERIFY(findings[1].message.contains(QStringLiteral("orders.address.street")));

    // Classified everywhere: nothing to say.
    const QByteArray classified = "  - name: email\n    logicalType: string\n    classification: restricted\n";
    QCOMPARE(count(evaluate({ contractYaml("people", "1.0.0", "active", classified) }), "personal-data-classified"), 0);
}

void TestPolicies::breakingNeedsMajor()
{
    const QByteArray withCustomer = "  - name: customer_id\n    logicalType: string\n";
    // 1.0.0 → 1.1.0 removes a column (breaking) without a major version; 1.1.0 → 2.0.0 removes another, fine.
    const QByteArray withTotal = withCustomer + "  - name: total\n    logicalType: number\n";
    const auto findings = evaluate({ contractYaml("orders", "1.0.0", "deprecated", withTotal),
        contractYaml("orders", "1.1.0", "deprecated", withCustomer), contractYaml("orders", "2.0.0") });
    const auto breaking = only(findings, "breaking-needs-major");
    QCOMPARE(breaking.size(), 1u);
    QCOMPARE(breaking[0].subjectVersion, QStringLiteral("1.1.0"));
    QCOMPARE(breaking[0].pointer, std::string("/version"));
    QVERIFY(breaking[0].message.contains(QStringLiteral("2.0.0")));

    // Additions only, in a minor version: no finding.
    QCOMPARE(
        count(evaluate({ contractYaml("orders", "1.0.0"), contractYaml("orders", "1.1.0", "active", withCustomer) }),
            "breaking-needs-major"),
        0);
}

void TestPolicies::productionNoDeprecatedInputs()
{
    const auto findings = evaluate({ contractYaml("old-feed", "1.0.0", "deprecated"), contractYaml("new-feed", "1.0.0"),
                                       contractYaml("pinned", "1.0.0", "retired"), contractYaml("pinned", "2.0.0") },
        {
            "id: consumer\nname: Consumer\nstatus: active\nteam: {name: T}\ninputPorts:\n"
            "- name: fresh\n  contractId: new-feed\n  version: 1.0.0\n"
            "- name: stale\n  contractId: old-feed\n  version: 1.0.0\n"
            "- name: pinned-old\n  contractId: pinned\n  version: 1.0.0\n"
            "- name: pinned-new\n  contractId: pinned\n  version: 2.0.0\n",
            "id: sandbox\nname: Sandbox\nstatus: draft\nteam: {name: T}\ninputPorts:\n"
            "- name: stale\n  contractId: old-feed\n",
        });
    const auto deprecated = only(findings, "production-no-deprecated-inputs");
    QCOMPARE(deprecated.size(), 2u);
    QCOMPARE(deprecated[0].subjectId, QStringLiteral("consumer"));
    QCOMPARE(deprecated[0].pointer, std::string("/inputPorts/1"));
    QVERIFY(deprecated[0].message.contains(QStringLiteral("old-feed")));
    QCOMPARE(deprecated[0].severity, Severity::Warning);
    QCOMPARE(deprecated[1].pointer, std::string("/inputPorts/2"));
    QVERIFY(deprecated[1].message.contains(QStringLiteral("retired")));
}

void TestPolicies::primaryKeyQuality()
{
    // order_id (from contractYaml) is fine. line_no: neither unique nor not null. Composite key of object 2 is
    // covered by a table-level rule naming both columns; object 3's rule names a non-key column.
    const QByteArray properties = "  - name: line_no\n    primaryKey: true\n    logicalType: integer\n";
    const QByteArray extra = "- name: items\n  properties:\n"
                             "  - {name: a, primaryKey: true, required: true}\n"
                             "  - {name: b, primaryKey: true, quality: [{metric: nullValues, mustBe: 0}]}\n"
                             "  quality:\n  - metric: duplicateValues\n    mustBe: 0\n"
                             "    arguments: {properties: [a, b]}\n"
                             "- name: loose\n  properties:\n"
                             "  - {name: k, primaryKey: true, required: true}\n"
                             "  - {name: other}\n"
                             "  quality:\n  - metric: duplicateValues\n    mustBe: 0\n"
                             "    arguments: {properties: [other]}\n";
    const auto findings
        = only(evaluate({ contractYaml("keys", "1.0.0", "active", properties, extra) }), "primary-key-quality");
    QCOMPARE(findings.size(), 2u);
    // line_no shares the key of "orders" with order_id, whose duplicateValues rule makes the key unique; it is
    // not required, though.
    QCOMPARE(findings[0].pointer, std::string("/schema/0/properties/1/required"));
    QCOMPARE(findings[1].pointer, std::string("/schema/2/properties/0/quality"));
    QVERIFY(findings[1].message.contains(QStringLiteral("loose")));

    QCOMPARE(count(evaluate({ contractYaml("keys", "1.0.0") }), "primary-key-quality"), 0);
}

void TestPolicies::policyFileOverrides()
{
    Findings errors;
    const auto config = configFrom("policies:\n  personal-data-classified: { severity: info }\n"
                                   "  product-owner: { enabled: false }\n",
        errors);
    QVERIFY2(errors.empty(), errors.empty() ? "" : qPrintable(errors.front().message));
    const PolicyEngine engine(config);
    const auto policies = engine.policies();
    QCOMPARE(policies.size(), 6u);
    for (const auto &p : policies) {
        QVERIFY(!p.title.isEmpty());
        QVERIFY(!p.rationale.isEmpty());
        QCOMPARE(p.enabled, p.id != QLatin1String("product-owner"));
        if (p.id == QLatin1String("personal-data-classified")) {
            QCOMPARE(p.severity, Severity::Info);
        }
    }
    const auto findings
        = evaluate({ contractYaml("people", "1.0.0", "active", "  - name: email\n    logicalType: string\n") },
            { "id: orphan\nname: Orphan\nstatus: active\n" }, config);
    QCOMPARE(findings.size(), 1u);
    QCOMPARE(findings[0].policyId, QStringLiteral("personal-data-classified"));
    QCOMPARE(findings[0].severity, Severity::Info);
}

void TestPolicies::customRules()
{
    Findings errors;
    const auto config = configFrom(R"(rules:
  - id: acme-purpose-required
    severity: error
    title: Contracts state their purpose
    rationale: Consumers need to know what the data is for.
    on: contract
    when: { field: status, equals: active }
    require: { field: description.purpose, present: true }
  - id: acme-snake-case
    on: property
    require: { field: name, matches: "[a-z][a-z0-9_]*" }
  - id: acme-physical-type
    severity: info
    on: schema
    when: { field: name, in: [orders, items] }
    require: { field: physicalType, in: [table, view] }
  - id: acme-no-draft-servers
    on: contract
    require: { field: servers.0.environment, equals: prod }
)",
        errors);
    QVERIFY2(errors.empty(), errors.empty() ? "" : qPrintable(errors.front().message));
    QCOMPARE(config.rules.size(), 4u);
    const auto policies = PolicyEngine(config).policies();
    QCOMPARE(policies.size(), 10u);
    QCOMPARE(policies[6].id, QStringLiteral("acme-purpose-required"));
    QCOMPARE(policies[6].title, QStringLiteral("Contracts state their purpose"));
    QVERIFY(!policies[6].builtIn);
    QCOMPARE(policies[7].severity, Severity::Warning); // the default for custom rules

    const QByteArray purpose = "description:\n  purpose: Orders.\n";
    const QByteArray servers = "servers:\n- server: s\n  type: postgres\n  environment: prod\n";
    const auto findings = evaluate(
        {
            contractYaml("a-good", "1.0.0", "active", {}, purpose + servers),
            contractYaml("b-no-purpose", "1.0.0", "active", "  - name: BadName\n    logicalType: string\n", servers),
            contractYaml("c-draft-no-purpose", "1.0.0", "draft", {}, servers),
        },
        {}, config);
    // orders has no physicalType in any contract: 3 × acme-physical-type.
    QCOMPARE(count(findings, "acme-physical-type"), 3);
    const auto physical = only(findings, "acme-physical-type");
    QCOMPARE(physical[0].pointer, std::string("/schema/0/physicalType"));
    QCOMPARE(physical[0].severity, Severity::Info);
    QVERIFY(physical[0].message.contains(QStringLiteral("orders")));

    const auto purposeFindings = only(findings, "acme-purpose-required");
    QCOMPARE(purposeFindings.size(), 1u);
    QCOMPARE(purposeFindings[0].subjectId, QStringLiteral("b-no-purpose"));
    QCOMPARE(purposeFindings[0].pointer, std::string("/description/purpose"));
    QCOMPARE(purposeFindings[0].severity, Severity::Error);

    const auto snake = only(findings, "acme-snake-case");
    QCOMPARE(snake.size(), 1u);
    QCOMPARE(snake[0].pointer, std::string("/schema/0/properties/1/name"));
    QVERIFY(snake[0].message.contains(QStringLiteral("BadName")));

    QCOMPARE(count(findings, "acme-no-draft-servers"), 0);
    const auto noServers = evaluate({ contractYaml("d", "1.0.0", "draft") }, {}, config);
    const auto server = only(noServers, "acme-no-draft-servers");
    QCOMPARE(server.size(), 1u);
    QCOMPARE(server[0].pointer, std::string("/servers/0/environment"));
}

void TestPolicies::policyFileErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");

    QTest::newRow("unknown policy") << QByteArray("policies:\n  product-owner: {enabled: false}\n  no-such: {}\n") << 3
                                    << QStringLiteral("no-such");
    QTest::newRow("unknown key at the top") << QByteArray("policies: {}\nrulez: []\n") << 2 << QStringLiteral("rulez");
    QTest::newRow("unknown key in a policy")
        << QByteArray("policies:\n  product-owner:\n    enabled: false\n    level: error\n") << 4
        << QStringLiteral("level");
    QTest::newRow("bad severity") << QByteArray("policies:\n  product-owner:\n    severity: fatal\n") << 3
                                  << QStringLiteral("fatal");
    QTest::newRow("bad rule severity") << QByteArray(
        "rules:\n- id: r\n  severity: high\n  require: {field: name, present: true}\n")
                                       << 3 << QStringLiteral("high");
    QTest::newRow("bad regex") << QByteArray("rules:\n- id: r\n  on: property\n  require:\n    field: name\n"
                                             "    matches: \"[a-z\"\n")
                               << 6 << QStringLiteral("[a-z");
    QTest::newRow("missing require") << QByteArray(
        "rules:\n- id: r\n  require: {field: a, present: true}\n- id: s\n  title: S\n")
                                     << 4 << QStringLiteral("\"s\"");
    QTest::newRow("unknown key in a rule")
        << QByteArray("rules:\n- id: r\n  require: {field: name, present: true}\n  scope: contract\n") << 4
        << QStringLiteral("scope");
    QTest::newRow("bad on") << QByteArray("rules:\n- id: r\n  on: column\n  require: {field: name, present: true}\n")
                            << 3 << QStringLiteral("column");
    QTest::newRow("two kinds in a condition")
        << QByteArray("rules:\n- id: r\n  require:\n    field: name\n    present: true\n    equals: x\n") << 3
        << QStringLiteral("more than one");
    QTest::newRow("no field") << QByteArray("rules:\n- id: r\n  when:\n    equals: x\n  require: {field: a, present: "
                                            "true}\n")
                              << 3 << QStringLiteral("field");
    QTest::newRow("taken id") << QByteArray("rules:\n- id: product-owner\n  require: {field: a, present: true}\n") << 2
                              << QStringLiteral("taken");
    QTest::newRow("not yaml") << QByteArray("policies:\n  a: [\n") << 3 << QString();
}

void TestPolicies::policyFileErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, says);
    Findings errors;
    configFrom(text, errors);
    QVERIFY(!errors.empty());
    QCOMPARE(errors.front().location.line, line);
    QVERIFY(errors.front().location.column > 0);
    QCOMPARE(errors.front().severity, Severity::Error);
    QVERIFY2(errors.front().message.contains(says), qPrintable(errors.front().message));
}

void TestPolicies::demoMesh()
{
    StoreStatus status;
    auto db = Store::open(m_dir.filePath(QStringLiteral("mesh.sqlite")), status);
    QVERIFY(db);
    const auto source = db->ensureSource(QStringLiteral("local"), QStringLiteral("demo"), kMeshDir, status);
    QVERIFY(source);
    LocalScanReport report;
    QVERIFY(db->apply(*source, LocalFolderSource(kMeshDir).scan({}, report), status));
    const auto findings = PolicyEngine().evaluate(*db);
    std::map<QString, int> perPolicy;
    for (const auto &f : findings) {
        ++perPolicy[f.policyId];
        QVERIFY(!f.message.isEmpty());
        QVERIFY(!f.domain.isEmpty());
        QVERIFY(!f.pointer.empty());
    }
    QCOMPARE(perPolicy[QStringLiteral("product-owner")], 0);
    QCOMPARE(perPolicy[QStringLiteral("contract-sla-and-support")], 0);
    QCOMPARE(perPolicy[QStringLiteral("personal-data-classified")], 0);
    QCOMPARE(perPolicy[QStringLiteral("production-no-deprecated-inputs")], 0);
    QCOMPARE(perPolicy[QStringLiteral("primary-key-quality")], 0);
    // payment-transactions 1.1.0 (proposed) drops the server payments-lake-prod, a breaking change, as a minor version.
    QCOMPARE(perPolicy[QStringLiteral("breaking-needs-major")], 1);
    const auto breaking = only(findings, "breaking-needs-major");
    QCOMPARE(breaking[0].subjectId, QStringLiteral("payment-transactions"));
    QCOMPARE(breaking[0].subjectVersion, QStringLiteral("1.1.0"));
    QCOMPARE(breaking[0].domain, QStringLiteral("payments"));
    QCOMPARE(breaking[0].severity, Severity::Error);
    QCOMPARE(findings.size(), 1u);
    // Evaluating twice gives the same findings.
    QCOMPARE(PolicyEngine().evaluate(*db), findings);

    // Kept in the store for the product pages: the product publishing the contract sees the finding, with the
    // field it is about; a product that only reads it does not; evaluating again replaces what was kept.
    QVERIFY2(savePolicyFindings(*db, findings, status), qPrintable(status.message));
    const auto kept = productPolicyFindings(db->connection(), QStringLiteral("payment-processing"));
    QCOMPARE(kept.size(), 1u);
    QCOMPARE(kept[0], findings[0]);
    QVERIFY(productPolicyFindings(db->connection(), QStringLiteral("fraud-detection")).empty());
    CatalogReader reader(*db);
    const auto page = reader.product(QStringLiteral("payment-processing"));
    QVERIFY(page);
    QCOMPARE(page->findings.size(), 1u);
    QVERIFY(savePolicyFindings(*db, {}, status));
    QVERIFY(productPolicyFindings(db->connection(), QStringLiteral("payment-processing")).empty());
}

QTEST_GUILESS_MAIN(TestPolicies)
#include "tst_policies.moc"
