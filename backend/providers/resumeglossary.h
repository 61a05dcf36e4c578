// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Protostar {

// The Korean and English words for the same résumé field (연봉 / salary, 학력 / education, 희망 /
// expected), so that a question in one language finds and is supported by a résumé written in the
// other ("Jane Park의 희망 연봉은?" -> "Expected salary: 6,000만원"). Only fields recruiters ask about;
// Korean entries are mostly two-syllable words, the size of AnswerText::terms' bigrams (a field word is kept
// whole as a term). Contact fields (e-mail, phone, where one lives) also match their value written bare.
// Stateless; thread-safe.
class ResumeGlossary
{
public:
    // The other words of `term`'s field (lower-case), none when it names no field.
    static QStringList counterparts(const QString &term);
    // Whether `folded` (AnswerText::foldForMatching) writes `term` or one of its counterparts; a Latin
    // counterpart counts as a whole word only ("role" is not in "control"), a Korean one at the start of
    // a word ("리드" is not in "하이브리드"); so does a contact field's own Latin word ("email" is not in
    // "back-and-forth emails").
    // A contact field is also written by its value alone: an e-mail address, a phone number, or a city
    // for where one lives ("Busan · daniel.cho@…" answers "Where does Daniel Cho live?").
    static bool contains(const QString &folded, const QString &term);
    // Whether `folded` writes a value of `term`'s contact field (an address, a phone number, a city).
    static bool writesValueOf(const QString &folded, const QString &term);
    // contains() for a passage's heading path (folded): there, an experience section ("경력사항",
    // "Experience") also stands for the company field, as each of its entries is a job at one.
    static bool containsInLabel(const QString &foldedLabel, const QString &term);
    // Whether the question asks where someone lives ("서울에 사는 사람은?", "Who lives in Seoul?"), not where
    // they worked or studied.
    static bool asksResidence(const QString &question);
    // Whether `term` is a city or province ("서울", "seoul"): a value of where one lives.
    static bool isPlace(const QString &term);
    // `question` with the places it names cut out, when it names one, does not ask where someone lives and asks
    // something else of the place ("What is the weather in Seoul?" -> "What is the weather in  ?"); else empty.
    // A city says where, not what: a passage writing only the city does not answer what is asked of it.
    static QString withoutPlaces(const QString &question);
    // Whether `folded` writes `place` as where someone is: as a place (not the start of a name, "서울가상대학교")
    // on a line that says so, by a residence label ("거주지: 서울 마포구", "Location") or beside a contact value
    // (the résumé's header line, "Product Designer · Seoul · emily@…"); not "서울·부산 두 리전으로 이중화".
    // `place` may be the field itself (거주지): then whichever place such a line writes ("… · 대전 · haeun.lee@…").
    static bool writesResidence(const QString &folded, const QString &place);
    // Whether `term` names a language one speaks (영어, English, 일본어, …).
    static bool isLanguage(const QString &term);
    // Whether `folded` says that someone speaks `language`: a test of it ("TOEIC 900", "OPIc IH") or the language
    // with a level ("English (fluent)", "영어 회화", "native German"); not a line that only names it ("한국어·영어·일본어
    // 3개 언어 현지화").
    static bool writesLanguageAbility(const QString &folded, const QString &language);
    // Whether `term` is a word of a contact field (e-mail, phone, where one lives), whose value has a shape.
    static bool isContactField(const QString &term);
    // Whether `term` is the company field (회사 / company / employer).
    static bool asksCompany(const QString &term);
    // Whether `heading` is an experience section's own title ("[경력사항]", "Work History"), not a title that
    // merely contains the word ("경력기술서 - 김지원").
    static bool isExperienceSection(const QString &heading);
    // Whether a passage under `headingPath` is a job or project of someone's experience: under an experience
    // section (isExperienceSection), or under an entry heading stating a period below the title ("기간: 2021.04 ~
    // 2023.10" of a 경력기술서's "■ 프로젝트명" sections) that is not in the schooling.
    static bool isExperienceEntry(const QStringList &headingPath);
    // Whether `term` is a field of a job entry: the company (asksCompany) or the team (팀 / team).
    static bool asksJobEntry(const QString &term);
    // Whether `term` asks for someone's job title (직책, 직함, title), which a header line or job entry writes.
    static bool asksJobTitle(const QString &term);
    // Whether `term` is the career field itself (경력 / career), not its length in years.
    static bool asksCareer(const QString &term);
};

} // namespace Protostar
