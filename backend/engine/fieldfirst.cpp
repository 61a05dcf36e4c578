// SPDX-License-Identifier: MIT
#include "engine/fieldfirst.h"

#include "engine/knowledgebase.h"
#include "providers/answertext.h"
#include "providers/entryperiod.h"
#include "providers/latestjobquestion.h"
#include "providers/resumeglossary.h"
#include "providers/writtenfigures.h"
#include "providers/yesnoquestion.h"
#include "rag/candidatespread.h"

#include <QSet>

#include <algorithm>

namespace Protostar {

QList<SearchHit> FieldFirst::apply(const KnowledgeBase &knowledge, const Asked &asked, QList<SearchHit> hits)
{
    // "What is Jane Park's email?": a résumé writes the address without the word (its header line), and
    // "어떤 팀에서 일했나요?" a one-syllable field inside a compound (결제플랫폼팀) that the n-gram index does
    // not hold; ranking by words cannot find either among the candidate's passages. Asked only for such
    // fields about chosen candidates, the passages that write one come first (support judges the top one).
    const QStringList askedWords = AnswerText::words(asked.supportQuestion);
    auto unseenField = [](const QString &w) {
        return ResumeGlossary::isContactField(w) || (w.size() == 1 && !ResumeGlossary::counterparts(w).isEmpty());
    };
    // "김지원의 경력은 몇 년인가요?": the length of a career is stated by a line that writes the word with a figure
    // ("백엔드 엔지니어 · 경력 9년 · …"); a document titled 경력기술서 carries the word in every passage's label
    // and outranks that line without stating any length.
    auto careerWord = [](const QString &w) {
        return ResumeGlossary::asksCareer(w) || ResumeGlossary::counterparts(w).contains(QStringLiteral("경력"));
    };
    // Asked of nobody ("경력이 몇 년인가요?" over everyone), the lines stating a length come first as well.
    if ((!asked.search.candidates.isEmpty() || !asked.namesCandidate) && !askedWords.isEmpty() && std::ranges::all_of(askedWords, careerWord)
        && AnswerText::asksFigure(asked.supportQuestion)) {
        std::stable_partition(hits.begin(), hits.end(), [&](const SearchHit &h) {
            const QString folded = AnswerText::foldForMatching(h.ref.chunk.text);
            return !WrittenFigures::of(h.ref.chunk.text).isEmpty()
                && std::ranges::any_of(askedWords, [&](const QString &w) { return ResumeGlossary::contains(folded, w); });
        });
    } else if (!asked.search.candidates.isEmpty() && !askedWords.isEmpty() && std::ranges::all_of(askedWords, unseenField)) {
        std::stable_partition(hits.begin(), hits.end(), [&](const SearchHit &h) {
            const QString folded = AnswerText::foldForMatching(h.ref.chunk.text);
            return std::ranges::any_of(askedWords, [&](const QString &w) {
                return ResumeGlossary::isContactField(w) ? ResumeGlossary::writesValueOf(folded, w) : ResumeGlossary::contains(folded, w);
            });
        });
    }

    // "정민수는 어떤 일을 했나요?" of a 경력기술서: its title writes 경력 over every passage, so the contact lines
    // and skills rank with the projects, and a project may not be among the k. Asked for a chosen candidate's
    // experience and nothing else, their passages of jobs and projects come first, from a wider search.
    // So do the companies ("정민수의 직전 회사는?": each project's entry, to find the latest).
    const bool asksExperience = askedWords == QStringList{QStringLiteral("experience")}
        || (askedWords.size() == 1 && ResumeGlossary::asksCareer(askedWords.first()) && !AnswerText::asksFigure(asked.supportQuestion))
        || (!askedWords.isEmpty() && std::ranges::all_of(askedWords, [](const QString &w) { return ResumeGlossary::asksCompany(w); }));
    // The entries are found by their section's heading too: "What is Oliver Grant's current employer?" shares no word
    // with "Harborview Systems — Staff Site Reliability Engineer (Mar 2021 – Present)" under "Work History".
    if (!asked.search.candidates.isEmpty() && !asked.spread && asksExperience) {
        SearchOptions wide = asked.search;
        wide.k = asked.search.k * kPagePool;
        QList<SearchHit> pool = knowledge.search(asked.retrievalQuery + QStringLiteral(" experience employment work history 경력 경력사항 재직"), wide);
        std::stable_partition(pool.begin(), pool.end(), [](const SearchHit &h) { return ResumeGlossary::isExperienceEntry(h.ref.chunk.headingPath); });
        if (!pool.isEmpty() && ResumeGlossary::isExperienceEntry(pool.first().ref.chunk.headingPath))
            hits = pool.mid(0, asked.search.k);
        // A prose letter has no entries: the passage saying where one works now ("…에서 … 일하고 있습니다") writes the
        // company field (ResumeGlossary::contains), and comes first.
        else if (std::ranges::all_of(askedWords, [](const QString &w) { return ResumeGlossary::asksCompany(w); }))
            std::stable_partition(hits.begin(), hits.end(), [&](const SearchHit &h) {
                const QString folded = AnswerText::foldForMatching(h.ref.chunk.text);
                return std::ranges::any_of(askedWords, [&](const QString &w) { return ResumeGlossary::contains(folded, w); });
            });
        // "What did Oliver Grant do at his last job?": of the entries, the one whose period ends last answers alone
        // (heading and lines); résumés rarely say which is the latest. All of them when none states a period.
        if (LatestJobQuestion::asksWorkThere(asked.text)) {
            auto endOf = [](const SearchHit &h) {
                return ResumeGlossary::isExperienceEntry(h.ref.chunk.headingPath) ? EntryPeriod::end(h.ref.chunk.headingPath.last()) : -1;
            };
            const auto latest = std::ranges::max_element(pool, {}, endOf);
            if (latest != pool.end() && endOf(*latest) >= 0)
                hits = {*latest};
        }
    }

    // "김지원은 한빛페이에서 근무했나요?", "… 현재 한빛페이에 재직 중인가요?": the job entry of an experience section naming
    // the company answers (its heading), before a 경력기술서's projects there, which repeat the name more often.
    QStringList companyNamed = askedWords;
    companyNamed.removeIf([](const QString &w) { return ResumeGlossary::asksCompany(w); });
    if (!asked.search.candidates.isEmpty() && !companyNamed.isEmpty()
        && (YesNoQuestion::asksWorkplace(asked.text) || YesNoQuestion::asksEmployment(asked.text))) {
        auto namesCompany = [&](const SearchHit &h) {
            const QStringList &path = h.ref.chunk.headingPath;
            const QString entry = path.isEmpty() ? QString() : AnswerText::foldForMatching(path.last());
            return std::ranges::any_of(path, [](const QString &p) { return ResumeGlossary::isExperienceSection(p); })
                && std::ranges::all_of(companyNamed, [&](const QString &w) { return ResumeGlossary::contains(entry, w); });
        };
        SearchOptions wide = asked.search;
        wide.k = asked.search.k * kPagePool;
        QList<SearchHit> pool = knowledge.search(asked.retrievalQuery, wide);
        std::stable_partition(pool.begin(), pool.end(), namesCompany);
        if (!pool.isEmpty() && namesCompany(pool.first()))
            hits = pool.mid(0, asked.search.k);
    }
    // "Who has a master's degree?", "학사 학위가 있는 사람은?": over everyone, each candidate whose line writes the
    // degree in either language ("전산학 석사", "M.Sc.", "B.Eng."). k passages spread over candidates hold the k best
    // only, and the English education lines, which write the field's word as well, outrank "…전산학 석사". As for a
    // bar (QuestionAnswerer), every candidate writing it is read, from a wider search. So is a field of study or a role
    // of two words (QuestionVocabulary::compoundTermWording): "데이터 엔지니어 있어?" ranks 최민호's lines of 데이터 and
    // 엔지니어 above "Freelance data engineer", "전산학 전공자는?" finds 컴퓨터공학과 in either language.
    auto isDegree = [](const QString &w) {
        return std::ranges::any_of(QStringList{QStringLiteral("석사"), QStringLiteral("학사"), QStringLiteral("박사")},
                                   [&](const QString &d) { return w == d || ResumeGlossary::counterparts(w).contains(d); });
    };
    auto isEducation = [](const QString &w) { return w == QStringLiteral("학력") || ResumeGlossary::counterparts(w).contains(QStringLiteral("학력")); };
    auto isCompound = [](const QString &w) {
        return std::ranges::any_of(ResumeGlossary::counterparts(w), [](const QString &c) { return c.contains(u' '); });
    };
    auto isHeld = [&](const QString &w) { return isDegree(w) || isCompound(w); };
    if (asked.spread && asked.search.candidates.isEmpty() && std::ranges::any_of(askedWords, isHeld)
        && std::ranges::all_of(askedWords, [&](const QString &w) { return isHeld(w) || isEducation(w); })) {
        SearchOptions wider = asked.search;
        wider.k = kMaxHolders * kPagePool;
        QList<SearchHit> pool = knowledge.search(asked.retrievalQuery, wider);
        // A role may be written by the entry's heading alone ("Seabird Analytics — Junior Data Engineer").
        const auto writing = std::stable_partition(pool.begin(), pool.end(), [&](const SearchHit &h) {
            const QString folded = AnswerText::foldForMatching(h.ref.chunk.text + u'\n' + h.ref.chunk.headingPath.join(u'\n'));
            return std::ranges::all_of(askedWords, [&](const QString &w) { return !isHeld(w) || ResumeGlossary::contains(folded, w); });
        });
        QSet<CandidateId> holders;
        for (auto it = pool.begin(); it != writing; ++it)
            holders.insert(it->ref.candidateId);
        if (holders.size() > asked.search.k)
            hits = CandidateSpread::apply(pool.mid(0, writing - pool.begin()), std::min<int>(holders.size(), kMaxHolders));
        else if (!holders.isEmpty())
            hits = CandidateSpread::apply(pool.mid(0, writing - pool.begin()) + hits, asked.search.k);
    }
    return hits;
}

} // namespace Protostar
