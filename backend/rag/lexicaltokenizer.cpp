// SPDX-License-Identifier: MIT
#include "rag/lexicaltokenizer.h"

#include "core/hangul.h"
#include "rag/figurenormalizer.h"

#include <QSet>

namespace Protostar {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return isHangulSyllable(c)
        || (u >= 0x4E00 && u <= 0x9FFF)     // CJK unified ideographs (Hanja in Korean text)
        || (u >= 0x3400 && u <= 0x4DBF);
}

bool isLatinOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || (u >= 0xC0 && u <= 0x24F && u != 0xD7 && u != 0xF7);
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Longest first, so that 에서는 is cut before 는. Only cut when two syllables remain: 회의 keeps its 의.
const QStringList &particles()
{
    static const QStringList list = [] {
        QStringList l{QStringLiteral("에서는"), QStringLiteral("으로는"), QStringLiteral("에게서"), QStringLiteral("까지는"),
                      QStringLiteral("으로서"), QStringLiteral("으로써"), QStringLiteral("이라는"), QStringLiteral("에서도"),
                      QStringLiteral("에서"), QStringLiteral("으로"), QStringLiteral("에게"), QStringLiteral("께서"),
                      QStringLiteral("까지"), QStringLiteral("부터"), QStringLiteral("마다"), QStringLiteral("처럼"),
                      QStringLiteral("보다"), QStringLiteral("이나"), QStringLiteral("에는"), QStringLiteral("와는"),
                      QStringLiteral("과는"), QStringLiteral("로서"), QStringLiteral("로써"), QStringLiteral("라는"),
                      QStringLiteral("이란"), QStringLiteral("에도"), QStringLiteral("은"), QStringLiteral("는"),
                      QStringLiteral("이"), QStringLiteral("가"), QStringLiteral("을"), QStringLiteral("를"),
                      QStringLiteral("의"), QStringLiteral("에"), QStringLiteral("와"), QStringLiteral("과"),
                      QStringLiteral("도"), QStringLiteral("로"), QStringLiteral("만"), QStringLiteral("란")};
        return l;
    }();
    return list;
}

const QSet<QString> &englishStopWords()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from",
                              "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those",
                              "as", "do", "does", "did", "what", "which", "who", "whom", "how", "when", "where", "why",
                              "has", "have", "had", "not", "no", "but", "if", "than", "then", "so", "about", "into",
                              "can", "could", "would", "should", "will", "there", "their", "they", "he", "she", "his",
                              "her", "we", "our", "you", "your", "i", "me", "my"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

void addCjkRun(QList<LexicalToken> &out, const QString &text, qsizetype start, qsizetype end, int kinds)
{
    qsizetype len = end - start;
    // A run standing alone that is only a particle (PostgreSQL을) says nothing.
    if (len <= 3 && LexicalTokenizer::isParticle(text.mid(start, len)))
        return;
    for (const QString &p : particles()) {
        if (len - p.size() >= 2 && QStringView(text).mid(start, len).endsWith(p)) {
            len -= p.size();
            break;
        }
    }
    if (LexicalTokenizer::isQuestionWord(QStringView(text).mid(start, end - start)))
        return;
    if ((kinds & LexicalTokenizer::Stems) && len >= 3)
        out.append({text.mid(start, len), LexicalToken::Stem, int(start)});
    if (len == 1) {
        if (kinds & (LexicalTokenizer::Bigrams | LexicalTokenizer::Unigrams))
            out.append({text.mid(start, 1), LexicalToken::Bigram, int(start)});
        return;
    }
    for (qsizetype i = 0; i < len; ++i) {
        const int pos = int(start + i);
        if (kinds & LexicalTokenizer::Unigrams)
            out.append({text.mid(start + i, 1), LexicalToken::Unigram, pos});
        if ((kinds & LexicalTokenizer::Bigrams) && i + 2 <= len)
            out.append({text.mid(start + i, 2), LexicalToken::Bigram, pos});
        if ((kinds & LexicalTokenizer::Trigrams) && i + 3 <= len)
            out.append({text.mid(start + i, 3), LexicalToken::Trigram, pos});
    }
}

} // namespace

QString LexicalTokenizer::normalize(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

bool LexicalTokenizer::isParticle(const QString &syllables)
{
    return particles().contains(syllables);
}

bool LexicalTokenizer::isEnglishStopWord(const QString &word)
{
    return englishStopWords().contains(word);
}

qsizetype LexicalTokenizer::wordEnd(const QString &text, qsizetype start, qsizetype end)
{
    if (end - start != 1 || !text.at(start).isLetter())
        return end;
    if (end + 1 < text.size() && text.at(end) == u'+' && text.at(end + 1) == u'+')
        return end + 2;
    if (end < text.size() && text.at(end) == u'#')
        return end + 1;
    return end;
}

bool LexicalTokenizer::isQuestionWord(QStringView run)
{
    static const QStringList words{QStringLiteral("무엇"), QStringLiteral("무슨"), QStringLiteral("어떤"), QStringLiteral("어떻"),
                                   QStringLiteral("어디"), QStringLiteral("언제"), QStringLiteral("누구"), QStringLiteral("누가"),
                                   QStringLiteral("얼마"), QStringLiteral("어느"), QStringLiteral("어떠"), QStringLiteral("몇"),
                                   // requests that only frame the question: 설명해주세요, 서술하시오, 알려주세요
                                   QStringLiteral("설명해"), QStringLiteral("설명하시"), QStringLiteral("서술해"),
                                   QStringLiteral("서술하시"), QStringLiteral("알려주"), QStringLiteral("말해주"),
                                   QStringLiteral("나열해"), QStringLiteral("기술해"), QStringLiteral("기술하시")};
    for (const QString &w : words) {
        if (run.startsWith(w))
            return true;
    }
    return false;
}

QList<LexicalToken> LexicalTokenizer::tokenizeNormalized(const QString &text, int kinds)
{
    QList<LexicalToken> out;
    out.reserve(text.size() * 2);
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype previousRunEnd = -1; // end of the last CJK run that may start a joint
    while (i < n) {
        const QChar c = text.at(i);
        if (isCjk(c)) {
            qsizetype j = i + 1;
            while (j < n && isCjk(text.at(j)))
                ++j;
            // A question word names what is asked, never what a document says: no joint into or out of it.
            const bool questionWord = (kinds & Joints) && isQuestionWord(QStringView(text).mid(i, j - i));
            if ((kinds & Joints) && previousRunEnd > 0 && !questionWord) {
                bool spaceOnly = true;
                for (qsizetype g = previousRunEnd; g < i && spaceOnly; ++g)
                    spaceOnly = text.at(g).isSpace();
                if (spaceOnly)
                    out.append({QString(text.at(previousRunEnd - 1)) + c, LexicalToken::Joint, int(previousRunEnd - 1)});
            }
            addCjkRun(out, text, i, j, kinds);
            previousRunEnd = questionWord ? -1 : j;
            i = j;
        } else if (isDigit(c)) {
            const FigureNormalizer::Figure f = FigureNormalizer::parseAt(text, i);
            if (kinds & Words) {
                out.append({f.number, LexicalToken::Word, int(i)});
                if (f.value != f.number)
                    out.append({f.value, LexicalToken::Word, int(i)});
            }
            i = qMax(f.end, i + 1);
        } else if (isLatinOrDigit(c)) {
            qsizetype j = i + 1;
            while (j < n && isLatinOrDigit(text.at(j)))
                ++j;
            j = wordEnd(text, i, j);
            const QString word = text.mid(i, j - i);
            if ((kinds & Words) && !isEnglishStopWord(word))
                out.append({word, LexicalToken::Word, int(i)});
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

} // namespace Protostar
