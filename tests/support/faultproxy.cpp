// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "support/faultproxy.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>

namespace tessera::test {

namespace {

constexpr std::size_t kMaxHead = 64 * 1024;
constexpr std::size_t kMaxBody = 16 * 1024 * 1024;
constexpr int kClientTimeoutMs = 10'000; // a client that sends nothing for this long is dropped
constexpr int kUpstreamTimeoutMs = 30'000;

void setTimeout(int fd, int ms)
{
    timeval tv {};
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

bool sendAll(int fd, std::string_view data)
{
    while (!data.empty()) {
        const ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

/** Waits `ms`, returning early (false) when the peer closes or the proxy stops. */
bool pause(int fd, int ms, const std::atomic<bool> &stopping)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (!stopping) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now()).count();
        if (left <= 0) {
            return true;
        }
        pollfd p { fd, POLLIN | POLLRDHUP, 0 };
        const int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 50)));
        if (r > 0) {
            if (p.revents & (POLLRDHUP | POLLHUP | POLLERR)) {
                return false;
            }
            // Data from a client that should be waiting: a pipelined request; read on, it is not ours to judge.
            char buffer[4096];
            if (::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) == 0) {
                return false;
            }
        }
    }
    return false;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

/**
 * Reads one request: its head (rewritten to "Connection: close") and its Content-Length body. False when the
 * client closed or sent something that is not a request this proxy understands.
 */
bool readRequest(int fd, std::string &out)
{
    std::string data;
    std::size_t headEnd = std::string::npos;
    char buffer[16384];
    while ((headEnd = data.find("\r\n\r\n")) == std::string::npos) {
        if (data.size() > kMaxHead) {
            return false;
        }
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        data.append(buffer, static_cast<std::size_t>(n));
    }
    const std::string head = data.substr(0, headEnd);
    std::string rewritten;
    std::size_t contentLength = 0;
    std::size_t pos = 0;
    bool first = true;
    while (pos <= head.size()) {
        std::size_t eol = head.find("\r\n", pos);
        if (eol == std::string::npos) {
            eol = head.size();
        }
        const std::string_view line(head.data() + pos, eol - pos);
        pos = eol + 2;
        if (first) {
            rewritten.append(line).append("\r\n");
            first = false;
            continue;
        }
        const std::size_t colon = line.find(':');
        const std::string name = lower(line.substr(0, colon == std::string_view::npos ? 0 : colon));
        if (name == "connection" || name == "keep-alive" || name == "proxy-connection") {
            continue;
        }
        if (name == "transfer-encoding") {
            return false; // chunked request bodies: not needed by the clients tested
        }
        if (name == "content-length") {
            contentLength = std::strtoull(std::string(line.substr(colon + 1)).c_str(), nullptr, 10);
            if (contentLength > kMaxBody) {
                return false;
            }
        }
        rewritten.append(line).append("\r\n");
    }
    rewritten.append("Connection: close\r\n\r\n");
    std::string body = data.substr(headEnd + 4);
    while (body.size() < contentLength) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        body.append(buffer, static_cast<std::size_t>(n));
    }
    body.resize(contentLength); // anything after it would be a pipelined request: not served (we close)
    out = rewritten + body;
    return true;
}

/** Sends `request` to the upstream and reads its whole answer (it closes after it). */
bool askUpstream(std::uint16_t port, const std::string &request, std::string &response)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    setTimeout(fd, kUpstreamTimeoutMs);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 && sendAll(fd, request);
    if (ok) {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                ok = false;
                break;
            }
            if (n == 0) {
                break;
            }
            response.append(buffer, static_cast<std::size_t>(n));
        }
    }
    ::close(fd);
    return ok && !response.empty();
}

std::string answer(int status, const char *reason, const std::string &extraHeaders, const std::string &message)
{
    const std::string body = R"({"error":{"name":"InjectedFault","message":")" + message + R"("}})";
    return "HTTP/1.1 " + std::to_string(status) + ' ' + reason
        + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + std::to_string(body.size())
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace

std::uint64_t FaultProxy::Stats::injected() const
{
    std::uint64_t sum = 0;
    for (int i = 0; i < static_cast<int>(Fault::Count); ++i) {
        if (i != static_cast<int>(Fault::Pass)) {
            sum += faults[static_cast<std::size_t>(i)];
        }
    }
    return sum;
}

FaultProxy::FaultProxy(std::uint16_t upstreamPort, std::uint32_t seed)
    : m_upstreamPort(upstreamPort)
    , m_random(seed)
{ }

FaultProxy::~FaultProxy()
{
    stop();
}

const char *FaultProxy::faultName(Fault fault)
{
    switch (fault) {
    case Fault::Pass:
        return "pass";
    case Fault::DropBeforeResponse:
        return "drop-before-response";
    case Fault::DropMidResponse:
        return "drop-mid-response";
    case Fault::ServerError:
        return "500";
    case Fault::Unavailable:
        return "503";
    case Fault::Slow:
        return "slow";
    case Fault::Trickle:
        return "trickle";
    case Fault::Stall:
        return "stall";
    case Fault::Count:
        break;
    }
    return "?";
}

bool FaultProxy::start()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listen < 0) {
        return false;
    }
    const int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listen, 64) != 0
        || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &length) != 0) {
        ::close(m_listen);
        m_listen = -1;
        return false;
    }
    m_port = ntohs(addr.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void FaultProxy::stop()
{
    if (m_listen < 0) {
        return;
    }
    m_stopping = true;
    ::shutdown(m_listen, SHUT_RDWR);
    m_acceptThread.join();
    ::close(m_listen);
    m_listen = -1;
    std::unique_lock lock(m_mutex);
    for (const int fd : m_clients) {
        ::shutdown(fd, SHUT_RDWR);
    }
    m_idle.wait(lock, [this] { return m_active == 0; });
}

void FaultProxy::setPlan(const FaultPlan &plan)
{
    std::lock_guard lock(m_mutex);
    m_plan = plan;
}

FaultProxy::Stats FaultProxy::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

int FaultProxy::activeConnections() const
{
    std::lock_guard lock(m_mutex);
    return m_active;
}

void FaultProxy::acceptLoop()
{
    while (!m_stopping) {
        const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) {
            if (errno == EINTR || errno == ECONNABORTED) {
                continue;
            }
            return; // shut down
        }
        {
            std::lock_guard lock(m_mutex);
            m_clients.insert(client);
            ++m_active;
        }
        std::thread([this, client] { serve(client); }).detach();
    }
}

Fault FaultProxy::decide(int &slowMs, int &cutPercent)
{
    std::lock_guard lock(m_mutex);
    const int roll = std::uniform_int_distribution<int>(0, 99)(m_random);
    slowMs
        = std::uniform_int_distribution<int>(m_plan.slowMinMs, std::max(m_plan.slowMinMs, m_plan.slowMaxMs))(m_random);
    cutPercent = std::uniform_int_distribution<int>(1, 99)(m_random);
    const std::pair<int, Fault> table[] = { { m_plan.dropBeforeResponse, Fault::DropBeforeResponse },
        { m_plan.dropMidResponse, Fault::DropMidResponse }, { m_plan.serverError, Fault::ServerError },
        { m_plan.unavailable, Fault::Unavailable }, { m_plan.slow, Fault::Slow }, { m_plan.trickle, Fault::Trickle },
        { m_plan.stall, Fault::Stall } };
    int edge = 0;
    Fault fault = Fault::Pass;
    for (const auto &[percent, which] : table) {
        edge += percent;
        if (roll < edge) {
            fault = which;
            break;
        }
    }
    ++m_stats.requests;
    ++m_stats.faults[static_cast<std::size_t>(fault)];
    return fault;
}

void FaultProxy::serve(int client)
{
    setTimeout(client, kClientTimeoutMs);
    std::string request;
    std::uint64_t sent = 0;
    bool upstreamFailed = false;
    if (readRequest(client, request)) {
        int slowMs = 0;
        int cutPercent = 50;
        const Fault fault = decide(slowMs, cutPercent);
        FaultPlan plan;
        {
            std::lock_guard lock(m_mutex);
            plan = m_plan;
        }
        auto send = [&](std::string_view data) {
            if (sendAll(client, data)) {
                sent += data.size();
                return true;
            }
            return false;
        };
        switch (fault) {
        case Fault::DropBeforeResponse:
            break;
        case Fault::ServerError:
            send(answer(500, "Internal Server Error", {}, "injected 500"));
            break;
        case Fault::Unavailable:
            send(answer(503, "Service Unavailable", "Retry-After: " + std::to_string(plan.retryAfterSeconds) + "\r\n",
                "injected 503"));
            break;
        case Fault::Stall:
            pause(client, plan.stallMs, m_stopping);
            break;
        default: {
            std::string response;
            if (!askUpstream(m_upstreamPort, request, response)) {
                upstreamFailed = true;
                send(answer(502, "Bad Gateway", {}, "the upstream server did not answer"));
                break;
            }
            if (fault == Fault::Slow && !pause(client, slowMs, m_stopping)) {
                break;
            }
            if (fault == Fault::DropMidResponse) {
                // Somewhere after the status line: in the headers or, mostly, in the body.
                const std::size_t headEnd = response.find("\r\n\r\n");
                const std::size_t from = headEnd == std::string::npos ? 1 : headEnd / 2;
                const std::size_t cut = std::clamp<std::size_t>(
                    from + (response.size() - from) * static_cast<std::size_t>(cutPercent) / 100, 1,
                    response.size() - 1);
                send(std::string_view(response).substr(0, cut));
                ::shutdown(client, SHUT_WR);
                break;
            }
            if (fault == Fault::Trickle) {
                const std::size_t piece = std::max<std::size_t>(1, response.size() / 8);
                for (std::size_t at = 0; at < response.size(); at += piece) {
                    if (!send(std::string_view(response).substr(at, piece))
                        || !pause(client, plan.trickleDelayMs, m_stopping)) {
                        break;
                    }
                }
                break;
            }
            send(response);
            break;
        }
        }
    }
    std::lock_guard lock(m_mutex);
    m_stats.bytesToClients += sent;
    if (upstreamFailed) {
        ++m_stats.upstreamFailures;
    }
    m_clients.erase(client);
    ::close(client);
    if (--m_active == 0) {
        m_idle.notify_all();
    }
}

} // namespace tessera::test
