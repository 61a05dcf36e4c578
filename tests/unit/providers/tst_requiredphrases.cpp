// SPDX-License-Identifier: MIT
// RequiredPhrases: which quoted names and codes of a question a passage must write, and how they match.
#include "providers/requiredphrases.h"

#include <QTest>

using namespace Protostar;

class tst_RequiredPhrases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void of_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("phrases");

        QTest::newRow("Korean single quotes, particle after the closing mark")
            << QStringLiteral("'보험소비자 민생안정특약'과 관련해 설명할 수 있는 내용은?")
            << QStringList{QStringLiteral("보험소비자 민생안정특약")};
        QTest::newRow("two quoted names")
            << QStringLiteral("'대환대출', '일시적 경영 애로자금'의 확대 예산 규모는?")
            << QStringList{QStringLiteral("대환대출"), QStringLiteral("일시적 경영 애로자금")};
        QTest::newRow("corner brackets and angle brackets")
            << QStringLiteral("「국가안전시스템 개편 종합대책」과 <Emily in Paris>의 공통점은?")
            << QStringList{QStringLiteral("국가안전시스템 개편 종합대책"), QStringLiteral("Emily in Paris")};
        QTest::newRow("code in parentheses")
            << QStringLiteral("한국표준산업분류상 금융업(K64)에 대한 정의는 무엇인지 설명해주세요.")
            << QStringList{QStringLiteral("K64")};
        QTest::newRow("code of letters around a digit")
            << QStringLiteral("B2B 기업의 온라인 매출 규모는?") << QStringList{QStringLiteral("B2B")};
        QTest::newRow("apostrophe years are not quotes")
            << QStringLiteral("시군구 상황실의 수가 '23년 1월 대비 '23년 12월에 얼마나 늘었나요?") << QStringList{};
        QTest::newRow("year range with apostrophes")
            << QStringLiteral("'22~'26년 재정건전화계획 외에 어떤 방법이 있나요?") << QStringList{};
        QTest::newRow("English possessives are not quotes")
            << QStringLiteral("What is Daniel Cho's degree and Kim's last job?") << QStringList{};
        QTest::newRow("English double quotes")
            << QStringLiteral("Who led the \"Payments Platform\" team?") << QStringList{QStringLiteral("Payments Platform")};
        QTest::newRow("a figure is no code")
            << QStringLiteral("Who has run PostgreSQL at more than 10k TPS?") << QStringList{};
        QTest::newRow("Korean résumé question without quotes")
            << QStringLiteral("김지원의 희망 연봉은?") << QStringList{};
        QTest::newRow("a quoted single letter is no name")
            << QStringLiteral("원고의 사업 중 'A'가상자산 거래소는 언제 설립되었나요?") << QStringList{};
    }

    void of()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, phrases);
        QCOMPARE(RequiredPhrases::of(question), phrases);
    }

    // Names in capitals join the phrases only where a candidate's lines must write them (SentencePool), not for support.
    void withCapitals()
    {
        const QString question = QStringLiteral("Who holds the SQLD certificate?");
        QVERIFY(RequiredPhrases::of(question).isEmpty());
        QCOMPARE(RequiredPhrases::withCapitals(question), QStringList{QStringLiteral("SQLD")});
        QCOMPARE(RequiredPhrases::withCapitals(QStringLiteral("Who passed 'AWS SAA' and knows K8s?")),
                 (QStringList{QStringLiteral("AWS SAA"), QStringLiteral("K8s"), QStringLiteral("AWS"), QStringLiteral("SAA")}));
        QVERIFY(RequiredPhrases::withCapitals(QStringLiteral("Who knows Go or Rust?")).isEmpty());
    }

    // Latin words joined by a slash or hyphen are one practice a candidate's lines must write; a résumé field's word
    // ("front-end") is matched by the glossary in either language instead.
    void joinedWords_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("A/B in a Korean question") << QStringLiteral("누가 A/B 테스트를 해봤어?") << QStringList{QStringLiteral("A/B")};
        QTest::newRow("CI/CD") << QStringLiteral("Who has set up CI/CD?") << QStringList{QStringLiteral("CI/CD")};
        QTest::newRow("end-to-end") << QStringLiteral("Who built end-to-end pipelines?") << QStringList{QStringLiteral("end-to-end")};
        QTest::newRow("a field's word is no phrase") << QStringLiteral("Who is a front-end developer?") << QStringList{};
        QTest::newRow("words apart are none") << QStringLiteral("누가 테스트를 해봤어?") << QStringList{};
    }

    void joinedWords()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, phrases);
        QCOMPARE(RequiredPhrases::withCapitals(question), phrases);
    }

    void writes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<bool>("written");

        QTest::newRow("spacing differs") << QStringLiteral("일시적 경영애로자금 지원을 확대") << QStringLiteral("일시적 경영 애로자금") << true;
        QTest::newRow("line break inside") << QStringLiteral("민·관 합동\n지원단을 구성") << QStringLiteral("민·관 합동지원단") << true;
        QTest::newRow("interpunct variant") << QStringLiteral("민ㆍ관 합동지원단") << QStringLiteral("민·관 합동지원단") << true;
        QTest::newRow("case folded") << QStringLiteral("업종코드 k64 금융업") << QStringLiteral("K64") << true;
        QTest::newRow("words scattered are not the phrase")
            << QStringLiteral("저금리 대출의 대환을 위한 프로그램") << QStringLiteral("저금리 대환 프로그램") << false;
        QTest::newRow("another code") << QStringLiteral("금융 및 보험업(K)") << QStringLiteral("K64") << false;
    }

    void writes()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QFETCH(bool, written);
        QCOMPARE(RequiredPhrases::writes(text, phrase), written);
    }
};

QTEST_APPLESS_MAIN(tst_RequiredPhrases)
#include "tst_requiredphrases.moc"
