// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "clicommands.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    // --lang is global and read before anything is printed, so every message is translated.
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
            break;
        }
        if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            language = arguments.at(i).mid(7);
            arguments.remove(i);
            break;
        }
    }
    tessera::installTranslations(app, language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = tessera::cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
