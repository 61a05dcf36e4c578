// SPDX-License-Identifier: MIT
#include "linkedfoldersdialog.h"

#include "engine/folderwatcher.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Protostar {

LinkedFoldersDialog::LinkedFoldersDialog(FolderWatcher *watcher, QWidget *parent)
    : QDialog(parent),
      m_watcher(watcher),
      m_intro(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_link(new QPushButton(this)),
      m_unlink(new QPushButton(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("linkedFoldersDialog"));
    m_list->setObjectName(QStringLiteral("linkedFolders"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->installEventFilter(this);
    m_intro->setWordWrap(true);
    m_intro->setBuddy(m_list);
    m_message->setWordWrap(true);
    m_message->hide();
    // Enter in the list must not close the dialog through a default button.
    m_link->setAutoDefault(false);
    m_unlink->setAutoDefault(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_link, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Link a folder"));
        if (!dir.isEmpty())
            (void)linkFolder(dir);
    });
    connect(m_unlink, &QPushButton::clicked, this, &LinkedFoldersDialog::unlinkSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &LinkedFoldersDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_watcher, &FolderWatcher::foldersChanged, this, &LinkedFoldersDialog::showFolders);

    retranslate();
    showFolders(m_watcher->folders());
    resize(560, 320);
}

Result<void> LinkedFoldersDialog::linkFolder(const QString &path)
{
    auto linked = m_watcher->linkFolder(path);
    m_message->setText(linked ? tr("Watching %1: new and changed files are imported in the background.")
                                    .arg(QDir::toNativeSeparators(path))
                              : linked.error().message);
    m_message->show();
    // The watcher signals foldersChanged too; reading it here keeps the list right when it did not.
    showFolders(m_watcher->folders());
    return linked;
}

bool LinkedFoldersDialog::unlinkSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const QString folder = item->data(Qt::UserRole).toString();
    m_watcher->unlinkFolder(folder);
    m_message->setText(tr("%1 is no longer watched; its documents stay in Protostar.")
                           .arg(QDir::toNativeSeparators(folder)));
    m_message->show();
    showFolders(m_watcher->folders());
    return true;
}

void LinkedFoldersDialog::showFolders(const QStringList &folders)
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const QString &folder : folders) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(folder), m_list);
        item->setData(Qt::UserRole, folder);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(qBound(0, row, m_list->count() - 1));
    updateButtons();
}

void LinkedFoldersDialog::updateButtons()
{
    m_unlink->setEnabled(m_list->currentItem() != nullptr);
}

bool LinkedFoldersDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace)
            return unlinkSelected();
    }
    return QDialog::eventFilter(watched, event);
}

void LinkedFoldersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LinkedFoldersDialog::retranslate()
{
    setWindowTitle(tr("Linked folders"));
    m_intro->setText(tr("&Folders watched for changes: new and changed files are imported in the background, "
                        "removed files are removed."));
    m_link->setText(tr("&Link…"));
    m_unlink->setText(tr("&Unlink"));
}

} // namespace Protostar
