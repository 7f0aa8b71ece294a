// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/quickopen.h"

#include "catalogservice.h"
#include "common/style.h"

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <utility>

namespace tessera {

namespace {

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("product")) {
        return QuickOpen::tr("product");
    }
    if (kind == QLatin1String("contract")) {
        return QuickOpen::tr("contract");
    }
    if (kind == QLatin1String("dataset")) {
        return QuickOpen::tr("dataset");
    }
    if (kind == QLatin1String("column")) {
        return QuickOpen::tr("column");
    }
    return kind;
}

} // namespace

QuickOpen::QuickOpen(CatalogService *service, QWidget *parent)
    : QDialog(parent, Qt::Popup)
    , m_service(service)
    , m_input(new QLineEdit)
    , m_results(new QListWidget)
    , m_hint(new QLabel)
{
    setObjectName(QStringLiteral("quickOpen"));
    setAccessibleName(tr("Quick open"));
    m_input->setObjectName(QStringLiteral("quickOpenInput"));
    m_input->setPlaceholderText(tr("Go to a product, dataset, contract or column…"));
    m_input->setAccessibleName(tr("Quick open: what to go to"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("quickOpenResults"));
    m_results->setAccessibleName(tr("Quick open results"));
    m_results->setUniformItemSizes(true);
    m_results->setFocusPolicy(Qt::NoFocus); // the keys stay in the input; arrows move the selection
    m_hint->setObjectName(QStringLiteral("quickOpenHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Type to search the whole mesh · ↑↓ to move · Enter to open · Esc to close"));

    // A popup has no window frame of its own: a panel outline sets it off the window below.
    auto *panel = new QFrame;
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setFrameShadow(QFrame::Raised);
    panel->setAutoFillBackground(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(panel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(style::kSpacing, style::kSpacing, style::kSpacing, style::kSpacing);
    layout->setSpacing(style::kSpacing);
    layout->addWidget(m_input);
    layout->addWidget(m_results);
    layout->addWidget(m_hint);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &QuickOpen::search);
    connect(m_input, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_input, &QLineEdit::returnPressed, this, &QuickOpen::choose);
    connect(m_results, &QListWidget::itemActivated, this, &QuickOpen::choose);
    connect(m_results, &QListWidget::itemClicked, this, &QuickOpen::choose);
}

void QuickOpen::popUp(QWidget *window)
{
    m_openWhenReady = false;
    m_input->clear();
    m_results->clear();
    const int width = std::min(window->width() - 4 * style::kSpacing, 80 * fontMetrics().averageCharWidth());
    const int height = std::min(window->height() / 2, 28 * fontMetrics().lineSpacing());
    resize(width, height);
    const QPoint topCentre = window->mapToGlobal(QPoint((window->width() - width) / 2, 6 * style::kSpacing));
    move(topCentre);
    show();
    raise();
    activateWindow();
    m_input->setFocus();
}

void QuickOpen::search()
{
    const QString text = m_input->text();
    const quint64 generation = ++m_generation;
    if (text.trimmed().isEmpty() || !m_service) {
        m_results->clear();
        return;
    }
    m_service->run(
        this, [text](CatalogReader &reader) { return reader.quickOpen(text, 40); },
        [this, generation, text](std::vector<QuickOpenItem> items) {
            if (generation != m_generation) {
                return;
            }
            m_results->clear();
            for (const QuickOpenItem &item : items) {
                auto *entry = new QListWidgetItem(style::conceptIcon(item.kind),
                    item.detail.isEmpty() ? item.title
                                          : tr("%1 — %2 · %3").arg(item.title, kindText(item.kind), item.detail));
                entry->setData(Qt::UserRole, item.url);
                entry->setToolTip(item.url);
                m_results->addItem(entry);
            }
            if (m_results->count() > 0) {
                m_results->setCurrentRow(0);
                if (std::exchange(m_openWhenReady, false)) {
                    choose();
                    return;
                }
                m_hint->setText(tr("%n match(es) · Enter opens the selected one", nullptr, m_results->count()));
            } else {
                m_hint->setText(tr("Nothing in the catalog matches \"%1\"").arg(text));
            }
        });
}

void QuickOpen::choose()
{
    if (m_debounce.isActive()) {
        // Enter pressed before the results of the last keystroke: search now, open when they arrive.
        m_debounce.stop();
        m_openWhenReady = true;
        search();
        return;
    }
    QListWidgetItem *item = m_results->currentItem();
    if (!item) {
        return;
    }
    const QString url = item->data(Qt::UserRole).toString();
    hide();
    Q_EMIT urlChosen(url);
}

bool QuickOpen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_results->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_results->setCurrentRow(std::min(row + 1, m_results->count() - 1));
            return true;
        case Qt::Key_Up:
            m_results->setCurrentRow(std::max(row - 1, 0));
            return true;
        case Qt::Key_PageDown:
            m_results->setCurrentRow(std::min(row + 10, m_results->count() - 1));
            return true;
        case Qt::Key_PageUp:
            m_results->setCurrentRow(std::max(row - 10, 0));
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tessera
