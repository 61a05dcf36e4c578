// SPDX-License-Identifier: MIT
#include "engine/knowledgebase.h"

#include "providers/answertext.h"
#include "providers/personmentions.h"
#include "providers/requiredphrases.h"
#include "providers/resumeglossary.h"
#include "providers/writtenfigures.h"
#include "store/store.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Protostar {

namespace {

// Sentences taken together when judging whether a passage states the answer in one place.
constexpr qsizetype kSupportWindow = 3;
// What a term found only in the document name or heading path counts, relative to one in the text.
constexpr double kLabelWeight = 0.5;

} // namespace

KnowledgeBase::KnowledgeBase() = default;

KnowledgeBase::KnowledgeBase(const LexicalRankingOptions &ranking, const PageFusionOptions &fusion)
    : m_index(ranking, fusion)
{
}

KnowledgeBase::~KnowledgeBase() = default;

void KnowledgeBase::setSupportScope(const SupportScope &scope)
{
    QWriteLocker lock(&m_lock);
    m_scope = scope;
}

Result<int> KnowledgeBase::load(Store &store)
{
    auto chunks = store.allChunks();
    if (!chunks)
        return chunks.error();
    QWriteLocker lock(&m_lock);
    m_index.clear();
    m_documentFrequency.clear();
    m_byDocument.clear();
    m_documentCandidate.clear();
    m_candidates.clear();
    m_pageChunks.clear();
    m_chunkCount = 0;
    addLocked(*chunks);
    return m_chunkCount;
}

Result<void> KnowledgeBase::refreshDocument(Store &store, DocumentId id)
{
    auto doc = store.document(id);
    QList<ChunkRef> refs;
    if (doc) {
        auto chunks = store.chunks(id);
        if (!chunks)
            return chunks.error();
        for (const Chunk &c : std::as_const(*chunks)) {
            ChunkRef ref;
            ref.chunk = c;
            ref.candidateId = doc->info.candidateId;
            ref.candidateName = doc->info.candidateName;
            ref.documentName = doc->info.fileName;
            refs.append(ref);
        }
    } else if (doc.error().code != ErrorCode::NotFound) {
        return doc.error();
    }
    QWriteLocker lock(&m_lock);
    removeLocked(id);
    addLocked(refs);
    return {};
}

void KnowledgeBase::add(const QList<ChunkRef> &chunks)
{
    QWriteLocker lock(&m_lock);
    addLocked(chunks);
}

void KnowledgeBase::removeDocument(DocumentId id)
{
    QWriteLocker lock(&m_lock);
    removeLocked(id);
}

void KnowledgeBase::clear()
{
    QWriteLocker lock(&m_lock);
    m_index.clear();
    m_documentFrequency.clear();
    m_byDocument.clear();
    m_documentCandidate.clear();
    m_candidates.clear();
    m_pageChunks.clear();
    m_chunkCount = 0;
}

int KnowledgeBase::size() const
{
    QReadLocker lock(&m_lock);
    return m_chunkCount;
}

QList<SearchHit> KnowledgeBase::search(const QString &query, const SearchOptions &options) const
{
    QReadLocker lock(&m_lock);
    return m_index.search(query, options);
}

KnowledgeBase::Support KnowledgeBase::support(const QString &question, const QString &text) const
{
    return supportOf(question, text, QString());
}

KnowledgeBase::Support KnowledgeBase::supportOf(const QString &question, const QString &text, const QString &label,
                                                const QString &before, const QString &after) const
{
    const QStringList terms = AnswerText::terms(question);
    QReadLocker lock(&m_lock);
    const double n = std::max(1, m_chunkCount);
    QList<double> weights;
    double total = 0.0;
    for (const QString &t : terms) {
        // Terms the corpus lacks weigh like the rarest present ones: in a small corpus every
        // paraphrase would otherwise outweigh the words that do match.
        const double w = std::log(1.0 + n / (std::max(1, m_documentFrequency.value(t)) + 0.5));
        weights.append(w);
        total += w;
    }
    const SupportScope scope = m_scope;
    lock.unlock();
    Support result;
    if (total <= 0.0)
        return result;
    const QString foldedLabel = AnswerText::foldForMatching(label);
    // `beside`: the neighbouring chunks of the page, whose terms count at the scope's neighbour weight.
    auto coverage = [&](const QString &folded, const QString &beside = {}) {
        double found = 0.0;
        for (qsizetype i = 0; i < terms.size(); ++i) {
            if (ResumeGlossary::contains(folded, terms.at(i))) {
                found += weights.at(i);
                continue;
            }
            double part = 0.0;
            if (!beside.isEmpty() && ResumeGlossary::contains(beside, terms.at(i)))
                part = scope.neighbourWeight;
            if (!foldedLabel.isEmpty() && ResumeGlossary::containsInLabel(foldedLabel, terms.at(i)))
                part = std::max(part, kLabelWeight);
            found += part * weights.at(i);
        }
        return found / total;
    };
    const bool hasNeighbours = !before.isEmpty() || !after.isEmpty();
    const QString foldedBeside = hasNeighbours ? AnswerText::foldForMatching(before + u'\n' + after) : QString();
    result.passage = coverage(AnswerText::foldForMatching(text), foldedBeside);
    // The windows run over the chunk, or over the page's text around it when the scope lets them (a window
    // must still hold one of the chunk's own sentences: the neighbours alone are judged as their own chunks).
    const bool across = scope.windowAcross && hasNeighbours;
    const QString prefix = across && !before.isEmpty() ? before + u'\n' : QString();
    const QString joined = across ? prefix + text + (after.isEmpty() ? QString() : u'\n' + after) : text;
    const qsizetype ownStart = prefix.size();
    const qsizetype ownEnd = ownStart + text.size();
    const QList<AnswerText::Span> spans = AnswerText::sentences(joined);
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const qsizetype last = std::min<qsizetype>(spans.size() - 1, i + kSupportWindow - 1);
        const qsizetype start = spans.at(i).start;
        const qsizetype end = spans.at(last).start + spans.at(last).length;
        if (end <= ownStart || start >= ownEnd)
            continue;
        result.sentences = std::max(result.sentences, coverage(AnswerText::foldForMatching(joined.mid(start, end - start))));
    }
    if (spans.isEmpty())
        result.sentences = coverage(QString());
    // The passage as a whole: the chunk with the neighbours its scope joins to it.
    const QString passageText = hasNeighbours ? before + u'\n' + text + u'\n' + after : text;
    // Bigrams can be matched one by one in unrelated places; a compound such as "시중은행" or a name
    // such as "PgBouncer" is either written in the passage or not.
    const QStringList words = AnswerText::words(question);
    if (!words.isEmpty()) {
        const QString foldedText = AnswerText::foldForMatching(passageText);
        int found = 0;
        for (const QString &w : words)
            found += foldedText.contains(w) || foldedLabel.contains(w) ? 1 : 0;
        result.words = double(found) / double(words.size());
    }
    // A year or amount the question names ("2020년", "K64") that the passage does not write points
    // at another document, however well the rest of the words match.
    const QStringList figures = WrittenFigures::of(question);
    if (!figures.isEmpty()) {
        int found = 0;
        for (const QString &f : figures)
            found += WrittenFigures::contains(passageText, f) || WrittenFigures::contains(label, f) ? 1 : 0;
        result.figures = double(found) / double(figures.size());
    }
    const QStringList phrases = RequiredPhrases::of(question);
    if (!phrases.isEmpty()) {
        const QString squeezed = RequiredPhrases::squeezed(label + u' ' + passageText);
        const auto found = std::count_if(phrases.cbegin(), phrases.cend(),
                                         [&](const QString &p) { return squeezed.contains(RequiredPhrases::squeezed(p)); });
        result.phrases = double(found) / double(phrases.size());
    }
    return result;
}

KnowledgeBase::Support KnowledgeBase::support(const QString &question, const ChunkRef &chunk) const
{
    const QString label = chunk.documentName + u' ' + chunk.chunk.headingPath.join(u' ');
    QString before;
    QString after;
    {
        QReadLocker lock(&m_lock);
        const int reach = m_scope.neighbours;
        const auto page = chunk.chunk.page > 0 && reach > 0 ? m_pageChunks.constFind({chunk.chunk.documentId, chunk.chunk.page})
                                                             : m_pageChunks.cend();
        if (page != m_pageChunks.cend()) {
            const QList<PageChunk> &list = *page;
            const auto self = std::find_if(list.cbegin(), list.cend(), [&](const PageChunk &c) { return c.id == chunk.chunk.id; });
            if (self != list.cend()) {
                const qsizetype at = self - list.cbegin();
                QStringList b;
                QStringList a;
                for (qsizetype i = std::max<qsizetype>(0, at - reach); i < at; ++i)
                    b.append(list.at(i).text);
                for (qsizetype i = at + 1; i < list.size() && i <= at + reach; ++i)
                    a.append(list.at(i).text);
                before = b.join(u'\n');
                after = a.join(u'\n');
            }
        }
    }
    return supportOf(question, chunk.chunk.text, label, before, after);
}

KnowledgeBase::NamedCandidates KnowledgeBase::namedCandidates(const QString &question) const
{
    QList<Candidate> known = candidates();
    std::sort(known.begin(), known.end(), [](const Candidate &a, const Candidate &b) { return a.name.size() > b.name.size(); });
    NamedCandidates named;
    named.rest = question;
    for (const Candidate &c : std::as_const(known)) {
        // Very short names ("이", "Li") would match inside ordinary words.
        if (c.name.size() < 2 || !named.rest.contains(c.name, Qt::CaseInsensitive))
            continue;
        named.ids.append(c.id);
        named.rest.replace(c.name, QStringLiteral(" "), Qt::CaseInsensitive);
    }
    // "Emily's phone", "Jane의 연봉": a given or family name alone names the one candidate who bears it.
    for (const QString &mention : PersonMentions::ofOrOrganisation(named.rest)) {
        QList<CandidateId> bearers;
        for (const Candidate &c : std::as_const(known)) {
            if (c.name.split(u' ', Qt::SkipEmptyParts).contains(mention, Qt::CaseInsensitive))
                bearers.append(c.id);
        }
        if (bearers.size() == 1 && !named.ids.contains(bearers.first())) {
            named.ids.append(bearers.first());
            named.rest.replace(mention, QStringLiteral(" "), Qt::CaseInsensitive);
        }
    }
    return named;
}

QString KnowledgeBase::unknownPerson(const QString &question) const
{
    const QStringList mentioned = PersonMentions::of(question);
    if (mentioned.isEmpty())
        return {};
    const QList<Candidate> known = candidates();
    for (const QString &name : mentioned) {
        if (std::ranges::any_of(known, [&](const Candidate &c) { return c.name.contains(name, Qt::CaseInsensitive); }))
            continue;
        SearchOptions probe;
        probe.k = 10;
        const QList<SearchHit> hits = search(name, probe);
        const bool written = std::ranges::any_of(hits, [&](const SearchHit &h) {
            return RequiredPhrases::writes(h.ref.documentName + u' ' + h.ref.chunk.headingPath.join(u' ') + u' ' + h.ref.chunk.text, name);
        });
        if (!written)
            return name;
    }
    return {};
}

QList<Candidate> KnowledgeBase::candidates() const
{
    QReadLocker lock(&m_lock);
    QList<Candidate> out;
    for (auto it = m_candidates.cbegin(); it != m_candidates.cend(); ++it) {
        Candidate c;
        c.id = it.key();
        c.name = it.value().first;
        c.documentCount = it.value().second;
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) { return a.id < b.id; });
    return out;
}

void KnowledgeBase::addLocked(const QList<ChunkRef> &chunks)
{
    m_index.addAll(chunks);
    m_chunkCount += int(chunks.size());
    for (const ChunkRef &ref : chunks) {
        QHash<QString, int> &perDoc = m_byDocument[ref.chunk.documentId];
        const QStringList terms = AnswerText::passageTerms(ref.chunk.text);
        for (const QString &t : terms) {
            ++m_documentFrequency[t];
            ++perDoc[t];
        }
        ++perDoc[QString()]; // chunk count of the document
        if (ref.chunk.page > 0)
            m_pageChunks[{ref.chunk.documentId, ref.chunk.page}].append({ref.chunk.ordinal, ref.chunk.id, ref.chunk.text});
        if (!m_documentCandidate.contains(ref.chunk.documentId)) {
            m_documentCandidate.insert(ref.chunk.documentId, ref.candidateId);
            auto &entry = m_candidates[ref.candidateId];
            entry.first = ref.candidateName;
            ++entry.second;
        }
    }
    QSet<PageKey> touched;
    for (const ChunkRef &ref : chunks) {
        if (ref.chunk.page > 0)
            touched.insert({ref.chunk.documentId, ref.chunk.page});
    }
    for (const PageKey &key : std::as_const(touched)) {
        QList<PageChunk> &list = m_pageChunks[key];
        std::sort(list.begin(), list.end(), [](const PageChunk &a, const PageChunk &b) {
            return std::pair(a.ordinal, a.id) < std::pair(b.ordinal, b.id);
        });
    }
}

void KnowledgeBase::removeLocked(DocumentId id)
{
    auto it = m_byDocument.find(id);
    if (it == m_byDocument.end())
        return;
    m_index.removeDocument(id);
    for (auto t = it->cbegin(); t != it->cend(); ++t) {
        if (t.key().isEmpty()) {
            m_chunkCount -= t.value();
            continue;
        }
        auto df = m_documentFrequency.find(t.key());
        if (df != m_documentFrequency.end() && (*df -= t.value()) <= 0)
            m_documentFrequency.erase(df);
    }
    m_byDocument.erase(it);
    m_pageChunks.removeIf([id](const auto &entry) { return entry.key().first == id; });
    const auto candidate = m_documentCandidate.find(id);
    if (candidate != m_documentCandidate.end()) {
        auto entry = m_candidates.find(*candidate);
        if (entry != m_candidates.end() && --entry->second <= 0)
            m_candidates.erase(entry);
        m_documentCandidate.erase(candidate);
    }
}

} // namespace Protostar
