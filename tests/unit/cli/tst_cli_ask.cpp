// SPDX-License-Identifier: MIT
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace

class tst_Cli_Ask : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    SessionId m_session = 0;

    void addDocument(Store &store, const QString &candidate, const QString &file, const QStringList &headings, const QStringList &bodies)
    {
        auto id = store.ensureCandidate(candidate);
        QVERIFY(id.ok());
        DocumentInfo info;
        info.candidateId = *id;
        info.path = m_dir.filePath(file);
        info.fileName = file;
        info.format = QStringLiteral("pdf");
        info.sha256 = file.toUtf8().toHex();
        info.pageCount = bodies.size();
        QList<Chunk> chunks;
        QString text;
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            Chunk c;
            c.headingPath = headings.at(i).split(QStringLiteral(" > "));
            c.text = bodies.at(i);
            c.page = int(i + 1);
            c.startOffset = text.size();
            text += bodies.at(i) + QStringLiteral("\n\n");
            c.endOffset = text.size();
            chunks.append(c);
        }
        QVERIFY(store.putDocument(info, text, chunks).ok());
    }

    QJsonObject askJson(const QStringList &extra)
    {
        const auto run = Test::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("ask"), QStringLiteral("--json")} + extra);
        if (run.exitCode != 0)
            qWarning("stderr: %s", run.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (run.exitCode != 0 || error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        return doc.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_CLI"), "run under ctest, which sets PROTOSTAR_CLI");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("ask.db"));
        auto store = SqliteStore::open(m_db);
        QVERIFY(store.ok());
        addDocument(**store, QStringLiteral("김지원"), QStringLiteral("kim.pdf"),
                    {QStringLiteral("경력 > 네이버"), QStringLiteral("희망 조건")},
                    {QStringLiteral("2019년부터 2023년까지 네이버에서 검색 백엔드를 개발했다. PostgreSQL 클러스터로 월 1,200만 건의 주문을 처리했다."),
                     QStringLiteral("김지원의 희망 연봉은 7,000만원이다.")});
        addDocument(**store, QStringLiteral("이민수"), QStringLiteral("lee.pdf"), {QStringLiteral("희망 조건")},
                    {QStringLiteral("이민수의 희망 연봉은 6,000만원이다.")});
        auto session = (*store)->createSession(QStringLiteral("cli"));
        QVERIFY(session.ok());
        m_session = *session;
    }

    void jsonShape_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("answerContains");
        QTest::addColumn<QString>("candidate"); // of every citation; empty when refused

        QTest::newRow("answer with a page and heading citation")
            << QStringList{QStringLiteral("김지원은 월 몇 건의 주문을 처리했나요?")} << true << QStringLiteral("월 1,200만 건") << QStringLiteral("김지원");
        QTest::newRow("--candidate narrows the evidence")
            << QStringList{QStringLiteral("--candidate"), QStringLiteral("이민수"), QStringLiteral("희망 연봉은 얼마인가요?")} << true
            << QStringLiteral("6,000만원") << QStringLiteral("이민수");
        QTest::newRow("Korean refusal") << QStringList{QStringLiteral("김지원의 최종 학력과 졸업 연도는?")} << false
                                        << QString::fromUtf8("문서에서 찾을 수 없습니다.") << QString();
        QTest::newRow("English refusal") << QStringList{QStringLiteral("Which university did she graduate from?")} << false
                                         << QStringLiteral("Not found in the documents.") << QString();
    }

    void jsonShape()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, found);
        QFETCH(QString, answerContains);
        QFETCH(QString, candidate);

        const QJsonObject o = askJson(args);
        QCOMPARE(keysOf(o), (QSet<QString>{QStringLiteral("answer"), QStringLiteral("found"), QStringLiteral("citations"),
                                           QStringLiteral("unverified"), QStringLiteral("related"), QStringLiteral("timings_ms")}));
        QCOMPARE(o.value(QStringLiteral("found")).toBool(), found);
        QVERIFY2(o.value(QStringLiteral("answer")).toString().contains(answerContains), qPrintable(o.value(QStringLiteral("answer")).toString()));
        QVERIFY(o.value(QStringLiteral("unverified")).isArray());
        QVERIFY(o.value(QStringLiteral("related")).isArray());
        QVERIFY(o.value(QStringLiteral("timings_ms")).toObject().contains(QStringLiteral("total")));
        const QJsonArray citations = o.value(QStringLiteral("citations")).toArray();
        QCOMPARE(citations.isEmpty(), !found);
        for (const QJsonValue &v : citations) {
            const QJsonObject c = v.toObject();
            QCOMPARE(keysOf(c), (QSet<QString>{QStringLiteral("n"), QStringLiteral("candidate"), QStringLiteral("document"),
                                               QStringLiteral("page"), QStringLiteral("heading"), QStringLiteral("quote")}));
            QCOMPARE(c.value(QStringLiteral("candidate")).toString(), candidate);
            QVERIFY(c.value(QStringLiteral("page")).toInt() >= 1);
            QVERIFY(!c.value(QStringLiteral("heading")).toString().isEmpty());
            // The marker [n] in the answer is this citation's.
            QVERIFY(o.value(QStringLiteral("answer")).toString().contains(QStringLiteral("[%1]").arg(c.value(QStringLiteral("n")).toInt())));
        }
        // Every "sentence [n]" of the answer is quoted from citation n's passage.
        QHash<int, QString> quotes;
        for (const QJsonValue &v : citations)
            quotes.insert(v.toObject().value(QStringLiteral("n")).toInt(), v.toObject().value(QStringLiteral("quote")).toString().simplified());
        static const QRegularExpression quoted(QStringLiteral("\\s*(.+?) \\[(\\d+)\\]"));
        auto it = quoted.globalMatch(o.value(QStringLiteral("answer")).toString());
        bool sawFigure = !found;
        while (it.hasNext()) {
            const auto m = it.next();
            QVERIFY2(quotes.value(m.captured(2).toInt()).contains(m.captured(1)), qPrintable(m.captured(0)));
            sawFigure = sawFigure || (m.captured(1).contains(answerContains) && quotes.value(m.captured(2).toInt()).contains(answerContains));
        }
        QVERIFY(sawFigure);
        if (found) {
            const QJsonObject first = citations.first().toObject();
            if (candidate == QStringLiteral("김지원")) {
                QCOMPARE(first.value(QStringLiteral("document")).toString(), QStringLiteral("kim.pdf"));
                QCOMPARE(first.value(QStringLiteral("page")).toInt(), 1);
                QCOMPARE(first.value(QStringLiteral("heading")).toString(), QStringLiteral("경력 > 네이버"));
            }
        }
    }

    void sessionRecordsTheTurn()
    {
        const QJsonObject o = askJson({QStringLiteral("--session"), QString::number(m_session), QStringLiteral("이민수의 희망 연봉은?")});
        QVERIFY(o.value(QStringLiteral("found")).toBool());
        auto store = SqliteStore::open(m_db);
        QVERIFY(store.ok());
        auto turns = (*store)->turns(m_session);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 1);
        QCOMPARE(turns->first().answer, o.value(QStringLiteral("answer")).toString());
        QVERIFY(turns->first().citationsJson.contains("chunk_id"));
    }

    // A script names its conversation: a new id starts it, titled by its first question.
    void newSessionIdStartsAConversation()
    {
        const QJsonObject o = askJson({QStringLiteral("--session"), QStringLiteral("9999"), QStringLiteral("이민수의 희망 연봉은?")});
        QVERIFY(o.value(QStringLiteral("found")).toBool());
        auto store = SqliteStore::open(m_db);
        QVERIFY(store.ok());
        auto sessions = (*store)->sessions();
        QVERIFY(sessions.ok());
        const auto it = std::find_if(sessions->cbegin(), sessions->cend(), [](const Session &s) { return s.id == 9999; });
        QVERIFY(it != sessions->cend());
        QCOMPARE(it->title, QStringLiteral("이민수의 희망 연봉은?"));
        auto turns = (*store)->turns(9999);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 1);
    }

    void streamsWithSourcesWithoutJson()
    {
        const auto run = Test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("ask"), QStringLiteral("김지원은 월 몇 건의 주문을 처리했나요?")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("월 1,200만 건")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Sources:")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("[1] 김지원 — kim.pdf, p. 1, 경력 > 네이버")), qPrintable(out));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown candidate") << QStringList{QStringLiteral("--candidate"), QStringLiteral("홍길동"), QStringLiteral("연봉은?")}
                                           << QStringLiteral("no candidate named");
        QTest::newRow("session id not a number") << QStringList{QStringLiteral("--session"), QStringLiteral("first"), QStringLiteral("연봉은?")}
                                                 << QStringLiteral("needs a session id");
        QTest::newRow("session id zero") << QStringList{QStringLiteral("--session"), QStringLiteral("0"), QStringLiteral("연봉은?")}
                                         << QStringLiteral("needs a session id");
        QTest::newRow("no question") << QStringList{} << QStringLiteral("needs a question");
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto run = Test::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("ask")} + args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Cli_Ask)
#include "tst_cli_ask.moc"
