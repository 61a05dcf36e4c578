// SPDX-License-Identifier: MIT
// ProfileQuestion over one candidate's passages laid out as a PDF or a plain-text résumé writes a job: a title
// line over a line holding only its period ("하늘클라우드 · 플랫폼팀 팀장" / "2020.06 ~ 현재"). The profile takes
// such a passage for a job entry and quotes the title with its period; a sentence above a period line, or a
// dated line under 학력 / Education, is no job; a heading that is only a period (a PDF's date line taken for a
// title) is completed by the title line above it.
#include "providers/profilequestion.h"

#include <QTest>

using namespace Protostar;

namespace {

// One passage of the candidate's résumé: under the document's title and `section`.
SearchHit passage(int ordinal, const QString &section, const QString &text)
{
    SearchHit h;
    h.ref.chunk.id = ordinal + 1;
    h.ref.chunk.documentId = 1;
    h.ref.chunk.ordinal = ordinal;
    h.ref.chunk.headingPath = {QStringLiteral("이력서 — 한지민")};
    if (!section.isEmpty())
        h.ref.chunk.headingPath.append(section.split(QStringLiteral(" > "))); // "Education > 2010 – 2014": two levels
    h.ref.chunk.text = text;
    h.ref.candidateId = 1;
    h.ref.candidateName = QStringLiteral("한지민");
    h.ref.documentName = QStringLiteral("resume.txt");
    h.score = 1.0;
    return h;
}

} // namespace

class tst_ProfileQuestion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesATitleLineWithThePeriodUnderIt_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the profile: job entries, then the skills line
        QTest::newRow("ko, a numeric period under the title")
            << QStringLiteral("경력") << QStringLiteral("하늘클라우드 · 플랫폼팀 팀장\n2020.06 ~ 현재\n- Kubernetes 클러스터 운영")
            << QStringLiteral("하늘클라우드 · 플랫폼팀 팀장 2020.06 ~ 현재 [1]\nGo, Kubernetes, Terraform [2]");
        QTest::newRow("ko, a period in words, two jobs in one passage")
            << QStringLiteral("경력사항")
            << QStringLiteral("별빛게임즈 서버 개발자\n2017년 1월 - 2020년 5월\n게임 서버를 운영했습니다.\n"
                              "초록소프트 인턴\n(2016.03 ~ 2016.12)\n사내 도구를 만들었습니다.")
            << QStringLiteral("별빛게임즈 서버 개발자 2017년 1월 - 2020년 5월 [1]\n초록소프트 인턴 (2016.03 ~ 2016.12) [1]\n"
                              "Go, Kubernetes, Terraform [2]");
        // "Built the pipelines." ends the job above; the period line under it is no title of it.
        QTest::newRow("en, a sentence over a period line is no title")
            << QStringLiteral("Work History")
            << QStringLiteral("Tidewater Logistics — Data Engineer\nJan 2019 - Present\nBuilt the pipelines.\nSep 2017 – Dec 2018")
            << QStringLiteral("Tidewater Logistics — Data Engineer Jan 2019 - Present [1]\nGo, Kubernetes, Terraform [2]");
        // A PDF's date line taken for a heading: the title line above it completes it.
        QTest::newRow("en, a heading that is only the period")
            << QStringLiteral("Jan 2016 – Mar 2021")
            << QStringLiteral("Data Engineer, Harbor Logistics\nJan 2016 – Mar 2021\nBuilt the shipment events pipeline on Kafka.")
            << QStringLiteral("Data Engineer, Harbor Logistics Jan 2016 – Mar 2021 [1]\nGo, Kubernetes, Terraform [2]");
        QTest::newRow("en, a dated line under Education is no job")
            << QStringLiteral("Education") << QStringLiteral("Hanyang University, B.S. Computer Science\n2010 – 2014")
            << QStringLiteral("Go, Kubernetes, Terraform [1]");
        // The same under a period line a PDF's chunker took for a heading: still Education, no job.
        QTest::newRow("en, a period heading under Education is no job")
            << QStringLiteral("EDUCATION > 2010 – 2014") << QStringLiteral("Hanyang University, B.S. Computer Science\n2010 – 2014")
            << QStringLiteral("Go, Kubernetes, Terraform [1]");
    }

    void quotesATitleLineWithThePeriodUnderIt()
    {
        QFETCH(QString, section);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<SearchHit> hits = ProfileQuestion::passages(
            {passage(0, QStringLiteral("기술"), QStringLiteral("Go, Kubernetes, Terraform")), passage(1, section, text)});
        AnswerRequest request;
        request.question = QStringLiteral("한지민에 대해 알려줘");
        request.profile = true;
        for (qsizetype i = 0; i < hits.size(); ++i)
            request.evidence.append(Evidence{int(i + 1), hits.at(i).ref, hits.at(i).score});
        const QString written = ProfileQuestion::write(request);
        QCOMPARE(written, expected);
    }
};

QTEST_MAIN(tst_ProfileQuestion)
#include "tst_profilequestion.moc"
