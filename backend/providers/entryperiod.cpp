// SPDX-License-Identifier: MIT
#include "providers/entryperiod.h"

#include "providers/inlineentries.h"

#include <QRegularExpression>

namespace Protostar {

int EntryPeriod::end(const QString &text)
{
    static const QRegularExpression ongoing(QStringLiteral("[~–-]\\s*(?:현재|재직\\s*중|present|now|current)"),
                                            QRegularExpression::CaseInsensitiveOption);
    // The last date written is the period's end: "2019.03 ~ 2023.02", "Jun 2016 – Feb 2021" (its year).
    static const QRegularExpression date(QStringLiteral("((?:19|20)\\d{2})(?:\\s*[./-]\\s*(\\d{1,2}))?"));
    if (!InlineEntries::isEntryTitle(text) && !InlineEntries::isEntryLine(text))
        return -1;
    if (ongoing.match(text).hasMatch())
        return kOngoing;
    int last = -1;
    for (auto it = date.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        last = m.captured(1).toInt() * 100 + m.captured(2).toInt();
    }
    return last;
}

} // namespace Protostar
