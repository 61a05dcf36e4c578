// SPDX-License-Identifier: MIT
#include "sessionpanel.h"

#include "models/sessionlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Protostar {

SessionPanel::SessionPanel(SessionListModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_label(new QLabel(this)),
      m_view(new QListView(this)),
      m_new(new QPushButton(this)),
      m_rename(new QPushButton(this)),
      m_delete(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("sessions"));
    m_new->setObjectName(QStringLiteral("newSession"));
    m_rename->setObjectName(QStringLiteral("renameSession"));
    m_delete->setObjectName(QStringLiteral("deleteSession"));
    m_view->setModel(model);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->installEventFilter(this);
    m_label->setBuddy(m_view);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (!i.isValid() || m_settingCurrent)
            return;
        const SessionId id = i.data(SessionListModel::SessionIdRole).toLongLong();
        if (id != m_current) {
            m_current = id;
            Q_EMIT sessionOpened(id);
        }
    });
    // A new snapshot resets the model: put the highlight back on the open session.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { setCurrentSession(m_current); });
    connect(m_new, &QPushButton::clicked, this, &SessionPanel::newSessionRequested);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_view->edit(m_view->currentIndex());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            Q_EMIT deleteRequested(m_view->currentIndex().data(SessionListModel::SessionIdRole).toLongLong());
    });
    retranslate();
    updateButtons();
}

void SessionPanel::updateButtons()
{
    // Rename and Delete act on the highlighted conversation; with none they would silently do nothing.
    const bool any = m_view->currentIndex().isValid();
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

void SessionPanel::setCurrentSession(SessionId id)
{
    m_current = id;
    m_settingCurrent = true;
    const int row = m_model->rowOf(id);
    // With no open session the current index must go too, or picking that row again would not reopen it.
    m_view->setCurrentIndex(row >= 0 ? m_model->index(row) : QModelIndex());
    m_settingCurrent = false;
    updateButtons();
}

SessionId SessionPanel::currentSession() const
{
    return m_current;
}

bool SessionPanel::eventFilter(QObject *watched, QEvent *event)
{
    // While a title is edited the editor has the focus, so Del here always means the session.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && m_view->currentIndex().isValid()) {
            Q_EMIT deleteRequested(m_view->currentIndex().data(SessionListModel::SessionIdRole).toLongLong());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SessionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionPanel::retranslate()
{
    m_label->setText(tr("Sessi&ons"));
    m_new->setText(tr("&New"));
    m_new->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_rename->setText(tr("&Rename"));
    m_rename->setToolTip(tr("Rename the selected conversation (F2)"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected conversation (Del)"));
}

} // namespace Protostar
