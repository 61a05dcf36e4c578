// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Protostar {

// Text helpers shared by the answer providers, the figure guard and refusal scoring: sentence
// spans, question terms, figures and [n] markers. Stateless; thread-safe.
class AnswerText
{
public:
    struct Span {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    // Sentences of a document passage (Korean or English). Line-wrapped text is joined; a line that
    // ends a sentence, a short line (heading) or a following bullet ends the sentence.
    static QList<Span> sentences(const QString &text);
    // Content terms of a question, lower-cased and NFC: Hangul syllable bigrams of each word (question
    // words like 무엇/설명 dropped), Latin words without English stop words, and numbers. Distinct, in order.
    static QStringList terms(const QString &question);
    // The same terms of a passage (a chunk, an answer's sentence), read as written: none of the rewrites of what
    // a question asks for (yes/no, who, residence, latest job) apply, so a chunk that happens to read like a
    // question counts its own words.
    static QStringList passageTerms(const QString &text);
    // Content words of a question: Hangul words without their particles (and question words dropped),
    // Latin words without English stop words, and numbers; lower-cased NFC, distinct, in order. An amount
    // written with a multiplier is one plain value ("3,500만원", "35 million won" -> "35000000").
    static QStringList words(const QString &question);
    // Whether the question asks who ("PostgreSQL을 운영한 사람은?", "Which candidate knows Go?") rather
    // than about something of a known person.
    static bool asksWho(const QString &question);
    // Whether the question asks for a figure: an amount, share, count or date ("얼마", "몇 명", "규모",
    // "언제", "how many", "when"), or the length of a career ("총 경력", "years of experience").
    static bool asksFigure(const QString &question);
    // Whether the question asks for the latest job ("직전 회사", "현재 직장", "current company", "last employer").
    static bool asksLatestJob(const QString &question);
    // Hangul syllable bigrams of `word` (the word itself when shorter than two syllables or not Hangul).
    static QStringList bigrams(const QString &word);
    // "ko" when at least as many words have Hangul as have only other letters, else "en".
    static QString language(const QString &text);
    // Runs of whitespace (line breaks included) become one space; the text is trimmed.
    static QString collapseSpaces(const QString &text);
    // Lower-cased NFC text with whitespace collapsed: what terms are matched against.
    static QString foldForMatching(const QString &text);
    // Removes [n] / [n, m] markers (and the space before each).
    static QString stripMarkers(const QString &text);

private:
    static QStringList wordsOf(const QString &text, bool asQuestion);
    static QStringList termsOf(const QStringList &words);
};

} // namespace Protostar
