// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Renders the hicolor PNG icons from the scalable SVG with Qt's own SVG renderer, the one the app
// draws its icon with. Not part of the build: the PNGs are committed. After changing the SVG, run
// from the repository root:
//
//   g++ -std=c++20 -fPIC packaging/icons/render-icons.cpp -o /tmp/render-icons \
//       $(pkg-config --cflags --libs Qt6Gui Qt6Svg)
//   QT_QPA_PLATFORM=offscreen /tmp/render-icons packaging/icons
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("packaging/icons");
    QSvgRenderer renderer(dir + QStringLiteral("/io.github.tessera.Tessera.svg"));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-icons: cannot read the SVG in %s\n", qPrintable(dir));
        return 1;
    }
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString path = dir + QStringLiteral("/hicolor/%1x%1/io.github.tessera.Tessera.png").arg(size);
        QImage(image.convertToFormat(QImage::Format_ARGB32)).save(path, "PNG", 0);
    }
    return 0;
}
