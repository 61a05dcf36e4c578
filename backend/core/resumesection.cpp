// SPDX-License-Identifier: MIT
#include "core/resumesection.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace Protostar {

namespace {

// The heading as its letters and digits, lower-case: "## [경력 사항]" and "경력사항" name the same section.
QString bare(const QString &heading)
{
    QString out = heading.normalized(QString::NormalizationForm_C).toLower();
    out.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return out;
}

// A skills heading is one of skillsWords() with a qualifier before it ("보유 기술", "Technical skills") or an
// ending after it ("기술 스택", "Skills & tools", "Technologies"): built from those words, so that the store's
// prefilter on them lets every skills heading through.
QString skillsPattern()
{
    return QStringLiteral("^(?:보유|주요|핵심|사용|technical|core)?(?:%1)(?:s|스택|역량|stack|nologies|stools|sandtools|ies|y|e)?$")
        .arg(ResumeSection::skillsWords().join(u'|'));
}

} // namespace

const QStringList &ResumeSection::skillsWords()
{
    // "Tools", "Technical Proficiencies", "Core Competencies": English CVs name the section by what the skills are.
    static const QStringList words = {QStringLiteral("기술"), QStringLiteral("스킬"), QStringLiteral("skill"), QStringLiteral("tech"),
                                      QStringLiteral("tool"), QStringLiteral("proficienc"), QStringLiteral("competenc")};
    return words;
}

ResumeSection::Kind ResumeSection::of(const QString &heading)
{
    // Experience first: "경력기술" is the experience section of a 경력기술서, not skills. "경력 요약" is no experience
    // section but the summary a profile quotes: its words still match a 경력 question.
    static const std::array<std::pair<Kind, QRegularExpression>, 6> sections = {{
        {Kind::Experience, QRegularExpression(QStringLiteral("^(?:주요)?(?:경력|재직|근무)(?:사항|내역|이력|기술)?(?:및프로젝트)?$"
                                                             "|^(?:professional|work|relevant)?(?:experience|employment|career|workhistory)(?:history)?$"))},
        {Kind::Skills, QRegularExpression(skillsPattern())},
        {Kind::Summary, QRegularExpression(QStringLiteral("^(?:경력|이력|프로필)?(?:요약|개요)$|^(?:자기소개|소개|about|aboutme|overview)$"
                                                          "|^(?:professional|career|profile|executive)?summary(?:ofqualifications)?$"))},
        // "기본 인적사항", "인적사항 및 연락처", "Personal Profile", "Personal Data": still the header's details.
        {Kind::Personal, QRegularExpression(QStringLiteral("^(?:기본)?(?:인적사항|인적정보|기본정보|개인정보|프로필)(?:및연락처)?$"
                                                           "|^personal(?:profile|details|data|information|info)?(?:andcontacts?)?$|^profile(?:andcontacts?)?$"))},
        {Kind::Contact, QRegularExpression(QStringLiteral("^(?:연락처|contacts?|contactinformation|contactinfo|contactdetails)$"))},
        {Kind::Education, QRegularExpression(QStringLiteral("^(?:최종)?학력(?:사항)?$|^education(?:history)?$|^academicbackground$"))},
    }};
    const QString name = bare(heading);
    for (const auto &[kind, pattern] : sections) {
        if (pattern.match(name).hasMatch())
            return kind;
    }
    return Kind::Other;
}

ResumeSection::Kind ResumeSection::under(const QStringList &headingPath)
{
    return headingPath.size() <= 1 ? Kind::Header : of(headingPath.last());
}

} // namespace Protostar
