// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "catalog/catalogreader.h"

#include <QUrl>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QScrollArea;
QT_END_NAMESPACE

namespace tessera {

/**
 * A dataset's page: its columns (name, types, classification, description), the contract and
 * product it belongs to, and its neighbours in the lineage (upstream and downstream, with the job
 * between). Reached from a product's ports, from quick open and from tessera://dataset/ links.
 */
class DatasetPage : public QWidget
{
    Q_OBJECT

public:
    /** `column` highlights one column (from a quick-open column hit). */
    explicit DatasetPage(QString ref, QString column = {}, QWidget *parent = nullptr);

    const QString &ref() const { return m_ref; }
    QUrl url() const;
    void setDetails(const DatasetDetails &details);
    void setNotFound();
    const std::optional<DatasetDetails> &details() const { return m_details; }

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void titleChanged(const QString &title);

private:
    QString m_ref;
    QString m_column;
    std::optional<DatasetDetails> m_details;
    QScrollArea *m_scroll = nullptr;
};

} // namespace tessera
