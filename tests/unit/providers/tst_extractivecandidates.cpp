// SPDX-License-Identifier: MIT
// ExtractiveAnswerProvider over several candidates' evidence: who-questions one line per candidate,
// named candidates compared, job entries listed for "which companies", entry headings as answers and
// exact amounts matched by value, and a ranking of pay written in several currencies opened by its note.
#include "extractivefixtures.h"
#include "providers/figureguard.h"
#include "providers/rankedquotes.h"

#include <QTest>

using namespace Protostar;
using namespace Protostar::Test;

class tst_ExtractiveCandidates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Asked who, every candidate among the evidence may qualify: each one's quote on its own line,
    // led by their name, in the order of their best passage; a bar drops those who miss it.
    // An entry heading that writes every question term and states a period is the answer; a bare
    // section title ("학력") never is. The figure guard accepts the heading's dates from the cited passage.
    void quotesAnEntryHeading_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("heading");
        QTest::addColumn<QString>("expected");
        QTest::newRow("entry heading")
            << QStringLiteral("직전 회사는 어디인가요?")
            << QStringList{QStringLiteral("경력사항"), QStringLiteral("한빛페이 (2019.03 ~ 2023.02) · 백엔드 리드 · 직전 회사")}
            << QStringLiteral("한빛페이 (2019.03 ~ 2023.02) · 백엔드 리드 · 직전 회사 [1]");
        QTest::newRow("asked what was done there, not which")
            << QStringLiteral("직전 회사에서 무엇을 했나요?")
            << QStringList{QStringLiteral("경력사항"), QStringLiteral("한빛페이 (2019.03 ~ 2023.02) · 백엔드 리드 · 직전 회사")}
            << QStringLiteral("결제 시스템을 운영했습니다. [1]");
        QTest::newRow("bare section title")
            << QStringLiteral("최종 학력은?") << QStringList{QStringLiteral("최종 학력")}
            << QStringLiteral("최종 학력: 가상대학교 학사 (2010.03 ~ 2016.08) [1]");
    }

    void quotesAnEntryHeading()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, heading);
        QFETCH(QString, expected);
        const QString body = heading.last() == QStringLiteral("최종 학력") ? QStringLiteral("최종 학력: 가상대학교 학사 (2010.03 ~ 2016.08)")
                                                                      : QStringLiteral("결제 시스템을 운영했습니다.");
        const AnswerRequest r = requestOf(question, {body}, QStringLiteral("김지원"), heading);
        ExtractiveAnswerProvider provider;
        const std::atomic_bool cancelled = false;
        auto a = provider.generate(r, {}, cancelled);
        QVERIFY(a.ok());
        QCOMPARE(a->text, expected);
        const GuardedAnswer guarded = FigureGuard::apply(a->text, r.evidence);
        QVERIFY2(guarded.unverified.isEmpty(), qPrintable(guarded.unverified.join(u'|')));
        QCOMPARE(guarded.text, expected);
    }

    void whoQuestionNamesEachCandidate_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ko, every candidate beyond the first three passages")
            << QStringLiteral("Kafka를 쓴 사람은?")
            << QStringLiteral("김지원: Kafka 정산 파이프라인을 설계했습니다. [1] Kafka Streams로 이벤트를 처리했습니다. [2]\n"
                              "박서준: Kafka 클러스터를 피크 15,000 TPS로 운영했습니다. [3]\nDaniel Cho: Built ingestion on Kafka. [4]");
        QTest::newRow("en, a bar: who misses it is left out")
            << QStringLiteral("Who ran Kafka at more than 10k TPS?")
            << QStringLiteral("박서준: Kafka 클러스터를 피크 15,000 TPS로 운영했습니다. [3]");
        // Not a who-question, and still several candidates' quotes: each says whose it is (round 5; it had no names).
        QTest::newRow("not a who-question: names all the same")
            << QStringLiteral("Kafka 경험은?")
            << QStringLiteral("김지원: Kafka 정산 파이프라인을 설계했습니다. [1] Kafka Streams로 이벤트를 처리했습니다. [2]\n"
                              "박서준: Kafka 클러스터를 피크 15,000 TPS로 운영했습니다. [3]");
    }

    void whoQuestionNamesEachCandidate()
    {
        QFETCH(QString, question);
        QFETCH(QString, expected);
        AnswerRequest r = requestOf(question, {QStringLiteral("Kafka 정산 파이프라인을 설계했습니다."),
                                               QStringLiteral("Kafka Streams로 이벤트를 처리했습니다."),
                                               QStringLiteral("Kafka 클러스터를 피크 15,000 TPS로 운영했습니다."),
                                               QStringLiteral("Built ingestion on Kafka.")});
        const QList<std::pair<CandidateId, QString>> owners = {{1, QStringLiteral("김지원")}, {1, QStringLiteral("김지원")},
                                                                {2, QStringLiteral("박서준")}, {3, QStringLiteral("Daniel Cho")}};
        for (qsizetype i = 0; i < r.evidence.size(); ++i) {
            r.evidence[i].ref.candidateId = owners.at(i).first;
            r.evidence[i].ref.candidateName = owners.at(i).second;
        }
        QCOMPARE(foundAnswer(r), expected);
    }

    // Two named candidates compared: one line each, led by the name, as a who-question is answered.
    void comparesNamedCandidatesOneLineEach_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("expected");
        // In the order the question names them, whoever's passage ranks first.
        QTest::newRow("ko two names")
            << QStringLiteral("김지원과 박서준의 경력을 비교해 주세요")
            << QStringLiteral("김지원: 백엔드 엔지니어 · 경력 9년 [3]\n박서준: 직무: SRE 엔지니어, 경력 7년 [1]");
        QTest::newRow("en two names") << QStringLiteral("Compare the careers of 김지원 and 박서준")
                                      << QStringLiteral("김지원: 백엔드 엔지니어 · 경력 9년 [3]\n박서준: 직무: SRE 엔지니어, 경력 7년 [1]");
        QTest::newRow("ko two names, the first ranked first") << QStringLiteral("박서준과 김지원의 경력을 비교해 주세요")
            << QStringLiteral("박서준: 직무: SRE 엔지니어, 경력 7년 [1]\n김지원: 백엔드 엔지니어 · 경력 9년 [3]");
        // One name: the best passages in reading order; a quote of another candidate's passage says whose it is.
        QTest::newRow("one name") << QStringLiteral("박서준의 경력은?")
                                  << QStringLiteral("박서준: 직무: SRE 엔지니어, 경력 7년 [1]\n김지원: 백엔드 엔지니어 · 경력 9년 [3]");
        QTest::newRow("one name, one candidate's passages: no names")
            << QStringLiteral("박서준의 기술은?") << QStringLiteral("Kubernetes, Terraform, Ansible [2]");
    }

    void comparesNamedCandidatesOneLineEach()
    {
        QFETCH(QString, question);
        QFETCH(QString, expected);
        const AnswerRequest r = ownedRequest(
            question, {{2, QStringLiteral("박서준"), {QStringLiteral("인적사항")}, QStringLiteral("직무: SRE 엔지니어, 경력 7년")},
                       {2, QStringLiteral("박서준"), {QStringLiteral("기술")}, QStringLiteral("Kubernetes, Terraform, Ansible")},
                       {1, QStringLiteral("김지원"), {QStringLiteral("이력서")}, QStringLiteral("백엔드 엔지니어 · 경력 9년")}});
        QCOMPARE(foundAnswer(r), expected);
    }

    // Comparing named candidates' experience, each gets the share of the answer a question about them alone
    // would: the first candidate's entries do not use up a cap on the whole answer.
    void comparesExperienceFairShare()
    {
        const QStringList experience = {QStringLiteral("Experience")};
        const AnswerRequest r = ownedRequest(
            QStringLiteral("Compare the experience of Jane Park and Daniel Cho."),
            {{1, QStringLiteral("Jane Park"), experience + QStringList{QStringLiteral("Brightlane (2020.04 ~ 2024.03) — Senior Engineer")},
              QStringLiteral("Led the dashboard rebuild. Cut page load to 1.2 s. Introduced a design system.")},
             {1, QStringLiteral("Jane Park"), experience + QStringList{QStringLiteral("Pixelnest (2016.02 ~ 2020.03) — Developer")},
              QStringLiteral("Built the booking widget.")},
             {2, QStringLiteral("Daniel Cho"), experience + QStringList{QStringLiteral("Tidewater (2021.01 ~ 2024.05) — Data Engineer")},
              QStringLiteral("Built streaming ingestion on Kafka. Ran the reporting cluster.")}});
        const QString text = foundAnswer(r);
        for (const QString &quoted : {QStringLiteral("Jane Park: Brightlane (2020.04 ~ 2024.03)"), QStringLiteral("Pixelnest (2016.02 ~ 2020.03)"),
                                      QStringLiteral("Led the dashboard rebuild."), QStringLiteral("Daniel Cho: Tidewater (2021.01 ~ 2024.05)"),
                                      QStringLiteral("Built streaming ingestion on Kafka."), QStringLiteral("Ran the reporting cluster.")})
            QVERIFY2(text.contains(quoted), qPrintable(quoted + QStringLiteral(" missing: ") + text));
    }

    // "Which companies …": the job entries under the experience section, each cited, from every passage.
    void listsJobEntriesForCompanies_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("expected");
        const QString both = QStringLiteral("Tidewater Logistics (2021.01 ~ 2024.05) — Data Engineer [2] "
                                            "Seabird Analytics (2018.03 ~ 2020.12) — Junior Data Engineer [4]");
        QTest::newRow("en which companies") << QStringLiteral("Which companies has Daniel Cho worked at?") << both;
        QTest::newRow("ko 일한 회사들") << QStringLiteral("Daniel Cho가 일한 회사들은?") << both;
        QTest::newRow("ko 다닌 회사") << QStringLiteral("Daniel Cho가 다닌 회사는?") << both;
        // Asked what was done, the sentences answer, not the headings.
        QTest::newRow("what was done at a company") << QStringLiteral("What did Daniel Cho build at Tidewater?")
                                                    << QStringLiteral("Built streaming ingestion on Kafka. [2]");
    }

    void listsJobEntriesForCompanies()
    {
        QFETCH(QString, question);
        QFETCH(QString, expected);
        const QString name = QStringLiteral("Daniel Cho");
        const QStringList tidewater = {QStringLiteral("Experience"), QStringLiteral("Tidewater Logistics (2021.01 ~ 2024.05) — Data Engineer")};
        const QStringList seabird = {QStringLiteral("Experience"), QStringLiteral("Seabird Analytics (2018.03 ~ 2020.12) — Junior Data Engineer")};
        const AnswerRequest r = ownedRequest(
            question, {{1, name, {}, QStringLiteral("Data Engineer · 6 years · Busan")},
                       {1, name, tidewater, QStringLiteral("Built streaming ingestion on Kafka.")},
                       {1, name, {QStringLiteral("Education"), QStringLiteral("M.Sc. Data Science (2016.03 ~ 2018.02)")},
                        QStringLiteral("Thesis on streaming joins.")},
                       {1, name, seabird, QStringLiteral("Maintained ETL pipelines in Python.")}});
        ExtractiveAnswerProvider provider;
        const std::atomic_bool cancelled = false;
        auto a = provider.generate(r, {}, cancelled);
        QVERIFY(a.ok());
        QVERIFY(a->found);
        QCOMPARE(a->text, expected);
        const GuardedAnswer guarded = FigureGuard::apply(a->text, r.evidence);
        QVERIFY2(guarded.unverified.isEmpty(), qPrintable(guarded.unverified.join(u'|')));
    }

    // An exact amount asked about matches in value across spellings; another value is left out.
    void exactAmountMatchesByValue_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("ko 만") << QStringLiteral("연봉 3,500만원 희망자는?");
        QTest::newRow("ko 천 백") << QStringLiteral("희망 연봉 3천5백만원인 사람은?");
        QTest::newRow("en million") << QStringLiteral("Who expects 35 million won?");
    }

    void exactAmountMatchesByValue()
    {
        QFETCH(QString, question);
        const AnswerRequest r = ownedRequest(
            question, {{1, QStringLiteral("Sarah Lee"), {QStringLiteral("Compensation")}, QStringLiteral("- Expected salary: 5,200만원")},
                       {2, QStringLiteral("김민수"), {QStringLiteral("희망 조건")}, QStringLiteral("- 희망 연봉: 35,000,000원")}});
        QCOMPARE(foundAnswer(r), QStringLiteral("김민수: 희망 연봉: 35,000,000원 [2]"));
    }

    // Asked who is highest or lowest in pay, lines in more than one currency are ranked within each, and the answer's
    // first line says so, in the question's language, naming the currencies of the lines quoted (원 first, as ranked).
    // Pay in one currency, or a ranking of another field over lines that also write pay, has no note. The figure guard
    // keeps every line of it: the note writes no figure.
    void rankedPayNotesItsCurrencies_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("passages"); // of 김민수, Sarah Lee and Oliver Grant in turn
        QTest::addColumn<QStringList>("currencies"); // named by the note; empty: no note
        const QString won = QStringLiteral("- 희망 연봉: 9,000만원, 경력 8년");
        QTest::newRow("ko, 원 and $ and £")
            << QStringLiteral("희망 연봉이 가장 높은 사람은?")
            << QStringList{won, QStringLiteral("- Expected salary: $120,000, 5 years of experience"), QStringLiteral("- Expected salary: GBP 95,000")}
            << QStringList{QStringLiteral("원"), QStringLiteral("$"), QStringLiteral("£")};
        QTest::newRow("en, 원 and £") << QStringLiteral("Who asks for the lowest pay?")
                                      << QStringList{won, QStringLiteral("- 희망 연봉: 7,000만원"), QStringLiteral("- Expected salary: GBP 95,000")}
                                      << QStringList{QStringLiteral("원"), QStringLiteral("£")};
        QTest::newRow("ko, 원 only") << QStringLiteral("희망 연봉이 가장 낮은 사람은?")
                                     << QStringList{won, QStringLiteral("- 희망 연봉: 7,000만원"), QStringLiteral("- 희망 연봉: 8,500만원")}
                                     << QStringList{};
        QTest::newRow("career years over pay in two currencies")
            << QStringLiteral("경력이 가장 긴 사람은?")
            << QStringList{won, QStringLiteral("- 희망 연봉: $120,000, 경력 5년"), QStringLiteral("- 희망 연봉: 7,000만원, 경력 3년")}
            << QStringList{};
    }

    void rankedPayNotesItsCurrencies()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, passages);
        QFETCH(QStringList, currencies);
        const QStringList names{QStringLiteral("김민수"), QStringLiteral("Sarah Lee"), QStringLiteral("Oliver Grant")};
        QList<Owned> owned;
        for (qsizetype i = 0; i < passages.size(); ++i)
            owned.append({CandidateId(i + 1), names.at(i), {QStringLiteral("Compensation")}, passages.at(i)});
        const AnswerRequest r = ownedRequest(question, owned);
        const QString answer = foundAnswer(r);
        QStringList lines = answer.split(u'\n');
        QVERIFY2(lines.size() >= passages.size(), qPrintable(answer));
        if (!currencies.isEmpty()) {
            QCOMPARE(lines.first(), RankedQuotes::mixedCurrencySentence(r.language, currencies));
            lines.removeFirst();
        }
        QCOMPARE(lines.size(), passages.size()); // one line per candidate, no note
        for (const QString &line : std::as_const(lines))
            QVERIFY2(std::ranges::any_of(names, [&](const QString &n) { return line.startsWith(n + QStringLiteral(": ")); }), qPrintable(answer));
        QCOMPARE(FigureGuard::apply(answer, r.evidence).text, answer);
    }
};

QTEST_APPLESS_MAIN(tst_ExtractiveCandidates)
#include "tst_extractivecandidates.moc"
