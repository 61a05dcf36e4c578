// SPDX-License-Identifier: MIT
#include "providers/sentencepool.h"

#include "core/hangul.h"
#include "providers/answertext.h"
#include "providers/figurevalues.h"
#include "providers/inlineentries.h"
#include "providers/instructiontext.h"
#include "providers/requiredphrases.h"
#include "providers/resumeglossary.h"
#include "providers/writtenfigures.h"
#include "providers/yesnoquestion.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Protostar {

namespace {

// Headings and fragments ("경력", "2") are not answers on their own.
constexpr qsizetype kMinSentenceChars = 6;
// What a term found only in the passage's heading path counts, relative to one in the sentence.
constexpr double kLabelWeight = 0.5;
// A section's own title is short ("[자격 및 수상]", "Certifications"); a longer heading is an entry's.
constexpr qsizetype kSectionTitleChars = 20;

// A count an English résumé spells out ("Eight years designing …", "Supervised two engineers"): it states
// a figure as much as "8 years" does. "one" only before a unit of time, as "one of the …" counts nothing.
QStringList spelledCounts(const QString &sentence)
{
    static const QRegularExpression count(QStringLiteral(
        "\\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-\\w+)?\\s+[a-z]+"
        "|one\\s+(?:year|month|week|day)s?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = count.globalMatch(sentence); it.hasNext();)
        out.append(it.next().captured().toLower());
    return out;
}

// The figures `sentence` states of its own: those the question does not already write.
QStringList ownFigures(const QString &sentence, const QStringList &questionFigures)
{
    QStringList out;
    for (const QString &f : WrittenFigures::of(sentence) + spelledCounts(sentence)) {
        if (!questionFigures.contains(f))
            out.append(f);
    }
    return out;
}

// Table debris from PDF pages ("2019 2020 2021 12.3 45.6 ..."): mostly digits and separators.
bool mostlyNumbers(const QString &sentence)
{
    int letters = 0;
    int others = 0;
    for (QChar c : sentence) {
        if (c.isSpace())
            continue;
        (c.isLetter() ? letters : others) += 1;
    }
    return letters * 2 < others;
}

} // namespace

SentencePool::SentencePool(const AnswerRequest &request, const AnswerIntent &intent)
    : m_request(request), m_intent(intent)
{
    readLabels();
    readLongWords();
    collectSentences();
    collectHeadings();
}

void SentencePool::readLabels()
{
    // The heading a passage sits under ("한빛페이 · 직전 회사", "Education") says what each of its
    // sentences is about; a term found there counts at half weight for all of them.
    // Asked for experience, a passage under an experience section ("[경력사항]", "Work History") answers in
    // full, and so does one under a dated entry heading of a 경력기술서 of projects (ResumeGlossary::isExperienceEntry);
    // "경력" in the document's title ("경력기술서 - 김지원") would make its skills and reasons for leaving answer as
    // much, so a title counts only when no passage is under such a section.
    for (int i = 0; i < m_intent.passages; ++i) {
        const ChunkRef &ref = m_request.evidence.at(i).ref;
        m_labels.append(AnswerText::foldForMatching(ref.chunk.headingPath.join(u' ')));
        m_underExperience.append(ResumeGlossary::isExperienceEntry(ref.chunk.headingPath));
        // "자격증이 있는 사람은?": the items of a section titled with what is asked ("## Certifications", "■ 자격증")
        // are each one of it, though none writes the word; a title above the sections ("경력기술서 - 정민수") is not.
        const QString section = ref.chunk.headingPath.size() >= 2 ? AnswerText::foldForMatching(ref.chunk.headingPath.last()) : QString();
        m_sectionAsked.append(!section.isEmpty() && section.size() <= kSectionTitleChars && !m_intent.terms.isEmpty()
                              && std::ranges::all_of(m_intent.terms, [&](const QString &t) { return ResumeGlossary::contains(section, t); }));
    }
    m_experienceSections = m_intent.asksExperience && m_underExperience.contains(true);
}

void SentencePool::readLongWords()
{
    // Asked who did something ("Terraform으로 자동화한 사람은?"), a candidate whose sentence shares only a
    // bigram of a long word ("장애가 나면 자동으로 전환되게 했다": 자동 of 자동화) did not do it; every candidate
    // it names must write the word. Its first three syllables stand for it, so that a word the question inflects
    // (자동화한) is still written by "자동화했다". So does a yes/no question of a named candidate ("이하은은 중국어
    // 가능한가요?" is not answered by 한국어's 국어). Other questions keep the bigrams' partial credit, which finds
    // the inflected and compound words of prose ("이회장은 감사원장 공관입주를 받아들였나?" of "공관 입주를 거부했으며").
    const bool yesNo = !m_intent.asksWho && YesNoQuestion::is(m_request.question);
    const QString &candidate = m_request.evidence.isEmpty() ? QString() : m_request.evidence.first().ref.candidateName;
    const bool yesNoOfCandidate = yesNo && candidate.size() >= 2 && m_request.question.contains(candidate, Qt::CaseInsensitive);
    m_residenceAsked = m_intent.asksWho && ResumeGlossary::asksResidence(m_request.question);
    m_residenceChecked = yesNo && ResumeGlossary::asksResidence(m_request.question);
    // Only asked who: of one candidate ("이하은은 일본어 가능한가요?"), the line naming the language is hers to judge
    // (tst_yesnoquestions).
    m_abilityAsked = m_intent.asksWho;
    if (!m_intent.perCandidate && !yesNoOfCandidate)
        return;
    for (const QString &word : AnswerText::words(m_request.question)) {
        if (word.size() < 3 || !isAllHangul(word)
            || !ResumeGlossary::counterparts(word).isEmpty())
            continue;
        QList<qsizetype> indexes;
        for (const QString &bigram : AnswerText::bigrams(word)) {
            if (const qsizetype at = m_intent.terms.indexOf(bigram); at >= 0)
                indexes.append(at);
        }
        if (indexes.size() >= 2)
            m_longWords.append({word.left(3), indexes});
    }
}

bool SentencePool::writesTermOf(const QString &folded, qsizetype term) const
{
    // "서울에 사는 사람은?": a university (서울가상대학교) or two cloud regions (서울·부산 두 리전) write the
    // city in another sense; a residence line or the header beside the e-mail says where someone lives.
    // "이하은은 서울에 사나요?" asks the residence field (거주지), on such a line whichever place it writes.
    const QString &asked = m_intent.terms.at(term);
    if ((m_residenceAsked && ResumeGlossary::isPlace(asked)) || (m_residenceChecked && asked == QStringLiteral("거주지")))
        return ResumeGlossary::writesResidence(folded, asked);
    if (m_abilityAsked && ResumeGlossary::isLanguage(asked))
        return ResumeGlossary::writesLanguageAbility(folded, asked);
    if (!ResumeGlossary::contains(folded, m_intent.terms.at(term)))
        return false;
    return std::ranges::none_of(m_longWords, [&](const auto &word) { return word.second.contains(term) && !folded.contains(word.first); });
}

double SentencePool::labelCover(int passage, const QString &term) const
{
    // Asked how long a career is, a line must state it ("경력 9년"): under a heading "경력 사항" or in a
    // 경력기술서, job details and schooling state figures too, but not the career's length.
    if (m_intent.asksCareerLength && ResumeGlossary::contains(term, QStringLiteral("경력")))
        return 0.0;
    if (m_experienceSections)
        return m_underExperience.at(passage) ? 1.0 : 0.0;
    // The section asked for ("김지원의 기술 스택은?" of "[기술]": a list that never writes the word) answers as
    // much as a line that writes the word elsewhere ("한빛페이 사내 기술상").
    const double labelWeight = m_intent.asksExperience || m_sectionAsked.at(passage) ? 1.0 : kLabelWeight;
    return ResumeGlossary::containsInLabel(m_labels.at(passage), term) ? labelWeight : 0.0;
}

void SentencePool::collectSentences()
{
    const QStringList &terms = m_intent.terms;
    for (int i = 0; i < m_intent.passages; ++i) {
        const Evidence &e = m_request.evidence.at(i);
        const QString &text = e.ref.chunk.text;
        // A dated bullet with lines indented under it ("- 2019.07 ~ 현재 한결데이터 … 팀장", then what was done
        // there) is the subject of those lines: asked what was done at the place it names, they answer as much
        // as the line itself, as sentences under an entry heading do. Asked who, they count like a heading
        // (half, never on their own), so one candidate's entry does not crowd out the others.
        const InlineEntries entries(text);
        const double entryWeight = m_intent.asksWho ? kLabelWeight : 1.0;
        for (const AnswerText::Span &span : AnswerText::sentences(text)) {
            // Footnote-style "[3]" in a document would read as our own citation marker.
            const QString sentence = AnswerText::collapseSpaces(AnswerText::stripMarkers(text.mid(span.start, span.length)));
            if (sentence.size() < kMinSentenceChars)
                continue;
            Sentence c;
            c.evidenceIndex = i;
            c.candidate = e.ref.candidateId;
            c.n = e.n;
            c.start = span.start;
            c.text = sentence;
            c.folded = AnswerText::foldForMatching(sentence);
            c.cover.reserve(terms.size());
            const InlineEntries::Entry *entry = entries.detailsAt(span.start);
            const QString entryLine = entry ? AnswerText::foldForMatching(entry->line) : QString();
            for (qsizetype k = 0; k < terms.size(); ++k) {
                const QString &t = terms.at(k);
                // Asked for experience where some passages are jobs or projects, only those answer: not a
                // header line that happens to write 경력 ("경력: 9년"), which says how long, not what was done.
                const bool outsideEntries = m_experienceSections && !m_underExperience.at(i);
                double cover = outsideEntries ? 0.0 : writesTermOf(c.folded, k) ? 1.0 : labelCover(i, t);
                if (entry && cover < entryWeight && ResumeGlossary::contains(entryLine, t))
                    cover = entryWeight;
                c.cover.append(cover);
            }
            c.order = int(m_sentences.size());
            m_sentences.append(c);
        }
    }
}

void SentencePool::collectHeadings()
{
    if (!m_intent.headingsAnswer || m_intent.terms.isEmpty())
        return;
    // Every level of the path: a résumé of "항목: 값" lines reads "회사: 초록은행 (2020.09 ~ 2024.08)" as a
    // heading with "직책: …" below it.
    QSet<QString> headingsSeen;
    for (int i = 0; i < m_intent.passages; ++i) {
        const ChunkRef &ref = m_request.evidence.at(i).ref;
        for (qsizetype level = ref.chunk.headingPath.size() - 1; level >= 0; --level) {
            const QString &heading = ref.chunk.headingPath.at(level);
            if (headingsSeen.contains(heading))
                continue;
            headingsSeen.insert(heading);
            Sentence h;
            h.evidenceIndex = i;
            h.candidate = ref.candidateId;
            h.n = m_request.evidence.at(i).n;
            h.start = level - ref.chunk.headingPath.size() - 1; // before the passage's sentences, the outer one first
            h.text = AnswerText::collapseSpaces(AnswerText::stripMarkers(heading));
            h.folded = AnswerText::foldForMatching(h.text);
            if (!headingAnswers(h))
                continue;
            h.cover = QList<double>(m_intent.terms.size(), 1.0);
            h.order = int(m_sentences.size());
            m_sentences.append(h);
        }
    }
}

bool SentencePool::headingAnswers(const Sentence &heading) const
{
    // An entry's heading answers ("한빛페이 (2019.03 ~ 2023.02) · … · 직전 회사") when it writes every
    // question term and states something of its own (a period, unlike a bare section title "학력").
    // The company field is also met by the experience section above the entry (containsInLabel).
    const int i = heading.evidenceIndex;
    return !ownFigures(heading.text, m_intent.figures).isEmpty()
        && std::all_of(m_intent.terms.cbegin(), m_intent.terms.cend(), [&](const QString &t) {
               return ResumeGlossary::contains(heading.folded, t)
                   || (ResumeGlossary::asksCompany(t) && ResumeGlossary::containsInLabel(m_labels.at(i), t))
                   || (m_intent.asksExperience && labelCover(i, t) > 0.0);
           });
}

void SentencePool::weighTerms()
{
    // Terms that occur in few of these sentences say more about which one answers.
    for (qsizetype t = 0; t < m_intent.terms.size(); ++t) {
        int df = 0;
        for (const Sentence &c : m_sentences)
            df += c.cover.at(t) > 0.0 ? 1 : 0;
        const double w = std::log(1.0 + (m_sentences.size() + 1.0) / (df + 1.0));
        m_weights.append(w);
        m_total += w;
    }
}

QSet<CandidateId> SentencePool::candidatesWritingFigure() const
{
    // A figure the question names ("가용성 99.95%를 달성한 후보자는?"): a candidate whose
    // passages do not write it (99.9%) did not do what was asked.
    // The amount may be spelled otherwise (3,500만원 asked, 35,000,000원 written): its value counts too, so
    // whoever states another value (5,200만원) is left out.
    QSet<CandidateId> writesFigure;
    // So does a name the question gives in capitals or a code ("Who holds the SQLD certificate?"): a candidate whose
    // certificate row shares only the word certificate holds another. Not when either of several is asked ("or").
    static const QRegularExpression either(QStringLiteral("\\bor\\b|또는|이나\\b|혹은"));
    const QStringList codes = either.match(m_request.question).hasMatch() ? QStringList{} : RequiredPhrases::withCapitals(m_request.question);
    if (!m_intent.perCandidate || m_intent.comparison || (m_intent.figures.isEmpty() && codes.isEmpty()))
        return writesFigure;
    // Short counts and years ("3", "2024") are left to their spelling; an amount keeps its unit (원, not 건).
    const QStringList &figures = m_intent.figures;
    const QStringList &values = m_intent.amounts;
    for (const Sentence &c : m_sentences) {
        if (std::any_of(figures.cbegin(), figures.cend(), [&](const QString &f) { return WrittenFigures::contains(c.text, f); })
            || std::any_of(values.cbegin(), values.cend(), [&](const QString &v) { return FigureValues::writesAmount(c.folded, v); })
            || std::any_of(codes.cbegin(), codes.cend(), [&](const QString &code) { return RequiredPhrases::writes(c.text, code); }))
            writesFigure.insert(c.candidate);
    }
    return writesFigure;
}

QSet<CandidateId> SentencePool::candidatesWritingEveryTerm() const
{
    // "Kubernetes와 Terraform을 모두 써본 사람은?": a candidate whose lines write each term, on one line or on several
    // of their documents' lines (a skills line and a project), has them all; one who writes Kubernetes only does not.
    QHash<CandidateId, QSet<qsizetype>> written;
    for (const Sentence &c : m_sentences) {
        for (qsizetype t = 0; t < m_intent.terms.size(); ++t) {
            if (c.cover.at(t) >= 1.0)
                written[c.candidate].insert(t);
        }
    }
    QSet<CandidateId> every;
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        if (it.value().size() == m_intent.terms.size())
            every.insert(it.key());
    }
    return every;
}

bool SentencePool::failsQuestion(const Sentence &c, const QSet<CandidateId> &writesFigure, const QSet<CandidateId> &writesEveryTerm) const
{
    // "10k TPS 이상": a sentence whose TPS figures all fall short is related, not an answer.
    const FigureComparison::Verdict verdict = m_intent.comparison ? m_intent.comparison->judge(c.text) : FigureComparison::Verdict::NoFigure;
    // Asked who meets a bar ("경력 7년 이상인 후보자는?"), the answer is each qualifying candidate's
    // sentence that states it: not "희망 직무: …" beside a salary that misses, nor a skills line of
    // someone who states no such figure at all.
    const bool onlyMeeting = m_intent.comparison && m_intent.perCandidate;
    return verdict == FigureComparison::Verdict::Fails || (onlyMeeting && verdict != FigureComparison::Verdict::Meets)
        || (!writesFigure.isEmpty() && !writesFigure.contains(c.candidate)) || InstructionText::addressesAssistant(c.text)
        || (m_intent.asksEvery && !writesEveryTerm.contains(c.candidate));
}

void SentencePool::score(double figurePenalty)
{
    weighTerms();
    const QSet<CandidateId> writesFigure = candidatesWritingFigure();
    const QSet<CandidateId> writesEveryTerm = m_intent.asksEvery ? candidatesWritingEveryTerm() : QSet<CandidateId>{};
    for (Sentence &c : m_sentences) {
        c.figures = ownFigures(c.text, m_intent.figures);
        if (failsQuestion(c, writesFigure, writesEveryTerm)) {
            c.excluded = true;
            continue;
        }
        double s = 0.0;
        bool ownTerm = false;
        for (qsizetype t = 0; t < m_intent.terms.size(); ++t) {
            s += c.cover.at(t) * m_weights.at(t);
            ownTerm = ownTerm || c.cover.at(t) >= 1.0;
        }
        // A slight preference for better-retrieved passages breaks ties between equal sentences.
        c.score = m_total > 0.0 ? s / m_total * (1.0 - 0.02 * c.evidenceIndex) : 0.0;
        m_best = std::max(m_best, c.score);
        c.rank = c.score;
        // A line of table figures that writes none of the question's words is layout, not a statement; and
        // naming who, a sentence that matches only through its heading ("경력기술서") says nothing of them.
        // Comparing named candidates, a sentence under the heading asked about ("[경력사항]") does speak of them;
        // so does an item of the section asked about, asked who has one ("자격증이 있는 사람은?").
        const bool speaksOfThem = m_intent.comparesNamed || m_sectionAsked.at(c.evidenceIndex);
        if (!ownTerm && (mostlyNumbers(c.text) || (m_intent.perCandidate && !speaksOfThem))) {
            c.excluded = true;
            c.rank = 0.0;
        }
        // "얼마/몇/규모/how many": a sentence that states no figure of its own does not give the amount.
        else if (m_intent.asksFigure && c.figures.isEmpty())
            c.rank *= figurePenalty;
    }
}

} // namespace Protostar
