// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QStringView>

namespace Protostar {

// Whether `c` is one of the forty most common Korean surnames, which cover about nine in ten people.
// Both a résumé's bare title and a question's "김철수의" are taken as a name only when it starts with one:
// most ordinary words of that shape do not (경력사항, 차이점).
inline bool isCommonKoreanSurname(QChar c)
{
    static constexpr QStringView surnames = u"김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현";
    return surnames.contains(c);
}

} // namespace Protostar
