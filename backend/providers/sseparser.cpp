// SPDX-License-Identifier: MIT
#include "providers/sseparser.h"

#include <utility>

namespace Protostar {

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    qsizetype i = 0;
    if (!m_bomChecked && !bytes.isEmpty()) {
        // A leading UTF-8 BOM is part of no field (servers never split it from the first line).
        m_bomChecked = true;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            i = 3;
    }
    while (i < bytes.size()) {
        const char c = bytes[i];
        if (m_afterCr) {
            m_afterCr = false;
            if (c == '\n') {
                ++i;
                continue;
            }
        }
        // Find the next line terminator in one scan, rather than appending byte by byte.
        qsizetype j = i;
        while (j < bytes.size() && bytes[j] != '\n' && bytes[j] != '\r')
            ++j;
        if (j == bytes.size()) {
            m_line.append(bytes.sliced(i));
            break;
        }
        if (m_line.isEmpty()) {
            processLine(bytes.sliced(i, j - i), out);
        } else {
            m_line.append(bytes.sliced(i, j - i));
            const QByteArray line = std::exchange(m_line, {});
            processLine(line, out);
        }
        m_afterCr = bytes[j] == '\r';
        i = j + 1;
    }
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            if (m_current.data.endsWith('\n'))
                m_current.data.chop(1);
            out.append(std::move(m_current));
        }
        m_current = {};
        m_hasData = false;
        return;
    }
    if (line.front() == ':')
        return; // comment, e.g. ": OPENROUTER PROCESSING" keep-alives
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        m_current.data.append(value.data(), value.size());
        m_current.data.append('\n');
        m_hasData = true;
    } else if (field == "event") {
        m_current.event = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_current.id = value.toByteArray();
    }
    // "retry" and unknown fields are ignored: we never reconnect by ourselves.
}

bool SseParser::hasPendingData() const
{
    return m_hasData || !m_line.isEmpty();
}

void SseParser::reset()
{
    *this = SseParser();
}

} // namespace Protostar
