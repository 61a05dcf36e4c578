// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace Protostar {

// Recognises what one line of plain text is: a heading (markdown, numbered, bracketed, ■-marked), a
// list item, a table row, or ordinary text. Stateless, so thread-safe; context rules (a short title
// line followed by a paragraph) are the chunker's.
class HeadingDetector
{
public:
    enum class LineKind { Text, Heading, ListItem, TableRow };

    // A heading's style tells sibling headings from nested ones: "#2" for a level-2 markdown heading,
    // "1." / "1)" / "I." / "가." / "[]" / "■" for the others. Markdown levels are explicit; the chunker
    // nests the other styles in the order they appear.
    struct Line {
        LineKind kind = LineKind::Text;
        QString style;
        int level = 0; // markdown only
        QString title; // the heading without its marker
        // A numbered line could be a heading or a numbered list item; the chunker decides by context.
        bool numbered = false;
    };

    static Line classify(QStringView line);
    // A short line without final punctuation: a title if a paragraph follows it.
    static bool looksLikeTitle(QStringView line);
    // States a period ("2017.01 ~ 2020.05", "2021-03 –"): a job or project entry of a résumé, which sits
    // under a section title such as "Experience" rather than beside it.
    static bool statesPeriod(QStringView line);
    // Ends like a sentence (., ?, !, 다, 요 ...): never a heading.
    static bool endsLikeSentence(QStringView line);
};

} // namespace Protostar
