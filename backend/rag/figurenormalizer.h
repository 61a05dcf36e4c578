// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Protostar {

// Reads a number or a Korean figure (3,500만원, 1.2억, 5천만, 1억 2,000만) in normalised text and gives its value in
// one canonical spelling, so that different spellings of one amount retrieve each other. Stateless; thread-safe.
class FigureNormalizer
{
public:
    struct Figure {
        qsizetype end = 0;   // one past the last character read (digits, separators and Korean units)
        QString number;     // the digits as written, separators removed: "3,500" -> "3500", "1.20" -> "1.2"
        QString value;      // the amount with its Korean units applied: "3,500만" -> "35000000"; == number without units
    };

    // Parses the figure starting at `pos` (which must be a digit); end == pos when there is none.
    static Figure parseAt(const QString &text, qsizetype pos);
    // Canonical value of the first figure in `text`, or an empty string (for tests and callers that compare figures).
    static QString canonical(const QString &text);
};

} // namespace Protostar
