// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Protostar {

struct LexicalToken {
    enum Kind : quint8 { Unigram, Bigram, Trigram, Word, Stem, Joint };
    QString term;
    Kind kind = Word;
    int position = 0; // character offset in the normalised text, for proximity
};

// Turns Korean/English text into index terms: Hangul (and Han) syllable n-grams with particles cut off, Latin words
// without English stop words, and numbers with figures in one canonical spelling (3,500만원 -> 35000000).
// Stateless; thread-safe.
class LexicalTokenizer
{
public:
    // Joints: the last syllable of a Hangul word and the first of the next, across the white space between them (a
    // phrase signal, and it rejoins a word a PDF line break cut in two).
    enum KindFlag { Unigrams = 1, Bigrams = 2, Trigrams = 4, Words = 8, Stems = 16, Joints = 32, AllKinds = 63 };

    // NFKC and case folding: full-width forms, compatibility jamo and letter case stop mattering.
    static QString normalize(const QString &text);
    // Tokens of already normalised text. A one-syllable word (after particles) is a Bigram-kind token so that it is
    // searchable whenever bigrams are.
    static QList<LexicalToken> tokenizeNormalized(const QString &normalized, int kinds = AllKinds);
    static QList<LexicalToken> tokenize(const QString &text, int kinds = AllKinds)
    {
        return tokenizeNormalized(normalize(text), kinds);
    }
    // True for a Korean particle or ending that carries no topic (은, 는, 에서, ...); exposed for tests.
    static bool isParticle(const QString &syllables);
    static bool isEnglishStopWord(const QString &word);
    // True for a question word run (무엇인가, 어떻게, 누구의): it names what is asked, never what is in the documents.
    static bool isQuestionWord(QStringView run);
    // Where a Latin word that ends at `end` really ends: a one-letter language name takes its "++" or
    // "#" ("C++", "C#"), which would otherwise leave a lone letter that no search can use.
    static qsizetype wordEnd(const QString &text, qsizetype start, qsizetype end);
};

} // namespace Protostar
