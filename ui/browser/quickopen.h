// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QListWidget;
QT_END_NAMESPACE

namespace tessera {

class CatalogService;

/**
 * The quick-open palette (Ctrl+K): type a few letters of a product, dataset, contract or column and
 * press Enter. Searches off the GUI thread as you type; arrows move through the results; Escape
 * closes.
 */
class QuickOpen : public QDialog
{
    Q_OBJECT

public:
    QuickOpen(CatalogService *service, QWidget *parent);

    /** Shows the palette over the top of `window`, empty and focused. */
    void popUp(QWidget *window);

    QLineEdit *input() const { return m_input; }
    QListWidget *results() const { return m_results; }

Q_SIGNALS:
    /** The user chose an entry: open this tessera:// URL. */
    void urlChosen(const QString &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void choose();

    QPointer<CatalogService> m_service;
    QLineEdit *m_input;
    QListWidget *m_results;
    QLabel *m_hint;
    QTimer m_debounce;
    quint64 m_generation = 0;
    bool m_openWhenReady = false; ///< Enter came before the results of the last keystroke
};

} // namespace tessera
