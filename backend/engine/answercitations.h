// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Protostar {

// The citations of a finished answer: each marker [n] names the passage it quotes, the sources list has no
// gaps and reads in the order of the answer, and each citation carries the sentences citing it
// (QuotedSentences). Stateless; thread-safe.
class AnswerCitations
{
public:
    // The citation numbered `n` for a retrieved chunk (also a refusal's related passages).
    static Citation of(int n, const ChunkRef &ref);
    // `text`'s markers, which number `sources` (1-based; only those in `cited` are kept), renumbered 1, 2, 3… in the
    // order first cited into `numbered`, and the citations in that order.
    static QList<Citation> number(const QString &text, const QSet<int> &cited, const QList<ChunkRef> &sources, QString &numbered);
};

} // namespace Protostar
