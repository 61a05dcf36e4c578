// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Protostar {

class ChatInput;
class TranscriptModel;
class TranscriptView;

// The chat pane: scope (all or selected candidates), the streaming transcript, the question box with
// Send and Stop. Emits requests; the main window owns the ChatService. Lives on the GUI thread.
class ChatPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPanel(TranscriptModel *transcript, QWidget *parent = nullptr);

    void setSelectedCount(int count);
    bool scopeIsSelection() const;
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setStatus(const QString &text);
    // The store at `databasePath` could not be read (empty: it can): nothing can be asked, so the box and
    // Send are disabled and the empty transcript says what to do instead of inviting a question.
    void setUnreadableDatabase(const QString &databasePath);
    bool canAsk() const { return m_unreadableDatabase.isEmpty(); }
    // The time-to-first-token clock: started when a question is sent (Enter, in the same call chain).
    void markSent() { m_sinceSend.start(); }
    qint64 millisecondsSinceSend() const { return m_sinceSend.isValid() ? m_sinceSend.elapsed() : -1; }

    ChatInput *input() const { return m_input; }
    TranscriptView *transcriptView() const { return m_view; }
    void focusInput();

Q_SIGNALS:
    void askRequested(const QString &question, bool selectedOnly);
    void stopRequested();
    void citationActivated(const Protostar::Citation &citation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void send();
    void retranslate();

    TranscriptView *m_view;
    QLabel *m_scopeLabel;
    QComboBox *m_scope;
    ChatInput *m_input;
    QPushButton *m_send;
    QPushButton *m_stop;
    QLabel *m_status;
    int m_selectedCount = 0;
    bool m_busy = false;
    QString m_unreadableDatabase;
    QElapsedTimer m_sinceSend;
};

} // namespace Protostar
