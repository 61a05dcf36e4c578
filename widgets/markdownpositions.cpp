// SPDX-License-Identifier: MIT
#include "markdownpositions.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Protostar {

namespace {

// How far past the last aligned character a shown one is looked for: longer than any run of markers
// a résumé has between two shown characters (a link's URL, a table's separator row).
constexpr qsizetype kWindow = 400;

bool sameCharacter(QChar shown, QChar source)
{
    return shown == source || (shown.isSpace() && source.isSpace());
}

} // namespace

MarkdownPositions::MarkdownPositions(const QTextDocument &rendered, const QString &source)
{
    m_end = qMax(0, rendered.characterCount() - 1);
    qsizetype next = 0;
    for (QTextBlock block = rendered.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype limit = qMin(source.size(), next + kWindow);
            for (qsizetype s = next; s < limit; ++s) {
                if (sameCharacter(text.at(i), source.at(s))) {
                    m_position.append(block.position() + int(i));
                    m_source.append(s);
                    next = s + 1;
                    break;
                }
            }
            // Not found: a character rendering added (none the source lacks is expected); left unmapped.
        }
    }
}

std::pair<int, int> MarkdownPositions::span(qsizetype from, qsizetype to) const
{
    const auto first = std::lower_bound(m_source.cbegin(), m_source.cend(), from);
    const auto past = std::lower_bound(first, m_source.cend(), to);
    if (first == m_source.cend())
        return {m_end, m_end};
    const int start = m_position.at(first - m_source.cbegin());
    if (past == first)
        return {start, start};
    return {start, m_position.at(past - m_source.cbegin() - 1) + 1};
}

} // namespace Protostar
