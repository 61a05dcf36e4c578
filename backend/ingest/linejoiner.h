// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Protostar {

// Decides whether a PDF line break falls inside a word, judged by the document's own vocabulary (a PDF keeps no
// trace of where a word was cut): an English word hyphenated at the line's end ("Kuber-" / "netes" is one word,
// "cross-" / "functional" keeps its hyphen when the document writes it so, "data-" / "driven" when it writes "data" alone
// and never "datadriven"; "manage-" / "ment" joins, a suffix), and a Korean word cut without a hyphen
// ("쿠버네" / "티스를", "데이터엔지" / "니어로"), which most Korean PDFs do not do: they wrap at a space, so a Hangul
// break is joined only when the document writes the joined word elsewhere (or, for a 하다/되다 verb, when the noun before
// it stands nowhere else on its own and is no free-standing adverb: "직접" / "했습니다" stays apart). Built once per
// document from all its lines; a plain value, no threads.
class LineJoiner
{
public:
    explicit LineJoiner(const QStringList &lines);

    // Which rule joined two lines (bench_linejoins counts them apart).
    enum class Rule { None, Hyphen, Vocabulary, VerbEnding };

    // `line` and `next` as one line when `line` ends inside a word that `next` continues ("…Kuber-" + "netes" →
    // "…Kubernetes", "…쿠버네" + "티스를 …" → "…쿠버네티스를 …"); an empty string when the break falls between words.
    QString join(const QString &line, const QString &next, Rule *rule = nullptr) const;

private:
    QString joinHyphenated(const QString &head, const QString &tail) const;
    QString joinHangul(const QString &head, const QString &tail, Rule *rule) const;
    // How often the document writes `word` (case-folded) as a word of its own, and how many of its words begin with
    // `prefix`.
    int count(const QString &word) const { return m_words.value(word.toCaseFolded()); }
    int countStartingWith(const QString &prefix) const;
    // How often the word `first` is followed, after a space or line break, by a word beginning with `second` (one or
    // two letters).
    int countApart(const QString &first, const QString &second) const;

    QHash<QString, int> m_words;
    QStringList m_sorted;       // the distinct words, sorted, for prefix counts
    QHash<QString, int> m_apart; // "word next-word's-first-letters" -> how often
    QHash<QString, int> m_standalone; // Latin words written as a token of their own (case-folded) -> how often
};

} // namespace Protostar
