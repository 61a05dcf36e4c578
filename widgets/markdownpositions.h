// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <utility>

class QTextDocument;

namespace Protostar {

// Where the characters of a Markdown source ended up in the QTextDocument that setMarkdown() made of it.
// Chunks and quoted sentences carry offsets into the source (markers included); the formatted document
// drops the markers ("## ", "- ", "**", "[…](url)"), so the viewer maps each span through this. The
// mapping aligns every shown character with the next equal source character (any whitespace matching
// any whitespace: soft line breaks become spaces), which holds because rendering only removes
// characters. A plain value, built and used on the GUI thread with its document.
class MarkdownPositions
{
public:
    MarkdownPositions() = default;
    MarkdownPositions(const QTextDocument &rendered, const QString &source);

    // The [from, to) document positions showing source [from, to); an empty span at the next shown
    // character when the source span shows nothing (markers only).
    std::pair<int, int> span(qsizetype from, qsizetype to) const;
    bool isEmpty() const { return m_position.isEmpty(); }

private:
    QList<int> m_position;     // document position of the i-th shown character that the source has
    QList<qsizetype> m_source; // its source offset; both strictly increasing
    int m_end = 0;             // the document's last position, for spans past the last shown character
};

} // namespace Protostar
