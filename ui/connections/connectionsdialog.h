// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "store/store.h"

#include <QDialog>
#include <QPointer>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace tessera {

class SyncService;

/**
 * Adds or edits one connection: name, type, URL (or folder), token (kept in the system keychain), and — once
 * a test met a certificate it could not verify — the one certificate trusted for this connection only. Test
 * runs off the GUI thread; so does saving (the store, the keychain). Validates like `tessera-cli sources add`.
 */
class ConnectionForm : public QDialog
{
    Q_OBJECT

public:
    /** `existing`: every source (for unique names); `editing`: the one edited, or none for a new connection. */
    ConnectionForm(QString storePath, SyncService *sync, std::vector<SourceRow> existing,
        std::optional<SourceRow> editing, QWidget *parent = nullptr);

    /** Validates and saves; the form closes once saved, or shows why not and stays. */
    void accept() override;
    /** Tests the connection as filled in (with the token typed, or the stored one). */
    void test();

    QLineEdit *nameField() const { return m_name; }
    QComboBox *typeField() const { return m_type; }
    QLineEdit *locationField() const { return m_location; }
    QLineEdit *tokenField() const { return m_token; }
    QLineEdit *certificateField() const { return m_certificate; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *testButton() const { return m_testButton; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *errorLabel() const { return m_error; }
    bool isTesting() const { return m_testing; }

    /** The SHA-256 fingerprint in a test's message (hex, lower case, no colons), or empty. */
    static QString fingerprintIn(const QString &message);

Q_SIGNALS:
    /** The connection was written to the store (and its token to the keychain). */
    void saved(const tessera::SourceRow &row, bool added, const QString &tokenNote);

private:
    QString kind() const;
    void kindChanged();
    void chooseFolder();
    /** The row as filled in; empty `error` when valid, else why not, with `bad` the field to fix. */
    SourceRow rowFromFields(QString &error, QWidget *&bad) const;
    void showError(const QString &error, QWidget *field);
    void showTestResult(bool ok, const QString &message);
    void setCertificateRowVisible(bool visible);
    void setBusy(bool busy);

    QString m_storePath;
    QPointer<SyncService> m_sync;
    std::vector<SourceRow> m_existing;
    std::optional<SourceRow> m_editing;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLabel *m_locationLabel;
    QLineEdit *m_location;
    QPushButton *m_browse;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QLabel *m_tokenHelp;
    QLabel *m_certificateLabel;
    QLineEdit *m_certificate;
    QPushButton *m_trust;
    QLabel *m_certificateHelp;
    QPushButton *m_testButton;
    QProgressBar *m_busy;
    QLabel *m_testResult;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_fingerprint; ///< of the certificate the last test could not verify
    bool m_testing = false;
    bool m_saving = false;
};

/**
 * The catalog's connections: local folders and catalog endpoints (Backstage, OpenMetadata, Marquez) with their
 * sync state, last sync and message; Add, Edit, Remove and Test. Adding or editing an endpoint syncs it.
 */
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionsDialog(QString storePath, SyncService *sync, QWidget *parent = nullptr);

    /** Reads the connections again (off the GUI thread); loaded() tells when they are shown. */
    void reload();
    /** Opens the form for a new connection (non-blocking: the form is returned, already open). */
    ConnectionForm *addConnection();
    /** Opens the form for the selected connection, or null when none is selected. */
    ConnectionForm *editConnection();
    /** Asks, then removes the selected connection with everything it brought. */
    void removeConnection();
    /** Tests the selected connection with its stored token; the result shows under the list. */
    void testConnection();
    /** Selects the connection called `name`. */
    void select(const QString &name);

    QTreeWidget *list() const { return m_list; }
    QLabel *resultLabel() const { return m_result; }
    const std::vector<SourceRow> &sources() const { return m_rows; }

Q_SIGNALS:
    void loaded();
    /** A connection was added or changed (the endpoint's sync is already asked for). */
    void sourceSaved(const tessera::SourceRow &row, bool added);
    /** A connection was removed with everything it brought. */
    void sourceRemoved(const tessera::SourceRow &row);

private:
    std::optional<SourceRow> selected() const;
    void showRows(std::vector<SourceRow> rows);
    void updateButtons();
    void formSaved(const SourceRow &row, bool added, const QString &tokenNote);
    void setResult(const QString &text, const QColor &color);

    QString m_storePath;
    QPointer<SyncService> m_sync;
    std::vector<SourceRow> m_rows;
    QString m_syncing; ///< the endpoint being synced now
    QStackedWidget *m_stack;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QProgressBar *m_busy;
    QLabel *m_result;
    quint64 m_generation = 0;
    bool m_testing = false;
};

} // namespace tessera
