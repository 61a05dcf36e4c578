// SPDX-License-Identifier: MIT
#pragma once

#include "providers/figurevalues.h"
#include "rag/lexicalindex.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>

namespace Protostar {

// A superlative asked over the candidates' figures of one field ("희망 연봉이 가장 높은 사람은?", "Who has the most
// years of experience?", "who asks the least"): the field's unit (원 for pay, 년 for the length of a career), which
// end comes first, and the figure of that field a line states ("연봉 희망 8,200만원, 재택 주 2일" is 82000000; "직무:
// DevOps / SRE 엔지니어, 경력 7년 연봉 희망 6,500만원" is 7 asked for the career, 65000000 for pay). The values
// only order the quotes; a graduation is ordered by the last date its school's line writes ("가장 최근에 졸업한 사람은?").
// The values only order the quotes: the answer still quotes each line as written (FigureGuard), never a computed figure.
// Only a question asking the field and nothing else ranks ("the most experience with Kafka" asks for Kafka).
// Value type; thread-safe.
class FigureRanking
{
public:
    enum class Field { Pay, CareerYears, Graduation };

    static std::optional<FigureRanking> inQuestion(const QString &question);

    // The figure of the field that `text` states, read as the field's own line would write it: an amount of
    // money after a pay word, a count of years after a career word ("경력 7년", "N년차", "over 8 years of
    // experience"); a count of years without the word only on a header line (`headerLine`: before any
    // section, or under a personal-details one: "Data Engineer · 6 years · Busan"). None when it states none.
    // `label` is what `text` stands under, a heading or a label line of its own ("희망 연봉" over "8,000만원 (현재 연봉
    // 7,100만원)"): when it names the field asked and `text` writes its figure before any word of its own, that first
    // figure is the field's value, not one a parenthesis after it names for another field.
    // The value orders; it is the figure's own except for pay in a currency other than 원 ("$120,000", "GBP 95,000"),
    // which no exchange rate is invented to compare: it orders after every 원 amount (in either direction asked), each
    // currency after the one before it (FigureValues::currencyOrder: $, £, €, ¥, CNY), among its own by value.
    std::optional<double> valueIn(const QString &text, bool headerLine, const QString &label = {}) const;
    // The currency of the pay figure valueIn() reads ("원", "$", "£"); empty when it reads none or the field is no pay.
    // More than one among the lines quoted, and the ranking was made within each only, which the answer must say
    // (RankedQuotes::currencyNote).
    QString currencyIn(const QString &text, bool headerLine, const QString &label = {}) const;
    // What the line at `start` of `passage` stands under (see valueIn): the line right before it when that is a short
    // one stating no figure, the passage's own heading when it is the passage's first line, else nothing.
    static QString labelOf(const QString &passage, qsizetype start, const QStringList &headingPath);
    // The words of the field the question writes ("희망 연봉", "years experience"), or the field's own when it writes
    // none ("Who asks the least?" asks the pay): what passages are searched and their support judged by, as no
    // passage writes "가장 높은" or "the least".
    QString fieldWords(const QString &question) const;
    // Whether a passage with this heading path is a header one (see valueIn).
    static bool isHeader(const QStringList &headingPath);
    // Whether `a` comes before `b` in the order asked.
    bool before(double a, double b) const { return highestFirst ? a > b : a < b; }

    // From the hits of a wide search, each candidate's first passage stating the field's figure, the candidates
    // in the order asked (ties in retrieval order), at most `max`; empty when no passage states one.
    QList<SearchHit> rank(const QList<SearchHit> &hits, int max) const;
    // The ranking step of rank() and RankedQuotes: of `items` (passages or sentences, in retrieval order), each
    // candidate's first whose figure `valueOf` reads, in the order asked (ties as given), at most `max`.
    template <typename T, typename CandidateOf, typename ValueOf>
    QList<T> firstOfEach(const QList<T> &items, CandidateOf candidateOf, ValueOf valueOf, qsizetype max) const
    {
        QList<std::pair<T, double>> ranked;
        QSet<CandidateId> seen;
        for (const T &item : items) {
            const CandidateId candidate = candidateOf(item);
            if (seen.contains(candidate))
                continue;
            if (const std::optional<double> v = valueOf(item)) {
                seen.insert(candidate);
                ranked.append({item, *v});
            }
        }
        std::stable_sort(ranked.begin(), ranked.end(), [&](const auto &a, const auto &b) { return before(a.second, b.second); });
        QList<T> out;
        for (qsizetype i = 0; i < ranked.size() && i < max; ++i)
            out.append(ranked.at(i).first);
        return out;
    }

    Field field = Field::Pay;
    bool highestFirst = true;
    bool desired = false; // the question asks the desired pay (희망, expected), not the current one

private:
    // The figure of the field `text` states, with its unit (see valueIn).
    std::optional<FigureValues::Stated> figureIn(const QString &text, bool headerLine, const QString &label) const;
};

} // namespace Protostar
