// SPDX-License-Identifier: MIT
// Pay written in several currencies (원, $, £, €, ¥, CNY) is read as each one's own and never compared across them: a
// unit is read from a sign, code or word before or after the figure (FigureValues); a pay ranking orders each currency
// on its own, one after another (FigureRanking); English ranking questions ("Which candidate expects the highest
// salary?") rank as the Korean ones do; and the answer says it ranked within currencies only when the extractive
// ranking was made over more than one — not when a model answered in its own words (a local OpenAI-wire server here).
// A question's signed or percentage figure ("-5%") must be written by the passage that answers it, not only its digit.
// Over the demo corpus and tests/data/recruiter14, where Oliver Grant asks "GBP 95,000".
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "fakeopenaiserver.h"
#include "offlineanswers.h"
#include "providers/answertext.h"
#include "providers/extractiveanswerprovider.h"
#include "providers/figureranking.h"
#include "providers/figurevalues.h"
#include "providers/openaicompatibleprovider.h"
#include "providers/rankedquotes.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <chrono>

using namespace Protostar;

namespace {

// Calls itself "extractive" but is none: quotes every passage of the evidence whole, each with its name and marker.
class WholePassages final : public AnswerProvider
{
public:
    QString id() const override { return QStringLiteral("extractive"); }
    Result<ProviderAnswer> generate(const AnswerRequest &request, const TokenSink &sink, const std::atomic_bool &) override
    {
        QStringList lines;
        for (const Evidence &e : request.evidence)
            lines.append(e.ref.candidateName + QStringLiteral(": ") + e.ref.chunk.text.simplified() + QStringLiteral(" [%1]").arg(e.n));
        ProviderAnswer a;
        a.text = lines.join(u'\n');
        if (sink)
            sink(a.text);
        return a;
    }
};

// The extractive answer with what `pattern` matches written otherwise: a misquote the figure guard must catch.
class Misquoting final : public AnswerProvider
{
public:
    Misquoting(QRegularExpression pattern, QString replacement) : m_pattern(std::move(pattern)), m_replacement(std::move(replacement)) { }
    QString id() const override { return QStringLiteral("misquoting"); }
    Result<ProviderAnswer> generate(const AnswerRequest &request, const TokenSink &sink, const std::atomic_bool &cancelled) override
    {
        auto a = m_extractive.generate(request, {}, cancelled);
        if (a) {
            a->text.replace(m_pattern, m_replacement);
            if (sink)
                sink(a->text);
        }
        return a;
    }

private:
    ExtractiveAnswerProvider m_extractive;
    QRegularExpression m_pattern;
    QString m_replacement;
};

} // namespace

class tst_CurrencyRanking : public QObject
{
    Q_OBJECT

    Test::ImportedCorpus m_corpus; // the demo résumés and the six of recruiter14

    // `question` answered by `provider` over the corpus, the pieces streamed appended to `pieces`.
    Result<Answer> ask(AnswerProvider &provider, const QString &question, QStringList &pieces, AnswerTrace &trace)
    {
        QuestionAnswerer answerer(m_corpus.knowledge, provider);
        return answerer.answer(Question{question, {}, 0, 5}, [&](const QString &d) { pieces.append(d); }, nullptr, &trace);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_corpus.importDemoAndRecruiter14();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The unit of the one figure of `text`, as a pay ranking reads it.
    void unitOfAFigure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unit");
        QTest::newRow("GBP code before") << QStringLiteral("Expected salary: GBP 95,000 per year.") << QStringLiteral("£");
        QTest::newRow("GBP code after") << QStringLiteral("Expected salary: 95,000 GBP") << QStringLiteral("£");
        QTest::newRow("pound sign") << QStringLiteral("Expected salary: £95,000") << QStringLiteral("£");
        QTest::newRow("pound sign, space") << QStringLiteral("Expected salary: £ 95,000") << QStringLiteral("£");
        QTest::newRow("EUR code before") << QStringLiteral("Expected salary: EUR 80,000") << QStringLiteral("€");
        QTest::newRow("euro sign after") << QStringLiteral("Expected salary: 80.000€") << QStringLiteral("€");
        QTest::newRow("euro sign after, space") << QStringLiteral("Expected salary: 80,000 €") << QStringLiteral("€");
        QTest::newRow("euros word") << QStringLiteral("Expected salary: 80,000 euros") << QStringLiteral("€");
        QTest::newRow("JPY code") << QStringLiteral("希望年収 JPY 9,000,000") << QStringLiteral("JPY");
        // The sign alone writes the yen and the yuan alike: a currency of its own (FigureValues::isCurrency).
        QTest::newRow("bare ¥ sign") << QStringLiteral("Expected salary: ¥9,000,000") << QStringLiteral("¥");
        QTest::newRow("엔 after") << QStringLiteral("희망 연봉 900만엔") << QStringLiteral("JPY");
        QTest::newRow("CNY code") << QStringLiteral("Expected salary: CNY 400,000") << QStringLiteral("CNY");
        QTest::newRow("RMB code after") << QStringLiteral("Expected salary: 400,000 RMB") << QStringLiteral("CNY");
        QTest::newRow("another dollar") << QStringLiteral("Expected salary: C$110,000") << QStringLiteral("C$");
        QTest::newRow("US$ is the dollar") << QStringLiteral("Expected salary: US$120,000") << QStringLiteral("$");
        QTest::newRow("USD code") << QStringLiteral("Expected salary: USD 120,000") << QStringLiteral("$");
        QTest::newRow("dollar sign, space") << QStringLiteral("Expected salary: $ 120,000") << QStringLiteral("$");
        QTest::newRow("KRW code") << QStringLiteral("Expected salary: KRW 95,000,000") << QStringLiteral("원");
        QTest::newRow("원 after") << QStringLiteral("희망 연봉 95,000,000원") << QStringLiteral("원");
        QTest::newRow("만원 after") << QStringLiteral("희망 연봉 9,500만원") << QStringLiteral("원");
        QTest::newRow("원 after, space") << QStringLiteral("희망 연봉 9,500만 원") << QStringLiteral("원");
        QTest::newRow("counter, no currency") << QStringLiteral("팀원 5명") << QStringLiteral("명");
        QTest::newRow("엔 starting a word") << QStringLiteral("백엔드 3 엔지니어") << QString();
        QTest::newRow("a word before a sign") << QStringLiteral("fees€ 300") << QStringLiteral("€");
    }

    void unitOfAFigure()
    {
        QFETCH(QString, text);
        QFETCH(QString, unit);
        const QList<FigureValues::Stated> stated = FigureValues::stated(AnswerText::foldForMatching(text));
        QCOMPARE(stated.size(), 1);
        QCOMPARE(stated.first().unit, unit);
        QCOMPARE(FigureValues::isCurrency(unit), !unit.isEmpty() && unit != QStringLiteral("명"));
    }

    // An amount in pounds is no amount in 원: "95,000원" is not written by "GBP 95,000", and the other way round.
    void amountsKeepTheirCurrency()
    {
        const QString pounds = AnswerText::foldForMatching(QStringLiteral("Expected salary: GBP 95,000 per year."));
        QCOMPARE(FigureValues::amounts(pounds), QStringList{QStringLiteral("95000£")});
        QVERIFY(FigureValues::writesAmount(pounds, QStringLiteral("95000£")));
        QVERIFY(!FigureValues::writesAmount(pounds, QStringLiteral("95000원")));
        QVERIFY(!FigureValues::writesAmount(pounds, QStringLiteral("95000$")));
        QVERIFY(FigureValues::writesAmount(pounds, QStringLiteral("95000"))); // no unit asked: any
    }

    // Each currency ranks on its own, 원 first then $, £, €, whichever end is asked: £200,000 never goes before $120,000
    // for being the larger number, nor €50,000 before £95,000 for being the smaller.
    void currenciesRankOneAfterAnother_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("lines"); // in the order asked
        const QStringList byCurrency{QStringLiteral("희망 연봉 9,500만원"), QStringLiteral("Expected salary: $120,000"),
                                     QStringLiteral("Expected salary: £200,000"), QStringLiteral("Expected salary: €50,000")};
        QTest::newRow("highest") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << byCurrency;
        QTest::newRow("lowest") << QStringLiteral("희망 연봉이 가장 낮은 사람은?") << byCurrency;
        QTest::newRow("within pounds, highest")
            << QStringLiteral("Who asks for the highest pay?")
            << QStringList{QStringLiteral("Expected salary: GBP 200,000"), QStringLiteral("Expected salary: £95,000")};
        QTest::newRow("within pounds, lowest")
            << QStringLiteral("Who asks for the lowest pay?")
            << QStringList{QStringLiteral("Expected salary: £95,000"), QStringLiteral("Expected salary: 200,000 GBP")};
    }

    void currenciesRankOneAfterAnother()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, lines);
        const std::optional<FigureRanking> ranking = FigureRanking::inQuestion(question);
        QVERIFY(ranking);
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const std::optional<double> a = ranking->valueIn(lines.at(i), false);
            const std::optional<double> b = ranking->valueIn(lines.at(i + 1), false);
            QVERIFY2(a && b, qPrintable(lines.at(i) + QStringLiteral(" / ") + lines.at(i + 1)));
            QVERIFY2(ranking->before(*a, *b), qPrintable(lines.at(i) + QStringLiteral(" before ") + lines.at(i + 1)));
        }
    }

    // English questions asking who is highest or lowest in pay rank as "희망 연봉이 가장 높은 사람은?" does; asked something
    // besides ("the highest salary at Brightlane"), they do not.
    void rankingQuestions_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("ranks");
        QTest::addColumn<bool>("highest");
        QTest::addColumn<bool>("desired");
        QTest::newRow("expects the highest salary") << QStringLiteral("Which candidate expects the highest salary?") << true << true << true;
        QTest::newRow("expects the lowest salary") << QStringLiteral("Which candidate expects the lowest salary?") << true << false << true;
        QTest::newRow("asks for the highest pay") << QStringLiteral("Who asks for the highest pay?") << true << true << true;
        QTest::newRow("highest expected salary") << QStringLiteral("Who has the highest expected salary?") << true << true << true;
        QTest::newRow("least compensation") << QStringLiteral("Which candidate wants the least compensation?") << true << false << false;
        QTest::newRow("salary expectations") << QStringLiteral("Whose salary expectations are the lowest?") << true << false << true;
        QTest::newRow("ko highest") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << true << true << true;
        QTest::newRow("ko lowest") << QStringLiteral("희망 연봉이 가장 낮은 사람은?") << true << false << true;
        QTest::newRow("ko cheapest") << QStringLiteral("가장 저렴한 후보자는?") << true << false << true;
        QTest::newRow("something besides") << QStringLiteral("Which candidate expects the highest salary in Berlin?") << false << false << false;
        QTest::newRow("no superlative") << QStringLiteral("Which candidate expects a salary?") << false << false << false;
    }

    void rankingQuestions()
    {
        QFETCH(QString, question);
        QFETCH(bool, ranks);
        QFETCH(bool, highest);
        QFETCH(bool, desired);
        const std::optional<FigureRanking> r = FigureRanking::inQuestion(question);
        QCOMPARE(bool(r), ranks);
        if (!r)
            return;
        QCOMPARE(r->field, FigureRanking::Field::Pay);
        QCOMPARE(r->highestFirst, highest);
        QCOMPARE(r->desired, desired);
    }

    // Asked who asks the most or least, in Korean or English, the answer ranks the 원 lines and then Oliver Grant's
    // "GBP 95,000" (before the fix, no currency was read there and he was left out), saying first that 원 and £ are
    // ranked each on its own; the note leads what is streamed too, and the answer streams in pieces as it is written
    // (the provider writes the note: nothing waits for the whole answer to put it first).
    void answerRanksWithinEachCurrency_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("ko highest") << QStringLiteral("희망 연봉이 가장 높은 사람은?");
        QTest::newRow("ko lowest") << QStringLiteral("희망 연봉이 가장 낮은 사람은?");
        QTest::newRow("en expects the highest salary") << QStringLiteral("Which candidate expects the highest salary?");
        QTest::newRow("en asks for the highest pay") << QStringLiteral("Who asks for the highest pay?");
    }

    void answerRanksWithinEachCurrency()
    {
        QFETCH(QString, question);
        ExtractiveAnswerProvider provider;
        QStringList pieces;
        AnswerTrace trace;
        auto a = ask(provider, question, pieces, trace);
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QVERIFY2(a->found && a->unverified.isEmpty(), qPrintable(why));
        const QString streamed = pieces.join(QString());
        QVERIFY2(pieces.size() > 1, qPrintable(streamed));
        QCOMPARE(streamed, trace.providerText); // in order, nothing held back or added after the provider
        const QStringList lines = a->text.split(u'\n');
        const QString note = RankedQuotes::mixedCurrencySentence(AnswerText::language(question), {QStringLiteral("원"), QStringLiteral("£")});
        QVERIFY2(lines.size() > 3, qPrintable(why));
        QCOMPARE(lines.first(), note);
        QVERIFY2(streamed.startsWith(note + u'\n'), qPrintable(streamed));
        QVERIFY2(note.startsWith(pieces.first()), qPrintable(pieces.first())); // the first piece is the note's
        // 원 first, whichever end is asked; pounds after them.
        QVERIFY2(lines.last().startsWith(QStringLiteral("Oliver Grant: ")) && lines.last().contains(QStringLiteral("GBP 95,000")), qPrintable(why));
        for (qsizetype i = 1; i + 1 < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(QStringLiteral("원")) && !lines.at(i).startsWith(QStringLiteral("Oliver Grant")), qPrintable(why));
    }

    // A model answering the same question answers in its own words: no ranking within currencies was made, so no note,
    // neither in the answer nor streamed; nor when it refuses. A local OpenAI-wire server stands for the model.
    void modelAnswerHasNoCurrencyNote_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<bool>("found");
        QTest::newRow("ko, answered") << QStringLiteral("희망 연봉이 가장 높은 사람은?")
                                      << QStringList{QStringLiteral("희망 연봉은 후보자마다"), QStringLiteral(" 다르게 적혀 있습니다 [1].")} << true;
        QTest::newRow("en, answered") << QStringLiteral("Which candidate expects the highest salary?")
                                      << QStringList{QStringLiteral("The candidates write their"), QStringLiteral(" expected salaries differently [1].")} << true;
        QTest::newRow("ko, refused") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << QStringList{QuestionAnswerer::notFoundSentence(QStringLiteral("ko"))}
                                     << false;
    }

    void modelAnswerHasNoCurrencyNote()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, tokens);
        QFETCH(bool, found);
        Test::FakeOpenAiServer server;
        QVERIFY2(server.start(), "the fake OpenAI server could not listen on a loopback port");
        server.setDefaultReply(Test::FakeReply::stream(tokens));
        using namespace std::chrono_literals;
        OpenAiConfig config;
        config.baseUrl = server.baseUrl();
        config.model = QStringLiteral("fake-model");
        config.connectTimeout = 2s;
        config.firstTokenTimeout = 5s;
        config.idleTimeout = 5s;
        config.maxRetries = 0;
        config.fallbackWhenUnavailable = false;
        OpenAiCompatibleProvider provider(config);
        QStringList pieces;
        AnswerTrace trace;
        auto a = ask(provider, question, pieces, trace);
        const QString streamed = pieces.join(QString());
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().toString()));
        QCOMPARE(server.requestCount(), 1); // the model was asked: the evidence held pay in 원 and in £
        QCOMPARE(a->found, found);
        const QString note = RankedQuotes::mixedCurrencySentence(AnswerText::language(question), {QStringLiteral("원"), QStringLiteral("£")});
        const QString noteStart = note.left(note.indexOf(u'('));
        QVERIFY2(!a->text.contains(noteStart), qPrintable(a->text));
        QVERIFY2(!streamed.contains(noteStart), qPrintable(streamed));
        QVERIFY2(streamed.startsWith(tokens.first()), qPrintable(streamed));
    }

    // The note is the extractive ranking's own: a provider that calls itself "extractive" and quotes every passage
    // whole, the 원 ones and Oliver Grant's "GBP 95,000" among them, ranked nothing and gets no note.
    void noNoteForAnotherProviderNamedExtractive_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("ko highest") << QStringLiteral("희망 연봉이 가장 높은 사람은?");
        QTest::newRow("en highest") << QStringLiteral("Which candidate expects the highest salary?");
    }

    void noNoteForAnotherProviderNamedExtractive()
    {
        QFETCH(QString, question);
        WholePassages provider;
        QStringList pieces;
        AnswerTrace trace;
        auto a = ask(provider, question, pieces, trace);
        const QString streamed = pieces.join(QString());
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QVERIFY2(a->found, qPrintable(why));
        // The evidence held pay in 원 and in £, and the answer quotes both.
        QVERIFY2(a->text.contains(QStringLiteral("GBP 95,000")) && a->text.contains(QStringLiteral("만원")), qPrintable(why));
        const QString note = RankedQuotes::mixedCurrencySentence(AnswerText::language(question), {QStringLiteral("원"), QStringLiteral("£")});
        const QString noteStart = note.left(note.indexOf(u'('));
        QVERIFY2(!a->text.contains(noteStart), qPrintable(a->text));
        QCOMPARE(streamed, trace.providerText);
    }

    // When the figure guard removes a ranked line (here the extractive answer's pound line altered, as a provider might
    // misquote it) so that one currency is left, the note stays: it says how the ranking was made, which is still so,
    // and the removed line is shown as unverified beside it. Nothing but the provider writes or removes it. When the
    // guard removes every line, the answer is refused, and the refusal carries no note.
    void guardRemovingRankedLines_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("pattern");     // what the provider's answer misquotes
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<bool>("found");
        QTest::newRow("ko, the pound line") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << QStringLiteral("GBP 95,000")
                                            << QStringLiteral("GBP 96,000") << true;
        QTest::newRow("en, the pound line") << QStringLiteral("Which candidate expects the highest salary?")
                                            << QStringLiteral("GBP 95,000") << QStringLiteral("GBP 96,000") << true;
        QTest::newRow("ko, every line") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << QStringLiteral("\\d") << QStringLiteral("7")
                                        << false;
    }

    void guardRemovingRankedLines()
    {
        QFETCH(QString, question);
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        QFETCH(bool, found);
        Misquoting provider(QRegularExpression(pattern), replacement);
        QStringList pieces;
        AnswerTrace trace;
        auto a = ask(provider, question, pieces, trace);
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QCOMPARE(a->found, found);
        QVERIFY2(!a->unverified.isEmpty(), qPrintable(why));
        const QString note = RankedQuotes::mixedCurrencySentence(AnswerText::language(question), {QStringLiteral("원"), QStringLiteral("£")});
        QVERIFY2(trace.providerText.startsWith(note + u'\n'), qPrintable(trace.providerText));
        if (!found) {
            QCOMPARE(a->text, QuestionAnswerer::notFoundSentence(AnswerText::language(question)));
            return;
        }
        const QStringList lines = a->text.split(u'\n');
        QCOMPARE(lines.first(), note);
        QVERIFY2(lines.size() > 2 && !a->text.contains(QStringLiteral("GBP")), qPrintable(why));
        QVERIFY2(a->unverified.join(u' ').contains(QStringLiteral("GBP 96,000")), qPrintable(why));
    }

    // A figure the question writes with its sign or as a percentage must be written by the passage that answers: "-5%"
    // is not the "5" of "a team of 5 engineers" or "경력 5년" (answered from them before), while "18%" finds the line
    // that writes it.
    void signedOrPercentFigureMustBeWritten_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("file"); // empty: refused
        QTest::addColumn<QString>("phrase");
        QTest::newRow("a bare signed percentage") << QStringLiteral("-5%") << QString() << QString();
        QTest::newRow("ko signed percentage") << QStringLiteral("성장률 -5%인 후보는?") << QString() << QString();
        QTest::newRow("ko percentage written") << QStringLiteral("월 해지율을 18% 줄인 사람은?") << QStringLiteral("han-seoyeon-intro.txt")
                                               << QStringLiteral("월 해지율을 18% 줄였습니다");
        QTest::newRow("en percentage written") << QStringLiteral("Who reduced UI bug reports by 40%?") << QStringLiteral("jane-park-resume.md")
                                               << QStringLiteral("UI bug reports fell by 40%");
    }

    void signedOrPercentFigureMustBeWritten()
    {
        QFETCH(QString, question);
        QFETCH(QString, file);
        QFETCH(QString, phrase);
        AnswerTrace trace;
        auto a = Test::askOffline(m_corpus.knowledge, question, &trace);
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QCOMPARE(a->found, !file.isEmpty());
        if (file.isEmpty())
            return;
        QVERIFY2(!a->citations.isEmpty() && a->citations.first().document == file, qPrintable(why));
        QVERIFY2(a->text.contains(phrase), qPrintable(why));
    }
};

QTEST_MAIN(tst_CurrencyRanking)
#include "tst_currencyranking.moc"
