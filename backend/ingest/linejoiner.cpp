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
    }
    // Every word followed by another, keyed by the first and the other's first one or two letters: how often the
    // document writes two halves apart ("수 있" in "수 있습니다"). Across line ends too, as the text reads.
    QString previous;
    for (const QString &line : lines) {
        for (const QString &token : line.toCaseFolded().split(u' ', Qt::SkipEmptyParts)) {
            if (!previous.isEmpty()) {
                for (qsizetype n = 1; n <= 2 && n <= token.size(); ++n)
                    ++m_apart[previous + u' ' + token.left(n)];
            }
            previous = lastToken(token);
            // Only a word that ends its token stands right before the space.
            if (!previous.isEmpty() && !token.endsWith(previous))
                previous.clear();
        }
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
    return m_apart.value(first.toCaseFolded() + u' ' + second.toCaseFolded());
}

QString LineJoiner::join(const QString &line, const QString &next, Rule *rule) const
{
    Rule ignored = Rule::None;
    Rule &why = rule ? *rule : ignored;
    why = Rule::None;
    const QString head = line.trimmed();
    const QString tail = next.trimmed();
    if (head.isEmpty() || tail.isEmpty())
        return {};
    if (head.endsWith(u'-')) {
        QString joined = joinHyphenated(head, tail);
        why = joined.isEmpty() ? Rule::None : Rule::Hyphen;
        return joined;
    }
    if (isHangulSyllable(head.back()) && isHangulSyllable(tail.front()))
        return joinHangul(head, tail, &why);
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

QString LineJoiner::joinHangul(const QString &head, const QString &tail, Rule *rule) const
{
    const QString left = lastToken(head);
    const QString right = leadingRun(firstToken(tail), true);
    if (left.isEmpty() || !isHangulSyllable(left.back()) || right.isEmpty())
        return {};
    // A Sino-Korean noun cut from its 하다/되다 ending ("단축" / "했습니다."): the ending cannot start a word, and the noun
    // stands nowhere else on its own. A noun ending in a particle or verb ending ("작업을" / "했다", "이르게" / "되어")
    // is a word of its own; measured on ko-rag-eval's page text (bench_linejoins, docs/BENCHMARKS.md).
    static const QRegularExpression verbEnding(QStringLiteral(
        "^(하는|하여|하고|하며|하였|했|합니|한다|함으로|하기|하지|해야|해서|하던|하도록|된다|되어|됩니|되었|됐|되는|되고)"));
    static const QString particleEnds = QStringLiteral("을를이가은는에의와과도만로고며서면다요야게록한사히");
    const bool nounCut = left.size() >= 2 && std::all_of(left.begin(), left.end(), isHangulSyllable)
        && !particleEnds.contains(left.back()) && (verbEnding.match(right).hasMatch() || right == u"함") && count(left) <= 1;
    // The word's cut shows in the document's other sentences: a word of it begins with both halves joined
    // ("쿠버네티스" for "쿠버네" / "티스를"), more often than the halves stand apart ("수 있습니다" beats one "수있는").
    const QString start = right.left(2);
    const int joined = countStartingWith(left + start);
    if (joined == 0 && !nounCut)
        return {};
    const int apart = countApart(left, start) - 1; // this break is one of them
    if (joined > apart)
        *rule = Rule::Vocabulary;
    else if (nounCut && apart <= 0)
        *rule = Rule::VerbEnding;
    return *rule == Rule::None ? QString() : head + tail;
}

} // namespace Protostar
