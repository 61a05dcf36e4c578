// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Protostar {

// Which sentences of an answer cite which passage, and where such a sentence stands in a document. A cited
// paragraph may run to several sentences; the viewer marks the ones the answer quoted inside it, so the
// recruiter sees at once what the answer rests on. Stateless; thread-safe.
class QuotedSentences
{
public:
    // For each marker number, the text before it back to the previous marker or line start, markers
    // removed, in answer order: "A. [1] B. [2]" gives {1: ["A."], 2: ["B."]}. A marker right after another
    // ("C. [1] [2]") cites the same sentence.
    static QHash<int, QStringList> ofAnswer(const QString &answer);
    // Sets each citation's `quoted` from `answer` (whose markers are the citations' numbers).
    static void attach(const QString &answer, QList<Citation> &citations);
    // Where `sentence` stands in `text` between `from` and `to`, matched with whitespace runs equal and
    // case as written: [start, end) offsets into `text`, or nothing. A label the answer put before a quote
    // ("Emily Stone: …") is not in the document, so when the whole sentence is not found, what follows
    // each ": " in turn is tried.
    static std::optional<std::pair<qsizetype, qsizetype>> locate(const QString &text, qsizetype from, qsizetype to,
                                                                 const QString &sentence);
};

} // namespace Protostar
