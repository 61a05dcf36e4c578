// SPDX-License-Identifier: MIT
#include "engine/evaldatasets.h"

#include "core/tr.h"
#include "ingest/paragraphchunker.h"
#include "ingest/plaintextreader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Protostar {

namespace {

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         Tr::tr("Cannot read the evaluation file %1; pass --data with the folder holding ko-rag-eval/ "
                                "and korquad/.").arg(QDir::toNativeSeparators(path)),
                         f.errorString());
    return f.readAll();
}

Result<QList<QJsonObject>> readJsonLines(const QString &path)
{
    auto bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    QList<QJsonObject> rows;
    int lineNo = 0;
    for (const QByteArray &line : bytes->split('\n')) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject())
            return makeError(ErrorCode::CorruptDocument,
                             Tr::tr("%1 line %2 is not a JSON object; the file may be damaged.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(lineNo),
                             error.errorString());
        rows.append(doc.object());
    }
    return rows;
}

// "finance - 지방은행 시중은행 전환 가이드.pdf - 4" -> source "finance - 지방은행 시중은행 전환 가이드.pdf", page 4.
void splitDocId(EvalPassage &p)
{
    const qsizetype dash = p.id.lastIndexOf(QLatin1String(" - "));
    p.source = dash > 0 ? p.id.left(dash) : p.id;
    p.page = dash > 0 ? p.id.mid(dash + 3).toInt() : 0;
    QString title = p.source;
    const qsizetype domain = title.indexOf(QLatin1String(" - "));
    if (domain > 0)
        title = title.mid(domain + 3);
    if (title.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        title.chop(4);
    p.title = title;
}

} // namespace

QList<ChunkRef> EvalDataset::passageChunks() const
{
    QList<ChunkRef> chunks;
    chunks.reserve(passages.size());
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const EvalPassage &p = passages.at(i);
        ChunkRef ref;
        ref.chunk.id = i + 1;
        ref.chunk.documentId = i + 1;
        ref.chunk.text = p.text;
        ref.chunk.page = p.page;
        ref.chunk.endOffset = p.text.size();
        ref.candidateId = 1;
        ref.candidateName = name;
        ref.documentName = p.title;
        chunks.append(ref);
    }
    return chunks;
}

QList<ChunkRef> EvalDataset::paragraphChunks() const
{
    const ParagraphChunker chunker;
    QList<ChunkRef> chunks;
    const QList<ChunkRef> whole = passageChunks();
    ChunkId nextId = 1;
    for (const ChunkRef &page : whole) {
        auto parsed = PlainTextReader::parse(page.chunk.text.toUtf8(), page.documentName + QStringLiteral(".txt"),
                                             QStringLiteral("txt"));
        const QList<Chunk> pieces = parsed ? chunker.chunk(*parsed) : QList<Chunk>{};
        if (pieces.isEmpty()) {
            ChunkRef ref = page;
            ref.chunk.id = nextId++;
            chunks.append(ref);
            continue;
        }
        for (const Chunk &piece : pieces) {
            ChunkRef ref = page;
            ref.chunk = piece;
            ref.chunk.id = nextId++;
            ref.chunk.documentId = page.chunk.documentId;
            ref.chunk.page = page.chunk.page;
            chunks.append(ref);
        }
    }
    return chunks;
}

int EvalDataset::passageIndex(const QString &id) const
{
    for (qsizetype i = 0; i < passages.size(); ++i) {
        if (passages.at(i).id == id)
            return int(i);
    }
    return -1;
}

QStringList EvalDatasets::names()
{
    return {QStringLiteral("ko-rag-eval"), QStringLiteral("korquad")};
}

Result<EvalDataset> EvalDatasets::load(const QString &name, const QString &dataDir)
{
    const QDir dir(dataDir);
    // The sets' own spellings (KorQuAD) name the same sets; `dataDir` may also be the set's own folder.
    const QString set = name.trimmed().toLower();
    if (set == QLatin1String("ko-rag-eval")) {
        const bool own = !dir.exists(QStringLiteral("ko-rag-eval")) && dir.exists(QStringLiteral("corpus.jsonl"));
        return loadKoRagEval(own ? dir.path() : dir.filePath(QStringLiteral("ko-rag-eval")));
    }
    if (set == QLatin1String("korquad")) {
        const QString file = QStringLiteral("KorQuAD_v1.0_dev.json");
        const bool own = !dir.exists(QStringLiteral("korquad")) && dir.exists(file);
        return loadKorQuad(own ? dir.filePath(file) : dir.filePath(QStringLiteral("korquad/") + file));
    }
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("Unknown evaluation set \"%1\"; use one of: %2.").arg(name, names().join(QLatin1String(", "))));
}

Result<EvalDataset> EvalDatasets::loadKoRagEval(const QString &folder)
{
    const QDir dir(folder);
    auto corpus = readJsonLines(dir.filePath(QStringLiteral("corpus.jsonl")));
    if (!corpus)
        return corpus.error();
    auto qa = readJsonLines(dir.filePath(QStringLiteral("qa.jsonl")));
    if (!qa)
        return qa.error();
    EvalDataset set;
    set.name = QStringLiteral("ko-rag-eval");
    QSet<QString> ids;
    for (const QJsonObject &row : *corpus) {
        EvalPassage p;
        p.id = row.value(QLatin1String("doc_id")).toString();
        p.text = row.value(QLatin1String("contents")).toString().normalized(QString::NormalizationForm_C);
        splitDocId(p);
        ids.insert(p.id);
        set.passages.append(p);
    }
    for (const QJsonObject &row : *qa) {
        EvalQuestion q;
        q.id = row.value(QLatin1String("qid")).toString();
        q.query = row.value(QLatin1String("query")).toString().normalized(QString::NormalizationForm_C);
        // retrieval_gt is a list of lists; the README defines the gold page as [0][0], the rest also count.
        for (const QJsonValue &group : row.value(QLatin1String("retrieval_gt")).toArray()) {
            for (const QJsonValue &id : group.toArray()) {
                if (!q.goldIds.contains(id.toString()))
                    q.goldIds.append(id.toString());
            }
        }
        for (const QJsonValue &a : row.value(QLatin1String("generation_gt")).toArray())
            q.answers.append(a.toString().normalized(QString::NormalizationForm_C));
        if (q.goldIds.isEmpty() || !ids.contains(q.goldIds.first()))
            return makeError(ErrorCode::CorruptDocument,
                             Tr::tr("Question %1 in ko-rag-eval names a gold page that is not in the corpus.").arg(q.id));
        set.questions.append(q);
    }
    if (set.passages.isEmpty() || set.questions.isEmpty())
        return makeError(ErrorCode::EmptyDocument, Tr::tr("The ko-rag-eval files in %1 hold no passages or questions.")
                                                       .arg(QDir::toNativeSeparators(folder)));
    return set;
}

Result<EvalDataset> EvalDatasets::loadKorQuad(const QString &jsonFile)
{
    auto bytes = readAll(jsonFile);
    if (!bytes)
        return bytes.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (!doc.isObject())
        return makeError(ErrorCode::CorruptDocument,
                         Tr::tr("%1 is not KorQuAD JSON; the file may be damaged.").arg(QDir::toNativeSeparators(jsonFile)),
                         error.errorString());
    EvalDataset set;
    set.name = QStringLiteral("korquad");
    // The README counts 964 paragraphs but 961 distinct contexts: a repeated context is one passage.
    QHash<QString, QString> idByContext;
    const QJsonArray articles = doc.object().value(QLatin1String("data")).toArray();
    for (qsizetype a = 0; a < articles.size(); ++a) {
        const QJsonObject article = articles.at(a).toObject();
        const QString title = article.value(QLatin1String("title")).toString().normalized(QString::NormalizationForm_C);
        const QJsonArray paragraphs = article.value(QLatin1String("paragraphs")).toArray();
        for (qsizetype p = 0; p < paragraphs.size(); ++p) {
            const QJsonObject para = paragraphs.at(p).toObject();
            const QString context = para.value(QLatin1String("context")).toString();
            QString id = idByContext.value(context);
            if (id.isEmpty()) {
                id = QStringLiteral("korquad:%1:%2").arg(a).arg(p);
                idByContext.insert(context, id);
                set.passages.append(EvalPassage{id, title, title, 0, context.normalized(QString::NormalizationForm_C)});
            }
            for (const QJsonValue &qv : para.value(QLatin1String("qas")).toArray()) {
                const QJsonObject qa = qv.toObject();
                EvalQuestion q;
                q.id = qa.value(QLatin1String("id")).toString();
                q.query = qa.value(QLatin1String("question")).toString().normalized(QString::NormalizationForm_C);
                q.goldIds = {id};
                for (const QJsonValue &ans : qa.value(QLatin1String("answers")).toArray()) {
                    q.answers.append(ans.toObject().value(QLatin1String("text")).toString());
                    q.answerStarts.append(ans.toObject().value(QLatin1String("answer_start")).toInt());
                }
                set.questions.append(q);
            }
        }
    }
    if (set.passages.isEmpty() || set.questions.isEmpty())
        return makeError(ErrorCode::EmptyDocument,
                         Tr::tr("%1 holds no KorQuAD paragraphs or questions.").arg(QDir::toNativeSeparators(jsonFile)));
    return set;
}

} // namespace Protostar
