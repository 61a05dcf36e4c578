// SPDX-License-Identifier: MIT
// protostar-cli speaks the system UI language: with LC_ALL, LC_MESSAGES or LANG saying ko_* its own
// errors, its help and the backend's messages come out in Korean (from the desktop's protostar_ko.qm),
// otherwise in English. Runs the real protostar-cli with a changed environment.
#include "core/translationfiles.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

using Environment = QMap<QString, QString>;
Q_DECLARE_METATYPE(Environment)

class tst_Cli_Language : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The locale variables of the machine running the test must not leak in: only the row's count.
    static Environment localeOnly(const Environment &row)
    {
        Environment env{{QStringLiteral("LC_ALL"), QString()},
                        {QStringLiteral("LC_MESSAGES"), QString()},
                        {QStringLiteral("LANG"), QString()},
                        {QStringLiteral("LANGUAGE"), QString()}};
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_CLI"), "run under ctest, which sets PROTOSTAR_CLI");
        QVERIFY(m_dir.isValid());
    }

    void messages_data()
    {
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("command"); // help, ask or import
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected");   // in stdout + stderr
        QTest::addColumn<QStringList>("unexpected"); // the other language's text

        const QString ko = QStringLiteral("ko_KR.UTF-8");
        const QStringList helpKo{QStringLiteral("사용법:"), QStringLiteral("후보자 목록 보기"),
                                 QStringLiteral("질문하기(답변은 문서에서만 나옴)")};
        const QStringList helpEn{QStringLiteral("Usage:"), QStringLiteral("List candidates"),
                                 QStringLiteral("Ask a question; the answer comes only from the documents")};
        const QStringList askKo{QStringLiteral("protostar-cli: ask에는 질문이 필요합니다")};
        const QStringList askEn{QStringLiteral("protostar-cli: ask needs a question")};
        // The first line is the backend's (DocumentImporter, context "Protostar"), the second the CLI's summary.
        const QStringList importKo{QStringLiteral("이(가) 없습니다. 경로를 확인하세요."), QStringLiteral("가져옴 0, 변경 없음 0, 실패 1.")};
        const QStringList importEn{QStringLiteral("does not exist; check the path."), QStringLiteral("Imported 0, unchanged 0, failed 1.")};

        QTest::newRow("help, LANG=ko_KR") << Environment{{QStringLiteral("LANG"), ko}} << "help" << 0 << helpKo << helpEn;
        QTest::newRow("help, LC_MESSAGES=ko_KR") << Environment{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                                                                {QStringLiteral("LC_MESSAGES"), ko}}
                                                 << "help" << 0 << helpKo << helpEn;
        QTest::newRow("help, LANG=en_US") << Environment{{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}} << "help" << 0
                                          << helpEn << helpKo;
        QTest::newRow("help, LC_ALL=C over LANG=ko_KR")
            << Environment{{QStringLiteral("LC_ALL"), QStringLiteral("C")}, {QStringLiteral("LANG"), ko}} << "help" << 0 << helpEn << helpKo;
        QTest::newRow("ask without question, LC_ALL=ko_KR") << Environment{{QStringLiteral("LC_ALL"), ko}} << "ask" << 1 << askKo << askEn;
        QTest::newRow("ask without question, LC_ALL=C") << Environment{{QStringLiteral("LC_ALL"), QStringLiteral("C")}} << "ask" << 1
                                                        << askEn << askKo;
        QTest::newRow("import a missing file, LC_ALL=ko_KR") << Environment{{QStringLiteral("LC_ALL"), ko}} << "import" << 1 << importKo
                                                             << importEn;
        QTest::newRow("import a missing file, LC_ALL=en_US") << Environment{{QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8")}}
                                                             << "import" << 1 << importEn << importKo;
    }

    void messages()
    {
        QFETCH(Environment, environment);
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);

        QStringList args{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("language.db"))};
        if (command == QLatin1String("help"))
            args << QStringLiteral("--help");
        else if (command == QLatin1String("ask"))
            args << QStringLiteral("ask");
        else
            args << QStringLiteral("import") << m_dir.filePath(QStringLiteral("missing/cv.txt"));

        const Test::CliRun run = Test::runCli(args, localeOnly(environment));
        const QString output = QString::fromUtf8(run.out + run.err);
        QVERIFY2(run.exitCode == exitCode, qPrintable(output));
        for (const QString &text : expected)
            QVERIFY2(output.contains(text), qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(text, output)));
        for (const QString &text : unexpected)
            QVERIFY2(!output.contains(text), qPrintable(QStringLiteral("\"%1\" in:\n%2").arg(text, output)));
    }

    // The choice behind it, for QLocale::uiLanguages() lists the environment cannot easily produce.
    void languageOf_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("language");
        QTest::newRow("Korean") << QStringList{QStringLiteral("ko-KR")} << "ko";
        QTest::newRow("English") << QStringList{QStringLiteral("en-US")} << "en";
        QTest::newRow("C locale") << QStringList{QStringLiteral("C")} << "en";
        QTest::newRow("none") << QStringList{} << "en";
        QTest::newRow("German, then Korean") << QStringList{QStringLiteral("de-DE"), QStringLiteral("ko-KR")} << "ko";
        QTest::newRow("English before Korean") << QStringList{QStringLiteral("en-GB"), QStringLiteral("ko-KR")} << "en";
        QTest::newRow("only languages that do not ship") << QStringList{QStringLiteral("fr-FR"), QStringLiteral("ja-JP")} << "en";
    }

    void languageOf()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, language);
        QCOMPARE(TranslationFiles::languageOf(uiLanguages), language);
    }
};

QTEST_GUILESS_MAIN(tst_Cli_Language)
#include "tst_cli_language.moc"
