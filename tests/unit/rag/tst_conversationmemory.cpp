// SPDX-License-Identifier: MIT
#include "rag/conversationmemory.h"
#include "rag/tokencounter.h"

#include <QRegularExpression>
#include <QTest>

using namespace Protostar;

namespace {

Citation cite(int n, const QString &candidate, const QString &document, const QStringList &headings)
{
    Citation c;
    c.n = n;
    c.candidate = candidate;
    c.document = document;
    c.headingPath = headings;
    return c;
}

TurnRecord kakaoTurn()
{
    TurnRecord t;
    t.turnId = 1;
    t.question = QStringLiteral("김지원이 카카오에서 달성한 성과를 수치로 알려줘.");
    t.answer = QStringLiteral(
        "김지원은 카카오 결제 플랫폼에서 결제 처리량을 1만 TPS까지 끌어올렸습니다 [1]. "
        "장애 시간은 연 1,200분에서 99.9% 가용성으로 개선했습니다 [1]. "
        "팀원 12명을 이끌었고 프로젝트 예산은 1,000억원이었습니다 [2]. "
        "또한 사내 기술 블로그에 글을 여러 편 기고했습니다 [2].");
    t.citations = {cite(1, QStringLiteral("김지원"), QStringLiteral("김지원_경력기술서.md"),
                        {QStringLiteral("경력"), QStringLiteral("카카오"), QStringLiteral("결제 플랫폼")}),
                   cite(2, QStringLiteral("김지원"), QStringLiteral("김지원_경력기술서.md"),
                        {QStringLiteral("경력"), QStringLiteral("카카오")})};
    return t;
}

TurnRecord englishTurn()
{
    TurnRecord t;
    t.turnId = 2;
    t.question = QStringLiteral("What did Jane Park do at Naver?");
    t.answer = QStringLiteral(
        "Jane Park migrated 40 services to Kubernetes at Naver [1]. She cut p99 latency from 850ms to 120ms [1]. "
        "She mentored junior engineers. She wrote the on-call handbook, which 3 teams adopted in 2021 [2].");
    t.citations = {cite(1, QStringLiteral("Jane Park"), QStringLiteral("jane_park_resume.pdf"),
                        {QStringLiteral("Experience"), QStringLiteral("Naver")})};
    return t;
}

int sentenceCount(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?。](\\s|$)"));
    return int(text.count(end));
}

} // namespace

Q_DECLARE_METATYPE(Protostar::TurnRecord)
Q_DECLARE_METATYPE(Protostar::TurnFocus)

class tst_ConversationMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("figures");
        QTest::newRow("1만 TPS quoted verbatim") << QStringLiteral("처리량을 1만 TPS까지") << QStringList{QStringLiteral("1만 TPS")};
        QTest::newRow("grouped won") << QStringLiteral("예산은 1,000억원이었다.") << QStringList{QStringLiteral("1,000억원")};
        QTest::newRow("percent and decimal") << QStringLiteral("가용성 99.9%, 4% 증가") << QStringList{QStringLiteral("99.9%"), QStringLiteral("4%")};
        QTest::newRow("english units") << QStringLiteral("from 850ms to 120ms in 2021.") << QStringList{QStringLiteral("850ms"), QStringLiteral("120ms"), QStringLiteral("2021")};
        QTest::newRow("people and months") << QStringLiteral("12명, 18개월") << QStringList{QStringLiteral("12명"), QStringLiteral("18개월")};
        QTest::newRow("no figures") << QStringLiteral("정보가 없습니다.") << QStringList{};
        QTest::newRow("digits of a name are no figure") << QStringLiteral("p99 응답시간을 480ms에서 95ms로, H100 8개")
                                                         << QStringList{QStringLiteral("480ms"), QStringLiteral("95ms"), QStringLiteral("8개")};
    }
    void figures()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, figures);
        QCOMPARE(ExtractiveTurnCompressor::figures(text), figures);
    }

    void compressKeepsWhoWhereAndFigures_data()
    {
        QTest::addColumn<TurnRecord>("turn");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("korean career turn") << kakaoTurn()
            << QStringList{QStringLiteral("[김지원 @ 카카오, 결제 플랫폼] Q:"), QStringLiteral("김지원"), QStringLiteral("카카오"), QStringLiteral("결제 플랫폼"),
                           QStringLiteral("1만 TPS"), QStringLiteral("1,200분"), QStringLiteral("99.9%"),
                           QStringLiteral("12명"), QStringLiteral("1,000억원")};
        QTest::newRow("english career turn") << englishTurn()
            << QStringList{QStringLiteral("[Jane Park @ Naver] Q:"), QStringLiteral("Jane Park"), QStringLiteral("Naver"), QStringLiteral("40"),
                           QStringLiteral("850ms"), QStringLiteral("120ms"), QStringLiteral("3"), QStringLiteral("2021")};
    }
    void compressKeepsWhoWhereAndFigures()
    {
        QFETCH(TurnRecord, turn);
        QFETCH(QStringList, mustContain);
        ExtractiveTurnCompressor compressor;
        const auto summary = compressor.compress(turn);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        for (const QString &s : mustContain)
            QVERIFY2(summary->contains(s), qPrintable(s + QStringLiteral(" missing from: ") + *summary));
        for (const QString &f : ExtractiveTurnCompressor::figures(turn.answer))
            QVERIFY2(summary->contains(f), qPrintable(f + QStringLiteral(" missing from: ") + *summary));
        QVERIFY2(sentenceCount(*summary) >= 1 && sentenceCount(*summary) <= 2, qPrintable(*summary));
        QVERIFY(!summary->contains(QStringLiteral("[1]")));
        QVERIFY2(summary->startsWith(TurnFocus::of(turn).lead() + QStringLiteral(" Q: ")), qPrintable(*summary));
        QVERIFY2(TokenCounter::count(*summary) < TokenCounter::count(ConversationMemory::verbatim(turn)), qPrintable(*summary));
    }

    void figuresNotListedTwice_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QStringList>("listed"); // figures the "(수치: …)" note must hold
        QTest::addColumn<QStringList>("notListed");
        // The first sentence has more figures and is kept; the second does not fit and its figures
        // go to the note unless the question already has them.
        const QString first = QStringLiteral("1868년 4월 11일 에도 성 무혈 개성 이후 함선 8척이 신정부 군에게 양도되기로 약속되어 있었고 이는 당시 큰 논란이었다.");
        const QString second = QStringLiteral("그러나 8월 19일 자정에 함대는 폭풍을 뚫고 시나가와 앞바다를 탈출했으며 20일 뒤 센다이 앞바다에서 다른 함선들과 합류했다.");
        QTest::newRow("figures of the question are not repeated")
            << QStringLiteral("8월 19일 해당 함대는?") << first + u' ' + second
            << QStringList{QStringLiteral("20일")} << QStringList{QStringLiteral("8월"), QStringLiteral("19일")};
        QTest::newRow("figures missing from both are listed")
            << QStringLiteral("해당 함대는?") << first + u' ' + second
            << QStringList{QStringLiteral("8월"), QStringLiteral("19일"), QStringLiteral("20일")} << QStringList{};
    }
    void figuresNotListedTwice()
    {
        QFETCH(QString, question);
        QFETCH(QString, answer);
        QFETCH(QStringList, listed);
        QFETCH(QStringList, notListed);
        TurnRecord t;
        t.question = question;
        t.answer = answer;
        const auto summary = ExtractiveTurnCompressor().compress(t);
        QVERIFY(summary.ok());
        const qsizetype note = summary->indexOf(QStringLiteral(" (수치: "));
        QVERIFY2(note > 0, qPrintable(*summary));
        const QString listedPart = summary->mid(note);
        for (const QString &f : listed)
            QVERIFY2(listedPart.contains(f), qPrintable(*summary));
        for (const QString &f : notListed)
            QVERIFY2(!listedPart.contains(f) && summary->contains(f), qPrintable(*summary));
        for (const QString &f : ExtractiveTurnCompressor::figures(answer)) // still: every figure is in the summary
            QVERIFY2(summary->contains(f), qPrintable(f + QStringLiteral(" missing from: ") + *summary));
    }

    void compressWithoutCitationsStillKeepsFigures()
    {
        TurnRecord t = kakaoTurn();
        t.citations.clear();
        const auto summary = ExtractiveTurnCompressor().compress(t);
        QVERIFY(summary.ok());
        QVERIFY(!summary->startsWith(u'['));
        QVERIFY(summary->contains(QStringLiteral("김지원")));
        QVERIFY(summary->contains(QStringLiteral("1,000억원")));
    }

    void notFoundTurnSaysSo()
    {
        TurnRecord t = kakaoTurn();
        t.found = false;
        t.answer = QStringLiteral("문서에서 답을 찾지 못했습니다.");
        const auto summary = ExtractiveTurnCompressor().compress(t);
        QVERIFY(summary.ok());
        QVERIFY2(summary->contains(QStringLiteral("문서에 답이 없음")), qPrintable(*summary));
    }

    void emptyQuestionIsAnError()
    {
        const auto summary = ExtractiveTurnCompressor().compress(TurnRecord{});
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, ErrorCode::InvalidArgument);
    }

    void focusOfCitations_data()
    {
        QTest::addColumn<QStringList>("heading");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("lead");
        QTest::newRow("section then company") << QStringList{QStringLiteral("경력"), QStringLiteral("카카오")}
                                              << QStringLiteral("a.md") << QStringLiteral("[김지원 @ 카카오]");
        QTest::newRow("bracketed section skipped, dates and role trimmed")
            << QStringList{QStringLiteral("이력서 - 김지원"), QStringLiteral("[경력사항]"),
                           QStringLiteral("한빛페이 (2019.03 ~ 2023.02) · 결제플랫폼팀 백엔드 리드 · 직전 회사")}
            << QStringLiteral("kim-jiwon-resume.md") << QStringLiteral("[김지원 @ 한빛페이 결제플랫폼팀 백엔드 리드]");
        QTest::newRow("no headings: the document") << QStringList{} << QStringLiteral("kim-jiwon-career.md")
                                                   << QStringLiteral("[김지원 @ kim-jiwon-career]");
        QTest::newRow("heading that is the person is not a place") << QStringList{QStringLiteral("김지원")}
                                                                   << QStringLiteral("김지원.txt") << QStringLiteral("[김지원]");
    }
    void focusOfCitations()
    {
        QFETCH(QStringList, heading);
        QFETCH(QString, document);
        QFETCH(QString, lead);
        TurnRecord t;
        t.citations = {cite(1, QStringLiteral("김지원"), document, heading)};
        QCOMPARE(TurnFocus::of(t).lead(), lead);
    }

    void leadRoundTrips_data()
    {
        QTest::addColumn<TurnFocus>("focus");
        QTest::addColumn<QString>("lead");
        QTest::newRow("who and where") << TurnFocus{{QStringLiteral("김지원")}, {QStringLiteral("카카오"), QStringLiteral("결제 플랫폼")}}
                                       << QStringLiteral("[김지원 @ 카카오, 결제 플랫폼]");
        QTest::newRow("where only") << TurnFocus{{}, {QStringLiteral("Naver")}} << QStringLiteral("[@ Naver]");
        QTest::newRow("who only") << TurnFocus{{QStringLiteral("Jane Park"), QStringLiteral("김지원")}, {}}
                                  << QStringLiteral("[Jane Park, 김지원]");
        // A who-answer's five candidates all stay, so a later "다섯 번째 사람은?" can pick the last.
        QTest::newRow("five people of a who-answer")
            << TurnFocus{{QStringLiteral("Daniel Cho"), QStringLiteral("Lena Fischer"), QStringLiteral("김지원"), QStringLiteral("강도현"),
                          QStringLiteral("최민호")},
                         {}}
            << QStringLiteral("[Daniel Cho, Lena Fischer, 김지원, 강도현, 최민호]");
    }
    void leadRoundTrips()
    {
        QFETCH(TurnFocus, focus);
        QFETCH(QString, lead);
        QCOMPARE(focus.lead(), lead);
        const auto parsed = TurnFocus::parseLead(QString(lead + QStringLiteral(" Q: x A: y.")));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->who, focus.who);
        QCOMPARE(parsed->where, focus.where);
        QVERIFY(!TurnFocus::parseLead(QStringLiteral("no lead [here]")).has_value());
    }

    void memoryIsSummariesPlusLastTurnVerbatim()
    {
        QList<TurnRecord> turns{kakaoTurn(), englishTurn(), kakaoTurn()};
        turns[2].turnId = 3;
        turns[2].question = QStringLiteral("그 회사에서 팀 규모는?");
        const QList<Summary> stored{Summary{10, 1, 1, QStringLiteral("[김지원 @ 카카오] stored summary."), {}}};
        const MemoryContext ctx = ConversationMemory::build(turns, stored);
        QCOMPARE(ctx.summaries.size(), 2);
        QCOMPARE(ctx.summaries.at(0), QStringLiteral("[김지원 @ 카카오] stored summary."));
        // Turn 2 has no stored summary yet: compressed on the spot rather than forgotten.
        QCOMPARE(ctx.summaries.at(1), *ExtractiveTurnCompressor().compress(turns.at(1)));
        QVERIFY(ctx.lastTurn.startsWith(QStringLiteral("Q: 그 회사에서 팀 규모는?\nA: 김지원은")));
        QVERIFY(!ctx.lastTurn.contains(QStringLiteral("[1]")));
        QVERIFY(ctx.tokens() < TokenCounter::count(ConversationMemory::fullHistory(turns)));
    }

    void lastTurnIsNotAlsoSummarised_data()
    {
        QTest::addColumn<int>("turnCount");
        QTest::newRow("one turn: last turn only") << 1;
        QTest::newRow("two turns") << 2;
        QTest::newRow("five turns") << 5;
    }
    void lastTurnIsNotAlsoSummarised()
    {
        // Every turn's summary is stored, the last one's too (its job ran before the next question):
        // the prompt carries that turn verbatim, so its summary would only repeat it.
        QFETCH(int, turnCount);
        QList<TurnRecord> turns;
        QList<Summary> stored;
        for (int i = 1; i <= turnCount; ++i) {
            TurnRecord t = kakaoTurn();
            t.turnId = i;
            t.question = QStringLiteral("질문 %1?").arg(i);
            turns << t;
            stored << Summary{100 + i, 1, i, QStringLiteral("[김지원] summary of turn %1.").arg(i), {}};
        }
        const MemoryContext ctx = ConversationMemory::build(turns, stored);
        QCOMPARE(ctx.summaries.size(), turnCount - 1);
        for (int i = 0; i < ctx.summaries.size(); ++i)
            QCOMPARE(ctx.summaries.at(i), stored.at(i).text);
        QVERIFY(!ctx.summaries.join(u'\n').contains(QStringLiteral("turn %1.").arg(turnCount)));
        QVERIFY(ctx.lastTurn.startsWith(QStringLiteral("Q: 질문 %1?").arg(turnCount)));
    }

    void renderSummariesGroupsSharedLeads_data()
    {
        QTest::addColumn<QStringList>("summaries");
        QTest::addColumn<QString>("rendered");
        QTest::newRow("same lead written once")
            << QStringList{QStringLiteral("[김지원 @ 카카오] Q: a A: 1."), QStringLiteral("[김지원 @ 카카오] Q: b A: 2.")}
            << QStringLiteral("[김지원 @ 카카오]\n- Q: a A: 1.\n- Q: b A: 2.\n");
        QTest::newRow("a new lead starts a new group")
            << QStringList{QStringLiteral("[김지원 @ 카카오] Q: a A: 1."), QStringLiteral("[김지원 @ 네이버] Q: b A: 2.")}
            << QStringLiteral("[김지원 @ 카카오]\n- Q: a A: 1.\n[김지원 @ 네이버]\n- Q: b A: 2.\n");
        QTest::newRow("a lead that comes back is written again")
            << QStringList{QStringLiteral("[A] Q: a A: 1."), QStringLiteral("[B] Q: b A: 2."), QStringLiteral("[A] Q: c A: 3.")}
            << QStringLiteral("[A]\n- Q: a A: 1.\n[B]\n- Q: b A: 2.\n[A]\n- Q: c A: 3.\n");
        QTest::newRow("a summary without lead is not put under the group above")
            << QStringList{QStringLiteral("[A] Q: a A: 1."), QStringLiteral("Q: b A: 2."), QStringLiteral("[A] Q: c A: 3.")}
            << QStringLiteral("[A]\n- Q: a A: 1.\n[?]\n- Q: b A: 2.\n[A]\n- Q: c A: 3.\n");
        QTest::newRow("summaries without lead before any group")
            << QStringList{QStringLiteral("Q: a A: 1."), QStringLiteral("Q: b A: 2."), QStringLiteral("[A] Q: c A: 3.")}
            << QStringLiteral("- Q: a A: 1.\n- Q: b A: 2.\n[A]\n- Q: c A: 3.\n");
        QTest::newRow("brackets that are no lead stay in the line")
            << QStringList{QStringLiteral("[] Q: a A: 1.")} << QStringLiteral("- [] Q: a A: 1.\n");
        QTest::newRow("nothing") << QStringList{} << QString();
    }
    void renderSummariesGroupsSharedLeads()
    {
        QFETCH(QStringList, summaries);
        QFETCH(QString, rendered);
        QCOMPARE(ConversationMemory::renderSummaries(summaries), rendered);
    }

    void emptySessionHasNoMemory()
    {
        const MemoryContext ctx = ConversationMemory::build({}, {});
        QVERIFY(ctx.summaries.isEmpty());
        QVERIFY(ctx.lastTurn.isEmpty());
        QCOMPARE(ctx.tokens(), 0);
    }
};

QTEST_APPLESS_MAIN(tst_ConversationMemory)
#include "tst_conversationmemory.moc"
