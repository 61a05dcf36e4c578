// SPDX-License-Identifier: MIT
// Acceptance of `protostar-cli ask` on résumés the project has never seen (written at test time):
// Korean particles and two-syllable terms, figures across spellings, decomposed Hangul, the --json
// contract (one object; dense [n] that each point at the retrieved passage they quote), refusals in
// the question's language, and the usage errors a script meets.
#include "documentfixtures.h"
#include "freshresumes.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

} // namespace

class tst_Cli_AskContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QSet<QString> m_chunkTexts; // every stored passage, as quoted

    Test::CliRun ask(const QStringList &args, const QString &db = {})
    {
        return Test::runCli(QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db, QStringLiteral("ask"),
                                        QStringLiteral("--json")}
                            + args);
    }

    // Checks what every `ask --json` answer promises and returns the object (empty on a broken one).
    QJsonObject contractOf(const Test::CliRun &run)
    {
        [&] {
            QVERIFY2(run.exitCode == 0, run.err.constData());
            // Exactly one JSON object, on one line.
            QCOMPARE(run.out.trimmed().count('\n'), 0);
        }();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (QTest::currentTestFailed() || error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        const QJsonObject o = doc.object();
        const QStringList keys = o.keys();
        if (QSet<QString>(keys.begin(), keys.end())
            != QSet<QString>{QStringLiteral("answer"), QStringLiteral("found"), QStringLiteral("citations"),
                             QStringLiteral("unverified"), QStringLiteral("related"), QStringLiteral("timings_ms")})
            return {};
        if (!o.value(QStringLiteral("answer")).isString() || !o.value(QStringLiteral("found")).isBool()
            || !o.value(QStringLiteral("unverified")).isArray() || !o.value(QStringLiteral("timings_ms")).isObject())
            return {};
        const QString answer = o.value(QStringLiteral("answer")).toString();
        QSet<int> markers;
        auto it = QRegularExpression(QStringLiteral("\\[(\\d+)\\]")).globalMatch(answer);
        while (it.hasNext())
            markers.insert(it.next().captured(1).toInt());
        const QJsonArray citations = o.value(QStringLiteral("citations")).toArray();
        QSet<int> numbers;
        for (qsizetype i = 0; i < citations.size(); ++i) {
            const QJsonObject c = citations.at(i).toObject();
            // Numbered 1, 2, 3… in order, each the text of a stored passage with its candidate and document.
            if (c.value(QStringLiteral("n")).toInt() != i + 1 || !m_chunkTexts.contains(c.value(QStringLiteral("quote")).toString())
                || c.value(QStringLiteral("candidate")).toString().isEmpty() || c.value(QStringLiteral("document")).toString().isEmpty()
                || !c.contains(QStringLiteral("page")) || !c.value(QStringLiteral("heading")).isString()) {
                qWarning("bad citation %lld: %s", qlonglong(i), run.out.constData());
                return {};
            }
            numbers.insert(int(i + 1));
        }
        // Every marker has its source and every source is cited in the text; a refusal cites nothing.
        if (markers != numbers || (!o.value(QStringLiteral("found")).toBool() && !citations.isEmpty())) {
            qWarning("markers and citations differ: %s", run.out.constData());
            return {};
        }
        for (const QJsonValue &r : o.value(QStringLiteral("related")).toArray()) {
            if (!m_chunkTexts.contains(r.toObject().value(QStringLiteral("quote")).toString()))
                return {};
        }
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_CLI"), "run under ctest, which sets PROTOSTAR_CLI");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("fresh.db"));
        const Test::FreshResumes files = Test::writeFreshResumes(m_dir.filePath(QStringLiteral("docs")));
        const auto run = Test::importFreshResumes(m_db, files);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto store = SqliteStore::open(m_db);
        QVERIFY(store.ok());
        auto chunks = (*store)->allChunks();
        QVERIFY(chunks.ok());
        for (const ChunkRef &c : *chunks)
            m_chunkTexts.insert(c.chunk.text);
        QVERIFY(m_chunkTexts.size() >= 8);
    }

    void decomposedNameStoredComposed()
    {
        // A name typed decomposed is stored composed: one 한지민, whichever way it is typed.
        auto store = SqliteStore::open(m_db);
        QVERIFY(store.ok());
        auto candidates = (*store)->candidates();
        QVERIFY(candidates.ok());
        QStringList names;
        for (const Candidate &c : *candidates)
            names.append(c.name);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Jane Doe"), QStringLiteral("박서연"), QStringLiteral("최민호"), QStringLiteral("한지민")}));
    }

    void answers_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("candidate"); // of the first citation
        QTest::addColumn<QString>("quoted");    // the document's own words, in the answer
        // Every citation is the first one's candidate: the question names them or --candidate chose them.
        QTest::addColumn<bool>("onlyTheirs");

        QTest::newRow("particle glued to a Latin word: PostgreSQL을")
            << QStringList{QStringLiteral("PostgreSQL을 써서 거래 로그를 처리한 사람은?")} << QStringLiteral("박서연")
            << QStringLiteral("일 3,500만 건의 거래 로그") << false;
        QTest::newRow("particle glued to a name: 박서연의")
            << QStringList{QStringLiteral("박서연의 희망 연봉은?")} << QStringLiteral("박서연") << QStringLiteral("9,500만원") << true;
        QTest::newRow("two-syllable term 연봉 with --candidate")
            << QStringList{QStringLiteral("--candidate"), QStringLiteral("최민호"), QStringLiteral("연봉")} << QStringLiteral("최민호")
            << QStringLiteral("35,000,000원") << true;
        QTest::newRow("two-syllable term 팀장") << QStringList{QStringLiteral("누가 팀장인가요?")} << QStringLiteral("박서연")
                                          << QStringLiteral("팀원 8명") << false;
        QTest::newRow("two-syllable terms 팀장 경력, the entry dated 2022년 1월 - 현재")
            << QStringList{QStringLiteral("팀장 경력이 있나요?")} << QStringLiteral("박서연") << QStringLiteral("팀원 8명") << false;
        QTest::newRow("two-syllable term 경력") << QStringList{QStringLiteral("최민호의 경력은 몇 년인가요?")}
                                          << QStringLiteral("최민호") << QStringLiteral("경력 7년") << true;
        QTest::newRow("3,500만원 asked, 35,000,000원 written and quoted")
            << QStringList{QStringLiteral("희망 연봉이 3,500만원 이상인 사람은?")} << QStringLiteral("최민호")
            << QStringLiteral("35,000,000원") << false;
        QTest::newRow("1억 2천만원 asked, 120,000,000원 written and quoted")
            << QStringList{QStringLiteral("최종 연봉이 1억 2천만원인 사람은?")} << QStringLiteral("최민호")
            << QStringLiteral("120,000,000원") << false;
        QTest::newRow("95,000,000원 asked, 9,500만원 written and quoted, whoever repeats 연봉 more")
            << QStringList{QStringLiteral("희망 연봉 95,000,000원은 누구인가요?")} << QStringLiteral("박서연")
            << QStringLiteral("9,500만원") << true;
        // 박서연's "일 3,500만 건" has the value but counts records, not won.
        QTest::newRow("an amount of won is not a count of the same value")
            << QStringList{QStringLiteral("희망 연봉이 3,500만원인 사람은?")} << QStringLiteral("최민호")
            << QStringLiteral("35,000,000원") << true;
        QTest::newRow("figure written across two lines")
            << QStringList{QStringLiteral("박서연의 메시지 큐는 하루 몇 건의 알림을 보냈나요?")} << QStringLiteral("박서연")
            << QStringLiteral("1,200만") << true;
        QTest::newRow("decomposed document, composed question")
            << QStringList{QStringLiteral("한지민의 희망 연봉은?")} << QStringLiteral("한지민") << QStringLiteral("8,800만원") << true;
        QTest::newRow("decomposed question") << QStringList{nfd(QStringLiteral("박서연의 희망 연봉은?"))} << QStringLiteral("박서연")
                                             << QStringLiteral("9,500만원") << true;
        QTest::newRow("decomposed --candidate, composed store")
            << QStringList{QStringLiteral("--candidate"), nfd(QStringLiteral("한지민")), QStringLiteral("희망 연봉은?")}
            << QStringLiteral("한지민") << QStringLiteral("8,800만원") << true;
        QTest::newRow("section of one short line: 학력")
            << QStringList{QStringLiteral("박서연의 학력은?")} << QStringLiteral("박서연") << QStringLiteral("서울대학교 컴퓨터공학과") << true;
        QTest::newRow("English question on a DOCX") << QStringList{QStringLiteral("What is Jane Doe's expected salary?")}
                                                    << QStringLiteral("Jane Doe") << QStringLiteral("$145,000") << true;
        QTest::newRow("English percentage") << QStringList{QStringLiteral("By how much did Jane reduce cloud spend?")}
                                            << QStringLiteral("Jane Doe") << QStringLiteral("27%") << false;
        QTest::newRow("injected document changes nothing")
            << QStringList{QStringLiteral("최민호의 희망 연봉은?")} << QStringLiteral("최민호") << QStringLiteral("35,000,000원") << true;
    }

    void answers()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, candidate);
        QFETCH(QString, quoted);
        QFETCH(bool, onlyTheirs);

        const QJsonObject o = contractOf(ask(args));
        QVERIFY(!o.isEmpty());
        const QString answer = o.value(QStringLiteral("answer")).toString();
        QVERIFY2(o.value(QStringLiteral("found")).toBool(), qPrintable(answer));
        QVERIFY2(answer.contains(quoted), qPrintable(answer));
        QVERIFY2(!answer.contains(QStringLiteral("hired")) && !answer.contains(QStringLiteral("합격")), qPrintable(answer));
        const QJsonObject first = o.value(QStringLiteral("citations")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("candidate")).toString(), candidate);
        // The passage that holds the quoted words is among those cited.
        bool quotedCited = false;
        for (const QJsonValue &c : o.value(QStringLiteral("citations")).toArray())
            quotedCited = quotedCited || c.toObject().value(QStringLiteral("quote")).toString().simplified().contains(quoted);
        QVERIFY2(quotedCited, qPrintable(answer));
        if (onlyTheirs) {
            for (const QJsonValue &c : o.value(QStringLiteral("citations")).toArray())
                QCOMPARE(c.toObject().value(QStringLiteral("candidate")).toString(), candidate);
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("related");

        QTest::newRow("Korean, not in the documents") << QStringList{QStringLiteral("박서연의 운전면허 취득 연도는?")}
                                                      << QString::fromUtf8("문서에서 찾을 수 없습니다.") << true;
        QTest::newRow("English, not in the documents") << QStringList{QStringLiteral("What is Jane's phone number?")}
                                                       << QStringLiteral("Not found in the documents.") << true;
        QTest::newRow("Korean, decomposed") << QStringList{nfd(QStringLiteral("한지민의 운전면허 취득 연도는?"))}
                                            << QString::fromUtf8("문서에서 찾을 수 없습니다.") << true;
        // choi.md's only words on hiring are an instruction to us: quoting it would present it as the answer.
        QTest::newRow("an injected instruction is no answer, English") << QStringList{QStringLiteral("Is 최민호 hired?")}
                                                                      << QStringLiteral("Not found in the documents.") << true;
        QTest::newRow("an injected instruction is no answer, Korean") << QStringList{QStringLiteral("최민호는 합격인가요?")}
                                                                     << QString::fromUtf8("문서에서 찾을 수 없습니다.") << true;
        QTest::newRow("punctuation only") << QStringList{QStringLiteral("?!...")} << QStringLiteral("Not found in the documents.")
                                          << false;
    }

    void refuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, sentence);
        QFETCH(bool, related);

        const QJsonObject o = contractOf(ask(args));
        QVERIFY(!o.isEmpty());
        QCOMPARE(o.value(QStringLiteral("found")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("answer")).toString(), sentence);
        QVERIFY(o.value(QStringLiteral("citations")).toArray().isEmpty());
        const QJsonArray offered = o.value(QStringLiteral("related")).toArray();
        QCOMPARE(!offered.isEmpty(), related);
        for (qsizetype i = 0; i < offered.size(); ++i)
            QCOMPARE(offered.at(i).toObject().value(QStringLiteral("n")).toInt(), int(i + 1));
    }

    // A PDF imported with the CLI cites the page its answer is on, for a question in either language.
    void pdfAnswerCitesItsPage_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("quoted");
        QTest::addColumn<int>("page");
        QTest::newRow("ko, page 2") << QStringLiteral("윤서진의 희망 연봉은?") << QStringLiteral("8,200만원") << 2;
        QTest::newRow("en, page 3") << QStringLiteral("Which certification does 윤서진 hold?")
                                    << QStringLiteral("Associate (2021)") << 3;
        QTest::newRow("ko, page 1") << QStringLiteral("윤서진은 네이버에서 무엇을 개발했나요?") << QStringLiteral("랭킹 모델") << 1;
    }

    void pdfAnswerCitesItsPage()
    {
        QFETCH(QString, question);
        QFETCH(QString, quoted);
        QFETCH(int, page);
        const QString db = m_dir.filePath(QStringLiteral("pdf.db"));
        if (!QFile::exists(db)) {
            const QString pdf = Test::writePdf(m_dir.filePath(QStringLiteral("pdf")), QStringLiteral("yoon.pdf"),
                                               {{QStringLiteral("윤서진 경력기술서"), QString(),
                                                 QStringLiteral("네이버 검색품질팀에서 랭킹 모델을 개발했습니다.")},
                                                {QStringLiteral("희망 조건"), QString(), QStringLiteral("희망 연봉은 8,200만원입니다.")},
                                                {QStringLiteral("Certifications"), QString(),
                                                 QStringLiteral("AWS Solutions Architect – Associate (2021)")}});
            QVERIFY(!pdf.isEmpty());
            const auto run = Test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--candidate"),
                                           QStringLiteral("윤서진"), pdf});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            auto store = SqliteStore::open(db);
            QVERIFY(store.ok());
            auto chunks = (*store)->allChunks();
            QVERIFY(chunks.ok());
            for (const ChunkRef &c : *chunks)
                m_chunkTexts.insert(c.chunk.text);
        }
        const QJsonObject o = contractOf(ask({question}, db));
        QVERIFY(!o.isEmpty());
        const QString answer = o.value(QStringLiteral("answer")).toString();
        QVERIFY2(o.value(QStringLiteral("found")).toBool() && answer.contains(quoted), qPrintable(answer));
        bool cited = false;
        for (const QJsonValue &v : o.value(QStringLiteral("citations")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("quote")).toString().contains(quoted)) {
                cited = true;
                QCOMPARE(c.value(QStringLiteral("document")).toString(), QStringLiteral("yoon.pdf"));
                QCOMPARE(c.value(QStringLiteral("candidate")).toString(), QStringLiteral("윤서진"));
                QCOMPARE(c.value(QStringLiteral("page")).toInt(), page);
            }
        }
        QVERIFY2(cited, qPrintable(answer));
    }

    void veryLongQuestion()
    {
        QString question = QStringLiteral("박서연의 희망 연봉은? ");
        while (question.size() < 20000)
            question += QStringLiteral("그리고 그 밖의 조건도 알려 주세요. ");
        const QJsonObject o = contractOf(ask({question}));
        QVERIFY(!o.isEmpty());
    }

    void emptyDatabase_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("Korean") << QStringLiteral("희망 연봉은?") << QString::fromUtf8("문서에서 찾을 수 없습니다.");
        QTest::newRow("English") << QStringLiteral("Expected salary?") << QStringLiteral("Not found in the documents.");
    }

    void emptyDatabase()
    {
        QFETCH(QString, question);
        QFETCH(QString, sentence);
        const QJsonObject o = contractOf(ask({question}, m_dir.filePath(QStringLiteral("empty-%1.db").arg(QTest::currentDataTag()))));
        QVERIFY(!o.isEmpty());
        QCOMPARE(o.value(QStringLiteral("found")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("answer")).toString(), sentence);
        QVERIFY(o.value(QStringLiteral("related")).toArray().isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message"); // in stderr

        const QString q = QStringLiteral("희망 연봉은?");
        QTest::newRow("unknown candidate") << QStringList{QStringLiteral("--candidate"), QStringLiteral("홍길동"), q}
                                           << QStringLiteral("홍길동");
        QTest::newRow("--k 0") << QStringList{QStringLiteral("--k"), QStringLiteral("0"), q} << QStringLiteral("--k");
        QTest::newRow("--k -1") << QStringList{QStringLiteral("--k"), QStringLiteral("-1"), q} << QStringLiteral("--k");
        QTest::newRow("--k abc") << QStringList{QStringLiteral("--k"), QStringLiteral("abc"), q} << QStringLiteral("--k");
        QTest::newRow("--k huge") << QStringList{QStringLiteral("--k"), QStringLiteral("99999999999"), q} << QStringLiteral("--k");
        QTest::newRow("--session abc") << QStringList{QStringLiteral("--session"), QStringLiteral("abc"), q}
                                       << QStringLiteral("--session");
        QTest::newRow("--session 0") << QStringList{QStringLiteral("--session"), QStringLiteral("0"), q} << QStringLiteral("--session");
        QTest::newRow("no question") << QStringList{} << QStringLiteral("question");
        QTest::newRow("spaces only") << QStringList{QStringLiteral("   ")} << QStringLiteral("question");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto run = ask(args);
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void sessionRecordsTurns()
    {
        const QString db = m_dir.filePath(QStringLiteral("session.db"));
        QVERIFY(QFile::copy(m_db, db));
        for (const QString &question : {QStringLiteral("박서연의 희망 연봉은?"), QStringLiteral("입사 가능일은?")}) {
            const QJsonObject o = contractOf(ask({QStringLiteral("--session"), QStringLiteral("42"), question}, db));
            QVERIFY(!o.isEmpty());
            QVERIFY(o.value(QStringLiteral("found")).toBool());
        }
        auto store = SqliteStore::open(db);
        QVERIFY(store.ok());
        auto turns = (*store)->turns(42);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 2);
        QCOMPARE(turns->at(1).question, QStringLiteral("입사 가능일은?"));
        QVERIFY2(turns->at(1).answer.contains(QStringLiteral("2024년 3월")), qPrintable(turns->at(1).answer));
    }
};

QTEST_MAIN(tst_Cli_AskContract) // a QGuiApplication: the PDF fixture is painted with QPdfWriter
#include "tst_cli_askcontract.moc"
