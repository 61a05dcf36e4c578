// SPDX-License-Identifier: MIT
// An outside checker's pass over protostar-cli's contract (issue 4): the inputs a script or a tired user
// types that the other tst_cli_* tests do not — --db without a file, each command's --help, a question
// that starts with '-', an empty database, malformed --k lists, dataset names as their authors spell them,
// and that bad inputs never change the database. Runs the built CLI on the demo corpus and on a tiny
// evaluation set written at test time, so it needs no shared data.
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_Cli_Audit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;   // the demo corpus
    QString m_data; // a tiny shared-data folder: ko-rag-eval/ and korquad/

    // No run may fall back to the user's own database: PROTOSTAR_DB points into the test's folder.
    Test::CliRun cli(const QStringList &args)
    {
        return Test::runCli(args, {{QStringLiteral("PROTOSTAR_DB"), m_dir.filePath(QStringLiteral("default.db"))}});
    }

    void writeTinyDataSets()
    {
        m_data = m_dir.filePath(QStringLiteral("data"));
        const QByteArray corpus =
            R"({"doc_id":"finance - 은행 가이드.pdf - 1","contents":"지방은행이 시중은행으로 전환하려면 자본금 1천억원이 필요합니다."}
{"doc_id":"finance - 은행 가이드.pdf - 2","contents":"인터넷은행은 비대면 영업을 합니다."}
{"doc_id":"commerce - 커머스 전략.pdf - 1","contents":"B2B 커머스는 매년 12% 성장합니다."}
{"doc_id":"commerce - 커머스 전략.pdf - 2","contents":"디지털 전환으로 주문 처리 시간이 줄었습니다."}
)";
        const QByteArray qa =
            R"({"qid":"0_finance","query":"시중은행 전환에 필요한 자본금은?","retrieval_gt":[["finance - 은행 가이드.pdf - 1"]],"generation_gt":["1천억원"]}
{"qid":"1_commerce","query":"B2B 커머스 성장률은?","retrieval_gt":[["commerce - 커머스 전략.pdf - 1"]],"generation_gt":["12%"]}
)";
        const QByteArray korquad = R"({"version":"KorQuAD_v1.0_dev","data":[{"title":"서울","paragraphs":[
{"context":"서울은 대한민국의 수도이다.","qas":[{"id":"q1","question":"대한민국의 수도는?","answers":[{"text":"서울","answer_start":0}]}]},
{"context":"부산은 대한민국 제2의 도시이다.","qas":[{"id":"q2","question":"대한민국 제2의 도시는?","answers":[{"text":"부산","answer_start":0}]}]}]}]})";
        Test::writeFile(m_data, QStringLiteral("ko-rag-eval/corpus.jsonl"), corpus);
        Test::writeFile(m_data, QStringLiteral("ko-rag-eval/qa.jsonl"), qa);
        Test::writeFile(m_data, QStringLiteral("korquad/KorQuAD_v1.0_dev.json"), korquad);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_CLI"), "run under ctest, which sets PROTOSTAR_CLI");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const auto run = Test::importDemoCorpus(m_db);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        writeTinyDataSets();
    }

    // Each command's --help names the command in its usage line, as it is typed, on stdout with exit 0.
    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage"); // the start of the first line
        for (const char *c : {"import", "candidates", "documents", "chunks", "delete-candidate", "ask"})
            QTest::newRow(c) << QString::fromLatin1(c) << QStringLiteral("Usage: protostar-cli [--db FILE] %1 [options]").arg(QLatin1String(c));
        QTest::newRow("eval") << QStringLiteral("eval") << QStringLiteral("Usage: protostar-cli eval [options]");
    }

    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        const auto run = Test::runCli({command, QStringLiteral("--help")}, {{QStringLiteral("LC_ALL"), QStringLiteral("C")}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QString firstLine = QString::fromUtf8(run.out).section(u'\n', 0, 0);
        QVERIFY2(firstLine.startsWith(usage), qPrintable(firstLine));
        QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("Exit status")), run.out.constData());
    }

    // Usage errors: a clear message on stderr, nothing on stdout, and the documented exit code
    // (2: the command line cannot be parsed; 1: a value or the data is wrong).
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        const QString q = QStringLiteral("희망 연봉은?");
        QTest::newRow("--db without a file") << QStringList{QStringLiteral("--db")} << 2 << QStringLiteral("--db needs a FILE");
        QTest::newRow("--db '' is no file, not the default database")
            << QStringList{QStringLiteral("--db"), QString(), QStringLiteral("ask"), q} << 2 << QStringLiteral("--db needs a FILE");
        QTest::newRow("--db= is no file") << QStringList{QStringLiteral("--db="), QStringLiteral("ask"), q} << 2
                                          << QStringLiteral("--db needs a FILE");
        QTest::newRow("eval --k 1,,3") << QStringList{QStringLiteral("eval"), QStringLiteral("--dataset"), QStringLiteral("korquad"),
                                                      QStringLiteral("--k"), QStringLiteral("1,,3")}
                                       << 1 << QStringLiteral("--k");
        QTest::newRow("eval --k 1,") << QStringList{QStringLiteral("eval"), QStringLiteral("--dataset"), QStringLiteral("korquad"),
                                                    QStringLiteral("--k"), QStringLiteral("1,")}
                                     << 1 << QStringLiteral("--k");
        QTest::newRow("eval --k ,5") << QStringList{QStringLiteral("eval"), QStringLiteral("--dataset"), QStringLiteral("korquad"),
                                                    QStringLiteral("--k"), QStringLiteral(",5")}
                                     << 1 << QStringLiteral("--k");
        QTest::newRow("eval --k 0") << QStringList{QStringLiteral("eval"), QStringLiteral("--dataset"), QStringLiteral("korquad"),
                                                   QStringLiteral("--k"), QStringLiteral("0")}
                                    << 1 << QStringLiteral("--k");
        QTest::newRow("eval --k a") << QStringList{QStringLiteral("eval"), QStringLiteral("--dataset"), QStringLiteral("korquad"),
                                                   QStringLiteral("--k"), QStringLiteral("a")}
                                    << 1 << QStringLiteral("--k");
        QTest::newRow("unknown eval set") << QStringList{QStringLiteral("eval"), QStringLiteral("--dataset"), QStringLiteral("squad")}
                                          << 1 << QStringLiteral("squad");
        QTest::newRow("documents NAME is not --candidate NAME")
            << QStringList{QStringLiteral("documents"), QStringLiteral("김지원")} << 1 << QStringLiteral("takes no arguments");
        QTest::newRow("candidates with a word") << QStringList{QStringLiteral("candidates"), QStringLiteral("all")} << 1
                                                << QStringLiteral("takes no arguments");
        QTest::newRow("eval with a word") << QStringList{QStringLiteral("eval"), QStringLiteral("--dataset"), QStringLiteral("korquad"),
                                                         QStringLiteral("korquad")}
                                          << 1 << QStringLiteral("takes no arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown command frobnicate");
        QTest::newRow("unknown ask option") << QStringList{QStringLiteral("ask"), QStringLiteral("--bogus"), q} << 2
                                            << QStringLiteral("bogus");
        // Said as what the user did and how to write it, not as the letters Qt could not read as options.
        QTest::newRow("ask -Kafka") << QStringList{QStringLiteral("ask"), QStringLiteral("-Kafka"), QStringLiteral("경력은")} << 2
                                    << QStringLiteral("-Kafka is not an option of ask. If it is text (a question, name or file "
                                                      "that starts with '-'), put -- before it: protostar-cli ask -- -Kafka 경력은");
        QTest::newRow("ask --k 3 -Kafka") << QStringList{QStringLiteral("ask"), QStringLiteral("--k"), QStringLiteral("3"),
                                                         QStringLiteral("-Kafka 경력은?")}
                                          << 2 << QStringLiteral("put -- before it: protostar-cli ask --k 3 -- \"-Kafka 경력은?\"");
        QTest::newRow("options after -Kafka") << QStringList{QStringLiteral("ask"), QStringLiteral("-Kafka"), QStringLiteral("--k"),
                                                             QStringLiteral("3")}
                                              << 2 << QStringLiteral("put -- before it: protostar-cli ask [options] -- -Kafka ...");
        // The FILE left out after --db: the command was taken for it; nothing named "import" is created.
        QTest::newRow("--db import c1") << QStringList{QStringLiteral("--db"), QStringLiteral("import"), QStringLiteral("c1")} << 2
                                        << QStringLiteral("the file name is missing. Write it after --db: protostar-cli --db FILE import c1");
        QTest::newRow("--db candidates") << QStringList{QStringLiteral("--db"), QStringLiteral("candidates")} << 2
                                         << QStringLiteral("the file name is missing");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString fallback = m_dir.filePath(QStringLiteral("default.db"));
        QFile::remove(fallback); // one failing row must not fail the next
        const auto run = cli(args.first().startsWith(QLatin1String("--db")) ? args
                                                                            : QStringList{QStringLiteral("--db"), m_db} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY2(!QFile::exists(fallback), "a bad --db fell back to $PROTOSTAR_DB");
        for (const QString &command : {QStringLiteral("import"), QStringLiteral("candidates")})
            QVERIFY2(!QFile::exists(command), "a command was taken for the --db FILE and created");
    }

    // A question may start with '-' ("-5% 감소?"): it is text, not options, wherever it stands, and reaches the
    // engine as typed. --session records the question the engine answered, so the row reads it back: an answer
    // alone would also come for a question cut short or left as the parser's placeholder.
    void questionStartingWithDash_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("question"); // as the engine must get it
        const QString dash = QStringLiteral("-5% 감소한 것은?");
        QTest::newRow("alone") << QStringList{dash} << dash;
        QTest::newRow("after options") << QStringList{QStringLiteral("--k"), QStringLiteral("3"), dash} << dash;
        QTest::newRow("options after it") << QStringList{dash, QStringLiteral("--k"), QStringLiteral("3")} << dash;
        QTest::newRow("a lone dash, then words") << QStringList{QStringLiteral("-"), QStringLiteral("희망 연봉은?")}
                                                 << QStringLiteral("- 희망 연봉은?");
        QTest::newRow("after --") << QStringList{QStringLiteral("--"), dash} << dash;
        QTest::newRow("two words with '-'") << QStringList{QStringLiteral("-연봉"), QStringLiteral("-5%는?")}
                                            << QStringLiteral("-연봉 -5%는?");
    }

    void questionStartingWithDash()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, question);
        static int session = 100; // a new id per row starts its own session
        ++session;
        const auto run = cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("ask"), QStringLiteral("--json"),
                                         QStringLiteral("--session"), QString::number(session)}
                             + args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(o.value(QStringLiteral("answer")).isString(), run.out.constData());
        QVERIFY(o.value(QStringLiteral("found")).isBool());
        auto store = SqliteStore::open(m_db);
        QVERIFY(store.ok());
        auto turns = (*store)->turns(session);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 1);
        QCOMPARE(turns->first().question, question);
    }

    // A database without documents still answers with the refusal on stdout (exit 0, like any refusal),
    // and says on stderr why, so a typo in --db is not mistaken for "the documents do not say".
    void emptyDatabase_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("textlessDocument"); // one document stored whose text gave no passage
        QTest::addColumn<QString>("says");          // on stderr
        QTest::newRow("--json") << true << false << QStringLiteral("no documents yet");
        QTest::newRow("text") << false << false << QStringLiteral("no documents yet");
        // Documents are there; calling the database empty would send the user to import them again.
        QTest::newRow("documents without text, --json") << true << true << QStringLiteral("holds 1 document(s), but no text");
        QTest::newRow("documents without text") << false << true << QStringLiteral("holds 1 document(s), but no text");
    }

    void emptyDatabase()
    {
        QFETCH(bool, json);
        QFETCH(bool, textlessDocument);
        QFETCH(QString, says);
        const QString db = m_dir.filePath(QStringLiteral("empty-%1.db").arg(QString::fromUtf8(QTest::currentDataTag()).remove(u' ')));
        if (textlessDocument) {
            auto store = SqliteStore::open(db);
            QVERIFY(store.ok());
            auto candidate = (*store)->ensureCandidate(QStringLiteral("홍길동"));
            QVERIFY(candidate.ok());
            DocumentInfo d;
            d.candidateId = *candidate;
            d.path = m_dir.filePath(QStringLiteral("scan.pdf"));
            d.fileName = QStringLiteral("scan.pdf");
            d.format = QStringLiteral("pdf");
            d.sha256 = "scan";
            QVERIFY((*store)->putDocument(d, QString(), {}).ok());
        }
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("ask")};
        if (json)
            args << QStringLiteral("--json");
        const auto run = cli(args << QStringLiteral("희망 연봉은?"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        QVERIFY2(run.err.contains(textlessDocument ? "protostar-cli documents" : "import"), run.err.constData());
        if (json) {
            const QJsonObject o = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(o.value(QStringLiteral("found")).toBool(true), false);
            QVERIFY(o.value(QStringLiteral("citations")).toArray().isEmpty());
        } else {
            QVERIFY2(run.out.contains("문서에서 찾을 수 없습니다"), run.out.constData());
        }
    }

    // The set names as their authors write them (KorQuAD) are the same sets; --data may also name the
    // set's own folder. Every --json output is one object on one line.
    void evalDatasets_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("key"); // in the JSON object
        QTest::addColumn<int>("questions");

        const QString d = QStringLiteral("--data");
        QTest::newRow("korquad") << QStringList{QStringLiteral("korquad"), d, QString()} << QStringLiteral("mrr@10") << 2;
        QTest::newRow("KorQuAD") << QStringList{QStringLiteral("KorQuAD"), d, QString()} << QStringLiteral("mrr@10") << 2;
        QTest::newRow("KO-RAG-EVAL") << QStringList{QStringLiteral("KO-RAG-EVAL"), d, QString()} << QStringLiteral("recall@10") << 2;
        QTest::newRow("--data names the set's folder")
            << QStringList{QStringLiteral("ko-rag-eval"), d, QStringLiteral("ko-rag-eval")} << QStringLiteral("recall@1") << 2;
        QTest::newRow("--unanswerable --json, one line")
            << QStringList{QStringLiteral("ko-rag-eval"), d, QString(), QStringLiteral("--unanswerable")}
            << QStringLiteral("refused_unanswerable") << -1;
    }

    void evalDatasets()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, key);
        QFETCH(int, questions);
        args[2] = args.at(2).isEmpty() ? m_data : m_data + u'/' + args.at(2);
        const auto run = cli(QStringList{QStringLiteral("eval"), QStringLiteral("--json"), QStringLiteral("--dataset")} + args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.trimmed().count('\n'), 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(o.value(key).isDouble(), run.out.constData());
        if (questions >= 0)
            QCOMPARE(o.value(QStringLiteral("questions")).toInt(), questions);
    }

    // A misspelt set is called unknown, with the names to use, whatever else the command line asks for: with
    // --unanswerable it was "needs ko-rag-eval", which blamed the option rather than the typo.
    void evalUnknownDataset_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("plain") << QStringList{};
        QTest::newRow("--unanswerable") << QStringList{QStringLiteral("--unanswerable")};
    }

    void evalUnknownDataset()
    {
        QFETCH(QStringList, extra);
        const auto run = cli(QStringList{QStringLiteral("eval"), QStringLiteral("--dataset"), QStringLiteral("korqaud"),
                                         QStringLiteral("--data"), m_data}
                             + extra);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err).toLower();
        QVERIFY2(err.contains(QStringLiteral("unknown evaluation set \"korqaud\"")) && err.contains(QStringLiteral("korquad")),
                 run.err.constData());
    }

    // --db naming something that is not a database: exit 1, the reason on stderr, the file untouched.
    void notADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("a text file") << QByteArray("이력서가 아닙니다\n") << QStringLiteral("not a Protostar database");
        QTest::newRow("a folder") << QByteArray() << QStringLiteral("Cannot open the database file");
    }

    void notADatabase()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QString path = m_dir.filePath(QStringLiteral("a-folder.db"));
        if (content.isEmpty())
            QVERIFY(QDir().mkpath(path));
        else
            path = Test::writeFile(m_dir.path(), QStringLiteral("notes.db"), content);
        const auto run = cli({QStringLiteral("--db"), path, QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("희망 연봉은?")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), content);
        }
    }

    // Korean output is UTF-8 whatever the locale says (a C locale in cron or CI).
    void utf8WhateverTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("LC_ALL=C") << QStringLiteral("C");
        QTest::newRow("LC_ALL=C.UTF-8") << QStringLiteral("C.UTF-8");
    }

    void utf8WhateverTheLocale()
    {
        QFETCH(QString, locale);
        const auto run = Test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("ask"), QStringLiteral("--json"),
                                       QStringLiteral("김지원의 희망 연봉은?")},
                                      {{QStringLiteral("LC_ALL"), locale}, {QStringLiteral("LANG"), locale}});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(o.value(QStringLiteral("answer")).toString().contains(QStringLiteral("7,800만원")), run.out.constData());
        QVERIFY(run.out.contains(QStringLiteral("7,800만원").toUtf8()));
    }

    // Bad inputs stop before they write: the database file is byte for byte what it was, and still answers.
    void badInputsLeaveTheDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("guarded.db"));
        QVERIFY(QFile::copy(m_db, db));
        const auto first = cli({QStringLiteral("--db"), db, QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("김지원의 희망 연봉은?")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QByteArray before = Test::fileHash(db);
        QVERIFY(!before.isEmpty());
        const QList<QStringList> bad{
            {QStringLiteral("--k"), QStringLiteral("0"), QStringLiteral("q")},
            {QStringLiteral("--k"), QStringLiteral("abc"), QStringLiteral("q")},
            {QStringLiteral("--session"), QStringLiteral("-3"), QStringLiteral("q")},
            {QStringLiteral("--session"), QStringLiteral("abc"), QStringLiteral("q")},
            {QStringLiteral("--candidate"), QStringLiteral("없는사람"), QStringLiteral("--session"), QStringLiteral("5"), QStringLiteral("q")},
            {QStringLiteral("--session"), QStringLiteral("6"), QStringLiteral("   ")},
            {QStringLiteral("--bogus"), QStringLiteral("q")},
            {QStringLiteral("--k")},
        };
        for (const QStringList &args : bad) {
            const auto run = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("ask")} + args);
            QVERIFY2(run.exitCode != 0, qPrintable(args.join(u' ')));
            QCOMPARE(Test::fileHash(db), before);
        }
        const auto again = cli({QStringLiteral("--db"), db, QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("김지원의 희망 연봉은?")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, first.out.left(first.out.indexOf("\"timings_ms\"")) + again.out.mid(again.out.indexOf("\"timings_ms\"")));
    }
};

QTEST_GUILESS_MAIN(tst_Cli_Audit)
#include "tst_cli_audit.moc"
