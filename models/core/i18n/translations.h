// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace tessera {

/**
 * Installs Tessera's translation, and Qt's own (qtbase) where the system has it, on `app`.
 *
 * `language` is a locale name such as "de" or "pl_PL"; empty means the system locale. A non-empty
 * language also becomes the default QLocale, so numbers and dates match the language of the texts.
 * Tessera's translations are embedded as `:/i18n/tessera_<lang>.qm`; Qt's are read from
 * QLibraryInfo::TranslationsPath when present. The translators are children of `app`.
 *
 * English, the language of the source texts, has a translation too: it holds only the plural forms
 * ("%n error(s)" → "1 error"). The C locale (LANG=C) loads none and shows the source texts as they are.
 *
 * Returns true when a Tessera translation for the language was found and installed; false for
 * languages Tessera is not translated into, which then show the English texts.
 */
bool installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace tessera
