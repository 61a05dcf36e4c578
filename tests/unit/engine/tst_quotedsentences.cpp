// SPDX-License-Identifier: MIT
// QuotedSentences: which answer sentences cite which passage, and where each stands in its document.
#include "engine/quotedsentences.h"

#include <QTest>

using namespace Protostar;

using Spans = QList<QStringList>;

class tst_QuotedSentences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ofAnswer_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<int>("n");
        QTest::addColumn<QStringList>("quoted");

        QTest::newRow("one sentence each") << QStringLiteral("A는 9년이다. [1] B는 5년이다. [2]") << 2 << QStringList{QStringLiteral("B는 5년이다.")};
        QTest::newRow("two sentences, one passage")
            << QStringLiteral("첫째. [1] 둘째. [1] 셋째. [2]") << 1 << QStringList{QStringLiteral("첫째."), QStringLiteral("둘째.")};
        QTest::newRow("marker after a marker cites the same sentence")
            << QStringLiteral("공통 문장. [1] [2]") << 2 << QStringList{QStringLiteral("공통 문장.")};
        QTest::newRow("a line break ends the sentence before")
            << QStringLiteral("Emily Stone: Expected salary: 7,200만원. [1]\n홍길동: 희망 연봉: 6,800만원 [2]") << 2
            << QStringList{QStringLiteral("홍길동: 희망 연봉: 6,800만원")};
        QTest::newRow("uncited number") << QStringLiteral("A. [1]") << 3 << QStringList{};
        QTest::newRow("no markers") << QStringLiteral("문서에서 찾을 수 없습니다.") << 1 << QStringList{};
    }

    void ofAnswer()
    {
        QFETCH(QString, answer);
        QFETCH(int, n);
        QFETCH(QStringList, quoted);
        QCOMPARE(QuotedSentences::ofAnswer(answer).value(n), quoted);
    }

    void attach()
    {
        QList<Citation> citations(2);
        citations[0].n = 1;
        citations[1].n = 2;
        QuotedSentences::attach(QStringLiteral("가. [2] 나. [1]"), citations);
        QCOMPARE(citations.at(0).quoted, QStringList{QStringLiteral("나.")});
        QCOMPARE(citations.at(1).quoted, QStringList{QStringLiteral("가.")});
    }

    void locate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("found"); // text at the span; empty = not found

        const QString resume = QStringLiteral("## 경력\n\n결제 승인 시스템을 운영하며\n피크 TPS 1만 2천을 처리했습니다. 사내 기술상을 받았습니다.\n");
        QTest::newRow("sentence wrapped over a line break")
            << resume << 0 << int(resume.size()) << QStringLiteral("결제 승인 시스템을 운영하며 피크 TPS 1만 2천을 처리했습니다.")
            << QStringLiteral("결제 승인 시스템을 운영하며\n피크 TPS 1만 2천을 처리했습니다.");
        QTest::newRow("label before the quote")
            << resume << 0 << int(resume.size()) << QStringLiteral("김지원: 사내 기술상을 받았습니다.") << QStringLiteral("사내 기술상을 받았습니다.");
        QTest::newRow("label and field: the field is the document's")
            << QStringLiteral("희망 연봉: 6,800만원\n") << 0 << 16 << QStringLiteral("홍길동: 희망 연봉: 6,800만원")
            << QStringLiteral("희망 연봉: 6,800만원");
        QTest::newRow("outside the paragraph") << resume << 0 << 10 << QStringLiteral("사내 기술상을 받았습니다.") << QString();
        QTest::newRow("paraphrase is not located") << resume << 0 << int(resume.size()) << QStringLiteral("기술상을 두 번 받았습니다.") << QString();
        QTest::newRow("too short to place") << resume << 0 << int(resume.size()) << QStringLiteral("경력") << QString();
    }

    void locate()
    {
        QFETCH(QString, text);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, sentence);
        QFETCH(QString, found);
        const auto span = QuotedSentences::locate(text, from, to, sentence);
        QCOMPARE(span.has_value(), !found.isEmpty());
        if (span)
            QCOMPARE(text.mid(span->first, span->second - span->first), found);
    }
};

QTEST_GUILESS_MAIN(tst_QuotedSentences)
#include "tst_quotedsentences.moc"
