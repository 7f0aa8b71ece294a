// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "sync/catalogadapter.h"

#include <QCoreApplication>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::CatalogAdapter)
};

} // namespace

std::string jsonString(const nlohmann::json &object, const char *key)
{
    if (!object.is_object()) {
        return {};
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const nlohmann::json &jsonArray(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json empty = nlohmann::json::array();
    if (!object.is_object()) {
        return empty;
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? *it : empty;
}

const nlohmann::json &jsonObject(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json &member = jsonMember(object, key);
    return member.is_object() ? member : empty;
}

const nlohmann::json &jsonMember(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json none;
    if (!object.is_object()) {
        return none;
    }
    const auto it = object.find(key);
    return it != object.end() ? *it : none;
}

double jsonNumber(const nlohmann::json &object, const char *key, double fallback)
{
    if (!object.is_object()) {
        return fallback;
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : fallback;
}

qint64 jsonInteger(const nlohmann::json &object, const char *key, qint64 fallback)
{
    if (!object.is_object()) {
        return fallback;
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<qint64>() : fallback;
}

SyncContext::SyncContext(Store *store, SourceRow source, HttpClient &http,
    std::function<void(const SyncProgress &)> progress, std::function<bool()> cancelled)
    : m_store(store)
    , m_source(std::move(source))
    , m_http(http)
    , m_progress(std::move(progress))
    , m_cancelled(std::move(cancelled))
{ }

QUrl SyncContext::url(const QString &path, const QUrlQuery &query) const
{
    QString base = m_source.location;
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    QUrl url(base + path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

std::optional<nlohmann::json> SyncContext::getJson(const QUrl &url, const QString &what)
{
    if (cancelled()) {
        fail(Tr::tr("Cancelled."), HttpResponse::Outcome::Cancelled);
        return std::nullopt;
    }
    JsonResponse response = m_http.json(url);
    if (!response.ok()) {
        const HttpResponse::Outcome outcome = response.http.outcome;
        fail(Tr::tr("%1: %2").arg(what, response.error), outcome, response.http.status);
        return std::nullopt;
    }
    return std::move(response.json);
}

bool SyncContext::apply(const ImportBatch &batch, bool counted)
{
    if (cancelled()) {
        fail(Tr::tr("Cancelled."), HttpResponse::Outcome::Cancelled);
        return false;
    }
    StoreStatus status;
    if (!m_store || !m_store->apply(m_source.id, batch, status)) {
        fail(status.message);
        return false;
    }
    if (counted) {
        m_written += static_cast<qint64>(batch.files.size());
    }
    if (m_progress) {
        m_progress({ m_source.name, m_phase, m_written, m_total });
    }
    return true;
}

void SyncContext::progress(const QString &phase, qint64 total)
{
    m_phase = phase;
    m_total = total;
    if (m_progress) {
        m_progress({ m_source.name, m_phase, m_written, m_total });
    }
}

void SyncContext::fail(const QString &message, HttpResponse::Outcome outcome, int status)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_outcome = outcome;
        m_failedStatus = status;
    }
}

PushResult CatalogAdapter::push(SyncContext &, const OutboxRow &)
{
    return { PushResult::Outcome::Rejected, Tr::tr("This kind of source does not accept contracts."), {} };
}

PushResult CatalogAdapter::pushDecision(SyncContext &, const ReviewDecision &)
{
    return { PushResult::Outcome::Rejected, Tr::tr("This kind of source does not take review decisions."), {} };
}

std::unique_ptr<CatalogAdapter> CatalogAdapter::create(const QString &kind)
{
    if (kind == QLatin1String("backstage")) {
        return makeBackstageAdapter();
    }
    if (kind == QLatin1String("marquez")) {
        return makeMarquezAdapter();
    }
    if (kind == QLatin1String("openmetadata")) {
        return makeOpenMetadataAdapter();
    }
    return nullptr;
}

QStringList CatalogAdapter::kinds()
{
    return { QStringLiteral("backstage"), QStringLiteral("openmetadata"), QStringLiteral("marquez") };
}

QString CatalogAdapter::kindName(const QString &kind)
{
    if (kind == QLatin1String("backstage")) {
        return Tr::tr("Backstage catalog");
    }
    if (kind == QLatin1String("openmetadata")) {
        return Tr::tr("OpenMetadata");
    }
    if (kind == QLatin1String("marquez")) {
        return Tr::tr("Marquez");
    }
    if (kind == QLatin1String("local")) {
        return Tr::tr("Local folder");
    }
    return kind;
}

} // namespace tessera
