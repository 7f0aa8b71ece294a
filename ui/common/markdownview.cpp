// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "common/markdownview.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTextDocument>

namespace tessera {

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Transparent on its card; text selectable and links reachable with the keyboard.
    viewport()->setAutoFillBackground(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    document()->setDocumentMargin(0);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownView::activate);
}

bool MarkdownView::isSafeExternalScheme(const QString &scheme)
{
    const QString s = scheme.toLower();
    return s == QLatin1String("http") || s == QLatin1String("https") || s == QLatin1String("mailto");
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    // GitHub's dialect (tables, strike-through, autolinks) without any HTML, block or inline.
    document()->setMarkdown(markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    fitHeight();
}

QVariant MarkdownView::loadResource(int, const QUrl &)
{
    return {}; // images and style sheets of untrusted text are never fetched, from anywhere
}

void MarkdownView::activate(const QUrl &url)
{
    if (url.scheme() == QLatin1String("tessera")) {
        Q_EMIT internalLinkActivated(url);
    } else if (isSafeExternalScheme(url.scheme()) && url.isValid()) {
        QDesktopServices::openUrl(url);
        Q_EMIT externalLinkOpened(url);
    }
    // Anything else (file:, javascript:, relative paths) is ignored.
}

QSize MarkdownView::sizeHint() const
{
    const QSize size = QTextBrowser::sizeHint();
    return { size.width(), static_cast<int>(document()->size().height()) + 2 * frameWidth() };
}

QSize MarkdownView::minimumSizeHint() const
{
    return { 0, sizeHint().height() };
}

void MarkdownView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitHeight();
}

void MarkdownView::fitHeight()
{
    document()->setTextWidth(viewport()->width());
    const int height = static_cast<int>(document()->size().height()) + 2 * frameWidth();
    if (height != this->height()) {
        setFixedHeight(height);
    }
}

} // namespace tessera
