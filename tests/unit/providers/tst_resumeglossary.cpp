// SPDX-License-Identifier: MIT
// ResumeGlossary: a résumé field asked in one language is found in a résumé written in the other.
#include "providers/answertext.h"
#include "providers/resumeglossary.h"

#include <QTest>

using namespace Protostar;

class tst_ResumeGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contains_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("contains");
        QTest::newRow("Korean term, English résumé") << QStringLiteral("Expected salary: 6,000만원.") << QStringLiteral("연봉") << true;
        QTest::newRow("Korean term, heading case folded") << QStringLiteral("## Education") << QStringLiteral("학력") << true;
        QTest::newRow("English term, Korean résumé") << QStringLiteral("연봉 희망 7,800만원") << QStringLiteral("salary") << true;
        QTest::newRow("one-syllable counterpart") << QStringLiteral("팀 규모 8명") << QStringLiteral("team") << true;
        QTest::newRow("the term itself") << QStringLiteral("연봉 희망 7,800만원") << QStringLiteral("연봉") << true;
        QTest::newRow("Latin counterpart is a whole word") << QStringLiteral("access control lists") << QStringLiteral("직무") << false;
        QTest::newRow("Latin counterpart at the end") << QStringLiteral("senior role") << QStringLiteral("직무") << true;
        QTest::newRow("degree abbreviation with dots") << QStringLiteral("M.Sc. Data Science") << QStringLiteral("master") << true;
        QTest::newRow("Korean degree word, English résumé") << QStringLiteral("M.Sc. Data Science") << QStringLiteral("석사") << true;
        QTest::newRow("years of a career") << QStringLiteral("Data Engineer · 6 years · Busan") << QStringLiteral("경력") << true;
        QTest::newRow("Korean synonym of team lead") << QStringLiteral("- 역할: 백엔드 리드") << QStringLiteral("팀장") << true;
        QTest::newRow("Korean counterpart starts a word") << QStringLiteral("BM25·벡터 하이브리드 검색") << QStringLiteral("팀장") << false;
        QTest::newRow("another field") << QStringLiteral("Expected salary: 6,000만원.") << QStringLiteral("학력") << false;
        QTest::newRow("no field: only the term itself") << QStringLiteral("Kubernetes 운영") << QStringLiteral("취미") << false;
    }

    void contains()
    {
        QFETCH(QString, text);
        QFETCH(QString, term);
        QFETCH(bool, contains);
        QCOMPARE(ResumeGlossary::contains(AnswerText::foldForMatching(text), term), contains);
    }

    // A field word is one term, so its counterpart can stand in; other words are cut into bigrams.
    void fieldWordsAreWholeTerms()
    {
        QCOMPARE(AnswerText::terms(QStringLiteral("프론트엔드 개발자")), (QStringList{QStringLiteral("프론트엔드"), QStringLiteral("개발자")}));
        QCOMPARE(AnswerText::terms(QStringLiteral("관측성")), (QStringList{QStringLiteral("관측"), QStringLiteral("측성")}));
    }

    void counterpartsAreSymmetric()
    {
        QVERIFY(ResumeGlossary::counterparts(QStringLiteral("연봉")).contains(QStringLiteral("salary")));
        QVERIFY(ResumeGlossary::counterparts(QStringLiteral("salary")).contains(QStringLiteral("연봉")));
        QVERIFY(!ResumeGlossary::counterparts(QStringLiteral("salary")).contains(QStringLiteral("salary")));
        QVERIFY(ResumeGlossary::counterparts(QStringLiteral("kubernetes")).isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_ResumeGlossary)
#include "tst_resumeglossary.moc"
