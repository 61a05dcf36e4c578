// SPDX-License-Identifier: MIT
#include "ingest/linejoiner.h"

#include "core/hangul.h"
#include "ingest/runninglines.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Protostar {

namespace {

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

// An English ending that never stands as a word after a hyphen: the right part of a word cut at its suffix.
bool isSuffix(const QString &part)
{
    static const QRegularExpression suffix(QStringLiteral(
        "^(?:s|es|ed|er|ers|est|ing|ings|ly|ment|ments|tion|tions|sion|sions|ation|ations|ness|able|ible|ably|ity|ities|ive|"
        "ives|al|ally|ance|ence|ant|ent|ism|ist|ists|ize|ized|izes|ise|ised|ful|less|ous|ship|ure|ures|age|ic|ics|ical|y|ry|"
        "ery|or|ors|ator|ators|ee|ees|ian|ians|ware|wise)$"),
        QRegularExpression::CaseInsensitiveOption);
    return suffix.match(part).hasMatch();
}

// Free-standing adverbs of two syllables or more that end in no particle-like syllable and are no 하다 noun: before
// "했습니다" at a line's start they are a word of their own ("직접" / "했습니다", "다시" / "하는"), not a noun cut from its
// ending. A closed class of the language, not of any one document.
bool isAdverb(const QString &word)
{
    static const QSet<QString> adverbs = [] {
        QSet<QString> set;
        for (const char *a : {"직접", "다시", "먼저", "함께", "모두", "계속", "가장", "처음", "이미", "주로", "또한", "아직", "이제",
                              "항상", "자주", "매우", "너무", "아주", "더욱", "점차", "점점", "서로", "새로", "미리", "따로", "전혀",
                              "별로", "거의", "결국", "일단", "오히려", "비로소", "가끔", "정말", "진짜", "제일", "조금", "약간", "즉시",
                              "당장", "언제나", "다만", "단지", "오직", "오래", "멀리", "마침내", "드디어", "역시", "아무리", "혼자",
                              "모조리", "전부", "대개", "보통", "종종", "흔히", "널리", "끝내"}) {
            set.insert(QString::fromUtf8(a));
        }
        return set;
    }();
    return adverbs.contains(word);
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
    // Latin words the document writes on their own: a token of letters alone, perhaps with punctuation around it ("data,"
    // counts; "github.com" and "data-driven" do not make "com" or "data" a word of the document).
    static const QRegularExpression latinWord(QStringLiteral("^[^\\p{L}\\p{N}]*(\\p{Latin}+)[^\\p{L}\\p{N}]*$"));
    for (const QString &line : lines) {
        for (const QString &token : line.split(u' ', Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = latinWord.match(token);
            if (m.hasMatch() && !token.endsWith(u'-'))
                ++m_standalone[m.captured(1).toCaseFolded()];
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
    // A compound's first word at the line's end ("data-" / "driven", "well-" / "known"): the document writes the left
    // part as a word of its own and never the joined form, and the right part is no suffix ("manage-" / "ment" is one
    // word cut). Three letters and fewer are too often a longer word's first syllable ("in-" / "formation", "for-" /
    // "mation") that the document also writes as a word.
    const bool compound = left.size() >= 4 && m_standalone.value(left.toCaseFolded()) > 0 && count(left + right) == 0
        && !isSuffix(right);
    return hyphenWritten || halvesAreWords || compound ? head + tail : joined;
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
        && !particleEnds.contains(left.back()) && !isAdverb(left) && (verbEnding.match(right).hasMatch() || right == u"함")
        && count(left) <= 1;
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
