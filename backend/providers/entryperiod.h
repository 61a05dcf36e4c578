// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Protostar {

// When a job entry's period ends, read from its heading or entry line ("Harborview Systems — … (Mar 2021 – Present)",
// "- 2019.07 ~ 현재 …", "새벽소프트 (2021.02 ~ 2024.06)"), to find someone's latest job. Stateless; thread-safe.
class EntryPeriod
{
public:
    // yyyymm of the period's end; an ongoing period ("~ 현재", "– Present", "재직 중") is later than any; -1 when `text`
    // is no entry stating a period (InlineEntries::isEntryTitle / isEntryLine).
    static int end(const QString &text);
    static constexpr int kOngoing = 999999;
};

} // namespace Protostar
