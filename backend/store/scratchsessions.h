// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <optional>

namespace Protostar {

// Conversations of a database that may not be written, kept in memory for the life of the process: new sessions,
// turns (also turns added to a session kept in the file) and their summaries. Ids are negative, so they never meet
// an id of the file. Shared by the threads that read or answer on the same database (ScratchStore on each), hence
// thread-safe.
class ScratchSessions
{
public:
    SessionId create(const QString &title);
    // Creates session `id` with `title` unless it exists here (a positive id names a session a script chose).
    void ensure(SessionId id, const QString &title);
    bool contains(SessionId id) const;
    // The sessions created here, newest first.
    QList<Session> sessions() const;
    // `stored` (a session of the file) with the turns added here counted and the newest one's time.
    Session withAddedTurns(const Session &stored) const;
    bool rename(SessionId id, const QString &title);
    // Forgets a session created here and what was added to it; false when there is none.
    bool remove(SessionId id);

    // `turn` is numbered after the `storedTurns` the file holds for its session and the ones added here.
    TurnId appendTurn(const Turn &turn, int storedTurns);
    QList<Turn> turns(SessionId id) const;
    qint64 addSummary(const Summary &summary);
    QList<Summary> summaries(SessionId id) const;

private:
    mutable QMutex m_mutex;
    QList<Session> m_sessions; // oldest first
    QHash<SessionId, QList<Turn>> m_turns;
    QHash<SessionId, QList<Summary>> m_summaries;
    qint64 m_lastId = 0; // counts down: sessions, turns and summaries each get an id below every earlier one
};

} // namespace Protostar
