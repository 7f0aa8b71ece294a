// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLineEdit;
QT_END_NAMESPACE

namespace tessera {

/**
 * Asks for the token of a catalog endpoint when no keychain could give one: says why it asks, and that the
 * token is kept in memory only, until Tessera quits.
 */
class TokenDialog : public QDialog
{
    Q_OBJECT

public:
    TokenDialog(const QString &sourceName, const QString &location, const QString &why, QWidget *parent = nullptr);

    QByteArray token() const;
    QLineEdit *tokenField() const { return m_token; }

private:
    QLineEdit *m_token;
};

} // namespace tessera
