// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerprovider.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Protostar {

// What the figure guard made of a provider's answer.
struct GuardedAnswer {
    QString text;                 // kept sentences with their valid [n] markers
    QStringList unverified;       // removed sentences (markers stripped), in answer order
    QList<int> cited;             // distinct valid citation numbers left in `text`, ascending
    QList<int> inventedCitations; // marker numbers that pointed at no evidence and were dropped
};

// Checks an answer against its numbered evidence before anyone sees it, whatever the provider:
// every figure (number, amount, percentage, date, unit) of a sentence must occur verbatim (after NFC,
// with line breaks counted as spaces) in a passage that sentence cites; a sentence that fails is
// removed and reported. Figures are compared as written, never reformatted: "1,200만 건" does not
// vouch for "12,000,000건". Markers citing evidence that does not exist are dropped.
// A sentence without a marker is checked against every passage the answer cites elsewhere (its
// neighbours' sources); when the answer cites nothing at all, against all the evidence given.
// Stateless; thread-safe.
class FigureGuard
{
public:
    static GuardedAnswer apply(const QString &answer, const QList<Evidence> &evidence);
};

} // namespace Protostar
