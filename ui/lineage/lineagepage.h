// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "lineage/lineagealgorithms.h"
#include "lineagegraphmodel.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;
QT_END_NAMESPACE

namespace tessera {

class CatalogService;
class LineageScene;
class LineageView;

/**
 * The lineage view as a document: a toolbar (upstream and downstream depth, level, jobs, filters,
 * search, fit, export), the graph, and a side panel with the selected node's details, its impact
 * downstream, or the path between two selected nodes. Reached as tessera://lineage/ID (a product,
 * contract, dataset or node key).
 */
class LineagePage : public QWidget
{
    Q_OBJECT

public:
    LineagePage(CatalogService *service, QString start, QWidget *parent = nullptr);
    ~LineagePage() override;

    QUrl url() const;
    const QString &start() const { return m_start; }

    LineageGraphModel *model() const { return m_model; }
    LineageScene *scene() const { return m_scene; }
    LineageView *view() const { return m_view; }

    /** Opens a dataset's columns (column mode), optionally focused on one column. */
    void showColumns(const QString &datasetKey, const QString &column = {});
    /** Back from column mode to the datasets. */
    void showDatasets();

    /** Writes the view as SVG, PNG, DOT or GraphML (by the file's suffix); false with `error` set on failure. */
    bool exportTo(const QString &path, QString *error = nullptr);
    /** Writes the impact of the selected node as CSV or JSON (by suffix). */
    bool exportImpact(const QString &path, QString *error = nullptr);

    /** Moves to the next node matching the search field (wrapping). */
    void nextMatch();

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void titleChanged(const QString &title);

private:
    QWidget *createToolbar();
    QWidget *createSidePanel();
    void applyView();
    /** Frames a new graph: whole when readable so, else the start and its neighbours. */
    void frameStart();
    void onGraphReset();
    void onSelectionChanged();
    void showDetails(std::int64_t id);
    void showPath(std::int64_t from, std::int64_t to);
    void updateStatus();
    void chooseExport();
    void chooseImpactExport();
    void rebuildFilterMenu();

    QString m_start;
    LineageGraphModel *m_model;
    LineageScene *m_scene;
    LineageView *m_view;
    QSpinBox *m_upstream = nullptr;
    QSpinBox *m_downstream = nullptr;
    QComboBox *m_level = nullptr;
    QCheckBox *m_jobs = nullptr;
    QCheckBox *m_indirect = nullptr; ///< column mode: INDIRECT edges too
    QToolButton *m_filters = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_matches = nullptr;
    QPushButton *m_backToDatasets = nullptr;
    QLabel *m_status = nullptr;
    QVBoxLayout *m_details = nullptr;
    QTreeWidget *m_impact = nullptr;
    QPushButton *m_exportImpact = nullptr;
    QSplitter *m_splitter = nullptr;
    std::vector<std::int64_t> m_matchList;
    std::size_t m_matchIndex = 0;
    std::vector<lineage::ImpactEntry> m_impactEntries;
    QString m_impactOf;
    bool m_fitOnNextGraph = true;
};

} // namespace tessera
