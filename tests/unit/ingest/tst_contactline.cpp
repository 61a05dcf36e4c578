// SPDX-License-Identifier: MIT
#include "ingest/contactline.h"

#include <QTest>

using namespace Protostar;

class tst_ContactLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("contact");
        QTest::newRow("e-mail") << QStringLiteral("daniel.cho@example.invalid") << true;
        QTest::newRow("international phone") << QStringLiteral("+82 10-3392-5518") << true;
        QTest::newRow("Korean mobile") << QStringLiteral("010-4821-7730") << true;
        QTest::newRow("Seoul number in brackets") << QStringLiteral("(02) 123-4567") << true;
        QTest::newRow("labelled e-mail") << QStringLiteral("Email: harin.lim@example.invalid") << true;
        QTest::newRow("Korean label") << QStringLiteral("휴대폰: 010-6620-1947") << true;
        QTest::newRow("web address") << QStringLiteral("github.com/danielcho") << true;
        QTest::newRow("URL") << QStringLiteral("https://danielcho.dev/blog") << true;
        QTest::newRow("e-mail and phone on one line") << QStringLiteral("a.b@example.invalid | 010-7781-3024") << true;
        QTest::newRow("a job title with contacts is a line of its own kind")
            << QStringLiteral("백엔드 개발자 | junho.bae@example.invalid | 010-7781-3024") << false;
        QTest::newRow("a town") << QStringLiteral("Busan, South Korea") << false;
        QTest::newRow("a period") << QStringLiteral("2016.01 - 2019.12") << false;
        QTest::newRow("a year range") << QStringLiteral("2019-2023") << false;
        QTest::newRow("a figure") << QStringLiteral("Expected salary: KRW 95,000,000") << false;
        QTest::newRow("a sentence naming an address")
            << QStringLiteral("Wrote to ops@example.invalid every week.") << false;
        QTest::newRow("two contacts apart by one space") << QStringLiteral("a@b.com 010-1234-5678") << true;
        QTest::newRow("labelled contacts apart by one space")
            << QStringLiteral("Email: jane@example.com Phone: +44 7700 900123") << true;
        QTest::newRow("phone with country code and brackets") << QStringLiteral("+1 (415) 555-0132") << true;
        QTest::newRow("www address") << QStringLiteral("www.janedoe.me") << true;
        QTest::newRow("a host alone on its line") << QStringLiteral("danielcho.dev") << true;
        QTest::newRow("a labelled host") << QStringLiteral("Blog: velog.io") << true;
        QTest::newRow(".NET technologies") << QStringLiteral("ASP.NET, VB.NET") << false;
        QTest::newRow("a framework named like a host") << QStringLiteral("Socket.io") << false;
        QTest::newRow("a JavaScript runtime") << QStringLiteral("Node.js") << false;
        QTest::newRow("a skills list with lower-case hosts") << QStringLiteral("socket.io, pm2.io") << false;
        QTest::newRow("years in a row") << QStringLiteral("2018 2019 2020") << false;
        QTest::newRow("a figure in thousands") << QStringLiteral("1 000 000") << false;
        QTest::newRow("digits without separators") << QStringLiteral("01012345678") << false;
        QTest::newRow("a label alone") << QStringLiteral("Email") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void matches()
    {
        QFETCH(QString, line);
        QFETCH(bool, contact);
        QCOMPARE(ContactLine::matches(line), contact);
    }
};

QTEST_GUILESS_MAIN(tst_ContactLine)
#include "tst_contactline.moc"
