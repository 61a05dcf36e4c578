// SPDX-License-Identifier: MIT
#include "providers/answerintent.h"

#include "providers/answertext.h"
#include "providers/figurevalues.h"
#include "providers/resumeglossary.h"
#include "providers/writtenfigures.h"
#include "providers/yesnoquestion.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Protostar {

namespace {

// The question's terms that are not part of the name of a candidate among the first `count` passages: a name
// is in every passage of theirs (its label, "이름: 김지원"), so it picks whose documents to read, not the
// sentence that answers.
QStringList termsBesideNames(const AnswerRequest &request, qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count && i < request.evidence.size(); ++i) {
        const QString name = AnswerText::foldForMatching(request.evidence.at(i).ref.candidateName);
        if (!name.isEmpty())
            names.append(name);
    }
    QStringList out;
    for (const QString &t : AnswerText::terms(request.question)) {
        if (std::none_of(names.cbegin(), names.cend(), [&](const QString &name) { return name.contains(t); }))
            out.append(t);
    }
    return out;
}

// The terms of the question with the evidence's candidate names cut out of its text first.
QStringList termsWithoutNames(const AnswerRequest &request)
{
    QString rest = request.question;
    for (const Evidence &e : request.evidence) {
        if (e.ref.candidateName.size() >= 2)
            rest.replace(e.ref.candidateName, QStringLiteral(" "), Qt::CaseInsensitive);
    }
    return AnswerText::terms(rest);
}

// The evidence's candidates the question names, lower-cased.
QSet<QString> namedInQuestion(const AnswerRequest &request)
{
    QSet<QString> named;
    for (const Evidence &e : request.evidence) {
        const QString &name = e.ref.candidateName;
        if (name.size() >= 2 && request.question.contains(name, Qt::CaseInsensitive))
            named.insert(name.toLower());
    }
    return named;
}

// "Kubernetes와 Terraform을 모두 써본 사람은?", "A랑 B 둘 다 해본 사람?", "Who has used both Kafka and Spark?": each
// named thing is asked for, not either; the word saying so is no term a passage must write.
bool asksEveryNamed(const QString &folded, QStringList &terms)
{
    static const QRegularExpression every(QStringLiteral(
        "(?<![가-힣])(?:모두|전부|둘\\s*다)(?![가-힣])|(?<![가-힣])다\\s+(?:써|해|사용|다뤄|다룰|할|경험)|\\bboth\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!every.match(folded).hasMatch())
        return false;
    terms.removeIf([](const QString &t) { return t == QStringLiteral("모두") || t == QStringLiteral("전부") || t == QStringLiteral("both"); });
    return terms.size() >= 2;
}

} // namespace

AnswerIntent AnswerIntent::read(const AnswerRequest &request, int maxEvidence)
{
    AnswerIntent intent;
    const QString folded = AnswerText::foldForMatching(request.question);
    intent.asksFigure = AnswerText::asksFigure(request.question);
    // "Who …?" with several candidates' passages: each of them may qualify, so every passage is read and
    // a sentence adds to the answer by what it says of its own candidate.
    QSet<CandidateId> evidenceCandidates;
    for (const Evidence &e : request.evidence)
        evidenceCandidates.insert(e.ref.candidateId);
    // "김지원과 박서준의 경력을 비교해 주세요": two or more named candidates are answered like a who-question,
    // one line each, rather than with the best passages of whoever ranks first.
    const QSet<QString> named = namedInQuestion(request);
    intent.comparesNamed = named.size() > 1;
    intent.asksWho = AnswerText::asksWho(request.question) || intent.comparesNamed || request.ofSeveral;
    intent.perCandidate = evidenceCandidates.size() > 1 && intent.asksWho;
    // Asked which companies ("김지원이 일한 회사들은?"), each job entry of the experience section answers, so
    // every passage is read for them; only when the companies are all that is asked ("직전 회사에서 무엇을
    // 했나요?" asks what was done there).
    const QStringList asked = termsBesideNames(request, request.evidence.size());
    intent.asksCompanies = !asked.isEmpty() && std::ranges::all_of(asked, [](const QString &t) { return ResumeGlossary::asksCompany(t); });
    intent.asksLatestJob = intent.asksCompanies && AnswerText::asksLatestJob(request.question);
    // The name was all the question wrote besides a word that asks only when alone: "What is Daniel Cho's
    // experience?" asks for the experience section (AnswerText::words), read without the names.
    QStringList unnamed = asked.isEmpty() ? termsWithoutNames(request) : QStringList();
    // Then each job entry of the section answers: its heading (employer, period, role) and what was done
    // there, all of them as much as the question itself. So does 경력 / career asked alone of named candidates
    // ("김지원과 박서준의 경력을 비교해 주세요"), unless a figure is asked ("경력은 몇 년인가요?": the years).
    const bool careerAlone = !named.isEmpty() && asked.size() == 1 && ResumeGlossary::asksCareer(asked.first())
        && !intent.asksFigure;
    // Named candidates compared with nothing asked of them ("Compare Emily Stone and 홍길동") compares their
    // experience, as "…의 경력을 비교해 주세요" does.
    const bool nothingAsked = intent.comparesNamed && asked.isEmpty() && unnamed.isEmpty();
    if (nothingAsked)
        unnamed = {QStringLiteral("experience")};
    // A named candidate's (or the one candidate's) projects asked alone ("What are Lena Fischer's projects?") are
    // entries as jobs are: each one's heading (what, for whom, when) and what was done there.
    const bool projectsAlone = (!named.isEmpty() || evidenceCandidates.size() == 1) && asked.size() == 1 && !intent.asksFigure
        && (asked.first() == QStringLiteral("프로젝트") || ResumeGlossary::counterparts(asked.first()).contains(QStringLiteral("프로젝트")));
    intent.asksExperience = unnamed == QStringList{QStringLiteral("experience")} || careerAlone || projectsAlone;
    intent.passages = intent.perCandidate || intent.asksCompanies || intent.asksExperience
        ? int(request.evidence.size())
        : std::min<int>(maxEvidence, request.evidence.size());
    intent.terms = termsBesideNames(request, intent.passages);
    if (intent.terms.isEmpty())
        intent.terms = unnamed;
    // "Who can start immediately?", "즉시 입사 가능한 사람?": the one whose start says so, not every start date.
    static const QRegularExpression immediately(QStringLiteral("즉시|(?<![가-힣])바로(?![가-힣])|\\bimmediately\\b|\\basap\\b"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    intent.asksEvery = intent.perCandidate && (asksEveryNamed(folded, intent.terms) || (immediately.match(folded).hasMatch() && intent.terms.size() >= 2));
    // The recency word AnswerText::words leaves out of "직전 회사는?" still finds an entry labelled so ("한빛페이 ·
    // 직전 회사"); one that is not is found by its period (the provider keeps the latest).
    if (intent.asksLatestJob) {
        for (const QString &word : {QStringLiteral("직전"), QStringLiteral("최근"), QStringLiteral("현재"), QStringLiteral("마지막")}) {
            const bool labelled = std::ranges::any_of(request.evidence, [&](const Evidence &e) {
                return e.ref.chunk.headingPath.join(u' ').contains(word + QStringLiteral(" 회사"));
            });
            if (request.question.contains(word) && labelled && !intent.terms.contains(word))
                intent.terms.append(word);
        }
    }
    // "경력은 몇 년인가요?", "How many years of experience …?": the career field asked as a figure.
    intent.asksCareerLength = intent.asksFigure && std::ranges::any_of(intent.terms, [](const QString &t) {
        return ResumeGlossary::asksCareer(t) || ResumeGlossary::counterparts(t).contains(QStringLiteral("경력"));
    });
    // "Who has a bachelor's degree?": every holder's line is an answer of its own, as each who meets a bar is.
    const QString education = QStringLiteral("학력");
    auto isDegree = [](const QString &t) { return YesNoQuestion::degreeWords({t}) != QStringList{t}; };
    intent.asksDegreeHolders = intent.perCandidate && std::ranges::any_of(intent.terms, isDegree)
        && std::ranges::all_of(intent.terms, [&](const QString &t) {
               return isDegree(t) || t == education || ResumeGlossary::counterparts(t).contains(education);
           });
    intent.figures = WrittenFigures::of(request.question);
    intent.amounts = FigureValues::amounts(folded);
    // Asked yes or no ("Is Jane Park's expected salary above 9,000만원?"), her line is the answer on either side of
    // the bar: it shows the real figure, where leaving it out would read as "not written".
    if (!YesNoQuestion::is(request.question))
        intent.comparison = FigureComparison::inQuestion(request.question);
    if (intent.asksWho && !intent.comparison)
        intent.ranking = FigureRanking::inQuestion(request.question);
    // An entry's heading can be the answer itself ("김지원의 직전 회사는 어디인가요?" -> "한빛페이 (2019.03 ~
    // 2023.02) · … · 직전 회사"): when the question asks which or where (어떤 팀: 결제플랫폼팀), or for the
    // companies or the experience. Asked what was done there ("What did Jane Park achieve at Brightlane?"),
    // the sentences under it answer.
    static const QRegularExpression whichOrWhere(QStringLiteral("어디|어느|어떤|\\bwhere\\b|\\bwhich\\b"),
                                                 QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Asked yes or no whether they worked there ("Has Daniel Cho worked at Tidewater Logistics?") or work there now
    // ("박서준은 현재 하늘클라우드에 재직 중인가요?"), the entry's heading (its period) is what shows it.
    // So can it asked for a title ("What is Oliver Grant's current title?": "Harborview Systems — Staff Site Reliability
    // Engineer (Mar 2021 – Present)"). Asked who, an entry's heading writing every term says who did ("Who has e-commerce
    // experience?" of "다온커머스 (2012.03 ~ 2018.12) · 개발팀장").
    intent.headingsAnswer = whichOrWhere.match(request.question).hasMatch() || intent.asksCompanies || intent.asksExperience || intent.perCandidate
        || std::ranges::any_of(intent.terms, [](const QString &t) { return ResumeGlossary::asksJobTitle(t); })
        || YesNoQuestion::asksWorkplace(request.question) || YesNoQuestion::asksEmployment(request.question);
    return intent;
}

} // namespace Protostar
