// SPDX-License-Identifier: MIT
// KorQuadRefusal on a small file in KorQuAD's format: each question is asked with every paragraph and again with
// every paragraph of its article removed; the removed article comes back for the next article's questions.
#include "engine/korquadrefusal.h"
#include "engine/retrievalevaluation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

QJsonObject paragraph(const QString &context, const QList<QPair<QString, QString>> &questions)
{
    QJsonArray qas;
    for (const auto &[id, question] : questions)
        qas.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("question"), question},
                               {QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("x")},
                                                                                  {QStringLiteral("answer_start"), 0}}}}});
    return QJsonObject{{QStringLiteral("context"), context}, {QStringLiteral("qas"), qas}};
}

QJsonObject article(const QString &title, const QJsonArray &paragraphs)
{
    return QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("paragraphs"), paragraphs}};
}

// Two paragraphs on one lighthouse (the second asked about), and two other articles that share some of its words.
bool writeSet(const QString &dataDir)
{
    const QJsonArray data{
        article(QStringLiteral("등대"),
                {paragraph(QStringLiteral("팔미도 등대는 1903년에 인천 앞바다에 세워진 한국 최초의 근대식 등대이다. 등대의 불빛은 "
                                          "약 20킬로미터 밖에서도 보였다."),
                           {{QStringLiteral("q1"), QStringLiteral("한국 최초의 근대식 등대는 어디에 세워졌는가?")}}),
                 paragraph(QStringLiteral("팔미도 등대는 2003년에 새 등탑으로 임무를 넘기고 문화재로 지정되었다."),
                           {{QStringLiteral("q2"), QStringLiteral("팔미도 등대가 문화재로 지정된 해는?")}})}),
        article(QStringLiteral("인천항"),
                {paragraph(QStringLiteral("인천항은 1883년에 개항하였으며 서해안 최대의 무역항이다. 인천 앞바다에는 섬이 많다."),
                           {{QStringLiteral("q3"), QStringLiteral("인천항이 개항한 해는?")}})}),
        article(QStringLiteral("철도"),
                {paragraph(QStringLiteral("경인선은 1899년에 개통한 한국 최초의 철도로 노량진과 제물포를 이었다."),
                           {{QStringLiteral("q4"), QStringLiteral("한국 최초의 철도는 무엇인가?")}})}),
    };
    if (!QDir(dataDir).mkpath(QStringLiteral("korquad")))
        return false;
    QFile file(QDir(dataDir).filePath(QStringLiteral("korquad/KorQuAD_v1.0_dev.json")));
    return file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson()) > 0;
}

} // namespace

class tst_KorQuadRefusal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairsPerQuestion_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("article");

        QTest::newRow("first paragraph of a two-paragraph article") << QStringLiteral("q1") << QStringLiteral("등대");
        QTest::newRow("second paragraph: its sister paragraph goes too") << QStringLiteral("q2") << QStringLiteral("등대");
        QTest::newRow("an article asked after another was removed and restored") << QStringLiteral("q3") << QStringLiteral("인천항");
        QTest::newRow("the last article") << QStringLiteral("q4") << QStringLiteral("철도");
    }

    void pairsPerQuestion()
    {
        QFETCH(QString, id);
        QFETCH(QString, article);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeSet(dir.path()));
        auto records = KorQuadRefusal::run(dir.path());
        QVERIFY2(records.ok(), records ? "" : qPrintable(records.error().toString()));
        QCOMPARE(records->size(), 4);
        const auto it = std::find_if(records->cbegin(), records->cend(), [&](const RefusalRecord &r) { return r.id == id; });
        QVERIFY(it != records->cend());
        QCOMPARE(it->goldSource, article);
        QCOMPARE(it->heldOut, RetrievalEvaluation::isHeldOut(id));
        // With every paragraph, the answer cites the gold one; without its article, nothing of it is found.
        QVERIFY2(it->answerable.found && it->goldCited, qPrintable(it->answerableAnswer));
        QVERIFY(it->unanswerableSource != article);
        QVERIFY2(it->answerable.support > it->unanswerable.support,
                 qPrintable(QStringLiteral("%1 vs %2").arg(it->answerable.support).arg(it->unanswerable.support)));
        QVERIFY(it->answerable.providerScore > 0.0);
    }

    void limitSpreadsQuestions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeSet(dir.path()));
        auto records = KorQuadRefusal::run(dir.path(), 5, 2);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).id, QStringLiteral("q1"));
        QCOMPARE(records->at(1).id, QStringLiteral("q3"));
    }

    void missingFileIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!KorQuadRefusal::run(dir.path()).ok());
    }
};

QTEST_GUILESS_MAIN(tst_KorQuadRefusal)
#include "tst_korquadrefusal.moc"
