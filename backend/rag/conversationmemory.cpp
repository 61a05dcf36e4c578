// SPDX-License-Identifier: MIT
#include "rag/conversationmemory.h"

#include "core/hangul.h"
#include "core/tr.h"
#include "rag/tokencounter.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Protostar {

namespace {

// A who-question's answer names every candidate who qualifies, up to twenty (WhoRetrieval), and "그 사람들 …",
// "두 번째 사람은?" or "the sixth one" can only mean the ones kept.
constexpr int kMaxWho = 20;
constexpr int kMaxWhere = 4;

// Lead syntax characters cannot appear inside an entity, or parseLead would split it wrongly.
QString cleanEntity(QString s)
{
    for (QChar c : {u'[', u']', u'【', u'】', u'@', u',', u'\n'})
        s.replace(c, u' ');
    return s.simplified();
}

// "한빛페이 (2019.03 ~ 2023.02) · 결제플랫폼팀 백엔드 리드" -> "한빛페이 결제플랫폼팀 백엔드 리드": dates
// and separators cost tokens in every later prompt and add nothing to a follow-up's query.
QString shortPlace(const QString &heading)
{
    static const QRegularExpression parenthetical(QStringLiteral("\\s*\\([^)]*\\)"));
    static const QRegularExpression separators(QStringLiteral("\\s+[·|—–]\\s+"));
    QString s = heading;
    s.remove(parenthetical);
    const QStringList parts = s.split(separators, Qt::SkipEmptyParts);
    return cleanEntity(parts.mid(0, 2).join(u' '));
}

void addUnique(QStringList &list, const QString &value, int cap)
{
    if (value.isEmpty() || list.size() >= cap)
        return;
    for (const QString &v : std::as_const(list))
        if (v.compare(value, Qt::CaseInsensitive) == 0)
            return;
    list << value;
}

QString clip(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    QString cut = text.left(maxChars);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > maxChars / 2)
        cut.truncate(space);
    return cut + u'…';
}

// Sentence terminators inside a clause would make one summary read as several sentences.
QString asClause(QString s)
{
    static const QRegularExpression inner(QStringLiteral("[.!?。？！]+(\\s+)"));
    s.replace(inner, QStringLiteral(",\\1"));
    while (!s.isEmpty() && QStringLiteral(".!?。？！ ;,").contains(s.back()))
        s.chop(1);
    return s.trimmed();
}

} // namespace

QString TurnFocus::lead() const
{
    if (isEmpty())
        return {};
    QString out = u'[' + who.join(QStringLiteral(", "));
    if (!where.isEmpty())
        out += (who.isEmpty() ? QStringLiteral("@ ") : QStringLiteral(" @ ")) + where.join(QStringLiteral(", "));
    return out + u']';
}

std::optional<TurnFocus> TurnFocus::parseLead(QStringView summary)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\[([^\\]@]*)(?:@([^\\]]*))?\\]"));
    const auto m = re.match(summary.toString());
    if (!m.hasMatch())
        return std::nullopt;
    TurnFocus f;
    for (const QString &part : m.captured(1).split(u',', Qt::SkipEmptyParts))
        addUnique(f.who, part.trimmed(), kMaxWho);
    for (const QString &part : m.captured(2).split(u',', Qt::SkipEmptyParts))
        addUnique(f.where, part.trimmed(), kMaxWhere);
    if (f.isEmpty())
        return std::nullopt;
    return f;
}

std::pair<QString, QString> TurnFocus::splitLead(const QString &summary)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\[[^\\]]*\\])\\s*"));
    const auto m = re.match(summary);
    if (!m.hasMatch() || !parseLead(summary))
        return {QString(), summary};
    return {m.captured(1), summary.mid(m.capturedEnd(0))};
}

TurnFocus TurnFocus::of(const TurnRecord &turn)
{
    TurnFocus f;
    for (const Citation &c : turn.citations)
        addUnique(f.who, cleanEntity(c.candidate), kMaxWho);
    // The first heading is usually the section ("경력", "Experience"); what follows names the
    // company or project, which is what a follow-up points back to.
    for (const Citation &c : turn.citations) {
        const QStringList &path = c.headingPath;
        for (qsizetype i = path.size() > 1 ? 1 : 0; i < path.size(); ++i) {
            const QString &raw = path.at(i).trimmed();
            // "[경력사항]" is a section marker; the heading under it names the place.
            if (i + 1 < path.size() && (raw.startsWith(u'[') || raw.startsWith(u'【')))
                continue;
            const QString place = shortPlace(raw);
            if (!f.who.contains(place, Qt::CaseInsensitive)) // "이력서 - 김지원" style headings name the person
                addUnique(f.where, place, kMaxWhere);
        }
    }
    for (const Citation &c : turn.citations) {
        if (!f.where.isEmpty())
            break; // headings name the place better than the file does
        QString doc = c.document;
        const qsizetype dot = doc.lastIndexOf(u'.');
        if (dot > 0)
            doc.truncate(dot);
        doc = cleanEntity(doc);
        if (!f.who.contains(doc, Qt::CaseInsensitive))
            addUnique(f.where, doc, kMaxWhere);
    }
    return f;
}

QStringList ExtractiveTurnCompressor::figures(QStringView text)
{
    // A number (grouped, decimal, dotted date) with the units recruiters' documents attach to it;
    // units may follow a space ("1만 TPS") so the figure reads the same as in the answer. Digits that
    // are part of a name ("p99", "H100", "K8s") are no figure of their own.
    static const QRegularExpression re(QStringLiteral(
        "(?<![A-Za-z\\d])[$₩€£]?(?:\\d[\\d,.]*\\d|\\d)"
        "(?:(?:\\s?(?:%|퍼센트|배|만|억|천|조|원|달러|명|건|개월|년|월|일|시간|분|초|개|회|차|위|점|세|살|"
        "TPS|QPS|RPS|ms|MB|GB|TB|KB|k|K|M|B|x)(?![A-Za-z])))*"));
    QStringList out;
    auto it = re.globalMatch(text.toString());
    while (it.hasNext()) {
        QString fig = it.next().captured(0);
        while (!fig.isEmpty() && (fig.back() == u',' || fig.back() == u'.'))
            fig.chop(1);
        if (!fig.isEmpty() && !out.contains(fig))
            out << fig;
    }
    return out;
}

QString ExtractiveTurnCompressor::stripCitationMarkers(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\s*\\[\\d+(?:\\s*[,\\-–]\\s*\\d+)*\\]"));
    QString out = text;
    out.replace(re, QString());
    return out;
}

QStringList ExtractiveTurnCompressor::sentences(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?。？！])\\s+|\\n+"));
    QStringList out;
    for (const QString &s : text.split(boundary, Qt::SkipEmptyParts)) {
        QString t = s.trimmed();
        // Bullets and numbering are layout, not content.
        static const QRegularExpression bullet(QStringLiteral("^(?:[-*•·]|\\d+[.)])\\s+"));
        t.remove(bullet);
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

Result<QString> ExtractiveTurnCompressor::compress(const TurnRecord &turn)
{
    if (turn.question.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("There is no question to summarise in this turn."));
    const bool korean = containsHangul(turn.question) || containsHangul(turn.answer);
    const TurnFocus focus = TurnFocus::of(turn);
    const QString question = clip(asClause(turn.question.simplified()), kMaxQuestionChars);
    const QString answer = stripCitationMarkers(turn.answer);

    QStringList facts;
    if (!turn.found) {
        facts << (korean ? QStringLiteral("문서에 답이 없음") : QStringLiteral("not in the documents"));
    } else {
        const QStringList all = sentences(answer);
        QStringList questionWords;
        for (const QString &w : turn.question.split(QRegularExpression(QStringLiteral("[\\s\\p{P}]+")), Qt::SkipEmptyParts))
            if (w.size() >= 2)
                questionWords << w.left(std::max<qsizetype>(2, w.size() - 1)); // drop a Korean particle
        // Figures weigh most (they must survive), then the entities, then overlap with the question.
        QList<std::pair<int, qsizetype>> ranked;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QString &s = all.at(i);
            int score = 3 * int(figures(s).size());
            for (const QString &e : focus.who + focus.where)
                score += s.contains(e, Qt::CaseInsensitive) ? 2 : 0;
            for (const QString &w : std::as_const(questionWords))
                score += s.contains(w, Qt::CaseInsensitive) ? 1 : 0;
            ranked.append({score, i});
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](auto a, auto b) { return a.first > b.first; });
        QList<qsizetype> chosen;
        int used = 0;
        for (const auto &[score, i] : std::as_const(ranked)) {
            const int len = int(all.at(i).size());
            // A sentence with no figure, entity or question word is colour, not memory.
            if (!chosen.isEmpty() && (score == 0 || chosen.size() >= kMaxFactSentences || used + len > kMaxFactChars))
                continue;
            chosen << i;
            used += len;
        }
        std::sort(chosen.begin(), chosen.end()); // keep the answer's order
        for (qsizetype i : std::as_const(chosen))
            facts << clip(asClause(all.at(i)), kMaxFactChars);
    }

    QString body = facts.join(QStringLiteral("; "));
    // Every figure of the answer must be in the summary; one its kept sentences or the question
    // already carry is not listed again.
    QStringList missing;
    for (const QString &f : figures(answer))
        if (!body.contains(f) && !question.contains(f))
            missing << f;
    if (!missing.isEmpty())
        body += (korean ? QStringLiteral(" (수치: ") : QStringLiteral(" (figures: ")) + missing.join(QStringLiteral(", ")) + u')';

    QString out = focus.lead();
    if (!out.isEmpty())
        out += u' ';
    out += QStringLiteral("Q: ") + question + QStringLiteral(" A: ") + body + u'.';
    return out;
}

int MemoryContext::tokens() const
{
    return TokenCounter::count(summaries) + TokenCounter::count(lastTurn);
}

QString ConversationMemory::verbatim(const TurnRecord &turn)
{
    return QStringLiteral("Q: ") + turn.question.trimmed() + QStringLiteral("\nA: ")
        + ExtractiveTurnCompressor::stripCitationMarkers(turn.answer).trimmed();
}

QStringList ConversationMemory::fullHistory(const QList<TurnRecord> &turns)
{
    QStringList out;
    for (const TurnRecord &t : turns)
        out << verbatim(t);
    return out;
}

QString ConversationMemory::renderSummaries(const QStringList &summaries)
{
    QString out;
    QString group; // the lead line of the group being written; "" before the first one
    for (const QString &summary : summaries) {
        auto [lead, body] = TurnFocus::splitLead(summary.simplified());
        // A summary without a lead (a turn with no citations) must not read as part of the group
        // above it: under an open group it gets a lead of its own that says who is unknown.
        if (lead.isEmpty() && !group.isEmpty())
            lead = QStringLiteral("[?]");
        if (lead != group) {
            group = lead;
            out += lead + u'\n';
        }
        out += QStringLiteral("- ") + body + u'\n';
    }
    return out;
}

MemoryContext ConversationMemory::build(const QList<TurnRecord> &turns, const QList<Summary> &summaries)
{
    MemoryContext ctx;
    if (turns.isEmpty())
        return ctx;
    QHash<TurnId, QString> byTurn;
    for (const Summary &s : summaries)
        if (s.turnId != 0)
            byTurn.insert(s.turnId, s.text); // a later summary of the same turn wins
    ExtractiveTurnCompressor fallback;
    for (qsizetype i = 0; i + 1 < turns.size(); ++i) {
        const TurnRecord &t = turns.at(i);
        const auto found = byTurn.constFind(t.turnId);
        if (found != byTurn.cend() && !found->isEmpty()) {
            ctx.summaries << *found;
            continue;
        }
        auto made = fallback.compress(t);
        if (made.ok())
            ctx.summaries << *made;
    }
    ctx.lastTurn = verbatim(turns.last());
    return ctx;
}

} // namespace Protostar
