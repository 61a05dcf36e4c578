// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Protostar {

// A question answered yes or no ("김지원은 Kafka를 써봤나요?", "Does Daniel Cho know Spark?", "Is Jane Park's
// expected salary above 5,000만원?"): what it asks is whether the résumé writes something, so the words that only
// say "has used / has done" are no terms (a résumé lists Kafka without 써봤), and a figure it asks about is a
// value to check against the candidate's own line, not a figure the passage must write. The answer quotes the
// lines that show it (or the field's line with its real figure); nothing here says yes or no. Stateless;
// thread-safe.
class YesNoQuestion
{
public:
    // Whether `question` asks yes or no: a Korean one ending in a verb's question ending (나요, 습니까, 인가요, …)
    // or an English one opening with an auxiliary (does, has, is, can, …), with no question word (무엇, 어떤, 몇,
    // what, which, how, …) and not asking who.
    static bool is(const QString &question);
    // Whether `word` (lower-cased, one Hangul or Latin word of a yes/no question) only frames it: says that
    // something was used or done (써봤나요, 사용해, 다뤄본, 본, 적이 of "사용해 본 적이 있나요", use, used, using) or
    // that a figure passes a bar (넘나요, 높나요) or that it can be (가능한가요).
    static bool isFrameWord(const QString &word);
    // Whether `word` (one Hangul word) is a verb of use or doing, tried or not, with its ending (사용한, 써본,
    // 다룬, 다뤄봤나요): a résumé lists the tool without it, in a yes/no question or a who-question alike.
    static bool isUseVerb(const QString &word);
    // Whether `word` (lower-cased) is English "use" in a form (use, used, uses, using).
    static bool isEnglishUseVerb(const QString &word);
    // Whether `question` is a yes/no question about a figure ("김지원의 연봉은 35,000,000원인가요?", "이하은의 경력이
    // 5년 이상인가요?"): it asks for the field's figure, which the candidate's line states.
    static bool checksFigure(const QString &question);
    // `folded` (a yes/no question, lower-cased) with the figures it asks about blanked: an amount or a count with
    // its unit ("35,000,000원", "5,000만원", "5년", "5 years"). The candidate's line writes their own figure.
    static QString withoutAskedFigures(const QString &folded);
    // The words of a yes/no question about where someone lives, as asked of their résumé: the places and the verbs
    // of living (based, live) give way to the residence field (거주지), whose line states their own place.
    static QStringList residenceWords(const QStringList &words);
    // Whether `question` asks yes or no whether someone works somewhere now ("박서준은 현재 재직 중인가요?", "Is
    // 박서준 currently employed?"): their latest job entry answers, whose period shows it (2020.06 ~ 현재), as
    // "현재 회사는?" does (AnswerText::asksLatestJob).
    static bool asksEmployment(const QString &question);
    // Whether `question` asks yes or no whether someone worked at a place ("Has Daniel Cho worked at Tidewater
    // Logistics?", "김지원은 한빛페이에서 근무했나요?"): that job entry's heading (company, period, title) answers.
    static bool asksWorkplace(const QString &question);
    // The words of such a question as asked of the résumé: the words of being employed now give way to the
    // company field (회사), whose latest entry answers.
    static QStringList employmentWords(const QStringList &words);
    // The words of a yes/no question about a degree ("김지원은 석사인가요?", "Does Jane Park have a master's?"): the
    // degree asked (석사, master, phd …) gives way to the education field (학력), whose line states the candidate's
    // own degree (학사), as residenceWords does for places.
    static QStringList degreeWords(const QStringList &words);
    // The words of a yes/no question about military service ("윤지호는 군필인가요?", "미필인가요?", "Has 윤지호 completed
    // military service?"): the status asked (군필, 미필, 만기제대) and the words of serving give way to the 병역 field,
    // whose line states the candidate's own ("육군 병장 만기제대"), as degreeWords does for degrees.
    static QStringList militaryWords(const QStringList &words);
};

} // namespace Protostar
