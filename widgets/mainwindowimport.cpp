// SPDX-License-Identifier: MIT
// MainWindow's import flow: the first-start demo corpus, drag and drop, import batches and their progress
// dock, folder-watcher removals, and resuming an import that was interrupted (mainwindow.cpp has the rest).
#include "mainwindow.h"

#include "candidatepanel.h"
#include "importprogresswidget.h"
#include "models/candidatelistmodel.h"
#include "models/catalogloader.h"
#include "models/importprogressmodel.h"

#include "engine/chatservice.h"
#include "engine/democorpus.h"
#include "engine/folderwatcher.h"
#include "engine/importservice.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace Protostar {

void MainWindow::connectImport()
{
    connect(m_import, &ImportService::batchStarted, this, [this](int batchId, int files, qint64 bytes) {
        m_pendingBatches.insert(batchId);
        m_importProgress->onBatchStarted(batchId, files, bytes);
        showImportDock();
    });
    connect(m_import, &ImportService::fileStarted, m_importProgress, &ImportProgressModel::onFileStarted);
    connect(m_import, &ImportService::fileFinished, m_importProgress, &ImportProgressModel::onFileFinished);
    connect(m_import, &ImportService::documentStored, this, [this](DocumentId id) {
        m_chat->refreshDocument(id);
        // Coalesce: a folder of 500 files should not mean 500 catalogue reloads.
        if (!m_reloadQueued) {
            m_reloadQueued = true;
            QTimer::singleShot(500, this, [this] {
                m_reloadQueued = false;
                reloadCandidates();
            });
        }
    });
    connect(m_import, &ImportService::batchFinished, this, &MainWindow::onBatchFinished);
    connect(m_importView, &ImportProgressWidget::cancelRequested, m_import, &ImportService::cancel);
    connect(m_importView, &ImportProgressWidget::closeRequested, m_importDock, &QDockWidget::hide);

    connect(m_watcher, &FolderWatcher::documentRemoved, this, [this](DocumentId id) {
        m_chat->refreshDocument(id);
        reloadCandidates();
    });
    connect(m_watcher, &FolderWatcher::scanFailed, this,
            [this](const QString &, const Error &error) { showError(error); });
}

void MainWindow::onDemoFlagLoaded(const QString &key, const QString &value)
{
    if (key != DemoCorpus::importedKey())
        return;
    if (!value.isEmpty() || m_candidates->rowCount() > 0 || !m_pendingBatches.isEmpty()) {
        m_awaitingDemoDecision = false;
        checkReady();
        return;
    }
    auto files = DemoCorpus::files();
    if (!files || files->isEmpty()) {
        showStatusMessage([] { return tr("The demo corpus was not found; import your own documents with File ▸ Import."); });
        m_awaitingDemoDecision = false;
        checkReady();
        return;
    }
    m_catalog->setValue(DemoCorpus::importedKey(), QStringLiteral("1"));
    QSettings().setValue(QStringLiteral("demo/imported"), true);
    m_awaitingDemoDecision = false;
    m_demoBatch = m_import->importPaths(*files);
    m_pendingBatches.insert(m_demoBatch);
    showStatusMessage([] { return tr("First start: importing the demo candidates…"); });
}

void MainWindow::resumeInterruptedImport()
{
    // Files of a batch that a crash or quit interrupted; the service recorded them in the store.
    if (m_import->pendingFromLastRun().isEmpty())
        return;
    m_pendingBatches.insert(m_import->resumePending());
    showStatusMessage([] { return tr("Resuming the import that was interrupted last time…"); }, 8000);
}

void MainWindow::onBatchFinished(int batchId, const ImportSummary &summary)
{
    m_pendingBatches.remove(batchId);
    m_settlePending = true;
    m_importProgress->onBatchFinished(batchId, summary);
    showStatusMessage(
        [summary] {
            return tr("Import finished: %1 imported, %2 unchanged, %3 failed")
                .arg(summary.imported)
                .arg(summary.unchanged)
                .arg(summary.failed);
        },
        10000);
    // A clean demo import needs no attention; a failure keeps the list open so the reason is seen.
    if (batchId == m_demoBatch && summary.failed == 0)
        m_importDock->hide();
    reloadCandidates();
    m_catalog->loadDocuments(m_candidatePanel->selectedCandidates());
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_options.readOnly) {
        showStatusMessage([] { return tr("This database is read-only, so nothing can be imported into it. "
                                         "Open a copy you may write with --db."); },
                          10000);
        return;
    }
    showImportDock();
    m_pendingBatches.insert(m_import->importPaths(paths));
}

void MainWindow::showImportDock()
{
    if (m_importDock->isVisible())
        return; // the recruiter may have sized it
    m_importDock->show();
    // Left to its size hint the dock took 40% of a 1024x700 window, leaving three candidate rows and a
    // squeezed transcript; a quarter shows the bar, the summary and a few files (the table scrolls).
    resizeDocks({m_importDock}, {height() / 4}, Qt::Vertical);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    importPaths(paths);
    event->acceptProposedAction();
}

} // namespace Protostar
