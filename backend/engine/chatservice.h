// SPDX-License-Identifier: MIT
#pragma once

#include "core/error.h"
#include "engine/answer.h"
#include "engine/engineconfig.h"
#include "providers/providerfactory.h"

#include <QObject>

#include <memory>

namespace Protostar {

class ScratchSessions;

// Answers questions on an owned worker thread (retrieval, generation, figure guard) and streams
// tokens back by queued signals, batched about every 30 ms. Lives on the thread that created it.
// One question at a time per service; ask() while busy cancels the running one first.
class ChatService : public QObject
{
    Q_OBJECT
public:
    explicit ChatService(const EngineConfig &config, QObject *parent = nullptr);
    ~ChatService() override;

    // Returns a request id carried by every signal of this question. Records the turn in
    // question.session when it is non-zero.
    int ask(const Question &question);
    // The provider for the next questions (default: EngineConfig::provider with no OpenAI settings).
    void setProviderConfig(const ProviderConfig &config);
    // A read-only database (desktop --read-only, or a file the user may not write, found on its own): questions
    // read and record their session through a ScratchStore, so turns and summaries (of a session of the file or of
    // one in scratchSessions()) live in memory and the file is never written.
    void setReadOnly(bool readOnly);
    // The in-memory conversations of a read-only database; a CatalogLoader given them lists, creates and reopens
    // the same ones. Lives as long as the service or its last holder.
    std::shared_ptr<ScratchSessions> scratchSessions() const;
    void cancel();
    // Reloads the search index for a stored or deleted document (connect ImportService::documentStored).
    void refreshDocument(DocumentId documentId);
    void reloadIndex();

Q_SIGNALS:
    // The provider's raw text as it comes. answerFinished carries the checked answer, which replaces
    // it: the figure guard may have removed sentences, or the pipeline may refuse after all.
    void tokensReceived(int requestId, const QString &delta);
    void answerFinished(int requestId, const Protostar::Answer &answer);
    // A cancelled question ends here with ErrorCode::Cancelled.
    void answerFailed(int requestId, const Protostar::Error &error);
    void indexReady(int chunkCount);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Protostar
