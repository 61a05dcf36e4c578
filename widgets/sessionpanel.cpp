// SPDX-License-Identifier: MIT
#include "sessionpanel.h"

#include "models/sessionlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Protostar {

namespace {

constexpr QAbstractItemView::EditTriggers kEditTriggers{QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked};

// A list item is as wide as its text or the viewport, whichever is wider: a long question as the title ran past the
// panel and was cut mid-letter behind a horizontal scroll bar that hid the next row. Asking for no width makes every
// row the viewport's width, so the title ends in "…" (the tooltip has it whole).
class ViewportWideDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {0, QStyledItemDelegate::sizeHint(option, index).height()};
    }
};

} // namespace

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
    m_view->setItemDelegate(new ViewportWideDelegate(m_view));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(kEditTriggers);
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
    m_rename->setEnabled(any && !m_readOnly);
    m_delete->setEnabled(any && !m_readOnly);
}

void SessionPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setEditable(!readOnly);
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : kEditTriggers);
    updateButtons();
    retranslate();
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
        // The keys say why they do nothing, as the disabled buttons' tooltips do.
        if (m_readOnly && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_F2) && m_view->currentIndex().isValid()) {
            Q_EMIT writeRefused();
            return true;
        }
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
    m_new->setToolTip(m_readOnly ? tr("Start a new conversation (Ctrl+N); on this read-only database it is not saved")
                                 : tr("Start a new conversation (Ctrl+N)"));
    m_rename->setText(tr("&Rename"));
    m_delete->setText(tr("Delete"));
    if (m_readOnly) {
        const QString why = tr("This database is read-only: conversations cannot be renamed or deleted.");
        m_rename->setToolTip(why);
        m_delete->setToolTip(why);
    } else {
        m_rename->setToolTip(tr("Rename the selected conversation (F2)"));
        m_delete->setToolTip(tr("Delete the selected conversation (Del)"));
    }
}

} // namespace Protostar
