// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "instancechannel.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace tessera;

/** One Tessera per user and store: later starts hand their links and files to the running one. */
class TestInstanceChannel : public QObject
{
    Q_OBJECT

private slots:
    void namesFollowTheStore();
    void nobodyListening();
    void argumentsReachTheRunningInstance();
    void secondListenerIsRefused();
    void staleSocketIsReplaced();
    void garbageIsIgnored();

private:
    static QString uniqueName()
    {
        return QStringLiteral("tessera-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }
};

void TestInstanceChannel::namesFollowTheStore()
{
    const QString a = InstanceChannel::nameFor(QStringLiteral("/home/ana/.local/share/tessera/default/tessera.sqlite"));
    QCOMPARE(a,
        InstanceChannel::nameFor(QStringLiteral("/home/ana/.local/share/tessera/default/../default/tessera.sqlite")));
    QVERIFY(a != InstanceChannel::nameFor(QStringLiteral("/tmp/other.sqlite")));
    QVERIFY(a.startsWith(QStringLiteral("tessera-")));
    QVERIFY(a.size() < 40); // socket paths are short
}

void TestInstanceChannel::nobodyListening()
{
    QVERIFY(!InstanceChannel::send(uniqueName(), { QStringLiteral("tessera://product/x") }, 200));
}

void TestInstanceChannel::argumentsReachTheRunningInstance()
{
    const QString name = uniqueName();
    InstanceChannel channel(name);
    QVERIFY(channel.listen());
    QSignalSpy raised(&channel, &InstanceChannel::raiseRequested);
    QSignalSpy received(&channel, &InstanceChannel::argumentReceived);
    // The sender blocks until the bytes are out; the receiver reads them in its event loop.
    bool sent = false;
    QTimer::singleShot(0, this, [&] {
        sent = InstanceChannel::send(
            name, { QStringLiteral("tessera://product/order-management"), QStringLiteral("contracts/orders.yaml") });
    });
    QTRY_COMPARE(received.count(), 2);
    QVERIFY(sent);
    QCOMPARE(raised.count(), 1);
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("tessera://product/order-management"));
    // A relative path means the sender's folder.
    QCOMPARE(
        received.at(1).at(0).toString(), QDir::current().absoluteFilePath(QStringLiteral("contracts/orders.yaml")));
}

void TestInstanceChannel::secondListenerIsRefused()
{
    const QString name = uniqueName();
    InstanceChannel first(name);
    QVERIFY(first.listen());
    InstanceChannel second(name);
    QVERIFY(!second.listen());
}

void TestInstanceChannel::staleSocketIsReplaced()
{
    // A Tessera that crashed leaves its socket file behind; nobody answers on it.
    const QString name = uniqueName();
    const QString path = QDir::tempPath() + QLatin1Char('/') + name;
    {
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    InstanceChannel channel(name);
    QVERIFY(channel.listen());
    QSignalSpy received(&channel, &InstanceChannel::argumentReceived);
    QTimer::singleShot(0, this, [&] { InstanceChannel::send(name, { QStringLiteral("tessera://product/x") }); });
    QTRY_COMPARE(received.count(), 1);
}

void TestInstanceChannel::garbageIsIgnored()
{
    const QString name = uniqueName();
    InstanceChannel channel(name);
    QVERIFY(channel.listen());
    QSignalSpy received(&channel, &InstanceChannel::argumentReceived);
    QLocalSocket socket;
    socket.connectToServer(name);
    QVERIFY(socket.waitForConnected(1000));
    socket.write(QByteArray(64 * 1024, 'x')); // one endless line
    socket.write("\n\n   \n");
    QVERIFY(socket.waitForBytesWritten(1000));
    QTest::qWait(200);
    QCOMPARE(received.count(), 0);
}

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
