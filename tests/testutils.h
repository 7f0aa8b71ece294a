// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

namespace tessera::test {

/** A path under ../shared/fixtures. */
inline QString fixture(const QString &relative)
{
    return QStringLiteral(TESSERA_FIXTURES_DIR "/") + relative;
}

/** A path under tests/data. */
inline QString testData(const QString &relative)
{
    return QStringLiteral(TESSERA_TEST_DATA_DIR "/") + relative;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

/** Every file matching `pattern` in the fixture folder `folder`, sorted. */
inline QStringList fixtures(const QString &folder, const QString &pattern = QStringLiteral("*.yaml"))
{
    QStringList out;
    const QDir dir(fixture(folder));
    for (const QString &name : dir.entryList({ pattern }, QDir::Files, QDir::Name)) {
        out << dir.filePath(name);
    }
    return out;
}

} // namespace tessera::test
