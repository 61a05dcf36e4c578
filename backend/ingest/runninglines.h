// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Protostar {

// Finds a PDF's running headers and footers: lines in the top or bottom tenth of a page that come back on other
// pages (digits aside: "Page 1 of 2", "Page 2 of 2"), and bare page numbers at a page's edge ("- 3 -", "3 / 12",
// "Page 3"). Left in, they would stand in the chunk of whatever section a page ends or starts in, be quoted
// as part of it ("DANIEL CHO · Senior Data Engineer [1] Expected salary …") and break the section they cut in two.
// A repeated header is kept where it first appears (a résumé's running header is often its name line, which
// names the candidate); repeated footers and page numbers are dropped everywhere. Also joins an English word
// hyphenated across two lines of one paragraph ("micro-" / "services …"). A plain value; no threads.
class RunningLines
{
public:
    struct Line {
        QString text;
        double top = 0;    // page coordinates, y growing downwards
        double bottom = 0;
    };
    struct Page {
        QList<Line> lines;
        double height = 0;
    };

    // For each page, which of its lines are running headers, footers or page numbers to leave out.
    static QList<QList<bool>> find(const QList<Page> &pages);

    // "micro-" followed by "services 구조로": the word as one, "microservices 구조로", when `line` ends in a hyphen after
    // at least two Latin letters and `next` starts with a lower-case Latin letter; otherwise an empty string.
    static QString joinHyphenated(const QString &line, const QString &next);
};

} // namespace Protostar
