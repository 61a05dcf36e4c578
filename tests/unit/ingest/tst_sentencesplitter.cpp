// SPDX-License-Identifier: MIT
#include "core/sentencesplitter.h"

#include <QTest>

using namespace Protostar;

class tst_SentenceSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void offsetsPointAtTheText_data();
    void offsetsPointAtTheText();
};

void tst_SentenceSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("Korean endings 다 요 음")
        << QStringLiteral("결제 시스템을 개발했다. 성능이 좋아요. 팀을 이끌었음. 배포 자동화함. 승인됨. 끝")
        << QStringList{QStringLiteral("결제 시스템을 개발했다."), QStringLiteral("성능이 좋아요."), QStringLiteral("팀을 이끌었음."),
                       QStringLiteral("배포 자동화함."), QStringLiteral("승인됨."), QStringLiteral("끝")};
    QTest::newRow("English ? and !")
        << QStringLiteral("Did it scale? Yes! It handled 10k TPS.")
        << QStringList{QStringLiteral("Did it scale?"), QStringLiteral("Yes!"), QStringLiteral("It handled 10k TPS.")};
    QTest::newRow("decimal and Korean amount stay whole")
        << QStringLiteral("매출은 1,200.5억 원으로 3.5% 증가했다. 다음 해도 성장했다.")
        << QStringList{QStringLiteral("매출은 1,200.5억 원으로 3.5% 증가했다."), QStringLiteral("다음 해도 성장했다.")};
    QTest::newRow("abbreviations Dr. and e.g.")
        << QStringLiteral("Dr. Kim led it, e.g. the cache layer. Then she left.")
        << QStringList{QStringLiteral("Dr. Kim led it, e.g. the cache layer."), QStringLiteral("Then she left.")};
    QTest::newRow("URL and version")
        << QStringLiteral("See https://example.com/a.b?x=1 for v2.1 notes. Upgraded to Qt 6.4.2 later.")
        << QStringList{QStringLiteral("See https://example.com/a.b?x=1 for v2.1 notes."), QStringLiteral("Upgraded to Qt 6.4.2 later.")};
    QTest::newRow("ideographic full stop without space")
        << QStringLiteral("第一。第二。") << QStringList{QStringLiteral("第一。"), QStringLiteral("第二。")};
    QTest::newRow("closing quote stays with its sentence")
        << QStringLiteral("He said \"done.\" We shipped.")
        << QStringList{QStringLiteral("He said \"done.\""), QStringLiteral("We shipped.")};
    QTest::newRow("Korean date is not an end")
        << QStringLiteral("2019. 3. 입사하여 근무했다. 이후 이직했다.")
        << QStringList{QStringLiteral("2019. 3. 입사하여 근무했다."), QStringLiteral("이후 이직했다.")};
    QTest::newRow("blank line ends a sentence")
        << QStringLiteral("제목 없는 줄\n\n다음 문단이다.")
        << QStringList{QStringLiteral("제목 없는 줄"), QStringLiteral("다음 문단이다.")};
    QTest::newRow("single line break does not end a sentence")
        << QStringLiteral("이 문장은 줄이\n바뀌어도 하나다.") << QStringList{QStringLiteral("이 문장은 줄이\n바뀌어도 하나다.")};
    QTest::newRow("initial in a name") << QStringLiteral("J. Smith joined in May. He left.")
                                       << QStringList{QStringLiteral("J. Smith joined in May."), QStringLiteral("He left.")};
    QTest::newRow("degree abbreviations") << QStringLiteral("M.Sc. Data Science, Example University. B.Eng. Computer Engineering. Done.")
                                          << QStringList{QStringLiteral("M.Sc. Data Science, Example University."),
                                                         QStringLiteral("B.Eng. Computer Engineering."), QStringLiteral("Done.")};
    QTest::newRow("ellipsis") << QStringLiteral("Wait... Then go.") << QStringList{QStringLiteral("Wait..."), QStringLiteral("Then go.")};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("whitespace only") << QStringLiteral("  \n ") << QStringList{};
}

void tst_SentenceSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QStringList got;
    for (const SentenceSpan &s : SentenceSplitter::split(text))
        got << text.mid(s.start, s.length);
    QCOMPARE(got, sentences);
}

void tst_SentenceSplitter::offsetsPointAtTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("leading spaces and mixed") << QStringLiteral("   앞 공백. Then English!  끝이다.   ");
    QTest::newRow("many sentences") << QStringLiteral("가. 나다. 라마. ").repeated(20);
}

void tst_SentenceSplitter::offsetsPointAtTheText()
{
    QFETCH(QString, text);
    const QList<SentenceSpan> spans = SentenceSplitter::split(text);
    QVERIFY(!spans.isEmpty());
    qsizetype previousEnd = 0;
    for (const SentenceSpan &s : spans) {
        QVERIFY(s.start >= previousEnd);
        QVERIFY(s.end() <= text.size());
        QVERIFY(!text.at(s.start).isSpace());
        QVERIFY(!text.at(s.end() - 1).isSpace());
        // Only whitespace lies between sentences: nothing is lost.
        QVERIFY(text.mid(previousEnd, s.start - previousEnd).trimmed().isEmpty());
        previousEnd = s.end();
    }
    QVERIFY(text.mid(previousEnd).trimmed().isEmpty());
}

QTEST_APPLESS_MAIN(tst_SentenceSplitter)
#include "tst_sentencesplitter.moc"
