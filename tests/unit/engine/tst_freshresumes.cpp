// SPDX-License-Identifier: MIT
// Recruiter questions, round 12: five résumés in the formats recruiters import (Test::writeFormatResumes: a Korean DOCX
// form, an English two-column PDF with a running header and footer, a mixed Korean/English DOCX with bullet lists, an
// HWPX, a scan's text layer wrapped mid-sentence), imported as the app imports them and asked offline. Each is filed
// under its person, no chunk repeats a page's header or footer or loses a line, and each answer cites the expected
// files and quotes the expected phrases. A sixth, a Korean PDF whose word processor cut words across lines without a
// hyphen, came with the ninth session's import fixes. (docs/BENCHMARKS.md, rounds 12 and 13, and the ninth session.)
#include "engine/documentimporter.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "formatresumes.h"
#include "offlineanswers.h"
#include "store/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {
const QString kSeo = QStringLiteral("이력서(서지호).docx");
const QString kDaniel = QStringLiteral("resume_final.pdf");
const QString kHarin = QStringLiteral("Lim_Harin_CV.docx");
const QString kMoon = QStringLiteral("지원서.hwpx");
const QString kBae = QStringLiteral("scan_0042.pdf");
const QString kHan = QStringLiteral("cv_2026.pdf");
} // namespace

class tst_FreshResumes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ImportedCorpus m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_corpus.import(m_dir.filePath(QStringLiteral("round12.db")), Test::writeFormatResumes(m_dir.path()).all(), 6);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // "DANIEL CHO · Senior Data Engineer" (a PDF's running header) names Daniel Cho; it used to fall back to the file name.
    void filesEachUnderThePersonNamed()
    {
        QCOMPARE(m_corpus.candidateNames(), (QStringList{QStringLiteral("Daniel Cho"), QStringLiteral("문채원"), QStringLiteral("배준호"), QStringLiteral("서지호"),
                                     QStringLiteral("임하린"), QStringLiteral("한소망")}));
    }

    // Every line of every document stands in a chunk's text or heading path; no chunk holds a page's footer, page number
    // or a repeated header.
    void chunksKeepEveryLineOnce()
    {
        auto documents = m_corpus.store->documents(std::nullopt);
        QVERIFY(documents.ok());
        for (const DocumentInfo &info : *documents) {
            auto doc = m_corpus.store->document(info.id);
            auto chunks = m_corpus.store->chunks(info.id);
            QVERIFY(doc.ok() && chunks.ok());
            QString covered;
            for (const Chunk &c : *chunks) {
                covered += c.headingPath.join(u'\n') + u'\n' + c.text + u'\n';
                for (const QString &noise : {QStringLiteral("Confidential"), QStringLiteral("Page 1 of 2"), QStringLiteral("-1-"), QStringLiteral("-2-")})
                    QVERIFY2(!c.text.contains(noise), qPrintable(info.fileName + u": " + c.text));
                QVERIFY2(!c.text.contains(QStringLiteral("DANIEL CHO · Senior")) && !c.text.contains(QStringLiteral("이력서 — 배준호")),
                         qPrintable(info.fileName + u": " + c.text));
            }
            for (QString line : doc->text.split(u'\n', Qt::SkipEmptyParts)) {
                line = line.trimmed();
                while (!line.isEmpty() && !line.front().isLetterOrNumber()) // a heading's marker: "■ 학력사항" is the path's "학력사항"
                    line.remove(0, 1);
                QVERIFY2(covered.contains(line), qPrintable(info.fileName + QStringLiteral(": lost \"") + line + u'"'));
            }
        }
    }

    void answersRecruiterQuestions_data()
    {
        Test::addAnswerColumns(); // the first file is cited first; each is cited
        // DOCX form: label/value rows and a 경력 table whose 담당업무 cells hold "•" lines.
        QTest::newRow("ko contact, DOCX form") << QStringLiteral("서지호의 연락처는?") << QStringList{kSeo}
                                               << QStringList{QStringLiteral("010-4821-7730")} << QStringList{};
        QTest::newRow("ko salary, DOCX form") << QStringLiteral("서지호의 희망 연봉은 얼마인가요?") << QStringList{kSeo}
                                              << QStringList{QStringLiteral("7,200만원")} << QStringList{};
        QTest::newRow("ko total career, a row across the table") << QStringLiteral("서지호의 총 경력은?") << QStringList{kSeo}
                                                                 << QStringList{QStringLiteral("10년 11개월")} << QStringList{};
        QTest::newRow("ko latest job, DOCX table") << QStringLiteral("서지호의 현재 회사는?") << QStringList{kSeo}
                                                   << QStringList{QStringLiteral("회사명: 새솔테크")} << QStringList{};
        // English PDF: two columns, a running header and footer.
        // The sidebar's contact lines are paragraphs of their own: the e-mail used to be quoted with the phone below it.
        QTest::newRow("en e-mail, PDF sidebar") << QStringLiteral("What is Daniel Cho's email?") << QStringList{kDaniel}
                                                << QStringList{QStringLiteral("daniel.cho@example.invalid")}
                                                << QStringList{QStringLiteral("10-3392-5518")};
        // Asked for the phone, the answer still quotes the whole CONTACT block, now as three sentences (the answer's
        // choice of sentences, not the import's).
        QTest::newRow("en phone, PDF sidebar") << QStringLiteral("What is Daniel Cho's phone number?") << QStringList{kDaniel}
                                               << QStringList{QStringLiteral("+82 10-3392-5518")} << QStringList{};
        QTest::newRow("en salary, PDF page 2 under a running header") << QStringLiteral("What is Daniel Cho's expected salary?") << QStringList{kDaniel}
                                                                      << QStringList{QStringLiteral("KRW 95,000,000")}
                                                                      << QStringList{QStringLiteral("Senior Data Engineer")};
        QTest::newRow("en where one lives, PDF sidebar") << QStringLiteral("Where does Daniel Cho live?") << QStringList{kDaniel}
                                                         << QStringList{QStringLiteral("Busan")} << QStringList{QStringLiteral("대전")};
        QTest::newRow("en certifications, a section in capitals") << QStringLiteral("What certifications does Daniel Cho have?") << QStringList{kDaniel}
                                                                  << QStringList{QStringLiteral("AWS Certified Data Analytics"),
                                                                                 QStringLiteral("Databricks Spark Developer")}
                                                                  << QStringList{QStringLiteral("Senior Data Engineer")};
        // Mixed DOCX with bullet lists, HWPX.
        QTest::newRow("ko salary, mixed DOCX list") << QStringLiteral("임하린의 희망 연봉은?") << QStringList{kHarin}
                                                    << QStringList{QStringLiteral("6,500만원")} << QStringList{};
        QTest::newRow("ko yes/no, mixed DOCX") << QStringLiteral("임하린은 Figma를 써봤나요?") << QStringList{kHarin}
                                               << QStringList{QStringLiteral("Figma")} << QStringList{};
        QTest::newRow("ko education, HWPX table") << QStringLiteral("문채원의 학력은?") << QStringList{kMoon}
                                                  << QStringList{QStringLiteral("하늘빛대학교")} << QStringList{};
        QTest::newRow("ko where one lives, HWPX") << QStringLiteral("문채원은 어디에 사나요?") << QStringList{kMoon}
                                                  << QStringList{QStringLiteral("대전광역시 유성구")} << QStringList{};
        // A scan's text layer.
        QTest::newRow("ko who, a tool hyphenated across lines") << QStringLiteral("Kubernetes를 써본 사람은?") << QStringList{kBae}
                                                                << QStringList{QStringLiteral("Kubernetes")} << QStringList{};
        QTest::newRow("ko education, scan page 2 under its header") << QStringLiteral("배준호의 학력은?") << QStringList{kBae}
                                                                    << QStringList{QStringLiteral("가온대학교")} << QStringList{};
        QTest::newRow("ko salary, label line over its value") << QStringLiteral("배준호의 희망 연봉은?") << QStringList{kBae}
                                                              << QStringList{QStringLiteral("8,000만원")} << QStringList{};
        QTest::newRow("ko who, a word hyphenated across lines") << QStringLiteral("microservices 전환 경험이 있는 사람은?") << QStringList{kBae}
                                                                << QStringList{QStringLiteral("microservices 구조로 전환")} << QStringList{};
        // A Korean PDF wrapped by the character: words cut across lines whole again, a real hyphen kept, a skills group
        // opening with capitals kept in its text.
        QTest::newRow("ko who, a Korean word cut across lines") << QStringLiteral("쿠버네티스 기반 배치 플랫폼을 구축한 사람은?")
                                                                << QStringList{kHan} << QStringList{QStringLiteral("쿠버네티스 기반 배치 플랫폼")}
                                                                << QStringList{};
        QTest::newRow("ko who, a real hyphen at a line's end") << QStringLiteral("cross-functional 협의체를 꾸린 사람은?")
                                                               << QStringList{kHan}
                                                               << QStringList{QStringLiteral("cross-functional 데이터 거버넌스")}
                                                               << QStringList{};
        QTest::newRow("ko skills, a group opening with capitals") << QStringLiteral("한소망의 보유 기술은?") << QStringList{kHan}
                                                                  << QStringList{QStringLiteral("PYTHON, SQL, FLINK")} << QStringList{};
        // Everyone.
        QTest::newRow("ko who, a tool in three formats") << QStringLiteral("Kafka를 써본 사람은?") << QStringList{kBae, kDaniel, kSeo}
                                                         << QStringList{QStringLiteral("Kafka")} << QStringList{};
        QTest::newRow("ko who, 사용한") << QStringLiteral("Kafka를 사용한 사람은?") << QStringList{kBae, kDaniel, kSeo}
                                       << QStringList{QStringLiteral("Kafka")} << QStringList{};
        QTest::newRow("ko who, 경험이 있는") << QStringLiteral("Kafka 경험이 있는 사람은?") << QStringList{kBae, kDaniel, kSeo}
                                          << QStringList{QStringLiteral("Kafka")} << QStringList{};
        QTest::newRow("ko highest desired salary") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << QStringList{kDaniel, kBae, kSeo, kHarin, kMoon}
                                                   << QStringList{QStringLiteral("KRW 95,000,000"), QStringLiteral("8,000만원")} << QStringList{};
        QTest::newRow("en profile, PDF") << QStringLiteral("Tell me about Daniel Cho") << QStringList{kDaniel}
                                         << QStringList{QStringLiteral("Wavelet Analytics")} << QStringList{};
    }

    void answersRecruiterQuestions() { Test::verifyAnswerRow(m_corpus.knowledge, Test::Cited::FirstAmong); }
};

QTEST_MAIN(tst_FreshResumes)
#include "tst_freshresumes.moc"
