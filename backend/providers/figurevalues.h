// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Protostar {

// The values of figures however they are spelled, for matching an amount a question names against the one a
// passage writes: 3,500만원, 35,000,000원, 3천5백만원 and "35 million won" are all 35000000. Answers never use
// these spellings; they quote the document (FigureGuard). Text is folded (AnswerText::foldForMatching).
// Stateless; thread-safe.
class FigureValues
{
public:
    // `folded` with each figure written with a multiplier (3,500만, 1억 2,000만, 3천5백만, 35 million) spelled
    // as its plain value (35000000); plain numbers, and article numbers (제3조), stay as written.
    static QString plain(const QString &folded);
    // The plain values of every figure in `folded` (FigureNormalizer, then English multiplier words).
    static QStringList values(const QString &folded);
    // Whether `folded` states a figure of value `plainValue` in any spelling.
    static bool writes(const QString &folded, const QString &plainValue);
    // Amounts of at least five digits with the unit written next to them, "95000000원" for 9,500만원,
    // 95,000,000원 and "95 million won" alike ("$145000" for $145,000, "£95000" for GBP 95,000): a count of the
    // same value ("3,500만 건") is another amount. Units are currencies (isCurrency) and counters; "35000000 이상"
    // has none.
    static QStringList amounts(const QString &folded);
    // Whether `folded` states `amount` (one of amounts()); a unit missing on either side matches any unit.
    static bool writesAmount(const QString &folded, const QString &amount);

    // Every figure of `folded` with its value, where it is written, and the unit next to it as amounts() reads it
    // ("개월" for months; "년" for an English year word too: "6 years", "8+ years"), for ranking lines by a field.
    struct Stated {
        qsizetype start = 0;
        qsizetype end = 0;
        double value = 0.0;
        QString unit;
    };
    static QList<Stated> stated(const QString &folded);
    // Whether a unit of stated() / amounts() is a currency: 원 (KRW, ₩, won), $ (USD, US$, dollars), £ (GBP), € (EUR),
    // JPY (yen, 엔, 円, JP¥), CNY (RMB, 元, 위안, CN¥), ¥ (the sign alone, which writes the yen and the yuan alike and so
    // is neither), or another country's dollar ("C$", "HK$"), each its own: no two are ever compared. writesAmount()
    // lets a bare ¥ stand for JPY or CNY, as either may be meant; nothing converts between them.
    static bool isCurrency(const QString &unit);
    // Where a currency's amounts order among those of others (원 first, then $, £, €, JPY, CNY, ¥, other dollars): the
    // ranking is made within each currency, the currencies one after another.
    static int currencyOrder(const QString &unit);
};

} // namespace Protostar
