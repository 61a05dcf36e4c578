// SPDX-License-Identifier: MIT
#include "rag/lexicaltokenizer.h"

#include <QTest>

using namespace Protostar;
using namespace Qt::StringLiterals;

class tst_LexicalTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void terms_data();
    void terms();
    void kindsAndPositions();
};

namespace {

QStringList terms(const QString &text, int kinds)
{
    QStringList out;
    for (const LexicalToken &t : LexicalTokenizer::tokenize(text, kinds))
        out.append(t.term);
    return out;
}

} // namespace

void tst_LexicalTokenizer::terms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kinds");
    QTest::addColumn<QStringList>("expected");
    const int bw = LexicalTokenizer::Bigrams | LexicalTokenizer::Words;
    QTest::newRow("particle after Latin word dropped") << u"PostgreSQL을"_s << bw << QStringList{u"postgresql"_s};
    QTest::newRow("one-letter language names keep ++ and #") << u"C++17/20, C# and F#"_s << bw
                                                             << QStringList{u"c++"_s, u"17"_s, u"20"_s, u"c#"_s, u"f#"_s};
    QTest::newRow("a longer word does not take ++") << u"Notepad++ a+b"_s << bw << QStringList{u"notepad"_s, u"b"_s};
    QTest::newRow("possessive particle cut") << u"김지원의"_s << bw << QStringList{u"김지"_s, u"지원"_s};
    QTest::newRow("two-syllable noun with topic particle") << u"연봉은"_s << bw << QStringList{u"연봉"_s};
    QTest::newRow("two-syllable noun kept whole") << u"팀장"_s << bw << QStringList{u"팀장"_s};
    QTest::newRow("noun ending like a particle not cut") << u"회의"_s << bw << QStringList{u"회의"_s};
    QTest::newRow("longest particle first") << u"서울에서는"_s << bw << QStringList{u"서울"_s};
    QTest::newRow("mixed Korean English numbers")
        << u"React와 TypeScript로 3년 경력"_s << bw
        << QStringList{u"react"_s, u"typescript"_s, u"3"_s, u"년"_s, u"경력"_s};
    QTest::newRow("English stop words dropped")
        << u"The head of the data team"_s << bw << QStringList{u"head"_s, u"data"_s, u"team"_s};
    QTest::newRow("full-width and case folded") << u"ＡＷＳ Kubernetes"_s << bw << QStringList{u"aws"_s, u"kubernetes"_s};
    QTest::newRow("figure gives number and value")
        << u"3,500만원"_s << bw << QStringList{u"3500"_s, u"35000000"_s, u"원"_s};
    QTest::newRow("same figure, other spelling") << u"35,000,000원"_s << bw << QStringList{u"35000000"_s, u"원"_s};
    QTest::newRow("trigrams") << u"데이터베이스"_s << int(LexicalTokenizer::Trigrams)
                              << QStringList{u"데이터"_s, u"이터베"_s, u"터베이"_s, u"베이스"_s};
    QTest::newRow("unigrams") << u"경력"_s << int(LexicalTokenizer::Unigrams) << QStringList{u"경"_s, u"력"_s};
    QTest::newRow("Hanja run as n-grams") << u"漢字語"_s << bw << QStringList{u"漢字"_s, u"字語"_s};
    const int joints = LexicalTokenizer::Joints;
    QTest::newRow("joints across a space and a line break") << u"규정 취지는\n재직 중"_s << joints
                                                           << QStringList{u"정취"_s, u"는재"_s, u"직중"_s};
    QTest::newRow("no joint across punctuation, a figure or a Latin word")
        << u"규정, 취지 2024 기간 AI 모델"_s << joints << QStringList{};
    QTest::newRow("no joint into or out of a question word")
        << u"규정 취지는 어떠한가요 정말"_s << joints << QStringList{u"정취"_s};
    QTest::newRow("joints with bigrams, in text order") << u"관세 과세"_s << (bw | joints)
                                                       << QStringList{u"관세"_s, u"세과"_s, u"과세"_s};
    QTest::newRow("punctuation only") << u"-- !! ..."_s << bw << QStringList{};
}

void tst_LexicalTokenizer::terms()
{
    QFETCH(QString, text);
    QFETCH(int, kinds);
    QFETCH(QStringList, expected);
    QCOMPARE(::terms(text, kinds), expected);
}

void tst_LexicalTokenizer::kindsAndPositions()
{
    const QList<LexicalToken> tokens = LexicalTokenizer::tokenize(u"Go 개발자"_s);
    // "go": word at 0; "개발자": unigrams 개/발/자, bigrams 개발/발자, trigram 개발자, starting at 3.
    QCOMPARE(tokens.first().term, u"go"_s);
    QCOMPARE(tokens.first().kind, LexicalToken::Word);
    int bigrams = 0;
    for (const LexicalToken &t : tokens) {
        if (t.kind == LexicalToken::Bigram) {
            ++bigrams;
            QVERIFY(t.position == 3 || t.position == 4);
        }
    }
    QCOMPARE(bigrams, 2);
}

QTEST_APPLESS_MAIN(tst_LexicalTokenizer)
#include "tst_lexicaltokenizer.moc"
