// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Protostar {

class FolderWatcher;

// Lists the linked (watched) folders of a FolderWatcher with Link… and Unlink; the list follows the
// watcher's foldersChanged. Keyboard: Del unlinks the selected folder, Alt+L links one.
// Lives on the GUI thread.
class LinkedFoldersDialog final : public QDialog
{
    Q_OBJECT
public:
    // `watcher` is not owned and must outlive the dialog.
    explicit LinkedFoldersDialog(FolderWatcher *watcher, QWidget *parent = nullptr);

    // Links `path` as if chosen with Link…; a failure is shown in the dialog and returned.
    Result<void> linkFolder(const QString &path);
    // Unlinks the selected folder; false when none is selected.
    bool unlinkSelected();

    QListWidget *list() const { return m_list; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *unlinkButton() const { return m_unlink; }
    QLabel *message() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFolders(const QStringList &folders);
    void updateButtons();
    void retranslate();

    FolderWatcher *m_watcher;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_link;
    QPushButton *m_unlink;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Protostar
