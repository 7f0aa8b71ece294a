// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QApplication>

#include <memory>

namespace tessera {

class CatalogService;
class DraftService;
class GovernanceService;
class ImportService;
class InstanceChannel;
class MainWindow;
class SyncService;

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
    /** Opens a tessera:// link or checks a contract file given on the command line. */
    void handle(const QString &argument);

    QApplication m_app;
    std::unique_ptr<CatalogService> m_catalog; ///< destroyed after the window that reads through it
    std::unique_ptr<DraftService> m_drafts; ///< destroyed after the window: writes what its editors left
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<ImportService> m_importService; ///< destroyed early: it waits for a running import
    std::unique_ptr<SyncService>
        m_syncService; ///< destroyed before the window: it cancels and waits for a running sync
    std::unique_ptr<GovernanceService> m_governance; ///< destroyed early: it waits for a running evaluation
    std::unique_ptr<InstanceChannel> m_channel; ///< takes the arguments of later starts
};

} // namespace tessera
