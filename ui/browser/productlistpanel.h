// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "catalog/catalogreader.h"

#include <QTimer>
#include <QWidget>

#include <map>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
QT_END_NAMESPACE

namespace tessera {

class CatalogService;
class ProductListModel;

/**
 * The product list with its search field: type and the list follows (debounced, searched off the GUI
 * thread, ranked); a count of what matched; a sort order; arrows move, Enter or a click opens.
 * When nothing matches, or the catalog is empty, it says so and offers the next step.
 */
class ProductListPanel : public QWidget
{
    Q_OBJECT

public:
    /** The pause after the last keystroke before a search runs. */
    static constexpr int kDebounceMs = 150;

    ProductListPanel(CatalogService *service, QWidget *parent = nullptr);

    /** The words, filters and order the list shows now. */
    ProductQuery query() const;
    void setFilters(const std::multimap<QString, QString> &filters);
    void setSearchText(const QString &text);

    /** Focuses the search field and selects its text (Ctrl+F). */
    void focusSearch();

    ProductQuery::Order order() const;
    void setOrder(ProductQuery::Order order);

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_view; }
    ProductListModel *model() const { return m_model; }

Q_SIGNALS:
    /** The query changed (the sidebar recounts its facets for it). */
    void queryChanged(const ProductQuery &query);
    void productActivated(const QString &id);
    /** The catalog is empty and the user asked for a next step. */
    void addFolderRequested();
    void loadDemoRequested();

private:
    void apply();
    void updateState();
    void showUnavailable(const QString &message);

    ProductListModel *m_model;
    QLineEdit *m_search;
    QLabel *m_count;
    QComboBox *m_sort;
    QListView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyAction;
    QPushButton *m_emptySecondary;
    QTimer m_debounce;
    std::multimap<QString, QString> m_filters;
    QString m_unavailable; ///< why the catalog cannot be read, while it cannot
    CatalogService *m_service;
};

} // namespace tessera
