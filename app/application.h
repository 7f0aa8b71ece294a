// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QApplication>

#include <memory>

namespace tessera {

class ImportService;
class MainWindow;

/**
 * The composition root of the GUI: sets up the QApplication, reads the command line, installs the
 * translations, builds the services and hands them to the main window.
 */
class Application
{
public:
    Application(int &argc, char **argv);
    ~Application();
    Application(const Application &) = delete;
    Application &operator=(const Application &) = delete;

    /** Parses the command line (exits for --help and --version), shows the main window and runs the event loop. */
    int exec();

private:
    QApplication m_app;
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<ImportService> m_importService; ///< destroyed first: it waits for a running import
};

} // namespace tessera
