// SPDX-License-Identifier: MIT
#include "providers/answertext.h"
#include "providers/figureguard.h"
#include "providers/writtenfigures.h"

#include <QTest>

using namespace Protostar;

namespace {

QList<Evidence> evidenceOf(const QStringList &texts)
{
    QList<Evidence> out;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Evidence e;
        e.n = int(i + 1);
        e.ref.chunk.id = 100 + i;
        e.ref.chunk.text = texts.at(i);
        out.append(e);
    }
    return out;
}

} // namespace

class tst_FigureGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guard_data()
    {
        QTest::addColumn<QStringList>("evidence");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QStringList>("expectedUnverified");
        QTest::addColumn<QList<int>>("expectedInvented");

        const QString monthly = QStringLiteral("월 1,200만 건의 주문을 처리했습니다.");
        QTest::newRow("1,200만 건 quoted verbatim is kept")
            << QStringList{monthly} << QStringLiteral("월 1,200만 건의 주문을 처리했습니다. [1]")
            << QStringLiteral("월 1,200만 건의 주문을 처리했습니다. [1]") << QStringList{} << QList<int>{};
        QTest::newRow("1,200만 건 reformatted as 12,000,000건 is removed")
            << QStringList{monthly} << QStringLiteral("월 12,000,000건의 주문을 처리했습니다. [1]") << QString()
            << QStringList{QStringLiteral("월 12,000,000건의 주문을 처리했습니다.")} << QList<int>{};
        QTest::newRow("spacing of 1,200만 건 changed is removed")
            << QStringList{monthly} << QStringLiteral("월 1,200만건 처리 [1]") << QString()
            << QStringList{QStringLiteral("월 1,200만건 처리")} << QList<int>{};
        QTest::newRow("200만 inside 1,200만 is not the same figure")
            << QStringList{monthly} << QStringLiteral("월 200만 건을 처리했습니다. [1]") << QString()
            << QStringList{QStringLiteral("월 200만 건을 처리했습니다.")} << QList<int>{};
        // figures() reads 47 and 57 out of a case list; the guard used to take "47," for the start of "47,57".
        QTest::newRow("numbers listed with commas are kept")
            << QStringList{QStringLiteral("서울중앙지방법원 2017고합47,57(병합) 판결을 받았다.")}
            << QStringLiteral("서울중앙지방법원 2017고합47,57(병합) 판결을 받았다. [1]")
            << QStringLiteral("서울중앙지방법원 2017고합47,57(병합) 판결을 받았다. [1]") << QStringList{} << QList<int>{};
        QTest::newRow("1,200 is not a list of 1 and 200")
            << QStringList{monthly} << QStringLiteral("월 1건을 처리했습니다. [1]") << QString()
            << QStringList{QStringLiteral("월 1건을 처리했습니다.")} << QList<int>{};
        QTest::newRow("invented figure removed, verified sentence kept")
            << QStringList{QStringLiteral("희망 연봉은 6,000만원입니다."), QStringLiteral("팀원은 5명입니다.")}
            << QStringLiteral("희망 연봉은 6,000만원입니다. [1] 팀원은 50명입니다. [2]")
            << QStringLiteral("희망 연봉은 6,000만원입니다. [1]") << QStringList{QStringLiteral("팀원은 50명입니다.")}
            << QList<int>{};
        QTest::newRow("figure present only in an uncited passage is removed")
            << QStringList{QStringLiteral("희망 연봉은 6,000만원입니다."), QStringLiteral("팀원은 5명입니다.")}
            << QStringLiteral("팀원은 5명입니다. [1]") << QString() << QStringList{QStringLiteral("팀원은 5명입니다.")}
            << QList<int>{};
        QTest::newRow("figure split across lines in the passage is kept")
            << QStringList{QStringLiteral("처리량은 월 1,200만\n건입니다.")} << QStringLiteral("처리량은 월 1,200만 건입니다. [1]")
            << QStringLiteral("처리량은 월 1,200만 건입니다. [1]") << QStringList{} << QList<int>{};
        QTest::newRow("figure split across lines in the answer is kept")
            << QStringList{QStringLiteral("처리량은 월 1,200만 건입니다.")} << QStringLiteral("처리량은 월 1,200만\n건입니다. [1]")
            << QStringLiteral("처리량은 월 1,200만\n건입니다. [1]") << QStringList{} << QList<int>{};
        QTest::newRow("percentage and date verbatim kept")
            << QStringList{QStringLiteral("2023년 3월 매출이 34% 증가했다.")} << QStringLiteral("2023년 3월 매출이 34% 증가했다. [1]")
            << QStringLiteral("2023년 3월 매출이 34% 증가했다. [1]") << QStringList{} << QList<int>{};
        QTest::newRow("percentage changed is removed")
            << QStringList{QStringLiteral("2023년 3월 매출이 34% 증가했다.")} << QStringLiteral("2023년 3월 매출이 35% 증가했다. [1]")
            << QString() << QStringList{QStringLiteral("2023년 3월 매출이 35% 증가했다.")} << QList<int>{};
        QTest::newRow("a figure's minus sign dropped is removed")
            << QStringList{QStringLiteral("2024년 영업이익률은 -5%였다.")} << QStringLiteral("2024년 영업이익률은 5%였다. [1]")
            << QString() << QStringList{QStringLiteral("2024년 영업이익률은 5%였다.")} << QList<int>{};
        QTest::newRow("a minus sign written U+2212 in the passage is kept")
            << QStringList{QString::fromUtf8("2024년 영업이익률은 \u22125%였다.")} << QStringLiteral("2024년 영업이익률은 -5%였다. [1]")
            << QStringLiteral("2024년 영업이익률은 -5%였다. [1]") << QStringList{} << QList<int>{};
        QTest::newRow("English figures with units")
            << QStringList{QStringLiteral("Kim ran PostgreSQL at 12k TPS with p99 of 8 ms.")}
            << QStringLiteral("Kim ran PostgreSQL at 12k TPS [1]. The p99 was 9 ms [1].")
            << QStringLiteral("Kim ran PostgreSQL at 12k TPS [1].") << QStringList{QStringLiteral("The p99 was 9 ms.")} << QList<int>{};
        QTest::newRow("invented citation dropped, sentence checked against all evidence")
            << QStringList{QStringLiteral("경력은 7년입니다.")} << QStringLiteral("경력은 7년입니다. [3]")
            << QStringLiteral("경력은 7년입니다.") << QStringList{} << QList<int>{3};
        QTest::newRow("invented number dropped from a marker group")
            << QStringList{QStringLiteral("경력은 7년입니다.")} << QStringLiteral("경력은 7년입니다. [1, 4]")
            << QStringLiteral("경력은 7년입니다. [1]") << QStringList{} << QList<int>{4};
        QTest::newRow("unmarked sentence checked against the answer's cited passages")
            << QStringList{QStringLiteral("A사 연봉은 6,000만원이었다."), QStringLiteral("B사 연봉은 9,000만원이었다.")}
            << QStringLiteral("A사 연봉은 6,000만원이었다. [1] 그 전에는 9,000만원이었다.")
            << QStringLiteral("A사 연봉은 6,000만원이었다. [1]") << QStringList{QStringLiteral("그 전에는 9,000만원이었다.")}
            << QList<int>{};
        QTest::newRow("sentence without figures kept")
            << QStringList{QStringLiteral("백엔드 팀장을 맡았다.")} << QStringLiteral("백엔드 팀장을 맡았습니다. [1]")
            << QStringLiteral("백엔드 팀장을 맡았습니다. [1]") << QStringList{} << QList<int>{};
        QTest::newRow("NFD passage matches NFC answer")
            << QStringList{QStringLiteral("월 1,200만 건").normalized(QString::NormalizationForm_D)}
            << QStringLiteral("월 1,200만 건 [1]") << QStringLiteral("월 1,200만 건 [1]") << QStringList{} << QList<int>{};
    }

    void guard()
    {
        QFETCH(QStringList, evidence);
        QFETCH(QString, answer);
        QFETCH(QString, expectedText);
        QFETCH(QStringList, expectedUnverified);
        QFETCH(QList<int>, expectedInvented);

        const GuardedAnswer g = FigureGuard::apply(answer, evidenceOf(evidence));
        QCOMPARE(g.text, expectedText);
        QCOMPARE(g.unverified, expectedUnverified);
        QCOMPARE(g.inventedCitations, expectedInvented);
    }

    void figures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Korean amount with counter") << QStringLiteral("월 1,200만 건을") << QStringList{QStringLiteral("1,200만 건")};
        QTest::newRow("currency and multiplier") << QStringLiteral("$9,000억 규모") << QStringList{QStringLiteral("$9,000억")};
        QTest::newRow("two multipliers are two figures") << QStringLiteral("1조 3,000억")
                                                         << QStringList{QStringLiteral("1조"), QStringLiteral("3,000억")};
        QTest::newRow("year range") << QStringLiteral("2019~2023 재직") << QStringList{QStringLiteral("2019"), QStringLiteral("2023")};
        QTest::newRow("names with digits are not figures") << QStringLiteral("B2B e커머스와 H100 GPU") << QStringList{};
        QTest::newRow("English multiplier and unit") << QStringLiteral("at 10k TPS") << QStringList{QStringLiteral("10k TPS")};
        QTest::newRow("citation markers are not figures") << QStringLiteral("팀장 [2]") << QStringList{};
        QTest::newRow("percent") << QStringLiteral("34%가 온라인") << QStringList{QStringLiteral("34%")};
        QTest::newRow("a minus sign is the figure's own") << QStringLiteral("성장률 -5%인 후보") << QStringList{QStringLiteral("-5%")};
        QTest::newRow("a minus sign in brackets, U+2212") << QString::fromUtf8("영업이익 (\u221212%)")
                                                           << QStringList{QStringLiteral("-12%")};
        QTest::newRow("a hyphen after a figure is a range") << QStringLiteral("2019-2020 재직") << QStringList{QStringLiteral("2019"), QStringLiteral("2020")};
        QTest::newRow("a hyphen after a letter joins a code") << QStringLiteral("구역 A-1, 010-1234-5678")
                                                              << QStringList{QStringLiteral("1"), QStringLiteral("010"), QStringLiteral("1234"), QStringLiteral("5678")};
    }

    void figures()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(WrittenFigures::of(text), expected);
    }
};

QTEST_APPLESS_MAIN(tst_FigureGuard)
#include "tst_figureguard.moc"
