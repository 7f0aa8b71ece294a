// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace tessera {

/**
 * Edit › Preferences: the language of the user interface (applies after a restart, with dates and numbers in
 * that language's format), the organisation's governance policy file (checked before it is kept; applies at
 * once) and the name the review queue signs decisions with. Kept in QSettings.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /** The language chosen in Preferences ("de", "pl", "en"), or empty for the system's. */
    static QString language();
    /** The languages Tessera is translated into, as locale names. */
    static QStringList languages();
    /** The organisation's policy file, or empty for the built-in policies as they are. */
    static QString policyFile();
    /** The name review decisions are signed with, as kept (empty: none kept). */
    static QString reviewer();
    /** Keeps `name` (trimmed) as the reviewer's name; an empty one removes it. */
    static void setReviewer(const QString &name);
    /** The account's user name ($USER, or $USERNAME on Windows): who signs when no name is kept. */
    static QString accountName();

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *policyFileEdit() const { return m_policyFile; }
    QLineEdit *reviewerEdit() const { return m_reviewer; }

    /** Checks the policy file, then keeps everything; stays open with the policy file's error otherwise. */
    void accept() override;

Q_SIGNALS:
    /** The policy file setting changed (empty: none). */
    void policyFileChanged(const QString &path);

private:
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLineEdit *m_policyFile;
    QLabel *m_policyError;
    QLineEdit *m_reviewer;
};

} // namespace tessera
