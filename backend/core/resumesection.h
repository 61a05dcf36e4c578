// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Protostar {

// Which section of a résumé a heading names, in Korean or English: "[기술]", "보유 기술", "Tech stack" are the
// skills; "[경력사항]", "Work History" the experience; "[인적사항]", "Profile" the personal details … A heading
// is compared whole, without case, spaces, brackets or other marks ("## [경력 사항]" is "경력사항"), so a title
// that merely contains a section's word ("경력기술서 - 김지원", "사내 기술상") names none. The one place that
// knows the sections' names: the store's skills column, the profile of a candidate and the header lines a
// figure is read from all ask it. Stateless; thread-safe.
class ResumeSection
{
public:
    enum class Kind {
        Other,
        Header,     // above any section: the document's title and the lines under it (only from under())
        Summary,    // 요약, 경력 요약, 자기소개, Summary, Career summary, About me
        Personal,   // 인적사항, 기본 정보, 프로필, Personal details
        Contact,    // 연락처, Contact
        Skills,     // 기술, 보유 기술, 스킬, Skills, Tech stack
        Experience, // 경력사항, 재직 이력, Experience, Work history
        Education,  // 학력, 학력사항, Education
    };

    // The section `heading` names; Other when it names none.
    static Kind of(const QString &heading);
    // The section a passage under `headingPath` sits in: Header when it is under no more than the document's
    // title, else the section its last heading names.
    static Kind under(const QStringList &headingPath);
    // Whether a passage in `kind` says who the candidate is: the header lines, a summary or the personal details.
    static bool introduces(Kind kind) { return kind == Kind::Header || kind == Kind::Summary || kind == Kind::Personal; }
    // Words (lower-case) every skills heading contains: a cheap prefilter for a query over stored headings,
    // which of() then decides.
    static const QStringList &skillsWords();
};

} // namespace Protostar
