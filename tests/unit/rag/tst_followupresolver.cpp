// SPDX-License-Identifier: MIT
#include "rag/followupresolver.h"

#include <QTest>

using namespace Protostar;

namespace {

QList<Candidate> known()
{
    auto c = [](CandidateId id, const char *name) {
        Candidate k;
        k.id = id;
        k.name = QString::fromUtf8(name);
        return k;
    };
    return {c(1, "김지원"), c(2, "박서준"), c(3, "Jane Park"), c(4, "김지원희")};
}

const QString kKakaoSummary = QStringLiteral("[김지원 @ 카카오, 결제 플랫폼] Q: 김지원의 성과 A: 결제 처리량을 1만 TPS까지 올렸습니다.");
const QString kNaverSummary = QStringLiteral("[Jane Park @ Naver] Q: What did Jane Park do A: migrated 40 services to Kubernetes.");

} // namespace

class tst_FollowUpResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("memory");
        QTest::addColumn<bool>("followUp");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<CandidateId>>("candidates");

        const QStringList kakao{kKakaoSummary};
        const QStringList naver{kKakaoSummary, kNaverSummary};
        const QList<CandidateId> none;
        QTest::newRow("그 회사에서 completes candidate and company")
            << QStringLiteral("그 회사에서 팀 규모는?") << kakao << true
            << QStringLiteral("그 회사에서 팀 규모는? 김지원 카카오 결제 플랫폼") << QList<CandidateId>{1};
        QTest::newRow("그녀 pronoun")
            << QStringLiteral("그녀가 다룬 데이터베이스는 무엇인가요?") << kakao << true
            << QStringLiteral("그녀가 다룬 데이터베이스는 무엇인가요? 김지원 카카오 결제 플랫폼") << QList<CandidateId>{1};
        QTest::newRow("해당 프로젝트")
            << QStringLiteral("해당 프로젝트의 기간은 얼마였나요?") << kakao << true
            << QStringLiteral("해당 프로젝트의 기간은 얼마였나요? 김지원 카카오 결제 플랫폼") << QList<CandidateId>{1};
        QTest::newRow("거기서")
            << QStringLiteral("거기서 맡은 역할은 뭐였어?") << kakao << true
            << QStringLiteral("거기서 맡은 역할은 뭐였어? 김지원 카카오 결제 플랫폼") << QList<CandidateId>{1};
        QTest::newRow("이전 회사 keeps the person, not the company")
            << QStringLiteral("이전 회사에서는 어떤 일을 했나요?") << kakao << true
            << QStringLiteral("이전 회사에서는 어떤 일을 했나요? 김지원") << QList<CandidateId>{1};
        QTest::newRow("very short korean")
            << QStringLiteral("팀 규모는?") << kakao << true
            << QStringLiteral("팀 규모는? 김지원 카카오 결제 플랫폼") << QList<CandidateId>{1};
        QTest::newRow("newest summary wins")
            << QStringLiteral("What was her team size there?") << naver << true
            << QStringLiteral("What was her team size there? Jane Park Naver") << QList<CandidateId>{3};
        QTest::newRow("previous job in english")
            << QStringLiteral("And at her previous job?") << naver << true
            << QStringLiteral("And at her previous job? Jane Park") << QList<CandidateId>{3};
        QTest::newRow("that company")
            << QStringLiteral("How many people worked at that company?") << naver << true
            << QStringLiteral("How many people worked at that company? Jane Park Naver") << QList<CandidateId>{3};
        QTest::newRow("very short english")
            << QStringLiteral("Team size?") << naver << true
            << QStringLiteral("Team size? Jane Park Naver") << QList<CandidateId>{3};
        QTest::newRow("named candidate wins over memory")
            << QStringLiteral("박서준은 그 회사에서 무엇을 했나요?") << kakao << true
            << QStringLiteral("박서준은 그 회사에서 무엇을 했나요? 카카오 결제 플랫폼") << QList<CandidateId>{2};
        QTest::newRow("terms already asked are not repeated")
            << QStringLiteral("그 회사 카카오에서 팀 규모는?") << kakao << true
            << QStringLiteral("그 회사 카카오에서 팀 규모는? 김지원 결제 플랫폼") << QList<CandidateId>{1};

        QTest::newRow("fresh korean question untouched")
            << QStringLiteral("PostgreSQL을 초당 1만 건 이상 운영한 후보자는 누구인가요?") << kakao << false
            << QStringLiteral("PostgreSQL을 초당 1만 건 이상 운영한 후보자는 누구인가요?") << none;
        QTest::newRow("fresh english question untouched")
            << QStringLiteral("Who has run Kafka clusters in production?") << naver << false
            << QStringLiteral("Who has run Kafka clusters in production?") << none;
        QTest::newRow("그래프 is not 그")
            << QStringLiteral("그래프 데이터베이스 경험이 있는 사람을 찾아줘") << kakao << false
            << QStringLiteral("그래프 데이터베이스 경험이 있는 사람을 찾아줘") << none;
        QTest::newRow("thereafter is not there")
            << QStringLiteral("Which candidates moved to management thereafter?") << naver << false
            << QStringLiteral("Which candidates moved to management thereafter?") << none;
        QTest::newRow("follow-up without memory stays as asked")
            << QStringLiteral("그 회사에서 팀 규모는?") << QStringList{} << false
            << QStringLiteral("그 회사에서 팀 규모는?") << none;
    }
    void resolve()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, memory);
        QFETCH(bool, followUp);
        QFETCH(QString, query);
        QFETCH(QList<CandidateId>, candidates);
        const ResolvedQuery r = FollowUpResolver(known()).resolve(question, memory);
        QCOMPARE(r.followUp, followUp);
        QCOMPARE(r.query, query);
        QCOMPARE(r.candidates, candidates);
    }

    void focusFromSummaryWithoutLead_data()
    {
        QTest::addColumn<QStringList>("memory");
        QTest::addColumn<QStringList>("who");
        QTest::newRow("last mentioned name") << QStringList{QStringLiteral("박서준과 김지원을 비교했다. 김지원이 더 많은 트래픽을 다뤘다.")}
                                             << QStringList{QStringLiteral("김지원")};
        QTest::newRow("longer name is not its prefix") << QStringList{QStringLiteral("김지원희의 경력을 물었다.")}
                                                       << QStringList{QStringLiteral("김지원희")};
        QTest::newRow("older lead fills in who") << QStringList{kKakaoSummary, QStringLiteral("[@ 토스] Q: 토스 A: 없음.")}
                                                 << QStringList{QStringLiteral("김지원")};
        QTest::newRow("no names") << QStringList{QStringLiteral("질문과 답.")} << QStringList{};
    }
    void focusFromSummaryWithoutLead()
    {
        QFETCH(QStringList, memory);
        QFETCH(QStringList, who);
        QCOMPARE(FollowUpResolver(known()).focus(memory).who, who);
    }

    void namedCandidatesLongestFirst()
    {
        const FollowUpResolver r(known());
        QCOMPARE(r.candidatesNamedIn(QStringLiteral("김지원희와 박서준")), (QList<CandidateId>{4, 2}));
        QCOMPARE(r.candidatesNamedIn(QStringLiteral("jane park at naver")), QList<CandidateId>{3});
    }
};

QTEST_APPLESS_MAIN(tst_FollowUpResolver)
#include "tst_followupresolver.moc"
