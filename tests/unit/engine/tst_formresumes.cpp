// SPDX-License-Identifier: MIT
// Résumés written as forms (Test::writeFormResumes: two DOCX and one HWPX whose content sits in tables,
// with merged cells, letter-spaced labels and section rows across a table), imported and asked offline
// as a recruiter would: each is filed under the person named in its 성명/이름 cell, each answer quotes
// the labelled row that says it and cites the expected files, and what it does not say stays out.
#include "engine/documentimporter.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "formresumes.h"
#include "offlineanswers.h"
#include "store/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Protostar;

class tst_FormResumes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ImportedCorpus m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_corpus.import(m_dir.filePath(QStringLiteral("forms.db")), Test::writeFormResumes(m_dir.path()).all(), 3);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The file names say nothing ("이력서_최종.docx"); the first line says "이 력 서" or "이력서".
    void filesEachUnderThePersonNamed()
    {
        QCOMPARE(m_corpus.candidateNames(), (QStringList{QStringLiteral("강민준"), QStringLiteral("윤서아"), QStringLiteral("홍길동")}));
    }

    void answersFromTables_data()
    {
        Test::addAnswerColumns();
        const QString hong = QStringLiteral("이력서_최종.docx");
        const QString yoon = QStringLiteral("입사지원서 양식.hwpx");
        const QString kang = QStringLiteral("resume_form_v2.docx");
        QTest::newRow("contact, label/value row") << QStringLiteral("홍길동의 연락처는?") << QStringList{hong}
                                                  << QStringList{QStringLiteral("연락처: 010-2345-6789")}
                                                  << QStringList{QStringLiteral("생년월일")};
        QTest::newRow("desired salary, merged value cell") << QStringLiteral("홍길동의 희망 연봉은?") << QStringList{hong}
                                                           << QStringList{QStringLiteral("희망연봉: 6,800만원")}
                                                           << QStringList{QStringLiteral("010-2345-6789")};
        QTest::newRow("address merged across three columns") << QStringLiteral("홍길동의 주소는?") << QStringList{hong}
                                                             << QStringList{QStringLiteral("주소: 서울특별시 마포구 월드컵북로 100")}
                                                             << QStringList{QStringLiteral("희망연봉")};
        QTest::newRow("education, header row") << QStringLiteral("홍길동의 최종 학력은?") << QStringList{hong}
                                               << QStringList{QStringLiteral("학교명: 가람대학교 대학원"), QStringLiteral("학위: 석사")}
                                               << QStringList{QStringLiteral("희망연봉")};
        QTest::newRow("duties at one company, header row") << QStringLiteral("홍길동이 한결데이터에서 담당한 업무는?") << QStringList{hong}
                                                           << QStringList{QStringLiteral("담당업무: 검색 플랫폼 운영")}
                                                           << QStringList{QStringLiteral("누리소프트")};
        QTest::newRow("current company, header row") << QStringLiteral("홍길동의 현재 회사는?") << QStringList{hong}
                                                     << QStringList{QStringLiteral("회사명: 한결데이터")}
                                                     << QStringList{QStringLiteral("누리소프트")};
        QTest::newRow("current company, section down the first column") << QStringLiteral("강민준의 현재 회사는?") << QStringList{kang}
                                                                        << QStringList{QStringLiteral("회사: 온누리로보틱스")}
                                                                        << QStringList{QStringLiteral("별하모빌리티")};
        QTest::newRow("certificates, header row") << QStringLiteral("홍길동의 자격증은?") << QStringList{hong}
                                                  << QStringList{QStringLiteral("자격증명: 정보처리기사"), QStringLiteral("자격증명: SQLD")}
                                                  << QStringList{};
        QTest::newRow("en e-mail of a Korean form") << QStringLiteral("What is 홍길동's email?") << QStringList{hong}
                                                    << QStringList{QStringLiteral("gildong.hong@example.invalid")}
                                                    << QStringList{QStringLiteral("010-2345-6789")};
        QTest::newRow("hwpx E-mail label, own sentence") << QStringLiteral("윤서아의 이메일은?") << QStringList{yoon}
                                                         << QStringList{QStringLiteral("E-mail: seoa.yoon@example.invalid")}
                                                         << QStringList{QStringLiteral("5,500만원")};
        QTest::newRow("hwpx salary under a section row") << QStringLiteral("윤서아의 희망 연봉은?") << QStringList{yoon}
                                                         << QStringList{QStringLiteral("희망연봉: 5,500만원")}
                                                         << QStringList{QStringLiteral("seoa.yoon@example.invalid")};
        QTest::newRow("en salary of a Korean hwpx form") << QStringLiteral("What is 윤서아's expected salary?") << QStringList{yoon}
                                                         << QStringList{QStringLiteral("희망연봉: 5,500만원")}
                                                         << QStringList{QStringLiteral("4,900만원")};
        QTest::newRow("hwpx duties at one company") << QStringLiteral("윤서아가 새벽페이에서 맡은 업무는?") << QStringList{yoon}
                                                    << QStringList{QStringLiteral("주요업무: 결제 API 설계")}
                                                    << QStringList{QStringLiteral("물결커머스")};
        QTest::newRow("who, salary threshold over three forms") << QStringLiteral("연봉 6,000만원 이상 희망하는 사람은?")
                                                                << QStringList{kang, hong}
                                                                << QStringList{QStringLiteral("7,500만원"), QStringLiteral("6,800만원")}
                                                                << QStringList{QStringLiteral("윤서아"), QStringLiteral("5,500만원")};
        QTest::newRow("who, master's degree") << QStringLiteral("석사 학위가 있는 사람은?") << QStringList{hong}
                                              << QStringList{QStringLiteral("학위: 석사")} << QStringList{QStringLiteral("윤서아")};
    }

    void answersFromTables() { Test::verifyAnswerRow(m_corpus.knowledge, Test::Cited::FirstAmong); }

    void refusesWhatIsNotWritten_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("military service, no such row") << QStringLiteral("윤서아의 병역 사항은?");
    }

    void refusesWhatIsNotWritten() { Test::verifyRefusedRow(m_corpus.knowledge); }
};

QTEST_APPLESS_MAIN(tst_FormResumes)
#include "tst_formresumes.moc"
