// SPDX-License-Identifier: MIT
// RefusalEvaluation::score and calibrate on hand-made records: what counts as answered with the gold
// page, as refused, and as an unanswerable run answered like the gold answer (a sister document).
#include "engine/refusalevaluation.h"

#include <QTest>

using namespace Protostar;

namespace {

RefusalRecord record(bool heldOut, double answerableSupport, bool goldCited, double unanswerableSupport,
                     double goldTermsAnswerable, double goldTermsUnanswerable, double unanswerablePhrases = 1.0)
{
    RefusalRecord r;
    r.heldOut = heldOut;
    r.answerable = {answerableSupport, answerableSupport, 1.0, 1.0, 1.0, 1.0, true};
    r.unanswerable = {unanswerableSupport, unanswerableSupport, 1.0, 1.0, 1.0, unanswerablePhrases, true};
    r.goldCited = goldCited;
    r.goldTermsAnswerable = goldTermsAnswerable;
    r.goldTermsUnanswerable = goldTermsUnanswerable;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(RefusalRecord)

class tst_RefusalEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void score_data()
    {
        QTest::addColumn<RefusalRecord>("r");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("phrases"); // RefusalThreshold::phrases
        QTest::addColumn<int>("answeredWithGold");
        QTest::addColumn<int>("refused");
        QTest::addColumn<int>("answeredLikeGold");

        QTest::newRow("both pass: unanswerable answered, its answer covers less of the gold")
            << record(false, 0.8, true, 0.6, 0.5, 0.2) << 0.5 << 0.0 << 1 << 0 << 0;
        QTest::newRow("both pass: unanswerable answer covers the gold as well (sister document)")
            << record(false, 0.8, true, 0.6, 0.4, 0.4) << 0.5 << 0.0 << 1 << 0 << 1;
        QTest::newRow("neither answer writes any gold term: not counted")
            << record(false, 0.8, true, 0.6, 0.0, 0.0) << 0.5 << 0.0 << 1 << 0 << 0;
        QTest::newRow("unanswerable below threshold: refused, not counted as like gold")
            << record(false, 0.8, true, 0.3, 0.4, 0.9) << 0.5 << 0.0 << 1 << 1 << 0;
        QTest::newRow("answerable below threshold: not answered") << record(false, 0.4, true, 0.3, 0.4, 0.1) << 0.5 << 0.0 << 0 << 1 << 0;
        QTest::newRow("unanswerable passage lacks the quoted name: refused at phrases 1")
            << record(false, 0.8, true, 0.6, 0.4, 0.1, 0.0) << 0.5 << 1.0 << 1 << 1 << 0;
        QTest::newRow("half the quoted names written: still answered at phrases 0.5")
            << record(false, 0.8, true, 0.6, 0.4, 0.1, 0.5) << 0.5 << 0.5 << 1 << 0 << 0;
        QTest::newRow("answered without the gold page cited") << record(false, 0.8, false, 0.3, 0.4, 0.1) << 0.5 << 0.0 << 0 << 1 << 0;
    }

    void score()
    {
        QFETCH(RefusalRecord, r);
        QFETCH(double, threshold);
        QFETCH(double, phrases);
        QFETCH(int, answeredWithGold);
        QFETCH(int, refused);
        QFETCH(int, answeredLikeGold);
        const RefusalReport report = RefusalEvaluation::score({r}, {threshold, 0.0, phrases});
        QCOMPARE(report.all.answeredWithGold, answeredWithGold);
        QCOMPARE(report.all.refused, refused);
        QCOMPARE(report.all.answeredLikeGold, answeredLikeGold);
        QCOMPARE(report.tuning.answeredLikeGold, answeredLikeGold);
        QCOMPARE(report.heldout.answerable, 0);
    }

    // The calibration sees the tuning half only: held-out records that a higher threshold would
    // serve better do not move it.
    void calibrateIgnoresHeldOut()
    {
        const QList<RefusalRecord> tuning{record(false, 0.8, true, 0.3, 0, 0), record(false, 0.7, true, 0.4, 0, 0)};
        const RefusalThreshold onTuning = RefusalEvaluation::calibrate(tuning);
        QList<RefusalRecord> withHeldOut = tuning;
        // Scored with them, 0.8 would win (3 answered + 4 refused against 4 + 2 at 0.4).
        withHeldOut.append(record(true, 0.9, true, 0.75, 0, 0));
        withHeldOut.append(record(true, 0.9, true, 0.75, 0, 0));
        const RefusalThreshold calibrated = RefusalEvaluation::calibrate(withHeldOut);
        QCOMPARE(calibrated.passage, onTuning.passage);
        QCOMPARE(calibrated.sentences, onTuning.sentences);
        const RefusalMetrics m = RefusalEvaluation::score(tuning, calibrated).tuning;
        QCOMPARE(m.answeredWithGold, 2);
        QCOMPARE(m.refused, 2);
    }

    // Unanswerable runs as well supported as the answerable ones but missing the quoted name: only the
    // phrase cut separates them, and calibration finds it without refusing the answerable runs.
    void calibrateFindsPhraseCut()
    {
        const QList<RefusalRecord> tuning{record(false, 0.6, true, 0.7, 0, 0, 0.0), record(false, 0.7, true, 0.8, 0, 0, 0.0),
                                          record(false, 0.5, true, 0.2, 0, 0)};
        const RefusalThreshold calibrated = RefusalEvaluation::calibrate(tuning);
        QVERIFY(calibrated.phrases > 0.0);
        QVERIFY(calibrated.phrases <= 1.0);
        const RefusalMetrics m = RefusalEvaluation::score(tuning, calibrated).tuning;
        QCOMPARE(m.answeredWithGold, 3);
        QCOMPARE(m.refused, 3);
        // At the same support cuts without the phrase cut, the two better-supported unanswerable runs pass.
        const RefusalMetrics noPhrase = RefusalEvaluation::score(tuning, {calibrated.passage, calibrated.sentences, 0.0}).tuning;
        QCOMPARE(noPhrase.refused, 1);
    }

    // KorQuAD's thousands of runs are calibrated over quantiles of the observed values: every value separates the
    // runs exactly; ten quantiles keep a cut a few runs above the gap; two (the lowest and the highest) cannot.
    void calibrateOverQuantiles_data()
    {
        QTest::addColumn<int>("maxCuts");
        QTest::addColumn<int>("answeredWithGold");
        QTest::addColumn<int>("refused");

        QTest::newRow("every value") << 0 << 40 << 40;
        QTest::newRow("ten quantiles: the kept cut nearest above the gap refuses 3 answerable runs") << 10 << 37 << 40;
        QTest::newRow("two: the extremes only") << 2 << 1 << 40;
    }

    void calibrateOverQuantiles()
    {
        QFETCH(int, maxCuts);
        QFETCH(int, answeredWithGold);
        QFETCH(int, refused);
        QList<RefusalRecord> records;
        for (int i = 0; i < 40; ++i)
            records.append(record(false, 0.6 + i * 0.01, true, 0.1 + i * 0.005, 0, 0));
        const RefusalThreshold t = RefusalEvaluation::calibrate(records, maxCuts);
        const RefusalMetrics m = RefusalEvaluation::score(records, t).tuning;
        QCOMPARE(m.answeredWithGold, answeredWithGold);
        QCOMPARE(m.refused, refused);
    }

    // The provider's own best-sentence score travels from the trace into the recorded signals.
    void signalsKeepProviderScore()
    {
        AnswerTrace trace;
        trace.support = 0.5;
        trace.providerScore = 0.37;
        const RefusalSignals s = RefusalSignals::of(trace, true);
        QCOMPARE(s.providerScore, 0.37);
        QCOMPARE(s.support, 0.5);
        QCOMPARE(RefusalSignals::of(AnswerTrace{}, false).providerScore, -1.0);
    }
};

QTEST_GUILESS_MAIN(tst_RefusalEvaluation)
#include "tst_refusalevaluation.moc"
