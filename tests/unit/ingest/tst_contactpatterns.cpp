// SPDX-License-Identifier: MIT
#include "core/contactpatterns.h"

#include <QTest>

using namespace Protostar;

// Each row: a text, which kind of contact value it is as a whole (email, phone, web, or none), and the value the
// kind's pattern finds in it written inside a sentence.
class tst_ContactPatterns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("e-mail") << QStringLiteral("jane.doe+cv@example.co.kr") << QStringLiteral("email");
        QTest::newRow("Korean mobile") << QStringLiteral("010-4821-7730") << QStringLiteral("phone");
        QTest::newRow("Korean mobile with dots") << QStringLiteral("010.4821.7730") << QStringLiteral("phone");
        QTest::newRow("Seoul number") << QStringLiteral("02-123-4567") << QStringLiteral("phone");
        QTest::newRow("area code in brackets") << QStringLiteral("(02) 123-4567") << QStringLiteral("phone");
        QTest::newRow("Korean country code") << QStringLiteral("+82 10-3392-5518") << QStringLiteral("phone");
        QTest::newRow("UK mobile") << QStringLiteral("+44 7700 900123") << QStringLiteral("phone");
        QTest::newRow("US number") << QStringLiteral("+1 (415) 555-0132") << QStringLiteral("phone");
        QTest::newRow("URL") << QStringLiteral("https://danielcho.dev/blog") << QStringLiteral("web");
        QTest::newRow("www") << QStringLiteral("www.example.org") << QStringLiteral("web");
        QTest::newRow("host with path") << QStringLiteral("github.com/danielcho") << QStringLiteral("web");
        QTest::newRow("Korean host") << QStringLiteral("brunch.co.kr/@jane") << QStringLiteral("web");
        QTest::newRow("ASP.NET") << QStringLiteral("ASP.NET") << QStringLiteral("none");
        QTest::newRow("Socket.IO") << QStringLiteral("Socket.IO") << QStringLiteral("none");
        QTest::newRow("Node.js") << QStringLiteral("Node.js") << QStringLiteral("none");
        QTest::newRow("years") << QStringLiteral("2018 2019 2020") << QStringLiteral("none");
        QTest::newRow("thousands") << QStringLiteral("1 000 000") << QStringLiteral("none");
        QTest::newRow("a period") << QStringLiteral("2016.01 - 2019.12") << QStringLiteral("none");
        QTest::newRow("a date") << QStringLiteral("2019-03-15") << QStringLiteral("none");
        QTest::newRow("digits only") << QStringLiteral("01012345678") << QStringLiteral("none");
        QTest::newRow("version") << QStringLiteral("v1.2.3") << QStringLiteral("none");
    }

    void whole()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QCOMPARE(ContactPatterns::isEmail(text), kind == u"email");
        QCOMPARE(ContactPatterns::isPhone(text), kind == u"phone");
        QCOMPARE(ContactPatterns::isWeb(text), kind == u"web");
    }

    void inText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("found");
        QTest::newRow("e-mail in a sentence") << QStringLiteral("Write to ops@example.invalid any time.") << QStringLiteral("email")
                                              << QStringLiteral("ops@example.invalid");
        QTest::newRow("phone after a label") << QStringLiteral("휴대폰: 010-6620-1947 (평일)") << QStringLiteral("phone")
                                             << QStringLiteral("010-6620-1947");
        QTest::newRow("no phone inside a longer number") << QStringLiteral("계좌 1002-010-123-45678") << QStringLiteral("phone")
                                                         << QString();
        QTest::newRow("host after a label") << QStringLiteral("GitHub: github.com/jane · Seoul") << QStringLiteral("web")
                                            << QStringLiteral("github.com/jane");
        QTest::newRow("no web address inside an e-mail") << QStringLiteral("jane@example.com") << QStringLiteral("web") << QString();
    }

    void inText()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, found);
        const QRegularExpression &pattern = kind == u"email" ? ContactPatterns::email()
            : kind == u"phone"                                ? ContactPatterns::phone()
                                                              : ContactPatterns::web();
        QCOMPARE(pattern.match(text).captured(), found);
    }
};

QTEST_GUILESS_MAIN(tst_ContactPatterns)
#include "tst_contactpatterns.moc"
