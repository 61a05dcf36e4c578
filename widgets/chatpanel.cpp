// SPDX-License-Identifier: MIT
#include "chatpanel.h"

#include "chatinput.h"
#include "transcriptview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Protostar {

ChatPanel::ChatPanel(TranscriptModel *transcript, QWidget *parent)
    : QWidget(parent),
      m_view(new TranscriptView(this)),
      m_scopeLabel(new QLabel(this)),
      m_scope(new QComboBox(this)),
      m_input(new ChatInput(this)),
      m_send(new QPushButton(this)),
      m_stop(new QPushButton(this)),
      m_status(new QLabel(this))
{
    m_view->setModel(transcript);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(QString());
    m_scope->addItem(QString());
    m_scopeLabel->setBuddy(m_scope);
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_send->setObjectName(QStringLiteral("send"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setEnabled(false);
    m_status->setObjectName(QStringLiteral("chatStatus"));
    m_status->setStyleSheet(QStringLiteral("color:#666"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_scopeLabel);
    top->addWidget(m_scope, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_input, 1);
    bottom->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);

    connect(m_input, &ChatInput::sendRequested, this, &ChatPanel::send);
    // A click moves the focus to the button; give it back to the box, where the follow-up will be typed.
    connect(m_send, &QPushButton::clicked, this, [this] {
        send();
        m_input->setFocus(Qt::OtherFocusReason);
    });
    connect(m_input, &ChatInput::stopRequested, this, &ChatPanel::stopRequested);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        Q_EMIT stopRequested();
        m_input->setFocus(Qt::OtherFocusReason);
    });
    connect(m_view, &TranscriptView::citationActivated, this, &ChatPanel::citationActivated);
    retranslate();
}

void ChatPanel::setSelectedCount(int count)
{
    m_selectedCount = count;
    m_scope->setItemText(1, tr("Selected candidates (%1)").arg(count));
    // Asking "the selected ones" with nothing selected would search nobody.
    if (count == 0 && m_scope->currentIndex() == 1)
        m_scope->setCurrentIndex(0);
}

bool ChatPanel::scopeIsSelection() const
{
    return m_scope->currentIndex() == 1 && m_selectedCount > 0;
}

void ChatPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_stop->setEnabled(busy);
    m_send->setEnabled(!busy && canAsk());
}

void ChatPanel::setUnreadableDatabase(const QString &databasePath)
{
    m_unreadableDatabase = databasePath;
    m_view->setUnreadableDatabase(databasePath);
    m_input->setEnabled(canAsk());
    m_send->setEnabled(!m_busy && canAsk());
    retranslate(); // the box's placeholder says why it is off
}

void ChatPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ChatPanel::focusInput()
{
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void ChatPanel::send()
{
    const QString question = m_input->toPlainText().trimmed();
    if (question.isEmpty() || m_busy || !canAsk())
        return;
    m_sinceSend.start();
    m_input->clear();
    Q_EMIT askRequested(question, scopeIsSelection());
}

void ChatPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChatPanel::retranslate()
{
    m_scopeLabel->setText(tr("&Ask about:"));
    m_scope->setItemText(0, tr("All candidates"));
    m_scope->setItemText(1, tr("Selected candidates (%1)").arg(m_selectedCount));
    m_input->setPlaceholderText(canAsk() ? tr("Ask a question — Enter sends, Shift+Enter adds a line, Esc stops")
                                         : tr("Asking is off: the database could not be read"));
    m_send->setText(tr("&Send"));
    m_stop->setText(tr("S&top"));
    m_stop->setToolTip(tr("Stop generating (Esc)"));
}

} // namespace Protostar
