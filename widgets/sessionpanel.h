// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Protostar {

class SessionListModel;

// The kept conversations: reopen (select), rename (F2 or the button), delete (Del), new.
// Lives on the GUI thread.
class SessionPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SessionPanel(SessionListModel *model, QWidget *parent = nullptr);

    void setCurrentSession(SessionId id);
    SessionId currentSession() const;
    // On a read-only database conversations cannot be renamed or deleted: the buttons are off and say why, F2,
    // double-click and Del do nothing but emit writeRefused() (for the window's status bar).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void sessionOpened(Protostar::SessionId id);
    void newSessionRequested();
    void deleteRequested(Protostar::SessionId id);
    void writeRefused();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    SessionListModel *m_model;
    QLabel *m_label;
    QListView *m_view;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_delete;
    SessionId m_current = 0;
    bool m_settingCurrent = false;
    bool m_readOnly = false;
};

} // namespace Protostar
