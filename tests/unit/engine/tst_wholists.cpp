// SPDX-License-Identifier: MIT
// Who-questions that more than five candidates answer, asked offline of the demo résumés plus the round-14 ones
// (twelve candidates): every candidate whose own best passage supports the question is named, however far down
// the first search their passage ranks (WhoRetrieval), and all of them are quoted, k at a time (ListedAnswer);
// those whose documents do not write it are not. A who-question nobody answers stays a refusal, and a follow-up
// about the people a list named cites those whose documents write what it asks.
#include "offlineanswers.h"
#include "engine/sessionmemory.h"

#include <QTest>

using namespace Protostar;
using namespace Protostar::Test::Files;

class tst_WhoLists : public QObject
{
    Q_OBJECT

    Test::ImportedCorpus m_corpus;

    // Answers `question` after `earlier` in a new session, each earlier turn recorded and summarised as the CLI does.
    Result<Answer> converse(const QStringList &earlier, const QString &question, AnswerTrace *trace)
    {
        auto session = m_corpus.store->createSession(QString::fromUtf8(QTest::currentDataTag()));
        if (!session)
            return session.error();
        ExtractiveAnswerProvider provider;
        QuestionAnswerer answerer(m_corpus.knowledge, provider, m_corpus.store.get());
        Result<Answer> last = makeError(ErrorCode::InvalidArgument, QStringLiteral("nothing asked"));
        for (const QString &q : earlier + QStringList{question}) {
            AnswerTrace turnTrace;
            last = answerer.answer(Question{q, {}, *session, 5}, {}, nullptr, &turnTrace);
            if (!last)
                return last;
            ExtractiveTurnCompressor compressor;
            if (auto stored = SessionMemory::compressTurn(*m_corpus.store, *session, turnTrace.turnId, compressor); !stored)
                return stored.error();
            *trace = turnTrace;
        }
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_corpus.importDemoAndRecruiter14();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Every candidate whose documents write what is asked is cited, none whose documents do not.
    void everyoneWhoQualifies_data()
    {
        Test::addWhoColumns();
        // 김지원 and 윤지호 write 컴퓨터공학과, which the first search ranks below the English lines (and below Daniel
        // Cho's "M.Sc. Data Science", which is no computer science).
        QTest::newRow("studied computer science")
            << QStringLiteral("Which candidates studied computer science?")
            << QStringList{kKang, kLena, kJane, kOliver, kKim, kYoon} << QStringList{kDaniel, kChoi, kLee, kPark, kHan, kSong}
            << QStringList{QStringLiteral("한국가상대학교 컴퓨터공학과"), QStringLiteral("한결대학교 컴퓨터공학과")};
        // Six write Python; 한서연's letter in a sentence of prose, which ranks below five skill lines.
        QTest::newRow("knows Python")
            << QStringLiteral("Who knows Python?") << QStringList{kChoi, kDaniel, kPark, kHan, kLena, kOliver}
            << QStringList{kJane, kKim, kLee, kKang, kSong, kYoon} << QStringList{QStringLiteral("Python, SQL, R")};
        QTest::newRow("Python 쓰는 사람")
            << QStringLiteral("Python 쓰는 사람은?") << QStringList{kChoi, kDaniel, kPark, kHan, kLena, kOliver}
            << QStringList{kJane, kKim, kLee, kKang, kSong, kYoon} << QStringList{};
        // Four write Kubernetes, each named; 박서준's second line (his cloud regions) may be quoted with his skills.
        QTest::newRow("Kubernetes 써본 사람")
            << QStringLiteral("Kubernetes 써본 사람?") << QStringList{kKim, kPark, kKang, kOliver}
            << QStringList{kChoi, kDaniel, kJane, kLee, kHan, kLena, kSong, kYoon} << QStringList{};
        // Five write Kafka.
        QTest::newRow("Kafka 써본 사람")
            << QStringLiteral("Kafka 써본 사람은?") << QStringList{kChoi, kDaniel, kKim, kKang, kLena}
            << QStringList{kJane, kLee, kPark, kHan, kOliver, kSong, kYoon} << QStringList{};
        // Four live in Seoul and Jane Park works from Seoul; 박서준 only runs workloads in a Seoul region, 이하은 lives
        // in 대전, 한서연 in 성남.
        QTest::newRow("서울에 사는 사람")
            << QStringLiteral("서울에 사는 사람은?") << QStringList{kJane, kKim, kKang, kSong}
            << QStringList{kPark, kLee, kHan, kDaniel, kYoon} << QStringList{};
        QTest::newRow("lives in Seoul")
            << QStringLiteral("Who lives in Seoul?") << QStringList{kJane, kKim, kKang, kSong}
            << QStringList{kPark, kLee, kHan, kDaniel, kYoon} << QStringList{};
    }

    void everyoneWhoQualifies()
    {
        Test::verifyWhoRow(m_corpus.knowledge);
    }

    // Asked of everyone, the answer names more candidates than one answer of five lines holds.
    void listLongerThanOneAnswer_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<int>("atLeast"); // candidates named
        QTest::newRow("every current title") << QStringLiteral("What is every candidate's current title?") << 6;
        QTest::newRow("knows Python") << QStringLiteral("Who knows Python?") << 6;
    }

    void listLongerThanOneAnswer()
    {
        QFETCH(QString, question);
        QFETCH(int, atLeast);
        AnswerTrace trace;
        auto a = Test::askOffline(m_corpus.knowledge, question, &trace);
        QVERIFY(a.ok());
        QSet<QString> named;
        for (const Citation &c : a->citations)
            named.insert(c.candidate);
        QVERIFY2(a->found && named.size() >= atLeast,
                 qPrintable(QStringLiteral("%1 named\n").arg(named.size()) + Test::describe(*a, trace)));
        // Each named once, on a line of their own.
        for (const QString &name : std::as_const(named))
            QVERIFY2(a->text.count(name + QStringLiteral(": ")) == 1, qPrintable(name + u'\n' + a->text));
    }

    // Nobody's documents write it: refused, as before.
    void nobodyQualifies_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("Haskell") << QStringLiteral("Who knows Haskell?");
        QTest::newRow("우주비행 경험") << QStringLiteral("우주비행 경험이 있는 사람은?");
    }

    void nobodyQualifies()
    {
        Test::verifyRefusedRow(m_corpus.knowledge);
    }

    // A follow-up about the people a list named: those whose documents write it are cited, the others are not
    // (Daniel Cho and Lena Fischer write no salary; her day rate is no salary).
    void followUpOnAList_data()
    {
        QTest::addColumn<QStringList>("earlier");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("cited");
        QTest::addColumn<QStringList>("notCited");
        const QStringList kafka{QStringLiteral("Kafka 써본 사람은?")};
        QTest::newRow("their expected salaries") << kafka << QStringLiteral("What are their expected salaries?")
                                                 << QStringList{kChoi, kKim, kKang} << QStringList{kDaniel, kLena, kJane, kPark};
        QTest::newRow("그 사람들 희망 연봉") << kafka << QStringLiteral("그 사람들 희망 연봉은?")
                                             << QStringList{kChoi, kKim, kKang} << QStringList{kDaniel, kLena, kJane, kPark};
        // Six know Python. Memory keeps the first five named (ConversationMemory), of whom three write a salary.
        QTest::newRow("after six: 그 사람들 희망 연봉")
            << QStringList{QStringLiteral("Who knows Python?")} << QStringLiteral("그 사람들 희망 연봉은?")
            << QStringList{kChoi, kPark, kOliver} << QStringList{kDaniel, kLena, kKim, kKang, kJane};
    }

    void followUpOnAList()
    {
        QFETCH(QStringList, earlier);
        QFETCH(QString, question);
        QFETCH(QStringList, cited);
        QFETCH(QStringList, notCited);
        AnswerTrace trace;
        auto a = converse(earlier, question, &trace);
        QVERIFY(a.ok());
        QString wrong = Test::citesMismatch(*a, cited, notCited, {});
        if (!a->found)
            wrong += QStringLiteral("refused; ");
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong + u'\n' + Test::describe(*a, trace)));
    }
};

QTEST_GUILESS_MAIN(tst_WhoLists)
#include "tst_wholists.moc"
