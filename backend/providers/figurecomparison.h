// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace Protostar {

// A figure the question compares against ("10k TPS 이상", "more than 5 years", "3년 미만") and the test of a
// sentence against it: a passage that states the same unit on the wrong side (4,000 TPS for "10k TPS 이상") is
// related, not an answer. Only the units both sides write comparably are judged (TPS, 년/years, 명/people, %,
// 원 ...); anything else is left to the other signals. Value type; thread-safe.
class FigureComparison
{
public:
    enum class Op { AtLeast, MoreThan, AtMost, LessThan };
    enum class Verdict {
        NoFigure, // the sentence states no figure of this unit
        Meets,    // at least one of its figures of this unit meets the comparison
        Fails,    // every figure of this unit it states is on the wrong side
    };

    // The first comparison in the question, if it has one with a known unit.
    static std::optional<FigureComparison> inQuestion(const QString &question);
    Verdict judge(const QString &sentence) const;

    double value = 0.0;
    QString unit; // canonical: "tps", "년", "명", "%", "원", ...
    Op op = Op::AtLeast;

    bool meets(double stated) const;
    // The canonical unit of `token` (lower-cased), or an empty string when it is not one this class compares.
    static QString canonicalUnit(const QString &token);
};

} // namespace Protostar
