// SPDX-License-Identifier: MIT
// The answer view as a recruiter reads it: what the figure guard removed is shown, struck through under its
// own heading and never as part of the answer; a refusal says so and marks its related passages as not an answer.
#include "languagemanager.h"
#include "mainwindow.h"
#include "transcriptview.h"
#include "models/transcriptmodel.h"

#include <QScrollBar>
#include <QTest>
#include <QTextLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Protostar;


namespace {

Citation cite(int n, const QString &quote)
{
    Citation c;
    c.n = n;
    c.candidate = QStringLiteral("Jane Park");
    c.document = QStringLiteral("jane.md");
    c.documentId = 1;
    c.chunkId = 10 + n;
    c.quote = quote;
    return c;
}

// The character format at the first occurrence of `text` in the rendered transcript; nullopt if absent.
std::optional<QTextCharFormat> formatOf(QTextDocument *doc, const QString &text)
{
    const QTextCursor found = doc->find(text);
    if (found.isNull())
        return std::nullopt;
    QTextCursor inside(doc);
    inside.setPosition(found.selectionStart() + 1);
    return inside.charFormat();
}

} // namespace

class tst_AnswerView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unverifiedSentences_data();
    void unverifiedSentences();
    void refusalMarksRelatedPassages_data();
    void refusalMarksRelatedPassages();
    void statusLine_data();
    void statusLine();
    void linesAndMarkersKeptTogether_data();
    void linesAndMarkersKeptTogether();
    void latestQuestionInView_data();
    void latestQuestionInView();
    void listLinesAsBullets_data();
    void listLinesAsBullets();
};

void tst_AnswerView::linesAndMarkersKeptTogether_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    // A profile: one line per job; a ranking: one line per candidate, led by the name.
    QTest::newRow("profile, Korean, narrow")
        << QStringLiteral("백엔드 엔지니어 · 경력 9년 · 서울 거주 · jiwon.kim@example.invalid [1]\n"
                          "한빛페이 (2019.03 ~ 2023.02) · 결제플랫폼팀 백엔드 리드 · 직전 회사 [2]\n"
                          "누리커머스 (2015.07 ~ 2019.02) · 주문서비스팀 백엔드 개발자 [3]")
        << 330;
    QTest::newRow("ranking, English, wide")
        << QStringLiteral("Choi Minho: desired salary 82 million won [1]\nJane Park: Expected salary: 60,000,000 KRW. [2]")
        << 700;
}

void tst_AnswerView::linesAndMarkersKeptTogether()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    TranscriptModel model;
    TranscriptView view;
    view.resize(width, 600);
    view.setModel(&model);
    Answer answer;
    answer.found = true;
    answer.text = text;
    for (int n = 1; n <= int(text.count(QStringLiteral(" ["))); ++n)
        answer.citations << cite(n, QStringLiteral("quote %1").arg(n));
    model.beginAnswer(1, QStringLiteral("q"));
    model.finishAnswer(1, answer);
    view.show();
    view.renderNow();
    QTextDocument *doc = view.document();
    doc->setTextWidth(view.viewport()->width());

    for (const QString &line : text.split(u'\n')) {
        // Each line its own paragraph, and its marker glued to the word before it.
        const qsizetype open = line.lastIndexOf(QStringLiteral(" ["));
        const QString glued = line.left(open) + QChar(0x00A0) + line.mid(open + 1);
        // (QTextDocument::find() reads a no-break space as a space, so the blocks are compared as they are.)
        QTextBlock block = doc->begin();
        while (block.isValid() && block.text() != glued)
            block = block.next();
        QVERIFY2(block.isValid(), qPrintable(glued + QStringLiteral(" is not a paragraph of:\n") + view.toPlainText()));
        // However the paragraph wraps, the marker is never the first thing on a visual line.
        const QTextLayout *layout = block.layout();
        const int markerAt = int(glued.indexOf(QStringLiteral("[")));
        for (int i = 0; i < layout->lineCount(); ++i)
            QVERIFY2(layout->lineAt(i).textStart() != markerAt, qPrintable(glued));
    }
    // The sources list: each [n] in its own cell, its location beside it (a wrapped location stays under itself).
    const QTextCursor marker = doc->find(QStringLiteral("[1]"), doc->find(QStringLiteral("Sources:")));
    QVERIFY(!marker.isNull());
    QVERIFY(marker.currentTable());
    QCOMPARE(marker.block().text(), QStringLiteral("[1]"));
}

void tst_AnswerView::unverifiedSentences_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<QStringList>("removed");

    const QString kept = QStringLiteral("Jane Park led the React rewrite [1].");
    const QString invented = QStringLiteral("She cut the load time by 80%.");
    Answer found;
    found.found = true;
    found.text = kept;
    found.citations = {cite(1, QStringLiteral("Led the React rewrite."))};
    found.unverified = {invented};
    QTest::newRow("answer with a removed sentence") << found << QStringList{invented};

    Answer clean = found;
    clean.unverified.clear();
    QTest::newRow("answer with nothing removed") << clean << QStringList{};

    // The guard removed the only cited sentence, so the engine refused: the recruiter still sees what was claimed.
    Answer refused;
    refused.found = false;
    refused.text = QStringLiteral("Not found in the documents.");
    refused.related = {cite(1, QStringLiteral("Led the React rewrite."))};
    refused.unverified = {QStringLiteral("Jane Park has 12 years of React [1]."), invented};
    QTest::newRow("refusal after the guard removed everything") << refused << refused.unverified;
}

void tst_AnswerView::unverifiedSentences()
{
    QFETCH(Answer, answer);
    QFETCH(QStringList, removed);
    TranscriptModel model;
    TranscriptView view;
    view.setModel(&model);
    model.beginAnswer(7, QStringLiteral("Who led the React rewrite?"));
    model.finishAnswer(7, answer);
    QCOMPARE(model.index(0).data(TranscriptModel::UnverifiedRole).toStringList(), removed);
    view.renderNow();

    const QString shown = view.toPlainText();
    const QString heading = QStringLiteral("Not verified, removed from the answer");
    QCOMPARE(shown.contains(heading), !removed.isEmpty());
    for (const QString &sentence : removed) {
        const auto format = formatOf(view.document(), sentence);
        QVERIFY2(format, qPrintable(sentence + QStringLiteral(" is not shown in:\n") + shown));
        QVERIFY2(format->fontStrikeOut(), qPrintable(sentence));
        QVERIFY(shown.indexOf(sentence) > shown.indexOf(heading)); // under its heading, not in the answer
    }
}

void tst_AnswerView::refusalMarksRelatedPassages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("notAnAnswer");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Not found in the documents")
                             << QStringLiteral("not an answer");
    QTest::newRow("Korean") << QStringLiteral("ko") << QStringLiteral("문서에서 찾을 수 없습니다")
                            << QStringLiteral("답변 아님");
}

void tst_AnswerView::refusalMarksRelatedPassages()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    QFETCH(QString, notAnAnswer);
    LanguageManager languages;
    QVERIFY2(languages.setLanguage(language), qPrintable(LanguageManager::searchPaths().join(u',')));
    TranscriptModel model;
    TranscriptView view;
    view.setModel(&model);
    Answer refused;
    refused.text = QStringLiteral("Not found in the documents.");
    refused.related = {cite(1, QStringLiteral("Senior Frontend Engineer · 8 years")),
                       cite(2, QStringLiteral("B.Sc. Computer Science"))};
    model.beginAnswer(3, QStringLiteral("What driving licence does Jane Park hold?"));
    model.finishAnswer(3, refused);
    view.renderNow();

    // Collapsed, the only line about the passages must already say they do not answer the question.
    const QString collapsed = view.toPlainText();
    QVERIFY2(collapsed.contains(heading), qPrintable(collapsed));
    const QStringList lines = collapsed.split(u'\n');
    const auto relatedLine = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(u'▸'); });
    QVERIFY2(relatedLine != lines.cend(), qPrintable(collapsed));
    QVERIFY2(relatedLine->contains(notAnAnswer) && relatedLine->contains(u'2'), qPrintable(*relatedLine));
    QVERIFY(!collapsed.contains(QStringLiteral("B.Sc."))); // quotes stay folded until asked for

    view.activateLink(QUrl(QStringLiteral("related:0")));
    QVERIFY(view.toPlainText().contains(QStringLiteral("B.Sc. Computer Science")));
    QVERIFY(view.toPlainText().contains(u'▾'));
}

void tst_AnswerView::statusLine_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<QString>("expected");
    Answer found;
    found.found = true;
    found.citations = {cite(1, QStringLiteral("a")), cite(2, QStringLiteral("b"))};
    QTest::newRow("found") << found << QStringLiteral("2 sources cited · Answered in 40 ms");
    Answer guarded = found;
    guarded.unverified = {QStringLiteral("She cut the load time by 80%.")};
    QTest::newRow("found, one sentence removed")
        << guarded << QStringLiteral("2 sources cited · 1 sentence removed as not verified · Answered in 40 ms");
    Answer related;
    related.related = {cite(1, QStringLiteral("a")), cite(2, QStringLiteral("b")), cite(3, QStringLiteral("c"))};
    QTest::newRow("not found, related") << related << QStringLiteral("Not found; 3 related passages · Answered in 40 ms");
    QTest::newRow("not found, nothing related") << Answer{} << QStringLiteral("Not found in the documents · Answered in 40 ms");
}

void tst_AnswerView::statusLine()
{
    QFETCH(Answer, answer);
    QFETCH(QString, expected);
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en"))); // the plural forms come from the English catalogue
    QCOMPARE(MainWindow::answerStatus(answer, 40), expected);
}

void tst_AnswerView::latestQuestionInView_data()
{
    QTest::addColumn<int>("lines");            // lines of the latest answer
    QTest::addColumn<bool>("streaming");       // still arriving, or finished with its sources
    QTest::addColumn<bool>("readerScrolledUp"); // the reader scrolled to the top before more arrived
    QTest::newRow("short answer: the transcript ends at the bottom") << 2 << false << false;
    QTest::newRow("long answer: read from its question") << 40 << false << false;
    QTest::newRow("long answer streaming: its question stays in view") << 40 << true << false;
    QTest::newRow("reader scrolled up: stays there") << 40 << true << true;
}

void tst_AnswerView::latestQuestionInView()
{
    QFETCH(int, lines);
    QFETCH(bool, streaming);
    QFETCH(bool, readerScrolledUp);
    TranscriptModel model;
    TranscriptView view;
    view.resize(420, 300);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto answerOf = [](int count) {
        Answer a;
        a.found = true;
        QStringList text;
        for (int i = 1; i <= count; ++i)
            text << QStringLiteral("Line %1 of the answer, long enough to wrap in a narrow pane. [1]").arg(i);
        a.text = text.join(u'\n');
        a.citations << cite(1, QStringLiteral("quote"));
        return a;
    };
    // An earlier exchange above, so following the bottom and showing the latest question differ.
    model.beginAnswer(1, QStringLiteral("first question"));
    model.finishAnswer(1, answerOf(12));
    view.renderNow();
    model.beginAnswer(2, QStringLiteral("latest question"));
    view.renderNow();
    const Answer latest = answerOf(lines);
    const QStringList parts = latest.text.split(u'\n');
    model.appendTokens(2, parts.mid(0, parts.size() / 2).join(u'\n') + u'\n');
    view.renderNow();
    QScrollBar *bar = view.verticalScrollBar();
    if (readerScrolledUp)
        bar->setValue(0);
    if (streaming)
        model.appendTokens(2, parts.mid(parts.size() / 2).join(u'\n'));
    else
        model.finishAnswer(2, latest);
    view.renderNow();

    if (readerScrolledUp) {
        QCOMPARE(bar->value(), 0);
        return;
    }
    const QTextCursor question = view.document()->find(QStringLiteral("latest question"));
    QVERIFY(!question.isNull());
    const QRect shown = view.viewport()->rect();
    const QRect at = view.cursorRect(question);
    QVERIFY2(shown.contains(at), qPrintable(QStringLiteral("question at y %1, viewport height %2, scroll %3 of %4")
                                                .arg(at.top()).arg(shown.height()).arg(bar->value()).arg(bar->maximum())));
    if (lines <= 2)
        QCOMPARE(bar->value(), bar->maximum()); // all of it fits below the question: the sources show too
    else
        QVERIFY(bar->value() < bar->maximum()); // the rest is below, to be scrolled to
}

void tst_AnswerView::listLinesAsBullets_data()
{
    QTest::addColumn<QString>("line");  // an answer line, as quoted from the document
    QTest::addColumn<QString>("shown"); // how the transcript starts that paragraph
    QTest::newRow("Markdown item with -") << QStringLiteral("- 연봉 희망 7,800만원 (협의 가능) [1]") << QStringLiteral("• 연봉 희망 7,800만원");
    QTest::newRow("Markdown item with *") << QStringLiteral("* Kafka, Spark [1]") << QStringLiteral("• Kafka, Spark");
    QTest::newRow("item after the candidate's name") << QStringLiteral("김지원: - 연봉 희망 7,800만원 (협의 가능) [1]")
                                                     << QStringLiteral("김지원: • 연봉 희망 7,800만원");
    QTest::newRow("negative figure after a label") << QStringLiteral("Churn: -5% after the rewrite [1]") << QStringLiteral("Churn: -5% after");
    QTest::newRow("dash inside a line") << QStringLiteral("2019 - 2023 at Brightlane [1]") << QStringLiteral("2019 - 2023 at Brightlane");
    QTest::newRow("negative figure") << QStringLiteral("-5% churn after the rewrite [1]") << QStringLiteral("-5% churn after");
}

void tst_AnswerView::listLinesAsBullets()
{
    QFETCH(QString, line);
    QFETCH(QString, shown);
    TranscriptModel model;
    TranscriptView view;
    view.setModel(&model);
    Answer answer;
    answer.found = true;
    answer.text = QStringLiteral("Summary line [1]\n") + line;
    answer.citations << cite(1, QStringLiteral("quote"));
    model.beginAnswer(1, QStringLiteral("q"));
    model.finishAnswer(1, answer);
    view.renderNow();
    QTextBlock block = view.document()->begin();
    while (block.isValid() && !block.text().startsWith(shown))
        block = block.next();
    QVERIFY2(block.isValid(), qPrintable(shown + QStringLiteral(" does not start a paragraph of:\n") + view.toPlainText()));
    // The figures and the citation stay as written.
    QVERIFY(block.text().endsWith(QStringLiteral("[1]")));
}

QTEST_MAIN(tst_AnswerView)
#include "tst_answerview.moc"
