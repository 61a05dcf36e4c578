// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QStringView>

#include <algorithm>

namespace Protostar {

// Precomposed Hangul syllables (가..힣), the block NFC text uses for Korean. Conjoining jamo and compatibility
// letters are deliberately left out: NFC composes jamo, and a lone ㅋ is not a word's syllable.
inline bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

inline bool containsHangul(QStringView text)
{
    return std::any_of(text.begin(), text.end(), isHangulSyllable);
}

inline bool isAllHangul(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isHangulSyllable);
}

} // namespace Protostar
