// SPDX-License-Identifier: MIT
// InlineEntries: a dated bullet with lines indented under it is a job entry and those lines its details.
#include "providers/inlineentries.h"

#include <QTest>

using namespace Protostar;

class tst_InlineEntries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entries_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<QStringList>("lines");   // each entry's line, trimmed
        QTest::addColumn<QStringList>("details"); // each entry's details, trimmed
        QTest::newRow("two dated bullets with details")
            << QStringLiteral("- 2019.07 ~ 현재 한결데이터 팀장\n  검색 클러스터를 운영했다.\n  응답 시간을 줄였다.\n"
                              "- 2015.03 ~ 2019.06 누리소프트 개발자\n  주문 시스템을 개발했다.")
            << QStringList{QStringLiteral("- 2019.07 ~ 현재 한결데이터 팀장"), QStringLiteral("- 2015.03 ~ 2019.06 누리소프트 개발자")}
            << QStringList{QStringLiteral("검색 클러스터를 운영했다.\n  응답 시간을 줄였다."), QStringLiteral("주문 시스템을 개발했다.")};
        QTest::newRow("Korean period, nested bullets")
            << QStringLiteral("• 2022년 1월 - 현재 토스 결제팀\n    - 결제 승인 시스템을 재작성했다.\n다음 문단")
            << QStringList{QStringLiteral("• 2022년 1월 - 현재 토스 결제팀")} << QStringList{QStringLiteral("- 결제 승인 시스템을 재작성했다.")};
        QTest::newRow("a dated bullet with nothing under it")
            << QStringLiteral("- 2019.07 ~ 현재 한결데이터 팀장\n- 2015.03 ~ 2019.06 누리소프트 개발자") << QStringList{} << QStringList{};
        QTest::newRow("undated bullet over indented lines")
            << QStringLiteral("- 서울가상대학교 석사\n  논문: 검색 랭킹") << QStringList{} << QStringList{};
        QTest::newRow("dated line without a bullet")
            << QStringLiteral("2019.07 ~ 현재 한결데이터 팀장\n  검색 클러스터를 운영했다.") << QStringList{} << QStringList{};
        // A line without a bullet stating a period, bullets right under it ("Company — Title, Mar 2019 – Present").
        QTest::newRow("bold entry line over bullets, English months")
            << QStringLiteral("**Bluewave — Data Engineer, Mar 2019 – Present**\n- Built a pipeline.\n- Cut the batch window.\n\n"
                              "**Harborline — Analyst, Jan 2016 – Feb 2019**\n- Wrote SQL reports.\nSkills: SQL")
            << QStringList{QStringLiteral("**Bluewave — Data Engineer, Mar 2019 – Present**"), QStringLiteral("**Harborline — Analyst, Jan 2016 – Feb 2019**")}
            << QStringList{QStringLiteral("- Built a pipeline.\n- Cut the batch window."), QStringLiteral("- Wrote SQL reports.")};
        QTest::newRow("Korean entry line over bullets") << QStringLiteral("다온은행 (2021.04 ~ 2023.10)\n- 앱을 리뉴얼했다.")
            << QStringList{QStringLiteral("다온은행 (2021.04 ~ 2023.10)")} << QStringList{QStringLiteral("- 앱을 리뉴얼했다.")};
        QTest::newRow("undated line over bullets") << QStringLiteral("**Bluewave — Data Engineer**\n- Built a pipeline.")
            << QStringList{} << QStringList{};
        QTest::newRow("a year alone is no period") << QStringLiteral("B.Sc. in Statistics, 2015\n- Thesis on sampling.")
            << QStringList{} << QStringList{};
        QTest::newRow("a blank line ends the details")
            << QStringLiteral("- 2019.07 ~ 현재 한결데이터 팀장\n  검색 클러스터를 운영했다.\n\n  다른 문단이다.")
            << QStringList{QStringLiteral("- 2019.07 ~ 현재 한결데이터 팀장")} << QStringList{QStringLiteral("검색 클러스터를 운영했다.")};
    }

    void entries()
    {
        QFETCH(QString, passage);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, details);
        const InlineEntries found(passage);
        QStringList gotLines, gotDetails;
        for (const InlineEntries::Entry &e : found.entries()) {
            gotLines << e.line;
            gotDetails << passage.mid(e.lineEnd, e.detailsEnd - e.lineEnd).trimmed();
            QCOMPARE(found.detailsAt(e.lineEnd + 1), &e);
            QVERIFY(!found.detailsAt(e.lineStart));
        }
        QCOMPARE(gotLines, lines);
        QCOMPARE(gotDetails, details);
    }
};

QTEST_APPLESS_MAIN(tst_InlineEntries)
#include "tst_inlineentries.moc"
