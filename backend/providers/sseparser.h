// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Protostar {

// One dispatched Server-Sent Event: its `event:` type (empty = "message"), joined `data:` lines and `id:`.
struct SseEvent {
    QByteArray event;
    QByteArray data;
    QByteArray id;
};

// Incremental Server-Sent Events parser (WHATWG EventSource rules): bytes may be split anywhere,
// lines end in LF, CRLF or CR, `:` lines are comments, several `data:` lines join with LF, and an
// empty line dispatches. Owned by one thread; not thread-safe.
class SseParser
{
public:
    // Parses `bytes` and returns the events completed by them, in order.
    QList<SseEvent> feed(QByteArrayView bytes);
    // True when bytes of an event that was never dispatched are pending (a cut stream).
    bool hasPendingData() const;
    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);

    QByteArray m_line;      // bytes of the current, unterminated line
    SseEvent m_current;     // fields of the event being built
    bool m_hasData = false; // a data: field was seen for m_current
    bool m_afterCr = false; // last byte was CR: a following LF belongs to the same line ending
    bool m_bomChecked = false;
};

} // namespace Protostar
