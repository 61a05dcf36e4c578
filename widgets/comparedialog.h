// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "engine/engineconfig.h"
#include "providers/providerfactory.h"

#include <QDialog>

#include <optional>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Protostar {

class ChatService;
class TranscriptModel;
struct Answer;
struct Error;

// Compare: pick two to four candidates, ask one question, see the answers side by side, each cited.
// Asks one candidate at a time on its own ChatService so the main chat is not interrupted.
// Lives on the GUI thread.
class CompareDialog final : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const EngineConfig &config, const QList<Candidate> &candidates,
                  const QList<CandidateId> &preselected, QWidget *parent = nullptr);
    ~CompareDialog() override;

    QList<CandidateId> checkedCandidates() const;
    void setQuestion(const QString &question);
    // The provider for this dialog's questions (the main window passes on the Settings choice).
    void setProviderConfig(const ProviderConfig &config);
    void ask();
    int columnCount() const { return int(m_columns.size()); }
    TranscriptModel *columnModel(int column) const;
    bool isBusy() const { return m_next >= 0; }

Q_SIGNALS:
    void citationActivated(const Protostar::Citation &citation);
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Column {
        CandidateId candidate = 0;
        QString name;
        TranscriptModel *model = nullptr;
        QWidget *widget = nullptr;
        QLabel *title = nullptr;
    };
    void askNext();
    void onTokens(int requestId, const QString &delta);
    void onFinished(int requestId, const Protostar::Answer &answer);
    void onFailed(int requestId, const Protostar::Error &error);
    void updateAskEnabled();
    void retranslate();

    EngineConfig m_config;
    ChatService *m_chat = nullptr;
    std::optional<ProviderConfig> m_providerConfig;
    QLabel *m_pickLabel;
    QListWidget *m_list;
    QLabel *m_questionLabel;
    QLineEdit *m_question;
    QPushButton *m_ask;
    QLabel *m_hint;
    QBoxLayout *m_columnsLayout;
    QList<Column> m_columns;
    QString m_asked;
    int m_next = -1; // column being answered, -1 when idle
    int m_requestId = 0;
};

} // namespace Protostar
