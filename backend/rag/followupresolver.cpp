// SPDX-License-Identifier: MIT
#include "rag/followupresolver.h"

#include <QRegularExpression>

#include <algorithm>

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
        "|\\bthere\\b|^\\s*(?:and|what about|how about)\\b"
        "|^\\s*(?:그럼|그러면|그리고|또|그\\s*외|그밖에)(?=\\s|$)"),
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

} // namespace

FollowUpResolver::FollowUpResolver(QList<Candidate> known) : m_known(std::move(known))
{
    std::stable_sort(m_known.begin(), m_known.end(),
                     [](const Candidate &a, const Candidate &b) { return a.name.size() > b.name.size(); });
}

bool FollowUpResolver::isFollowUp(const QString &question)
{
    return deicticPattern().match(question).hasMatch() || isVeryShort(question);
}

bool FollowUpResolver::asksAboutPreviousJob(const QString &question)
{
    static const QRegularExpression re(QStringLiteral(
        "(?:이전|전|직전|예전|前)\\s*(?:회사|직장|직무)|\\b(?:previous|prior|former|last)\\s+(?:company|job|employer|role|position)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(question).hasMatch();
}

QList<CandidateId> FollowUpResolver::candidatesNamedIn(const QString &text) const
{
    QList<CandidateId> out;
    QString rest = text;
    for (const Candidate &c : m_known) {
        if (c.name.isEmpty() || !rest.contains(c.name, Qt::CaseInsensitive))
            continue;
        out << c.id;
        rest.replace(c.name, QStringLiteral(" "), Qt::CaseInsensitive); // a shorter name must not match inside it
    }
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

ResolvedQuery FollowUpResolver::resolve(const QString &question, const QStringList &memory) const
{
    ResolvedQuery r;
    r.query = question;
    if (memory.isEmpty() || !isFollowUp(question))
        return r; // a fresh question is searched as asked, never polluted by memory
    r.focus = focus(memory);
    if (r.focus.isEmpty())
        return r;
    r.followUp = true;

    const QList<CandidateId> named = candidatesNamedIn(question);
    QStringList terms;
    if (named.isEmpty())
        terms << r.focus.who;
    if (!asksAboutPreviousJob(question))
        terms << r.focus.where;
    for (const QString &t : std::as_const(terms))
        if (!t.isEmpty() && !question.contains(t, Qt::CaseInsensitive) && !r.addedTerms.contains(t))
            r.addedTerms << t;
    if (!r.addedTerms.isEmpty())
        r.query = question.trimmed() + u' ' + r.addedTerms.join(u' ');

    if (!named.isEmpty()) {
        r.candidates = named;
    } else if (r.focus.who.size() == 1) {
        const QList<CandidateId> ids = candidatesNamedIn(r.focus.who.first());
        if (ids.size() == 1)
            r.candidates = ids;
    }
    return r;
}

} // namespace Protostar
