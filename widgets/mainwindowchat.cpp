// SPDX-License-Identifier: MIT
// MainWindow's conversation flow: asking (a first question opens a session), streaming, the checked
// answer and its status line, stopping, opening a citation, and starting a new conversation
// (mainwindow.cpp has the rest).
#include "mainwindow.h"

#include "candidatepanel.h"
#include "chatpanel.h"
#include "sessionpanel.h"
#include "sourcespanel.h"
#include "models/catalogloader.h"
#include "models/transcriptmodel.h"

#include "engine/chatservice.h"

#include <QAction>

namespace Protostar {

void MainWindow::ask(const QString &question, bool selectedOnly)
{
    // Not with an unreadable store (e.g. a --ask on the command line): there is nothing to search.
    if (question.trimmed().isEmpty() || !m_chatPanel->canAsk())
        return;
    m_chatPanel->markSent();
    if (m_session == 0) {
        // The first question opens a session titled after it: kept in the file, or on a read-only database in
        // memory (not saved, but remembered like any other).
        m_pendingQuestion = question;
        m_pendingSelectedOnly = selectedOnly;
        m_catalog->createSession(question.simplified().left(60));
        return;
    }
    startAsk(question, selectedOnly);
}

void MainWindow::startAsk(const QString &question, bool selectedOnly)
{
    Question q;
    q.text = question;
    // On a read-only database the chat service and the catalogue share the in-memory conversations
    // (ChatService::scratchSessions): the turn is remembered there and the file is not written.
    q.session = m_session;
    if (selectedOnly)
        q.candidates = m_candidatePanel->selectedCandidates();
    m_requestId = m_chat->ask(q);
    m_firstToken = true;
    m_transcript->beginAnswer(m_requestId, question);
    m_chatPanel->setBusy(true);
    m_stop->setEnabled(true);
    setChatStatus([] { return tr("Searching the documents…"); });
}

void MainWindow::onTokens(int requestId, const QString &delta)
{
    if (requestId != m_requestId)
        return;
    if (m_firstToken) {
        m_firstToken = false;
        // TTFT is measured from the recruiter's Enter, not from when the backend started.
        const qint64 ms = m_chatPanel->millisecondsSinceSend();
        setChatStatus([ms] { return ms >= 0 ? tr("First words after %1 ms…").arg(ms) : tr("Answering…"); });
    }
    m_transcript->appendTokens(requestId, delta);
}

void MainWindow::onAnswerFinished(int requestId, const Answer &answer)
{
    if (requestId != m_requestId)
        return;
    m_transcript->finishAnswer(requestId, answer);
    showSources(answer.found ? answer.citations : answer.related, !answer.found);
    m_chatPanel->setBusy(false);
    m_stop->setEnabled(false);
    // What the recruiter waited, from Enter to the checked answer.
    const qint64 waited = qMax<qint64>(0, m_chatPanel->millisecondsSinceSend());
    setChatStatus([answer, waited] { return answerStatus(answer, waited); });
    m_catalog->loadSessions();
    Q_EMIT answerCompleted(requestId);
}

QString MainWindow::answerStatus(const Answer &answer, qint64 waitedMs)
{
    QStringList parts;
    if (answer.found)
        parts << tr("%n source(s) cited", nullptr, int(answer.citations.size()));
    else if (answer.related.isEmpty())
        parts << tr("Not found in the documents"); // not "0 related passages"
    else
        parts << tr("Not found; %n related passage(s)", nullptr, int(answer.related.size()));
    if (!answer.unverified.isEmpty())
        parts << tr("%n sentence(s) removed as not verified", nullptr, int(answer.unverified.size()));
    parts << tr("Answered in %1 ms").arg(waitedMs);
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::onAnswerFailed(int requestId, const Error &error)
{
    if (requestId != m_requestId)
        return;
    m_transcript->failAnswer(requestId, error);
    m_chatPanel->setBusy(false);
    m_stop->setEnabled(false);
    setChatStatus([error] { return error.code == ErrorCode::Cancelled ? tr("Stopped") : error.message; });
    m_catalog->loadSessions();
    Q_EMIT answerCompleted(requestId);
}

void MainWindow::stopAnswer()
{
    if (!m_chatPanel->isBusy())
        return;
    m_chat->cancel();
    m_transcript->failAnswer(m_requestId, Error{ErrorCode::Cancelled, tr("Stopped by you."), {}});
    m_chatPanel->setBusy(false);
    m_stop->setEnabled(false);
    setChatStatus([] { return tr("Stopped"); });
}

void MainWindow::showCitation(const Citation &citation)
{
    if (citation.documentId == 0)
        return;
    m_quotedChunk = citation.chunkId;
    m_quoted = citation.quoted;
    m_catalog->loadDocument(citation.documentId, citation.chunkId);
}

void MainWindow::showSources(const QList<Citation> &citations, bool related)
{
    m_sources->setCitations(citations, related);
}

void MainWindow::newSession()
{
    if (m_chatPanel->isBusy())
        stopAnswer();
    m_session = 0;
    m_sessionPanel->setCurrentSession(0);
    m_transcript->clear();
    showSources({}, false);
    m_chatPanel->focusInput();
}

void MainWindow::setChatStatus(std::function<QString()> text)
{
    // Kept as a function so a language switch rewrites the last status in the new language.
    m_chatStatus = std::move(text);
    m_chatPanel->setStatus(m_chatStatus());
}

} // namespace Protostar
