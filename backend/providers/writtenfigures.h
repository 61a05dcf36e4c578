// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Protostar {

// Figures exactly as a text writes them: what the figure guard demands an answer quote verbatim, what a
// question's years and amounts must find in a passage, and what figure recall counts. Matching is on the
// written form (NFC, whitespace collapsed); FigureValues compares values across spellings instead.
// Stateless; thread-safe.
class WrittenFigures
{
public:
    // Every number, amount, percentage, date or unit figure of `text`, exactly as written (whitespace
    // collapsed; [n] markers ignored).
    static QStringList of(const QString &text);
    // Whether `figure` occurs in `haystack` (both whitespace-collapsed) not glued to further digits.
    static bool contains(const QString &haystack, const QString &figure);
    // The figures of a question that only their exact form answers: signed ("-5%") or a share ("18%", "30퍼센트").
    // "성장률 -5%인 후보는?" is not answered by "5명", however well the term "5" matches. A question that sets a bar
    // or asks for a superlative is met by other figures and must not be asked this (the caller knows its intent).
    static QStringList exactlyAsked(const QString &question);
};

} // namespace Protostar
