// SPDX-License-Identifier: MIT
#include "providers/rankedquotes.h"

#include "providers/instructiontext.h"

namespace Protostar {

namespace {

using Sentence = SentencePool::Sentence;

// How the ranking reads a sentence's figure: on a header line or not, and what it stands under (FigureRanking::valueIn).
struct ReadAs {
    bool headerLine = false;
    QString label;
};

ReadAs readAs(const Sentence &s, const AnswerRequest &request)
{
    const Chunk &chunk = request.evidence.at(s.evidenceIndex).ref.chunk;
    return {FigureRanking::isHeader(chunk.headingPath), FigureRanking::labelOf(chunk.text, s.start, chunk.headingPath)};
}

} // namespace

QList<Sentence> RankedQuotes::choose(const SentencePool &pool, const AnswerRequest &request, const FigureRanking &ranking)
{
    return ranking.firstOfEach(
        pool.sentences(), [](const Sentence &s) { return s.candidate; },
        [&](const Sentence &s) -> std::optional<double> {
            // A heading states where and when someone worked ("모래시계랩 (2020.09 ~ 2024.04)"), never a total. A line
            // is not left out for sharing no word with "Who asks the least?" (SentencePool's exclusion), only for
            // speaking to the assistant.
            if (s.start < 0 || InstructionText::addressesAssistant(s.text))
                return std::nullopt;
            const ReadAs as = readAs(s, request);
            return ranking.valueIn(s.text, as.headerLine, as.label);
        },
        pool.sentences().size());
}

QString RankedQuotes::currencyNote(const QList<Sentence> &chosen, const AnswerRequest &request, const FigureRanking &ranking)
{
    // The currencies of the lines quoted, as the ranking read them (the order asked: 원 first, then $, £, …).
    QStringList currencies;
    for (const Sentence &s : chosen) {
        const ReadAs as = readAs(s, request);
        if (const QString unit = ranking.currencyIn(s.text, as.headerLine, as.label); !unit.isEmpty() && !currencies.contains(unit))
            currencies.append(unit);
    }
    return currencies.size() > 1 ? mixedCurrencySentence(request.language, currencies) : QString();
}

QString RankedQuotes::mixedCurrencySentence(const QString &language, const QStringList &currencies)
{
    // In the answer's language, as its refusal sentence: the answer speaks the question's language, whatever the UI's.
    // It writes no figure, so the figure guard keeps it.
    const QString listed = currencies.join(QStringLiteral(", "));
    return language == QLatin1String("ko")
        ? QString::fromUtf8("금액이 서로 다른 통화(%1)로 적혀 있어 통화끼리는 비교하지 않았습니다(환율 미적용). 통화별 순서입니다:").arg(listed)
        : QStringLiteral("These amounts are written in different currencies (%1) and are not compared across them (no exchange rate "
                         "is applied); each currency is ranked on its own:")
              .arg(listed);
}

} // namespace Protostar
