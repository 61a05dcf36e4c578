// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace Protostar {

// The question box: Enter sends, Shift+Enter adds a line, Esc asks to stop generation.
// Lives on the GUI thread.
class ChatInput final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ChatInput(QWidget *parent = nullptr);
    QSize sizeHint() const override;

Q_SIGNALS:
    void sendRequested();
    void stopRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Protostar
