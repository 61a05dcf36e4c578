// SPDX-License-Identifier: MIT
#include "store/scratchsessions.h"

#include <QDateTime>

#include <algorithm>

namespace Protostar {

SessionId ScratchSessions::create(const QString &title)
{
    QMutexLocker lock(&m_mutex);
    const QDateTime now = QDateTime::currentDateTime();
    Session session{--m_lastId, title, now, now, 0, false};
    m_sessions << session;
    return session.id;
}

void ScratchSessions::ensure(SessionId id, const QString &title)
{
    QMutexLocker lock(&m_mutex);
    if (std::any_of(m_sessions.cbegin(), m_sessions.cend(), [id](const Session &s) { return s.id == id; }))
        return;
    const QDateTime now = QDateTime::currentDateTime();
    m_sessions << Session{id, title, now, now, 0, false};
}

bool ScratchSessions::contains(SessionId id) const
{
    QMutexLocker lock(&m_mutex);
    return std::any_of(m_sessions.cbegin(), m_sessions.cend(), [id](const Session &s) { return s.id == id; });
}

QList<Session> ScratchSessions::sessions() const
{
    QMutexLocker lock(&m_mutex);
    QList<Session> out;
    for (auto it = m_sessions.crbegin(); it != m_sessions.crend(); ++it) { // equal times: the later session first
        Session listed = *it;
        listed.turnCount = int(m_turns.value(it->id).size());
        out << listed;
    }
    std::stable_sort(out.begin(), out.end(), [](const Session &a, const Session &b) { return a.updatedAt > b.updatedAt; });
    return out;
}

Session ScratchSessions::withAddedTurns(const Session &stored) const
{
    QMutexLocker lock(&m_mutex);
    const QList<Turn> added = m_turns.value(stored.id);
    Session out = stored;
    out.turnCount += int(added.size());
    if (!added.isEmpty())
        out.updatedAt = std::max(out.updatedAt, added.last().createdAt);
    return out;
}

bool ScratchSessions::rename(SessionId id, const QString &title)
{
    QMutexLocker lock(&m_mutex);
    for (Session &s : m_sessions) {
        if (s.id == id) {
            s.title = title;
            return true;
        }
    }
    return false;
}

bool ScratchSessions::remove(SessionId id)
{
    QMutexLocker lock(&m_mutex);
    const auto removed = m_sessions.removeIf([id](const Session &s) { return s.id == id; });
    if (removed == 0)
        return false;
    m_turns.remove(id);
    m_summaries.remove(id);
    return true;
}

TurnId ScratchSessions::appendTurn(const Turn &turn, int storedTurns)
{
    QMutexLocker lock(&m_mutex);
    QList<Turn> &turns = m_turns[turn.sessionId];
    Turn added = turn;
    added.id = --m_lastId;
    added.ordinal = storedTurns + int(turns.size());
    added.createdAt = QDateTime::currentDateTime();
    turns << added;
    for (Session &s : m_sessions) {
        if (s.id == turn.sessionId)
            s.updatedAt = added.createdAt;
    }
    return added.id;
}

QList<Turn> ScratchSessions::turns(SessionId id) const
{
    QMutexLocker lock(&m_mutex);
    return m_turns.value(id);
}

qint64 ScratchSessions::addSummary(const Summary &summary)
{
    QMutexLocker lock(&m_mutex);
    Summary added = summary;
    added.id = --m_lastId;
    added.createdAt = QDateTime::currentDateTime();
    m_summaries[summary.sessionId] << added;
    return added.id;
}

QList<Summary> ScratchSessions::summaries(SessionId id) const
{
    QMutexLocker lock(&m_mutex);
    return m_summaries.value(id);
}

} // namespace Protostar
