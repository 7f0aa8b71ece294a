// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>

namespace tessera::test {

/** What the proxy does to one connection (one request: it makes every connection "Connection: close"). */
enum class Fault {
    Pass, ///< forwarded as it is
    DropBeforeResponse, ///< the request is read, then the connection is closed without an answer
    DropMidResponse, ///< a part of the real answer (headers and some of the body), then the connection is closed
    ServerError, ///< 500, without asking the server
    Unavailable, ///< 503 with Retry-After: 1, without asking the server
    Slow, ///< the real answer after a delay (FaultPlan::slowMinMs..slowMaxMs)
    Trickle, ///< the real answer in small pieces with pauses
    Stall, ///< nothing for FaultPlan::stallMs (longer than the client waits), then closed
    Count
};

/** How often each fault happens, in per cent of connections; the rest pass. */
struct FaultPlan
{
    int dropBeforeResponse = 0;
    int dropMidResponse = 0;
    int serverError = 0;
    int unavailable = 0;
    int slow = 0;
    int trickle = 0;
    int stall = 0;
    int slowMinMs = 10;
    int slowMaxMs = 200;
    int trickleDelayMs = 5; ///< between pieces (about 8 pieces per answer)
    int stallMs = 1000;
    int retryAfterSeconds = 1; ///< the Retry-After of the 503s

    /** No faults: everything passes. */
    static FaultPlan none() { return {}; }
};

/**
 * A fault-injecting HTTP/1.1 proxy on 127.0.0.1 in front of one upstream server (a port on 127.0.0.1), for
 * soak and durability tests: per connection it passes the request through or plays a fault (see Fault),
 * chosen at random by the FaultPlan from a seeded generator.
 *
 * Every request is sent upstream with "Connection: close", so each connection carries exactly one request and
 * the fault decided for it is the fault of that request. Plain sockets and one thread per connection: no event
 * loop is needed in the caller's thread, so a blocking client (SyncEngine) may talk through it.
 */
class FaultProxy
{
public:
    struct Stats
    {
        std::array<std::uint64_t, static_cast<int>(Fault::Count)> faults {}; ///< connections by fault
        std::uint64_t requests = 0; ///< requests read (connections that sent one)
        std::uint64_t upstreamFailures = 0; ///< the server could not be reached or did not answer (answered 502)
        std::uint64_t bytesToClients = 0;

        std::uint64_t injected() const; ///< every fault except Pass
    };

    FaultProxy(std::uint16_t upstreamPort, std::uint32_t seed = 1);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    /** Listens on a free port of 127.0.0.1. */
    bool start();
    /** Stops listening, cuts open connections and waits for their threads. */
    void stop();
    std::uint16_t port() const { return m_port; }

    /** Thread-safe; applies to connections accepted from now on. */
    void setPlan(const FaultPlan &plan);
    Stats stats() const;
    /** Connections being served now (for leak checks: 0 between requests). */
    int activeConnections() const;

    static const char *faultName(Fault fault);

private:
    void acceptLoop();
    void serve(int client);
    Fault decide(int &slowMs, int &cutPercent);

    const std::uint16_t m_upstreamPort;
    std::uint16_t m_port = 0;
    int m_listen = -1;
    std::thread m_acceptThread;
    std::atomic<bool> m_stopping { false };

    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_idle;
    FaultPlan m_plan;
    std::mt19937 m_random;
    Stats m_stats;
    std::set<int> m_clients; // sockets being served
    int m_active = 0;
};

} // namespace tessera::test
