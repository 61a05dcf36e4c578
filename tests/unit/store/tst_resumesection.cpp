// SPDX-License-Identifier: MIT
// ResumeSection: which résumé section a heading names, in Korean and English, and the skills words the store's
// prefilter is built from.
#include "core/resumesection.h"

#include <QTest>

#include <algorithm>

using namespace Protostar;

using Kind = ResumeSection::Kind;
Q_DECLARE_METATYPE(Protostar::ResumeSection::Kind)

class tst_ResumeSection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void of_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("bracketed 기술") << QStringLiteral("[기술]") << Kind::Skills;
        QTest::newRow("보유 기술") << QStringLiteral("보유 기술") << Kind::Skills;
        QTest::newRow("기술 스택") << QStringLiteral("■ 기술 스택") << Kind::Skills;
        QTest::newRow("Skills") << QStringLiteral("Skills") << Kind::Skills;
        QTest::newRow("tech stack, upper case") << QStringLiteral("TECH STACK") << Kind::Skills;
        QTest::newRow("Skills & tools") << QStringLiteral("Skills & tools") << Kind::Skills;
        QTest::newRow("Technologies") << QStringLiteral("## Technologies") << Kind::Skills;
        QTest::newRow("Tools") << QStringLiteral("Tools") << Kind::Skills;
        QTest::newRow("Technical Proficiencies") << QStringLiteral("Technical Proficiencies") << Kind::Skills;
        QTest::newRow("Core Competencies") << QStringLiteral("Core Competencies") << Kind::Skills;
        QTest::newRow("language proficiency is no skills list") << QStringLiteral("Language Proficiency") << Kind::Other;
        QTest::newRow("경력사항") << QStringLiteral("[경력사항]") << Kind::Experience;
        QTest::newRow("경력 사항, spaced") << QStringLiteral("## [경력 사항]") << Kind::Experience;
        QTest::newRow("경력기술 is experience") << QStringLiteral("경력기술") << Kind::Experience;
        QTest::newRow("Work history") << QStringLiteral("Work History") << Kind::Experience;
        QTest::newRow("인적사항") << QStringLiteral("[인적사항]") << Kind::Personal;
        QTest::newRow("기본 정보") << QStringLiteral("기본 정보") << Kind::Personal;
        QTest::newRow("Personal details") << QStringLiteral("Personal Details") << Kind::Personal;
        QTest::newRow("기본 인적사항") << QStringLiteral("기본 인적사항") << Kind::Personal;
        QTest::newRow("인적사항 및 연락처") << QStringLiteral("[인적사항 및 연락처]") << Kind::Personal;
        QTest::newRow("Personal Profile") << QStringLiteral("Personal Profile") << Kind::Personal;
        QTest::newRow("Personal Data") << QStringLiteral("PERSONAL DATA") << Kind::Personal;
        QTest::newRow("Profile Summary") << QStringLiteral("Profile Summary") << Kind::Summary;
        QTest::newRow("Summary of Qualifications") << QStringLiteral("Summary of Qualifications") << Kind::Summary;
        QTest::newRow("요약") << QStringLiteral("[요약]") << Kind::Summary;
        QTest::newRow("About me") << QStringLiteral("About Me") << Kind::Summary;
        // A career summary is the summary a profile quotes, not the experience section (round 14's scan PDF).
        QTest::newRow("경력 요약") << QStringLiteral("경력 요약") << Kind::Summary;
        QTest::newRow("[경력요약]") << QStringLiteral("[경력요약]") << Kind::Summary;
        QTest::newRow("Career Summary") << QStringLiteral("CAREER SUMMARY") << Kind::Summary;
        QTest::newRow("Professional Summary") << QStringLiteral("Professional Summary") << Kind::Summary;
        QTest::newRow("경력 is still experience") << QStringLiteral("경력") << Kind::Experience;
        QTest::newRow("연락처") << QStringLiteral("연락처") << Kind::Contact;
        QTest::newRow("Contact information") << QStringLiteral("Contact Information") << Kind::Contact;
        QTest::newRow("학력") << QStringLiteral("[학력]") << Kind::Education;
        QTest::newRow("Education") << QStringLiteral("Education") << Kind::Education;
        // Titles that merely contain a section's word name none.
        QTest::newRow("document title") << QStringLiteral("이력서 - 김지원") << Kind::Other;
        QTest::newRow("경력기술서 title") << QStringLiteral("경력기술서 - 최민호") << Kind::Other;
        QTest::newRow("기술상, an award") << QStringLiteral("사내 기술상") << Kind::Other;
        QTest::newRow("Data alone") << QStringLiteral("Data") << Kind::Other;
        QTest::newRow("punctuation only") << QStringLiteral("---") << Kind::Other;
        QTest::newRow("프로젝트") << QStringLiteral("[프로젝트]") << Kind::Other;
    }
    void of()
    {
        QFETCH(QString, heading);
        QFETCH(Kind, kind);
        QCOMPARE(ResumeSection::of(heading), kind);
    }

    void under_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("no heading") << QStringList{} << Kind::Header;
        QTest::newRow("title only") << QStringList{QStringLiteral("이력서 - 김지원")} << Kind::Header;
        QTest::newRow("personal details") << QStringList{QStringLiteral("이력서 - 김지원"), QStringLiteral("[인적사항]")} << Kind::Personal;
        QTest::newRow("summary") << QStringList{QStringLiteral("Jane Park"), QStringLiteral("Summary")} << Kind::Summary;
        QTest::newRow("contact") << QStringList{QStringLiteral("Jane Park"), QStringLiteral("Contact")} << Kind::Contact;
        QTest::newRow("a job entry") << QStringList{QStringLiteral("이력서 - 김지원"), QStringLiteral("[경력사항]"), QStringLiteral("한빛페이 (2019.03 ~ 2023.02)")}
                                     << Kind::Other;
    }
    void under()
    {
        QFETCH(QStringList, path);
        QFETCH(Kind, kind);
        QCOMPARE(ResumeSection::under(path), kind);
    }

    // The header lines, a summary and the personal details say who someone is; a contact line or a job does not.
    void introduces()
    {
        for (Kind k : {Kind::Header, Kind::Summary, Kind::Personal})
            QVERIFY(ResumeSection::introduces(k));
        for (Kind k : {Kind::Contact, Kind::Skills, Kind::Experience, Kind::Education, Kind::Other})
            QVERIFY(!ResumeSection::introduces(k));
    }

    // The store lets through only headings holding one of skillsWords(): every skills heading must hold one.
    void skillsHeadingsHoldASkillsWord_data()
    {
        QTest::addColumn<QString>("heading");
        for (const char *h : {"기술", "보유기술", "주요 기술", "핵심 기술", "기술 역량", "사용 기술", "스킬", "Technical Skills", "Core skills",
                              "Skills and tools", "Tech stack", "Technologies"})
            QTest::newRow(h) << QString::fromUtf8(h);
    }
    void skillsHeadingsHoldASkillsWord()
    {
        QFETCH(QString, heading);
        QCOMPARE(ResumeSection::of(heading), Kind::Skills);
        const QString lower = heading.toLower();
        QVERIFY(std::ranges::any_of(ResumeSection::skillsWords(), [&](const QString &w) { return lower.contains(w); }));
    }
};

QTEST_APPLESS_MAIN(tst_ResumeSection)
#include "tst_resumesection.moc"
