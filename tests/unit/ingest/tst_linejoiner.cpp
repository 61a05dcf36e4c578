// SPDX-License-Identifier: MIT
#include "ingest/linejoiner.h"

#include <QTest>

using namespace Protostar;

// Each row: the document's other lines (its vocabulary), one line break of it, and the line the two make (empty:
// the break falls between words and both lines stay).
class tst_LineJoiner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void join_data()
    {
        QTest::addColumn<QStringList>("document");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("joined");

        // English hyphens at a line's end.
        QTest::newRow("a cut word joins") << QStringList{QStringLiteral("Java, Kafka")} << QStringLiteral("Redis, Kafka, Kuber-")
                                          << QStringLiteral("netes") << QStringLiteral("Redis, Kafka, Kubernetes");
        QTest::newRow("a hyphenated word written so elsewhere keeps its hyphen")
            << QStringList{QStringLiteral("Ran cross-functional reviews every sprint.")} << QStringLiteral("Led a cross-")
            << QStringLiteral("functional team of six.") << QStringLiteral("Led a cross-functional team of six.");
        QTest::newRow("both halves words of their own keep the hyphen")
            << QStringList{QStringLiteral("Worked across teams, functional and regional; a cross check each week.")}
            << QStringLiteral("Led a cross-") << QStringLiteral("functional team.") << QStringLiteral("Led a cross-functional team.");
        QTest::newRow("one half a word of its own: a cut word")
            << QStringList{QStringLiteral("Moved services to the cloud.")} << QStringLiteral("모놀리식 서비스를 micro-")
            << QStringLiteral("services 구조로 전환") << QStringLiteral("모놀리식 서비스를 microservices 구조로 전환");
        QTest::newRow("the joined word written elsewhere wins")
            << QStringList{QStringLiteral("Ran cross-functional reviews."), QStringLiteral("Crossfunctional goals.")}
            << QStringLiteral("Led a cross-") << QStringLiteral("functional team.") << QStringLiteral("Led a crossfunctional team.");
        QTest::newRow("a compound's first word the document writes alone keeps the hyphen")
            << QStringList{QStringLiteral("Built data platforms for finance.")} << QStringLiteral("Designed data-")
            << QStringLiteral("driven pricing.") << QStringLiteral("Designed data-driven pricing.");
        QTest::newRow("well- / known keeps its hyphen")
            << QStringList{QStringLiteral("Worked well with every team.")} << QStringLiteral("a well-")
            << QStringLiteral("known open-source tool") << QStringLiteral("a well-known open-source tool");
        QTest::newRow("a suffix after the hyphen joins")
            << QStringList{QStringLiteral("We manage budgets and people.")} << QStringLiteral("Led budget manage-")
            << QStringLiteral("ment for 3 teams.") << QStringLiteral("Led budget management for 3 teams.");
        QTest::newRow("a web address's ending is no word of the document")
            << QStringList{QStringLiteral("github.com/jane, jane.dev")} << QStringLiteral("Strong written com-")
            << QStringLiteral("munication skills.") << QStringLiteral("Strong written communication skills.");
        QTest::newRow("a short word the document writes alone still joins")
            << QStringList{QStringLiteral("Lived in Busan for years.")} << QStringLiteral("Managed the in-")
            << QStringLiteral("formation system.") << QStringLiteral("Managed the information system.");
        QTest::newRow("the joined compound written elsewhere joins")
            << QStringList{QStringLiteral("Built data tools; datadriven culture.")} << QStringLiteral("Designed data-")
            << QStringLiteral("driven pricing.") << QStringLiteral("Designed datadriven pricing.");
        QTest::newRow("a capitalised next line is a name, no join") << QStringList{} << QStringLiteral("Spring-")
                                                                    << QStringLiteral("Boot and Kafka") << QString();

        // Korean cut without a hyphen.
        QTest::newRow("the joined word written elsewhere")
            << QStringList{QStringLiteral("Kubernetes(쿠버네티스) 운영 경험")} << QStringLiteral("사내 플랫폼을 쿠버네")
            << QStringLiteral("티스로 옮겼습니다.") << QStringLiteral("사내 플랫폼을 쿠버네티스로 옮겼습니다.");
        QTest::newRow("a job title cut, written whole in the title")
            << QStringList{QStringLiteral("데이터엔지니어 | 한소망")} << QStringLiteral("5년 차 데이터엔지")
            << QStringLiteral("니어로 일했습니다.") << QStringLiteral("5년 차 데이터엔지니어로 일했습니다.");
        QTest::newRow("a noun cut from its 하다 ending")
            << QStringList{QStringLiteral("결제 승인 API를 재설계했습니다.")} << QStringLiteral("처리 시간을 절반으로 단축")
            << QStringLiteral("했습니다.") << QStringLiteral("처리 시간을 절반으로 단축했습니다.");
        QTest::newRow("an adverb before 했습니다 stays apart")
            << QStringList{QStringLiteral("결제 승인 API를 재설계했습니다.")} << QStringLiteral("배포 파이프라인을 직접")
            << QStringLiteral("했습니다.") << QString();
        QTest::newRow("an adverb before 하는 stays apart")
            << QStringList{QStringLiteral("백엔드 개발자")} << QStringLiteral("장애 원인을 먼저") << QStringLiteral("하는 습관")
            << QString();
        QTest::newRow("an adverb before 되었습니다 stays apart")
            << QStringList{QStringLiteral("백엔드 개발자")} << QStringLiteral("세 팀이 모두") << QStringLiteral("되었습니다.")
            << QString();
        QTest::newRow("a wrap at a space stays apart")
            << QStringList{QStringLiteral("정산 배치를 옮겼습니다.")} << QStringLiteral("대규모 트래픽을 처리하는 결제 및")
            << QStringLiteral("정산 시스템을 설계했습니다.") << QString();
        QTest::newRow("a wrap after a particle stays apart")
            << QStringList{QStringLiteral("백엔드 개발자")} << QStringLiteral("평균 응답 시간을 320ms에서 90ms로")
            << QStringLiteral("줄였고, 처리량을 늘렸습니다.") << QString();
        QTest::newRow("an object before 했다 stays apart")
            << QStringList{QStringLiteral("백엔드 개발자")} << QStringLiteral("전환 작업을") << QStringLiteral("했습니다.") << QString();
        QTest::newRow("a noun written on its own elsewhere stays apart before 하는")
            << QStringList{QStringLiteral("품질 관리 업무")} << QStringLiteral("재고를 관리") << QStringLiteral("하는 시스템") << QString();
        QTest::newRow("halves apart more often than joined stay apart")
            << QStringList{QStringLiteral("할 수 있습니다. 볼 수 있습니다. 갈 수있는 길")} << QStringLiteral("처리할 수")
            << QStringLiteral("있습니다.") << QString();
        QTest::newRow("a verb's -게 before 되다 stays apart")
            << QStringList{QStringLiteral("백엔드 개발자")} << QStringLiteral("팀을 이끌게") << QStringLiteral("되었습니다.") << QString();
        QTest::newRow("two unknown words stay apart")
            << QStringList{QStringLiteral("백엔드 개발자")} << QStringLiteral("여러분") << QStringLiteral("반갑습니다.") << QString();
        QTest::newRow("Latin then Hangul is no cut") << QStringList{} << QStringLiteral("Kafka") << QStringLiteral("운영") << QString();
    }

    void join()
    {
        QFETCH(QStringList, document);
        QFETCH(QString, line);
        QFETCH(QString, next);
        QFETCH(QString, joined);
        QCOMPARE(LineJoiner(document + QStringList{line, next}).join(line, next), joined);
    }
};

QTEST_GUILESS_MAIN(tst_LineJoiner)
#include "tst_linejoiner.moc"
