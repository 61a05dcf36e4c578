// SPDX-License-Identifier: MIT
#include "ingest/linejoiner.h"

#include "ingest/runninglines.h"

#include <QRegularExpression>

#include <algorithm>

namespace Protostar {

namespace {

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// The words of a line: runs of letters, digits and hyphens ("cross-functional", "쿠버네티스" in "Kubernetes(쿠버네티스)").
QStringList wordsOf(const QString &line)
{
    static const QRegularExpression between(QStringLiteral("[^\\p{L}\\p{N}\\p{M}-]+"));
    return line.split(between, Qt::SkipEmptyParts);
}

QString lastToken(const QString &line)
{
    const QStringList words = wordsOf(line);
    return words.isEmpty() ? QString() : words.constLast();
}

QString firstToken(const QString &line)
{
    const QStringList words = wordsOf(line);
    return words.isEmpty() ? QString() : words.constFirst();
}

// The leading run of `word` in one script: its Hangul syllables or its Latin letters.
QString leadingRun(const QString &word, bool hangul)
{
    qsizetype n = 0;
    while (n < word.size() && (hangul ? isHangulSyllable(word[n]) : (word[n].isLetter() && word[n].script() == QChar::Script_Latin)))
        ++n;
    return word.left(n);
}

} // namespace

LineJoiner::LineJoiner(const QStringList &lines)
{
    for (const QString &line : lines) {
        for (const QString &word : wordsOf(line)) {
            // "cross-" at a line's end is half a word: counted, it would make "cross" a word of the document.
            if (!word.endsWith(u'-') && !word.startsWith(u'-'))
                ++m_words[word.toCaseFolded()];
        }
        m_text += line.simplified().toCaseFolded() + u' ';
    }
    m_sorted = m_words.keys();
    std::sort(m_sorted.begin(), m_sorted.end());
}

int LineJoiner::countStartingWith(const QString &prefix) const
{
    const QString p = prefix.toCaseFolded();
    int n = 0;
    for (auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), p); it != m_sorted.end() && it->startsWith(p); ++it)
        n += m_words.value(*it);
    return n;
}

int LineJoiner::countApart(const QString &first, const QString &second) const
{
    const QString needle = first.toCaseFolded() + u' ' + second.toCaseFolded();
    int n = 0;
    for (qsizetype at = m_text.indexOf(needle); at >= 0; at = m_text.indexOf(needle, at + 1)) {
        if (at == 0 || !isWordChar(m_text[at - 1]))
            ++n;
    }
    return n;
}

QString LineJoiner::join(const QString &line, const QString &next) const
{
    const QString head = line.trimmed();
    const QString tail = next.trimmed();
    if (head.isEmpty() || tail.isEmpty())
        return {};
    if (head.endsWith(u'-'))
        return joinHyphenated(head, tail);
    if (isHangulSyllable(head.back()) && isHangulSyllable(tail.front()))
        return joinHangul(head, tail);
    return {};
}

QString LineJoiner::joinHyphenated(const QString &head, const QString &tail) const
{
    const QString joined = RunningLines::joinHyphenated(head, tail);
    if (joined.isEmpty())
        return {};
    const QString left = leadingRun(lastToken(head.chopped(1)).split(u'-').constLast(), false);
    const QString first = firstToken(tail);
    const QString right = leadingRun(first, false);
    // A real hyphen at the line's end ("cross-" / "functional"): the document writes the hyphenated word and never the
    // joined one, or writes both halves as words of their own. Otherwise it only cut the word ("Kuber-" / "netes").
    const QString whole = (lastToken(head.chopped(1)) + u'-' + right);
    const bool hyphenWritten = count(left + right) == 0 && count(whole) > 0;
    const int rightElsewhere = count(right) - (first.compare(right, Qt::CaseInsensitive) == 0 ? 1 : 0);
    const bool halvesAreWords = count(left) > 0 && rightElsewhere > 0;
    return hyphenWritten || halvesAreWords ? head + tail : joined;
}

QString LineJoiner::joinHangul(const QString &head, const QString &tail) const
{
    const QString left = lastToken(head);
    const QString right = leadingRun(firstToken(tail), true);
    if (left.isEmpty() || !isHangulSyllable(left.back()) || right.isEmpty())
        return {};
    // The word's cut shows in the document's other sentences: a word of it begins with both halves joined
    // ("쿠버네티스" for "쿠버네" / "티스를"), more often than the halves stand apart ("수 있습니다" beats one "수있는").
    const QString start = right.left(2);
    const int apart = countApart(left, start) - 1; // this break is one of them
    if (countStartingWith(left + start) > apart)
        return head + tail;
    // A Sino-Korean noun cut from its 하다/되다 ending ("단축" / "했습니다."): the ending cannot start a word, and the noun
    // stands nowhere else on its own. A noun ending in a particle or verb ending ("작업을" / "했다", "이르게" / "되어")
    // is a word of its own; measured on ko-rag-eval's page text (see docs/BENCHMARKS.md).
    static const QRegularExpression verbEnding(QStringLiteral(
        "^(하는|하여|하고|하며|하였|했|합니|한다|함으로|하기|하지|해야|해서|하던|하도록|된다|되어|됩니|되었|됐|되는|되고)"));
    static const QString particleEnds = QStringLiteral("을를이가은는에의와과도만로고며서면다요야게록한사히");
    const bool nounOnly = left.size() >= 2 && std::all_of(left.begin(), left.end(), isHangulSyllable)
        && !particleEnds.contains(left.back());
    if (nounOnly && (verbEnding.match(right).hasMatch() || right == u"함") && count(left) <= 1 && apart <= 0)
        return head + tail;
    return {};
}

} // namespace Protostar
