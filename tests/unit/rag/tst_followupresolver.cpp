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
    return {c(1, "김지원"), c(2, "박서준"), c(3, "Jane Park"), c(4, "김지원희"), c(5, "Daniel Cho"), c(6, "이하은")};
}

const QString kKakaoSummary = QStringLiteral("[김지원 @ 카카오, 결제 플랫폼] Q: 김지원의 성과 A: 결제 처리량을 1만 TPS까지 올렸습니다.");
// What a who-question's answer leaves in memory: the people it cited, in the order it listed them.
const QString kKafkaSummary = QStringLiteral("[Daniel Cho, 김지원, 박서준 @ Tidewater Logistics, 카카오, 네이버] Q: Kafka 써본 사람은? A: …");
const QString kNaverSummary = QStringLiteral("[Jane Park @ Naver] Q: What did Jane Park do A: migrated 40 services to Kubernetes.");

} // namespace

class tst_FollowUpResolver : public QObject
{
    Q_OBJECT

    static void addResolveColumns()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("memory");
        QTest::addColumn<bool>("followUp");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<CandidateId>>("candidates");
    }

    // The current row of a table made with addResolveColumns(), resolved in `context`.
    static void verifyResolved(const FollowUpContext &context)
    {
        QFETCH(QString, question);
        QFETCH(QStringList, memory);
        QFETCH(bool, followUp);
        QFETCH(QString, query);
        QFETCH(QList<CandidateId>, candidates);
        const ResolvedQuery r = FollowUpResolver(known()).resolve(question, memory, context);
        QCOMPARE(r.followUp, followUp);
        QCOMPARE(r.query, query);
        QCOMPARE(r.candidates, candidates);
    }

private Q_SLOTS:
    void resolve_data()
    {
        addResolveColumns();

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

        // The people the last answer listed: a plural or pointing question keeps all of them, an ordinal one of them.
        const QStringList kafka{kKafkaSummary};
        const QList<CandidateId> listed{5, 1, 2};
        const QString places = QStringLiteral(" Tidewater Logistics 카카오 네이버");
        QTest::newRow("그중에 keeps the people listed")
            << QStringLiteral("그중에 경력이 제일 긴 사람은?") << kafka << true
            << QStringLiteral("그중에 경력이 제일 긴 사람은? Daniel Cho 김지원 박서준") + places << listed;
        QTest::newRow("그 사람들 keeps the people listed")
            << QStringLiteral("그 사람들 희망 연봉은?") << kafka << true
            << QStringLiteral("그 사람들 희망 연봉은? Daniel Cho 김지원 박서준") + places << listed;
        QTest::newRow("그 사람 after a list keeps the people listed")
            << QStringLiteral("그 사람 연봉은?") << kafka << true
            << QStringLiteral("그 사람 연봉은? Daniel Cho 김지원 박서준") + places << listed;
        QTest::newRow("their keeps the people listed")
            << QStringLiteral("What are their expected salaries?") << kafka << true
            << QStringLiteral("What are their expected salaries? Daniel Cho 김지원 박서준") + places << listed;
        QTest::newRow("which of them")
            << QStringLiteral("Which of them has the longest career?") << kafka << true
            << QStringLiteral("Which of them has the longest career? Daniel Cho 김지원 박서준") + places << listed;
        QTest::newRow("두 번째 사람 picks the second listed")
            << QStringLiteral("두 번째 사람은?") << kafka << true << QStringLiteral("두 번째 사람은? 김지원") << QList<CandidateId>{1};
        QTest::newRow("마지막 후보 picks the last listed")
            << QStringLiteral("마지막 후보의 학력은?") << kafka << true << QStringLiteral("마지막 후보의 학력은? 박서준")
            << QList<CandidateId>{2};
        QTest::newRow("the first one picks the first listed")
            << QStringLiteral("the first one's education?") << kafka << true
            << QStringLiteral("the first one's education? Daniel Cho") << QList<CandidateId>{5};
        QTest::newRow("an ordinal past the list keeps no one")
            << QStringLiteral("다섯 번째 사람은?") << kafka << true << QStringLiteral("다섯 번째 사람은?") << none;
        QTest::newRow("a bare short question after a list keeps no one")
            << QStringLiteral("희망 연봉은?") << kafka << true
            << QStringLiteral("희망 연봉은? Daniel Cho 김지원 박서준") + places << none;
        QTest::newRow("두 번째 회사 is a job, not a person")
            << QStringLiteral("김지원의 두 번째 회사는 어디야?") << kafka << false
            << QStringLiteral("김지원의 두 번째 회사는 어디야?") << none;
        QTest::newRow("이중 국적 is not 이 중")
            << QStringLiteral("이중 국적을 가진 지원자가 적혀 있나요?") << kafka << false
            << QStringLiteral("이중 국적을 가진 지원자가 적혀 있나요?") << none;
        QTest::newRow("among the candidates is everyone")
            << QStringLiteral("Who has the highest salary among the candidates?") << kafka << false
            << QStringLiteral("Who has the highest salary among the candidates?") << none;
        QTest::newRow("both X and Y is everyone")
            << QStringLiteral("Has anyone used both Kafka and Spark in production?") << kafka << false
            << QStringLiteral("Has anyone used both Kafka and Spark in production?") << none;
        QTest::newRow("그 중요한 is not 그 중")
            << QStringLiteral("결제 시스템에서 그 중요한 장애를 해결한 사례가 있나요?") << kafka << false
            << QStringLiteral("결제 시스템에서 그 중요한 장애를 해결한 사례가 있나요?") << none;
        QTest::newRow("he after one person")
            << QStringLiteral("Where did he study?") << kakao << true
            << QStringLiteral("Where did he study? 김지원 카카오 결제 플랫폼") << QList<CandidateId>{1};
        QTest::newRow("그 사람 after one person")
            << QStringLiteral("그 사람 연봉은?") << kakao << true
            << QStringLiteral("그 사람 연봉은? 김지원 카카오 결제 플랫폼") << QList<CandidateId>{1};

        QTest::newRow("그 전에는 keeps the person, not the company")
            << QStringLiteral("그 전에는?") << kakao << true << QStringLiteral("그 전에는? 김지원") << QList<CandidateId>{1};
        QTest::newRow("before that keeps the person, not the company")
            << QStringLiteral("And before that?") << naver << true << QStringLiteral("And before that? Jane Park")
            << QList<CandidateId>{3};
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
    void resolve() { verifyResolved({}); }

    // A who-question starts a new search unless it points back; the context says it asks who.
    void whoQuestion_data()
    {
        addResolveColumns();
        const QList<CandidateId> none;
        QTest::newRow("short who-question after one person is new")
            << QStringLiteral("Who knows Python?") << QStringList{kNaverSummary} << false << QStringLiteral("Who knows Python?") << none;
        QTest::newRow("short Korean who-question after one person is new")
            << QStringLiteral("데이터 엔지니어는 누구?") << QStringList{kKakaoSummary} << false << QStringLiteral("데이터 엔지니어는 누구?")
            << none;
        QTest::newRow("그럼 + who-question is new")
            << QStringLiteral("그럼 Python 써본 사람은?") << QStringList{kKakaoSummary} << false
            << QStringLiteral("그럼 Python 써본 사람은?") << none;
        QTest::newRow("who among them keeps them")
            << QStringLiteral("그중에 Python 써본 사람은?") << QStringList{kKafkaSummary} << true
            << QStringLiteral("그중에 Python 써본 사람은? Daniel Cho 김지원 박서준 Tidewater Logistics 카카오 네이버")
            << QList<CandidateId>{5, 1, 2};
        QTest::newRow("a who-question pointing back keeps the focus")
            << QStringLiteral("해당 프로젝트를 이끈 사람은 누구인가요?") << QStringList{kKakaoSummary} << true
            << QStringLiteral("해당 프로젝트를 이끈 사람은 누구인가요? 김지원 카카오 결제 플랫폼") << QList<CandidateId>{1};
    }
    void whoQuestion()
    {
        FollowUpContext context;
        context.asksWho = true;
        verifyResolved(context);
    }

    // "그럼 X는?": the newest earlier question that asked something is asked of X.
    void carriesTheAskOver_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("earlier");
        QTest::addColumn<QString>("standalone");
        QTest::addColumn<QList<CandidateId>>("candidates");
        QTest::newRow("그럼 X는 replaces the name")
            << QStringLiteral("그럼 이하은은?") << QStringList{QStringLiteral("김지원 희망 연봉은?")}
            << QStringLiteral("이하은 희망 연봉은?") << QList<CandidateId>{6};
        QTest::newRow("X의 경우는")
            << QStringLiteral("박서준의 경우는?") << QStringList{QStringLiteral("김지원의 병역은?")}
            << QStringLiteral("박서준의 병역은?") << QList<CandidateId>{2};
        QTest::newRow("a follow-up without a name is prefixed")
            << QStringLiteral("그럼 박서준은?") << QStringList{QStringLiteral("김지원에 대해 알려줘"), QStringLiteral("희망 연봉은?")}
            << QStringLiteral("박서준 희망 연봉은?") << QList<CandidateId>{2};
        QTest::newRow("an earlier carry-over is skipped")
            << QStringLiteral("그럼 박서준은?")
            << QStringList{QStringLiteral("김지원 희망 연봉은?"), QStringLiteral("그럼 이하은은?")}
            << QStringLiteral("박서준 희망 연봉은?") << QList<CandidateId>{2};
        QTest::newRow("and X in english")
            << QStringLiteral("And Jane Park?") << QStringList{QStringLiteral("What is Daniel Cho's expected salary?")}
            << QStringLiteral("What is Jane Park's expected salary?") << QList<CandidateId>{3};
        QTest::newRow("a question of its own carries nothing")
            << QStringLiteral("그럼 박서준의 학력은?") << QStringList{QStringLiteral("김지원 희망 연봉은?")} << QString()
            << QList<CandidateId>{2};
    }
    void carriesTheAskOver()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, earlier);
        QFETCH(QString, standalone);
        QFETCH(QList<CandidateId>, candidates);
        FollowUpContext context;
        context.earlierQuestions = earlier;
        const ResolvedQuery r = FollowUpResolver(known()).resolve(question, {kKakaoSummary}, context);
        QVERIFY(r.followUp);
        QCOMPARE(r.standalone, standalone);
        if (!standalone.isEmpty())
            QCOMPARE(r.query, standalone);
        QCOMPARE(r.candidates, candidates);
    }

    // What the answerer names candidates and judges support by: the one person meant named, the words that only point
    // back gone; several people are not named (memory's filter holds them); a fresh question is judged as asked.
    void judged_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("memory");
        QTest::addColumn<QStringList>("earlier");
        QTest::addColumn<QString>("judged");
        const QStringList kakao{kKakaoSummary};
        const QStringList kafka{kKafkaSummary};
        const QStringList naver{kNaverSummary};
        QTest::newRow("그 사람들 after a list") << QStringLiteral("그 사람들 희망 연봉은?") << kafka << QStringList{}
                                              << QStringLiteral("희망 연봉은?");
        QTest::newRow("그중에 after a list") << QStringLiteral("그중에 경력이 제일 긴 사람은?") << kafka << QStringList{}
                                           << QStringLiteral("경력이 제일 긴 사람은?");
        QTest::newRow("their after a list") << QStringLiteral("What are their expected salaries?") << kafka << QStringList{}
                                          << QStringLiteral("What are expected salaries?");
        QTest::newRow("두 번째 사람의 names the one picked") << QStringLiteral("두 번째 사람의 기술 스택은?") << kafka << QStringList{}
                                                          << QStringLiteral("김지원 기술 스택은?");
        QTest::newRow("두 번째 사람 alone is the one picked") << QStringLiteral("두 번째 사람은?") << kafka << QStringList{}
                                                         << QStringLiteral("김지원");
        QTest::newRow("the first one's") << QStringLiteral("the first one's education?") << kafka << QStringList{}
                                         << QStringLiteral("Daniel Cho education?");
        QTest::newRow("그녀의") << QStringLiteral("그녀의 기술 스택은?") << kakao << QStringList{} << QStringLiteral("김지원 기술 스택은?");
        QTest::newRow("he and there") << QStringLiteral("What did she achieve there?") << naver << QStringList{}
                                      << QStringLiteral("Jane Park What did achieve?");
        QTest::newRow("이전 회사 stays: it says which job") << QStringLiteral("그녀의 이전 회사에서 한 일은?") << kakao << QStringList{}
                                                        << QStringLiteral("김지원 이전 회사에서 한 일은?");
        QTest::newRow("a carried-over ask is the standalone question")
            << QStringLiteral("그럼 박서준은?") << kakao << QStringList{QStringLiteral("김지원 희망 연봉은?")}
            << QStringLiteral("박서준 희망 연봉은?");
        QTest::newRow("a named follow-up keeps its name") << QStringLiteral("그럼 박서준의 학력은?") << kakao << QStringList{}
                                                         << QStringLiteral("박서준의 학력은?");
        QTest::newRow("a fresh question is judged as asked") << QStringLiteral("Kafka 써본 사람은?") << kakao << QStringList{}
                                                            << QString();
    }
    void judged()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, memory);
        QFETCH(QStringList, earlier);
        QFETCH(QString, judged);
        FollowUpContext context;
        context.earlierQuestions = earlier;
        QCOMPARE(FollowUpResolver(known()).resolve(question, memory, context).judged, judged);
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
