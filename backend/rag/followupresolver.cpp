// SPDX-License-Identifier: MIT
#include "rag/followupresolver.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Protostar {

namespace {

const QRegularExpression &deicticPattern()
{
    // Korean particles glue to words, so pronouns are listed with their common endings and the
    // determiners (그/이/저/같은/해당) must stand alone before a noun that can be pointed at.
    static const QRegularExpression re(QStringLiteral(
        "(?:^|[\\s(\"'])(?:"
        "그녀|그분|그곳|거기|그때|당시|해당|이분|저분|"
        "그(?:는|가|의|에게|도|를|와|랑)(?=\\s|$)|"
        "(?:그|이|저|같은|위)\\s*(?:회사|직장|곳|팀|조직|프로젝트|사람|후보자|후보|분|서비스|제품|업무|역할|기간|시기|문서|주제|일)|"
        "(?:이전|전|직전|예전|前)\\s*(?:회사|직장|직무|프로젝트|팀)"
        ")"
        "|\\b(?:she|he|they|her|hers|his|him|their|them|its)\\b"
        "|\\b(?:that|this|the same|the previous|previous|prior|last|former)\\s+(?:company|companies|job|employer|team|project|role|position|one)\\b"
        "|\\bthere\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// "그럼 …", "And …?": the question goes on from the last one, but points at nothing by itself, so a
// who-question opened so ("그럼 Python 써본 사람은?") is still a new search.
const QRegularExpression &openerPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:and|what about|how about)\\b|^\\s*(?:그럼|그러면|그리고|또|그\\s*외|그밖에)(?=\\s|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool isVeryShort(const QString &question)
{
    static const QRegularExpression words(QStringLiteral("[\\s\\p{P}]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList parts = question.split(words, Qt::SkipEmptyParts);
    const bool latin = std::none_of(question.begin(), question.end(),
                                    [](QChar c) { return c.unicode() >= 0x1100; });
    return !parts.isEmpty() && parts.size() <= (latin ? 3 : 2);
}

const QRegularExpression &listedPattern()
{
    // The people of the last answer as a group. 이중 without a particle is "double" (이중 국적), so 이/저
    // need 중에; 세/두 + 사람 is "three/two people", not an ordinal (those need 번째). "among the
    // candidates", "both Kafka and Spark" and "두 명이" are about anyone, so those words need them/those.
    static const QRegularExpression re(QStringLiteral(
        "(?:^|[\\s(\"'])(?:"
        "그\\s*중(?:에서|에|엔)?|(?:이|저)\\s*중(?:에서|에|엔)|"
        "(?:그|이|저)(?:들|\\s*(?:사람|분|후보자?|지원자)들)(?:은|는|이|가|의|을|를|도|중에?서?)?|"
        "(?:둘|셋|두\\s*(?:사람|분)|세\\s*(?:사람|분))\\s*(?:다|모두|중|의|은|는|이|가)?|"
        // "각자 학력은?" right after a list asks each of those listed; with no list remembered it asks everyone
        // (QuestionVocabulary::asksEveryone), as nothing is then pointed back at.
        "각자(?:의|는|도)?"
        ")(?=\\s|$|[?.!,])"
        "|\\b(?:they|them|their|theirs)\\b|\\b(?:among|of|both\\s+of|each\\s+of|all\\s+of)\\s+(?:them|those|these)\\b"
        "|\\b(?:those|these)\\s+(?:people|candidates|applicants|engineers|developers|two|three|ones)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &ordinalPattern()
{
    // An ordinal picks a person when a person noun follows it or nothing but a particle does
    // ("두 번째는?"); "두 번째 회사", "the last company" pick a job, not a person.
    static const QRegularExpression re(QStringLiteral(
        "(?:^|[\\s(\"'])(?:(첫|두|세|네|다섯)\\s*번\\s*째|(첫|둘|셋|넷)째|(마지막))"
        "(?=\\s*(?:사람|분|후보자?|지원자)|(?:은|는|이|가|의|도|요)?\\s*[?.!]*\\s*$)"
        "|\\bthe\\s+(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)"
        "(?=\\s+(?:one|person|candidate|applicant)\\b|(?:'s)?\\s*[?.!]*\\s*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// What is left of a question once the words that only steer a follow-up are gone: openers
// ("그럼", "what about") and the particles and possessives that glued to a removed name.
QString withoutOpeners(QString text)
{
    static const QRegularExpression opener(QStringLiteral(
        "^\\s*(?:그럼|그러면|그리고|그렇다면|또|and|what\\s+about|how\\s+about)(?=\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression particle(QStringLiteral(
        "(?:^|\\s)(?:의\\s*경우(?:는|엔)?|은|는|도|이|가|의|을|를|에게|와|과|요|'s)(?=\\s|$|[?.!,])"));
    text.remove(opener);
    text.replace(particle, QStringLiteral(" "));
    return text.simplified();
}

// `text` with every match of `re` blanked out, except those `keep` accepts.
QString blanked(QString text, const QRegularExpression &re, const std::function<bool(const QString &)> &keep = {})
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedLength() > 0 && !(keep && keep(m.captured())))
            spans.append({m.capturedStart(), m.capturedLength()});
    }
    for (auto it = spans.crbegin(); it != spans.crend(); ++it)
        text.replace(it->first, it->second, u' ');
    return text;
}

bool hasWords(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// The known candidates `text` names; `known` longest name first, so none is found inside another.
QList<Candidate> knownIn(const QList<Candidate> &known, const QString &text)
{
    QList<Candidate> out;
    QString rest = text;
    for (const Candidate &c : known) {
        if (c.name.isEmpty() || !rest.contains(c.name, Qt::CaseInsensitive))
            continue;
        out << c;
        rest.replace(c.name, QStringLiteral(" "), Qt::CaseInsensitive); // a shorter name must not match inside it
    }
    return out;
}

QStringList namesIn(const QList<Candidate> &known, const QString &text)
{
    QStringList out;
    for (const Candidate &c : knownIn(known, text))
        out << c.name;
    return out;
}

// `earlier` asked of `names`: its candidate names replaced by them, or them put before it.
QString askedOf(const QList<Candidate> &known, const QString &earlier, const QStringList &names)
{
    const QStringList before = namesIn(known, earlier);
    if (before.isEmpty())
        return names.join(u' ') + u' ' + earlier.trimmed();
    // The first earlier name marks where the new names go; the mark is put in first so that a new name
    // that is also an earlier one ("김지원과 이하은" -> "이하은") is not removed with the others.
    constexpr QChar mark(0x1);
    QString out = earlier;
    for (qsizetype i = 0; i < before.size(); ++i)
        out.replace(before.at(i), i == 0 ? QString(mark) : QString(), Qt::CaseInsensitive);
    out.replace(mark, names.join(u' '));
    return out.simplified();
}

} // namespace

FollowUpResolver::FollowUpResolver(QList<Candidate> known) : m_known(std::move(known))
{
    std::stable_sort(m_known.begin(), m_known.end(),
                     [](const Candidate &a, const Candidate &b) { return a.name.size() > b.name.size(); });
}

bool FollowUpResolver::isFollowUp(const QString &question)
{
    return deicticPattern().match(question).hasMatch() || openerPattern().match(question).hasMatch() || pointsAtListed(question)
        || ordinalIn(question) || isVeryShort(question);
}

bool FollowUpResolver::pointsAtListed(const QString &question)
{
    return listedPattern().match(question).hasMatch();
}

std::optional<int> FollowUpResolver::ordinalIn(const QString &question)
{
    const auto m = ordinalPattern().match(question);
    if (!m.hasMatch())
        return std::nullopt;
    QString word;
    for (int i = 1; i <= m.lastCapturedIndex() && word.isEmpty(); ++i)
        word = m.captured(i).toLower();
    static const QHash<QString, int> places = {
        {QStringLiteral("첫"), 0},     {QStringLiteral("first"), 0},  {QStringLiteral("1st"), 0},
        {QStringLiteral("두"), 1},     {QStringLiteral("둘"), 1},     {QStringLiteral("second"), 1}, {QStringLiteral("2nd"), 1},
        {QStringLiteral("세"), 2},     {QStringLiteral("셋"), 2},     {QStringLiteral("third"), 2},  {QStringLiteral("3rd"), 2},
        {QStringLiteral("네"), 3},     {QStringLiteral("넷"), 3},     {QStringLiteral("fourth"), 3}, {QStringLiteral("4th"), 3},
        {QStringLiteral("다섯"), 4},   {QStringLiteral("fifth"), 4},  {QStringLiteral("5th"), 4},
        {QStringLiteral("마지막"), -1}, {QStringLiteral("last"), -1}};
    const auto it = places.constFind(word);
    return it == places.cend() ? std::nullopt : std::optional<int>(*it);
}

QString FollowUpResolver::withoutPointers(const QString &question)
{
    // The person an ordinal picks goes with it ("두 번째 사람의", "the first one's"); "이전 회사", "the last company"
    // say which job is asked about, not whom, and stay.
    static const QRegularExpression picked(QStringLiteral("\\s*(?:사람|분|후보자?|지원자|(?:one|person|candidate|applicant)\\b)"),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString text = question;
    if (const auto m = ordinalPattern().match(text); m.hasMatch()) {
        qsizetype end = m.capturedEnd();
        if (const auto noun = picked.match(text, end, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            noun.hasMatch())
            end = noun.capturedEnd();
        text.replace(m.capturedStart(), end - m.capturedStart(), u' ');
    }
    text = blanked(text, listedPattern());
    text = blanked(text, deicticPattern(), [](const QString &words) { return asksAboutPreviousJob(words); });
    text = blanked(text, openerPattern());
    static const QRegularExpression spaceBeforeMark(QStringLiteral("\\s+(?=[?.!,])"));
    text = withoutOpeners(text).remove(spaceBeforeMark);
    return hasWords(text) ? text : QString();
}

QString FollowUpResolver::askOf(const QString &question) const
{
    QString rest = question;
    for (const Candidate &c : m_known)
        if (!c.name.isEmpty())
            rest.replace(c.name, QStringLiteral(" "), Qt::CaseInsensitive);
    return withoutOpeners(rest);
}

bool FollowUpResolver::asksAboutPreviousJob(const QString &question)
{
    static const QRegularExpression re(QStringLiteral(
        "(?:이전|전|직전|예전|前)\\s*(?:회사|직장|직무)|(?:^|\\s)그\\s*전(?:에는|에|엔)(?=\\s|$|[?.!])"
        "|\\b(?:previous|prior|former|last)\\s+(?:company|job|employer|role|position)\\b|\\bbefore\\s+that\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(question).hasMatch();
}

QString FollowUpResolver::judgedFor(const QString &question, const QList<CandidateId> &chosen) const
{
    // The one person meant is named, as the user would name them: the answerer reads whose documents answer and
    // whether only who they are is asked (a profile) from the name. Several are not: names in the question would
    // order a list by where they stand and make a ranking ("그중에 경력이 제일 긴 사람은?") a comparison.
    QStringList names;
    for (CandidateId id : chosen.size() == 1 ? chosen : QList<CandidateId>{}) {
        const auto it = std::find_if(m_known.cbegin(), m_known.cend(), [id](const Candidate &c) { return c.id == id; });
        if (it != m_known.cend() && !it->name.isEmpty())
            names << it->name;
    }
    names << withoutPointers(question);
    names.removeAll(QString());
    return names.join(u' ');
}

QList<CandidateId> FollowUpResolver::candidatesNamedIn(const QString &text) const
{
    QList<CandidateId> out;
    for (const Candidate &c : knownIn(m_known, text))
        out << c.id;
    return out;
}

TurnFocus FollowUpResolver::focus(const QStringList &memory) const
{
    TurnFocus f;
    for (auto it = memory.crbegin(); it != memory.crend(); ++it) {
        if (const auto lead = TurnFocus::parseLead(*it)) {
            if (f.isEmpty())
                f = *lead;
            else if (f.who.isEmpty())
                f.who = lead->who; // a turn about a company alone still belongs to the person before it
            if (!f.who.isEmpty())
                return f;
            continue;
        }
        // A summary without a lead (written by hand or by an LLM without focus): find the names in it.
        QString text = *it;
        qsizetype lastAt = -1;
        QString lastName;
        for (const Candidate &c : m_known) {
            const qsizetype at = text.lastIndexOf(c.name, -1, Qt::CaseInsensitive);
            if (!c.name.isEmpty() && at > lastAt) {
                lastAt = at;
                lastName = c.name;
            }
        }
        if (!lastName.isEmpty() && f.who.isEmpty()) {
            f.who << lastName;
            return f;
        }
    }
    return f;
}

ResolvedQuery FollowUpResolver::resolve(const QString &question, const QStringList &memory, const FollowUpContext &context) const
{
    ResolvedQuery r;
    r.query = question;
    if (memory.isEmpty())
        return r;
    const bool listed = pointsAtListed(question);
    const std::optional<int> ordinal = ordinalIn(question);
    const bool pointsBack = deicticPattern().match(question).hasMatch();
    // A who-question is a new search over everyone ("Who knows Python?" after talking about Jane Park)
    // unless it points back ("그중에", "해당 주제를 만든 사람은 누구인가?"): being short or opened by
    // "그럼" does not make it a follow-up.
    const bool goesOn = !context.asksWho && (openerPattern().match(question).hasMatch() || isVeryShort(question));
    if (!listed && !ordinal && !pointsBack && !goesOn)
        return r; // a fresh question is searched as asked, never polluted by memory
    r.focus = focus(memory);
    if (r.focus.isEmpty())
        return r;
    r.followUp = true;

    const QList<CandidateId> named = candidatesNamedIn(question);
    // "그럼 박서준은?": nothing asked but a name, so the newest earlier question that asked something
    // is asked of them, with its name (if any) replaced.
    if (!named.isEmpty() && !hasWords(askOf(question))) {
        for (auto it = context.earlierQuestions.crbegin(); it != context.earlierQuestions.crend(); ++it) {
            const QString ask = askOf(*it);
            if (!hasWords(ask))
                continue;
            r.standalone = askedOf(m_known, *it, namesIn(m_known, question));
            r.judged = r.standalone;
            r.addedTerms << ask;
            r.query = r.standalone;
            r.candidates = named;
            return r;
        }
    }

    // Whom the question means: one picked by place in the list, or everyone in focus.
    QStringList who = r.focus.who;
    if (ordinal && named.isEmpty()) {
        const qsizetype at = *ordinal < 0 ? who.size() - 1 : *ordinal;
        who = at >= 0 && at < who.size() ? QStringList{who.at(at)} : QStringList{};
    }
    QStringList terms;
    if (named.isEmpty())
        terms << who;
    // The places of a list belong to different people: they say nothing about the one picked from it.
    if (!asksAboutPreviousJob(question) && !(ordinal && r.focus.who.size() > 1))
        terms << r.focus.where;
    for (const QString &t : std::as_const(terms))
        if (!t.isEmpty() && !question.contains(t, Qt::CaseInsensitive) && !r.addedTerms.contains(t))
            r.addedTerms << t;
    if (!r.addedTerms.isEmpty())
        r.query = question.trimmed() + u' ' + r.addedTerms.join(u' ');

    if (!named.isEmpty()) {
        r.candidates = named;
        r.judged = withoutPointers(question);
        return r;
    }
    QList<CandidateId> inFocus;
    for (const QString &name : std::as_const(who)) {
        const QList<CandidateId> ids = candidatesNamedIn(name);
        if (ids.size() == 1 && !inFocus.contains(ids.first()))
            inFocus << ids.first();
    }
    // Several people stay the filter only when the question points back at them; a bare short
    // question after a list ("Python?") is not about those people more than anyone.
    if (inFocus.size() == 1 || (inFocus.size() > 1 && (listed || pointsBack)))
        r.candidates = inFocus;
    r.judged = judgedFor(question, r.candidates);
    return r;
}

} // namespace Protostar
