// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QTextBrowser>

namespace tessera {

/**
 * Shows Markdown from an untrusted source (a catalog's description) safely: no HTML is interpreted,
 * no image or other resource is loaded (not from the network, not from disk), and a link does
 * nothing until clicked; then only http(s) and mailto links open (in the system's browser or mail
 * program) and tessera:// links are handed to the app. The view is as tall as its text, for use
 * inside a scrolling page.
 */
class MarkdownView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);

    /** Whether a clicked link of this scheme may leave the app (http, https, mailto). */
    static bool isSafeExternalScheme(const QString &scheme);

    QVariant loadResource(int type, const QUrl &name) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /** A tessera:// link was clicked. */
    void internalLinkActivated(const QUrl &url);
    /** An external link was clicked and handed to the system (for tests and the status bar). */
    void externalLinkOpened(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    void activate(const QUrl &url);
};

} // namespace tessera
