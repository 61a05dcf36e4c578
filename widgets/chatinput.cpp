// SPDX-License-Identifier: MIT
#include "chatinput.h"

#include <QKeyEvent>

namespace Protostar {

ChatInput::ChatInput(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true); // Tab must leave the box, or the pane is a keyboard trap
}

QSize ChatInput::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * 3 + 12};
}

void ChatInput::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        Q_EMIT sendRequested();
        event->accept();
        return;
    }
    if (enter) {
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT stopRequested();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Protostar
